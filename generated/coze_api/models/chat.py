from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..models.chat_status import ChatStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_error import ChatError
    from ..models.chat_message import ChatMessage
    from ..models.chat_meta_data import ChatMetaData


T = TypeVar("T", bound="Chat")


@_attrs_define(repr=False)
class Chat(CozeModel):
    """
    Attributes:
        id (str):
        conversation_id (str):
        status (ChatStatus | Unset):
        last_error (ChatError | Unset):
        meta_data (ChatMetaData | Unset):
        section_id (None | str | Unset):
        messages (list[ChatMessage] | Unset):
    """

    id: str
    conversation_id: str
    status: ChatStatus | Unset = UNSET
    last_error: ChatError | Unset = UNSET
    meta_data: ChatMetaData | Unset = UNSET
    section_id: None | str | Unset = UNSET
    messages: list[ChatMessage] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        conversation_id = self.conversation_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        last_error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_error, Unset):
            last_error = self.last_error.to_dict()

        meta_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta_data, Unset):
            meta_data = self.meta_data.to_dict()

        section_id: None | str | Unset
        if isinstance(self.section_id, Unset):
            section_id = UNSET
        else:
            section_id = self.section_id

        messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = []
            for messages_item_data in self.messages:
                messages_item = messages_item_data.to_dict()
                messages.append(messages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "conversation_id": conversation_id,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if last_error is not UNSET:
            field_dict["last_error"] = last_error
        if meta_data is not UNSET:
            field_dict["meta_data"] = meta_data
        if section_id is not UNSET:
            field_dict["section_id"] = section_id
        if messages is not UNSET:
            field_dict["messages"] = messages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_error import ChatError  # noqa: PLC0415
        from ..models.chat_message import ChatMessage  # noqa: PLC0415
        from ..models.chat_meta_data import ChatMetaData  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None or k in ("section_id",)}
        _id_raw = d.pop("id", None)
        id = _id_raw

        _conversation_id_raw = d.pop("conversation_id", None)
        conversation_id = _conversation_id_raw

        _status = d.pop("status", UNSET)
        status: ChatStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ChatStatus(_status)

        _last_error = d.pop("last_error", UNSET)
        last_error: ChatError | Unset
        if isinstance(_last_error, Unset):
            last_error = UNSET
        else:
            last_error = ChatError.from_dict(_last_error)

        _meta_data = d.pop("meta_data", UNSET)
        meta_data: ChatMetaData | Unset
        if isinstance(_meta_data, Unset):
            meta_data = UNSET
        else:
            meta_data = ChatMetaData.from_dict(_meta_data)

        def _parse_section_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        section_id = _parse_section_id(d.pop("section_id", UNSET))

        _messages = d.pop("messages", UNSET)
        messages: list[ChatMessage] | Unset = UNSET
        if _messages is not UNSET:
            messages = []
            for messages_item_data in _messages:
                messages_item = ChatMessage.from_dict(messages_item_data)

                messages.append(messages_item)

        chat = cls(
            id=id,
            conversation_id=conversation_id,
            status=status,
            last_error=last_error,
            meta_data=meta_data,
            section_id=section_id,
            messages=messages,
        )

        chat.additional_properties = d
        return chat

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
