from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.plugin_tool import PluginTool


T = TypeVar("T", bound="PluginDetail")


@_attrs_define(repr=False)
class PluginDetail(CozeModel):
    """A plugin with its tools.

    Attributes:
        plugin_id (str): The plugin id.
        name (str | Unset): The plugin name.
        name_for_model (str | Unset): The identifier models use for the plugin.
        description (str | Unset): What the plugin does.
        icon_url (str | Unset): URL of the plugin's icon.
        is_call_available (bool | Unset): Whether the plugin can be called now (false e.g. when a third-party paid
            plugin's agreement is unsigned).
        created_at (int | Unset): When the plugin was created, in unix seconds.
        updated_at (int | Unset): When the plugin was last updated, in unix seconds.
        mcp_json (str | Unset): MCP server configuration as JSON text (paid plugins); its token is a temporary one valid
            for a day.
        tools (list[PluginTool] | Unset): The plugin's tools.
    """

    plugin_id: str
    name: str | Unset = UNSET
    name_for_model: str | Unset = UNSET
    description: str | Unset = UNSET
    icon_url: str | Unset = UNSET
    is_call_available: bool | Unset = UNSET
    created_at: int | Unset = UNSET
    updated_at: int | Unset = UNSET
    mcp_json: str | Unset = UNSET
    tools: list[PluginTool] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plugin_id = self.plugin_id

        name = self.name

        name_for_model = self.name_for_model

        description = self.description

        icon_url = self.icon_url

        is_call_available = self.is_call_available

        created_at = self.created_at

        updated_at = self.updated_at

        mcp_json = self.mcp_json

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "plugin_id": plugin_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if name_for_model is not UNSET:
            field_dict["name_for_model"] = name_for_model
        if description is not UNSET:
            field_dict["description"] = description
        if icon_url is not UNSET:
            field_dict["icon_url"] = icon_url
        if is_call_available is not UNSET:
            field_dict["is_call_available"] = is_call_available
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if mcp_json is not UNSET:
            field_dict["mcp_json"] = mcp_json
        if tools is not UNSET:
            field_dict["tools"] = tools

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.plugin_id = get("plugin_id")
        instance.name = UNSET if (value := get("name")) is None else value
        instance.name_for_model = UNSET if (value := get("name_for_model")) is None else value
        instance.description = UNSET if (value := get("description")) is None else value
        instance.icon_url = UNSET if (value := get("icon_url")) is None else value
        instance.is_call_available = UNSET if (value := get("is_call_available")) is None else value
        instance.created_at = UNSET if (value := get("created_at")) is None else value
        instance.updated_at = UNSET if (value := get("updated_at")) is None else value
        instance.mcp_json = UNSET if (value := get("mcp_json")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.plugin_tool import PluginTool  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        _plugin_id_raw = d.pop("plugin_id", None)
        plugin_id = _plugin_id_raw

        name = d.pop("name", UNSET)

        name_for_model = d.pop("name_for_model", UNSET)

        description = d.pop("description", UNSET)

        icon_url = d.pop("icon_url", UNSET)

        is_call_available = d.pop("is_call_available", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        mcp_json = d.pop("mcp_json", UNSET)

        _tools = d.pop("tools", UNSET)
        tools: list[PluginTool] | Unset = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:
                tools_item = PluginTool.from_dict(tools_item_data)

                tools.append(tools_item)

        plugin_detail = cls(
            plugin_id=plugin_id,
            name=name,
            name_for_model=name_for_model,
            description=description,
            icon_url=icon_url,
            is_call_available=is_call_available,
            created_at=created_at,
            updated_at=updated_at,
            mcp_json=mcp_json,
            tools=tools,
        )

        plugin_detail.additional_properties = d
        return plugin_detail

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
