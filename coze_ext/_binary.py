"""Binary answers (speech audio, file contents), read as a stream in constant memory.

The response is returned open, before its body is read; each way of reading it moves
the bytes on in chunks and closes the response at the end. A read that fails (the
connection drops, the server goes silent) raises `APIConnectionError` / `APITimeoutError`,
and `write_to_file` writes to a temporary file it renames at the end, so a failed
download never leaves a partial file behind.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import AsyncIterator, Iterator
from typing import Self

import httpx
from coze_api._runtime import AsyncBinaryResponse, BinaryResponse

from ._errors import CozeError, connection_error, response_logid

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

    def _failed(self, error: httpx.RequestError | httpx.StreamError) -> CozeError:
        if isinstance(error, httpx.StreamError):  # read (or closed) already: the body is gone
            return CozeError(
                "the binary answer was already read or closed: iter_bytes(), write_to_file() and read() each "
                "consume it, once; keep the bytes you need from the first"
            )
        return connection_error("reading the binary answer", error, request=self.response.request, logid=self.logid)


def _partial_path(path: str | os.PathLike[str]) -> str:
    """A fresh name beside `path` for the download until it is complete."""
    return f"{os.fspath(path)}.{secrets.token_hex(4)}.part"


class HttpBinaryResponse(_BinaryBase, BinaryResponse):
    """An open binary response. Read it once: `iter_bytes()`, `write_to_file()` or `read()`;
    or close it (`with` does) to drop it unread."""

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        try:
            yield from self.response.iter_bytes(chunk_size)
        except (httpx.RequestError, httpx.StreamError) as error:
            raise self._failed(error) from error
        finally:
            self.response.close()

    def write_to_file(self, path: str | os.PathLike[str]) -> None:
        """Write the body to `path`, which appears only once the whole body has arrived."""
        partial = _partial_path(path)
        try:
            with open(partial, "xb") as file:
                for chunk in self.iter_bytes(CHUNK_SIZE):
                    file.write(chunk)
            os.replace(partial, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(partial)
            raise
        finally:
            self.response.close()

    def read(self) -> bytes:
        try:
            return self.response.read()
        except (httpx.RequestError, httpx.StreamError) as error:
            raise self._failed(error) from error
        finally:
            self.response.close()

    def close(self) -> None:
        self.response.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class HttpAsyncBinaryResponse(_BinaryBase, AsyncBinaryResponse):
    """The async twin of `HttpBinaryResponse`."""

    async def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        try:
            async for chunk in self.response.aiter_bytes(chunk_size):
                yield chunk
        except (httpx.RequestError, httpx.StreamError) as error:
            raise self._failed(error) from error
        finally:
            await self.response.aclose()

    async def write_to_file(self, path: str | os.PathLike[str]) -> None:
        """Write the body to `path`, which appears only once the whole body has arrived."""
        # File writes go through a worker thread so the event loop never blocks on disk.
        import anyio  # async only: a sync client never loads it

        partial = _partial_path(path)
        try:
            async with await anyio.open_file(partial, "xb") as file:
                async for chunk in self.iter_bytes(CHUNK_SIZE):
                    await file.write(chunk)
            await anyio.to_thread.run_sync(os.replace, partial, path)
        except BaseException:
            # Shielded: a cancelled download still removes its partial file.
            with anyio.CancelScope(shield=True), contextlib.suppress(OSError):
                await anyio.to_thread.run_sync(os.unlink, partial)
            raise
        finally:
            await self.response.aclose()

    async def read(self) -> bytes:
        try:
            return await self.response.aread()
        except (httpx.RequestError, httpx.StreamError) as error:
            raise self._failed(error) from error
        finally:
            await self.response.aclose()

    async def close(self) -> None:
        await self.response.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()
