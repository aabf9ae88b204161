from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..models.room_audio_config_codec import RoomAudioConfigCodec
from ..types import UNSET, Unset

T = TypeVar("T", bound="RoomAudioConfig")


@_attrs_define(repr=False)
class RoomAudioConfig(CozeModel):
    """Audio settings of a room.

    Attributes:
        codec (RoomAudioConfigCodec | Unset): Audio codec; the server default is OPUS.
    """

    codec: RoomAudioConfigCodec | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        codec: str | Unset = UNSET
        if not isinstance(self.codec, Unset):
            codec = self.codec.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if codec is not UNSET:
            field_dict["codec"] = codec

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        _codec = d.pop("codec", UNSET)
        codec: RoomAudioConfigCodec | Unset
        if isinstance(_codec, Unset):
            codec = UNSET
        else:
            codec = RoomAudioConfigCodec(_codec)

        room_audio_config = cls(
            codec=codec,
        )

        room_audio_config.additional_properties = d
        return room_audio_config

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
