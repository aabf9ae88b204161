from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="File")


@_attrs_define(repr=False)
class File(CozeModel):
    """A file uploaded to Coze.

    Attributes:
        id (str): The file id; pass it as file_id in messages, workflows and knowledge bases.
        bytes_ (int | Unset): Size of the file, in bytes.
        created_at (int | Unset): When the file was uploaded, in unix seconds.
        file_name (str | Unset): Name of the file, extension included.
    """

    id: str
    bytes_: int | Unset = UNSET
    created_at: int | Unset = UNSET
    file_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        bytes_ = self.bytes_

        created_at = self.created_at

        file_name = self.file_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if bytes_ is not UNSET:
            field_dict["bytes"] = bytes_
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if file_name is not UNSET:
            field_dict["file_name"] = file_name

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.id = get("id")
        instance.bytes_ = UNSET if (value := get("bytes")) is None else value
        instance.created_at = UNSET if (value := get("created_at")) is None else value
        instance.file_name = UNSET if (value := get("file_name")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        _id_raw = d.pop("id", None)
        id = _id_raw

        bytes_ = d.pop("bytes", UNSET)

        created_at = d.pop("created_at", UNSET)

        file_name = d.pop("file_name", UNSET)

        file = cls(
            id=id,
            bytes_=bytes_,
            created_at=created_at,
            file_name=file_name,
        )

        file.additional_properties = d
        return file

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
