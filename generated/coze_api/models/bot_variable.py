from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..models.bot_variable_channel import BotVariableChannel
from ..models.bot_variable_variable_type import BotVariableVariableType
from ..types import UNSET, Unset

T = TypeVar("T", bound="BotVariable")


@_attrs_define(repr=False)
class BotVariable(CozeModel):
    """A variable defined on a bot.

    Attributes:
        keyword (str): The variable name.
        default_value (str | Unset): Value used until one is set.
        variable_type (BotVariableVariableType | Unset): A single value or a list.
        channel (BotVariableChannel | Unset): Where the variable comes from; the API currently shows only custom ones.
        description (str | Unset): What the variable holds.
        enable (bool | Unset): Whether the variable is enabled.
        prompt_enable (bool | Unset): Whether prompts may read the variable (otherwise only workflows can).
    """

    keyword: str
    default_value: str | Unset = UNSET
    variable_type: BotVariableVariableType | Unset = UNSET
    channel: BotVariableChannel | Unset = UNSET
    description: str | Unset = UNSET
    enable: bool | Unset = UNSET
    prompt_enable: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        keyword = self.keyword

        default_value = self.default_value

        variable_type: str | Unset = UNSET
        if not isinstance(self.variable_type, Unset):
            variable_type = self.variable_type.value

        channel: str | Unset = UNSET
        if not isinstance(self.channel, Unset):
            channel = self.channel.value

        description = self.description

        enable = self.enable

        prompt_enable = self.prompt_enable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "keyword": keyword,
            }
        )
        if default_value is not UNSET:
            field_dict["default_value"] = default_value
        if variable_type is not UNSET:
            field_dict["variable_type"] = variable_type
        if channel is not UNSET:
            field_dict["channel"] = channel
        if description is not UNSET:
            field_dict["description"] = description
        if enable is not UNSET:
            field_dict["enable"] = enable
        if prompt_enable is not UNSET:
            field_dict["prompt_enable"] = prompt_enable

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.keyword = get("keyword")
        instance.default_value = UNSET if (value := get("default_value")) is None else value
        instance.description = UNSET if (value := get("description")) is None else value
        instance.enable = UNSET if (value := get("enable")) is None else value
        instance.prompt_enable = UNSET if (value := get("prompt_enable")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        _keyword_raw = d.pop("keyword", None)
        keyword = _keyword_raw

        default_value = d.pop("default_value", UNSET)

        _variable_type = d.pop("variable_type", UNSET)
        variable_type: BotVariableVariableType | Unset
        if isinstance(_variable_type, Unset):
            variable_type = UNSET
        else:
            variable_type = BotVariableVariableType(_variable_type)

        _channel = d.pop("channel", UNSET)
        channel: BotVariableChannel | Unset
        if isinstance(_channel, Unset):
            channel = UNSET
        else:
            channel = BotVariableChannel(_channel)

        description = d.pop("description", UNSET)

        enable = d.pop("enable", UNSET)

        prompt_enable = d.pop("prompt_enable", UNSET)

        bot_variable = cls(
            keyword=keyword,
            default_value=default_value,
            variable_type=variable_type,
            channel=channel,
            description=description,
            enable=enable,
            prompt_enable=prompt_enable,
        )

        bot_variable.additional_properties = d
        return bot_variable

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
