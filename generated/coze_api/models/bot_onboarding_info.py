from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="BotOnboardingInfo")


@_attrs_define(repr=False)
class BotOnboardingInfo(CozeModel):
    """What the bot shows when a conversation starts.

    Attributes:
        prologue (str | Unset): Opening message, up to 300 characters; a {{user_name}} placeholder is left for the
            caller to fill.
        suggested_questions (list[str] | Unset): Suggested first questions, up to 50 characters each.
    """

    prologue: str | Unset = UNSET
    suggested_questions: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prologue = self.prologue

        suggested_questions: list[str] | Unset = UNSET
        if not isinstance(self.suggested_questions, Unset):
            suggested_questions = self.suggested_questions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if prologue is not UNSET:
            field_dict["prologue"] = prologue
        if suggested_questions is not UNSET:
            field_dict["suggested_questions"] = suggested_questions

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.prologue = UNSET if (value := get("prologue")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        prologue = d.pop("prologue", UNSET)

        suggested_questions = cast(list[str], d.pop("suggested_questions", UNSET))

        bot_onboarding_info = cls(
            prologue=prologue,
            suggested_questions=suggested_questions,
        )

        bot_onboarding_info.additional_properties = d
        return bot_onboarding_info

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
