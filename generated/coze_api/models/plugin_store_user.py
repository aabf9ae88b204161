from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="PluginStoreUser")


@_attrs_define(repr=False)
class PluginStoreUser(CozeModel):
    """The developer who published a store plugin.

    Attributes:
        user_id (int | str | Unset): The developer's Coze user id (the docs type it as a 64-bit number).
        nick_name (str | Unset): The developer's display name.
        user_name (str | Unset): The developer's Coze user name.
        avatar_url (str | Unset): URL of the developer's avatar.
    """

    user_id: int | str | Unset = UNSET
    nick_name: str | Unset = UNSET
    user_name: str | Unset = UNSET
    avatar_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id: int | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        nick_name = self.nick_name

        user_name = self.user_name

        avatar_url = self.avatar_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if nick_name is not UNSET:
            field_dict["nick_name"] = nick_name
        if user_name is not UNSET:
            field_dict["user_name"] = user_name
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
        instance.nick_name = UNSET if (value := get("nick_name")) is None else value
        instance.user_name = UNSET if (value := get("user_name")) is None else value
        instance.avatar_url = UNSET if (value := get("avatar_url")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}

        def _parse_user_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        nick_name = d.pop("nick_name", UNSET)

        user_name = d.pop("user_name", UNSET)

        avatar_url = d.pop("avatar_url", UNSET)

        plugin_store_user = cls(
            user_id=user_id,
            nick_name=nick_name,
            user_name=user_name,
            avatar_url=avatar_url,
        )

        plugin_store_user.additional_properties = d
        return plugin_store_user

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
