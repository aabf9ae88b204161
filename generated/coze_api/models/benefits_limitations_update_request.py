from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..models.benefit_limitation_active_mode import BenefitLimitationActiveMode
from ..models.benefit_limitation_status import BenefitLimitationStatus
from ..models.benefit_limitation_trigger_unit import BenefitLimitationTriggerUnit
from ..types import UNSET, Unset

T = TypeVar("T", bound="BenefitsLimitationsUpdateRequest")


@_attrs_define(repr=False)
class BenefitsLimitationsUpdateRequest(CozeModel):
    """Body of benefits_limitations_update; fields left out stay unchanged.

    Attributes:
        active_mode (BenefitLimitationActiveMode | Unset): How the validity window is set; only absolute_time
            (started_at to ended_at) exists.
        started_at (int | Unset): When the quota takes effect, in unix seconds.
        ended_at (int | Unset): When the quota stops applying, in unix seconds.
        limit (int | Unset): The new amount.
        status (BenefitLimitationStatus | Unset): The quota state: valid or frozen.
        trigger_unit (BenefitLimitationTriggerUnit | Unset): How often the quota resets: never (a lifetime cap), minute,
            hour or day.
        trigger_time (int | Unset): Reset every this many trigger_units.
    """

    active_mode: BenefitLimitationActiveMode | Unset = UNSET
    started_at: int | Unset = UNSET
    ended_at: int | Unset = UNSET
    limit: int | Unset = UNSET
    status: BenefitLimitationStatus | Unset = UNSET
    trigger_unit: BenefitLimitationTriggerUnit | Unset = UNSET
    trigger_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active_mode: str | Unset = UNSET
        if not isinstance(self.active_mode, Unset):
            active_mode = self.active_mode.value

        started_at = self.started_at

        ended_at = self.ended_at

        limit = self.limit

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        trigger_unit: str | Unset = UNSET
        if not isinstance(self.trigger_unit, Unset):
            trigger_unit = self.trigger_unit.value

        trigger_time = self.trigger_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active_mode is not UNSET:
            field_dict["active_mode"] = active_mode
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if ended_at is not UNSET:
            field_dict["ended_at"] = ended_at
        if limit is not UNSET:
            field_dict["limit"] = limit
        if status is not UNSET:
            field_dict["status"] = status
        if trigger_unit is not UNSET:
            field_dict["trigger_unit"] = trigger_unit
        if trigger_time is not UNSET:
            field_dict["trigger_time"] = trigger_time

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
        instance.limit = UNSET if (value := get("limit")) is None else value
        instance.trigger_time = UNSET if (value := get("trigger_time")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        _active_mode = d.pop("active_mode", UNSET)
        active_mode: BenefitLimitationActiveMode | Unset
        if isinstance(_active_mode, Unset):
            active_mode = UNSET
        else:
            active_mode = BenefitLimitationActiveMode(_active_mode)

        started_at = d.pop("started_at", UNSET)

        ended_at = d.pop("ended_at", UNSET)

        limit = d.pop("limit", UNSET)

        _status = d.pop("status", UNSET)
        status: BenefitLimitationStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = BenefitLimitationStatus(_status)

        _trigger_unit = d.pop("trigger_unit", UNSET)
        trigger_unit: BenefitLimitationTriggerUnit | Unset
        if isinstance(_trigger_unit, Unset):
            trigger_unit = UNSET
        else:
            trigger_unit = BenefitLimitationTriggerUnit(_trigger_unit)

        trigger_time = d.pop("trigger_time", UNSET)

        benefits_limitations_update_request = cls(
            active_mode=active_mode,
            started_at=started_at,
            ended_at=ended_at,
            limit=limit,
            status=status,
            trigger_unit=trigger_unit,
            trigger_time=trigger_time,
        )

        benefits_limitations_update_request.additional_properties = d
        return benefits_limitations_update_request

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
