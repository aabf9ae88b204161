from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="BotPrefixPromptInfo")


@_attrs_define(repr=False)
class BotPrefixPromptInfo(CozeModel):
    """The prompt split into a cached and a per-request part, used when prefix caching is on.

    Attributes:
        prefix_prompt (str | Unset): Stable instructions that the model may cache and reuse.
        dynamic_prompt (str | Unset): Per-request text that is never cached.
    """

    prefix_prompt: str | Unset = UNSET
    dynamic_prompt: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prefix_prompt = self.prefix_prompt

        dynamic_prompt = self.dynamic_prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if prefix_prompt is not UNSET:
            field_dict["prefix_prompt"] = prefix_prompt
        if dynamic_prompt is not UNSET:
            field_dict["dynamic_prompt"] = dynamic_prompt

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.prefix_prompt = UNSET if (value := get("prefix_prompt")) is None else value
        instance.dynamic_prompt = UNSET if (value := get("dynamic_prompt")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        prefix_prompt = d.pop("prefix_prompt", UNSET)

        dynamic_prompt = d.pop("dynamic_prompt", UNSET)

        bot_prefix_prompt_info = cls(
            prefix_prompt=prefix_prompt,
            dynamic_prompt=dynamic_prompt,
        )

        bot_prefix_prompt_info.additional_properties = d
        return bot_prefix_prompt_info

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
