from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bot_plugin_api_info import BotPluginApiInfo


T = TypeVar("T", bound="BotPluginInfo")


@_attrs_define(repr=False)
class BotPluginInfo(CozeModel):
    """A plugin a bot uses.

    Attributes:
        plugin_id (str): The plugin id.
        name (str | Unset): The plugin name.
        description (str | Unset): What the plugin does.
        icon_url (str | Unset): URL of the plugin's icon.
        api_info_list (list[BotPluginApiInfo] | Unset): The plugin's tools that the bot uses.
    """

    plugin_id: str
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    icon_url: str | Unset = UNSET
    api_info_list: list[BotPluginApiInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plugin_id = self.plugin_id

        name = self.name

        description = self.description

        icon_url = self.icon_url

        api_info_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.api_info_list, Unset):
            api_info_list = []
            for api_info_list_item_data in self.api_info_list:
                api_info_list_item = api_info_list_item_data.to_dict()
                api_info_list.append(api_info_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "plugin_id": plugin_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if icon_url is not UNSET:
            field_dict["icon_url"] = icon_url
        if api_info_list is not UNSET:
            field_dict["api_info_list"] = api_info_list

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
        instance.description = UNSET if (value := get("description")) is None else value
        instance.icon_url = UNSET if (value := get("icon_url")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bot_plugin_api_info import BotPluginApiInfo  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        _plugin_id_raw = d.pop("plugin_id", None)
        plugin_id = _plugin_id_raw

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        icon_url = d.pop("icon_url", UNSET)

        _api_info_list = d.pop("api_info_list", UNSET)
        api_info_list: list[BotPluginApiInfo] | Unset = UNSET
        if _api_info_list is not UNSET:
            api_info_list = []
            for api_info_list_item_data in _api_info_list:
                api_info_list_item = BotPluginApiInfo.from_dict(api_info_list_item_data)

                api_info_list.append(api_info_list_item)

        bot_plugin_info = cls(
            plugin_id=plugin_id,
            name=name,
            description=description,
            icon_url=icon_url,
            api_info_list=api_info_list,
        )

        bot_plugin_info.additional_properties = d
        return bot_plugin_info

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
