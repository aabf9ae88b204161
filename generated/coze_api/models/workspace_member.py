from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..models.workspace_role_type import WorkspaceRoleType
from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkspaceMember")


@_attrs_define(repr=False)
class WorkspaceMember(CozeModel):
    """A member of a workspace.

    Attributes:
        user_id (str): The Coze user id.
        role_type (WorkspaceRoleType | Unset): A user's role in a workspace.
        user_nickname (str | Unset): The display name.
        user_unique_name (str | Unset): The unique user name.
        avatar_url (str | Unset): URL of the user's avatar.
    """

    user_id: str
    role_type: WorkspaceRoleType | Unset = UNSET
    user_nickname: str | Unset = UNSET
    user_unique_name: str | Unset = UNSET
    avatar_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        role_type: str | Unset = UNSET
        if not isinstance(self.role_type, Unset):
            role_type = self.role_type.value

        user_nickname = self.user_nickname

        user_unique_name = self.user_unique_name

        avatar_url = self.avatar_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
            }
        )
        if role_type is not UNSET:
            field_dict["role_type"] = role_type
        if user_nickname is not UNSET:
            field_dict["user_nickname"] = user_nickname
        if user_unique_name is not UNSET:
            field_dict["user_unique_name"] = user_unique_name
        if avatar_url is not UNSET:
            field_dict["avatar_url"] = avatar_url

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
        instance.user_nickname = UNSET if (value := get("user_nickname")) is None else value
        instance.user_unique_name = UNSET if (value := get("user_unique_name")) is None else value
        instance.avatar_url = UNSET if (value := get("avatar_url")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        _user_id_raw = d.pop("user_id", None)
        user_id = _user_id_raw

        _role_type = d.pop("role_type", UNSET)
        role_type: WorkspaceRoleType | Unset
        if isinstance(_role_type, Unset):
            role_type = UNSET
        else:
            role_type = WorkspaceRoleType(_role_type)

        user_nickname = d.pop("user_nickname", UNSET)

        user_unique_name = d.pop("user_unique_name", UNSET)

        avatar_url = d.pop("avatar_url", UNSET)

        workspace_member = cls(
            user_id=user_id,
            role_type=role_type,
            user_nickname=user_nickname,
            user_unique_name=user_unique_name,
            avatar_url=avatar_url,
        )

        workspace_member.additional_properties = d
        return workspace_member

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
