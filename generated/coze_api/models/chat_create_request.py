from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_create_request_custom_variables import ChatCreateRequestCustomVariables
    from ..models.enter_message import EnterMessage


T = TypeVar("T", bound="ChatCreateRequest")


@_attrs_define(repr=False)
class ChatCreateRequest(CozeModel):
    """
    Attributes:
        bot_id (str):
        user_id (str):
        additional_messages (list[EnterMessage] | Unset):
        stream (bool | Unset):
        custom_variables (ChatCreateRequestCustomVariables | Unset):
    """

    bot_id: str
    user_id: str
    additional_messages: list[EnterMessage] | Unset = UNSET
    stream: bool | Unset = UNSET
    custom_variables: ChatCreateRequestCustomVariables | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bot_id = self.bot_id

        user_id = self.user_id

        additional_messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.additional_messages, Unset):
            additional_messages = []
            for additional_messages_item_data in self.additional_messages:
                additional_messages_item = additional_messages_item_data.to_dict()
                additional_messages.append(additional_messages_item)

        stream = self.stream

        custom_variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_variables, Unset):
            custom_variables = self.custom_variables.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bot_id": bot_id,
                "user_id": user_id,
            }
        )
        if additional_messages is not UNSET:
            field_dict["additional_messages"] = additional_messages
        if stream is not UNSET:
            field_dict["stream"] = stream
        if custom_variables is not UNSET:
            field_dict["custom_variables"] = custom_variables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_create_request_custom_variables import ChatCreateRequestCustomVariables  # noqa: PLC0415
        from ..models.enter_message import EnterMessage  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        _bot_id_raw = d.pop("bot_id", None)
        bot_id = _bot_id_raw

        _user_id_raw = d.pop("user_id", None)
        user_id = _user_id_raw

        _additional_messages = d.pop("additional_messages", UNSET)
        additional_messages: list[EnterMessage] | Unset = UNSET
        if _additional_messages is not UNSET:
            additional_messages = []
            for additional_messages_item_data in _additional_messages:
                additional_messages_item = EnterMessage.from_dict(additional_messages_item_data)

                additional_messages.append(additional_messages_item)

        stream = d.pop("stream", UNSET)

        _custom_variables = d.pop("custom_variables", UNSET)
        custom_variables: ChatCreateRequestCustomVariables | Unset
        if isinstance(_custom_variables, Unset):
            custom_variables = UNSET
        else:
            custom_variables = ChatCreateRequestCustomVariables.from_dict(_custom_variables)

        chat_create_request = cls(
            bot_id=bot_id,
            user_id=user_id,
            additional_messages=additional_messages,
            stream=stream,
            custom_variables=custom_variables,
        )

        chat_create_request.additional_properties = d
        return chat_create_request

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
