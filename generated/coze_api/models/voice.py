from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..models.voice_model_type import VoiceModelType
from ..models.voice_state import VoiceState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.voice_emotion_info import VoiceEmotionInfo


T = TypeVar("T", bound="Voice")


@_attrs_define(repr=False)
class Voice(CozeModel):
    """A system or cloned voice.

    Attributes:
        voice_id (str): The voice id.
        name (str | Unset): Name of the voice.
        state (VoiceState | Unset): The clone state of a voice; `all` is only meaningful as a list filter.
        model_type (VoiceModelType | Unset): The model family of a voice, large (`big`) or small.
        model_name (str | Unset): Name of the underlying speech model.
        is_system_voice (bool | Unset): Whether this is a built-in system voice rather than a cloned one.
        language_code (str | Unset): Language code of the voice, such as zh or en.
        language_name (str | Unset): Human-readable language name.
        preview_text (str | Unset): Text spoken in the preview audio.
        preview_audio (str | Unset): URL of a preview recording.
        available_training_times (int | Unset): How many more times the voice may be retrained (10 in total, counting
            the first clone).
        create_time (int | Unset): Creation time, unix seconds.
        update_time (int | Unset): Last update time, unix seconds.
        support_emotions (list[VoiceEmotionInfo] | Unset): Emotions the voice supports; only present for multi-emotion
            voices.
    """

    voice_id: str
    name: str | Unset = UNSET
    state: VoiceState | Unset = UNSET
    model_type: VoiceModelType | Unset = UNSET
    model_name: str | Unset = UNSET
    is_system_voice: bool | Unset = UNSET
    language_code: str | Unset = UNSET
    language_name: str | Unset = UNSET
    preview_text: str | Unset = UNSET
    preview_audio: str | Unset = UNSET
    available_training_times: int | Unset = UNSET
    create_time: int | Unset = UNSET
    update_time: int | Unset = UNSET
    support_emotions: list[VoiceEmotionInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        voice_id = self.voice_id

        name = self.name

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        model_type: str | Unset = UNSET
        if not isinstance(self.model_type, Unset):
            model_type = self.model_type.value

        model_name = self.model_name

        is_system_voice = self.is_system_voice

        language_code = self.language_code

        language_name = self.language_name

        preview_text = self.preview_text

        preview_audio = self.preview_audio

        available_training_times = self.available_training_times

        create_time = self.create_time

        update_time = self.update_time

        support_emotions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.support_emotions, Unset):
            support_emotions = []
            for support_emotions_item_data in self.support_emotions:
                support_emotions_item = support_emotions_item_data.to_dict()
                support_emotions.append(support_emotions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "voice_id": voice_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if state is not UNSET:
            field_dict["state"] = state
        if model_type is not UNSET:
            field_dict["model_type"] = model_type
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if is_system_voice is not UNSET:
            field_dict["is_system_voice"] = is_system_voice
        if language_code is not UNSET:
            field_dict["language_code"] = language_code
        if language_name is not UNSET:
            field_dict["language_name"] = language_name
        if preview_text is not UNSET:
            field_dict["preview_text"] = preview_text
        if preview_audio is not UNSET:
            field_dict["preview_audio"] = preview_audio
        if available_training_times is not UNSET:
            field_dict["available_training_times"] = available_training_times
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if update_time is not UNSET:
            field_dict["update_time"] = update_time
        if support_emotions is not UNSET:
            field_dict["support_emotions"] = support_emotions

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.voice_id = get("voice_id")
        instance.name = UNSET if (value := get("name")) is None else value
        instance.model_name = UNSET if (value := get("model_name")) is None else value
        instance.is_system_voice = UNSET if (value := get("is_system_voice")) is None else value
        instance.language_code = UNSET if (value := get("language_code")) is None else value
        instance.language_name = UNSET if (value := get("language_name")) is None else value
        instance.preview_text = UNSET if (value := get("preview_text")) is None else value
        instance.preview_audio = UNSET if (value := get("preview_audio")) is None else value
        instance.available_training_times = UNSET if (value := get("available_training_times")) is None else value
        instance.create_time = UNSET if (value := get("create_time")) is None else value
        instance.update_time = UNSET if (value := get("update_time")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.voice_emotion_info import VoiceEmotionInfo  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        _voice_id_raw = d.pop("voice_id", None)
        voice_id = _voice_id_raw

        name = d.pop("name", UNSET)

        _state = d.pop("state", UNSET)
        state: VoiceState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = VoiceState(_state)

        _model_type = d.pop("model_type", UNSET)
        model_type: VoiceModelType | Unset
        if isinstance(_model_type, Unset):
            model_type = UNSET
        else:
            model_type = VoiceModelType(_model_type)

        model_name = d.pop("model_name", UNSET)

        is_system_voice = d.pop("is_system_voice", UNSET)

        language_code = d.pop("language_code", UNSET)

        language_name = d.pop("language_name", UNSET)

        preview_text = d.pop("preview_text", UNSET)

        preview_audio = d.pop("preview_audio", UNSET)

        available_training_times = d.pop("available_training_times", UNSET)

        create_time = d.pop("create_time", UNSET)

        update_time = d.pop("update_time", UNSET)

        _support_emotions = d.pop("support_emotions", UNSET)
        support_emotions: list[VoiceEmotionInfo] | Unset = UNSET
        if _support_emotions is not UNSET:
            support_emotions = []
            for support_emotions_item_data in _support_emotions:
                support_emotions_item = VoiceEmotionInfo.from_dict(support_emotions_item_data)

                support_emotions.append(support_emotions_item)

        voice = cls(
            voice_id=voice_id,
            name=name,
            state=state,
            model_type=model_type,
            model_name=model_name,
            is_system_voice=is_system_voice,
            language_code=language_code,
            language_name=language_name,
            preview_text=preview_text,
            preview_audio=preview_audio,
            available_training_times=available_training_times,
            create_time=create_time,
            update_time=update_time,
            support_emotions=support_emotions,
        )

        voice.additional_properties = d
        return voice

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
