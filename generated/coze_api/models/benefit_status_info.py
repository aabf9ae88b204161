from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..models.benefit_status_info_status import BenefitStatusInfoStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.benefit_item_info import BenefitItemInfo


T = TypeVar("T", bound="BenefitStatusInfo")


@_attrs_define(repr=False)
class BenefitStatusInfo(CozeModel):
    """A benefit amount with its state.

    Attributes:
        status (BenefitStatusInfoStatus | Unset): The state: valid, frozen, cancel, pending, invalid, auditing or
            expired (may be empty).
        item_info (BenefitItemInfo | Unset): The amount, use and validity of one benefit.
    """

    status: BenefitStatusInfoStatus | Unset = UNSET
    item_info: BenefitItemInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        item_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item_info, Unset):
            item_info = self.item_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if item_info is not UNSET:
            field_dict["item_info"] = item_info

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
        from ..models.benefit_item_info import BenefitItemInfo  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        _status = d.pop("status", UNSET)
        status: BenefitStatusInfoStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = BenefitStatusInfoStatus(_status)

        _item_info = d.pop("item_info", UNSET)
        item_info: BenefitItemInfo | Unset
        if isinstance(_item_info, Unset):
            item_info = UNSET
        else:
            item_info = BenefitItemInfo.from_dict(_item_info)

        benefit_status_info = cls(
            status=status,
            item_info=item_info,
        )

        benefit_status_info.additional_properties = d
        return benefit_status_info

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
