from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..models.dataset_document_source import DatasetDocumentSource
from ..types import UNSET, Unset

T = TypeVar("T", bound="DatasetSourceInfo")


@_attrs_define(repr=False)
class DatasetSourceInfo(CozeModel):
    """Where a new file's content comes from; set file_base64 and file_type for a local file, web_url and document_source 1
    for a web page, or source_file_id and document_source 5 for an uploaded image.

        Attributes:
            file_base64 (str | Unset): The local file's content, base64-encoded.
            file_type (str | Unset): Extension of the local file (pdf, txt, doc or docx); it must suit the knowledge base's
                type.
            web_url (str | Unset): Address of the web page to add.
            document_source (DatasetDocumentSource | Unset): How a file was added; 0 local file (base64), 1 online web page,
                2 custom, 3 third party, 4 front-end crawl, 5 file id from files.upload, 101 Notion, 102 Google Drive, 103
                Feishu web, 104 Lark web.
            source_file_id (str | Unset): Id of a file uploaded with files.upload.
    """

    file_base64: str | Unset = UNSET
    file_type: str | Unset = UNSET
    web_url: str | Unset = UNSET
    document_source: DatasetDocumentSource | Unset = UNSET
    source_file_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_base64 = self.file_base64

        file_type = self.file_type

        web_url = self.web_url

        document_source: int | Unset = UNSET
        if not isinstance(self.document_source, Unset):
            document_source = self.document_source.value

        source_file_id = self.source_file_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file_base64 is not UNSET:
            field_dict["file_base64"] = file_base64
        if file_type is not UNSET:
            field_dict["file_type"] = file_type
        if web_url is not UNSET:
            field_dict["web_url"] = web_url
        if document_source is not UNSET:
            field_dict["document_source"] = document_source
        if source_file_id is not UNSET:
            field_dict["source_file_id"] = source_file_id

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.file_base64 = UNSET if (value := get("file_base64")) is None else value
        instance.file_type = UNSET if (value := get("file_type")) is None else value
        instance.web_url = UNSET if (value := get("web_url")) is None else value
        instance.source_file_id = UNSET if (value := get("source_file_id")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        file_base64 = d.pop("file_base64", UNSET)

        file_type = d.pop("file_type", UNSET)

        web_url = d.pop("web_url", UNSET)

        _document_source = d.pop("document_source", UNSET)
        document_source: DatasetDocumentSource | Unset
        if isinstance(_document_source, Unset):
            document_source = UNSET
        else:
            document_source = DatasetDocumentSource(_document_source)

        source_file_id = d.pop("source_file_id", UNSET)

        dataset_source_info = cls(
            file_base64=file_base64,
            file_type=file_type,
            web_url=web_url,
            document_source=document_source,
            source_file_id=source_file_id,
        )

        dataset_source_info.additional_properties = d
        return dataset_source_info

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
