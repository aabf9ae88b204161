from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..models.enterprise_member_role import EnterpriseMemberRole

T = TypeVar("T", bound="EnterprisesMembersUpdateRequest")


@_attrs_define(repr=False)
class EnterprisesMembersUpdateRequest(CozeModel):
    """Body of enterprises_members_update.

    Attributes:
        role (EnterpriseMemberRole): A role in the enterprise: enterprise_admin or enterprise_member.
    """

    role: EnterpriseMemberRole
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role = self.role.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        _role_raw = d.pop("role", None)
        role: Any
        if _role_raw is None:
            role = None
        else:
            role = EnterpriseMemberRole(_role_raw)

        enterprises_members_update_request = cls(
            role=role,
        )

        enterprises_members_update_request.additional_properties = d
        return enterprises_members_update_request

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
