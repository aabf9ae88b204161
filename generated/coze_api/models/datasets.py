"""Models of the `datasets` resource group.

Generated from openapi/coze.yaml by `make gen`; never edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal, Self

from .. import _model as _m
from .._model import CozeModel, OpenIntEnum
from ._shared import ResponseDetail

__all__ = [
    "Dataset",
    "DatasetChunkStrategy",
    "DatasetChunkStrategyCaptionType",
    "DatasetChunkStrategyChunkType",
    "DatasetDocument",
    "DatasetDocumentBase",
    "DatasetDocumentProgress",
    "DatasetDocumentSource",
    "DatasetDocumentStatus",
    "DatasetFormatType",
    "DatasetPhoto",
    "DatasetSourceInfo",
    "DatasetStatus",
    "DatasetType",
    "DatasetUpdateRule",
    "DatasetUpdateType",
    "DatasetsCreateResult",
    "DatasetsDeleteResponse",
    "DatasetsDocumentsCreateResponse",
    "DatasetsDocumentsDeleteResponse",
    "DatasetsDocumentsListResponse",
    "DatasetsDocumentsUpdateResponse",
    "DatasetsImagesListResult",
    "DatasetsImagesUpdateResponse",
    "DatasetsListResult",
    "DatasetsProcessResult",
    "DatasetsUpdateResponse",
]


class Dataset(CozeModel):
    """A knowledge base."""

    __slots__ = (
        "dataset_id",
        "name",
        "description",
        "space_id",
        "status",
        "format_type",
        "dataset_type",
        "can_edit",
        "icon_uri",
        "icon_url",
        "doc_count",
        "file_list",
        "hit_count",
        "bot_used_count",
        "slice_count",
        "all_file_size",
        "chunk_strategy",
        "failed_file_list",
        "processing_file_list",
        "processing_file_id_list",
        "avatar_url",
        "creator_id",
        "creator_name",
        "create_time",
        "update_time",
        "project_id",
    )
    _FIELDS = (
        ("dataset_id", "dataset_id"),
        ("name", "name"),
        ("description", "description"),
        ("space_id", "space_id"),
        ("status", "status"),
        ("format_type", "format_type"),
        ("dataset_type", "dataset_type"),
        ("can_edit", "can_edit"),
        ("icon_uri", "icon_uri"),
        ("icon_url", "icon_url"),
        ("doc_count", "doc_count"),
        ("file_list", "file_list"),
        ("hit_count", "hit_count"),
        ("bot_used_count", "bot_used_count"),
        ("slice_count", "slice_count"),
        ("all_file_size", "all_file_size"),
        ("chunk_strategy", "chunk_strategy"),
        ("failed_file_list", "failed_file_list"),
        ("processing_file_list", "processing_file_list"),
        ("processing_file_id_list", "processing_file_id_list"),
        ("avatar_url", "avatar_url"),
        ("creator_id", "creator_id"),
        ("creator_name", "creator_name"),
        ("create_time", "create_time"),
        ("update_time", "update_time"),
        ("project_id", "project_id"),
    )
    _KNOWN = frozenset(
        (
            "dataset_id",
            "name",
            "description",
            "space_id",
            "status",
            "format_type",
            "dataset_type",
            "can_edit",
            "icon_uri",
            "icon_url",
            "doc_count",
            "file_list",
            "hit_count",
            "bot_used_count",
            "slice_count",
            "all_file_size",
            "chunk_strategy",
            "failed_file_list",
            "processing_file_list",
            "processing_file_id_list",
            "avatar_url",
            "creator_id",
            "creator_name",
            "create_time",
            "update_time",
            "project_id",
        )
    )

    dataset_id: str
    """The knowledge base id."""
    name: str | None
    """Name of the knowledge base."""
    description: str | None
    """Description of the knowledge base."""
    space_id: str | None
    """The workspace the knowledge base is in."""
    status: DatasetStatus | None
    """State of the knowledge base; 1 enabled, 3 disabled."""
    format_type: DatasetFormatType | None
    dataset_type: DatasetType | None
    """Where the knowledge base lives; 0 Coze, 1 Volcano Engine (listed but not manageable through these endpoints)."""
    can_edit: bool | None
    """Whether the caller owns the knowledge base."""
    icon_uri: str | None
    """Storage key of the icon."""
    icon_url: str | None
    """Link to the icon."""
    doc_count: int | None
    """Number of files in the knowledge base."""
    file_list: list[str] | None
    """Names of the files in the knowledge base."""
    hit_count: int | None
    """How many times the knowledge base has been hit in conversations."""
    bot_used_count: int | None
    """Number of bots the knowledge base is bound to."""
    slice_count: int | None
    """Total number of chunks across all files."""
    all_file_size: int | None
    """Total size of the stored files, in bytes; the server may send it as a string of digits."""
    chunk_strategy: DatasetChunkStrategy | None
    failed_file_list: list[str] | None
    """Names of the files whose processing failed."""
    processing_file_list: list[str] | None
    """Names of the files still being processed."""
    processing_file_id_list: list[str] | None
    """Ids of the files still being processed."""
    avatar_url: str | None
    """Avatar of the creator."""
    creator_id: str | None
    """Coze user id of the creator."""
    creator_name: str | None
    """User name of the creator."""
    create_time: int | None
    """When the knowledge base was created, in unix seconds."""
    update_time: int | None
    """When the knowledge base was last changed, in unix seconds."""
    project_id: str | None
    """The app the knowledge base belongs to; empty for knowledge bases in the workspace library."""

    def __init__(
        self,
        *,
        dataset_id: str,
        name: str | None = None,
        description: str | None = None,
        space_id: str | None = None,
        status: DatasetStatus | Literal[1, 3] | None = None,
        format_type: DatasetFormatType | Literal[0, 1, 2] | None = None,
        dataset_type: DatasetType | Literal[0, 1] | None = None,
        can_edit: bool | None = None,
        icon_uri: str | None = None,
        icon_url: str | None = None,
        doc_count: int | None = None,
        file_list: list[str] | None = None,
        hit_count: int | None = None,
        bot_used_count: int | None = None,
        slice_count: int | None = None,
        all_file_size: int | None = None,
        chunk_strategy: DatasetChunkStrategy | None = None,
        failed_file_list: list[str] | None = None,
        processing_file_list: list[str] | None = None,
        processing_file_id_list: list[str] | None = None,
        avatar_url: str | None = None,
        creator_id: str | None = None,
        creator_name: str | None = None,
        create_time: int | None = None,
        update_time: int | None = None,
        project_id: str | None = None,
    ) -> None:
        self.dataset_id = dataset_id
        self.name = name
        self.description = description
        self.space_id = space_id
        self.status = None if status is None else DatasetStatus(status)
        self.format_type = None if format_type is None else DatasetFormatType(format_type)
        self.dataset_type = None if dataset_type is None else DatasetType(dataset_type)
        self.can_edit = can_edit
        self.icon_uri = icon_uri
        self.icon_url = icon_url
        self.doc_count = doc_count
        self.file_list = file_list
        self.hit_count = hit_count
        self.bot_used_count = bot_used_count
        self.slice_count = slice_count
        self.all_file_size = all_file_size
        self.chunk_strategy = chunk_strategy
        self.failed_file_list = failed_file_list
        self.processing_file_list = processing_file_list
        self.processing_file_id_list = processing_file_id_list
        self.avatar_url = avatar_url
        self.creator_id = creator_id
        self.creator_name = creator_name
        self.create_time = create_time
        self.update_time = update_time
        self.project_id = project_id

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("dataset_id")
        if type(v) is not str:
            v = _m.to_str(v, "dataset_id")
        obj.dataset_id = v
        v = get("name")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "name")
        obj.name = v
        v = get("description")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "description")
        obj.description = v
        v = get("space_id")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "space_id")
        obj.space_id = v
        v = get("status")
        if v is not None:
            m_status = _DatasetStatus_values.get(v) if type(v) is int else None
            v = m_status if m_status is not None else DatasetStatus.parse(v, "status")
        obj.status = v
        v = get("format_type")
        if v is not None:
            m_format_type = _DatasetFormatType_values.get(v) if type(v) is int else None
            v = m_format_type if m_format_type is not None else DatasetFormatType.parse(v, "format_type")
        obj.format_type = v
        v = get("dataset_type")
        if v is not None:
            m_dataset_type = _DatasetType_values.get(v) if type(v) is int else None
            v = m_dataset_type if m_dataset_type is not None else DatasetType.parse(v, "dataset_type")
        obj.dataset_type = v
        v = get("can_edit")
        if v is not None and type(v) is not bool:
            v = _m.to_bool(v, "can_edit")
        obj.can_edit = v
        v = get("icon_uri")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "icon_uri")
        obj.icon_uri = v
        v = get("icon_url")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "icon_url")
        obj.icon_url = v
        v = get("doc_count")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "doc_count")
        obj.doc_count = v
        v = get("file_list")
        if v is not None:
            v = _c_Dataset_file_list(v, "file_list")
        obj.file_list = v
        v = get("hit_count")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "hit_count")
        obj.hit_count = v
        v = get("bot_used_count")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "bot_used_count")
        obj.bot_used_count = v
        v = get("slice_count")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "slice_count")
        obj.slice_count = v
        v = get("all_file_size")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "all_file_size")
        obj.all_file_size = v
        v = get("chunk_strategy")
        if v is not None:
            v = _m.nested(DatasetChunkStrategy, v, "chunk_strategy")
        obj.chunk_strategy = v
        v = get("failed_file_list")
        if v is not None:
            v = _c_Dataset_failed_file_list(v, "failed_file_list")
        obj.failed_file_list = v
        v = get("processing_file_list")
        if v is not None:
            v = _c_Dataset_processing_file_list(v, "processing_file_list")
        obj.processing_file_list = v
        v = get("processing_file_id_list")
        if v is not None:
            v = _c_Dataset_processing_file_id_list(v, "processing_file_id_list")
        obj.processing_file_id_list = v
        v = get("avatar_url")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "avatar_url")
        obj.avatar_url = v
        v = get("creator_id")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "creator_id")
        obj.creator_id = v
        v = get("creator_name")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "creator_name")
        obj.creator_name = v
        v = get("create_time")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "create_time")
        obj.create_time = v
        v = get("update_time")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "update_time")
        obj.update_time = v
        v = get("project_id")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "project_id")
        obj.project_id = v
        obj._src = src
        return obj


class DatasetChunkStrategy(CozeModel):
    """How files are split into chunks (text) or captioned (images)."""

    __slots__ = ("chunk_type", "separator", "max_tokens", "remove_extra_spaces", "remove_urls_emails", "caption_type")
    _FIELDS = (
        ("chunk_type", "chunk_type"),
        ("separator", "separator"),
        ("max_tokens", "max_tokens"),
        ("remove_extra_spaces", "remove_extra_spaces"),
        ("remove_urls_emails", "remove_urls_emails"),
        ("caption_type", "caption_type"),
    )
    _KNOWN = frozenset(
        ("chunk_type", "separator", "max_tokens", "remove_extra_spaces", "remove_urls_emails", "caption_type")
    )

    chunk_type: DatasetChunkStrategyChunkType | None
    """0 automatic splitting and cleaning with Coze's preset rules, 1 custom rules given by the other fields."""
    separator: str | None
    """Text at which chunks are split; required when chunk_type is 1."""
    max_tokens: int | None
    """Maximum chunk length in tokens, 100 to 2000; required when chunk_type is 1."""
    remove_extra_spaces: bool | None
    """Whether runs of spaces, line breaks and tabs are removed (custom rules only); the server default is false."""
    remove_urls_emails: bool | None
    """Whether URLs and email addresses are removed (custom rules only); the server default is false."""
    caption_type: DatasetChunkStrategyCaptionType | None
    """How images are captioned; 0 automatically by the server (the default), 1 manually with datasets.images.update. Must be given on the first upload to an empty image knowledge base."""

    def __init__(
        self,
        *,
        chunk_type: DatasetChunkStrategyChunkType | Literal[0, 1] | None = None,
        separator: str | None = None,
        max_tokens: int | None = None,
        remove_extra_spaces: bool | None = None,
        remove_urls_emails: bool | None = None,
        caption_type: DatasetChunkStrategyCaptionType | Literal[0, 1] | None = None,
    ) -> None:
        self.chunk_type = None if chunk_type is None else DatasetChunkStrategyChunkType(chunk_type)
        self.separator = separator
        self.max_tokens = max_tokens
        self.remove_extra_spaces = remove_extra_spaces
        self.remove_urls_emails = remove_urls_emails
        self.caption_type = None if caption_type is None else DatasetChunkStrategyCaptionType(caption_type)

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("chunk_type")
        if v is not None:
            m_chunk_type = _DatasetChunkStrategyChunkType_values.get(v) if type(v) is int else None
            v = m_chunk_type if m_chunk_type is not None else DatasetChunkStrategyChunkType.parse(v, "chunk_type")
        obj.chunk_type = v
        v = get("separator")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "separator")
        obj.separator = v
        v = get("max_tokens")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "max_tokens")
        obj.max_tokens = v
        v = get("remove_extra_spaces")
        if v is not None and type(v) is not bool:
            v = _m.to_bool(v, "remove_extra_spaces")
        obj.remove_extra_spaces = v
        v = get("remove_urls_emails")
        if v is not None and type(v) is not bool:
            v = _m.to_bool(v, "remove_urls_emails")
        obj.remove_urls_emails = v
        v = get("caption_type")
        if v is not None:
            m_caption_type = _DatasetChunkStrategyCaptionType_values.get(v) if type(v) is int else None
            v = (
                m_caption_type
                if m_caption_type is not None
                else DatasetChunkStrategyCaptionType.parse(v, "caption_type")
            )
        obj.caption_type = v
        obj._src = src
        return obj


