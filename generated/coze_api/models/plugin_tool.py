from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.plugin_tool_input_schema import PluginToolInputSchema
    from ..models.plugin_tool_output_schema import PluginToolOutputSchema


T = TypeVar("T", bound="PluginTool")


@_attrs_define(repr=False)
class PluginTool(CozeModel):
    """A tool of a plugin with its input and output JSON schemas.

    Attributes:
        tool_id (str | Unset): The tool id.
        name (str | Unset): The tool name, as passed to plugins.tools.call.
        description (str | Unset): What the tool does.
        input_schema (PluginToolInputSchema | Unset): JSON schema of the tool's arguments, as the plugin author defined
            it.
        output_schema (PluginToolOutputSchema | Unset): JSON schema of the tool's result, as the plugin author defined
            it.
    """

    tool_id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    input_schema: PluginToolInputSchema | Unset = UNSET
    output_schema: PluginToolOutputSchema | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tool_id = self.tool_id

        name = self.name

        description = self.description

        input_schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_schema, Unset):
            input_schema = self.input_schema.to_dict()

        output_schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output_schema, Unset):
            output_schema = self.output_schema.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tool_id is not UNSET:
            field_dict["tool_id"] = tool_id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if input_schema is not UNSET:
            field_dict["inputSchema"] = input_schema
        if output_schema is not UNSET:
            field_dict["outputSchema"] = output_schema

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.tool_id = UNSET if (value := get("tool_id")) is None else value
        instance.name = UNSET if (value := get("name")) is None else value
        instance.description = UNSET if (value := get("description")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.plugin_tool_input_schema import PluginToolInputSchema  # noqa: PLC0415
        from ..models.plugin_tool_output_schema import PluginToolOutputSchema  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        tool_id = d.pop("tool_id", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _input_schema = d.pop("inputSchema", UNSET)
        input_schema: PluginToolInputSchema | Unset
        if isinstance(_input_schema, Unset):
            input_schema = UNSET
        else:
            input_schema = PluginToolInputSchema.from_dict(_input_schema)

        _output_schema = d.pop("outputSchema", UNSET)
        output_schema: PluginToolOutputSchema | Unset
        if isinstance(_output_schema, Unset):
            output_schema = UNSET
        else:
            output_schema = PluginToolOutputSchema.from_dict(_output_schema)

        plugin_tool = cls(
            tool_id=tool_id,
            name=name,
            description=description,
            input_schema=input_schema,
            output_schema=output_schema,
        )

        plugin_tool.additional_properties = d
        return plugin_tool

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
