from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bill_task import BillTask


T = TypeVar("T", bound="BillTaskList")


@_attrs_define(repr=False)
class BillTaskList(CozeModel):
    """One page of bill export tasks.

    Attributes:
        task_infos (list[BillTask] | Unset): The tasks on this page.
        total (int | Unset): How many tasks match.
    """

    task_infos: list[BillTask] | Unset = UNSET
    total: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_infos: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.task_infos, Unset):
            task_infos = []
            for task_infos_item_data in self.task_infos:
                task_infos_item = task_infos_item_data.to_dict()
                task_infos.append(task_infos_item)

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if task_infos is not UNSET:
            field_dict["task_infos"] = task_infos
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
        from ..models.bill_task import BillTask  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        _task_infos = d.pop("task_infos", UNSET)
        task_infos: list[BillTask] | Unset = UNSET
        if _task_infos is not UNSET:
            task_infos = []
            for task_infos_item_data in _task_infos:
                task_infos_item = BillTask.from_dict(task_infos_item_data)

                task_infos.append(task_infos_item)

        total = d.pop("total", UNSET)

        bill_task_list = cls(
            task_infos=task_infos,
            total=total,
        )

        bill_task_list.additional_properties = d
        return bill_task_list

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