class DatasetChunkStrategyCaptionType(OpenIntEnum):
    """How images are captioned; 0 automatically by the server (the default), 1 manually
    with datasets.images.update. Must be given on the first upload to an empty image
    knowledge base.
    """

    AUTO = 0
    MANUAL = 1


class DatasetChunkStrategyChunkType(OpenIntEnum):
    """0 automatic splitting and cleaning with Coze's preset rules, 1 custom rules given by
    the other fields.
    """

    AUTO = 0
    CUSTOM = 1


class DatasetDocument(CozeModel):
    """A file in a knowledge base."""

    __slots__ = (
        "document_id",
        "name",
        "type",
        "size",
        "char_count",
        "slice_count",
        "hit_count",
        "status",
        "format_type",
        "source_type",
        "update_type",
        "update_interval",
        "tos_uri",
        "chunk_strategy",
        "create_time",
        "update_time",
    )
    _FIELDS = (
        ("document_id", "document_id"),
        ("name", "name"),
        ("type", "type"),
        ("size", "size"),
        ("char_count", "char_count"),
        ("slice_count", "slice_count"),
        ("hit_count", "hit_count"),
        ("status", "status"),
        ("format_type", "format_type"),
        ("source_type", "source_type"),
        ("update_type", "update_type"),
        ("update_interval", "update_interval"),
        ("tos_uri", "tos_uri"),
        ("chunk_strategy", "chunk_strategy"),
        ("create_time", "create_time"),
        ("update_time", "update_time"),
    )
    _KNOWN = frozenset(
        (
            "document_id",
            "name",
            "type",
            "size",
            "char_count",
            "slice_count",
            "hit_count",
            "status",
            "format_type",
            "source_type",
            "update_type",
            "update_interval",
            "tos_uri",
            "chunk_strategy",
            "create_time",
            "update_time",
        )
    )

    document_id: str
    """The file id."""
    name: str | None
    """Name of the file."""
    type: str | None
    """Extension of the file, such as pdf or txt."""
    size: int | None
    """Size of the file, in bytes."""
    char_count: int | None
    """Number of characters in the file's content."""
    slice_count: int | None
    """Number of chunks the file was split into."""
    hit_count: int | None
    """How many times the file has been hit in conversations."""
    status: DatasetDocumentStatus | None
    format_type: DatasetFormatType | None
    source_type: DatasetDocumentSource | None
    """How the file was added; may be null right after creation."""
    update_type: DatasetUpdateType | None
    """Whether a web page is refreshed periodically; may be null right after creation."""
    update_interval: int | None
    """Hours between refreshes of a web page."""
    tos_uri: str | None
    """Storage key of an uploaded local file."""
    chunk_strategy: DatasetChunkStrategy | None
    create_time: int | None
    """When the file was added, in unix seconds."""
    update_time: int | None
    """When the file was last changed, in unix seconds."""

    def __init__(
        self,
        *,
        document_id: str,
        name: str | None = None,
        type: str | None = None,
        size: int | None = None,
        char_count: int | None = None,
        slice_count: int | None = None,
        hit_count: int | None = None,
        status: DatasetDocumentStatus | Literal[0, 1, 9] | None = None,
        format_type: DatasetFormatType | Literal[0, 1, 2] | None = None,
        source_type: DatasetDocumentSource | Literal[0, 1, 2, 3, 4, 5, 101, 102, 103, 104] | None = None,
        update_type: DatasetUpdateType | Literal[0, 1] | None = None,
        update_interval: int | None = None,
        tos_uri: str | None = None,
        chunk_strategy: DatasetChunkStrategy | None = None,
        create_time: int | None = None,
        update_time: int | None = None,
    ) -> None:
        self.document_id = document_id
        self.name = name
        self.type = type
        self.size = size
        self.char_count = char_count
        self.slice_count = slice_count
        self.hit_count = hit_count
        self.status = None if status is None else DatasetDocumentStatus(status)
        self.format_type = None if format_type is None else DatasetFormatType(format_type)
        self.source_type = None if source_type is None else DatasetDocumentSource(source_type)
        self.update_type = None if update_type is None else DatasetUpdateType(update_type)
        self.update_interval = update_interval
        self.tos_uri = tos_uri
        self.chunk_strategy = chunk_strategy
        self.create_time = create_time
        self.update_time = update_time

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("document_id")
        if type(v) is not str:
            v = _m.to_str(v, "document_id")
        obj.document_id = v
        v = get("name")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "name")
        obj.name = v
        v = get("type")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "type")
        obj.type = v
        v = get("size")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "size")
        obj.size = v
        v = get("char_count")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "char_count")
        obj.char_count = v
        v = get("slice_count")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "slice_count")
        obj.slice_count = v
        v = get("hit_count")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "hit_count")
        obj.hit_count = v
        v = get("status")
        if v is not None:
            m_status = _DatasetDocumentStatus_values.get(v) if type(v) is int else None
            v = m_status if m_status is not None else DatasetDocumentStatus.parse(v, "status")
        obj.status = v
        v = get("format_type")
        if v is not None:
            m_format_type = _DatasetFormatType_values.get(v) if type(v) is int else None
            v = m_format_type if m_format_type is not None else DatasetFormatType.parse(v, "format_type")
        obj.format_type = v
        v = get("source_type")
        if v is not None:
            m_source_type = _DatasetDocumentSource_values.get(v) if type(v) is int else None
            v = m_source_type if m_source_type is not None else DatasetDocumentSource.parse(v, "source_type")
        obj.source_type = v
        v = get("update_type")
        if v is not None:
            m_update_type = _DatasetUpdateType_values.get(v) if type(v) is int else None
            v = m_update_type if m_update_type is not None else DatasetUpdateType.parse(v, "update_type")
        obj.update_type = v
        v = get("update_interval")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "update_interval")
        obj.update_interval = v
        v = get("tos_uri")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "tos_uri")
        obj.tos_uri = v
        v = get("chunk_strategy")
        if v is not None:
            v = _m.nested(DatasetChunkStrategy, v, "chunk_strategy")
        obj.chunk_strategy = v
        v = get("create_time")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "create_time")
        obj.create_time = v
        v = get("update_time")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "update_time")
        obj.update_time = v
        obj._src = src
        return obj


