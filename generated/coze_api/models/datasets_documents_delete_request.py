from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel

T = TypeVar("T", bound="DatasetsDocumentsDeleteRequest")


@_attrs_define(repr=False)
class DatasetsDocumentsDeleteRequest(CozeModel):
    """Body of datasets_documents_delete.

    Attributes:
        document_ids (list[str]): Ids of the files to delete, at most 100.
    """

    document_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document_ids = self.document_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "document_ids": document_ids,
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
        _document_ids_raw = d.pop("document_ids", None)
        document_ids: Any
        if _document_ids_raw is None:
            document_ids = None
        else:
            document_ids = cast(list[str], _document_ids_raw)

        datasets_documents_delete_request = cls(
            document_ids=document_ids,
        )

        datasets_documents_delete_request.additional_properties = d
        return datasets_documents_delete_request

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
