"""Models of the `enterprises` resource group.

Generated from openapi/coze.yaml by `make gen`; never edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal, Self

from .. import _model as _m
from .._model import CozeModel, OpenStrEnum
from ._shared import ResponseDetail

__all__ = [
    "EnterpriseMemberInput",
    "EnterpriseMemberRole",
    "EnterpriseOrganization",
    "EnterpriseOrganizationCreated",
    "EnterpriseOrganizationList",
    "EnterpriseOrganizationMember",
    "EnterpriseOrganizationMemberInput",
    "EnterpriseOrganizationMemberList",
    "EnterpriseOrganizationMemberPeopleType",
    "EnterpriseOrganizationRoleType",
    "EnterprisesMembersCreateResponse",
    "EnterprisesMembersDeleteResponse",
    "EnterprisesMembersUpdateResponse",
    "EnterprisesOrganizationsMembersCreateResponse",
    "EnterprisesOrganizationsMembersDeleteResponse",
    "EnterprisesOrganizationsMembersUpdateResponse",
    "EnterprisesOrganizationsUpdateResponse",
]


class EnterpriseMemberInput(CozeModel):
    """A user to add to the enterprise, with the role to give."""

    __slots__ = ("user_id", "role")
    _FIELDS = (("user_id", "user_id"), ("role", "role"))
    _KNOWN = frozenset(("user_id", "role"))

    user_id: str
    """The Coze user id (UID) of the Volcengine sub-user."""
    role: EnterpriseMemberRole

    def __init__(
        self, *, user_id: str, role: EnterpriseMemberRole | Literal["enterprise_admin", "enterprise_member"]
    ) -> None:
        self.user_id = user_id
        self.role = EnterpriseMemberRole(role)

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("user_id")
        if type(v) is not str:
            v = _m.to_str(v, "user_id")
        obj.user_id = v
        v = get("role")
        m_role = _EnterpriseMemberRole_values.get(v) if type(v) is str else None
        v = m_role if m_role is not None else EnterpriseMemberRole.parse(v, "role")
        obj.role = v
        obj._src = src
        return obj


class EnterpriseMemberRole(OpenStrEnum):
    """A role in the enterprise: enterprise_admin or enterprise_member."""

    ENTERPRISE_ADMIN = "enterprise_admin"
    ENTERPRISE_MEMBER = "enterprise_member"


class EnterpriseOrganization(CozeModel):
    """An organization of an enterprise."""

    __slots__ = ("organization_id", "organization_name", "organization_icon_url", "is_default_organization")
    _FIELDS = (
        ("organization_id", "organization_id"),
        ("organization_name", "organization_name"),
        ("organization_icon_url", "organization_icon_url"),
        ("is_default_organization", "is_default_organization"),
    )
    _KNOWN = frozenset(("organization_id", "organization_name", "organization_icon_url", "is_default_organization"))

    organization_id: str
    """The organization id."""
    organization_name: str | None
    """The organization name."""
    organization_icon_url: str | None
    """URL of the organization's icon."""
    is_default_organization: bool | None
    """Whether this is the enterprise's default organization rather than a custom one."""

    def __init__(
        self,
        *,
        organization_id: str,
        organization_name: str | None = None,
        organization_icon_url: str | None = None,
        is_default_organization: bool | None = None,
    ) -> None:
        self.organization_id = organization_id
        self.organization_name = organization_name
        self.organization_icon_url = organization_icon_url
        self.is_default_organization = is_default_organization

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("organization_id")
        if type(v) is not str:
            v = _m.to_str(v, "organization_id")
        obj.organization_id = v
        v = get("organization_name")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "organization_name")
        obj.organization_name = v
        v = get("organization_icon_url")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "organization_icon_url")
        obj.organization_icon_url = v
        v = get("is_default_organization")
        if v is not None and type(v) is not bool:
            v = _m.to_bool(v, "is_default_organization")
        obj.is_default_organization = v
        obj._src = src
        return obj


class EnterpriseOrganizationCreated(CozeModel):
    """The id of a newly created organization."""

    __slots__ = ("organization_id",)
    _FIELDS = (("organization_id", "organization_id"),)
    _KNOWN = frozenset(("organization_id",))

    organization_id: str
    """The new organization's id."""

    def __init__(self, *, organization_id: str) -> None:
        self.organization_id = organization_id

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("organization_id")
        if type(v) is not str:
            v = _m.to_str(v, "organization_id")
        obj.organization_id = v
        obj._src = src
        return obj


