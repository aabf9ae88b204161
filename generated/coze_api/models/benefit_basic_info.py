from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..models.benefit_basic_info_user_level import BenefitBasicInfoUserLevel
from ..types import UNSET, Unset

T = TypeVar("T", bound="BenefitBasicInfo")


@_attrs_define(repr=False)
class BenefitBasicInfo(CozeModel):
    """The plan the account subscribes to.

    Attributes:
        user_level (BenefitBasicInfoUserLevel | Unset): The plan: free, pro_personal, team (enterprise standard) or
            enterprise (enterprise flagship).
    """

    user_level: BenefitBasicInfoUserLevel | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_level: str | Unset = UNSET
        if not isinstance(self.user_level, Unset):
            user_level = self.user_level.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_level is not UNSET:
            field_dict["user_level"] = user_level

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
        d = {k: v for k, v in src_dict.items() if v is not None}
        _user_level = d.pop("user_level", UNSET)
        user_level: BenefitBasicInfoUserLevel | Unset
        if isinstance(_user_level, Unset):
            user_level = UNSET
        else:
            user_level = BenefitBasicInfoUserLevel(_user_level)

        benefit_basic_info = cls(
            user_level=user_level,
        )

        benefit_basic_info.additional_properties = d
        return benefit_basic_info

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
