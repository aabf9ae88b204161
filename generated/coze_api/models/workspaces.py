"""Models of the `workspaces` resource group.

Generated from openapi/coze.yaml by `make gen`; never edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal, Self

from .. import _model as _m
from .._model import CozeModel, OpenStrEnum
from ._shared import ResponseDetail

__all__ = [
    "Workspace",
    "WorkspaceJoinedStatus",
    "WorkspaceMember",
    "WorkspaceNewMember",
    "WorkspaceRoleType",
    "WorkspaceType",
    "WorkspacesCreateResult",
    "WorkspacesListResult",
    "WorkspacesMembersCreateResult",
    "WorkspacesMembersDeleteResult",
    "WorkspacesMembersListResult",
    "WorkspacesUpdateResponse",
]


class Workspace(CozeModel):
    """A workspace the user created or joined."""

    __slots__ = (
        "id",
        "name",
        "icon_url",
        "role_type",
        "workspace_type",
        "enterprise_id",
        "owner_uid",
        "admin_uids",
        "description",
        "joined_status",
    )
    _FIELDS = (
        ("id", "id"),
        ("name", "name"),
        ("icon_url", "icon_url"),
        ("role_type", "role_type"),
        ("workspace_type", "workspace_type"),
        ("enterprise_id", "enterprise_id"),
        ("owner_uid", "owner_uid"),
        ("admin_uids", "admin_uids"),
        ("description", "description"),
        ("joined_status", "joined_status"),
    )
    _KNOWN = frozenset(
        (
            "id",
            "name",
            "icon_url",
            "role_type",
            "workspace_type",
            "enterprise_id",
            "owner_uid",
            "admin_uids",
            "description",
            "joined_status",
        )
    )

    id: str
    """The workspace id."""
    name: str | None
    """The workspace name."""
    icon_url: str | None
    """URL of the workspace icon."""
    role_type: WorkspaceRoleType | None
    """The caller's role in the workspace."""
    workspace_type: WorkspaceType | None
    """personal for the user's own space, team for a shared one."""
    enterprise_id: str | None
    """The enterprise the workspace belongs to; empty for personal accounts."""
    owner_uid: str | None
    """Coze user id of the owner."""
    admin_uids: list[str] | None
    """Coze user ids of the administrators."""
    description: str | None
    """What the workspace is for."""
    joined_status: WorkspaceJoinedStatus | None
    """The user's membership state."""

    def __init__(
        self,
        *,
        id: str,
        name: str | None = None,
        icon_url: str | None = None,
        role_type: WorkspaceRoleType | Literal["owner", "admin", "member"] | None = None,
        workspace_type: WorkspaceType | Literal["personal", "team"] | None = None,
        enterprise_id: str | None = None,
        owner_uid: str | None = None,
        admin_uids: list[str] | None = None,
        description: str | None = None,
        joined_status: WorkspaceJoinedStatus | Literal["joined"] | None = None,
    ) -> None:
        self.id = id
        self.name = name
        self.icon_url = icon_url
        self.role_type = None if role_type is None else WorkspaceRoleType(role_type)
        self.workspace_type = None if workspace_type is None else WorkspaceType(workspace_type)
        self.enterprise_id = enterprise_id
        self.owner_uid = owner_uid
        self.admin_uids = admin_uids
        self.description = description
        self.joined_status = None if joined_status is None else WorkspaceJoinedStatus(joined_status)

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("id")
        if type(v) is not str:
            v = _m.to_str(v, "id")
        obj.id = v
        v = get("name")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "name")
        obj.name = v
        v = get("icon_url")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "icon_url")
        obj.icon_url = v
        v = get("role_type")
        if v is not None:
            m_role_type = _WorkspaceRoleType_values.get(v) if type(v) is str else None
            v = m_role_type if m_role_type is not None else WorkspaceRoleType.parse(v, "role_type")
        obj.role_type = v
        v = get("workspace_type")
        if v is not None:
            m_workspace_type = _WorkspaceType_values.get(v) if type(v) is str else None
            v = m_workspace_type if m_workspace_type is not None else WorkspaceType.parse(v, "workspace_type")
        obj.workspace_type = v
        v = get("enterprise_id")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "enterprise_id")
        obj.enterprise_id = v
        v = get("owner_uid")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "owner_uid")
        obj.owner_uid = v
        v = get("admin_uids")
        if v is not None:
            v = _c_Workspace_admin_uids(v, "admin_uids")
        obj.admin_uids = v
        v = get("description")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "description")
        obj.description = v
        v = get("joined_status")
        if v is not None:
            m_joined_status = _WorkspaceJoinedStatus_values.get(v) if type(v) is str else None
            v = m_joined_status if m_joined_status is not None else WorkspaceJoinedStatus.parse(v, "joined_status")
        obj.joined_status = v
        obj._src = src
        return obj


