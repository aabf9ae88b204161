from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audio_live_stream_info import AudioLiveStreamInfo


T = TypeVar("T", bound="AudioLiveInfo")


@_attrs_define(repr=False)
class AudioLiveInfo(CozeModel):
    """A live session and its streams.

    Attributes:
        app_id (str | Unset): The RTC application id.
        stream_infos (list[AudioLiveStreamInfo] | Unset): The streams of the session.
    """

    app_id: str | Unset = UNSET
    stream_infos: list[AudioLiveStreamInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        stream_infos: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.stream_infos, Unset):
            stream_infos = []
            for stream_infos_item_data in self.stream_infos:
                stream_infos_item = stream_infos_item_data.to_dict()
                stream_infos.append(stream_infos_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if stream_infos is not UNSET:
            field_dict["stream_infos"] = stream_infos

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.app_id = UNSET if (value := get("app_id")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audio_live_stream_info import AudioLiveStreamInfo  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        app_id = d.pop("app_id", UNSET)

        _stream_infos = d.pop("stream_infos", UNSET)
        stream_infos: list[AudioLiveStreamInfo] | Unset = UNSET
        if _stream_infos is not UNSET:
            stream_infos = []
            for stream_infos_item_data in _stream_infos:
                stream_infos_item = AudioLiveStreamInfo.from_dict(stream_infos_item_data)

                stream_infos.append(stream_infos_item)

        audio_live_info = cls(
            app_id=app_id,
            stream_infos=stream_infos,
        )

        audio_live_info.additional_properties = d
        return audio_live_info

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
