from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..models.benefit_limitation_entity_type import BenefitLimitationEntityType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.benefit_limitation_input import BenefitLimitationInput


T = TypeVar("T", bound="BenefitsLimitationsCreateRequest")


@_attrs_define(repr=False)
class BenefitsLimitationsCreateRequest(CozeModel):
    """Body of benefits_limitations_create.

    Attributes:
        entity_type (BenefitLimitationEntityType): What a quota applies to: enterprise_all_devices,
            enterprise_all_custom_consumers, single_device or single_custom_consumer.
        benefit_info (BenefitLimitationInput): The quota to create.
        entity_id (str | Unset): The device id (single_device) or custom consumer id (single_custom_consumer); omit for
            the other types.
    """

    entity_type: BenefitLimitationEntityType
    benefit_info: BenefitLimitationInput
    entity_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity_type = self.entity_type.value

        benefit_info = self.benefit_info.to_dict()

        entity_id = self.entity_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entity_type": entity_type,
                "benefit_info": benefit_info,
            }
        )
        if entity_id is not UNSET:
            field_dict["entity_id"] = entity_id

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
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.benefit_limitation_input import BenefitLimitationInput  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        _entity_type_raw = d.pop("entity_type", None)
        entity_type: Any
        if _entity_type_raw is None:
            entity_type = None
        else:
            entity_type = BenefitLimitationEntityType(_entity_type_raw)

        _benefit_info_raw = d.pop("benefit_info", None)
        benefit_info: Any
        if _benefit_info_raw is None:
            benefit_info = None
        else:
            benefit_info = BenefitLimitationInput.from_dict(_benefit_info_raw)

        entity_id = d.pop("entity_id", UNSET)

        benefits_limitations_create_request = cls(
            entity_type=entity_type,
            benefit_info=benefit_info,
            entity_id=entity_id,
        )

        benefits_limitations_create_request.additional_properties = d
        return benefits_limitations_create_request

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
