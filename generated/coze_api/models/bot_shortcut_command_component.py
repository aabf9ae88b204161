from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..models.bot_shortcut_command_component_type import BotShortcutCommandComponentType
from ..types import UNSET, Unset

T = TypeVar("T", bound="BotShortcutCommandComponent")


@_attrs_define(repr=False)
class BotShortcutCommandComponent(CozeModel):
    """One input of a shortcut command.

    Attributes:
        name (str | Unset): The input name.
        description (str | Unset): What the input is for.
        type_ (BotShortcutCommandComponentType | Unset): Kind of input control.
        tool_parameter (str | Unset): The tool parameter the input fills.
        default_value (str | Unset): Value used when the user gives none.
        is_hide (bool | Unset): Whether the input is hidden from the user.
        options (list[str] | Unset): Choices of a select input.
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    type_: BotShortcutCommandComponentType | Unset = UNSET
    tool_parameter: str | Unset = UNSET
    default_value: str | Unset = UNSET
    is_hide: bool | Unset = UNSET
    options: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        tool_parameter = self.tool_parameter

        default_value = self.default_value

        is_hide = self.is_hide

        options: list[str] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_
        if tool_parameter is not UNSET:
            field_dict["tool_parameter"] = tool_parameter
        if default_value is not UNSET:
            field_dict["default_value"] = default_value
        if is_hide is not UNSET:
            field_dict["is_hide"] = is_hide
        if options is not UNSET:
            field_dict["options"] = options

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
        instance.description = UNSET if (value := get("description")) is None else value
        instance.tool_parameter = UNSET if (value := get("tool_parameter")) is None else value
        instance.default_value = UNSET if (value := get("default_value")) is None else value
        instance.is_hide = UNSET if (value := get("is_hide")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: BotShortcutCommandComponentType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = BotShortcutCommandComponentType(_type_)

        tool_parameter = d.pop("tool_parameter", UNSET)

        default_value = d.pop("default_value", UNSET)

        is_hide = d.pop("is_hide", UNSET)

        options = cast(list[str], d.pop("options", UNSET))

        bot_shortcut_command_component = cls(
            name=name,
            description=description,
            type_=type_,
            tool_parameter=tool_parameter,
            default_value=default_value,
            is_hide=is_hide,
            options=options,
        )

        bot_shortcut_command_component.additional_properties = d
        return bot_shortcut_command_component

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
