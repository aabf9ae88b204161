from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..models.benefit_limitation_active_mode import BenefitLimitationActiveMode
from ..models.benefit_limitation_status import BenefitLimitationStatus
from ..models.benefit_limitation_trigger_unit import BenefitLimitationTriggerUnit
from ..models.benefit_limitation_type import BenefitLimitationType
from ..types import UNSET, Unset

T = TypeVar("T", bound="BenefitLimitationInput")


@_attrs_define(repr=False)
class BenefitLimitationInput(CozeModel):
    """The quota to create.

    Attributes:
        limit (int): The amount, in resource points or in seconds for the voice quota types.
        benefit_type (BenefitLimitationType): The quota unit: resource_point, voice_unified_duration_system (call
            seconds, system voices) or voice_unified_duration_custom (call seconds, cloned voices).
        active_mode (BenefitLimitationActiveMode): How the validity window is set; only absolute_time (started_at to
            ended_at) exists.
        started_at (int): When the quota takes effect, in unix seconds.
        ended_at (int): When the quota stops applying, in unix seconds (253402300799 for never).
        status (BenefitLimitationStatus | Unset): The quota state: valid or frozen.
        trigger_unit (BenefitLimitationTriggerUnit | Unset): How often the quota resets: never (a lifetime cap), minute,
            hour or day.
        trigger_time (int | Unset): Reset every this many trigger_units (e.g. 1 with day resets daily); meaningless with
            never.
    """

    limit: int
    benefit_type: BenefitLimitationType
    active_mode: BenefitLimitationActiveMode
    started_at: int
    ended_at: int
    status: BenefitLimitationStatus | Unset = UNSET
    trigger_unit: BenefitLimitationTriggerUnit | Unset = UNSET
    trigger_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        limit = self.limit

        benefit_type = self.benefit_type.value

        active_mode = self.active_mode.value

        started_at = self.started_at

        ended_at = self.ended_at

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        trigger_unit: str | Unset = UNSET
        if not isinstance(self.trigger_unit, Unset):
            trigger_unit = self.trigger_unit.value

        trigger_time = self.trigger_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "limit": limit,
                "benefit_type": benefit_type,
                "active_mode": active_mode,
                "started_at": started_at,
                "ended_at": ended_at,
            }
        )
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
        instance.limit = get("limit")
        instance.started_at = get("started_at")
        instance.ended_at = get("ended_at")
        instance.trigger_time = UNSET if (value := get("trigger_time")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        _limit_raw = d.pop("limit", None)
        limit = _limit_raw

        _benefit_type_raw = d.pop("benefit_type", None)
        benefit_type: Any
        if _benefit_type_raw is None:
            benefit_type = None
        else:
            benefit_type = BenefitLimitationType(_benefit_type_raw)

        _active_mode_raw = d.pop("active_mode", None)
        active_mode: Any
        if _active_mode_raw is None:
            active_mode = None
        else:
            active_mode = BenefitLimitationActiveMode(_active_mode_raw)

        _started_at_raw = d.pop("started_at", None)
        started_at = _started_at_raw

        _ended_at_raw = d.pop("ended_at", None)
        ended_at = _ended_at_raw

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

        benefit_limitation_input = cls(
            limit=limit,
            benefit_type=benefit_type,
            active_mode=active_mode,
            started_at=started_at,
            ended_at=ended_at,
            status=status,
            trigger_unit=trigger_unit,
            trigger_time=trigger_time,
        )

        benefit_limitation_input.additional_properties = d
        return benefit_limitation_input

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
