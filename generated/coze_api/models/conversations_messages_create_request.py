from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..models.chat_message_role import ChatMessageRole
from ..models.enter_message_content_type import EnterMessageContentType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.conversations_messages_create_request_meta_data import ConversationsMessagesCreateRequestMetaData


T = TypeVar("T", bound="ConversationsMessagesCreateRequest")


@_attrs_define(repr=False)
class ConversationsMessagesCreateRequest(CozeModel):
    """Body of conversations_messages_create.

    Attributes:
        role (ChatMessageRole): Who sent a message.
        content (str): Plain text, or for object_string a JSON-encoded array of ObjectStringItem.
        content_type (EnterMessageContentType): How the server should read the content: text, or object_string for a
            JSON array of ObjectStringItem; required when content is set.
        meta_data (ConversationsMessagesCreateRequestMetaData | Unset): Key-value pairs stored with the message, at most
            16 (keys 1-64 chars, values 1-512 chars).
    """

    role: ChatMessageRole
    content: str
    content_type: EnterMessageContentType
    meta_data: ConversationsMessagesCreateRequestMetaData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role = self.role.value

        content = self.content

        content_type = self.content_type.value

        meta_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta_data, Unset):
            meta_data = self.meta_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "content": content,
                "content_type": content_type,
            }
        )
        if meta_data is not UNSET:
            field_dict["meta_data"] = meta_data

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.content = get("content")
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.conversations_messages_create_request_meta_data import ConversationsMessagesCreateRequestMetaData  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        _role_raw = d.pop("role", None)
        role: Any
        if _role_raw is None:
            role = None
        else:
            role = ChatMessageRole(_role_raw)

        _content_raw = d.pop("content", None)
        content = _content_raw

        _content_type_raw = d.pop("content_type", None)
        content_type: Any
        if _content_type_raw is None:
            content_type = None
        else:
            content_type = EnterMessageContentType(_content_type_raw)

        _meta_data = d.pop("meta_data", UNSET)
        meta_data: ConversationsMessagesCreateRequestMetaData | Unset
        if isinstance(_meta_data, Unset):
            meta_data = UNSET
        else:
            meta_data = ConversationsMessagesCreateRequestMetaData.from_dict(_meta_data)

        conversations_messages_create_request = cls(
            role=role,
            content=content,
            content_type=content_type,
            meta_data=meta_data,
        )

        conversations_messages_create_request.additional_properties = d
        return conversations_messages_create_request

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
