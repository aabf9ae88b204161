from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..models.enter_message_content_type import EnterMessageContentType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.conversations_messages_update_request_meta_data import ConversationsMessagesUpdateRequestMetaData


T = TypeVar("T", bound="ConversationsMessagesUpdateRequest")


@_attrs_define(repr=False)
class ConversationsMessagesUpdateRequest(CozeModel):
    """Body of conversations_messages_update; content and meta_data may not both be empty.

    Attributes:
        content (str | Unset): The new content; give content_type with it.
        content_type (EnterMessageContentType | Unset): How the server should read the content: text, or object_string
            for a JSON array of ObjectStringItem; required when content is set.
        meta_data (ConversationsMessagesUpdateRequestMetaData | Unset): The new key-value pairs of the message, at most
            16 (keys 1-64 chars, values 1-512 chars).
    """

    content: str | Unset = UNSET
    content_type: EnterMessageContentType | Unset = UNSET
    meta_data: ConversationsMessagesUpdateRequestMetaData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        content_type: str | Unset = UNSET
        if not isinstance(self.content_type, Unset):
            content_type = self.content_type.value

        meta_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta_data, Unset):
            meta_data = self.meta_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content is not UNSET:
            field_dict["content"] = content
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
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
        instance.content = UNSET if (value := get("content")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.conversations_messages_update_request_meta_data import ConversationsMessagesUpdateRequestMetaData  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        content = d.pop("content", UNSET)

        _content_type = d.pop("content_type", UNSET)
        content_type: EnterMessageContentType | Unset
        if isinstance(_content_type, Unset):
            content_type = UNSET
        else:
            content_type = EnterMessageContentType(_content_type)

        _meta_data = d.pop("meta_data", UNSET)
        meta_data: ConversationsMessagesUpdateRequestMetaData | Unset
        if isinstance(_meta_data, Unset):
            meta_data = UNSET
        else:
            meta_data = ConversationsMessagesUpdateRequestMetaData.from_dict(_meta_data)

        conversations_messages_update_request = cls(
            content=content,
            content_type=content_type,
            meta_data=meta_data,
        )

        conversations_messages_update_request.additional_properties = d
        return conversations_messages_update_request

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