class EnterpriseOrganizationList(CozeModel):
    """One page of organizations."""

    __slots__ = ("items", "total_count")
    _FIELDS = (("items", "items"), ("total_count", "total_count"))
    _KNOWN = frozenset(("items", "total_count"))

    items: list[EnterpriseOrganization] | None
    """The organizations on this page."""
    total_count: int | None
    """How many organizations the enterprise has."""

    def __init__(self, *, items: list[EnterpriseOrganization] | None = None, total_count: int | None = None) -> None:
        self.items = items
        self.total_count = total_count

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("items")
        if v is not None:
            v = _c_EnterpriseOrganizationList_items(v, "items")
        obj.items = v
        v = get("total_count")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "total_count")
        obj.total_count = v
        obj._src = src
        return obj


class EnterpriseOrganizationMember(CozeModel):
    """A member of an organization."""

    __slots__ = (
        "user_id",
        "is_valid",
        "avatar_url",
        "created_at",
        "people_type",
        "user_nickname",
        "user_unique_name",
        "organization_role_type",
    )
    _FIELDS = (
        ("user_id", "user_id"),
        ("is_valid", "is_valid"),
        ("avatar_url", "avatar_url"),
        ("created_at", "created_at"),
        ("people_type", "people_type"),
        ("user_nickname", "user_nickname"),
        ("user_unique_name", "user_unique_name"),
        ("organization_role_type", "organization_role_type"),
    )
    _KNOWN = frozenset(
        (
            "user_id",
            "is_valid",
            "avatar_url",
            "created_at",
            "people_type",
            "user_nickname",
            "user_unique_name",
            "organization_role_type",
        )
    )

    user_id: str
    """The member's Coze user id (UID)."""
    is_valid: bool | None
    """False when the member's Volcengine account has been deleted."""
    avatar_url: str | None
    """URL of the member's avatar."""
    created_at: int | None
    """When the member joined the organization, in unix seconds."""
    people_type: EnterpriseOrganizationMemberPeopleType | None
    """The member's standing in the enterprise: employee or guest."""
    user_nickname: str | None
    """The member's display name."""
    user_unique_name: str | None
    """The member's Coze user name."""
    organization_role_type: EnterpriseOrganizationRoleType | None

    def __init__(
        self,
        *,
        user_id: str,
        is_valid: bool | None = None,
        avatar_url: str | None = None,
        created_at: int | None = None,
        people_type: EnterpriseOrganizationMemberPeopleType | Literal["employee", "guest"] | None = None,
        user_nickname: str | None = None,
        user_unique_name: str | None = None,
        organization_role_type: EnterpriseOrganizationRoleType
        | Literal["organization_super_admin", "organization_admin", "organization_member", "organization_guest"]
        | None = None,
    ) -> None:
        self.user_id = user_id
        self.is_valid = is_valid
        self.avatar_url = avatar_url
        self.created_at = created_at
        self.people_type = None if people_type is None else EnterpriseOrganizationMemberPeopleType(people_type)
        self.user_nickname = user_nickname
        self.user_unique_name = user_unique_name
        self.organization_role_type = (
            None if organization_role_type is None else EnterpriseOrganizationRoleType(organization_role_type)
        )

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("user_id")
        if type(v) is not str:
            v = _m.to_str(v, "user_id")
        obj.user_id = v
        v = get("is_valid")
        if v is not None and type(v) is not bool:
            v = _m.to_bool(v, "is_valid")
        obj.is_valid = v
        v = get("avatar_url")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "avatar_url")
        obj.avatar_url = v
        v = get("created_at")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "created_at")
        obj.created_at = v
        v = get("people_type")
        if v is not None:
            m_people_type = _EnterpriseOrganizationMemberPeopleType_values.get(v) if type(v) is str else None
            v = (
                m_people_type
                if m_people_type is not None
                else EnterpriseOrganizationMemberPeopleType.parse(v, "people_type")
            )
        obj.people_type = v
        v = get("user_nickname")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "user_nickname")
        obj.user_nickname = v
        v = get("user_unique_name")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "user_unique_name")
        obj.user_unique_name = v
        v = get("organization_role_type")
        if v is not None:
            m_organization_role_type = _EnterpriseOrganizationRoleType_values.get(v) if type(v) is str else None
            v = (
                m_organization_role_type
                if m_organization_role_type is not None
                else EnterpriseOrganizationRoleType.parse(v, "organization_role_type")
            )
        obj.organization_role_type = v
        obj._src = src
        return obj


