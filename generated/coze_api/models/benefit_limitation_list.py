from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.benefit_limitation import BenefitLimitation


T = TypeVar("T", bound="BenefitLimitationList")


@_attrs_define(repr=False)
class BenefitLimitationList(CozeModel):
    """One page of quotas.

    Attributes:
        benefit_infos (list[BenefitLimitation] | Unset): The quotas on this page.
        has_more (bool | Unset): Whether more pages follow.
        page_token (str | Unset): Token of the next page; pass it as page_token.
    """

    benefit_infos: list[BenefitLimitation] | Unset = UNSET
    has_more: bool | Unset = UNSET
    page_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        benefit_infos: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.benefit_infos, Unset):
            benefit_infos = []
            for benefit_infos_item_data in self.benefit_infos:
                benefit_infos_item = benefit_infos_item_data.to_dict()
                benefit_infos.append(benefit_infos_item)

        has_more = self.has_more

        page_token = self.page_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if benefit_infos is not UNSET:
            field_dict["benefit_infos"] = benefit_infos
        if has_more is not UNSET:
            field_dict["has_more"] = has_more
        if page_token is not UNSET:
            field_dict["page_token"] = page_token

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.has_more = UNSET if (value := get("has_more")) is None else value
        instance.page_token = UNSET if (value := get("page_token")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.benefit_limitation import BenefitLimitation  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        _benefit_infos = d.pop("benefit_infos", UNSET)
        benefit_infos: list[BenefitLimitation] | Unset = UNSET
        if _benefit_infos is not UNSET:
            benefit_infos = []
            for benefit_infos_item_data in _benefit_infos:
                benefit_infos_item = BenefitLimitation.from_dict(benefit_infos_item_data)

                benefit_infos.append(benefit_infos_item)

        has_more = d.pop("has_more", UNSET)

        page_token = d.pop("page_token", UNSET)

        benefit_limitation_list = cls(
            benefit_infos=benefit_infos,
            has_more=has_more,
            page_token=page_token,
        )

        benefit_limitation_list.additional_properties = d
        return benefit_limitation_list

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
