from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel

if TYPE_CHECKING:
    from ..models.plugins_tools_call_request_arguments import PluginsToolsCallRequestArguments


T = TypeVar("T", bound="PluginsToolsCallRequest")


@_attrs_define(repr=False)
class PluginsToolsCallRequest(CozeModel):
    """Body of plugins_tools_call.

    Attributes:
        tool_name (str): The tool to run (a name from the plugin's tools).
        arguments (PluginsToolsCallRequestArguments): The tool's arguments, shaped by its inputSchema.
    """

    tool_name: str
    arguments: PluginsToolsCallRequestArguments
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tool_name = self.tool_name

        arguments = self.arguments.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tool_name": tool_name,
                "arguments": arguments,
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
        instance.tool_name = get("tool_name")
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.plugins_tools_call_request_arguments import PluginsToolsCallRequestArguments  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        _tool_name_raw = d.pop("tool_name", None)
        tool_name = _tool_name_raw

        _arguments_raw = d.pop("arguments", None)
        arguments: Any
        if _arguments_raw is None:
            arguments = None
        else:
            arguments = PluginsToolsCallRequestArguments.from_dict(_arguments_raw)

        plugins_tools_call_request = cls(
            tool_name=tool_name,
            arguments=arguments,
        )

        plugins_tools_call_request.additional_properties = d
        return plugins_tools_call_request

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
