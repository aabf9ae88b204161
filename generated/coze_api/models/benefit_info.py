from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..models.benefit_type import BenefitType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.benefit_status_info import BenefitStatusInfo


T = TypeVar("T", bound="BenefitInfo")


@_attrs_define(repr=False)
class BenefitInfo(CozeModel):
    """One benefit of the plan, with its base amount, purchased extras and the amount in force.

    Attributes:
        resource_id (str | Unset): The API family the benefit applies to (plugin, chat or workflow).
        benefit_type (BenefitType | Unset): A benefit kind: api_run_qps (API QPS, base and purchased) or call_tool_limit
            (paid-plugin calls over MCP).
        basic (BenefitStatusInfo | Unset): A benefit amount with its state.
        extra (list[BenefitStatusInfo] | Unset): Purchased extensions; empty when none were bought.
        effective (BenefitStatusInfo | Unset): A benefit amount with its state.
    """

    resource_id: str | Unset = UNSET
    benefit_type: BenefitType | Unset = UNSET
    basic: BenefitStatusInfo | Unset = UNSET
    extra: list[BenefitStatusInfo] | Unset = UNSET
    effective: BenefitStatusInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource_id = self.resource_id

        benefit_type: str | Unset = UNSET
        if not isinstance(self.benefit_type, Unset):
            benefit_type = self.benefit_type.value

        basic: dict[str, Any] | Unset = UNSET
        if not isinstance(self.basic, Unset):
            basic = self.basic.to_dict()

        extra: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.extra, Unset):
            extra = []
            for extra_item_data in self.extra:
                extra_item = extra_item_data.to_dict()
                extra.append(extra_item)

        effective: dict[str, Any] | Unset = UNSET
        if not isinstance(self.effective, Unset):
            effective = self.effective.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if resource_id is not UNSET:
            field_dict["resource_id"] = resource_id
        if benefit_type is not UNSET:
            field_dict["benefit_type"] = benefit_type
        if basic is not UNSET:
            field_dict["basic"] = basic
        if extra is not UNSET:
            field_dict["extra"] = extra
        if effective is not UNSET:
            field_dict["effective"] = effective

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.resource_id = UNSET if (value := get("resource_id")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.benefit_status_info import BenefitStatusInfo  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        resource_id = d.pop("resource_id", UNSET)

        _benefit_type = d.pop("benefit_type", UNSET)
        benefit_type: BenefitType | Unset
        if isinstance(_benefit_type, Unset):
            benefit_type = UNSET
        else:
            benefit_type = BenefitType(_benefit_type)

        _basic = d.pop("basic", UNSET)
        basic: BenefitStatusInfo | Unset
        if isinstance(_basic, Unset):
            basic = UNSET
        else:
            basic = BenefitStatusInfo.from_dict(_basic)

        _extra = d.pop("extra", UNSET)
        extra: list[BenefitStatusInfo] | Unset = UNSET
        if _extra is not UNSET:
            extra = []
            for extra_item_data in _extra:
                extra_item = BenefitStatusInfo.from_dict(extra_item_data)

                extra.append(extra_item)

        _effective = d.pop("effective", UNSET)
        effective: BenefitStatusInfo | Unset
        if isinstance(_effective, Unset):
            effective = UNSET
        else:
            effective = BenefitStatusInfo.from_dict(_effective)

        benefit_info = cls(
            resource_id=resource_id,
            benefit_type=benefit_type,
            basic=basic,
            extra=extra,
            effective=effective,
        )

        benefit_info.additional_properties = d
        return benefit_info

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
