from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..models.chat_required_action_type import ChatRequiredActionType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_pending_tool_calls import ChatPendingToolCalls


T = TypeVar("T", bound="ChatRequiredAction")


@_attrs_define(repr=False)
class ChatRequiredAction(CozeModel):
    """What the caller must do before a requires_action chat can go on.

    Attributes:
        type_ (ChatRequiredActionType | Unset): Kind of required action; the server sends an empty string when there is
            none.
        submit_tool_outputs (ChatPendingToolCalls | Unset): The tool calls whose outputs the caller must submit.
    """

    type_: ChatRequiredActionType | Unset = UNSET
    submit_tool_outputs: ChatPendingToolCalls | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        submit_tool_outputs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.submit_tool_outputs, Unset):
            submit_tool_outputs = self.submit_tool_outputs.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if submit_tool_outputs is not UNSET:
            field_dict["submit_tool_outputs"] = submit_tool_outputs

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_pending_tool_calls import ChatPendingToolCalls  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        _type_ = d.pop("type", UNSET)
        type_: ChatRequiredActionType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ChatRequiredActionType(_type_)

        _submit_tool_outputs = d.pop("submit_tool_outputs", UNSET)
        submit_tool_outputs: ChatPendingToolCalls | Unset
        if isinstance(_submit_tool_outputs, Unset):
            submit_tool_outputs = UNSET
        else:
            submit_tool_outputs = ChatPendingToolCalls.from_dict(_submit_tool_outputs)

        chat_required_action = cls(
            type_=type_,
            submit_tool_outputs=submit_tool_outputs,
        )

        chat_required_action.additional_properties = d
        return chat_required_action

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
