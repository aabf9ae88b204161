"""File inputs for multipart uploads: a path, bytes, a binary file, a tuple, or a `FileUpload`.

A path is opened here and streamed from disk by httpx in 64 KiB reads (never read whole);
the SDK closes every file it opened itself, and never the ones the caller passed in. Every
part gets a file name with an extension and a content type guessed from it: Coze decides
what a file is by its name.
"""

from __future__ import annotations

import io
import mimetypes
import os
from collections.abc import AsyncIterator, Callable, Iterable
from pathlib import Path
from typing import IO, Any

import httpx

__all__ = ["FileUpload", "ProgressCallback"]

DEFAULT_CONTENT_TYPE = "application/octet-stream"

ProgressCallback = Callable[[int, int | None], object]
"""Called as `on_progress(bytes_sent, total_bytes)` while a file is uploaded."""

# Leading bytes of the formats people upload most, for data that comes without a name.
_SIGNATURES: tuple[tuple[int, bytes, str], ...] = (
    (0, b"%PDF-", ".pdf"),
    (0, b"\x89PNG\r\n\x1a\n", ".png"),
    (0, b"\xff\xd8\xff", ".jpg"),
    (0, b"GIF87a", ".gif"),
    (0, b"GIF89a", ".gif"),
    (8, b"WEBP", ".webp"),
    (8, b"WAVE", ".wav"),
    (0, b"ID3", ".mp3"),
    (0, b"\xff\xfb", ".mp3"),
    (0, b"OggS", ".ogg"),
    (0, b"fLaC", ".flac"),
    (4, b"ftyp", ".mp4"),
    (0, b"\x1a\x45\xdf\xa3", ".webm"),
    (0, b"PK\x03\x04", ".zip"),
)
_SNIFF_SIZE = 512


class FileUpload(os.PathLike[str]):
    """A file on disk to upload, with a progress callback and name or type overrides.

    It is a path, so it is accepted wherever a file input is::

        coze.files.upload(file=FileUpload("talk.mp3", on_progress=lambda sent, total: print(sent, total)))

    `on_progress(bytes_sent, total_bytes)` is called after every chunk the upload reads
    (with `AsyncCoze`, from a worker thread); a retried upload starts again from 0.
    """

    __slots__ = ("content_type", "filename", "on_progress", "path")

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        filename: str | None = None,
        content_type: str | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> None:
        self.path = Path(path)
        self.filename = filename
        self.content_type = content_type
        self.on_progress = on_progress

    def __fspath__(self) -> str:
        return os.fspath(self.path)

    def __repr__(self) -> str:
        return f"FileUpload({os.fspath(self.path)!r})"


class OpenedFiles:
    """The multipart `files=` value for httpx, plus the handles to close afterwards."""

    __slots__ = ("owned", "parts")

    def __init__(self) -> None:
        self.parts: list[tuple[str, tuple[str, Any, str]]] = []
        self.owned: list[IO[bytes]] = []

    @property
    def reads_files(self) -> bool:
        """Whether sending the body reads from file objects (blocking I/O)."""
        return any(not isinstance(data, bytes) for _, (_, data, _) in self.parts)

    def close(self) -> None:
        for handle in self.owned:
            handle.close()
        self.owned.clear()


def guess_content_type(filename: str) -> str:
    return mimetypes.guess_type(filename)[0] or DEFAULT_CONTENT_TYPE


def sniff_extension(head: bytes) -> str | None:
    """The extension that data starting with `head` most likely has, or None."""
    for offset, signature, extension in _SIGNATURES:
        if head[offset : offset + len(signature)] == signature:
            return extension
    if head and b"\0" not in head:
        try:
            head.decode("utf-8")
        except UnicodeDecodeError as error:
            # A multi-byte character cut off by the sniff window is still text.
            if error.start < len(head) - 3:
                return None
        return ".txt"
    return None


def _nameless(field_name: str, head: bytes) -> str:
    extension = sniff_extension(head)
    if extension is None:
        raise ValueError(
            f"{field_name}: cannot tell what kind of file this is; "
            "pass (filename, data) so Coze sees a name with an extension"
        )
    return "upload" + extension


