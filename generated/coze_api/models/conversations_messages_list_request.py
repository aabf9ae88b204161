from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..models.conversation_message_order import ConversationMessageOrder
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConversationsMessagesListRequest")


@_attrs_define(repr=False)
class ConversationsMessagesListRequest(CozeModel):
    """Body of conversations_messages_list.

    Attributes:
        order (ConversationMessageOrder | Unset): Sort direction of messages by creation time.
        chat_id (str | Unset): Only list the messages of this chat.
        before_id (str | Unset): List messages before this message id (the first_id of a page, to page backwards).
        after_id (str | Unset): List messages after this message id (the last_id of a page, to page forwards).
        limit (int | Unset): Messages per page, 1 to 50 (server default 50).
        include_middle_message (bool | Unset): Also return intermediate messages such as function calls and tool
            responses.
    """

    order: ConversationMessageOrder | Unset = UNSET
    chat_id: str | Unset = UNSET
    before_id: str | Unset = UNSET
    after_id: str | Unset = UNSET
    limit: int | Unset = UNSET
    include_middle_message: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order: str | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order.value

        chat_id = self.chat_id

        before_id = self.before_id

        after_id = self.after_id

        limit = self.limit

        include_middle_message = self.include_middle_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order is not UNSET:
            field_dict["order"] = order
        if chat_id is not UNSET:
            field_dict["chat_id"] = chat_id
        if before_id is not UNSET:
            field_dict["before_id"] = before_id
        if after_id is not UNSET:
            field_dict["after_id"] = after_id
        if limit is not UNSET:
            field_dict["limit"] = limit
        if include_middle_message is not UNSET:
            field_dict["include_middle_message"] = include_middle_message

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.chat_id = UNSET if (value := get("chat_id")) is None else value
        instance.before_id = UNSET if (value := get("before_id")) is None else value
        instance.after_id = UNSET if (value := get("after_id")) is None else value
        instance.limit = UNSET if (value := get("limit")) is None else value
        instance.include_middle_message = UNSET if (value := get("include_middle_message")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        _order = d.pop("order", UNSET)
        order: ConversationMessageOrder | Unset
        if isinstance(_order, Unset):
            order = UNSET
        else:
            order = ConversationMessageOrder(_order)

        chat_id = d.pop("chat_id", UNSET)

        before_id = d.pop("before_id", UNSET)

        after_id = d.pop("after_id", UNSET)

        limit = d.pop("limit", UNSET)

        include_middle_message = d.pop("include_middle_message", UNSET)

        conversations_messages_list_request = cls(
            order=order,
            chat_id=chat_id,
            before_id=before_id,
            after_id=after_id,
            limit=limit,
            include_middle_message=include_middle_message,
        )

        conversations_messages_list_request.additional_properties = d
        return conversations_messages_list_request

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
