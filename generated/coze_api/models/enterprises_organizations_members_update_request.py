from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..models.enterprise_organization_role_type import EnterpriseOrganizationRoleType

T = TypeVar("T", bound="EnterprisesOrganizationsMembersUpdateRequest")


@_attrs_define(repr=False)
class EnterprisesOrganizationsMembersUpdateRequest(CozeModel):
    """Body of enterprises_organizations_members_update.

    Attributes:
        organization_role_type (EnterpriseOrganizationRoleType): A role in an organization: organization_super_admin,
            organization_admin, organization_member or organization_guest.
    """

    organization_role_type: EnterpriseOrganizationRoleType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organization_role_type = self.organization_role_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "organization_role_type": organization_role_type,
            }
        )

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
        _organization_role_type_raw = d.pop("organization_role_type", None)
        organization_role_type: Any
        if _organization_role_type_raw is None:
            organization_role_type = None
        else:
            organization_role_type = EnterpriseOrganizationRoleType(_organization_role_type_raw)

        enterprises_organizations_members_update_request = cls(
            organization_role_type=organization_role_type,
        )

        enterprises_organizations_members_update_request.additional_properties = d
        return enterprises_organizations_members_update_request

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