class DatasetDocumentBase(CozeModel):
    """A file to add to a knowledge base."""

    __slots__ = ("name", "source_info", "update_rule", "caption")
    _FIELDS = (("name", "name"), ("source_info", "source_info"), ("update_rule", "update_rule"), ("caption", "caption"))
    _KNOWN = frozenset(("name", "source_info", "update_rule", "caption"))

    name: str
    """Name of the file in the knowledge base."""
    source_info: DatasetSourceInfo
    update_rule: DatasetUpdateRule | None
    caption: str | None
    """Caption of the image, for image knowledge bases."""

    def __init__(
        self,
        *,
        name: str,
        source_info: DatasetSourceInfo,
        update_rule: DatasetUpdateRule | None = None,
        caption: str | None = None,
    ) -> None:
        self.name = name
        self.source_info = source_info
        self.update_rule = update_rule
        self.caption = caption

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("name")
        if type(v) is not str:
            v = _m.to_str(v, "name")
        obj.name = v
        v = get("source_info")
        v = _m.nested(DatasetSourceInfo, v, "source_info")
        obj.source_info = v
        v = get("update_rule")
        if v is not None:
            v = _m.nested(DatasetUpdateRule, v, "update_rule")
        obj.update_rule = v
        v = get("caption")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "caption")
        obj.caption = v
        obj._src = src
        return obj


