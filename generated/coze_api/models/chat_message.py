from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..models.chat_message_content_type import ChatMessageContentType
from ..models.chat_message_role import ChatMessageRole
from ..models.chat_message_type import ChatMessageType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_message_meta_data import ChatMessageMetaData


T = TypeVar("T", bound="ChatMessage")


@_attrs_define(repr=False)
class ChatMessage(CozeModel):
    """A message as the server returns it, in a conversation, a chat or a stream event.

    Attributes:
        id (str): The message id; stream deltas of one message share it.
        conversation_id (str): The conversation the message is in.
        bot_id (str | Unset): The bot that wrote the message; empty for messages not produced by a chat.
        chat_id (str | Unset): The chat that produced the message; empty for messages not produced by a chat.
        section_id (str | Unset): The context section the message belongs to.
        role (ChatMessageRole | Unset): Who sent a message.
        type_ (ChatMessageType | Unset): What a message is: the user's question, an answer, an intermediate step
            (function_call, tool_output, tool_response, knowledge, verbose) or a suggested follow_up.
        content (str | Unset): The content: plain text, a JSON string (object_string, card, function calls, verbose
            packets) or base64 audio (audio).
        content_type (ChatMessageContentType | Unset): How to read a message's content.
        reasoning_content (str | Unset): The model's chain of thought, sent only by reasoning models with deep thinking
            on.
        meta_data (ChatMessageMetaData | Unset): The caller's key-value pairs stored with the message.
        created_at (int | str | Unset): When the message was created, in unix seconds (the server sometimes sends a
            string of digits).
        updated_at (int | str | Unset): When the message was last changed, in unix seconds (the server sometimes sends a
            string of digits).
    """

    id: str
    conversation_id: str
    bot_id: str | Unset = UNSET
    chat_id: str | Unset = UNSET
    section_id: str | Unset = UNSET
    role: ChatMessageRole | Unset = UNSET
    type_: ChatMessageType | Unset = UNSET
    content: str | Unset = UNSET
    content_type: ChatMessageContentType | Unset = UNSET
    reasoning_content: str | Unset = UNSET
    meta_data: ChatMessageMetaData | Unset = UNSET
    created_at: int | str | Unset = UNSET
    updated_at: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        conversation_id = self.conversation_id

        bot_id = self.bot_id

        chat_id = self.chat_id

        section_id = self.section_id

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        content = self.content

        content_type: str | Unset = UNSET
        if not isinstance(self.content_type, Unset):
            content_type = self.content_type.value

        reasoning_content = self.reasoning_content

        meta_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta_data, Unset):
            meta_data = self.meta_data.to_dict()

        created_at: int | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        updated_at: int | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "conversation_id": conversation_id,
            }
        )
        if bot_id is not UNSET:
            field_dict["bot_id"] = bot_id
        if chat_id is not UNSET:
            field_dict["chat_id"] = chat_id
        if section_id is not UNSET:
            field_dict["section_id"] = section_id
        if role is not UNSET:
            field_dict["role"] = role
        if type_ is not UNSET:
            field_dict["type"] = type_
        if content is not UNSET:
            field_dict["content"] = content
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if reasoning_content is not UNSET:
            field_dict["reasoning_content"] = reasoning_content
        if meta_data is not UNSET:
            field_dict["meta_data"] = meta_data
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.id = get("id")
        instance.conversation_id = get("conversation_id")
        instance.bot_id = UNSET if (value := get("bot_id")) is None else value
        instance.chat_id = UNSET if (value := get("chat_id")) is None else value
        instance.section_id = UNSET if (value := get("section_id")) is None else value
        instance.content = UNSET if (value := get("content")) is None else value
        instance.reasoning_content = UNSET if (value := get("reasoning_content")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_message_meta_data import ChatMessageMetaData  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        _id_raw = d.pop("id", None)
        id = _id_raw

        _conversation_id_raw = d.pop("conversation_id", None)
        conversation_id = _conversation_id_raw

        bot_id = d.pop("bot_id", UNSET)

        chat_id = d.pop("chat_id", UNSET)

        section_id = d.pop("section_id", UNSET)

        _role = d.pop("role", UNSET)
        role: ChatMessageRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = ChatMessageRole(_role)

        _type_ = d.pop("type", UNSET)
        type_: ChatMessageType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ChatMessageType(_type_)

        content = d.pop("content", UNSET)

        _content_type = d.pop("content_type", UNSET)
        content_type: ChatMessageContentType | Unset
        if isinstance(_content_type, Unset):
            content_type = UNSET
        else:
            content_type = ChatMessageContentType(_content_type)

        reasoning_content = d.pop("reasoning_content", UNSET)

        _meta_data = d.pop("meta_data", UNSET)
        meta_data: ChatMessageMetaData | Unset
        if isinstance(_meta_data, Unset):
            meta_data = UNSET
        else:
            meta_data = ChatMessageMetaData.from_dict(_meta_data)

        def _parse_created_at(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        chat_message = cls(
            id=id,
            conversation_id=conversation_id,
            bot_id=bot_id,
            chat_id=chat_id,
            section_id=section_id,
            role=role,
            type_=type_,
            content=content,
            content_type=content_type,
            reasoning_content=reasoning_content,
            meta_data=meta_data,
            created_at=created_at,
            updated_at=updated_at,
        )

        chat_message.additional_properties = d
        return chat_message

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
