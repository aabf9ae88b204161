from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..models.dataset_document_status import DatasetDocumentStatus
from ..models.dataset_update_type import DatasetUpdateType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DatasetDocumentProgress")


@_attrs_define(repr=False)
class DatasetDocumentProgress(CozeModel):
    """Processing progress of one file.

    Attributes:
        document_id (str): The file id.
        document_name (str | Unset): Name of the file.
        url (str | Unset): Link to the file.
        size (int | Unset): Size of the file, in bytes.
        type_ (str | Unset): Extension of the file, such as pdf or jpg.
        status (DatasetDocumentStatus | Unset): Processing state of a file; 0 processing, 1 done, 9 failed (upload it
            again).
        progress (int | Unset): Percentage processed, 0 to 100.
        remaining_time (int | Unset): Estimated time left, in seconds.
        status_descript (str | Unset): Why processing failed; only sent for failed files.
        update_type (DatasetUpdateType | Unset): Whether an added web page is fetched again periodically; 0 no (the
            default), 1 yes.
        update_interval (int | Unset): Hours between refreshes of a web page.
    """

    document_id: str
    document_name: str | Unset = UNSET
    url: str | Unset = UNSET
    size: int | Unset = UNSET
    type_: str | Unset = UNSET
    status: DatasetDocumentStatus | Unset = UNSET
    progress: int | Unset = UNSET
    remaining_time: int | Unset = UNSET
    status_descript: str | Unset = UNSET
    update_type: DatasetUpdateType | Unset = UNSET
    update_interval: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document_id = self.document_id

        document_name = self.document_name

        url = self.url

        size = self.size

        type_ = self.type_

        status: int | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        progress = self.progress

        remaining_time = self.remaining_time

        status_descript = self.status_descript

        update_type: int | Unset = UNSET
        if not isinstance(self.update_type, Unset):
            update_type = self.update_type.value

        update_interval = self.update_interval

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "document_id": document_id,
            }
        )
        if document_name is not UNSET:
            field_dict["document_name"] = document_name
        if url is not UNSET:
            field_dict["url"] = url
        if size is not UNSET:
            field_dict["size"] = size
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if progress is not UNSET:
            field_dict["progress"] = progress
        if remaining_time is not UNSET:
            field_dict["remaining_time"] = remaining_time
        if status_descript is not UNSET:
            field_dict["status_descript"] = status_descript
        if update_type is not UNSET:
            field_dict["update_type"] = update_type
        if update_interval is not UNSET:
            field_dict["update_interval"] = update_interval

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
        instance.document_name = UNSET if (value := get("document_name")) is None else value
        instance.url = UNSET if (value := get("url")) is None else value
        instance.size = UNSET if (value := get("size")) is None else value
        instance.type_ = UNSET if (value := get("type")) is None else value
        instance.progress = UNSET if (value := get("progress")) is None else value
        instance.remaining_time = UNSET if (value := get("remaining_time")) is None else value
        instance.status_descript = UNSET if (value := get("status_descript")) is None else value
        instance.update_interval = UNSET if (value := get("update_interval")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        _document_id_raw = d.pop("document_id", None)
        document_id = _document_id_raw

        document_name = d.pop("document_name", UNSET)

        url = d.pop("url", UNSET)

        size = d.pop("size", UNSET)

        type_ = d.pop("type", UNSET)

        _status = d.pop("status", UNSET)
        status: DatasetDocumentStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = DatasetDocumentStatus(_status)

        progress = d.pop("progress", UNSET)

        remaining_time = d.pop("remaining_time", UNSET)

        status_descript = d.pop("status_descript", UNSET)

        _update_type = d.pop("update_type", UNSET)
        update_type: DatasetUpdateType | Unset
        if isinstance(_update_type, Unset):
            update_type = UNSET
        else:
            update_type = DatasetUpdateType(_update_type)

        update_interval = d.pop("update_interval", UNSET)

        dataset_document_progress = cls(
            document_id=document_id,
            document_name=document_name,
            url=url,
            size=size,
            type_=type_,
            status=status,
            progress=progress,
            remaining_time=remaining_time,
            status_descript=status_descript,
            update_type=update_type,
            update_interval=update_interval,
        )

        dataset_document_progress.additional_properties = d
        return dataset_document_progress

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
