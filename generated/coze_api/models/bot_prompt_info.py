from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..models.bot_prompt_info_prompt_mode import BotPromptInfoPromptMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bot_prefix_prompt_info import BotPrefixPromptInfo


T = TypeVar("T", bound="BotPromptInfo")


@_attrs_define(repr=False)
class BotPromptInfo(CozeModel):
    """The bot's persona and reply logic (system prompt).

    Attributes:
        prompt (str | Unset): The prompt text, up to 20,000 characters; not used in prefix mode.
        prompt_mode (BotPromptInfoPromptMode | Unset): standard (server default) uses prompt; prefix splits the prompt
            for prefix caching.
        prefix_prompt_info (BotPrefixPromptInfo | Unset): The prompt split into a cached and a per-request part, used
            when prefix caching is on.
    """

    prompt: str | Unset = UNSET
    prompt_mode: BotPromptInfoPromptMode | Unset = UNSET
    prefix_prompt_info: BotPrefixPromptInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        prompt_mode: str | Unset = UNSET
        if not isinstance(self.prompt_mode, Unset):
            prompt_mode = self.prompt_mode.value

        prefix_prompt_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prefix_prompt_info, Unset):
            prefix_prompt_info = self.prefix_prompt_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if prompt_mode is not UNSET:
            field_dict["prompt_mode"] = prompt_mode
        if prefix_prompt_info is not UNSET:
            field_dict["prefix_prompt_info"] = prefix_prompt_info

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.prompt = UNSET if (value := get("prompt")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bot_prefix_prompt_info import BotPrefixPromptInfo  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        prompt = d.pop("prompt", UNSET)

        _prompt_mode = d.pop("prompt_mode", UNSET)
        prompt_mode: BotPromptInfoPromptMode | Unset
        if isinstance(_prompt_mode, Unset):
            prompt_mode = UNSET
        else:
            prompt_mode = BotPromptInfoPromptMode(_prompt_mode)

        _prefix_prompt_info = d.pop("prefix_prompt_info", UNSET)
        prefix_prompt_info: BotPrefixPromptInfo | Unset
        if isinstance(_prefix_prompt_info, Unset):
            prefix_prompt_info = UNSET
        else:
            prefix_prompt_info = BotPrefixPromptInfo.from_dict(_prefix_prompt_info)

        bot_prompt_info = cls(
            prompt=prompt,
            prompt_mode=prompt_mode,
            prefix_prompt_info=prefix_prompt_info,
        )

        bot_prompt_info.additional_properties = d
        return bot_prompt_info

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
