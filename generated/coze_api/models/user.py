from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="User")


@_attrs_define(repr=False)
class User(CozeModel):
    """The Coze account behind the access token.

    Attributes:
        user_id (str): The Coze user id.
        user_name (str | Unset): The unique user name.
        nick_name (str | Unset): The display name.
        avatar_url (str | Unset): URL of the user's avatar.
    """

    user_id: str
    user_name: str | Unset = UNSET
    nick_name: str | Unset = UNSET
    avatar_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        user_name = self.user_name

        nick_name = self.nick_name

        avatar_url = self.avatar_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
            }
        )
        if user_name is not UNSET:
            field_dict["user_name"] = user_name
        if nick_name is not UNSET:
            field_dict["nick_name"] = nick_name
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
        instance.user_name = UNSET if (value := get("user_name")) is None else value
        instance.nick_name = UNSET if (value := get("nick_name")) is None else value
        instance.avatar_url = UNSET if (value := get("avatar_url")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        _user_id_raw = d.pop("user_id", None)
        user_id = _user_id_raw

        user_name = d.pop("user_name", UNSET)

        nick_name = d.pop("nick_name", UNSET)

        avatar_url = d.pop("avatar_url", UNSET)

        user = cls(
            user_id=user_id,
            user_name=user_name,
            nick_name=nick_name,
            avatar_url=avatar_url,
        )

        user.additional_properties = d
        return user

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
