from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset import Dataset


T = TypeVar("T", bound="DatasetsListResult")


@_attrs_define(repr=False)
class DatasetsListResult(CozeModel):
    """One page of knowledge bases.

    Attributes:
        total_count (int | Unset): Number of knowledge bases matching the filters.
        dataset_list (list[Dataset] | Unset): The knowledge bases on this page.
    """

    total_count: int | Unset = UNSET
    dataset_list: list[Dataset] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_count = self.total_count

        dataset_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.dataset_list, Unset):
            dataset_list = []
            for dataset_list_item_data in self.dataset_list:
                dataset_list_item = dataset_list_item_data.to_dict()
                dataset_list.append(dataset_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_count is not UNSET:
            field_dict["total_count"] = total_count
        if dataset_list is not UNSET:
            field_dict["dataset_list"] = dataset_list

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.total_count = UNSET if (value := get("total_count")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dataset import Dataset  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        total_count = d.pop("total_count", UNSET)

        _dataset_list = d.pop("dataset_list", UNSET)
        dataset_list: list[Dataset] | Unset = UNSET
        if _dataset_list is not UNSET:
            dataset_list = []
            for dataset_list_item_data in _dataset_list:
                dataset_list_item = Dataset.from_dict(dataset_list_item_data)

                dataset_list.append(dataset_list_item)

        datasets_list_result = cls(
            total_count=total_count,
            dataset_list=dataset_list,
        )

        datasets_list_result.additional_properties = d
        return datasets_list_result

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
