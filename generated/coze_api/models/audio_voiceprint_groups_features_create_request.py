from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._model import CozeModel
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="AudioVoiceprintGroupsFeaturesCreateRequest")


@_attrs_define(repr=False)
class AudioVoiceprintGroupsFeaturesCreateRequest(CozeModel):
    """Multipart body of audio_voiceprint_groups_features_create.

    Attributes:
        file (File): A recording of one speaker, wav or pcm (16 kHz, mono, 16-bit), at most 4 MB.
        name (str): Name of the voiceprint.
        desc (str | Unset): Description of the voiceprint.
        sample_rate (int | Unset): Sample rate of a pcm recording in Hz; the server default is 16000.
        channel (int | Unset): Channel count of a pcm recording; the server default is 1 (mono).
    """

    file: File
    name: str
    desc: str | Unset = UNSET
    sample_rate: int | Unset = UNSET
    channel: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        name = self.name

        desc = self.desc

        sample_rate = self.sample_rate

        channel = self.channel

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
                "name": name,
            }
        )
        if desc is not UNSET:
            field_dict["desc"] = desc
        if sample_rate is not UNSET:
            field_dict["sample_rate"] = sample_rate
        if channel is not UNSET:
            field_dict["channel"] = channel

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.desc, Unset):
            files.append(("desc", (None, str(self.desc).encode(), "text/plain")))

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
        instance.name = get("name")
        instance.desc = UNSET if (value := get("desc")) is None else value
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

        _name_raw = d.pop("name", None)
        name = _name_raw

        desc = d.pop("desc", UNSET)

        sample_rate = d.pop("sample_rate", UNSET)

        channel = d.pop("channel", UNSET)

        audio_voiceprint_groups_features_create_request = cls(
            file=file,
            name=name,
            desc=desc,
            sample_rate=sample_rate,
            channel=channel,
        )

        audio_voiceprint_groups_features_create_request.additional_properties = d
        return audio_voiceprint_groups_features_create_request

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
