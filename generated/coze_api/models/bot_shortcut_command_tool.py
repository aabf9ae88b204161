from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..models.bot_shortcut_command_tool_type import BotShortcutCommandToolType
from ..types import UNSET, Unset

T = TypeVar("T", bound="BotShortcutCommandTool")


@_attrs_define(repr=False)
class BotShortcutCommandTool(CozeModel):
    """The tool a shortcut command calls.

    Attributes:
        name (str | Unset): The tool name.
        type_ (BotShortcutCommandToolType | Unset): Whether the tool is a plugin or a workflow.
    """

    name: str | Unset = UNSET
    type_: BotShortcutCommandToolType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.name = UNSET if (value := get("name")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        name = d.pop("name", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: BotShortcutCommandToolType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = BotShortcutCommandToolType(_type_)

        bot_shortcut_command_tool = cls(
            name=name,
            type_=type_,
        )

        bot_shortcut_command_tool.additional_properties = d
        return bot_shortcut_command_tool

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
