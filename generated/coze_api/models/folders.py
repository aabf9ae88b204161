"""Models of the `folders` resource group.

Generated from openapi/coze.yaml by `make gen`; never edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal, Self

from .. import _model as _m
from .._model import CozeModel, OpenStrEnum

__all__ = ["FolderType", "FoldersListResult", "SimpleFolder"]


class FolderType(OpenStrEnum):
    """The kind of folder; development holds projects, library holds resources."""

    DEVELOPMENT = "development"
    LIBRARY = "library"


class FoldersListResult(CozeModel):
    """One page of folders_list."""

    __slots__ = ("items", "has_more", "total_count")
    _FIELDS = (("items", "items"), ("has_more", "has_more"), ("total_count", "total_count"))
    _KNOWN = frozenset(("items", "has_more", "total_count"))

    items: list[SimpleFolder] | None
    """The folders on this page (direct children only)."""
    has_more: bool | None
    """Whether more folders follow."""
    total_count: int | None
    """Number of direct child folders matching the query."""

    def __init__(
        self, *, items: list[SimpleFolder] | None = None, has_more: bool | None = None, total_count: int | None = None
    ) -> None:
        self.items = items
        self.has_more = has_more
        self.total_count = total_count

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("items")
        if v is not None:
            v = _c_FoldersListResult_items(v, "items")
        obj.items = v
        v = get("has_more")
        if v is not None and type(v) is not bool:
            v = _m.to_bool(v, "has_more")
        obj.has_more = v
        v = get("total_count")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "total_count")
        obj.total_count = v
        obj._src = src
        return obj


class SimpleFolder(CozeModel):
    """A folder of a workspace."""

    __slots__ = (
        "id",
        "name",
        "description",
        "workspace_id",
        "creator_user_id",
        "folder_type",
        "parent_folder_id",
        "children_count",
    )
    _FIELDS = (
        ("id", "id"),
        ("name", "name"),
        ("description", "description"),
        ("workspace_id", "workspace_id"),
        ("creator_user_id", "creator_user_id"),
        ("folder_type", "folder_type"),
        ("parent_folder_id", "parent_folder_id"),
        ("children_count", "children_count"),
    )
    _KNOWN = frozenset(
        (
            "id",
            "name",
            "description",
            "workspace_id",
            "creator_user_id",
            "folder_type",
            "parent_folder_id",
            "children_count",
        )
    )

    id: str
    """The folder id."""
    name: str | None
    """The folder name."""
    description: str | None
    """What the folder holds."""
    workspace_id: str | None
    """The workspace the folder is in."""
    creator_user_id: str | None
    """Coze user id of the folder's creator."""
    folder_type: FolderType | None
    """The kind of folder."""
    parent_folder_id: str | None
    """The parent folder; absent for folders at the workspace root."""
    children_count: int | None
    """Number of direct sub-folders."""

    def __init__(
        self,
        *,
        id: str,
        name: str | None = None,
        description: str | None = None,
        workspace_id: str | None = None,
        creator_user_id: str | None = None,
        folder_type: FolderType | Literal["development", "library"] | None = None,
        parent_folder_id: str | None = None,
        children_count: int | None = None,
    ) -> None:
        self.id = id
        self.name = name
        self.description = description
        self.workspace_id = workspace_id
        self.creator_user_id = creator_user_id
        self.folder_type = None if folder_type is None else FolderType(folder_type)
        self.parent_folder_id = parent_folder_id
        self.children_count = children_count

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("id")
        if type(v) is not str:
            v = _m.to_str(v, "id")
        obj.id = v
        v = get("name")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "name")
        obj.name = v
        v = get("description")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "description")
        obj.description = v
        v = get("workspace_id")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "workspace_id")
        obj.workspace_id = v
        v = get("creator_user_id")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "creator_user_id")
        obj.creator_user_id = v
        v = get("folder_type")
        if v is not None:
            m_folder_type = _FolderType_values.get(v) if type(v) is str else None
            v = m_folder_type if m_folder_type is not None else FolderType.parse(v, "folder_type")
        obj.folder_type = v
        v = get("parent_folder_id")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "parent_folder_id")
        obj.parent_folder_id = v
        v = get("children_count")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "children_count")
        obj.children_count = v
        obj._src = src
        return obj


# Lookup tables and converters the parsers above use (defined last: they name classes).
_FolderType_values = FolderType.value_map()
_c_FoldersListResult_items = _m.list_of(_m.model_of(SimpleFolder))
