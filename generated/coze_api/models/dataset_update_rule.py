from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..models.dataset_update_type import DatasetUpdateType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DatasetUpdateRule")


@_attrs_define(repr=False)
class DatasetUpdateRule(CozeModel):
    """Refresh policy of a file added from a web page.

    Attributes:
        update_type (DatasetUpdateType | Unset): Whether an added web page is fetched again periodically; 0 no (the
            default), 1 yes.
        update_interval (int | Unset): Hours between refreshes, at least 24.
    """

    update_type: DatasetUpdateType | Unset = UNSET
    update_interval: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        update_type: int | Unset = UNSET
        if not isinstance(self.update_type, Unset):
            update_type = self.update_type.value

        update_interval = self.update_interval

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if update_type is not UNSET:
            field_dict["update_type"] = update_type
        if update_interval is not UNSET:
            field_dict["update_interval"] = update_interval

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.update_interval = UNSET if (value := get("update_interval")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        _update_type = d.pop("update_type", UNSET)
        update_type: DatasetUpdateType | Unset
        if isinstance(_update_type, Unset):
            update_type = UNSET
        else:
            update_type = DatasetUpdateType(_update_type)

        update_interval = d.pop("update_interval", UNSET)

        dataset_update_rule = cls(
            update_type=update_type,
            update_interval=update_interval,
        )

        dataset_update_rule.additional_properties = d
        return dataset_update_rule

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
