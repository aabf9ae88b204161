"""Raw access to any call: `coze.with_raw_response.chat.create(...)` returns a `RawResponse`.

`with_raw_response` is the generated raw tree: each of its methods is the normal method,
bound to a resource built on a requester that wraps the client's runtime and returns the
HTTP answer (status, headers, logid) along with the parsed result. Failures raise exactly
as in a normal call.
"""

from __future__ import annotations

from collections.abc import Awaitable, Mapping
from typing import Generic, TypeVar

import httpx
from coze_api._events import StreamEvent
from coze_api._runtime import Operation, Paged, RawResponse, RequestOptions, Streamed

from ._binary import HttpAsyncBinaryResponse, HttpBinaryResponse
from ._errors import response_logid
from ._flow import Sent, read_json, stream_answer
from ._pagination import AsyncListPage, ListPage
from ._runtime import AsyncRuntime, SyncRuntime
from ._streaming import AsyncEventStream, EventStream

T = TypeVar("T")
R = TypeVar("R")
I = TypeVar("I")  # noqa: E741 - the item type of a page

__all__ = ["AsyncRawRequester", "HttpRawResponse", "RawRequester"]


class HttpRawResponse(RawResponse[T], Generic[T]):
    """The HTTP answer of one call, with its result one `parse()` away.

    For a stream or a binary answer the body is not read yet: `parse()` returns the
    stream or binary result to read it (and to close it).
    """

    def __init__(self, sent: Sent, result: T) -> None:
        self.http_response = sent.response
        self._retries = sent.attempts - 1
        self._content = sent.content
        self._result = result

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def logid(self) -> str | None:
        return response_logid(self.http_response)

    @property
    def retries(self) -> int:
        """How many times the call was retried before this answer."""
        return self._retries

    @property
    def content(self) -> bytes | None:
        """The body, when the call read it (not for streams and binary answers)."""
        return self._content

    def parse(self) -> T:
        """The result the call would have returned."""
        return self._result

    def __repr__(self) -> str:
        return f"<RawResponse [{self.status_code}] logid={self.logid!r}>"


Args = Mapping[str, object]


class RawRequester:
    """A sync requester whose calls return `RawResponse`s around the usual results."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def request(self, operation: Operation[R], args: Args, options: RequestOptions) -> HttpRawResponse[R]:
        sent = self._runtime.send(operation, args, options, stream=False)
        return HttpRawResponse(sent, read_json(operation, sent))

    def download(
        self, operation: Operation[object], args: Args, options: RequestOptions
    ) -> HttpRawResponse[HttpBinaryResponse]:
        sent = self._runtime.send(operation, args, options, stream=False)
        return HttpRawResponse(sent, HttpBinaryResponse(stream_answer(operation, sent)))

    def stream(
        self, streamed: Streamed[object, object], args: Args, options: RequestOptions
    ) -> HttpRawResponse[EventStream[StreamEvent]]:
        operation = streamed.operation
        sent = self._runtime.send(operation, args, options, stream=True)
        return HttpRawResponse(sent, self._runtime.open_stream(operation, sent))

    def paginate(self, paged: Paged[I], args: Args, options: RequestOptions) -> HttpRawResponse[ListPage[I]]:
        """The first page's answer; `parse()` is the page, which walks the rest as usual."""
        operation = paged.operation
        sent = self._runtime.send(operation, args, options, stream=False)
        first = read_json(operation, sent)
        return HttpRawResponse(sent, self._runtime.page(paged, args, options, first))


class AsyncRawRequester:
    """The async twin of `RawRequester` (`paginate` too is awaited)."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def request(self, operation: Operation[R], args: Args, options: RequestOptions) -> HttpRawResponse[R]:
        sent = await self._runtime.send(operation, args, options, stream=False)
        return HttpRawResponse(sent, read_json(operation, sent))

    async def download(
        self, operation: Operation[object], args: Args, options: RequestOptions
    ) -> HttpRawResponse[HttpAsyncBinaryResponse]:
        sent = await self._runtime.send(operation, args, options, stream=False)
        return HttpRawResponse(sent, HttpAsyncBinaryResponse(stream_answer(operation, sent)))

    async def stream(
        self, streamed: Streamed[object, object], args: Args, options: RequestOptions
    ) -> HttpRawResponse[AsyncEventStream[StreamEvent]]:
        operation = streamed.operation
        sent = await self._runtime.send(operation, args, options, stream=True)
        return HttpRawResponse(sent, self._runtime.open_stream(operation, sent))

    def paginate(
        self, paged: Paged[I], args: Args, options: RequestOptions
    ) -> Awaitable[HttpRawResponse[AsyncListPage[I]]]:
        return self._first_page(paged, args, options)

    async def _first_page(
        self, paged: Paged[I], args: Args, options: RequestOptions
    ) -> HttpRawResponse[AsyncListPage[I]]:
        sent = await self._runtime.send(paged.operation, args, options, stream=False)
        first = read_json(paged.operation, sent)
        return HttpRawResponse(sent, self._runtime.page(paged, args, options, first))
