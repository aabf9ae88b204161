from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..models.audio_live_type import AudioLiveType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AudioLiveStreamInfo")


@_attrs_define(repr=False)
class AudioLiveStreamInfo(CozeModel):
    """One stream of a live session.

    Attributes:
        stream_id (str): The stream id.
        name (str | Unset): Display name of the stream.
        live_type (AudioLiveType | Unset): Kind of a live stream, the original audio or a translation.
    """

    stream_id: str
    name: str | Unset = UNSET
    live_type: AudioLiveType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stream_id = self.stream_id

        name = self.name

        live_type: str | Unset = UNSET
        if not isinstance(self.live_type, Unset):
            live_type = self.live_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stream_id": stream_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if live_type is not UNSET:
            field_dict["live_type"] = live_type

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.stream_id = get("stream_id")
        instance.name = UNSET if (value := get("name")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        _stream_id_raw = d.pop("stream_id", None)
        stream_id = _stream_id_raw

        name = d.pop("name", UNSET)

        _live_type = d.pop("live_type", UNSET)
        live_type: AudioLiveType | Unset
        if isinstance(_live_type, Unset):
            live_type = UNSET
        else:
            live_type = AudioLiveType(_live_type)

        audio_live_stream_info = cls(
            stream_id=stream_id,
            name=name,
            live_type=live_type,
        )

        audio_live_stream_info.additional_properties = d
        return audio_live_stream_info

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
