from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..models.enterprise_organization_member_people_type import EnterpriseOrganizationMemberPeopleType
from ..models.enterprise_organization_role_type import EnterpriseOrganizationRoleType
from ..types import UNSET, Unset

T = TypeVar("T", bound="EnterpriseOrganizationMember")


@_attrs_define(repr=False)
class EnterpriseOrganizationMember(CozeModel):
    """A member of an organization.

    Attributes:
        user_id (str): The member's Coze user id (UID).
        is_valid (bool | Unset): False when the member's Volcengine account has been deleted.
        avatar_url (str | Unset): URL of the member's avatar.
        created_at (int | Unset): When the member joined the organization, in unix seconds.
        people_type (EnterpriseOrganizationMemberPeopleType | Unset): The member's standing in the enterprise: employee
            or guest.
        user_nickname (str | Unset): The member's display name.
        user_unique_name (str | Unset): The member's Coze user name.
        organization_role_type (EnterpriseOrganizationRoleType | Unset): A role in an organization:
            organization_super_admin, organization_admin, organization_member or organization_guest.
    """

    user_id: str
    is_valid: bool | Unset = UNSET
    avatar_url: str | Unset = UNSET
    created_at: int | Unset = UNSET
    people_type: EnterpriseOrganizationMemberPeopleType | Unset = UNSET
    user_nickname: str | Unset = UNSET
    user_unique_name: str | Unset = UNSET
    organization_role_type: EnterpriseOrganizationRoleType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        is_valid = self.is_valid

        avatar_url = self.avatar_url

        created_at = self.created_at

        people_type: str | Unset = UNSET
        if not isinstance(self.people_type, Unset):
            people_type = self.people_type.value

        user_nickname = self.user_nickname

        user_unique_name = self.user_unique_name

        organization_role_type: str | Unset = UNSET
        if not isinstance(self.organization_role_type, Unset):
            organization_role_type = self.organization_role_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
            }
        )
        if is_valid is not UNSET:
            field_dict["is_valid"] = is_valid
        if avatar_url is not UNSET:
            field_dict["avatar_url"] = avatar_url
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if people_type is not UNSET:
            field_dict["people_type"] = people_type
        if user_nickname is not UNSET:
            field_dict["user_nickname"] = user_nickname
        if user_unique_name is not UNSET:
            field_dict["user_unique_name"] = user_unique_name
        if organization_role_type is not UNSET:
            field_dict["organization_role_type"] = organization_role_type

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.user_id = get("user_id")
        instance.is_valid = UNSET if (value := get("is_valid")) is None else value
        instance.avatar_url = UNSET if (value := get("avatar_url")) is None else value
        instance.created_at = UNSET if (value := get("created_at")) is None else value
        instance.user_nickname = UNSET if (value := get("user_nickname")) is None else value
        instance.user_unique_name = UNSET if (value := get("user_unique_name")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        _user_id_raw = d.pop("user_id", None)
        user_id = _user_id_raw

        is_valid = d.pop("is_valid", UNSET)

        avatar_url = d.pop("avatar_url", UNSET)

        created_at = d.pop("created_at", UNSET)

        _people_type = d.pop("people_type", UNSET)
        people_type: EnterpriseOrganizationMemberPeopleType | Unset
        if isinstance(_people_type, Unset):
            people_type = UNSET
        else:
            people_type = EnterpriseOrganizationMemberPeopleType(_people_type)

        user_nickname = d.pop("user_nickname", UNSET)

        user_unique_name = d.pop("user_unique_name", UNSET)

        _organization_role_type = d.pop("organization_role_type", UNSET)
        organization_role_type: EnterpriseOrganizationRoleType | Unset
        if isinstance(_organization_role_type, Unset):
            organization_role_type = UNSET
        else:
            organization_role_type = EnterpriseOrganizationRoleType(_organization_role_type)

        enterprise_organization_member = cls(
            user_id=user_id,
            is_valid=is_valid,
            avatar_url=avatar_url,
            created_at=created_at,
            people_type=people_type,
            user_nickname=user_nickname,
            user_unique_name=user_unique_name,
            organization_role_type=organization_role_type,
        )

        enterprise_organization_member.additional_properties = d
        return enterprise_organization_member

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
