"""The `workspaces` resource group, sync and async, and its `with_raw_response` twins.

Generated from openapi/coze.yaml by `make gen`; never edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING

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
        Workspace,
        WorkspaceMember,
        WorkspaceNewMember,
        WorkspacesCreateResult,
        WorkspacesMembersCreateResult,
        WorkspacesMembersDeleteResult,
        WorkspacesUpdateResponse,
    )
    from ..types import TimeoutInput

__all__ = [
    "AsyncRawWorkspacesMembersResource",
    "AsyncRawWorkspacesResource",
    "AsyncWorkspacesMembersResource",
    "AsyncWorkspacesResource",
    "RawWorkspacesMembersResource",
    "RawWorkspacesResource",
    "WorkspacesMembersResource",
    "WorkspacesResource",
]


class WorkspacesMembersResource:
    """The `workspaces.members` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        workspace_id: str,
        page_num: int | None = None,
        page_size: int | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> SyncPage[WorkspaceMember]:
        """List workspace members.

        Lists the members of a workspace with their roles.

        Args:
            workspace_id: The workspace whose members are listed.
            page_num: Page number, starting at 1 (the server default).
            page_size: Members per page, 1 to 50; the server default is 20.
        """
        return self._requester.paginate(
            _ops.WORKSPACES_MEMBERS_LIST_PAGES,
            {"workspace_id": workspace_id, "page_num": page_num, "page_size": page_size},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def create(
        self,
        *,
        workspace_id: str,
        users: Sequence[WorkspaceNewMember | Mapping[str, object]],
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> WorkspacesMembersCreateResult:
        """Add workspace members.

        Adds or invites up to 20 users to a workspace and reports what happened to each.

        Args:
            workspace_id: The workspace to add users to.
            users: The users to add, at most 20.
        """
        return self._requester.request(
            _ops.WORKSPACES_MEMBERS_CREATE,
            {"workspace_id": workspace_id, "users": users},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def delete(
        self,
        *,
        workspace_id: str,
        user_ids: Sequence[str],
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> WorkspacesMembersDeleteResult:
        """Remove workspace members.

        Removes up to 5 members from a workspace and reports what happened to each; the
        owner cannot be removed.

        Args:
            workspace_id: The workspace to remove users from.
            user_ids: The users to remove, at most 5.
        """
        return self._requester.request(
            _ops.WORKSPACES_MEMBERS_DELETE,
            {"workspace_id": workspace_id, "user_ids": user_ids},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncWorkspacesMembersResource:
    """The `workspaces.members` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        workspace_id: str,
        page_num: int | None = None,
        page_size: int | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> AsyncPage[WorkspaceMember]:
        """List workspace members.

        Lists the members of a workspace with their roles.

        Args:
            workspace_id: The workspace whose members are listed.
            page_num: Page number, starting at 1 (the server default).
            page_size: Members per page, 1 to 50; the server default is 20.
        """
        return self._requester.paginate(
            _ops.WORKSPACES_MEMBERS_LIST_PAGES,
            {"workspace_id": workspace_id, "page_num": page_num, "page_size": page_size},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def create(
        self,
        *,
        workspace_id: str,
        users: Sequence[WorkspaceNewMember | Mapping[str, object]],
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> WorkspacesMembersCreateResult:
        """Add workspace members.

        Adds or invites up to 20 users to a workspace and reports what happened to each.

        Args:
            workspace_id: The workspace to add users to.
            users: The users to add, at most 20.
        """
        return await self._requester.request(
            _ops.WORKSPACES_MEMBERS_CREATE,
            {"workspace_id": workspace_id, "users": users},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def delete(
        self,
        *,
        workspace_id: str,
        user_ids: Sequence[str],
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> WorkspacesMembersDeleteResult:
        """Remove workspace members.

        Removes up to 5 members from a workspace and reports what happened to each; the
        owner cannot be removed.

        Args:
            workspace_id: The workspace to remove users from.
            user_ids: The users to remove, at most 5.
        """
        return await self._requester.request(
            _ops.WORKSPACES_MEMBERS_DELETE,
            {"workspace_id": workspace_id, "user_ids": user_ids},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class WorkspacesResource:
    """The `workspaces` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    @cached_property
    def members(self) -> WorkspacesMembersResource:
        """The `workspaces.members` resource group."""
        return WorkspacesMembersResource(self._requester)

    def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        enterprise_id: str | None = None,
        user_id: str | None = None,
        coze_account_id: str | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> SyncPage[Workspace]:
        """List workspaces.

        Lists the workspaces the current user (or a given user in an organization)
        created or joined.

        Args:
            page_num: Page number, starting at 1 (the server default).
            page_size: Workspaces per page, at most 50; the server default is 20.
            enterprise_id: Only workspaces of this enterprise (enterprise plans
                only).
            user_id: List the workspaces of this Coze user instead of the caller;
                requires coze_account_id.
            coze_account_id: The organization to look in together with user_id
                (equal to the user id on personal plans).
        """
        return self._requester.paginate(
            _ops.WORKSPACES_LIST_PAGES,
            {
                "page_num": page_num,
                "page_size": page_size,
                "enterprise_id": enterprise_id,
                "user_id": user_id,
                "coze_account_id": coze_account_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def create(
        self,
        *,
        name: str,
        description: str,
        icon_file_id: str | None = None,
        coze_account_id: str | None = None,
        owner_uid: str | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> WorkspacesCreateResult:
        """Create a workspace.

        Creates a workspace, in the caller's personal account or in an organization.

        Args:
            name: The workspace name, up to 50 characters.
            description: What the workspace is for, up to 2000 characters.
            icon_file_id: Id of an uploaded file to use as icon; the default icon
                when omitted.
            coze_account_id: Organization to create the workspace in; the caller's
                personal account when omitted.
            owner_uid: Coze user id of the owner (enterprise plans); the token's
                creator when omitted.
        """
        return self._requester.request(
            _ops.WORKSPACES_CREATE,
            {
                "name": name,
                "description": description,
                "icon_file_id": icon_file_id,
                "coze_account_id": coze_account_id,
                "owner_uid": owner_uid,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def update(
        self,
        *,
        workspace_id: str,
        name: str | None = None,
        description: str | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> WorkspacesUpdateResponse:
        """Update a workspace.

        Renames a workspace or changes its description.

        Args:
            workspace_id: The workspace to update.
            name: New name, up to 50 characters.
            description: New description, up to 2000 characters.
        """
        return self._requester.request(
            _ops.WORKSPACES_UPDATE,
            {"workspace_id": workspace_id, "name": name, "description": description},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncWorkspacesResource:
    """The `workspaces` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @cached_property
    def members(self) -> AsyncWorkspacesMembersResource:
        """The `workspaces.members` resource group."""
        return AsyncWorkspacesMembersResource(self._requester)

    def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        enterprise_id: str | None = None,
        user_id: str | None = None,
        coze_account_id: str | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> AsyncPage[Workspace]:
        """List workspaces.

        Lists the workspaces the current user (or a given user in an organization)
        created or joined.

        Args:
            page_num: Page number, starting at 1 (the server default).
            page_size: Workspaces per page, at most 50; the server default is 20.
            enterprise_id: Only workspaces of this enterprise (enterprise plans
                only).
            user_id: List the workspaces of this Coze user instead of the caller;
                requires coze_account_id.
            coze_account_id: The organization to look in together with user_id
                (equal to the user id on personal plans).
        """
        return self._requester.paginate(
            _ops.WORKSPACES_LIST_PAGES,
            {
                "page_num": page_num,
                "page_size": page_size,
                "enterprise_id": enterprise_id,
                "user_id": user_id,
                "coze_account_id": coze_account_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def create(
        self,
        *,
        name: str,
        description: str,
        icon_file_id: str | None = None,
        coze_account_id: str | None = None,
        owner_uid: str | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> WorkspacesCreateResult:
        """Create a workspace.

        Creates a workspace, in the caller's personal account or in an organization.

        Args:
            name: The workspace name, up to 50 characters.
            description: What the workspace is for, up to 2000 characters.
            icon_file_id: Id of an uploaded file to use as icon; the default icon
                when omitted.
            coze_account_id: Organization to create the workspace in; the caller's
                personal account when omitted.
            owner_uid: Coze user id of the owner (enterprise plans); the token's
                creator when omitted.
        """
        return await self._requester.request(
            _ops.WORKSPACES_CREATE,
            {
                "name": name,
                "description": description,
                "icon_file_id": icon_file_id,
                "coze_account_id": coze_account_id,
                "owner_uid": owner_uid,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def update(
        self,
        *,
        workspace_id: str,
        name: str | None = None,
        description: str | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> WorkspacesUpdateResponse:
        """Update a workspace.

        Renames a workspace or changes its description.

        Args:
            workspace_id: The workspace to update.
            name: New name, up to 50 characters.
            description: New description, up to 2000 characters.
        """
        return await self._requester.request(
            _ops.WORKSPACES_UPDATE,
            {"workspace_id": workspace_id, "name": name, "description": description},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class RawWorkspacesMembersResource(RawGroup):
    """The `workspaces.members` methods, each returning the raw HTTP answer (a
    `RawResponse`).
    """

    list = RawMethod(WorkspacesMembersResource.list)
    create = RawMethod(WorkspacesMembersResource.create)
    delete = RawMethod(WorkspacesMembersResource.delete)


class AsyncRawWorkspacesMembersResource(RawGroup):
    """The `workspaces.members` methods, each returning the raw HTTP answer (a
    `RawResponse`).
    """

    list = AsyncRawPagedMethod(AsyncWorkspacesMembersResource.list)
    create = AsyncRawMethod(AsyncWorkspacesMembersResource.create)
    delete = AsyncRawMethod(AsyncWorkspacesMembersResource.delete)


class RawWorkspacesResource(RawGroup):
    """The `workspaces` methods, each returning the raw HTTP answer (a `RawResponse`)."""

    @cached_property
    def members(self) -> RawWorkspacesMembersResource:
        return RawWorkspacesMembersResource(self._resource.members)

    list = RawMethod(WorkspacesResource.list)
    create = RawMethod(WorkspacesResource.create)
    update = RawMethod(WorkspacesResource.update)


class AsyncRawWorkspacesResource(RawGroup):
    """The `workspaces` methods, each returning the raw HTTP answer (a `RawResponse`)."""

    @cached_property
    def members(self) -> AsyncRawWorkspacesMembersResource:
        return AsyncRawWorkspacesMembersResource(self._resource.members)

    list = AsyncRawPagedMethod(AsyncWorkspacesResource.list)
    create = AsyncRawMethod(AsyncWorkspacesResource.create)
    update = AsyncRawMethod(AsyncWorkspacesResource.update)
