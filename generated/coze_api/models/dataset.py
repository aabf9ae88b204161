from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..models.dataset_dataset_type import DatasetDatasetType
from ..models.dataset_format_type import DatasetFormatType
from ..models.dataset_status import DatasetStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_chunk_strategy import DatasetChunkStrategy


T = TypeVar("T", bound="Dataset")


@_attrs_define(repr=False)
class Dataset(CozeModel):
    """A knowledge base.

    Attributes:
        dataset_id (str): The knowledge base id.
        name (str | Unset): Name of the knowledge base.
        description (str | Unset): Description of the knowledge base.
        space_id (str | Unset): The workspace the knowledge base is in.
        status (DatasetStatus | Unset): State of the knowledge base; 1 enabled, 3 disabled.
        format_type (DatasetFormatType | Unset): Kind of knowledge base or file; 0 text documents (txt, pdf, web pages,
            ...), 1 tables (xls, ...), 2 images (png, ...).
        dataset_type (DatasetDatasetType | Unset): Where the knowledge base lives; 0 Coze, 1 Volcano Engine (listed but
            not manageable through these endpoints).
        can_edit (bool | Unset): Whether the caller owns the knowledge base.
        icon_uri (str | Unset): Storage key of the icon.
        icon_url (str | Unset): Link to the icon.
        doc_count (int | Unset): Number of files in the knowledge base.
        file_list (list[str] | Unset): Names of the files in the knowledge base.
        hit_count (int | Unset): How many times the knowledge base has been hit in conversations.
        bot_used_count (int | Unset): Number of bots the knowledge base is bound to.
        slice_count (int | Unset): Total number of chunks across all files.
        all_file_size (int | str | Unset): Total size of the stored files, in bytes; the server may send it as a string
            of digits.
        chunk_strategy (DatasetChunkStrategy | Unset): How files are split into chunks (text) or captioned (images).
        failed_file_list (list[str] | Unset): Names of the files whose processing failed.
        processing_file_list (list[str] | Unset): Names of the files still being processed.
        processing_file_id_list (list[str] | Unset): Ids of the files still being processed.
        avatar_url (str | Unset): Avatar of the creator.
        creator_id (str | Unset): Coze user id of the creator.
        creator_name (str | Unset): User name of the creator.
        create_time (int | Unset): When the knowledge base was created, in unix seconds.
        update_time (int | Unset): When the knowledge base was last changed, in unix seconds.
        project_id (str | Unset): The app the knowledge base belongs to; empty for knowledge bases in the workspace
            library.
    """

    dataset_id: str
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    space_id: str | Unset = UNSET
    status: DatasetStatus | Unset = UNSET
    format_type: DatasetFormatType | Unset = UNSET
    dataset_type: DatasetDatasetType | Unset = UNSET
    can_edit: bool | Unset = UNSET
    icon_uri: str | Unset = UNSET
    icon_url: str | Unset = UNSET
    doc_count: int | Unset = UNSET
    file_list: list[str] | Unset = UNSET
    hit_count: int | Unset = UNSET
    bot_used_count: int | Unset = UNSET
    slice_count: int | Unset = UNSET
    all_file_size: int | str | Unset = UNSET
    chunk_strategy: DatasetChunkStrategy | Unset = UNSET
    failed_file_list: list[str] | Unset = UNSET
    processing_file_list: list[str] | Unset = UNSET
    processing_file_id_list: list[str] | Unset = UNSET
    avatar_url: str | Unset = UNSET
    creator_id: str | Unset = UNSET
    creator_name: str | Unset = UNSET
    create_time: int | Unset = UNSET
    update_time: int | Unset = UNSET
    project_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dataset_id = self.dataset_id

        name = self.name

        description = self.description

        space_id = self.space_id

        status: int | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        format_type: int | Unset = UNSET
        if not isinstance(self.format_type, Unset):
            format_type = self.format_type.value

        dataset_type: int | Unset = UNSET
        if not isinstance(self.dataset_type, Unset):
            dataset_type = self.dataset_type.value

        can_edit = self.can_edit

        icon_uri = self.icon_uri

        icon_url = self.icon_url

        doc_count = self.doc_count

        file_list: list[str] | Unset = UNSET
        if not isinstance(self.file_list, Unset):
            file_list = self.file_list

        hit_count = self.hit_count

        bot_used_count = self.bot_used_count

        slice_count = self.slice_count

        all_file_size: int | str | Unset
        if isinstance(self.all_file_size, Unset):
            all_file_size = UNSET
        else:
            all_file_size = self.all_file_size

        chunk_strategy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.chunk_strategy, Unset):
            chunk_strategy = self.chunk_strategy.to_dict()

        failed_file_list: list[str] | Unset = UNSET
        if not isinstance(self.failed_file_list, Unset):
            failed_file_list = self.failed_file_list

        processing_file_list: list[str] | Unset = UNSET
        if not isinstance(self.processing_file_list, Unset):
            processing_file_list = self.processing_file_list

        processing_file_id_list: list[str] | Unset = UNSET
        if not isinstance(self.processing_file_id_list, Unset):
            processing_file_id_list = self.processing_file_id_list

        avatar_url = self.avatar_url

        creator_id = self.creator_id

        creator_name = self.creator_name

        create_time = self.create_time

        update_time = self.update_time

        project_id = self.project_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataset_id": dataset_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if space_id is not UNSET:
            field_dict["space_id"] = space_id
        if status is not UNSET:
            field_dict["status"] = status
        if format_type is not UNSET:
            field_dict["format_type"] = format_type
        if dataset_type is not UNSET:
            field_dict["dataset_type"] = dataset_type
        if can_edit is not UNSET:
            field_dict["can_edit"] = can_edit
        if icon_uri is not UNSET:
            field_dict["icon_uri"] = icon_uri
        if icon_url is not UNSET:
            field_dict["icon_url"] = icon_url
        if doc_count is not UNSET:
            field_dict["doc_count"] = doc_count
        if file_list is not UNSET:
            field_dict["file_list"] = file_list
        if hit_count is not UNSET:
            field_dict["hit_count"] = hit_count
        if bot_used_count is not UNSET:
            field_dict["bot_used_count"] = bot_used_count
        if slice_count is not UNSET:
            field_dict["slice_count"] = slice_count
        if all_file_size is not UNSET:
            field_dict["all_file_size"] = all_file_size
        if chunk_strategy is not UNSET:
            field_dict["chunk_strategy"] = chunk_strategy
        if failed_file_list is not UNSET:
            field_dict["failed_file_list"] = failed_file_list
        if processing_file_list is not UNSET:
            field_dict["processing_file_list"] = processing_file_list
        if processing_file_id_list is not UNSET:
            field_dict["processing_file_id_list"] = processing_file_id_list
        if avatar_url is not UNSET:
            field_dict["avatar_url"] = avatar_url
        if creator_id is not UNSET:
            field_dict["creator_id"] = creator_id
        if creator_name is not UNSET:
            field_dict["creator_name"] = creator_name
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if update_time is not UNSET:
            field_dict["update_time"] = update_time
        if project_id is not UNSET:
            field_dict["project_id"] = project_id

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
        instance.name = UNSET if (value := get("name")) is None else value
        instance.description = UNSET if (value := get("description")) is None else value
        instance.space_id = UNSET if (value := get("space_id")) is None else value
        instance.can_edit = UNSET if (value := get("can_edit")) is None else value
        instance.icon_uri = UNSET if (value := get("icon_uri")) is None else value
        instance.icon_url = UNSET if (value := get("icon_url")) is None else value
        instance.doc_count = UNSET if (value := get("doc_count")) is None else value
        instance.hit_count = UNSET if (value := get("hit_count")) is None else value
        instance.bot_used_count = UNSET if (value := get("bot_used_count")) is None else value
        instance.slice_count = UNSET if (value := get("slice_count")) is None else value
        instance.avatar_url = UNSET if (value := get("avatar_url")) is None else value
        instance.creator_id = UNSET if (value := get("creator_id")) is None else value
        instance.creator_name = UNSET if (value := get("creator_name")) is None else value
        instance.create_time = UNSET if (value := get("create_time")) is None else value
        instance.update_time = UNSET if (value := get("update_time")) is None else value
        instance.project_id = UNSET if (value := get("project_id")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dataset_chunk_strategy import DatasetChunkStrategy  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        _dataset_id_raw = d.pop("dataset_id", None)
        dataset_id = _dataset_id_raw

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        space_id = d.pop("space_id", UNSET)

        _status = d.pop("status", UNSET)
        status: DatasetStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = DatasetStatus(_status)

        _format_type = d.pop("format_type", UNSET)
        format_type: DatasetFormatType | Unset
        if isinstance(_format_type, Unset):
            format_type = UNSET
        else:
            format_type = DatasetFormatType(_format_type)

        _dataset_type = d.pop("dataset_type", UNSET)
        dataset_type: DatasetDatasetType | Unset
        if isinstance(_dataset_type, Unset):
            dataset_type = UNSET
        else:
            dataset_type = DatasetDatasetType(_dataset_type)

        can_edit = d.pop("can_edit", UNSET)

        icon_uri = d.pop("icon_uri", UNSET)

        icon_url = d.pop("icon_url", UNSET)

        doc_count = d.pop("doc_count", UNSET)

        file_list = cast(list[str], d.pop("file_list", UNSET))

        hit_count = d.pop("hit_count", UNSET)

        bot_used_count = d.pop("bot_used_count", UNSET)

        slice_count = d.pop("slice_count", UNSET)

        def _parse_all_file_size(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        all_file_size = _parse_all_file_size(d.pop("all_file_size", UNSET))

        _chunk_strategy = d.pop("chunk_strategy", UNSET)
        chunk_strategy: DatasetChunkStrategy | Unset
        if isinstance(_chunk_strategy, Unset):
            chunk_strategy = UNSET
        else:
            chunk_strategy = DatasetChunkStrategy.from_dict(_chunk_strategy)

        failed_file_list = cast(list[str], d.pop("failed_file_list", UNSET))

        processing_file_list = cast(list[str], d.pop("processing_file_list", UNSET))

        processing_file_id_list = cast(list[str], d.pop("processing_file_id_list", UNSET))

        avatar_url = d.pop("avatar_url", UNSET)

        creator_id = d.pop("creator_id", UNSET)

        creator_name = d.pop("creator_name", UNSET)

        create_time = d.pop("create_time", UNSET)

        update_time = d.pop("update_time", UNSET)

        project_id = d.pop("project_id", UNSET)

        dataset = cls(
            dataset_id=dataset_id,
            name=name,
            description=description,
            space_id=space_id,
            status=status,
            format_type=format_type,
            dataset_type=dataset_type,
            can_edit=can_edit,
            icon_uri=icon_uri,
            icon_url=icon_url,
            doc_count=doc_count,
            file_list=file_list,
            hit_count=hit_count,
            bot_used_count=bot_used_count,
            slice_count=slice_count,
            all_file_size=all_file_size,
            chunk_strategy=chunk_strategy,
            failed_file_list=failed_file_list,
            processing_file_list=processing_file_list,
            processing_file_id_list=processing_file_id_list,
            avatar_url=avatar_url,
            creator_id=creator_id,
            creator_name=creator_name,
            create_time=create_time,
            update_time=update_time,
            project_id=project_id,
        )

        dataset.additional_properties = d
        return dataset

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
