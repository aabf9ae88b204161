from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.plugin_store_metainfo import PluginStoreMetainfo
    from ..models.plugin_store_stats import PluginStoreStats


T = TypeVar("T", bound="PluginStoreItem")


@_attrs_define(repr=False)
class PluginStoreItem(CozeModel):
    """A plugin as listed in the store.

    Attributes:
        metainfo (PluginStoreMetainfo | Unset): The store listing of a plugin.
        plugin_info (PluginStoreStats | Unset): Usage statistics of a store plugin.
    """

    metainfo: PluginStoreMetainfo | Unset = UNSET
    plugin_info: PluginStoreStats | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metainfo: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metainfo, Unset):
            metainfo = self.metainfo.to_dict()

        plugin_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.plugin_info, Unset):
            plugin_info = self.plugin_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metainfo is not UNSET:
            field_dict["metainfo"] = metainfo
        if plugin_info is not UNSET:
            field_dict["plugin_info"] = plugin_info

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
        from ..models.plugin_store_metainfo import PluginStoreMetainfo  # noqa: PLC0415
        from ..models.plugin_store_stats import PluginStoreStats  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        _metainfo = d.pop("metainfo", UNSET)
        metainfo: PluginStoreMetainfo | Unset
        if isinstance(_metainfo, Unset):
            metainfo = UNSET
        else:
            metainfo = PluginStoreMetainfo.from_dict(_metainfo)

        _plugin_info = d.pop("plugin_info", UNSET)
        plugin_info: PluginStoreStats | Unset
        if isinstance(_plugin_info, Unset):
            plugin_info = UNSET
        else:
            plugin_info = PluginStoreStats.from_dict(_plugin_info)

        plugin_store_item = cls(
            metainfo=metainfo,
            plugin_info=plugin_info,
        )

        plugin_store_item.additional_properties = d
        return plugin_store_item

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
