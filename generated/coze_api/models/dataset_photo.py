from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..models.dataset_document_source import DatasetDocumentSource
from ..models.dataset_document_status import DatasetDocumentStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="DatasetPhoto")


@_attrs_define(repr=False)
class DatasetPhoto(CozeModel):
    """An image in an image knowledge base.

    Attributes:
        document_id (str): The image id.
        name (str | Unset): Name of the image.
        url (str | Unset): Link to the image.
        size (int | Unset): Size of the image, in bytes.
        type_ (str | Unset): Extension of the image, such as jpg or png.
        status (DatasetDocumentStatus | Unset): Processing state of a file; 0 processing, 1 done, 9 failed (upload it
            again).
        caption (str | Unset): Caption of the image.
        creator_id (str | Unset): Coze user id of whoever added the image.
        source_type (DatasetDocumentSource | Unset): How a file was added; 0 local file (base64), 1 online web page, 2
            custom, 3 third party, 4 front-end crawl, 5 file id from files.upload, 101 Notion, 102 Google Drive, 103 Feishu
            web, 104 Lark web.
        create_time (int | Unset): When the image was added, in unix seconds.
        update_time (int | Unset): When the image was last changed, in unix seconds.
    """

    document_id: str
    name: str | Unset = UNSET
    url: str | Unset = UNSET
    size: int | Unset = UNSET
    type_: str | Unset = UNSET
    status: DatasetDocumentStatus | Unset = UNSET
    caption: str | Unset = UNSET
    creator_id: str | Unset = UNSET
    source_type: DatasetDocumentSource | Unset = UNSET
    create_time: int | Unset = UNSET
    update_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document_id = self.document_id

        name = self.name

        url = self.url

        size = self.size

        type_ = self.type_

        status: int | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        caption = self.caption

        creator_id = self.creator_id

        source_type: int | Unset = UNSET
        if not isinstance(self.source_type, Unset):
            source_type = self.source_type.value

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
        if url is not UNSET:
            field_dict["url"] = url
        if size is not UNSET:
            field_dict["size"] = size
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if caption is not UNSET:
            field_dict["caption"] = caption
        if creator_id is not UNSET:
            field_dict["creator_id"] = creator_id
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
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
        instance.url = UNSET if (value := get("url")) is None else value
        instance.size = UNSET if (value := get("size")) is None else value
        instance.type_ = UNSET if (value := get("type")) is None else value
        instance.caption = UNSET if (value := get("caption")) is None else value
        instance.creator_id = UNSET if (value := get("creator_id")) is None else value
        instance.create_time = UNSET if (value := get("create_time")) is None else value
        instance.update_time = UNSET if (value := get("update_time")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        _document_id_raw = d.pop("document_id", None)
        document_id = _document_id_raw

        name = d.pop("name", UNSET)

        url = d.pop("url", UNSET)

        size = d.pop("size", UNSET)

        type_ = d.pop("type", UNSET)

        _status = d.pop("status", UNSET)
        status: DatasetDocumentStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = DatasetDocumentStatus(_status)

        caption = d.pop("caption", UNSET)

        creator_id = d.pop("creator_id", UNSET)

        _source_type = d.pop("source_type", UNSET)
        source_type: DatasetDocumentSource | Unset
        if isinstance(_source_type, Unset):
            source_type = UNSET
        else:
            source_type = DatasetDocumentSource(_source_type)

        create_time = d.pop("create_time", UNSET)

        update_time = d.pop("update_time", UNSET)

        dataset_photo = cls(
            document_id=document_id,
            name=name,
            url=url,
            size=size,
            type_=type_,
            status=status,
            caption=caption,
            creator_id=creator_id,
            source_type=source_type,
            create_time=create_time,
            update_time=update_time,
        )

        dataset_photo.additional_properties = d
        return dataset_photo

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
