from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.conversations_create_request_meta_data import ConversationsCreateRequestMetaData
    from ..models.enter_message import EnterMessage


T = TypeVar("T", bound="ConversationsCreateRequest")


@_attrs_define(repr=False)
class ConversationsCreateRequest(CozeModel):
    """Body of conversations_create.

    Attributes:
        bot_id (str | Unset): The bot the conversation is for; needed to find it again with conversations_list.
        name (str | Unset): Conversation name, up to 100 characters (server default empty).
        messages (list[EnterMessage] | Unset): Up to 16 messages to seed the conversation with.
        meta_data (ConversationsCreateRequestMetaData | Unset): Key-value pairs stored with the conversation, at most 16
            (keys 1-64 chars, values 1-512 chars).
        connector_id (str | Unset): Channel to create the conversation on, 1024 API or 999 Chat SDK or a custom channel
            id (server default 1024).
    """

    bot_id: str | Unset = UNSET
    name: str | Unset = UNSET
    messages: list[EnterMessage] | Unset = UNSET
    meta_data: ConversationsCreateRequestMetaData | Unset = UNSET
    connector_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bot_id = self.bot_id

        name = self.name

        messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = []
            for messages_item_data in self.messages:
                messages_item = messages_item_data.to_dict()
                messages.append(messages_item)

        meta_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta_data, Unset):
            meta_data = self.meta_data.to_dict()

        connector_id = self.connector_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bot_id is not UNSET:
            field_dict["bot_id"] = bot_id
        if name is not UNSET:
            field_dict["name"] = name
        if messages is not UNSET:
            field_dict["messages"] = messages
        if meta_data is not UNSET:
            field_dict["meta_data"] = meta_data
        if connector_id is not UNSET:
            field_dict["connector_id"] = connector_id

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.bot_id = UNSET if (value := get("bot_id")) is None else value
        instance.name = UNSET if (value := get("name")) is None else value
        instance.connector_id = UNSET if (value := get("connector_id")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.conversations_create_request_meta_data import ConversationsCreateRequestMetaData  # noqa: PLC0415
        from ..models.enter_message import EnterMessage  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        bot_id = d.pop("bot_id", UNSET)

        name = d.pop("name", UNSET)

        _messages = d.pop("messages", UNSET)
        messages: list[EnterMessage] | Unset = UNSET
        if _messages is not UNSET:
            messages = []
            for messages_item_data in _messages:
                messages_item = EnterMessage.from_dict(messages_item_data)

                messages.append(messages_item)

        _meta_data = d.pop("meta_data", UNSET)
        meta_data: ConversationsCreateRequestMetaData | Unset
        if isinstance(_meta_data, Unset):
            meta_data = UNSET
        else:
            meta_data = ConversationsCreateRequestMetaData.from_dict(_meta_data)

        connector_id = d.pop("connector_id", UNSET)

        conversations_create_request = cls(
            bot_id=bot_id,
            name=name,
            messages=messages,
            meta_data=meta_data,
            connector_id=connector_id,
        )

        conversations_create_request.additional_properties = d
        return conversations_create_request

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
