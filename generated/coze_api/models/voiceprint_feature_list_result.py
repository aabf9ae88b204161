from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.voiceprint_feature import VoiceprintFeature


T = TypeVar("T", bound="VoiceprintFeatureListResult")


@_attrs_define(repr=False)
class VoiceprintFeatureListResult(CozeModel):
    """One page of voiceprints.

    Attributes:
        items (list[VoiceprintFeature] | Unset): The voiceprints on this page.
        total (int | Unset): Total number of voiceprints in the group.
    """

    items: list[VoiceprintFeature] | Unset = UNSET
    total: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if items is not UNSET:
            field_dict["items"] = items
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.total = UNSET if (value := get("total")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.voiceprint_feature import VoiceprintFeature  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        _items = d.pop("items", UNSET)
        items: list[VoiceprintFeature] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = VoiceprintFeature.from_dict(items_item_data)

                items.append(items_item)

        total = d.pop("total", UNSET)

        voiceprint_feature_list_result = cls(
            items=items,
            total=total,
        )

        voiceprint_feature_list_result.additional_properties = d
        return voiceprint_feature_list_result

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
