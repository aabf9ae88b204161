from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..models.room_mode import RoomMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.room_audio_config import RoomAudioConfig
    from ..models.room_translate_config import RoomTranslateConfig
    from ..models.room_turn_detection import RoomTurnDetection
    from ..models.room_video_config import RoomVideoConfig


T = TypeVar("T", bound="RoomConfig")


@_attrs_define(repr=False)
class RoomConfig(CozeModel):
    """Audio, video and behaviour settings of a room.

    Attributes:
        room_mode (RoomMode | Unset): How the bot behaves in a room.
        audio_config (RoomAudioConfig | Unset): Audio settings of a room.
        video_config (RoomVideoConfig | Unset): Video settings of a room; captured frames are fed to a vision model.
        turn_detection (RoomTurnDetection | Unset): How the end of a user's turn is detected.
        translate_config (RoomTranslateConfig | Unset): Languages for simultaneous interpretation; used only in
            translate mode.
        prologue_content (str | Unset): Custom opening line the bot speaks.
        prologue_delay_duration_ms (int | Unset): Milliseconds to wait after joining before the opening line, 0 to 5000;
            the server default is 500.
    """

    room_mode: RoomMode | Unset = UNSET
    audio_config: RoomAudioConfig | Unset = UNSET
    video_config: RoomVideoConfig | Unset = UNSET
    turn_detection: RoomTurnDetection | Unset = UNSET
    translate_config: RoomTranslateConfig | Unset = UNSET
    prologue_content: str | Unset = UNSET
    prologue_delay_duration_ms: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        room_mode: str | Unset = UNSET
        if not isinstance(self.room_mode, Unset):
            room_mode = self.room_mode.value

        audio_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audio_config, Unset):
            audio_config = self.audio_config.to_dict()

        video_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.video_config, Unset):
            video_config = self.video_config.to_dict()

        turn_detection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.turn_detection, Unset):
            turn_detection = self.turn_detection.to_dict()

        translate_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.translate_config, Unset):
            translate_config = self.translate_config.to_dict()

        prologue_content = self.prologue_content

        prologue_delay_duration_ms = self.prologue_delay_duration_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if room_mode is not UNSET:
            field_dict["room_mode"] = room_mode
        if audio_config is not UNSET:
            field_dict["audio_config"] = audio_config
        if video_config is not UNSET:
            field_dict["video_config"] = video_config
        if turn_detection is not UNSET:
            field_dict["turn_detection"] = turn_detection
        if translate_config is not UNSET:
            field_dict["translate_config"] = translate_config
        if prologue_content is not UNSET:
            field_dict["prologue_content"] = prologue_content
        if prologue_delay_duration_ms is not UNSET:
            field_dict["prologue_delay_duration_ms"] = prologue_delay_duration_ms

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.prologue_content = UNSET if (value := get("prologue_content")) is None else value
        instance.prologue_delay_duration_ms = UNSET if (value := get("prologue_delay_duration_ms")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.room_audio_config import RoomAudioConfig  # noqa: PLC0415
        from ..models.room_translate_config import RoomTranslateConfig  # noqa: PLC0415
        from ..models.room_turn_detection import RoomTurnDetection  # noqa: PLC0415
        from ..models.room_video_config import RoomVideoConfig  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        _room_mode = d.pop("room_mode", UNSET)
        room_mode: RoomMode | Unset
        if isinstance(_room_mode, Unset):
            room_mode = UNSET
        else:
            room_mode = RoomMode(_room_mode)

        _audio_config = d.pop("audio_config", UNSET)
        audio_config: RoomAudioConfig | Unset
        if isinstance(_audio_config, Unset):
            audio_config = UNSET
        else:
            audio_config = RoomAudioConfig.from_dict(_audio_config)

        _video_config = d.pop("video_config", UNSET)
        video_config: RoomVideoConfig | Unset
        if isinstance(_video_config, Unset):
            video_config = UNSET
        else:
            video_config = RoomVideoConfig.from_dict(_video_config)

        _turn_detection = d.pop("turn_detection", UNSET)
        turn_detection: RoomTurnDetection | Unset
        if isinstance(_turn_detection, Unset):
            turn_detection = UNSET
        else:
            turn_detection = RoomTurnDetection.from_dict(_turn_detection)

        _translate_config = d.pop("translate_config", UNSET)
        translate_config: RoomTranslateConfig | Unset
        if isinstance(_translate_config, Unset):
            translate_config = UNSET
        else:
            translate_config = RoomTranslateConfig.from_dict(_translate_config)

        prologue_content = d.pop("prologue_content", UNSET)

        prologue_delay_duration_ms = d.pop("prologue_delay_duration_ms", UNSET)

        room_config = cls(
            room_mode=room_mode,
            audio_config=audio_config,
            video_config=video_config,
            turn_detection=turn_detection,
            translate_config=translate_config,
            prologue_content=prologue_content,
            prologue_delay_duration_ms=prologue_delay_duration_ms,
        )

        room_config.additional_properties = d
        return room_config

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
