from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..models.voice_emotion import VoiceEmotion
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.voice_emotion_interval import VoiceEmotionInterval


T = TypeVar("T", bound="VoiceEmotionInfo")


@_attrs_define(repr=False)
class VoiceEmotionInfo(CozeModel):
    """One emotion a voice supports.

    Attributes:
        emotion (VoiceEmotion | Unset): An emotion a multi-emotion voice can speak with.
        display_name (str | Unset): Human-readable name of the emotion.
        emotion_scale_interval (VoiceEmotionInterval | Unset): The allowed range of an emotion's strength.
    """

    emotion: VoiceEmotion | Unset = UNSET
    display_name: str | Unset = UNSET
    emotion_scale_interval: VoiceEmotionInterval | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        emotion: str | Unset = UNSET
        if not isinstance(self.emotion, Unset):
            emotion = self.emotion.value

        display_name = self.display_name

        emotion_scale_interval: dict[str, Any] | Unset = UNSET
        if not isinstance(self.emotion_scale_interval, Unset):
            emotion_scale_interval = self.emotion_scale_interval.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if emotion is not UNSET:
            field_dict["emotion"] = emotion
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if emotion_scale_interval is not UNSET:
            field_dict["emotion_scale_interval"] = emotion_scale_interval

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.display_name = UNSET if (value := get("display_name")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.voice_emotion_interval import VoiceEmotionInterval  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        _emotion = d.pop("emotion", UNSET)
        emotion: VoiceEmotion | Unset
        if isinstance(_emotion, Unset):
            emotion = UNSET
        else:
            emotion = VoiceEmotion(_emotion)

        display_name = d.pop("display_name", UNSET)

        _emotion_scale_interval = d.pop("emotion_scale_interval", UNSET)
        emotion_scale_interval: VoiceEmotionInterval | Unset
        if isinstance(_emotion_scale_interval, Unset):
            emotion_scale_interval = UNSET
        else:
            emotion_scale_interval = VoiceEmotionInterval.from_dict(_emotion_scale_interval)

        voice_emotion_info = cls(
            emotion=emotion,
            display_name=display_name,
            emotion_scale_interval=emotion_scale_interval,
        )

        voice_emotion_info.additional_properties = d
        return voice_emotion_info

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