class DatasetDocumentProgress(CozeModel):
    """Processing progress of one file."""

    __slots__ = (
        "document_id",
        "document_name",
        "url",
        "size",
        "type",
        "status",
        "progress",
        "remaining_time",
        "status_descript",
        "update_type",
        "update_interval",
    )
    _FIELDS = (
        ("document_id", "document_id"),
        ("document_name", "document_name"),
        ("url", "url"),
        ("size", "size"),
        ("type", "type"),
        ("status", "status"),
        ("progress", "progress"),
        ("remaining_time", "remaining_time"),
        ("status_descript", "status_descript"),
        ("update_type", "update_type"),
        ("update_interval", "update_interval"),
    )
    _KNOWN = frozenset(
        (
            "document_id",
            "document_name",
            "url",
            "size",
            "type",
            "status",
            "progress",
            "remaining_time",
            "status_descript",
            "update_type",
            "update_interval",
        )
    )

    document_id: str
    """The file id."""
    document_name: str | None
    """Name of the file."""
    url: str | None
    """Link to the file."""
    size: int | None
    """Size of the file, in bytes."""
    type: str | None
    """Extension of the file, such as pdf or jpg."""
    status: DatasetDocumentStatus | None
    progress: int | None
    """Percentage processed, 0 to 100."""
    remaining_time: int | None
    """Estimated time left, in seconds."""
    status_descript: str | None
    """Why processing failed; only sent for failed files."""
    update_type: DatasetUpdateType | None
    update_interval: int | None
    """Hours between refreshes of a web page."""

    def __init__(
        self,
        *,
        document_id: str,
        document_name: str | None = None,
        url: str | None = None,
        size: int | None = None,
        type: str | None = None,
        status: DatasetDocumentStatus | Literal[0, 1, 9] | None = None,
        progress: int | None = None,
        remaining_time: int | None = None,
        status_descript: str | None = None,
        update_type: DatasetUpdateType | Literal[0, 1] | None = None,
        update_interval: int | None = None,
    ) -> None:
        self.document_id = document_id
        self.document_name = document_name
        self.url = url
        self.size = size
        self.type = type
        self.status = None if status is None else DatasetDocumentStatus(status)
        self.progress = progress
        self.remaining_time = remaining_time
        self.status_descript = status_descript
        self.update_type = None if update_type is None else DatasetUpdateType(update_type)
        self.update_interval = update_interval

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("document_id")
        if type(v) is not str:
            v = _m.to_str(v, "document_id")
        obj.document_id = v
        v = get("document_name")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "document_name")
        obj.document_name = v
        v = get("url")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "url")
        obj.url = v
        v = get("size")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "size")
        obj.size = v
        v = get("type")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "type")
        obj.type = v
        v = get("status")
        if v is not None:
            m_status = _DatasetDocumentStatus_values.get(v) if type(v) is int else None
            v = m_status if m_status is not None else DatasetDocumentStatus.parse(v, "status")
        obj.status = v
        v = get("progress")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "progress")
        obj.progress = v
        v = get("remaining_time")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "remaining_time")
        obj.remaining_time = v
        v = get("status_descript")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "status_descript")
        obj.status_descript = v
        v = get("update_type")
        if v is not None:
            m_update_type = _DatasetUpdateType_values.get(v) if type(v) is int else None
            v = m_update_type if m_update_type is not None else DatasetUpdateType.parse(v, "update_type")
        obj.update_type = v
        v = get("update_interval")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "update_interval")
        obj.update_interval = v
        obj._src = src
        return obj


