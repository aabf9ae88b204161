"""File inputs for multipart uploads: a path, bytes, a binary file, or a tuple.

A path is opened here and streamed from disk by httpx (never read whole); the SDK closes
every file it opened itself, and never the ones the caller passed in.
"""

from __future__ import annotations

import io
import mimetypes
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

DEFAULT_CONTENT_TYPE = "application/octet-stream"


@dataclass
class OpenedFiles:
    """The multipart `files=` value for httpx, plus the handles to close afterwards."""

    parts: list[tuple[str, tuple[str, IO[bytes] | bytes, str]]] = field(default_factory=list)
    owned: list[IO[bytes]] = field(default_factory=list)

    def close(self) -> None:
        for handle in self.owned:
            handle.close()
        self.owned.clear()


def guess_content_type(filename: str) -> str:
    return mimetypes.guess_type(filename)[0] or DEFAULT_CONTENT_TYPE


def add_file(files: OpenedFiles, field_name: str, value: Any) -> None:
    """Append one file part, opening paths (and remembering to close them)."""
    filename: str
    content_type: str | None = None
    data: IO[bytes] | bytes
    if isinstance(value, tuple):
        if len(value) not in (2, 3) or not isinstance(value[0], str):
            raise TypeError(f"{field_name}: a file tuple is (filename, data) or (filename, data, content_type)")
        filename, data = value[0], value[1]
        if len(value) == 3:
            content_type = value[2]
        if not isinstance(data, (bytes, bytearray)) and not hasattr(data, "read"):
            raise TypeError(f"{field_name}: the data of a file tuple must be bytes or a binary file object")
        data = bytes(data) if isinstance(data, bytearray) else data
    elif isinstance(value, (str, os.PathLike)):
        path = Path(value)
        if not path.is_file():
            raise ValueError(f"{field_name}: no such file: {path}")
        handle = path.open("rb")
        files.owned.append(handle)
        filename, data = path.name, handle
    elif isinstance(value, (bytes, bytearray)):
        filename, data = "upload", bytes(value)
    elif hasattr(value, "read"):
        if isinstance(value, io.TextIOBase):
            raise TypeError(f"{field_name}: open the file in binary mode ('rb'), not text mode")
        data = value
        filename = os.path.basename(str(getattr(value, "name", "") or "upload"))
    else:
        raise TypeError(
            f"{field_name}: expected a path, bytes, a binary file object or a (filename, data) tuple, "
            f"not {type(value).__name__}"
        )
    files.parts.append((field_name, (filename, data, content_type or guess_content_type(filename))))
