"""The `connectors` resource group, sync and async, and its `with_raw_response` twins.

Generated from openapi/coze.yaml by `make gen`; never edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Literal

from .. import operations as _ops
from .._runtime import (
    AsyncRawMethod,
    AsyncRequester,
    RawGroup,
    RawMethod,
    RequestOptions,
    SyncRequester,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models import (
        ConnectorBotAuditStatus,
        ConnectorsBindResponse,
        ConnectorsBotsUpdateResponse,
        ConnectorsInstallResponse,
        ConnectorUserConfig,
    )
    from ..types import TimeoutInput

__all__ = [
    "AsyncConnectorsBotsResource",
    "AsyncConnectorsResource",
    "AsyncRawConnectorsBotsResource",
    "AsyncRawConnectorsResource",
    "ConnectorsBotsResource",
    "ConnectorsResource",
    "RawConnectorsBotsResource",
    "RawConnectorsResource",
]


class ConnectorsBotsResource:
    """The `connectors.bots` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def update(
        self,
        *,
        connector_id: str,
        bot_id: str,
        audit_status: ConnectorBotAuditStatus | Literal[1, 2, 3] | None = None,
        reason: str | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> ConnectorsBotsUpdateResponse:
        """Report a channel review result.

        Lets a custom channel tell Coze the final review outcome of a bot published to
        it.

        Args:
            connector_id: The channel; it must match the channel of the token.
            bot_id: The bot that was reviewed.
            audit_status: A review state: 1 in review, 2 approved, 3 rejected.
            reason: Why the bot was rejected; expected when audit_status is 3.
        """
        return self._requester.request(
            _ops.CONNECTORS_BOTS_UPDATE,
            {"connector_id": connector_id, "bot_id": bot_id, "audit_status": audit_status, "reason": reason},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncConnectorsBotsResource:
    """The `connectors.bots` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def update(
        self,
        *,
        connector_id: str,
        bot_id: str,
        audit_status: ConnectorBotAuditStatus | Literal[1, 2, 3] | None = None,
        reason: str | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> ConnectorsBotsUpdateResponse:
        """Report a channel review result.

        Lets a custom channel tell Coze the final review outcome of a bot published to
        it.

        Args:
            connector_id: The channel; it must match the channel of the token.
            bot_id: The bot that was reviewed.
            audit_status: A review state: 1 in review, 2 approved, 3 rejected.
            reason: Why the bot was rejected; expected when audit_status is 3.
        """
        return await self._requester.request(
            _ops.CONNECTORS_BOTS_UPDATE,
            {"connector_id": connector_id, "bot_id": bot_id, "audit_status": audit_status, "reason": reason},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class ConnectorsResource:
    """The `connectors` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    @cached_property
    def bots(self) -> ConnectorsBotsResource:
        """The `connectors.bots` resource group."""
        return ConnectorsBotsResource(self._requester)

    def bind(
        self,
        *,
        connector_id: str,
        configs: Sequence[ConnectorUserConfig | Mapping[str, object]],
        user_id: str | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> ConnectorsBindResponse:
        """Bind devices to a channel.

        Binds a batch of the enterprise's hardware devices to a custom channel, so
        developers can pick them when publishing there; the channel must first be
        enabled for this by Coze.

        Args:
            connector_id: The enterprise custom channel id.
            configs: The device configurations to bind.
            user_id: UID of the bot developer the devices are bound for.
        """
        return self._requester.request(
            _ops.CONNECTORS_BIND,
            {"connector_id": connector_id, "configs": configs, "user_id": user_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def install(
        self,
        *,
        connector_id: str,
        workspace_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> ConnectorsInstallResponse:
        """Add a channel to a workspace.

        Adds a public or enterprise custom publishing channel to a workspace so its
        developers can publish there.

        Args:
            connector_id: The channel to add.
            workspace_id: The workspace that gets the channel.
        """
        return self._requester.request(
            _ops.CONNECTORS_INSTALL,
            {"connector_id": connector_id, "workspace_id": workspace_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncConnectorsResource:
    """The `connectors` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @cached_property
    def bots(self) -> AsyncConnectorsBotsResource:
        """The `connectors.bots` resource group."""
        return AsyncConnectorsBotsResource(self._requester)

    async def bind(
        self,
        *,
        connector_id: str,
        configs: Sequence[ConnectorUserConfig | Mapping[str, object]],
        user_id: str | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> ConnectorsBindResponse:
        """Bind devices to a channel.

        Binds a batch of the enterprise's hardware devices to a custom channel, so
        developers can pick them when publishing there; the channel must first be
        enabled for this by Coze.

        Args:
            connector_id: The enterprise custom channel id.
            configs: The device configurations to bind.
            user_id: UID of the bot developer the devices are bound for.
        """
        return await self._requester.request(
            _ops.CONNECTORS_BIND,
            {"connector_id": connector_id, "configs": configs, "user_id": user_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def install(
        self,
        *,
        connector_id: str,
        workspace_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> ConnectorsInstallResponse:
        """Add a channel to a workspace.

        Adds a public or enterprise custom publishing channel to a workspace so its
        developers can publish there.

        Args:
            connector_id: The channel to add.
            workspace_id: The workspace that gets the channel.
        """
        return await self._requester.request(
            _ops.CONNECTORS_INSTALL,
            {"connector_id": connector_id, "workspace_id": workspace_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class RawConnectorsBotsResource(RawGroup):
    """The `connectors.bots` methods, each returning the raw HTTP answer (a `RawResponse`)."""

    update = RawMethod(ConnectorsBotsResource.update)


class AsyncRawConnectorsBotsResource(RawGroup):
    """The `connectors.bots` methods, each returning the raw HTTP answer (a `RawResponse`)."""

    update = AsyncRawMethod(AsyncConnectorsBotsResource.update)


class RawConnectorsResource(RawGroup):
    """The `connectors` methods, each returning the raw HTTP answer (a `RawResponse`)."""

    @cached_property
    def bots(self) -> RawConnectorsBotsResource:
        return RawConnectorsBotsResource(self._resource.bots)

    bind = RawMethod(ConnectorsResource.bind)
    install = RawMethod(ConnectorsResource.install)


class AsyncRawConnectorsResource(RawGroup):
    """The `connectors` methods, each returning the raw HTTP answer (a `RawResponse`)."""

    @cached_property
    def bots(self) -> AsyncRawConnectorsBotsResource:
        return AsyncRawConnectorsBotsResource(self._resource.bots)

    bind = AsyncRawMethod(AsyncConnectorsResource.bind)
    install = AsyncRawMethod(AsyncConnectorsResource.install)