class DatasetDocumentSource(OpenIntEnum):
    """How a file was added; 0 local file (base64), 1 online web page, 2 custom, 3 third
    party, 4 front-end crawl, 5 file id from files.upload, 101 Notion, 102 Google Drive,
    103 Feishu web, 104 Lark web.
    """

    LOCAL_FILE = 0
    ONLINE_WEB = 1
    CUSTOM = 2
    THIRD_PARTY = 3
    FRONT_CRAWL = 4
    UPLOAD_FILE_ID = 5
    NOTION = 101
    GOOGLE_DRIVE = 102
    FEISHU_WEB = 103
    LARK_WEB = 104


class DatasetDocumentStatus(OpenIntEnum):
    """Processing state of a file; 0 processing, 1 done, 9 failed (upload it again)."""

    PROCESSING = 0
    COMPLETED = 1
    FAILED = 9


class DatasetFormatType(OpenIntEnum):
    """Kind of knowledge base or file; 0 text documents (txt, pdf, web pages, ...), 1
    tables (xls, ...), 2 images (png, ...).
    """

    DOCUMENT = 0
    SPREADSHEET = 1
    IMAGE = 2


class DatasetPhoto(CozeModel):
    """An image in an image knowledge base."""

    __slots__ = (
        "document_id",
        "name",
        "url",
        "size",
        "type",
        "status",
        "caption",
        "creator_id",
        "source_type",
        "create_time",
        "update_time",
    )
    _FIELDS = (
        ("document_id", "document_id"),
        ("name", "name"),
        ("url", "url"),
        ("size", "size"),
        ("type", "type"),
        ("status", "status"),
        ("caption", "caption"),
        ("creator_id", "creator_id"),
        ("source_type", "source_type"),
        ("create_time", "create_time"),
        ("update_time", "update_time"),
    )
    _KNOWN = frozenset(
        (
            "document_id",
            "name",
            "url",
            "size",
            "type",
            "status",
            "caption",
            "creator_id",
            "source_type",
            "create_time",
            "update_time",
        )
    )

    document_id: str
    """The image id."""
    name: str | None
    """Name of the image."""
    url: str | None
    """Link to the image."""
    size: int | None
    """Size of the image, in bytes."""
    type: str | None
    """Extension of the image, such as jpg or png."""
    status: DatasetDocumentStatus | None
    caption: str | None
    """Caption of the image."""
    creator_id: str | None
    """Coze user id of whoever added the image."""
    source_type: DatasetDocumentSource | None
    create_time: int | None
    """When the image was added, in unix seconds."""
    update_time: int | None
    """When the image was last changed, in unix seconds."""

    def __init__(
        self,
        *,
        document_id: str,
        name: str | None = None,
        url: str | None = None,
        size: int | None = None,
        type: str | None = None,
        status: DatasetDocumentStatus | Literal[0, 1, 9] | None = None,
        caption: str | None = None,
        creator_id: str | None = None,
        source_type: DatasetDocumentSource | Literal[0, 1, 2, 3, 4, 5, 101, 102, 103, 104] | None = None,
        create_time: int | None = None,
        update_time: int | None = None,
    ) -> None:
        self.document_id = document_id
        self.name = name
        self.url = url
        self.size = size
        self.type = type
        self.status = None if status is None else DatasetDocumentStatus(status)
        self.caption = caption
        self.creator_id = creator_id
        self.source_type = None if source_type is None else DatasetDocumentSource(source_type)
        self.create_time = create_time
        self.update_time = update_time

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("document_id")
        if type(v) is not str:
            v = _m.to_str(v, "document_id")
        obj.document_id = v
        v = get("name")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "name")
        obj.name = v
        v = get("url")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "url")
        obj.url = v
        v = get("size")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "size")
        obj.size = v
        v = get("type")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "type")
        obj.type = v
        v = get("status")
        if v is not None:
            m_status = _DatasetDocumentStatus_values.get(v) if type(v) is int else None
            v = m_status if m_status is not None else DatasetDocumentStatus.parse(v, "status")
        obj.status = v
        v = get("caption")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "caption")
        obj.caption = v
        v = get("creator_id")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "creator_id")
        obj.creator_id = v
        v = get("source_type")
        if v is not None:
            m_source_type = _DatasetDocumentSource_values.get(v) if type(v) is int else None
            v = m_source_type if m_source_type is not None else DatasetDocumentSource.parse(v, "source_type")
        obj.source_type = v
        v = get("create_time")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "create_time")
        obj.create_time = v
        v = get("update_time")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "update_time")
        obj.update_time = v
        obj._src = src
        return obj


