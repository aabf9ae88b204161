from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="BotMediaConfig")


@_attrs_define(repr=False)
class BotMediaConfig(CozeModel):
    """Voice call settings of a bot.

    Attributes:
        is_voice_call_closed (bool | Unset): True if voice calls are turned off; false by default.
    """

    is_voice_call_closed: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_voice_call_closed = self.is_voice_call_closed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_voice_call_closed is not UNSET:
            field_dict["is_voice_call_closed"] = is_voice_call_closed

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.is_voice_call_closed = UNSET if (value := get("is_voice_call_closed")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        is_voice_call_closed = d.pop("is_voice_call_closed", UNSET)

        bot_media_config = cls(
            is_voice_call_closed=is_voice_call_closed,
        )

        bot_media_config.additional_properties = d
        return bot_media_config

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
