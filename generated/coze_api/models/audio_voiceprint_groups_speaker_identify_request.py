from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._model import CozeModel
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="AudioVoiceprintGroupsSpeakerIdentifyRequest")


@_attrs_define(repr=False)
class AudioVoiceprintGroupsSpeakerIdentifyRequest(CozeModel):
    """Multipart body of audio_voiceprint_groups_speaker_identify.

    Attributes:
        file (File): The voice sample, wav or pcm (16 kHz, mono, 16-bit), at most 4 MB.
        top_k (int | Unset): Return only the k best matches; all matches are returned when omitted.
        sample_rate (int | Unset): Sample rate of a pcm sample in Hz; the server default is 16000.
        channel (int | Unset): Channel count of a pcm sample; the server default is 1 (mono).
    """

    file: File
    top_k: int | Unset = UNSET
    sample_rate: int | Unset = UNSET
    channel: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        top_k = self.top_k

        sample_rate = self.sample_rate

        channel = self.channel

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
            }
        )
        if top_k is not UNSET:
            field_dict["top_k"] = top_k
        if sample_rate is not UNSET:
            field_dict["sample_rate"] = sample_rate
        if channel is not UNSET:
            field_dict["channel"] = channel

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        if not isinstance(self.top_k, Unset):
            files.append(("top_k", (None, str(self.top_k).encode(), "text/plain")))

        if not isinstance(self.sample_rate, Unset):
            files.append(("sample_rate", (None, str(self.sample_rate).encode(), "text/plain")))

        if not isinstance(self.channel, Unset):
            files.append(("channel", (None, str(self.channel).encode(), "text/plain")))

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
        instance.top_k = UNSET if (value := get("top_k")) is None else value
        instance.sample_rate = UNSET if (value := get("sample_rate")) is None else value
        instance.channel = UNSET if (value := get("channel")) is None else value
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

        top_k = d.pop("top_k", UNSET)

        sample_rate = d.pop("sample_rate", UNSET)

        channel = d.pop("channel", UNSET)

        audio_voiceprint_groups_speaker_identify_request = cls(
            file=file,
            top_k=top_k,
            sample_rate=sample_rate,
            channel=channel,
        )

        audio_voiceprint_groups_speaker_identify_request.additional_properties = d
        return audio_voiceprint_groups_speaker_identify_request

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
