from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..models.workspace_new_member_role_type import WorkspaceNewMemberRoleType

T = TypeVar("T", bound="WorkspaceNewMember")


@_attrs_define(repr=False)
class WorkspaceNewMember(CozeModel):
    """A user to add to a workspace.

    Attributes:
        user_id (str): The Coze user id.
        role_type (WorkspaceNewMemberRoleType): The role to give; owner cannot be assigned.
    """

    user_id: str
    role_type: WorkspaceNewMemberRoleType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        role_type = self.role_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "role_type": role_type,
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
        get = src_dict.get
        instance.user_id = get("user_id")
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        _user_id_raw = d.pop("user_id", None)
        user_id = _user_id_raw

        _role_type_raw = d.pop("role_type", None)
        role_type: Any
        if _role_type_raw is None:
            role_type = None
        else:
            role_type = WorkspaceNewMemberRoleType(_role_type_raw)

        workspace_new_member = cls(
            user_id=user_id,
            role_type=role_type,
        )

        workspace_new_member.additional_properties = d
        return workspace_new_member

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
