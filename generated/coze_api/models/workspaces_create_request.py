from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkspacesCreateRequest")


@_attrs_define(repr=False)
class WorkspacesCreateRequest(CozeModel):
    """Body of workspaces_create.

    Attributes:
        name (str): The workspace name, up to 50 characters.
        description (str): What the workspace is for, up to 2000 characters.
        icon_file_id (str | Unset): Id of an uploaded file to use as icon; the default icon when omitted.
        coze_account_id (str | Unset): Organization to create the workspace in; the caller's personal account when
            omitted.
        owner_uid (str | Unset): Coze user id of the owner (enterprise plans); the token's creator when omitted.
    """

    name: str
    description: str
    icon_file_id: str | Unset = UNSET
    coze_account_id: str | Unset = UNSET
    owner_uid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        icon_file_id = self.icon_file_id

        coze_account_id = self.coze_account_id

        owner_uid = self.owner_uid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "description": description,
            }
        )
        if icon_file_id is not UNSET:
            field_dict["icon_file_id"] = icon_file_id
        if coze_account_id is not UNSET:
            field_dict["coze_account_id"] = coze_account_id
        if owner_uid is not UNSET:
            field_dict["owner_uid"] = owner_uid

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
        instance.description = get("description")
        instance.icon_file_id = UNSET if (value := get("icon_file_id")) is None else value
        instance.coze_account_id = UNSET if (value := get("coze_account_id")) is None else value
        instance.owner_uid = UNSET if (value := get("owner_uid")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        _name_raw = d.pop("name", None)
        name = _name_raw

        _description_raw = d.pop("description", None)
        description = _description_raw

        icon_file_id = d.pop("icon_file_id", UNSET)

        coze_account_id = d.pop("coze_account_id", UNSET)

        owner_uid = d.pop("owner_uid", UNSET)

        workspaces_create_request = cls(
            name=name,
            description=description,
            icon_file_id=icon_file_id,
            coze_account_id=coze_account_id,
            owner_uid=owner_uid,
        )

        workspaces_create_request.additional_properties = d
        return workspaces_create_request

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
