from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.benefit_basic_info import BenefitBasicInfo
    from ..models.benefit_info import BenefitInfo


T = TypeVar("T", bound="BenefitOverview")


@_attrs_define(repr=False)
class BenefitOverview(CozeModel):
    """The account's plan and the benefits asked for.

    Attributes:
        basic_info (BenefitBasicInfo | Unset): The plan the account subscribes to.
        benefit_info (list[BenefitInfo] | Unset): The requested benefits; absent when benefit_type_list was empty.
    """

    basic_info: BenefitBasicInfo | Unset = UNSET
    benefit_info: list[BenefitInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        basic_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.basic_info, Unset):
            basic_info = self.basic_info.to_dict()

        benefit_info: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.benefit_info, Unset):
            benefit_info = []
            for benefit_info_item_data in self.benefit_info:
                benefit_info_item = benefit_info_item_data.to_dict()
                benefit_info.append(benefit_info_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if basic_info is not UNSET:
            field_dict["basic_info"] = basic_info
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
        from ..models.benefit_basic_info import BenefitBasicInfo  # noqa: PLC0415
        from ..models.benefit_info import BenefitInfo  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        _basic_info = d.pop("basic_info", UNSET)
        basic_info: BenefitBasicInfo | Unset
        if isinstance(_basic_info, Unset):
            basic_info = UNSET
        else:
            basic_info = BenefitBasicInfo.from_dict(_basic_info)

        _benefit_info = d.pop("benefit_info", UNSET)
        benefit_info: list[BenefitInfo] | Unset = UNSET
        if _benefit_info is not UNSET:
            benefit_info = []
            for benefit_info_item_data in _benefit_info:
                benefit_info_item = BenefitInfo.from_dict(benefit_info_item_data)

                benefit_info.append(benefit_info_item)

        benefit_overview = cls(
            basic_info=basic_info,
            benefit_info=benefit_info,
        )

        benefit_overview.additional_properties = d
        return benefit_overview

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
