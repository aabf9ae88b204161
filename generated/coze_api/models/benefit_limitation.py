from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..models.benefit_limitation_active_mode import BenefitLimitationActiveMode
from ..models.benefit_limitation_entity_type import BenefitLimitationEntityType
from ..models.benefit_limitation_status import BenefitLimitationStatus
from ..models.benefit_limitation_trigger_unit import BenefitLimitationTriggerUnit
from ..models.benefit_limitation_type import BenefitLimitationType
from ..types import UNSET, Unset

T = TypeVar("T", bound="BenefitLimitation")


@_attrs_define(repr=False)
class BenefitLimitation(CozeModel):
    """A usage quota for the enterprise's devices or custom consumers.

    Attributes:
        benefit_id (int | str | Unset): The quota id (the docs' examples show it both as a string and as a number).
        entity_type (BenefitLimitationEntityType | Unset): What a quota applies to: enterprise_all_devices,
            enterprise_all_custom_consumers, single_device or single_custom_consumer.
        entity_id (str | Unset): The device or custom consumer id, for single_device and single_custom_consumer quotas.
        benefit_type (BenefitLimitationType | Unset): The quota unit: resource_point, voice_unified_duration_system
            (call seconds, system voices) or voice_unified_duration_custom (call seconds, cloned voices).
        active_mode (BenefitLimitationActiveMode | Unset): How the validity window is set; only absolute_time
            (started_at to ended_at) exists.
        started_at (int | Unset): When the quota takes effect, in unix seconds.
        ended_at (int | Unset): When the quota stops applying, in unix seconds.
        limit (int | Unset): The amount, in resource points or seconds.
        status (BenefitLimitationStatus | Unset): The quota state: valid or frozen.
        trigger_unit (BenefitLimitationTriggerUnit | Unset): How often the quota resets: never (a lifetime cap), minute,
            hour or day.
        trigger_time (int | Unset): Reset every this many trigger_units.
    """

    benefit_id: int | str | Unset = UNSET
    entity_type: BenefitLimitationEntityType | Unset = UNSET
    entity_id: str | Unset = UNSET
    benefit_type: BenefitLimitationType | Unset = UNSET
    active_mode: BenefitLimitationActiveMode | Unset = UNSET
    started_at: int | Unset = UNSET
    ended_at: int | Unset = UNSET
    limit: int | Unset = UNSET
    status: BenefitLimitationStatus | Unset = UNSET
    trigger_unit: BenefitLimitationTriggerUnit | Unset = UNSET
    trigger_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        benefit_id: int | str | Unset
        if isinstance(self.benefit_id, Unset):
            benefit_id = UNSET
        else:
            benefit_id = self.benefit_id

        entity_type: str | Unset = UNSET
        if not isinstance(self.entity_type, Unset):
            entity_type = self.entity_type.value

        entity_id = self.entity_id

        benefit_type: str | Unset = UNSET
        if not isinstance(self.benefit_type, Unset):
            benefit_type = self.benefit_type.value

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
        if benefit_id is not UNSET:
            field_dict["benefit_id"] = benefit_id
        if entity_type is not UNSET:
            field_dict["entity_type"] = entity_type
        if entity_id is not UNSET:
            field_dict["entity_id"] = entity_id
        if benefit_type is not UNSET:
            field_dict["benefit_type"] = benefit_type
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
        instance.entity_id = UNSET if (value := get("entity_id")) is None else value
        instance.started_at = UNSET if (value := get("started_at")) is None else value
        instance.ended_at = UNSET if (value := get("ended_at")) is None else value
        instance.limit = UNSET if (value := get("limit")) is None else value
        instance.trigger_time = UNSET if (value := get("trigger_time")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}

        def _parse_benefit_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        benefit_id = _parse_benefit_id(d.pop("benefit_id", UNSET))

        _entity_type = d.pop("entity_type", UNSET)
        entity_type: BenefitLimitationEntityType | Unset
        if isinstance(_entity_type, Unset):
            entity_type = UNSET
        else:
            entity_type = BenefitLimitationEntityType(_entity_type)

        entity_id = d.pop("entity_id", UNSET)

        _benefit_type = d.pop("benefit_type", UNSET)
        benefit_type: BenefitLimitationType | Unset
        if isinstance(_benefit_type, Unset):
            benefit_type = UNSET
        else:
            benefit_type = BenefitLimitationType(_benefit_type)

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

        benefit_limitation = cls(
            benefit_id=benefit_id,
            entity_type=entity_type,
            entity_id=entity_id,
            benefit_type=benefit_type,
            active_mode=active_mode,
            started_at=started_at,
            ended_at=ended_at,
            limit=limit,
            status=status,
            trigger_unit=trigger_unit,
            trigger_time=trigger_time,
        )

        benefit_limitation.additional_properties = d
        return benefit_limitation

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