class WorkspaceJoinedStatus(OpenStrEnum):
    """The user's membership state."""

    JOINED = "joined"


class WorkspaceMember(CozeModel):
    """A member of a workspace."""

    __slots__ = ("user_id", "role_type", "user_nickname", "user_unique_name", "avatar_url")
    _FIELDS = (
        ("user_id", "user_id"),
        ("role_type", "role_type"),
        ("user_nickname", "user_nickname"),
        ("user_unique_name", "user_unique_name"),
        ("avatar_url", "avatar_url"),
    )
    _KNOWN = frozenset(("user_id", "role_type", "user_nickname", "user_unique_name", "avatar_url"))

    user_id: str
    """The Coze user id."""
    role_type: WorkspaceRoleType | None
    """The member's role in the workspace."""
    user_nickname: str | None
    """The display name."""
    user_unique_name: str | None
    """The unique user name."""
    avatar_url: str | None
    """URL of the user's avatar."""

    def __init__(
        self,
        *,
        user_id: str,
        role_type: WorkspaceRoleType | Literal["owner", "admin", "member"] | None = None,
        user_nickname: str | None = None,
        user_unique_name: str | None = None,
        avatar_url: str | None = None,
    ) -> None:
        self.user_id = user_id
        self.role_type = None if role_type is None else WorkspaceRoleType(role_type)
        self.user_nickname = user_nickname
        self.user_unique_name = user_unique_name
        self.avatar_url = avatar_url

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("user_id")
        if type(v) is not str:
            v = _m.to_str(v, "user_id")
        obj.user_id = v
        v = get("role_type")
        if v is not None:
            m_role_type = _WorkspaceRoleType_values.get(v) if type(v) is str else None
            v = m_role_type if m_role_type is not None else WorkspaceRoleType.parse(v, "role_type")
        obj.role_type = v
        v = get("user_nickname")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "user_nickname")
        obj.user_nickname = v
        v = get("user_unique_name")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "user_unique_name")
        obj.user_unique_name = v
        v = get("avatar_url")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "avatar_url")
        obj.avatar_url = v
        obj._src = src
        return obj


class WorkspaceNewMember(CozeModel):
    """A user to add to a workspace."""

    __slots__ = ("user_id", "role_type")
    _FIELDS = (("user_id", "user_id"), ("role_type", "role_type"))
    _KNOWN = frozenset(("user_id", "role_type"))

    user_id: str
    """The Coze user id."""
    role_type: WorkspaceRoleType
    """The role to give, admin or member; owner cannot be assigned."""

    def __init__(self, *, user_id: str, role_type: WorkspaceRoleType | Literal["owner", "admin", "member"]) -> None:
        self.user_id = user_id
        self.role_type = WorkspaceRoleType(role_type)

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("user_id")
        if type(v) is not str:
            v = _m.to_str(v, "user_id")
        obj.user_id = v
        v = get("role_type")
        m_role_type = _WorkspaceRoleType_values.get(v) if type(v) is str else None
        v = m_role_type if m_role_type is not None else WorkspaceRoleType.parse(v, "role_type")
        obj.role_type = v
        obj._src = src
        return obj


class WorkspaceRoleType(OpenStrEnum):
    """A user's role in a workspace."""

    OWNER = "owner"
    ADMIN = "admin"
    MEMBER = "member"


class WorkspaceType(OpenStrEnum):
    """personal for the user's own space, team for a shared one."""

    PERSONAL = "personal"
    TEAM = "team"


class WorkspacesCreateResult(CozeModel):
    """The workspace created by workspaces_create."""

    __slots__ = ("id",)
    _FIELDS = (("id", "id"),)
    _KNOWN = frozenset(("id",))

    id: str
    """The id of the new workspace."""

    def __init__(self, *, id: str) -> None:
        self.id = id

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("id")
        if type(v) is not str:
            v = _m.to_str(v, "id")
        obj.id = v
        obj._src = src
        return obj


class WorkspacesListResult(CozeModel):
    """One page of workspaces_list."""

    __slots__ = ("workspaces", "total_count")
    _FIELDS = (("workspaces", "workspaces"), ("total_count", "total_count"))
    _KNOWN = frozenset(("workspaces", "total_count"))

    workspaces: list[Workspace] | None
    """The workspaces on this page."""
    total_count: int | None
    """Number of workspaces the user belongs to."""

    def __init__(self, *, workspaces: list[Workspace] | None = None, total_count: int | None = None) -> None:
        self.workspaces = workspaces
        self.total_count = total_count

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("workspaces")
        if v is not None:
            v = _c_WorkspacesListResult_workspaces(v, "workspaces")
        obj.workspaces = v
        v = get("total_count")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "total_count")
        obj.total_count = v
        obj._src = src
        return obj


