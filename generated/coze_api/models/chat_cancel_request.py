from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel

T = TypeVar("T", bound="ChatCancelRequest")


@_attrs_define(repr=False)
class ChatCancelRequest(CozeModel):
    """Body of chat_cancel.

    Attributes:
        conversation_id (str): The conversation the chat belongs to.
        chat_id (str): The running chat to cancel.
    """

    conversation_id: str
    chat_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conversation_id = self.conversation_id

        chat_id = self.chat_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conversation_id": conversation_id,
                "chat_id": chat_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.conversation_id = get("conversation_id")
        instance.chat_id = get("chat_id")
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        _conversation_id_raw = d.pop("conversation_id", None)
        conversation_id = _conversation_id_raw

        _chat_id_raw = d.pop("chat_id", None)
        chat_id = _chat_id_raw

        chat_cancel_request = cls(
            conversation_id=conversation_id,
            chat_id=chat_id,
        )

        chat_cancel_request.additional_properties = d
        return chat_cancel_request

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
