from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="BillTasksCreateRequest")


@_attrs_define(repr=False)
class BillTasksCreateRequest(CozeModel):
    """Body of bill_tasks_create.

    Attributes:
        started_at (int | Unset): First day to export, in unix seconds; moved to 00:00:00 of that day, not today and not
            before 2025-03-13.
        ended_at (int | Unset): Last day to export, in unix seconds; moved to 23:59:59 of that day, not today.
    """

    started_at: int | Unset = UNSET
    ended_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        started_at = self.started_at

        ended_at = self.ended_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if ended_at is not UNSET:
            field_dict["ended_at"] = ended_at

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.started_at = UNSET if (value := get("started_at")) is None else value
        instance.ended_at = UNSET if (value := get("ended_at")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        started_at = d.pop("started_at", UNSET)

        ended_at = d.pop("ended_at", UNSET)

        bill_tasks_create_request = cls(
            started_at=started_at,
            ended_at=ended_at,
        )

        bill_tasks_create_request.additional_properties = d
        return bill_tasks_create_request

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
