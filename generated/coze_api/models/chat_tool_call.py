from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..models.chat_tool_call_type import ChatToolCallType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_tool_call_function import ChatToolCallFunction


T = TypeVar("T", bound="ChatToolCall")


@_attrs_define(repr=False)
class ChatToolCall(CozeModel):
    """One tool call the bot wants the caller to run.

    Attributes:
        id (str | Unset): Id to quote as tool_call_id when submitting the output.
        type_ (ChatToolCallType | Unset): function for a client-side plugin, reply_message for a workflow question node.
        function (ChatToolCallFunction | Unset): The function to run.
    """

    id: str | Unset = UNSET
    type_: ChatToolCallType | Unset = UNSET
    function: ChatToolCallFunction | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        function: dict[str, Any] | Unset = UNSET
        if not isinstance(self.function, Unset):
            function = self.function.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if function is not UNSET:
            field_dict["function"] = function

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.id = UNSET if (value := get("id")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_tool_call_function import ChatToolCallFunction  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        id = d.pop("id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ChatToolCallType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ChatToolCallType(_type_)

        _function = d.pop("function", UNSET)
        function: ChatToolCallFunction | Unset
        if isinstance(_function, Unset):
            function = UNSET
        else:
            function = ChatToolCallFunction.from_dict(_function)

        chat_tool_call = cls(
            id=id,
            type_=type_,
            function=function,
        )

        chat_tool_call.additional_properties = d
        return chat_tool_call

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