class WorkspacesMembersCreateResult(CozeModel):
    """What happened to each user of workspaces_members_create."""

    __slots__ = (
        "added_success_user_ids",
        "invited_success_user_ids",
        "not_exist_user_ids",
        "already_joined_user_ids",
        "already_invited_user_ids",
    )
    _FIELDS = (
        ("added_success_user_ids", "added_success_user_ids"),
        ("invited_success_user_ids", "invited_success_user_ids"),
        ("not_exist_user_ids", "not_exist_user_ids"),
        ("already_joined_user_ids", "already_joined_user_ids"),
        ("already_invited_user_ids", "already_invited_user_ids"),
    )
    _KNOWN = frozenset(
        (
            "added_success_user_ids",
            "invited_success_user_ids",
            "not_exist_user_ids",
            "already_joined_user_ids",
            "already_invited_user_ids",
        )
    )

    added_success_user_ids: list[str] | None
    """Users added directly (enterprise workspaces)."""
    invited_success_user_ids: list[str] | None
    """Users invited (personal-plan workspaces add users only after they accept)."""
    not_exist_user_ids: list[str] | None
    """Ids that match no Coze user."""
    already_joined_user_ids: list[str] | None
    """Users already in the workspace."""
    already_invited_user_ids: list[str] | None
    """Users with a pending invitation."""

    def __init__(
        self,
        *,
        added_success_user_ids: list[str] | None = None,
        invited_success_user_ids: list[str] | None = None,
        not_exist_user_ids: list[str] | None = None,
        already_joined_user_ids: list[str] | None = None,
        already_invited_user_ids: list[str] | None = None,
    ) -> None:
        self.added_success_user_ids = added_success_user_ids
        self.invited_success_user_ids = invited_success_user_ids
        self.not_exist_user_ids = not_exist_user_ids
        self.already_joined_user_ids = already_joined_user_ids
        self.already_invited_user_ids = already_invited_user_ids

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("added_success_user_ids")
        if v is not None:
            v = _c_WorkspacesMembersCreateResult_added_success_user_ids(v, "added_success_user_ids")
        obj.added_success_user_ids = v
        v = get("invited_success_user_ids")
        if v is not None:
            v = _c_WorkspacesMembersCreateResult_invited_success_user_ids(v, "invited_success_user_ids")
        obj.invited_success_user_ids = v
        v = get("not_exist_user_ids")
        if v is not None:
            v = _c_WorkspacesMembersCreateResult_not_exist_user_ids(v, "not_exist_user_ids")
        obj.not_exist_user_ids = v
        v = get("already_joined_user_ids")
        if v is not None:
            v = _c_WorkspacesMembersCreateResult_already_joined_user_ids(v, "already_joined_user_ids")
        obj.already_joined_user_ids = v
        v = get("already_invited_user_ids")
        if v is not None:
            v = _c_WorkspacesMembersCreateResult_already_invited_user_ids(v, "already_invited_user_ids")
        obj.already_invited_user_ids = v
        obj._src = src
        return obj


