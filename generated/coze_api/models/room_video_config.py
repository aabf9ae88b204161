from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..models.room_video_config_codec import RoomVideoConfigCodec
from ..models.room_video_config_stream_video_type import RoomVideoConfigStreamVideoType
from ..types import UNSET, Unset

T = TypeVar("T", bound="RoomVideoConfig")


@_attrs_define(repr=False)
class RoomVideoConfig(CozeModel):
    """Video settings of a room; captured frames are fed to a vision model.

    Attributes:
        codec (RoomVideoConfigCodec | Unset): Video codec; the server default is H264.
        stream_video_type (RoomVideoConfigStreamVideoType | Unset): Which stream to capture, the camera (`main`) or
            screen sharing (`screen`).
        video_frame_rate (int | Unset): Frames captured per second, 1 to 24; the server default is 1.
        video_frame_expire_duration (int | Unset): Seconds of frames before the user starts speaking to include, 1 to
            10; the server default is 1.
    """

    codec: RoomVideoConfigCodec | Unset = UNSET
    stream_video_type: RoomVideoConfigStreamVideoType | Unset = UNSET
    video_frame_rate: int | Unset = UNSET
    video_frame_expire_duration: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        codec: str | Unset = UNSET
        if not isinstance(self.codec, Unset):
            codec = self.codec.value

        stream_video_type: str | Unset = UNSET
        if not isinstance(self.stream_video_type, Unset):
            stream_video_type = self.stream_video_type.value

        video_frame_rate = self.video_frame_rate

        video_frame_expire_duration = self.video_frame_expire_duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if codec is not UNSET:
            field_dict["codec"] = codec
        if stream_video_type is not UNSET:
            field_dict["stream_video_type"] = stream_video_type
        if video_frame_rate is not UNSET:
            field_dict["video_frame_rate"] = video_frame_rate
        if video_frame_expire_duration is not UNSET:
            field_dict["video_frame_expire_duration"] = video_frame_expire_duration

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.video_frame_rate = UNSET if (value := get("video_frame_rate")) is None else value
        instance.video_frame_expire_duration = UNSET if (value := get("video_frame_expire_duration")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        _codec = d.pop("codec", UNSET)
        codec: RoomVideoConfigCodec | Unset
        if isinstance(_codec, Unset):
            codec = UNSET
        else:
            codec = RoomVideoConfigCodec(_codec)

        _stream_video_type = d.pop("stream_video_type", UNSET)
        stream_video_type: RoomVideoConfigStreamVideoType | Unset
        if isinstance(_stream_video_type, Unset):
            stream_video_type = UNSET
        else:
            stream_video_type = RoomVideoConfigStreamVideoType(_stream_video_type)

        video_frame_rate = d.pop("video_frame_rate", UNSET)

        video_frame_expire_duration = d.pop("video_frame_expire_duration", UNSET)

        room_video_config = cls(
            codec=codec,
            stream_video_type=stream_video_type,
            video_frame_rate=video_frame_rate,
            video_frame_expire_duration=video_frame_expire_duration,
        )

        room_video_config.additional_properties = d
        return room_video_config

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
