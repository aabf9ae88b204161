from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel

T = TypeVar("T", bound="BotPluginIdInfo")


@_attrs_define(repr=False)
class BotPluginIdInfo(CozeModel):
    """One plugin tool to bind.

    Attributes:
        plugin_id (str): The plugin id.
        api_id (str): The id of the tool within the plugin.
    """

    plugin_id: str
    api_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plugin_id = self.plugin_id

        api_id = self.api_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "plugin_id": plugin_id,
                "api_id": api_id,
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
        instance.plugin_id = get("plugin_id")
        instance.api_id = get("api_id")
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        _plugin_id_raw = d.pop("plugin_id", None)
        plugin_id = _plugin_id_raw

        _api_id_raw = d.pop("api_id", None)
        api_id = _api_id_raw

        bot_plugin_id_info = cls(
            plugin_id=plugin_id,
            api_id=api_id,
        )

        bot_plugin_id_info.additional_properties = d
        return bot_plugin_id_info

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