class WorkspacesMembersDeleteResult(CozeModel):
    """What happened to each user of workspaces_members_delete."""

    __slots__ = (
        "removed_success_user_ids",
        "not_in_workspace_user_ids",
        "not_in_space_user_ids",
        "owner_not_support_remove_user_ids",
    )
    _FIELDS = (
        ("removed_success_user_ids", "removed_success_user_ids"),
        ("not_in_workspace_user_ids", "not_in_workspace_user_ids"),
        ("not_in_space_user_ids", "not_in_space_user_ids"),
        ("owner_not_support_remove_user_ids", "owner_not_support_remove_user_ids"),
    )
    _KNOWN = frozenset(
        (
            "removed_success_user_ids",
            "not_in_workspace_user_ids",
            "not_in_space_user_ids",
            "owner_not_support_remove_user_ids",
        )
    )

    removed_success_user_ids: list[str] | None
    """Users removed."""
    not_in_workspace_user_ids: list[str] | None
    """Users who were not members; nothing was done for them."""
    not_in_space_user_ids: list[str] | None
    """Same as not_in_workspace_user_ids, under the name the docs' example uses."""
    owner_not_support_remove_user_ids: list[str] | None
    """Users not removed because they own the workspace."""

    def __init__(
        self,
        *,
        removed_success_user_ids: list[str] | None = None,
        not_in_workspace_user_ids: list[str] | None = None,
        not_in_space_user_ids: list[str] | None = None,
        owner_not_support_remove_user_ids: list[str] | None = None,
    ) -> None:
        self.removed_success_user_ids = removed_success_user_ids
        self.not_in_workspace_user_ids = not_in_workspace_user_ids
        self.not_in_space_user_ids = not_in_space_user_ids
        self.owner_not_support_remove_user_ids = owner_not_support_remove_user_ids

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("removed_success_user_ids")
        if v is not None:
            v = _c_WorkspacesMembersDeleteResult_removed_success_user_ids(v, "removed_success_user_ids")
        obj.removed_success_user_ids = v
        v = get("not_in_workspace_user_ids")
        if v is not None:
            v = _c_WorkspacesMembersDeleteResult_not_in_workspace_user_ids(v, "not_in_workspace_user_ids")
        obj.not_in_workspace_user_ids = v
        v = get("not_in_space_user_ids")
        if v is not None:
            v = _c_WorkspacesMembersDeleteResult_not_in_space_user_ids(v, "not_in_space_user_ids")
        obj.not_in_space_user_ids = v
        v = get("owner_not_support_remove_user_ids")
        if v is not None:
            v = _c_WorkspacesMembersDeleteResult_owner_not_support_remove_user_ids(
                v, "owner_not_support_remove_user_ids"
            )
        obj.owner_not_support_remove_user_ids = v
        obj._src = src
        return obj


class WorkspacesMembersListResult(CozeModel):
    """One page of workspaces_members_list."""

    __slots__ = ("items", "total_count")
    _FIELDS = (("items", "items"), ("total_count", "total_count"))
    _KNOWN = frozenset(("items", "total_count"))

    items: list[WorkspaceMember] | None
    """The members on this page."""
    total_count: int | None
    """Number of members in the workspace."""

    def __init__(self, *, items: list[WorkspaceMember] | None = None, total_count: int | None = None) -> None:
        self.items = items
        self.total_count = total_count

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("items")
        if v is not None:
            v = _c_WorkspacesMembersListResult_items(v, "items")
        obj.items = v
        v = get("total_count")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "total_count")
        obj.total_count = v
        obj._src = src
        return obj


class WorkspacesUpdateResponse(CozeModel):
    """Envelope of workspaces_update."""

    __slots__ = ("code", "msg", "detail")
    _FIELDS = (("code", "code"), ("msg", "msg"), ("detail", "detail"))
    _KNOWN = frozenset(("code", "msg", "detail"))

    code: int | None
    msg: str | None
    detail: ResponseDetail | None

    def __init__(
        self, *, code: int | None = None, msg: str | None = None, detail: ResponseDetail | None = None
    ) -> None:
        self.code = code
        self.msg = msg
        self.detail = detail

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("code")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "code")
        obj.code = v
        v = get("msg")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "msg")
        obj.msg = v
        v = get("detail")
        if v is not None:
            v = _m.nested(ResponseDetail, v, "detail")
        obj.detail = v
        obj._src = src
        return obj


# Lookup tables and converters the parsers above use (defined last: they name classes).
_WorkspaceJoinedStatus_values = WorkspaceJoinedStatus.value_map()
_WorkspaceRoleType_values = WorkspaceRoleType.value_map()
_WorkspaceType_values = WorkspaceType.value_map()
_c_Workspace_admin_uids = _m.list_of(_m.to_str)
_c_WorkspacesListResult_workspaces = _m.list_of(_m.model_of(Workspace))
_c_WorkspacesMembersCreateResult_added_success_user_ids = _m.list_of(_m.to_str)
_c_WorkspacesMembersCreateResult_invited_success_user_ids = _m.list_of(_m.to_str)
_c_WorkspacesMembersCreateResult_not_exist_user_ids = _m.list_of(_m.to_str)
_c_WorkspacesMembersCreateResult_already_joined_user_ids = _m.list_of(_m.to_str)
_c_WorkspacesMembersCreateResult_already_invited_user_ids = _m.list_of(_m.to_str)
_c_WorkspacesMembersDeleteResult_removed_success_user_ids = _m.list_of(_m.to_str)
_c_WorkspacesMembersDeleteResult_not_in_workspace_user_ids = _m.list_of(_m.to_str)
_c_WorkspacesMembersDeleteResult_not_in_space_user_ids = _m.list_of(_m.to_str)
_c_WorkspacesMembersDeleteResult_owner_not_support_remove_user_ids = _m.list_of(_m.to_str)
_c_WorkspacesMembersListResult_items = _m.list_of(_m.model_of(WorkspaceMember))
