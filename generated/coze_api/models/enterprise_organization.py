from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="EnterpriseOrganization")


@_attrs_define(repr=False)
class EnterpriseOrganization(CozeModel):
    """An organization of an enterprise.

    Attributes:
        organization_id (str): The organization id.
        organization_name (str | Unset): The organization name.
        organization_icon_url (str | Unset): URL of the organization's icon.
        is_default_organization (bool | Unset): Whether this is the enterprise's default organization rather than a
            custom one.
    """

    organization_id: str
    organization_name: str | Unset = UNSET
    organization_icon_url: str | Unset = UNSET
    is_default_organization: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organization_id = self.organization_id

        organization_name = self.organization_name

        organization_icon_url = self.organization_icon_url

        is_default_organization = self.is_default_organization

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "organization_id": organization_id,
            }
        )
        if organization_name is not UNSET:
            field_dict["organization_name"] = organization_name
        if organization_icon_url is not UNSET:
            field_dict["organization_icon_url"] = organization_icon_url
        if is_default_organization is not UNSET:
            field_dict["is_default_organization"] = is_default_organization

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.organization_id = get("organization_id")
        instance.organization_name = UNSET if (value := get("organization_name")) is None else value
        instance.organization_icon_url = UNSET if (value := get("organization_icon_url")) is None else value
        instance.is_default_organization = UNSET if (value := get("is_default_organization")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        _organization_id_raw = d.pop("organization_id", None)
        organization_id = _organization_id_raw

        organization_name = d.pop("organization_name", UNSET)

        organization_icon_url = d.pop("organization_icon_url", UNSET)

        is_default_organization = d.pop("is_default_organization", UNSET)

        enterprise_organization = cls(
            organization_id=organization_id,
            organization_name=organization_name,
            organization_icon_url=organization_icon_url,
            is_default_organization=is_default_organization,
        )

        enterprise_organization.additional_properties = d
        return enterprise_organization

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
