from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..models.dataset_format_type import DatasetFormatType

if TYPE_CHECKING:
    from ..models.dataset_chunk_strategy import DatasetChunkStrategy
    from ..models.dataset_document_base import DatasetDocumentBase


T = TypeVar("T", bound="DatasetsDocumentsCreateRequest")


@_attrs_define(repr=False)
class DatasetsDocumentsCreateRequest(CozeModel):
    """Body of datasets_documents_create.

    Attributes:
        dataset_id (str): The knowledge base to add the files to.
        document_bases (list[DatasetDocumentBase]): The files to add, at most 10 (one for table knowledge bases), all
            with the same upload method.
        chunk_strategy (DatasetChunkStrategy): How files are split into chunks (text) or captioned (images).
        format_type (DatasetFormatType): Kind of knowledge base or file; 0 text documents (txt, pdf, web pages, ...), 1
            tables (xls, ...), 2 images (png, ...).
    """

    dataset_id: str
    document_bases: list[DatasetDocumentBase]
    chunk_strategy: DatasetChunkStrategy
    format_type: DatasetFormatType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dataset_id = self.dataset_id

        document_bases = []
        for document_bases_item_data in self.document_bases:
            document_bases_item = document_bases_item_data.to_dict()
            document_bases.append(document_bases_item)

        chunk_strategy = self.chunk_strategy.to_dict()

        format_type = self.format_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataset_id": dataset_id,
                "document_bases": document_bases,
                "chunk_strategy": chunk_strategy,
                "format_type": format_type,
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
        get = src_dict.get
        instance.dataset_id = get("dataset_id")
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dataset_chunk_strategy import DatasetChunkStrategy  # noqa: PLC0415
        from ..models.dataset_document_base import DatasetDocumentBase  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        _dataset_id_raw = d.pop("dataset_id", None)
        dataset_id = _dataset_id_raw

        _document_bases_raw = d.pop("document_bases", None)
        document_bases: Any
        if _document_bases_raw is None:
            document_bases = None
        else:
            document_bases = []
            _document_bases = _document_bases_raw
            for document_bases_item_data in _document_bases:
                document_bases_item = DatasetDocumentBase.from_dict(document_bases_item_data)

                document_bases.append(document_bases_item)

        _chunk_strategy_raw = d.pop("chunk_strategy", None)
        chunk_strategy: Any
        if _chunk_strategy_raw is None:
            chunk_strategy = None
        else:
            chunk_strategy = DatasetChunkStrategy.from_dict(_chunk_strategy_raw)

        _format_type_raw = d.pop("format_type", None)
        format_type: Any
        if _format_type_raw is None:
            format_type = None
        else:
            format_type = DatasetFormatType(_format_type_raw)

        datasets_documents_create_request = cls(
            dataset_id=dataset_id,
            document_bases=document_bases,
            chunk_strategy=chunk_strategy,
            format_type=format_type,
        )

        datasets_documents_create_request.additional_properties = d
        return datasets_documents_create_request

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
