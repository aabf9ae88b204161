from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="DatasetsUpdateRequest")


@_attrs_define(repr=False)
class DatasetsUpdateRequest(CozeModel):
    """Body of datasets_update; all three fields are overwritten.

    Attributes:
        name (str): New name, at most 100 characters.
        file_id (str | Unset): Id of an image uploaded with files.upload, used as the icon; left out, the icon is reset
            to the default.
        description (str | Unset): New description; left out, the description is cleared.
    """

    name: str
    file_id: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        file_id = self.file_id

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
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
        instance.file_id = UNSET if (value := get("file_id")) is None else value
        instance.description = UNSET if (value := get("description")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        _name_raw = d.pop("name", None)
        name = _name_raw

        file_id = d.pop("file_id", UNSET)

        description = d.pop("description", UNSET)

        datasets_update_request = cls(
            name=name,
            file_id=file_id,
            description=description,
        )

        datasets_update_request.additional_properties = d
        return datasets_update_request

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
