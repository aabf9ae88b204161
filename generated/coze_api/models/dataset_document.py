from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..models.dataset_document_source import DatasetDocumentSource
from ..models.dataset_document_status import DatasetDocumentStatus
from ..models.dataset_format_type import DatasetFormatType
from ..models.dataset_update_type import DatasetUpdateType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_chunk_strategy import DatasetChunkStrategy


T = TypeVar("T", bound="DatasetDocument")


@_attrs_define(repr=False)
class DatasetDocument(CozeModel):
    """A file in a knowledge base.

    Attributes:
        document_id (str): The file id.
        name (str | Unset): Name of the file.
        type_ (str | Unset): Extension of the file, such as pdf or txt.
        size (int | Unset): Size of the file, in bytes.
        char_count (int | Unset): Number of characters in the file's content.
        slice_count (int | Unset): Number of chunks the file was split into.
        hit_count (int | Unset): How many times the file has been hit in conversations.
        status (DatasetDocumentStatus | Unset): Processing state of a file; 0 processing, 1 done, 9 failed (upload it
            again).
        format_type (DatasetFormatType | Unset): Kind of knowledge base or file; 0 text documents (txt, pdf, web pages,
            ...), 1 tables (xls, ...), 2 images (png, ...).
        source_type (DatasetDocumentSource | None | Unset): How the file was added; may be null right after creation.
        update_type (DatasetUpdateType | None | Unset): Whether a web page is refreshed periodically; may be null right
            after creation.
        update_interval (int | Unset): Hours between refreshes of a web page.
        tos_uri (str | Unset): Storage key of an uploaded local file.
        chunk_strategy (DatasetChunkStrategy | Unset): How files are split into chunks (text) or captioned (images).
        create_time (int | Unset): When the file was added, in unix seconds.
        update_time (int | Unset): When the file was last changed, in unix seconds.
    """

    document_id: str
    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    size: int | Unset = UNSET
    char_count: int | Unset = UNSET
    slice_count: int | Unset = UNSET
    hit_count: int | Unset = UNSET
    status: DatasetDocumentStatus | Unset = UNSET
    format_type: DatasetFormatType | Unset = UNSET
    source_type: DatasetDocumentSource | None | Unset = UNSET
    update_type: DatasetUpdateType | None | Unset = UNSET
    update_interval: int | Unset = UNSET
    tos_uri: str | Unset = UNSET
    chunk_strategy: DatasetChunkStrategy | Unset = UNSET
    create_time: int | Unset = UNSET
    update_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document_id = self.document_id

        name = self.name

        type_ = self.type_

        size = self.size

        char_count = self.char_count

        slice_count = self.slice_count

        hit_count = self.hit_count

        status: int | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        format_type: int | Unset = UNSET
        if not isinstance(self.format_type, Unset):
            format_type = self.format_type.value

        source_type: int | None | Unset
        if isinstance(self.source_type, Unset):
            source_type = UNSET
        elif isinstance(self.source_type, DatasetDocumentSource):
            source_type = self.source_type.value
        else:
            source_type = self.source_type

        update_type: int | None | Unset
        if isinstance(self.update_type, Unset):
            update_type = UNSET
        elif isinstance(self.update_type, DatasetUpdateType):
            update_type = self.update_type.value
        else:
            update_type = self.update_type

        update_interval = self.update_interval

        tos_uri = self.tos_uri

        chunk_strategy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.chunk_strategy, Unset):
            chunk_strategy = self.chunk_strategy.to_dict()

        create_time = self.create_time

        update_time = self.update_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "document_id": document_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if size is not UNSET:
            field_dict["size"] = size
        if char_count is not UNSET:
            field_dict["char_count"] = char_count
        if slice_count is not UNSET:
            field_dict["slice_count"] = slice_count
        if hit_count is not UNSET:
            field_dict["hit_count"] = hit_count
        if status is not UNSET:
            field_dict["status"] = status
        if format_type is not UNSET:
            field_dict["format_type"] = format_type
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if update_type is not UNSET:
            field_dict["update_type"] = update_type
        if update_interval is not UNSET:
            field_dict["update_interval"] = update_interval
        if tos_uri is not UNSET:
            field_dict["tos_uri"] = tos_uri
        if chunk_strategy is not UNSET:
            field_dict["chunk_strategy"] = chunk_strategy
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if update_time is not UNSET:
            field_dict["update_time"] = update_time

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.document_id = get("document_id")
        instance.name = UNSET if (value := get("name")) is None else value
        instance.type_ = UNSET if (value := get("type")) is None else value
        instance.size = UNSET if (value := get("size")) is None else value
        instance.char_count = UNSET if (value := get("char_count")) is None else value
        instance.slice_count = UNSET if (value := get("slice_count")) is None else value
        instance.hit_count = UNSET if (value := get("hit_count")) is None else value
        instance.update_interval = UNSET if (value := get("update_interval")) is None else value
        instance.tos_uri = UNSET if (value := get("tos_uri")) is None else value
        instance.create_time = UNSET if (value := get("create_time")) is None else value
        instance.update_time = UNSET if (value := get("update_time")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dataset_chunk_strategy import DatasetChunkStrategy  # noqa: PLC0415

        d = {
            k: v
            for k, v in src_dict.items()
            if v is not None
            or k
            in (
                "source_type",
                "update_type",
            )
        }
        _document_id_raw = d.pop("document_id", None)
        document_id = _document_id_raw

        name = d.pop("name", UNSET)

        type_ = d.pop("type", UNSET)

        size = d.pop("size", UNSET)

        char_count = d.pop("char_count", UNSET)

        slice_count = d.pop("slice_count", UNSET)

        hit_count = d.pop("hit_count", UNSET)

        _status = d.pop("status", UNSET)
        status: DatasetDocumentStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = DatasetDocumentStatus(_status)

        _format_type = d.pop("format_type", UNSET)
        format_type: DatasetFormatType | Unset
        if isinstance(_format_type, Unset):
            format_type = UNSET
        else:
            format_type = DatasetFormatType(_format_type)

        def _parse_source_type(data: object) -> DatasetDocumentSource | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                source_type_type_0 = DatasetDocumentSource(data)

                return source_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DatasetDocumentSource | None | Unset, data)

        source_type = _parse_source_type(d.pop("source_type", UNSET))

        def _parse_update_type(data: object) -> DatasetUpdateType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                update_type_type_0 = DatasetUpdateType(data)

                return update_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DatasetUpdateType | None | Unset, data)

        update_type = _parse_update_type(d.pop("update_type", UNSET))

        update_interval = d.pop("update_interval", UNSET)

        tos_uri = d.pop("tos_uri", UNSET)

        _chunk_strategy = d.pop("chunk_strategy", UNSET)
        chunk_strategy: DatasetChunkStrategy | Unset
        if isinstance(_chunk_strategy, Unset):
            chunk_strategy = UNSET
        else:
            chunk_strategy = DatasetChunkStrategy.from_dict(_chunk_strategy)

        create_time = d.pop("create_time", UNSET)

        update_time = d.pop("update_time", UNSET)

        dataset_document = cls(
            document_id=document_id,
            name=name,
            type_=type_,
            size=size,
            char_count=char_count,
            slice_count=slice_count,
            hit_count=hit_count,
            status=status,
            format_type=format_type,
            source_type=source_type,
            update_type=update_type,
            update_interval=update_interval,
            tos_uri=tos_uri,
            chunk_strategy=chunk_strategy,
            create_time=create_time,
            update_time=update_time,
        )

        dataset_document.additional_properties = d
        return dataset_document

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