class EnterpriseOrganizationMemberInput(CozeModel):
    """A user to add to an organization, with the role to give."""

    __slots__ = ("user_id", "organization_role_type")
    _FIELDS = (("user_id", "user_id"), ("organization_role_type", "organization_role_type"))
    _KNOWN = frozenset(("user_id", "organization_role_type"))

    user_id: str
    """The Coze user id (UID); the user must already belong to the enterprise."""
    organization_role_type: EnterpriseOrganizationRoleType

    def __init__(
        self,
        *,
        user_id: str,
        organization_role_type: EnterpriseOrganizationRoleType
        | Literal["organization_super_admin", "organization_admin", "organization_member", "organization_guest"],
    ) -> None:
        self.user_id = user_id
        self.organization_role_type = EnterpriseOrganizationRoleType(organization_role_type)

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("user_id")
        if type(v) is not str:
            v = _m.to_str(v, "user_id")
        obj.user_id = v
        v = get("organization_role_type")
        m_organization_role_type = _EnterpriseOrganizationRoleType_values.get(v) if type(v) is str else None
        v = (
            m_organization_role_type
            if m_organization_role_type is not None
            else EnterpriseOrganizationRoleType.parse(v, "organization_role_type")
        )
        obj.organization_role_type = v
        obj._src = src
        return obj


class EnterpriseOrganizationMemberList(CozeModel):
    """One page of organization members."""

    __slots__ = ("items", "total_count")
    _FIELDS = (("items", "items"), ("total_count", "total_count"))
    _KNOWN = frozenset(("items", "total_count"))

    items: list[EnterpriseOrganizationMember] | None
    """The members on this page."""
    total_count: int | None
    """How many members the organization has."""

    def __init__(
        self, *, items: list[EnterpriseOrganizationMember] | None = None, total_count: int | None = None
    ) -> None:
        self.items = items
        self.total_count = total_count

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("items")
        if v is not None:
            v = _c_EnterpriseOrganizationMemberList_items(v, "items")
        obj.items = v
        v = get("total_count")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "total_count")
        obj.total_count = v
        obj._src = src
        return obj


class EnterpriseOrganizationMemberPeopleType(OpenStrEnum):
    """The member's standing in the enterprise: employee or guest."""

    EMPLOYEE = "employee"
    GUEST = "guest"


class EnterpriseOrganizationRoleType(OpenStrEnum):
    """A role in an organization: organization_super_admin, organization_admin,
    organization_member or organization_guest.
    """

    ORGANIZATION_SUPER_ADMIN = "organization_super_admin"
    ORGANIZATION_ADMIN = "organization_admin"
    ORGANIZATION_MEMBER = "organization_member"
    ORGANIZATION_GUEST = "organization_guest"


class EnterprisesMembersCreateResponse(CozeModel):
    """Envelope of enterprises_members_create."""

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


class EnterprisesMembersDeleteResponse(CozeModel):
    """Envelope of enterprises_members_delete."""

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


class EnterprisesMembersUpdateResponse(CozeModel):
    """Envelope of enterprises_members_update."""

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


class EnterprisesOrganizationsMembersCreateResponse(CozeModel):
    """Envelope of enterprises_organizations_members_create."""

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


class EnterprisesOrganizationsMembersDeleteResponse(CozeModel):
    """Envelope of enterprises_organizations_members_delete."""

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


class EnterprisesOrganizationsMembersUpdateResponse(CozeModel):
    """Envelope of enterprises_organizations_members_update."""

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


class EnterprisesOrganizationsUpdateResponse(CozeModel):
    """Envelope of enterprises_organizations_update."""

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
_EnterpriseMemberRole_values = EnterpriseMemberRole.value_map()
_EnterpriseOrganizationMemberPeopleType_values = EnterpriseOrganizationMemberPeopleType.value_map()
_EnterpriseOrganizationRoleType_values = EnterpriseOrganizationRoleType.value_map()
_c_EnterpriseOrganizationList_items = _m.list_of(_m.model_of(EnterpriseOrganization))
_c_EnterpriseOrganizationMemberList_items = _m.list_of(_m.model_of(EnterpriseOrganizationMember))
