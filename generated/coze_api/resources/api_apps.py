"""The `api_apps` resource group, sync and async, and its `with_raw_response` twins.

Generated from openapi/coze.yaml by `make gen`; never edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Literal

from .. import operations as _ops
from .._runtime import (
    AsyncRawMethod,
    AsyncRawPagedMethod,
    AsyncRequester,
    RawGroup,
    RawMethod,
    RequestOptions,
    SyncRequester,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .._runtime import AsyncPage, SyncPage
    from ..models import (
        ApiApp,
        ApiAppEvent,
        ApiAppEventType,
        ApiAppsDeleteResponse,
        ApiAppsEventsCreateResponse,
        ApiAppsEventsDeleteResponse,
        ApiAppsUpdateResponse,
        ApiAppType,
    )
    from ..types import TimeoutInput

__all__ = [
    "ApiAppsEventsResource",
    "ApiAppsResource",
    "AsyncApiAppsEventsResource",
    "AsyncApiAppsResource",
    "AsyncRawApiAppsEventsResource",
    "AsyncRawApiAppsResource",
    "RawApiAppsEventsResource",
    "RawApiAppsResource",
]


class ApiAppsEventsResource:
    """The `api_apps.events` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        api_app_id: str,
        page_token: str | None = None,
        page_size: int | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> SyncPage[ApiAppEvent]:
        """List subscribed events.

        Lists the event types a callback app is subscribed to.

        Args:
            api_app_id: The callback app whose subscriptions are listed.
            page_token: The next_page_token of the previous page; empty for the
                first page.
            page_size: Events per page, 1 to 50 (server default 50).
        """
        return self._requester.paginate(
            _ops.API_APPS_EVENTS_LIST_PAGES,
            {"api_app_id": api_app_id, "page_token": page_token, "page_size": page_size},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def create(
        self,
        *,
        api_app_id: str,
        event_types: Sequence[
            ApiAppEventType
            | Literal[
                "bot.published",
                "bot.deleted",
                "bot.unpublished",
                "benefit.usage",
                "benefit.plugin.scale.requested",
                "benefit.plugin.scale.expired",
            ]
        ],
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> ApiAppsEventsCreateResponse:
        """Subscribe to events.

        Subscribes a callback app to more event types.

        Args:
            api_app_id: The callback app that receives the events.
            event_types: The event kinds to subscribe to.
        """
        return self._requester.request(
            _ops.API_APPS_EVENTS_CREATE,
            {"api_app_id": api_app_id, "event_types": event_types},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def delete(
        self,
        *,
        api_app_id: str,
        event_types: Sequence[
            ApiAppEventType
            | Literal[
                "bot.published",
                "bot.deleted",
                "bot.unpublished",
                "benefit.usage",
                "benefit.plugin.scale.requested",
                "benefit.plugin.scale.expired",
            ]
        ],
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> ApiAppsEventsDeleteResponse:
        """Unsubscribe from events.

        Stops delivering the given event types to a callback app.

        Args:
            api_app_id: The callback app to unsubscribe.
            event_types: The event kinds to stop receiving.
        """
        return self._requester.request(
            _ops.API_APPS_EVENTS_DELETE,
            {"api_app_id": api_app_id, "event_types": event_types},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncApiAppsEventsResource:
    """The `api_apps.events` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        api_app_id: str,
        page_token: str | None = None,
        page_size: int | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> AsyncPage[ApiAppEvent]:
        """List subscribed events.

        Lists the event types a callback app is subscribed to.

        Args:
            api_app_id: The callback app whose subscriptions are listed.
            page_token: The next_page_token of the previous page; empty for the
                first page.
            page_size: Events per page, 1 to 50 (server default 50).
        """
        return self._requester.paginate(
            _ops.API_APPS_EVENTS_LIST_PAGES,
            {"api_app_id": api_app_id, "page_token": page_token, "page_size": page_size},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def create(
        self,
        *,
        api_app_id: str,
        event_types: Sequence[
            ApiAppEventType
            | Literal[
                "bot.published",
                "bot.deleted",
                "bot.unpublished",
                "benefit.usage",
                "benefit.plugin.scale.requested",
                "benefit.plugin.scale.expired",
            ]
        ],
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> ApiAppsEventsCreateResponse:
        """Subscribe to events.

        Subscribes a callback app to more event types.

        Args:
            api_app_id: The callback app that receives the events.
            event_types: The event kinds to subscribe to.
        """
        return await self._requester.request(
            _ops.API_APPS_EVENTS_CREATE,
            {"api_app_id": api_app_id, "event_types": event_types},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def delete(
        self,
        *,
        api_app_id: str,
        event_types: Sequence[
            ApiAppEventType
            | Literal[
                "bot.published",
                "bot.deleted",
                "bot.unpublished",
                "benefit.usage",
                "benefit.plugin.scale.requested",
                "benefit.plugin.scale.expired",
            ]
        ],
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> ApiAppsEventsDeleteResponse:
        """Unsubscribe from events.

        Stops delivering the given event types to a callback app.

        Args:
            api_app_id: The callback app to unsubscribe.
            event_types: The event kinds to stop receiving.
        """
        return await self._requester.request(
            _ops.API_APPS_EVENTS_DELETE,
            {"api_app_id": api_app_id, "event_types": event_types},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class ApiAppsResource:
    """The `api_apps` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    @cached_property
    def events(self) -> ApiAppsEventsResource:
        """The `api_apps.events` resource group."""
        return ApiAppsEventsResource(self._requester)

    def list(
        self,
        *,
        app_type: ApiAppType | Literal["normal", "connector"] | None = None,
        page_token: str | None = None,
        page_size: int | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> SyncPage[ApiApp]:
        """List callback apps.

        Lists the callback apps the caller may manage.

        Args:
            app_type: Only apps of this type; all types when absent.
            page_token: The next_page_token of the previous page; empty for the
                first page.
            page_size: Apps per page, 1 to 50 (server default 50).
        """
        return self._requester.paginate(
            _ops.API_APPS_LIST_PAGES,
            {"app_type": app_type, "page_token": page_token, "page_size": page_size},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def create(
        self,
        *,
        app_type: ApiAppType | Literal["normal", "connector"],
        name: str | None = None,
        connector_id: str | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> ApiApp:
        """Create a callback app.

        Creates a callback app that receives Coze event notifications, either a normal
        one or one for a channel.

        Args:
            app_type: A callback app kind: normal, or connector (receives the events
                of one channel).
            name: The app name, at most 128 characters; needed for normal apps.
            connector_id: The channel id; needed for connector apps.
        """
        return self._requester.request(
            _ops.API_APPS_CREATE,
            {"app_type": app_type, "name": name, "connector_id": connector_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def update(
        self,
        *,
        api_app_id: str,
        name: str | None = None,
        callback_url: str | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> ApiAppsUpdateResponse:
        """Update a callback app.

        Renames a callback app or changes its callback URL; Coze verifies a new URL with
        a challenge request that must be echoed within 3 seconds.

        Args:
            api_app_id: The callback app to update.
            name: The new name.
            callback_url: The new delivery URL; it must echo Coze's challenge
                request within 3 seconds.
        """
        return self._requester.request(
            _ops.API_APPS_UPDATE,
            {"api_app_id": api_app_id, "name": name, "callback_url": callback_url},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def delete(
        self,
        *,
        api_app_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> ApiAppsDeleteResponse:
        """Delete a callback app.

        Deletes a callback app; its subscribed events are no longer delivered.

        Args:
            api_app_id: The callback app to delete.
        """
        return self._requester.request(
            _ops.API_APPS_DELETE,
            {"api_app_id": api_app_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncApiAppsResource:
    """The `api_apps` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @cached_property
    def events(self) -> AsyncApiAppsEventsResource:
        """The `api_apps.events` resource group."""
        return AsyncApiAppsEventsResource(self._requester)

    def list(
        self,
        *,
        app_type: ApiAppType | Literal["normal", "connector"] | None = None,
        page_token: str | None = None,
        page_size: int | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> AsyncPage[ApiApp]:
        """List callback apps.

        Lists the callback apps the caller may manage.

        Args:
            app_type: Only apps of this type; all types when absent.
            page_token: The next_page_token of the previous page; empty for the
                first page.
            page_size: Apps per page, 1 to 50 (server default 50).
        """
        return self._requester.paginate(
            _ops.API_APPS_LIST_PAGES,
            {"app_type": app_type, "page_token": page_token, "page_size": page_size},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def create(
        self,
        *,
        app_type: ApiAppType | Literal["normal", "connector"],
        name: str | None = None,
        connector_id: str | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> ApiApp:
        """Create a callback app.

        Creates a callback app that receives Coze event notifications, either a normal
        one or one for a channel.

        Args:
            app_type: A callback app kind: normal, or connector (receives the events
                of one channel).
            name: The app name, at most 128 characters; needed for normal apps.
            connector_id: The channel id; needed for connector apps.
        """
        return await self._requester.request(
            _ops.API_APPS_CREATE,
            {"app_type": app_type, "name": name, "connector_id": connector_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def update(
        self,
        *,
        api_app_id: str,
        name: str | None = None,
        callback_url: str | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> ApiAppsUpdateResponse:
        """Update a callback app.

        Renames a callback app or changes its callback URL; Coze verifies a new URL with
        a challenge request that must be echoed within 3 seconds.

        Args:
            api_app_id: The callback app to update.
            name: The new name.
            callback_url: The new delivery URL; it must echo Coze's challenge
                request within 3 seconds.
        """
        return await self._requester.request(
            _ops.API_APPS_UPDATE,
            {"api_app_id": api_app_id, "name": name, "callback_url": callback_url},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def delete(
        self,
        *,
        api_app_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> ApiAppsDeleteResponse:
        """Delete a callback app.

        Deletes a callback app; its subscribed events are no longer delivered.

        Args:
            api_app_id: The callback app to delete.
        """
        return await self._requester.request(
            _ops.API_APPS_DELETE,
            {"api_app_id": api_app_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class RawApiAppsEventsResource(RawGroup):
    """The `api_apps.events` methods, each returning the raw HTTP answer (a `RawResponse`)."""

    list = RawMethod(ApiAppsEventsResource.list)
    create = RawMethod(ApiAppsEventsResource.create)
    delete = RawMethod(ApiAppsEventsResource.delete)


class AsyncRawApiAppsEventsResource(RawGroup):
    """The `api_apps.events` methods, each returning the raw HTTP answer (a `RawResponse`)."""

    list = AsyncRawPagedMethod(AsyncApiAppsEventsResource.list)
    create = AsyncRawMethod(AsyncApiAppsEventsResource.create)
    delete = AsyncRawMethod(AsyncApiAppsEventsResource.delete)


class RawApiAppsResource(RawGroup):
    """The `api_apps` methods, each returning the raw HTTP answer (a `RawResponse`)."""

    @cached_property
    def events(self) -> RawApiAppsEventsResource:
        return RawApiAppsEventsResource(self._resource.events)

    list = RawMethod(ApiAppsResource.list)
    create = RawMethod(ApiAppsResource.create)
    update = RawMethod(ApiAppsResource.update)
    delete = RawMethod(ApiAppsResource.delete)


class AsyncRawApiAppsResource(RawGroup):
    """The `api_apps` methods, each returning the raw HTTP answer (a `RawResponse`)."""

    @cached_property
    def events(self) -> AsyncRawApiAppsEventsResource:
        return AsyncRawApiAppsEventsResource(self._resource.events)

    list = AsyncRawPagedMethod(AsyncApiAppsResource.list)
    create = AsyncRawMethod(AsyncApiAppsResource.create)
    update = AsyncRawMethod(AsyncApiAppsResource.update)
    delete = AsyncRawMethod(AsyncApiAppsResource.delete)