def add_file(files: OpenedFiles, field_name: str, value: object) -> None:
    """Append one file part, opening paths (and remembering to close them)."""
    filename: str
    content_type: str | None = None
    data: Any
    if isinstance(value, tuple):
        if len(value) not in (2, 3) or not isinstance(value[0], str) or not value[0]:
            raise TypeError(f"{field_name}: a file tuple is (filename, data) or (filename, data, content_type)")
        filename, data = value[0], value[1]
        if len(value) == 3:
            content_type = value[2]
        if isinstance(data, bytearray | memoryview):
            data = bytes(data)
        if not isinstance(data, bytes) and not hasattr(data, "read"):
            raise TypeError(f"{field_name}: the data of a file tuple must be bytes or a binary file object")
        _check_binary(field_name, data)
    elif isinstance(value, str | os.PathLike):
        upload = value if isinstance(value, FileUpload) else FileUpload(value)
        if not upload.path.is_file():
            raise ValueError(f"{field_name}: no such file: {upload.path}")
        handle = upload.path.open("rb")
        files.owned.append(handle)
        filename = upload.filename or upload.path.name
        content_type = upload.content_type
        data = handle
        if upload.on_progress is not None:
            data = _ProgressReader(handle, upload.on_progress, os.fstat(handle.fileno()).st_size)
    elif isinstance(value, bytes | bytearray | memoryview):
        data = bytes(value)
        filename = _nameless(field_name, data[:_SNIFF_SIZE])
    elif hasattr(value, "read"):
        _check_binary(field_name, value)
        data = value
        filename = os.path.basename(str(getattr(value, "name", "") or ""))
        if not filename:
            filename = _nameless(field_name, _peek(field_name, value))
    else:
        raise TypeError(
            f"{field_name}: expected a path, bytes, a binary file object or a (filename, data) tuple, "
            f"not {type(value).__name__}"
        )
    files.parts.append((field_name, (filename, data, content_type or guess_content_type(filename))))


def _check_binary(field_name: str, data: object) -> None:
    if isinstance(data, io.TextIOBase):
        raise TypeError(f"{field_name}: open the file in binary mode ('rb'), not text mode")


def _peek(field_name: str, handle: Any) -> bytes:
    """The first bytes of a file object, leaving its position where it was."""
    try:
        position = handle.tell()
        head = handle.read(_SNIFF_SIZE)
        handle.seek(position)
    except (AttributeError, OSError) as error:
        raise ValueError(
            f"{field_name}: a file object without a name must be seekable, or passed as (filename, file)"
        ) from error
    return bytes(head)


class _ProgressReader:
    """An opened file that reports how much of it the upload has read."""

    def __init__(self, handle: IO[bytes], callback: ProgressCallback, total: int) -> None:
        self._handle = handle
        self._callback = callback
        self._total = total
        self._position = 0

    @property
    def name(self) -> str:
        return str(self._handle.name)

    def fileno(self) -> int:
        return self._handle.fileno()

    def tell(self) -> int:
        return self._position

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        self._position = self._handle.seek(offset, whence)
        return self._position

    def read(self, size: int = -1) -> bytes:
        chunk = self._handle.read(size)
        if chunk:
            self._position += len(chunk)
            self._callback(self._position, self._total)
        return chunk


class ThreadedUpload(httpx.AsyncByteStream):
    """A request body whose chunks are produced in a worker thread.

    httpx renders multipart bodies with plain `file.read()` calls, even for `AsyncClient`;
    this keeps those disk reads off the event loop.
    """

    def __init__(self, stream: Iterable[bytes]) -> None:
        self._stream = stream

    async def __aiter__(self) -> AsyncIterator[bytes]:
        import anyio.to_thread  # async only: a sync client never loads it

        chunks = iter(self._stream)
        while (chunk := await anyio.to_thread.run_sync(next, chunks, None)) is not None:
            yield chunk


def offload_file_reads(request: httpx.Request) -> None:
    """Make an async request read its file parts in a worker thread."""
    if isinstance(request.stream, httpx.SyncByteStream):
        request.stream = ThreadedUpload(request.stream)
