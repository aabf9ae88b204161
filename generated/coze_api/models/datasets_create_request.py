from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..models.dataset_format_type import DatasetFormatType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DatasetsCreateRequest")


@_attrs_define(repr=False)
class DatasetsCreateRequest(CozeModel):
    """Body of datasets_create.

    Attributes:
        name (str): Name of the knowledge base, at most 100 characters.
        space_id (str): The workspace to create the knowledge base in.
        format_type (DatasetFormatType): Kind of knowledge base or file; 0 text documents (txt, pdf, web pages, ...), 1
            tables (xls, ...), 2 images (png, ...).
        description (str | Unset): Description of the knowledge base.
        file_id (str | Unset): Id of an image uploaded with files.upload, used as the icon.
    """

    name: str
    space_id: str
    format_type: DatasetFormatType
    description: str | Unset = UNSET
    file_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        space_id = self.space_id

        format_type = self.format_type.value

        description = self.description

        file_id = self.file_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "space_id": space_id,
                "format_type": format_type,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if file_id is not UNSET:
            field_dict["file_id"] = file_id

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
        instance.space_id = get("space_id")
        instance.description = UNSET if (value := get("description")) is None else value
        instance.file_id = UNSET if (value := get("file_id")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        _name_raw = d.pop("name", None)
        name = _name_raw

        _space_id_raw = d.pop("space_id", None)
        space_id = _space_id_raw

        _format_type_raw = d.pop("format_type", None)
        format_type: Any
        if _format_type_raw is None:
            format_type = None
        else:
            format_type = DatasetFormatType(_format_type_raw)

        description = d.pop("description", UNSET)

        file_id = d.pop("file_id", UNSET)

        datasets_create_request = cls(
            name=name,
            space_id=space_id,
            format_type=format_type,
            description=description,
            file_id=file_id,
        )

        datasets_create_request.additional_properties = d
        return datasets_create_request

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
