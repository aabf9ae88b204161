from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._model import CozeModel
from ..models.audio_voices_clone_request_audio_format import AudioVoicesCloneRequestAudioFormat
from ..models.voice_language import VoiceLanguage
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="AudioVoicesCloneRequest")


@_attrs_define(repr=False)
class AudioVoicesCloneRequest(CozeModel):
    """Multipart body of audio_voices_clone.

    Attributes:
        file (File): The voice sample, at most 10 MB; 10 to 30 seconds of one speaker works best.
        voice_name (str): Name of the voice, at most 128 bytes.
        audio_format (AudioVoicesCloneRequestAudioFormat): Format of the uploaded sample; pcm must be 24 kHz mono.
        language (VoiceLanguage | Unset): A language code accepted for voice cloning.
        voice_id (str | Unset): A previously cloned voice to retrain in place; omit to create a new voice.
        preview_text (str | Unset): Text for the preview audio generated after cloning; the server uses a stock sentence
            when omitted.
        text (str | Unset): Transcript of the sample, at most 1024 bytes; a large mismatch fails with code 1109.
        space_id (str | Unset): Workspace to store the voice in; the server default is the caller's personal workspace.
        description (str | Unset): Free-text description of the voice.
    """

    file: File
    voice_name: str
    audio_format: AudioVoicesCloneRequestAudioFormat
    language: VoiceLanguage | Unset = UNSET
    voice_id: str | Unset = UNSET
    preview_text: str | Unset = UNSET
    text: str | Unset = UNSET
    space_id: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        voice_name = self.voice_name

        audio_format = self.audio_format.value

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.value

        voice_id = self.voice_id

        preview_text = self.preview_text

        text = self.text

        space_id = self.space_id

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
                "voice_name": voice_name,
                "audio_format": audio_format,
            }
        )
        if language is not UNSET:
            field_dict["language"] = language
        if voice_id is not UNSET:
            field_dict["voice_id"] = voice_id
        if preview_text is not UNSET:
            field_dict["preview_text"] = preview_text
        if text is not UNSET:
            field_dict["text"] = text
        if space_id is not UNSET:
            field_dict["space_id"] = space_id
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        files.append(("voice_name", (None, str(self.voice_name).encode(), "text/plain")))

        files.append(("audio_format", (None, str(self.audio_format.value).encode(), "text/plain")))

        if not isinstance(self.language, Unset):
            files.append(("language", (None, str(self.language.value).encode(), "text/plain")))

        if not isinstance(self.voice_id, Unset):
            files.append(("voice_id", (None, str(self.voice_id).encode(), "text/plain")))

        if not isinstance(self.preview_text, Unset):
            files.append(("preview_text", (None, str(self.preview_text).encode(), "text/plain")))

        if not isinstance(self.text, Unset):
            files.append(("text", (None, str(self.text).encode(), "text/plain")))

        if not isinstance(self.space_id, Unset):
            files.append(("space_id", (None, str(self.space_id).encode(), "text/plain")))

        if not isinstance(self.description, Unset):
            files.append(("description", (None, str(self.description).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.voice_name = get("voice_name")
        instance.voice_id = UNSET if (value := get("voice_id")) is None else value
        instance.preview_text = UNSET if (value := get("preview_text")) is None else value
        instance.text = UNSET if (value := get("text")) is None else value
        instance.space_id = UNSET if (value := get("space_id")) is None else value
        instance.description = UNSET if (value := get("description")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        _file_raw = d.pop("file", None)
        file: Any
        if _file_raw is None:
            file = None
        else:
            file = File(payload=BytesIO(_file_raw))

        _voice_name_raw = d.pop("voice_name", None)
        voice_name = _voice_name_raw

        _audio_format_raw = d.pop("audio_format", None)
        audio_format: Any
        if _audio_format_raw is None:
            audio_format = None
        else:
            audio_format = AudioVoicesCloneRequestAudioFormat(_audio_format_raw)

        _language = d.pop("language", UNSET)
        language: VoiceLanguage | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = VoiceLanguage(_language)

        voice_id = d.pop("voice_id", UNSET)

        preview_text = d.pop("preview_text", UNSET)

        text = d.pop("text", UNSET)

        space_id = d.pop("space_id", UNSET)

        description = d.pop("description", UNSET)

        audio_voices_clone_request = cls(
            file=file,
            voice_name=voice_name,
            audio_format=audio_format,
            language=language,
            voice_id=voice_id,
            preview_text=preview_text,
            text=text,
            space_id=space_id,
            description=description,
        )

        audio_voices_clone_request.additional_properties = d
        return audio_voices_clone_request

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
