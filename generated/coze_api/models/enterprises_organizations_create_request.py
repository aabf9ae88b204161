from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="EnterprisesOrganizationsCreateRequest")


@_attrs_define(repr=False)
class EnterprisesOrganizationsCreateRequest(CozeModel):
    """Body of enterprises_organizations_create.

    Attributes:
        name (str): The organization name, at most 30 characters.
        super_admin_user_id (str): UID of an enterprise employee who becomes the organization's super admin.
        description (str | Unset): A description, at most 100 characters (server default empty).
    """

    name: str
    super_admin_user_id: str
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        super_admin_user_id = self.super_admin_user_id

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "super_admin_user_id": super_admin_user_id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.name = get("name")
        instance.super_admin_user_id = get("super_admin_user_id")
        instance.description = UNSET if (value := get("description")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        _name_raw = d.pop("name", None)
        name = _name_raw

        _super_admin_user_id_raw = d.pop("super_admin_user_id", None)
        super_admin_user_id = _super_admin_user_id_raw

        description = d.pop("description", UNSET)

        enterprises_organizations_create_request = cls(
            name=name,
            super_admin_user_id=super_admin_user_id,
            description=description,
        )

        enterprises_organizations_create_request.additional_properties = d
        return enterprises_organizations_create_request

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
