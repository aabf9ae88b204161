from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..models.chat_message_role import ChatMessageRole
from ..models.enter_message_content_type import EnterMessageContentType
from ..models.enter_message_type import EnterMessageType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.enter_message_meta_data import EnterMessageMetaData


T = TypeVar("T", bound="EnterMessage")


@_attrs_define(repr=False)
class EnterMessage(CozeModel):
    """A message sent to the server, as chat context, conversation seed or the user's query.

    Attributes:
        role (ChatMessageRole): Who sent a message.
        type_ (EnterMessageType | Unset): Type of a sent message (server default question); question only with role
            user. With auto_save_history=false chat also accepts function_call, tool_output and tool_response.
        content (str | Unset): Plain text, or for object_string a JSON-encoded array of ObjectStringItem.
        content_type (EnterMessageContentType | Unset): How the server should read the content: text, or object_string
            for a JSON array of ObjectStringItem; required when content is set.
        meta_data (EnterMessageMetaData | Unset): Key-value pairs stored with the message, at most 16 (keys 1-64 chars,
            values 1-512 chars).
    """

    role: ChatMessageRole
    type_: EnterMessageType | Unset = UNSET
    content: str | Unset = UNSET
    content_type: EnterMessageContentType | Unset = UNSET
    meta_data: EnterMessageMetaData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role = self.role.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        content = self.content

        content_type: str | Unset = UNSET
        if not isinstance(self.content_type, Unset):
            content_type = self.content_type.value

        meta_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta_data, Unset):
            meta_data = self.meta_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
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
        from ..models.enter_message_meta_data import EnterMessageMetaData  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        _role_raw = d.pop("role", None)
        role: Any
        if _role_raw is None:
            role = None
        else:
            role = ChatMessageRole(_role_raw)

        _type_ = d.pop("type", UNSET)
        type_: EnterMessageType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = EnterMessageType(_type_)

        content = d.pop("content", UNSET)

        _content_type = d.pop("content_type", UNSET)
        content_type: EnterMessageContentType | Unset
        if isinstance(_content_type, Unset):
            content_type = UNSET
        else:
            content_type = EnterMessageContentType(_content_type)

        _meta_data = d.pop("meta_data", UNSET)
        meta_data: EnterMessageMetaData | Unset
        if isinstance(_meta_data, Unset):
            meta_data = UNSET
        else:
            meta_data = EnterMessageMetaData.from_dict(_meta_data)

        enter_message = cls(
            role=role,
            type_=type_,
            content=content,
            content_type=content_type,
            meta_data=meta_data,
        )

        enter_message.additional_properties = d
        return enter_message

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
