from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bot_plugin_id_info import BotPluginIdInfo


T = TypeVar("T", bound="BotPluginIdList")


@_attrs_define(repr=False)
class BotPluginIdList(CozeModel):
    """Plugin tools to bind to a bot.

    Attributes:
        id_list (list[BotPluginIdInfo] | Unset): The plugin tools.
    """

    id_list: list[BotPluginIdInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.id_list, Unset):
            id_list = []
            for id_list_item_data in self.id_list:
                id_list_item = id_list_item_data.to_dict()
                id_list.append(id_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id_list is not UNSET:
            field_dict["id_list"] = id_list

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
        from ..models.bot_plugin_id_info import BotPluginIdInfo  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        _id_list = d.pop("id_list", UNSET)
        id_list: list[BotPluginIdInfo] | Unset = UNSET
        if _id_list is not UNSET:
            id_list = []
            for id_list_item_data in _id_list:
                id_list_item = BotPluginIdInfo.from_dict(id_list_item_data)

                id_list.append(id_list_item)

        bot_plugin_id_list = cls(
            id_list=id_list,
        )

        bot_plugin_id_list.additional_properties = d
        return bot_plugin_id_list

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
