"""Binary answers (speech audio, file contents), read as a stream in constant memory.

The response is returned open, before its body is read; each way of reading it moves
the bytes on in chunks and closes the response at the end.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator

import anyio
import httpx

from ._errors import response_logid

CHUNK_SIZE = 64 * 1024


class _BinaryBase:
    """What both binary responses show before their body is read."""

    def __init__(self, response: httpx.Response) -> None:
        self.response = response

    @property
    def logid(self) -> str | None:
        return response_logid(self.response)

    @property
    def content_type(self) -> str | None:
        return str(self.response.headers.get("content-type", "")) or None

    @property
    def headers(self) -> httpx.Headers:
        return self.response.headers


class BinaryResponse(_BinaryBase):
    """An open binary response. Read it once: `iter_bytes()`, `write_to_file()` or `read()`;
    or close it (`with` does) to drop it unread."""

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        try:
            yield from self.response.iter_bytes(chunk_size)
        finally:
            self.response.close()

    def write_to_file(self, path: str | os.PathLike[str]) -> None:
        with open(path, "wb") as file:
            for chunk in self.iter_bytes(CHUNK_SIZE):
                file.write(chunk)

    def read(self) -> bytes:
        try:
            return self.response.read()
        finally:
            self.response.close()

    def close(self) -> None:
        self.response.close()

    def __enter__(self) -> BinaryResponse:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncBinaryResponse(_BinaryBase):
    """The async twin of `BinaryResponse`."""

    async def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        try:
            async for chunk in self.response.aiter_bytes(chunk_size):
                yield chunk
        finally:
            await self.response.aclose()

    async def write_to_file(self, path: str | os.PathLike[str]) -> None:
        # File writes go through a worker thread so the event loop never blocks on disk.
        async with await anyio.open_file(path, "wb") as file:
            async for chunk in self.iter_bytes(CHUNK_SIZE):
                await file.write(chunk)

    async def read(self) -> bytes:
        try:
            return await self.response.aread()
        finally:
            await self.response.aclose()

    async def close(self) -> None:
        await self.response.aclose()

    async def __aenter__(self) -> AsyncBinaryResponse:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()
