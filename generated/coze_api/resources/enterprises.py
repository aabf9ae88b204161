"""The `enterprises` resource group, sync and async, and its `with_raw_response` twins.

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
        EnterpriseMemberInput,
        EnterpriseMemberRole,
        EnterpriseOrganization,
        EnterpriseOrganizationCreated,
        EnterpriseOrganizationMember,
        EnterpriseOrganizationMemberInput,
        EnterpriseOrganizationRoleType,
        EnterprisesMembersCreateResponse,
        EnterprisesMembersDeleteResponse,
        EnterprisesMembersUpdateResponse,
        EnterprisesOrganizationsMembersCreateResponse,
        EnterprisesOrganizationsMembersDeleteResponse,
        EnterprisesOrganizationsMembersUpdateResponse,
        EnterprisesOrganizationsUpdateResponse,
    )
    from ..types import TimeoutInput

__all__ = [
    "AsyncEnterprisesMembersResource",
    "AsyncEnterprisesOrganizationsMembersResource",
    "AsyncEnterprisesOrganizationsResource",
    "AsyncEnterprisesResource",
    "AsyncRawEnterprisesMembersResource",
    "AsyncRawEnterprisesOrganizationsMembersResource",
    "AsyncRawEnterprisesOrganizationsResource",
    "AsyncRawEnterprisesResource",
    "EnterprisesMembersResource",
    "EnterprisesOrganizationsMembersResource",
    "EnterprisesOrganizationsResource",
    "EnterprisesResource",
    "RawEnterprisesMembersResource",
    "RawEnterprisesOrganizationsMembersResource",
    "RawEnterprisesOrganizationsResource",
    "RawEnterprisesResource",
]


class EnterprisesMembersResource:
    """The `enterprises.members` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def create(
        self,
        *,
        enterprise_id: str,
        users: Sequence[EnterpriseMemberInput | Mapping[str, object]],
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> EnterprisesMembersCreateResponse:
        """Add an enterprise member.

        Adds an existing Volcengine sub-user to the enterprise with the given role; one
        user per request, and requests must not run concurrently.

        Args:
            enterprise_id: The enterprise to add the user to (shown on the
                organization settings page, e.g. volcano_2101957731).
            users: The user to add; exactly one per request.
        """
        return self._requester.request(
            _ops.ENTERPRISES_MEMBERS_CREATE,
            {"enterprise_id": enterprise_id, "users": users},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def update(
        self,
        *,
        enterprise_id: str,
        user_id: str,
        role: EnterpriseMemberRole | Literal["enterprise_admin", "enterprise_member"],
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> EnterprisesMembersUpdateResponse:
        """Change an enterprise member's role.

        Switches an enterprise employee between enterprise admin and ordinary member;
        guests cannot be changed.

        Args:
            enterprise_id: The enterprise the employee belongs to.
            user_id: The Coze user id (UID) of the employee.
            role: A role in the enterprise: enterprise_admin or enterprise_member.
        """
        return self._requester.request(
            _ops.ENTERPRISES_MEMBERS_UPDATE,
            {"enterprise_id": enterprise_id, "user_id": user_id, "role": role},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def delete(
        self,
        *,
        enterprise_id: str,
        user_id: str,
        receiver_user_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> EnterprisesMembersDeleteResponse:
        """Remove an enterprise member.

        Removes a user from the enterprise and hands their workspaces, bots and
        workflows to an enterprise admin; remove the user from every organization first.

        Args:
            enterprise_id: The enterprise to remove the user from.
            user_id: The Coze user id (UID) of the user to remove.
            receiver_user_id: UID of the enterprise super admin or admin who
                receives the removed user's resources.
        """
        return self._requester.request(
            _ops.ENTERPRISES_MEMBERS_DELETE,
            {"enterprise_id": enterprise_id, "user_id": user_id, "receiver_user_id": receiver_user_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncEnterprisesMembersResource:
    """The `enterprises.members` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def create(
        self,
        *,
        enterprise_id: str,
        users: Sequence[EnterpriseMemberInput | Mapping[str, object]],
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> EnterprisesMembersCreateResponse:
        """Add an enterprise member.

        Adds an existing Volcengine sub-user to the enterprise with the given role; one
        user per request, and requests must not run concurrently.

        Args:
            enterprise_id: The enterprise to add the user to (shown on the
                organization settings page, e.g. volcano_2101957731).
            users: The user to add; exactly one per request.
        """
        return await self._requester.request(
            _ops.ENTERPRISES_MEMBERS_CREATE,
            {"enterprise_id": enterprise_id, "users": users},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def update(
        self,
        *,
        enterprise_id: str,
        user_id: str,
        role: EnterpriseMemberRole | Literal["enterprise_admin", "enterprise_member"],
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> EnterprisesMembersUpdateResponse:
        """Change an enterprise member's role.

        Switches an enterprise employee between enterprise admin and ordinary member;
        guests cannot be changed.

        Args:
            enterprise_id: The enterprise the employee belongs to.
            user_id: The Coze user id (UID) of the employee.
            role: A role in the enterprise: enterprise_admin or enterprise_member.
        """
        return await self._requester.request(
            _ops.ENTERPRISES_MEMBERS_UPDATE,
            {"enterprise_id": enterprise_id, "user_id": user_id, "role": role},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def delete(
        self,
        *,
        enterprise_id: str,
        user_id: str,
        receiver_user_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> EnterprisesMembersDeleteResponse:
        """Remove an enterprise member.

        Removes a user from the enterprise and hands their workspaces, bots and
        workflows to an enterprise admin; remove the user from every organization first.

        Args:
            enterprise_id: The enterprise to remove the user from.
            user_id: The Coze user id (UID) of the user to remove.
            receiver_user_id: UID of the enterprise super admin or admin who
                receives the removed user's resources.
        """
        return await self._requester.request(
            _ops.ENTERPRISES_MEMBERS_DELETE,
            {"enterprise_id": enterprise_id, "user_id": user_id, "receiver_user_id": receiver_user_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class EnterprisesOrganizationsMembersResource:
    """The `enterprises.organizations.members` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        organization_id: str,
        page_num: int | None = None,
        page_size: int | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> SyncPage[EnterpriseOrganizationMember]:
        """List organization members.

        Lists the members of an organization with their roles.

        Args:
            organization_id: The organization whose members are listed.
            page_num: Page number, starting at 1 (server default 1).
            page_size: Members per page, at most 50 (server default 20).
        """
        return self._requester.paginate(
            _ops.ENTERPRISES_ORGANIZATIONS_MEMBERS_LIST_PAGES,
            {"organization_id": organization_id, "page_num": page_num, "page_size": page_size},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def create(
        self,
        *,
        organization_id: str,
        organization_people: Sequence[EnterpriseOrganizationMemberInput | Mapping[str, object]],
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> EnterprisesOrganizationsMembersCreateResponse:
        """Add an organization member.

        Adds an enterprise employee or guest to an organization with a role; one user
        per request, and requests must not run concurrently.

        Args:
            organization_id: The organization to add the user to.
            organization_people: The user to add; one per request (guests can only
                be organization_guest).
        """
        return self._requester.request(
            _ops.ENTERPRISES_ORGANIZATIONS_MEMBERS_CREATE,
            {"organization_id": organization_id, "organization_people": organization_people},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def update(
        self,
        *,
        organization_id: str,
        user_id: str,
        organization_role_type: EnterpriseOrganizationRoleType
        | Literal["organization_super_admin", "organization_admin", "organization_member", "organization_guest"],
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> EnterprisesOrganizationsMembersUpdateResponse:
        """Change an organization member's role.

        Changes the role of an organization member; guests stay guests and employees
        cannot become guests.

        Args:
            organization_id: The organization the member belongs to.
            user_id: The Coze user id (UID) of the member.
            organization_role_type: A role in an organization:
                organization_super_admin, organization_admin, organization_member or
                organization_guest.
        """
        return self._requester.request(
            _ops.ENTERPRISES_ORGANIZATIONS_MEMBERS_UPDATE,
            {"organization_id": organization_id, "user_id": user_id, "organization_role_type": organization_role_type},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def delete(
        self,
        *,
        organization_id: str,
        user_id: str,
        receiver_user_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> EnterprisesOrganizationsMembersDeleteResponse:
        """Remove an organization member.

        Removes a user from an organization (not from the enterprise) and hands their
        resources to an organization super admin.

        Args:
            organization_id: The organization to remove the user from.
            user_id: The Coze user id (UID) of the user to remove.
            receiver_user_id: UID of the organization super admin who receives the
                removed user's resources.
        """
        return self._requester.request(
            _ops.ENTERPRISES_ORGANIZATIONS_MEMBERS_DELETE,
            {"organization_id": organization_id, "user_id": user_id, "receiver_user_id": receiver_user_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncEnterprisesOrganizationsMembersResource:
    """The `enterprises.organizations.members` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        organization_id: str,
        page_num: int | None = None,
        page_size: int | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> AsyncPage[EnterpriseOrganizationMember]:
        """List organization members.

        Lists the members of an organization with their roles.

        Args:
            organization_id: The organization whose members are listed.
            page_num: Page number, starting at 1 (server default 1).
            page_size: Members per page, at most 50 (server default 20).
        """
        return self._requester.paginate(
            _ops.ENTERPRISES_ORGANIZATIONS_MEMBERS_LIST_PAGES,
            {"organization_id": organization_id, "page_num": page_num, "page_size": page_size},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def create(
        self,
        *,
        organization_id: str,
        organization_people: Sequence[EnterpriseOrganizationMemberInput | Mapping[str, object]],
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> EnterprisesOrganizationsMembersCreateResponse:
        """Add an organization member.

        Adds an enterprise employee or guest to an organization with a role; one user
        per request, and requests must not run concurrently.

        Args:
            organization_id: The organization to add the user to.
            organization_people: The user to add; one per request (guests can only
                be organization_guest).
        """
        return await self._requester.request(
            _ops.ENTERPRISES_ORGANIZATIONS_MEMBERS_CREATE,
            {"organization_id": organization_id, "organization_people": organization_people},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def update(
        self,
        *,
        organization_id: str,
        user_id: str,
        organization_role_type: EnterpriseOrganizationRoleType
        | Literal["organization_super_admin", "organization_admin", "organization_member", "organization_guest"],
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> EnterprisesOrganizationsMembersUpdateResponse:
        """Change an organization member's role.

        Changes the role of an organization member; guests stay guests and employees
        cannot become guests.

        Args:
            organization_id: The organization the member belongs to.
            user_id: The Coze user id (UID) of the member.
            organization_role_type: A role in an organization:
                organization_super_admin, organization_admin, organization_member or
                organization_guest.
        """
        return await self._requester.request(
            _ops.ENTERPRISES_ORGANIZATIONS_MEMBERS_UPDATE,
            {"organization_id": organization_id, "user_id": user_id, "organization_role_type": organization_role_type},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def delete(
        self,
        *,
        organization_id: str,
        user_id: str,
        receiver_user_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> EnterprisesOrganizationsMembersDeleteResponse:
        """Remove an organization member.

        Removes a user from an organization (not from the enterprise) and hands their
        resources to an organization super admin.

        Args:
            organization_id: The organization to remove the user from.
            user_id: The Coze user id (UID) of the user to remove.
            receiver_user_id: UID of the organization super admin who receives the
                removed user's resources.
        """
        return await self._requester.request(
            _ops.ENTERPRISES_ORGANIZATIONS_MEMBERS_DELETE,
            {"organization_id": organization_id, "user_id": user_id, "receiver_user_id": receiver_user_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class EnterprisesOrganizationsResource:
    """The `enterprises.organizations` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    @cached_property
    def members(self) -> EnterprisesOrganizationsMembersResource:
        """The `enterprises.organizations.members` resource group."""
        return EnterprisesOrganizationsMembersResource(self._requester)

    def list(
        self,
        *,
        enterprise_id: str,
        page_num: int | None = None,
        page_size: int | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> SyncPage[EnterpriseOrganization]:
        """List organizations.

        Lists the organizations of an enterprise, the default one included.

        Args:
            enterprise_id: The enterprise whose organizations are listed.
            page_num: Page number, starting at 1 (server default 1).
            page_size: Organizations per page, at most 20 (server default 20).
        """
        return self._requester.paginate(
            _ops.ENTERPRISES_ORGANIZATIONS_LIST_PAGES,
            {"enterprise_id": enterprise_id, "page_num": page_num, "page_size": page_size},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def create(
        self,
        *,
        enterprise_id: str,
        name: str,
        super_admin_user_id: str,
        description: str | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> EnterpriseOrganizationCreated:
        """Create an organization.

        Creates an organization inside the enterprise (at most 20 per enterprise) with
        the given super admin.

        Args:
            enterprise_id: The enterprise the organization is created in.
            name: The organization name, at most 30 characters.
            super_admin_user_id: UID of an enterprise employee who becomes the
                organization's super admin.
            description: A description, at most 100 characters (server default
                empty).
        """
        return self._requester.request(
            _ops.ENTERPRISES_ORGANIZATIONS_CREATE,
            {
                "enterprise_id": enterprise_id,
                "name": name,
                "super_admin_user_id": super_admin_user_id,
                "description": description,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def update(
        self,
        *,
        organization_id: str,
        name: str | None = None,
        description: str | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> EnterprisesOrganizationsUpdateResponse:
        """Update an organization.

        Renames an organization or changes its description; fields left out stay
        unchanged.

        Args:
            organization_id: The organization to update.
            name: The new name, at most 30 characters; unchanged when absent.
            description: The new description, at most 100 characters; unchanged when
                absent.
        """
        return self._requester.request(
            _ops.ENTERPRISES_ORGANIZATIONS_UPDATE,
            {"organization_id": organization_id, "name": name, "description": description},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncEnterprisesOrganizationsResource:
    """The `enterprises.organizations` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @cached_property
    def members(self) -> AsyncEnterprisesOrganizationsMembersResource:
        """The `enterprises.organizations.members` resource group."""
        return AsyncEnterprisesOrganizationsMembersResource(self._requester)

    def list(
        self,
        *,
        enterprise_id: str,
        page_num: int | None = None,
        page_size: int | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> AsyncPage[EnterpriseOrganization]:
        """List organizations.

        Lists the organizations of an enterprise, the default one included.

        Args:
            enterprise_id: The enterprise whose organizations are listed.
            page_num: Page number, starting at 1 (server default 1).
            page_size: Organizations per page, at most 20 (server default 20).
        """
        return self._requester.paginate(
            _ops.ENTERPRISES_ORGANIZATIONS_LIST_PAGES,
            {"enterprise_id": enterprise_id, "page_num": page_num, "page_size": page_size},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def create(
        self,
        *,
        enterprise_id: str,
        name: str,
        super_admin_user_id: str,
        description: str | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> EnterpriseOrganizationCreated:
        """Create an organization.

        Creates an organization inside the enterprise (at most 20 per enterprise) with
        the given super admin.

        Args:
            enterprise_id: The enterprise the organization is created in.
            name: The organization name, at most 30 characters.
            super_admin_user_id: UID of an enterprise employee who becomes the
                organization's super admin.
            description: A description, at most 100 characters (server default
                empty).
        """
        return await self._requester.request(
            _ops.ENTERPRISES_ORGANIZATIONS_CREATE,
            {
                "enterprise_id": enterprise_id,
                "name": name,
                "super_admin_user_id": super_admin_user_id,
                "description": description,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def update(
        self,
        *,
        organization_id: str,
        name: str | None = None,
        description: str | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> EnterprisesOrganizationsUpdateResponse:
        """Update an organization.

        Renames an organization or changes its description; fields left out stay
        unchanged.

        Args:
            organization_id: The organization to update.
            name: The new name, at most 30 characters; unchanged when absent.
            description: The new description, at most 100 characters; unchanged when
                absent.
        """
        return await self._requester.request(
            _ops.ENTERPRISES_ORGANIZATIONS_UPDATE,
            {"organization_id": organization_id, "name": name, "description": description},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class EnterprisesResource:
    """The `enterprises` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    @cached_property
    def members(self) -> EnterprisesMembersResource:
        """The `enterprises.members` resource group."""
        return EnterprisesMembersResource(self._requester)

    @cached_property
    def organizations(self) -> EnterprisesOrganizationsResource:
        """The `enterprises.organizations` resource group."""
        return EnterprisesOrganizationsResource(self._requester)


class AsyncEnterprisesResource:
    """The `enterprises` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @cached_property
    def members(self) -> AsyncEnterprisesMembersResource:
        """The `enterprises.members` resource group."""
        return AsyncEnterprisesMembersResource(self._requester)

    @cached_property
    def organizations(self) -> AsyncEnterprisesOrganizationsResource:
        """The `enterprises.organizations` resource group."""
        return AsyncEnterprisesOrganizationsResource(self._requester)


class RawEnterprisesMembersResource(RawGroup):
    """The `enterprises.members` methods, each returning the raw HTTP answer (a
    `RawResponse`).
    """

    create = RawMethod(EnterprisesMembersResource.create)
    update = RawMethod(EnterprisesMembersResource.update)
    delete = RawMethod(EnterprisesMembersResource.delete)


class AsyncRawEnterprisesMembersResource(RawGroup):
    """The `enterprises.members` methods, each returning the raw HTTP answer (a
    `RawResponse`).
    """

    create = AsyncRawMethod(AsyncEnterprisesMembersResource.create)
    update = AsyncRawMethod(AsyncEnterprisesMembersResource.update)
    delete = AsyncRawMethod(AsyncEnterprisesMembersResource.delete)


class RawEnterprisesOrganizationsMembersResource(RawGroup):
    """The `enterprises.organizations.members` methods, each returning the raw HTTP answer
    (a `RawResponse`).
    """

    list = RawMethod(EnterprisesOrganizationsMembersResource.list)
    create = RawMethod(EnterprisesOrganizationsMembersResource.create)
    update = RawMethod(EnterprisesOrganizationsMembersResource.update)
    delete = RawMethod(EnterprisesOrganizationsMembersResource.delete)


class AsyncRawEnterprisesOrganizationsMembersResource(RawGroup):
    """The `enterprises.organizations.members` methods, each returning the raw HTTP answer
    (a `RawResponse`).
    """

    list = AsyncRawPagedMethod(AsyncEnterprisesOrganizationsMembersResource.list)
    create = AsyncRawMethod(AsyncEnterprisesOrganizationsMembersResource.create)
    update = AsyncRawMethod(AsyncEnterprisesOrganizationsMembersResource.update)
    delete = AsyncRawMethod(AsyncEnterprisesOrganizationsMembersResource.delete)


class RawEnterprisesOrganizationsResource(RawGroup):
    """The `enterprises.organizations` methods, each returning the raw HTTP answer (a
    `RawResponse`).
    """

    @cached_property
    def members(self) -> RawEnterprisesOrganizationsMembersResource:
        return RawEnterprisesOrganizationsMembersResource(self._resource.members)

    list = RawMethod(EnterprisesOrganizationsResource.list)
    create = RawMethod(EnterprisesOrganizationsResource.create)
    update = RawMethod(EnterprisesOrganizationsResource.update)


class AsyncRawEnterprisesOrganizationsResource(RawGroup):
    """The `enterprises.organizations` methods, each returning the raw HTTP answer (a
    `RawResponse`).
    """

    @cached_property
    def members(self) -> AsyncRawEnterprisesOrganizationsMembersResource:
        return AsyncRawEnterprisesOrganizationsMembersResource(self._resource.members)

    list = AsyncRawPagedMethod(AsyncEnterprisesOrganizationsResource.list)
    create = AsyncRawMethod(AsyncEnterprisesOrganizationsResource.create)
    update = AsyncRawMethod(AsyncEnterprisesOrganizationsResource.update)


class RawEnterprisesResource(RawGroup):
    """The `enterprises` methods, each returning the raw HTTP answer (a `RawResponse`)."""

    @cached_property
    def members(self) -> RawEnterprisesMembersResource:
        return RawEnterprisesMembersResource(self._resource.members)

    @cached_property
    def organizations(self) -> RawEnterprisesOrganizationsResource:
        return RawEnterprisesOrganizationsResource(self._resource.organizations)


class AsyncRawEnterprisesResource(RawGroup):
    """The `enterprises` methods, each returning the raw HTTP answer (a `RawResponse`)."""

    @cached_property
    def members(self) -> AsyncRawEnterprisesMembersResource:
        return AsyncRawEnterprisesMembersResource(self._resource.members)

    @cached_property
    def organizations(self) -> AsyncRawEnterprisesOrganizationsResource:
        return AsyncRawEnterprisesOrganizationsResource(self._resource.organizations)