class DatasetSourceInfo(CozeModel):
    """Where a new file's content comes from; set file_base64 and file_type for a local
    file, web_url and document_source 1 for a web page, or source_file_id and
    document_source 5 for an uploaded image.
    """

    __slots__ = ("file_base64", "file_type", "web_url", "document_source", "source_file_id")
    _FIELDS = (
        ("file_base64", "file_base64"),
        ("file_type", "file_type"),
        ("web_url", "web_url"),
        ("document_source", "document_source"),
        ("source_file_id", "source_file_id"),
    )
    _KNOWN = frozenset(("file_base64", "file_type", "web_url", "document_source", "source_file_id"))

    file_base64: str | None
    """The local file's content, base64-encoded."""
    file_type: str | None
    """Extension of the local file (pdf, txt, doc or docx); it must suit the knowledge base's type."""
    web_url: str | None
    """Address of the web page to add."""
    document_source: DatasetDocumentSource | None
    source_file_id: str | None
    """Id of a file uploaded with files.upload."""

    def __init__(
        self,
        *,
        file_base64: str | None = None,
        file_type: str | None = None,
        web_url: str | None = None,
        document_source: DatasetDocumentSource | Literal[0, 1, 2, 3, 4, 5, 101, 102, 103, 104] | None = None,
        source_file_id: str | None = None,
    ) -> None:
        self.file_base64 = file_base64
        self.file_type = file_type
        self.web_url = web_url
        self.document_source = None if document_source is None else DatasetDocumentSource(document_source)
        self.source_file_id = source_file_id

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("file_base64")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "file_base64")
        obj.file_base64 = v
        v = get("file_type")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "file_type")
        obj.file_type = v
        v = get("web_url")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "web_url")
        obj.web_url = v
        v = get("document_source")
        if v is not None:
            m_document_source = _DatasetDocumentSource_values.get(v) if type(v) is int else None
            v = (
                m_document_source
                if m_document_source is not None
                else DatasetDocumentSource.parse(v, "document_source")
            )
        obj.document_source = v
        v = get("source_file_id")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "source_file_id")
        obj.source_file_id = v
        obj._src = src
        return obj


class DatasetStatus(OpenIntEnum):
    """State of the knowledge base; 1 enabled, 3 disabled."""

    ENABLED = 1
    DISABLED = 3


class DatasetType(OpenIntEnum):
    """Where the knowledge base lives; 0 Coze, 1 Volcano Engine (listed but not manageable
    through these endpoints).
    """

    COZE = 0
    VOLCANO_ENGINE = 1


class DatasetUpdateRule(CozeModel):
    """Refresh policy of a file added from a web page."""

    __slots__ = ("update_type", "update_interval")
    _FIELDS = (("update_type", "update_type"), ("update_interval", "update_interval"))
    _KNOWN = frozenset(("update_type", "update_interval"))

    update_type: DatasetUpdateType | None
    update_interval: int | None
    """Hours between refreshes, at least 24."""

    def __init__(
        self, *, update_type: DatasetUpdateType | Literal[0, 1] | None = None, update_interval: int | None = None
    ) -> None:
        self.update_type = None if update_type is None else DatasetUpdateType(update_type)
        self.update_interval = update_interval

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("update_type")
        if v is not None:
            m_update_type = _DatasetUpdateType_values.get(v) if type(v) is int else None
            v = m_update_type if m_update_type is not None else DatasetUpdateType.parse(v, "update_type")
        obj.update_type = v
        v = get("update_interval")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "update_interval")
        obj.update_interval = v
        obj._src = src
        return obj


class DatasetUpdateType(OpenIntEnum):
    """Whether an added web page is fetched again periodically; 0 no (the default), 1 yes."""

    NO_AUTO_UPDATE = 0
    AUTO_UPDATE = 1


