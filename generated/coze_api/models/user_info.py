from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserInfo")


@_attrs_define(repr=False)
class UserInfo(CozeModel):
    """A Coze user as shown on resources they created.

    Attributes:
        id (str): The Coze user id.
        name (str | Unset): The user name.
        nickname (str | Unset): The display name.
        avatar_url (str | Unset): URL of the user's avatar.
    """

    id: str
    name: str | Unset = UNSET
    nickname: str | Unset = UNSET
    avatar_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        nickname = self.nickname

        avatar_url = self.avatar_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if nickname is not UNSET:
            field_dict["nickname"] = nickname
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
        instance.id = get("id")
        instance.name = UNSET if (value := get("name")) is None else value
        instance.nickname = UNSET if (value := get("nickname")) is None else value
        instance.avatar_url = UNSET if (value := get("avatar_url")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        _id_raw = d.pop("id", None)
        id = _id_raw

        name = d.pop("name", UNSET)

        nickname = d.pop("nickname", UNSET)

        avatar_url = d.pop("avatar_url", UNSET)

        user_info = cls(
            id=id,
            name=name,
            nickname=nickname,
            avatar_url=avatar_url,
        )

        user_info.additional_properties = d
        return user_info

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
