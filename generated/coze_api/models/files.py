"""Models of the `files` resource group.

Generated from openapi/coze.yaml by `make gen`; never edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Self

from .. import _model as _m
from .._model import CozeModel

__all__ = ["File"]


class File(CozeModel):
    """A file uploaded to Coze."""

    __slots__ = ("id", "bytes", "created_at", "file_name")
    _FIELDS = (("id", "id"), ("bytes", "bytes"), ("created_at", "created_at"), ("file_name", "file_name"))
    _KNOWN = frozenset(("id", "bytes", "created_at", "file_name"))

    id: str
    """The file id; pass it as file_id in messages, workflows and knowledge bases."""
    bytes: int | None
    """Size of the file, in bytes."""
    created_at: int | None
    """When the file was uploaded, in unix seconds."""
    file_name: str | None
    """Name of the file, extension included."""

    def __init__(
        self, *, id: str, bytes: int | None = None, created_at: int | None = None, file_name: str | None = None
    ) -> None:
        self.id = id
        self.bytes = bytes
        self.created_at = created_at
        self.file_name = file_name

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("id")
        if type(v) is not str:
            v = _m.to_str(v, "id")
        obj.id = v
        v = get("bytes")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "bytes")
        obj.bytes = v
        v = get("created_at")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "created_at")
        obj.created_at = v
        v = get("file_name")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "file_name")
        obj.file_name = v
        obj._src = src
        return obj