class DatasetsCreateResult(CozeModel):
    """Result of datasets_create."""

    __slots__ = ("dataset_id",)
    _FIELDS = (("dataset_id", "dataset_id"),)
    _KNOWN = frozenset(("dataset_id",))

    dataset_id: str
    """The new knowledge base's id."""

    def __init__(self, *, dataset_id: str) -> None:
        self.dataset_id = dataset_id

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("dataset_id")
        if type(v) is not str:
            v = _m.to_str(v, "dataset_id")
        obj.dataset_id = v
        obj._src = src
        return obj


class DatasetsDeleteResponse(CozeModel):
    """Envelope of datasets_delete."""

    __slots__ = ("code", "msg", "detail")
    _FIELDS = (("code", "code"), ("msg", "msg"), ("detail", "detail"))
    _KNOWN = frozenset(("code", "msg", "detail"))

    code: int | None
    msg: str | None
    detail: ResponseDetail | None

    def __init__(
        self, *, code: int | None = None, msg: str | None = None, detail: ResponseDetail | None = None
    ) -> None:
        self.code = code
        self.msg = msg
        self.detail = detail

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("code")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "code")
        obj.code = v
        v = get("msg")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "msg")
        obj.msg = v
        v = get("detail")
        if v is not None:
            v = _m.nested(ResponseDetail, v, "detail")
        obj.detail = v
        obj._src = src
        return obj


class DatasetsDocumentsCreateResponse(CozeModel):
    """Body of datasets_documents_create; the files sit at the top level, not under data."""

    __slots__ = ("code", "msg", "detail", "document_infos")
    _FIELDS = (("code", "code"), ("msg", "msg"), ("detail", "detail"), ("document_infos", "document_infos"))
    _KNOWN = frozenset(("code", "msg", "detail", "document_infos"))

    code: int | None
    msg: str | None
    detail: ResponseDetail | None
    document_infos: list[DatasetDocument] | None
    """The files that were added."""

    def __init__(
        self,
        *,
        code: int | None = None,
        msg: str | None = None,
        detail: ResponseDetail | None = None,
        document_infos: list[DatasetDocument] | None = None,
    ) -> None:
        self.code = code
        self.msg = msg
        self.detail = detail
        self.document_infos = document_infos

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("code")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "code")
        obj.code = v
        v = get("msg")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "msg")
        obj.msg = v
        v = get("detail")
        if v is not None:
            v = _m.nested(ResponseDetail, v, "detail")
        obj.detail = v
        v = get("document_infos")
        if v is not None:
            v = _c_DatasetsDocumentsCreateResponse_document_infos(v, "document_infos")
        obj.document_infos = v
        obj._src = src
        return obj


class DatasetsDocumentsDeleteResponse(CozeModel):
    """Envelope of datasets_documents_delete."""

    __slots__ = ("code", "msg", "detail")
    _FIELDS = (("code", "code"), ("msg", "msg"), ("detail", "detail"))
    _KNOWN = frozenset(("code", "msg", "detail"))

    code: int | None
    msg: str | None
    detail: ResponseDetail | None

    def __init__(
        self, *, code: int | None = None, msg: str | None = None, detail: ResponseDetail | None = None
    ) -> None:
        self.code = code
        self.msg = msg
        self.detail = detail

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("code")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "code")
        obj.code = v
        v = get("msg")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "msg")
        obj.msg = v
        v = get("detail")
        if v is not None:
            v = _m.nested(ResponseDetail, v, "detail")
        obj.detail = v
        obj._src = src
        return obj


class DatasetsDocumentsListResponse(CozeModel):
    """Body of datasets_documents_list; the page sits at the top level, not under data."""

    __slots__ = ("code", "msg", "detail", "document_infos", "total")
    _FIELDS = (
        ("code", "code"),
        ("msg", "msg"),
        ("detail", "detail"),
        ("document_infos", "document_infos"),
        ("total", "total"),
    )
    _KNOWN = frozenset(("code", "msg", "detail", "document_infos", "total"))

    code: int | None
    msg: str | None
    detail: ResponseDetail | None
    document_infos: list[DatasetDocument] | None
    """The files on this page."""
    total: int | None
    """Number of files in the knowledge base."""

    def __init__(
        self,
        *,
        code: int | None = None,
        msg: str | None = None,
        detail: ResponseDetail | None = None,
        document_infos: list[DatasetDocument] | None = None,
        total: int | None = None,
    ) -> None:
        self.code = code
        self.msg = msg
        self.detail = detail
        self.document_infos = document_infos
        self.total = total

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("code")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "code")
        obj.code = v
        v = get("msg")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "msg")
        obj.msg = v
        v = get("detail")
        if v is not None:
            v = _m.nested(ResponseDetail, v, "detail")
        obj.detail = v
        v = get("document_infos")
        if v is not None:
            v = _c_DatasetsDocumentsListResponse_document_infos(v, "document_infos")
        obj.document_infos = v
        v = get("total")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "total")
        obj.total = v
        obj._src = src
        return obj


class DatasetsDocumentsUpdateResponse(CozeModel):
    """Envelope of datasets_documents_update."""

    __slots__ = ("code", "msg", "detail")
    _FIELDS = (("code", "code"), ("msg", "msg"), ("detail", "detail"))
    _KNOWN = frozenset(("code", "msg", "detail"))

    code: int | None
    msg: str | None
    detail: ResponseDetail | None

    def __init__(
        self, *, code: int | None = None, msg: str | None = None, detail: ResponseDetail | None = None
    ) -> None:
        self.code = code
        self.msg = msg
        self.detail = detail

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("code")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "code")
        obj.code = v
        v = get("msg")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "msg")
        obj.msg = v
        v = get("detail")
        if v is not None:
            v = _m.nested(ResponseDetail, v, "detail")
        obj.detail = v
        obj._src = src
        return obj


