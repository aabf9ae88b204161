from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="VoiceEmotionInterval")


@_attrs_define(repr=False)
class VoiceEmotionInterval(CozeModel):
    """The allowed range of an emotion's strength.

    Attributes:
        min_ (float | Unset): Lowest strength.
        max_ (float | Unset): Highest strength.
        default (float | Unset): Strength used when none is given.
    """

    min_: float | Unset = UNSET
    max_: float | Unset = UNSET
    default: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        min_ = self.min_

        max_ = self.max_

        default = self.default

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if min_ is not UNSET:
            field_dict["min"] = min_
        if max_ is not UNSET:
            field_dict["max"] = max_
        if default is not UNSET:
            field_dict["default"] = default

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.min_ = UNSET if (value := get("min")) is None else value
        instance.max_ = UNSET if (value := get("max")) is None else value
        instance.default = UNSET if (value := get("default")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        min_ = d.pop("min", UNSET)

        max_ = d.pop("max", UNSET)

        default = d.pop("default", UNSET)

        voice_emotion_interval = cls(
            min_=min_,
            max_=max_,
            default=default,
        )

        voice_emotion_interval.additional_properties = d
        return voice_emotion_interval

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
