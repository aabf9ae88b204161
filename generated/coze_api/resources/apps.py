"""The `apps` resource group, sync and async, and its `with_raw_response` twins.

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
        AppCollaborator,
        AppsCollaboratorsCreateResponse,
        AppsCollaboratorsDeleteResponse,
        BotPublishStatus,
        SimpleApp,
    )
    from ..types import TimeoutInput

__all__ = [
    "AppsCollaboratorsResource",
    "AppsResource",
    "AsyncAppsCollaboratorsResource",
    "AsyncAppsResource",
    "AsyncRawAppsCollaboratorsResource",
    "AsyncRawAppsResource",
    "RawAppsCollaboratorsResource",
    "RawAppsResource",
]


class AppsCollaboratorsResource:
    """The `apps.collaborators` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def create(
        self,
        *,
        app_id: str,
        collaborators: Sequence[AppCollaborator | Mapping[str, object]],
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> AppsCollaboratorsCreateResponse:
        """Add an app collaborator.

        Adds a member of the app's workspace as a collaborator of a low-code app.

        Args:
            app_id: The app to add the collaborator to.
            collaborators: The collaborators to add; the server accepts one per
                request.
        """
        return self._requester.request(
            _ops.APPS_COLLABORATORS_CREATE,
            {"app_id": app_id, "collaborators": collaborators},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def delete(
        self,
        *,
        app_id: str,
        user_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> AppsCollaboratorsDeleteResponse:
        """Remove an app collaborator.

        Removes one collaborator from a low-code app.

        Args:
            app_id: The app to remove the collaborator from.
            user_id: The Coze user id of the collaborator to remove.
        """
        return self._requester.request(
            _ops.APPS_COLLABORATORS_DELETE,
            {"app_id": app_id, "user_id": user_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncAppsCollaboratorsResource:
    """The `apps.collaborators` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def create(
        self,
        *,
        app_id: str,
        collaborators: Sequence[AppCollaborator | Mapping[str, object]],
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> AppsCollaboratorsCreateResponse:
        """Add an app collaborator.

        Adds a member of the app's workspace as a collaborator of a low-code app.

        Args:
            app_id: The app to add the collaborator to.
            collaborators: The collaborators to add; the server accepts one per
                request.
        """
        return await self._requester.request(
            _ops.APPS_COLLABORATORS_CREATE,
            {"app_id": app_id, "collaborators": collaborators},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def delete(
        self,
        *,
        app_id: str,
        user_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> AppsCollaboratorsDeleteResponse:
        """Remove an app collaborator.

        Removes one collaborator from a low-code app.

        Args:
            app_id: The app to remove the collaborator from.
            user_id: The Coze user id of the collaborator to remove.
        """
        return await self._requester.request(
            _ops.APPS_COLLABORATORS_DELETE,
            {"app_id": app_id, "user_id": user_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AppsResource:
    """The `apps` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    @cached_property
    def collaborators(self) -> AppsCollaboratorsResource:
        """The `apps.collaborators` resource group."""
        return AppsCollaboratorsResource(self._requester)

    def list(
        self,
        *,
        workspace_id: str,
        publish_status: BotPublishStatus
        | Literal["all", "published_online", "published_draft", "unpublished_draft"]
        | None = None,
        connector_id: str | None = None,
        page_num: int | None = None,
        page_size: int | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> SyncPage[SimpleApp]:
        """List apps.

        Lists the low-code apps of a workspace, drafts and published ones, filtered by
        publish status.

        Args:
            workspace_id: The workspace whose apps are listed.
            publish_status: Which apps to return by publish state; the server
                default is published_online.
            connector_id: Channel whose published versions are returned (with
                published_online or published_draft); the server default is 1024,
                the API channel.
            page_num: Page number, starting at 1 (the server default).
            page_size: Apps per page; the server default is 20.
        """
        return self._requester.paginate(
            _ops.APPS_LIST_PAGES,
            {
                "workspace_id": workspace_id,
                "publish_status": publish_status,
                "connector_id": connector_id,
                "page_num": page_num,
                "page_size": page_size,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncAppsResource:
    """The `apps` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @cached_property
    def collaborators(self) -> AsyncAppsCollaboratorsResource:
        """The `apps.collaborators` resource group."""
        return AsyncAppsCollaboratorsResource(self._requester)

    def list(
        self,
        *,
        workspace_id: str,
        publish_status: BotPublishStatus
        | Literal["all", "published_online", "published_draft", "unpublished_draft"]
        | None = None,
        connector_id: str | None = None,
        page_num: int | None = None,
        page_size: int | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> AsyncPage[SimpleApp]:
        """List apps.

        Lists the low-code apps of a workspace, drafts and published ones, filtered by
        publish status.

        Args:
            workspace_id: The workspace whose apps are listed.
            publish_status: Which apps to return by publish state; the server
                default is published_online.
            connector_id: Channel whose published versions are returned (with
                published_online or published_draft); the server default is 1024,
                the API channel.
            page_num: Page number, starting at 1 (the server default).
            page_size: Apps per page; the server default is 20.
        """
        return self._requester.paginate(
            _ops.APPS_LIST_PAGES,
            {
                "workspace_id": workspace_id,
                "publish_status": publish_status,
                "connector_id": connector_id,
                "page_num": page_num,
                "page_size": page_size,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class RawAppsCollaboratorsResource(RawGroup):
    """The `apps.collaborators` methods, each returning the raw HTTP answer (a
    `RawResponse`).
    """

    create = RawMethod(AppsCollaboratorsResource.create)
    delete = RawMethod(AppsCollaboratorsResource.delete)


class AsyncRawAppsCollaboratorsResource(RawGroup):
    """The `apps.collaborators` methods, each returning the raw HTTP answer (a
    `RawResponse`).
    """

    create = AsyncRawMethod(AsyncAppsCollaboratorsResource.create)
    delete = AsyncRawMethod(AsyncAppsCollaboratorsResource.delete)


class RawAppsResource(RawGroup):
    """The `apps` methods, each returning the raw HTTP answer (a `RawResponse`)."""

    @cached_property
    def collaborators(self) -> RawAppsCollaboratorsResource:
        return RawAppsCollaboratorsResource(self._resource.collaborators)

    list = RawMethod(AppsResource.list)


class AsyncRawAppsResource(RawGroup):
    """The `apps` methods, each returning the raw HTTP answer (a `RawResponse`)."""

    @cached_property
    def collaborators(self) -> AsyncRawAppsCollaboratorsResource:
        return AsyncRawAppsCollaboratorsResource(self._resource.collaborators)

    list = AsyncRawPagedMethod(AsyncAppsResource.list)