class DatasetsImagesListResult(CozeModel):
    """One page of images."""

    __slots__ = ("total_count", "photo_infos")
    _FIELDS = (("total_count", "total_count"), ("photo_infos", "photo_infos"))
    _KNOWN = frozenset(("total_count", "photo_infos"))

    total_count: int | None
    """Number of images matching the filters."""
    photo_infos: list[DatasetPhoto] | None
    """The images on this page."""

    def __init__(self, *, total_count: int | None = None, photo_infos: list[DatasetPhoto] | None = None) -> None:
        self.total_count = total_count
        self.photo_infos = photo_infos

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("total_count")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "total_count")
        obj.total_count = v
        v = get("photo_infos")
        if v is not None:
            v = _c_DatasetsImagesListResult_photo_infos(v, "photo_infos")
        obj.photo_infos = v
        obj._src = src
        return obj


class DatasetsImagesUpdateResponse(CozeModel):
    """Envelope of datasets_images_update."""

    __slots__ = ("code", "msg", "detail")
    _FIELDS = (("code", "code"), ("msg", "msg"), ("detail", "detail"))
    _KNOWN = frozenset(("code", "msg", "detail"))

    code: int | None
    msg: str | None
    detail: ResponseDetail | None

    def __init__(
        self, *, code: int | None = None, msg: str | None = None, detail: ResponseDetail | None = None
    ) -> None:
        self.code = code
        self.msg = msg
        self.detail = detail

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("code")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "code")
        obj.code = v
        v = get("msg")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "msg")
        obj.msg = v
        v = get("detail")
        if v is not None:
            v = _m.nested(ResponseDetail, v, "detail")
        obj.detail = v
        obj._src = src
        return obj


class DatasetsListResult(CozeModel):
    """One page of knowledge bases."""

    __slots__ = ("total_count", "dataset_list")
    _FIELDS = (("total_count", "total_count"), ("dataset_list", "dataset_list"))
    _KNOWN = frozenset(("total_count", "dataset_list"))

    total_count: int | None
    """Number of knowledge bases matching the filters."""
    dataset_list: list[Dataset] | None
    """The knowledge bases on this page."""

    def __init__(self, *, total_count: int | None = None, dataset_list: list[Dataset] | None = None) -> None:
        self.total_count = total_count
        self.dataset_list = dataset_list

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("total_count")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "total_count")
        obj.total_count = v
        v = get("dataset_list")
        if v is not None:
            v = _c_DatasetsListResult_dataset_list(v, "dataset_list")
        obj.dataset_list = v
        obj._src = src
        return obj


class DatasetsProcessResult(CozeModel):
    """Result of datasets_process, a wrapper around the progress list."""

    __slots__ = ("data",)
    _FIELDS = (("data", "data"),)
    _KNOWN = frozenset(("data",))

    data: list[DatasetDocumentProgress] | None
    """Progress of each requested file."""

    def __init__(self, *, data: list[DatasetDocumentProgress] | None = None) -> None:
        self.data = data

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("data")
        if v is not None:
            v = _c_DatasetsProcessResult_data(v, "data")
        obj.data = v
        obj._src = src
        return obj


class DatasetsUpdateResponse(CozeModel):
    """Envelope of datasets_update."""

    __slots__ = ("code", "msg", "detail")
    _FIELDS = (("code", "code"), ("msg", "msg"), ("detail", "detail"))
    _KNOWN = frozenset(("code", "msg", "detail"))

    code: int | None
    msg: str | None
    detail: ResponseDetail | None

    def __init__(
        self, *, code: int | None = None, msg: str | None = None, detail: ResponseDetail | None = None
    ) -> None:
        self.code = code
        self.msg = msg
        self.detail = detail

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("code")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "code")
        obj.code = v
        v = get("msg")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "msg")
        obj.msg = v
        v = get("detail")
        if v is not None:
            v = _m.nested(ResponseDetail, v, "detail")
        obj.detail = v
        obj._src = src
        return obj


# Lookup tables and converters the parsers above use (defined last: they name classes).
_DatasetChunkStrategyCaptionType_values = DatasetChunkStrategyCaptionType.value_map()
_DatasetChunkStrategyChunkType_values = DatasetChunkStrategyChunkType.value_map()
_DatasetDocumentSource_values = DatasetDocumentSource.value_map()
_DatasetDocumentStatus_values = DatasetDocumentStatus.value_map()
_DatasetFormatType_values = DatasetFormatType.value_map()
_DatasetStatus_values = DatasetStatus.value_map()
_DatasetType_values = DatasetType.value_map()
_DatasetUpdateType_values = DatasetUpdateType.value_map()
_c_Dataset_file_list = _m.list_of(_m.to_str)
_c_Dataset_failed_file_list = _m.list_of(_m.to_str)
_c_Dataset_processing_file_list = _m.list_of(_m.to_str)
_c_Dataset_processing_file_id_list = _m.list_of(_m.to_str)
_c_DatasetsDocumentsCreateResponse_document_infos = _m.list_of(_m.model_of(DatasetDocument))
_c_DatasetsDocumentsListResponse_document_infos = _m.list_of(_m.model_of(DatasetDocument))
_c_DatasetsImagesListResult_photo_infos = _m.list_of(_m.model_of(DatasetPhoto))
_c_DatasetsListResult_dataset_list = _m.list_of(_m.model_of(Dataset))
_c_DatasetsProcessResult_data = _m.list_of(_m.model_of(DatasetDocumentProgress))
