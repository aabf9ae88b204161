from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel

T = TypeVar("T", bound="OAuthScopeBotChatAttribute")


@_attrs_define(repr=False)
class OAuthScopeBotChatAttribute(CozeModel):
    """The bots a channel token may chat with.

    Attributes:
        bot_id_list (list[str]): Ids of bots published as an API service.
    """

    bot_id_list: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bot_id_list = self.bot_id_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bot_id_list": bot_id_list,
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
        _bot_id_list_raw = d.pop("bot_id_list", None)
        bot_id_list: Any
        if _bot_id_list_raw is None:
            bot_id_list = None
        else:
            bot_id_list = cast(list[str], _bot_id_list_raw)

        o_auth_scope_bot_chat_attribute = cls(
            bot_id_list=bot_id_list,
        )

        o_auth_scope_bot_chat_attribute.additional_properties = d
        return o_auth_scope_bot_chat_attribute

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
