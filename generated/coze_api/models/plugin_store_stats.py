from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="PluginStoreStats")


@_attrs_define(repr=False)
class PluginStoreStats(CozeModel):
    """Usage statistics of a store plugin.

    Attributes:
        heat (int | Unset): Popularity score; higher is hotter.
        call_count (int | Unset): Total number of calls.
        description (str | Unset): What the plugin does.
        success_rate (float | Unset): Share of successful calls, from 0 to 1.
        bots_use_count (int | Unset): How many times bots and workflows have linked the plugin.
        favorite_count (int | Unset): How many users favourited the plugin.
        is_call_available (bool | Unset): Whether the plugin can be called now (false e.g. when delisted).
        total_tools_count (int | Unset): Number of tools in the plugin.
        avg_exec_duration_ms (float | Unset): Mean run time, in milliseconds.
        associated_bots_use_count (int | Unset): Number of store bots that use the plugin.
    """

    heat: int | Unset = UNSET
    call_count: int | Unset = UNSET
    description: str | Unset = UNSET
    success_rate: float | Unset = UNSET
    bots_use_count: int | Unset = UNSET
    favorite_count: int | Unset = UNSET
    is_call_available: bool | Unset = UNSET
    total_tools_count: int | Unset = UNSET
    avg_exec_duration_ms: float | Unset = UNSET
    associated_bots_use_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        heat = self.heat

        call_count = self.call_count

        description = self.description

        success_rate = self.success_rate

        bots_use_count = self.bots_use_count

        favorite_count = self.favorite_count

        is_call_available = self.is_call_available

        total_tools_count = self.total_tools_count

        avg_exec_duration_ms = self.avg_exec_duration_ms

        associated_bots_use_count = self.associated_bots_use_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if heat is not UNSET:
            field_dict["heat"] = heat
        if call_count is not UNSET:
            field_dict["call_count"] = call_count
        if description is not UNSET:
            field_dict["description"] = description
        if success_rate is not UNSET:
            field_dict["success_rate"] = success_rate
        if bots_use_count is not UNSET:
            field_dict["bots_use_count"] = bots_use_count
        if favorite_count is not UNSET:
            field_dict["favorite_count"] = favorite_count
        if is_call_available is not UNSET:
            field_dict["is_call_available"] = is_call_available
        if total_tools_count is not UNSET:
            field_dict["total_tools_count"] = total_tools_count
        if avg_exec_duration_ms is not UNSET:
            field_dict["avg_exec_duration_ms"] = avg_exec_duration_ms
        if associated_bots_use_count is not UNSET:
            field_dict["associated_bots_use_count"] = associated_bots_use_count

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.heat = UNSET if (value := get("heat")) is None else value
        instance.call_count = UNSET if (value := get("call_count")) is None else value
        instance.description = UNSET if (value := get("description")) is None else value
        instance.success_rate = UNSET if (value := get("success_rate")) is None else value
        instance.bots_use_count = UNSET if (value := get("bots_use_count")) is None else value
        instance.favorite_count = UNSET if (value := get("favorite_count")) is None else value
        instance.is_call_available = UNSET if (value := get("is_call_available")) is None else value
        instance.total_tools_count = UNSET if (value := get("total_tools_count")) is None else value
        instance.avg_exec_duration_ms = UNSET if (value := get("avg_exec_duration_ms")) is None else value
        instance.associated_bots_use_count = UNSET if (value := get("associated_bots_use_count")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        heat = d.pop("heat", UNSET)

        call_count = d.pop("call_count", UNSET)

        description = d.pop("description", UNSET)

        success_rate = d.pop("success_rate", UNSET)

        bots_use_count = d.pop("bots_use_count", UNSET)

        favorite_count = d.pop("favorite_count", UNSET)

        is_call_available = d.pop("is_call_available", UNSET)

        total_tools_count = d.pop("total_tools_count", UNSET)

        avg_exec_duration_ms = d.pop("avg_exec_duration_ms", UNSET)

        associated_bots_use_count = d.pop("associated_bots_use_count", UNSET)

        plugin_store_stats = cls(
            heat=heat,
            call_count=call_count,
            description=description,
            success_rate=success_rate,
            bots_use_count=bots_use_count,
            favorite_count=favorite_count,
            is_call_available=is_call_available,
            total_tools_count=total_tools_count,
            avg_exec_duration_ms=avg_exec_duration_ms,
            associated_bots_use_count=associated_bots_use_count,
        )

        plugin_store_stats.additional_properties = d
        return plugin_store_stats

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
