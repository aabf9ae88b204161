from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..models.bot_suggest_reply_info_reply_mode import BotSuggestReplyInfoReplyMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="BotSuggestReplyInfo")


@_attrs_define(repr=False)
class BotSuggestReplyInfo(CozeModel):
    """Whether the bot suggests follow-up questions after replying.

    Attributes:
        reply_mode (BotSuggestReplyInfoReplyMode | Unset): enable offers up to 3 suggestions, disable none, customized
            uses customized_prompt.
        customized_prompt (str | Unset): Prompt used to generate suggestions in customized mode.
    """

    reply_mode: BotSuggestReplyInfoReplyMode | Unset = UNSET
    customized_prompt: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reply_mode: str | Unset = UNSET
        if not isinstance(self.reply_mode, Unset):
            reply_mode = self.reply_mode.value

        customized_prompt = self.customized_prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reply_mode is not UNSET:
            field_dict["reply_mode"] = reply_mode
        if customized_prompt is not UNSET:
            field_dict["customized_prompt"] = customized_prompt

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.customized_prompt = UNSET if (value := get("customized_prompt")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        _reply_mode = d.pop("reply_mode", UNSET)
        reply_mode: BotSuggestReplyInfoReplyMode | Unset
        if isinstance(_reply_mode, Unset):
            reply_mode = UNSET
        else:
            reply_mode = BotSuggestReplyInfoReplyMode(_reply_mode)

        customized_prompt = d.pop("customized_prompt", UNSET)

        bot_suggest_reply_info = cls(
            reply_mode=reply_mode,
            customized_prompt=customized_prompt,
        )

        bot_suggest_reply_info.additional_properties = d
        return bot_suggest_reply_info

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
