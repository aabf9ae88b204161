from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel

if TYPE_CHECKING:
    from ..models.enterprise_organization_member_input import EnterpriseOrganizationMemberInput


T = TypeVar("T", bound="EnterprisesOrganizationsMembersCreateRequest")


@_attrs_define(repr=False)
class EnterprisesOrganizationsMembersCreateRequest(CozeModel):
    """Body of enterprises_organizations_members_create.

    Attributes:
        organization_people (list[EnterpriseOrganizationMemberInput]): The user to add; one per request (guests can only
            be organization_guest).
    """

    organization_people: list[EnterpriseOrganizationMemberInput]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organization_people = []
        for organization_people_item_data in self.organization_people:
            organization_people_item = organization_people_item_data.to_dict()
            organization_people.append(organization_people_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "organization_people": organization_people,
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
        from ..models.enterprise_organization_member_input import EnterpriseOrganizationMemberInput  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        _organization_people_raw = d.pop("organization_people", None)
        organization_people: Any
        if _organization_people_raw is None:
            organization_people = None
        else:
            organization_people = []
            _organization_people = _organization_people_raw
            for organization_people_item_data in _organization_people:
                organization_people_item = EnterpriseOrganizationMemberInput.from_dict(organization_people_item_data)

                organization_people.append(organization_people_item)

        enterprises_organizations_members_create_request = cls(
            organization_people=organization_people,
        )

        enterprises_organizations_members_create_request.additional_properties = d
        return enterprises_organizations_members_create_request

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
