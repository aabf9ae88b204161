from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.benefit_limitation import BenefitLimitation


T = TypeVar("T", bound="BenefitLimitationCreated")


@_attrs_define(repr=False)
class BenefitLimitationCreated(CozeModel):
    """The result of creating a quota.

    Attributes:
        benefit_info (BenefitLimitation | Unset): A usage quota for the enterprise's devices or custom consumers.
    """

    benefit_info: BenefitLimitation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        benefit_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.benefit_info, Unset):
            benefit_info = self.benefit_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if benefit_info is not UNSET:
            field_dict["benefit_info"] = benefit_info

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.benefit_limitation import BenefitLimitation  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        _benefit_info = d.pop("benefit_info", UNSET)
        benefit_info: BenefitLimitation | Unset
        if isinstance(_benefit_info, Unset):
            benefit_info = UNSET
        else:
            benefit_info = BenefitLimitation.from_dict(_benefit_info)

        benefit_limitation_created = cls(
            benefit_info=benefit_info,
        )

        benefit_limitation_created.additional_properties = d
        return benefit_limitation_created

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
