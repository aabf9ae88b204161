from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.room_config import RoomConfig


T = TypeVar("T", bound="AudioRoomsCreateRequest")


@_attrs_define(repr=False)
class AudioRoomsCreateRequest(CozeModel):
    """Body of audio_rooms_create.

    Attributes:
        bot_id (str): The bot that joins the room.
        conversation_id (str | Unset): Conversation to record the call in; the server creates one when omitted.
        voice_id (str | Unset): Voice the bot speaks with; the server uses a default voice when omitted.
        uid (str | Unset): Your own id for the end user; conversation memory is kept apart per uid.
        workflow_id (str | Unset): A workflow to drive the conversation instead of the bot's own logic.
        connector_id (str | Unset): The channel (connector) the call is attributed to.
        config (RoomConfig | Unset): Audio, video and behaviour settings of a room.
    """

    bot_id: str
    conversation_id: str | Unset = UNSET
    voice_id: str | Unset = UNSET
    uid: str | Unset = UNSET
    workflow_id: str | Unset = UNSET
    connector_id: str | Unset = UNSET
    config: RoomConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bot_id = self.bot_id

        conversation_id = self.conversation_id

        voice_id = self.voice_id

        uid = self.uid

        workflow_id = self.workflow_id

        connector_id = self.connector_id

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bot_id": bot_id,
            }
        )
        if conversation_id is not UNSET:
            field_dict["conversation_id"] = conversation_id
        if voice_id is not UNSET:
            field_dict["voice_id"] = voice_id
        if uid is not UNSET:
            field_dict["uid"] = uid
        if workflow_id is not UNSET:
            field_dict["workflow_id"] = workflow_id
        if connector_id is not UNSET:
            field_dict["connector_id"] = connector_id
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.bot_id = get("bot_id")
        instance.conversation_id = UNSET if (value := get("conversation_id")) is None else value
        instance.voice_id = UNSET if (value := get("voice_id")) is None else value
        instance.uid = UNSET if (value := get("uid")) is None else value
        instance.workflow_id = UNSET if (value := get("workflow_id")) is None else value
        instance.connector_id = UNSET if (value := get("connector_id")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.room_config import RoomConfig  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        _bot_id_raw = d.pop("bot_id", None)
        bot_id = _bot_id_raw

        conversation_id = d.pop("conversation_id", UNSET)

        voice_id = d.pop("voice_id", UNSET)

        uid = d.pop("uid", UNSET)

        workflow_id = d.pop("workflow_id", UNSET)

        connector_id = d.pop("connector_id", UNSET)

        _config = d.pop("config", UNSET)
        config: RoomConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = RoomConfig.from_dict(_config)

        audio_rooms_create_request = cls(
            bot_id=bot_id,
            conversation_id=conversation_id,
            voice_id=voice_id,
            uid=uid,
            workflow_id=workflow_id,
            connector_id=connector_id,
            config=config,
        )

        audio_rooms_create_request.additional_properties = d
        return audio_rooms_create_request

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
