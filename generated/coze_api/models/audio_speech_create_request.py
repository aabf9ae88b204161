from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..models.audio_speech_create_request_response_format import AudioSpeechCreateRequestResponseFormat
from ..models.audio_speech_create_request_sample_rate import AudioSpeechCreateRequestSampleRate
from ..models.voice_emotion import VoiceEmotion
from ..types import UNSET, Unset

T = TypeVar("T", bound="AudioSpeechCreateRequest")


@_attrs_define(repr=False)
class AudioSpeechCreateRequest(CozeModel):
    """Body of audio_speech_create.

    Attributes:
        input_ (str): The text to speak, at most 1024 bytes of UTF-8.
        voice_id (str): The voice to speak with, as returned by the voice list.
        response_format (AudioSpeechCreateRequestResponseFormat | Unset): Audio encoding of the result; the server
            default is mp3.
        speed (float | Unset): Speaking rate multiplier, 0.2 to 3 for small-model voices and 0.5 to 2 for large-model
            voices; the server default is 1.
        sample_rate (AudioSpeechCreateRequestSampleRate | Unset): Sample rate of the result in Hz; the server default is
            24000.
        emotion (VoiceEmotion | Unset): An emotion a multi-emotion voice can speak with.
        emotion_scale (float | Unset): Strength of the emotion, 1.0 to 5.0; the server default is 4.0.
        loudness_rate (int | Unset): Volume change in percent, -50 (half) to 100 (double); the server default is 0.
        context_texts (str | Unset): Free-text speaking instructions (mood, dialect, tone); only honoured by newer
            large-model voices.
    """

    input_: str
    voice_id: str
    response_format: AudioSpeechCreateRequestResponseFormat | Unset = UNSET
    speed: float | Unset = UNSET
    sample_rate: AudioSpeechCreateRequestSampleRate | Unset = UNSET
    emotion: VoiceEmotion | Unset = UNSET
    emotion_scale: float | Unset = UNSET
    loudness_rate: int | Unset = UNSET
    context_texts: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_ = self.input_

        voice_id = self.voice_id

        response_format: str | Unset = UNSET
        if not isinstance(self.response_format, Unset):
            response_format = self.response_format.value

        speed = self.speed

        sample_rate: int | Unset = UNSET
        if not isinstance(self.sample_rate, Unset):
            sample_rate = self.sample_rate.value

        emotion: str | Unset = UNSET
        if not isinstance(self.emotion, Unset):
            emotion = self.emotion.value

        emotion_scale = self.emotion_scale

        loudness_rate = self.loudness_rate

        context_texts = self.context_texts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input": input_,
                "voice_id": voice_id,
            }
        )
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if speed is not UNSET:
            field_dict["speed"] = speed
        if sample_rate is not UNSET:
            field_dict["sample_rate"] = sample_rate
        if emotion is not UNSET:
            field_dict["emotion"] = emotion
        if emotion_scale is not UNSET:
            field_dict["emotion_scale"] = emotion_scale
        if loudness_rate is not UNSET:
            field_dict["loudness_rate"] = loudness_rate
        if context_texts is not UNSET:
            field_dict["context_texts"] = context_texts

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.input_ = get("input")
        instance.voice_id = get("voice_id")
        instance.speed = UNSET if (value := get("speed")) is None else value
        instance.emotion_scale = UNSET if (value := get("emotion_scale")) is None else value
        instance.loudness_rate = UNSET if (value := get("loudness_rate")) is None else value
        instance.context_texts = UNSET if (value := get("context_texts")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        _input__raw = d.pop("input", None)
        input_ = _input__raw

        _voice_id_raw = d.pop("voice_id", None)
        voice_id = _voice_id_raw

        _response_format = d.pop("response_format", UNSET)
        response_format: AudioSpeechCreateRequestResponseFormat | Unset
        if isinstance(_response_format, Unset):
            response_format = UNSET
        else:
            response_format = AudioSpeechCreateRequestResponseFormat(_response_format)

        speed = d.pop("speed", UNSET)

        _sample_rate = d.pop("sample_rate", UNSET)
        sample_rate: AudioSpeechCreateRequestSampleRate | Unset
        if isinstance(_sample_rate, Unset):
            sample_rate = UNSET
        else:
            sample_rate = AudioSpeechCreateRequestSampleRate(_sample_rate)

        _emotion = d.pop("emotion", UNSET)
        emotion: VoiceEmotion | Unset
        if isinstance(_emotion, Unset):
            emotion = UNSET
        else:
            emotion = VoiceEmotion(_emotion)

        emotion_scale = d.pop("emotion_scale", UNSET)

        loudness_rate = d.pop("loudness_rate", UNSET)

        context_texts = d.pop("context_texts", UNSET)

        audio_speech_create_request = cls(
            input_=input_,
            voice_id=voice_id,
            response_format=response_format,
            speed=speed,
            sample_rate=sample_rate,
            emotion=emotion,
            emotion_scale=emotion_scale,
            loudness_rate=loudness_rate,
            context_texts=context_texts,
        )

        audio_speech_create_request.additional_properties = d
        return audio_speech_create_request

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
