"""Types shared by the generated package: JSON values, file and timeout inputs, UNSET."""

from __future__ import annotations

import os
from typing import IO, TYPE_CHECKING, Literal, TypeAlias

if TYPE_CHECKING:
    import httpx

__all__ = ["UNSET", "Base64Input", "FileInput", "JsonValue", "TimeoutInput", "Unset"]

JsonValue: TypeAlias = "str | int | float | bool | None | list[JsonValue] | dict[str, JsonValue]"
"""Any JSON value, for fields the API leaves free-form (a workflow's output, custom parameters)."""

FileInput: TypeAlias = (
    str | os.PathLike[str] | bytes | IO[bytes] | tuple[str, bytes | IO[bytes]] | tuple[str, bytes | IO[bytes], str]
)
"""A file to upload: a path, raw bytes, a binary file object, or (filename, data[, content_type])."""

Base64Input: TypeAlias = str | bytes | bytearray | memoryview
"""A base64 field's value (`format: byte` in the spec): the bytes, encoded for you, or the
base64 text itself."""

TimeoutInput: TypeAlias = "float | httpx.Timeout | None"
"""A timeout in seconds, an `httpx.Timeout`, or None to wait forever."""


class Unset:
    """The default of a per-call option the caller did not pass (where None has a meaning of
    its own, as `timeout=None`, "wait forever", does)."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()
