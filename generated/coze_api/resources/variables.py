"""The `variables` resource group, sync and async, and its `with_raw_response` twins.

Generated from openapi/coze.yaml by `make gen`; never edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

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
    from ..models import VariableAssignment, VariablesRetrieveResult, VariablesUpdateResponse
    from ..types import TimeoutInput

__all__ = ["AsyncRawVariablesResource", "AsyncVariablesResource", "RawVariablesResource", "VariablesResource"]


class VariablesResource:
    """The `variables` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def retrieve(
        self,
        *,
        connector_uid: str,
        keywords: Sequence[str] | None = None,
        app_id: str | None = None,
        bot_id: str | None = None,
        connector_id: str | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> VariablesRetrieveResult:
        """Retrieve user variable values.

        Returns the values one end user has for the user variables of a bot or an app.

        Args:
            connector_uid: The end user whose values are read (the user_id used in
                chats or the ext.user_id of workflow runs).
            keywords: Names of the variables to read, sent comma-joined; all
                variables when omitted.
            app_id: The app whose variables are read; give this or bot_id.
            bot_id: The bot whose variables are read; give this or app_id.
            connector_id: Channel of the bot or app, 1024 (API) or 999 (Chat SDK);
                the server default is 1024.
        """
        return self._requester.request(
            _ops.VARIABLES_RETRIEVE,
            {
                "connector_uid": connector_uid,
                "keywords": keywords,
                "app_id": app_id,
                "bot_id": bot_id,
                "connector_id": connector_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def update(
        self,
        *,
        connector_uid: str,
        data: Sequence[VariableAssignment | Mapping[str, object]],
        app_id: str | None = None,
        bot_id: str | None = None,
        connector_id: str | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> VariablesUpdateResponse:
        """Set user variable values.

        Sets the values of user variables of a bot or an app for one end user.

        Args:
            connector_uid: The end user whose values are set (the user_id used in
                chats or workflow runs).
            data: The values to set; must not be empty.
            app_id: The app whose variables are set; give this or bot_id.
            bot_id: The bot whose variables are set; give this or app_id.
            connector_id: Channel of the bot or app, 1024 (API) or 999 (Chat SDK);
                the server default is 1024.
        """
        return self._requester.request(
            _ops.VARIABLES_UPDATE,
            {
                "connector_uid": connector_uid,
                "data": data,
                "app_id": app_id,
                "bot_id": bot_id,
                "connector_id": connector_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncVariablesResource:
    """The `variables` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def retrieve(
        self,
        *,
        connector_uid: str,
        keywords: Sequence[str] | None = None,
        app_id: str | None = None,
        bot_id: str | None = None,
        connector_id: str | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> VariablesRetrieveResult:
        """Retrieve user variable values.

        Returns the values one end user has for the user variables of a bot or an app.

        Args:
            connector_uid: The end user whose values are read (the user_id used in
                chats or the ext.user_id of workflow runs).
            keywords: Names of the variables to read, sent comma-joined; all
                variables when omitted.
            app_id: The app whose variables are read; give this or bot_id.
            bot_id: The bot whose variables are read; give this or app_id.
            connector_id: Channel of the bot or app, 1024 (API) or 999 (Chat SDK);
                the server default is 1024.
        """
        return await self._requester.request(
            _ops.VARIABLES_RETRIEVE,
            {
                "connector_uid": connector_uid,
                "keywords": keywords,
                "app_id": app_id,
                "bot_id": bot_id,
                "connector_id": connector_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def update(
        self,
        *,
        connector_uid: str,
        data: Sequence[VariableAssignment | Mapping[str, object]],
        app_id: str | None = None,
        bot_id: str | None = None,
        connector_id: str | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> VariablesUpdateResponse:
        """Set user variable values.

        Sets the values of user variables of a bot or an app for one end user.

        Args:
            connector_uid: The end user whose values are set (the user_id used in
                chats or workflow runs).
            data: The values to set; must not be empty.
            app_id: The app whose variables are set; give this or bot_id.
            bot_id: The bot whose variables are set; give this or app_id.
            connector_id: Channel of the bot or app, 1024 (API) or 999 (Chat SDK);
                the server default is 1024.
        """
        return await self._requester.request(
            _ops.VARIABLES_UPDATE,
            {
                "connector_uid": connector_uid,
                "data": data,
                "app_id": app_id,
                "bot_id": bot_id,
                "connector_id": connector_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class RawVariablesResource(RawGroup):
    """The `variables` methods, each returning the raw HTTP answer (a `RawResponse`)."""

    retrieve = RawMethod(VariablesResource.retrieve)
    update = RawMethod(VariablesResource.update)


class AsyncRawVariablesResource(RawGroup):
    """The `variables` methods, each returning the raw HTTP answer (a `RawResponse`)."""

    retrieve = AsyncRawMethod(AsyncVariablesResource.retrieve)
    update = AsyncRawMethod(AsyncVariablesResource.update)
