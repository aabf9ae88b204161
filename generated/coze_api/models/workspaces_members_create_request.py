from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel

if TYPE_CHECKING:
    from ..models.workspace_new_member import WorkspaceNewMember


T = TypeVar("T", bound="WorkspacesMembersCreateRequest")


@_attrs_define(repr=False)
class WorkspacesMembersCreateRequest(CozeModel):
    """Body of workspaces_members_create.

    Attributes:
        users (list[WorkspaceNewMember]): The users to add, at most 20.
    """

    users: list[WorkspaceNewMember]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        users = []
        for users_item_data in self.users:
            users_item = users_item_data.to_dict()
            users.append(users_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "users": users,
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
        from ..models.workspace_new_member import WorkspaceNewMember  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        _users_raw = d.pop("users", None)
        users: Any
        if _users_raw is None:
            users = None
        else:
            users = []
            _users = _users_raw
            for users_item_data in _users:
                users_item = WorkspaceNewMember.from_dict(users_item_data)

                users.append(users_item)

        workspaces_members_create_request = cls(
            users=users,
        )

        workspaces_members_create_request.additional_properties = d
        return workspaces_members_create_request

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
