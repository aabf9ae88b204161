from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..models.benefit_item_info_strategy import BenefitItemInfoStrategy
from ..types import UNSET, Unset

T = TypeVar("T", bound="BenefitItemInfo")


@_attrs_define(repr=False)
class BenefitItemInfo(CozeModel):
    """The amount, use and validity of one benefit.

    Attributes:
        used (float | Unset): Amount used so far when strategy is by_quota; 0 without usage data.
        total (float | Unset): The limit when strategy is by_quota; 1 for unlimit and forbidden.
        start_at (int | Unset): When the benefit starts, in unix seconds.
        end_at (int | Unset): When the benefit ends, in unix seconds.
        strategy (BenefitItemInfoStrategy | Unset): How use is limited: unlimit, forbidden (not in this plan) or
            by_quota.
    """

    used: float | Unset = UNSET
    total: float | Unset = UNSET
    start_at: int | Unset = UNSET
    end_at: int | Unset = UNSET
    strategy: BenefitItemInfoStrategy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        used = self.used

        total = self.total

        start_at = self.start_at

        end_at = self.end_at

        strategy: str | Unset = UNSET
        if not isinstance(self.strategy, Unset):
            strategy = self.strategy.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if used is not UNSET:
            field_dict["used"] = used
        if total is not UNSET:
            field_dict["total"] = total
        if start_at is not UNSET:
            field_dict["start_at"] = start_at
        if end_at is not UNSET:
            field_dict["end_at"] = end_at
        if strategy is not UNSET:
            field_dict["strategy"] = strategy

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.used = UNSET if (value := get("used")) is None else value
        instance.total = UNSET if (value := get("total")) is None else value
        instance.start_at = UNSET if (value := get("start_at")) is None else value
        instance.end_at = UNSET if (value := get("end_at")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        used = d.pop("used", UNSET)

        total = d.pop("total", UNSET)

        start_at = d.pop("start_at", UNSET)

        end_at = d.pop("end_at", UNSET)

        _strategy = d.pop("strategy", UNSET)
        strategy: BenefitItemInfoStrategy | Unset
        if isinstance(_strategy, Unset):
            strategy = UNSET
        else:
            strategy = BenefitItemInfoStrategy(_strategy)

        benefit_item_info = cls(
            used=used,
            total=total,
            start_at=start_at,
            end_at=end_at,
            strategy=strategy,
        )

        benefit_item_info.additional_properties = d
        return benefit_item_info

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
