"""Raw access to any call: `coze.with_raw_response.chat.create(...)` returns a `RawResponse`.

`with_raw_response` is the generated raw tree: each of its methods is the normal method,
bound to a resource built on a requester that wraps the client's runtime and returns the
HTTP answer (status, headers, logid) along with the parsed result. Failures raise exactly
as in a normal call.
"""

from __future__ import annotations

from collections.abc import Awaitable, Mapping
from typing import Any, Generic, Protocol, TypeVar

import httpx
from coze_api._runtime import Operation, Paged, RequestOptions, Streamed

from ._errors import response_logid
from ._flow import Sent

T = TypeVar("T")

__all__ = ["RawResponse"]


class RawResponse(Generic[T]):
    """The HTTP answer of one call, with its result one `parse()` away.

    For a stream or a binary answer the body is not read yet: `parse()` returns the
    stream or binary result to read it (and to close it).
    """

    def __init__(self, sent: Sent, result: T) -> None:
        self.http_response = sent.response
        self.retries = sent.attempts - 1
        self.content = sent.content
        """The body, when the call read it (not for streams and binary answers)."""
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

    def parse(self) -> T:
        """The result the call would have returned."""
        return self._result

    def __repr__(self) -> str:
        return f"<RawResponse [{self.status_code}] logid={self.logid!r}>"


Args = Mapping[str, object]


class _SyncRuntime(Protocol):
    def send(self, operation: Operation[Any], args: Args, options: RequestOptions, *, stream: bool) -> Sent: ...

    def result(self, operation: Operation[Any], sent: Sent) -> Any: ...

    def open_stream(self, operation: Operation[Any], sent: Sent) -> Any: ...

    def page(self, operation: Operation[Any], args: Args, options: RequestOptions, result: Any) -> Any: ...


class _AsyncRuntime(Protocol):
    async def send(self, operation: Operation[Any], args: Args, options: RequestOptions, *, stream: bool) -> Sent: ...

    def result(self, operation: Operation[Any], sent: Sent) -> Any: ...

    def open_stream(self, operation: Operation[Any], sent: Sent) -> Any: ...

    def page(self, operation: Operation[Any], args: Args, options: RequestOptions, result: Any) -> Any: ...


class RawRequester:
    """A sync requester whose calls return `RawResponse` objects."""

    def __init__(self, runtime: _SyncRuntime) -> None:
        self._runtime = runtime

    def request(self, operation: Operation[Any], args: Args, options: RequestOptions) -> RawResponse[Any]:
        sent = self._runtime.send(operation, args, options, stream=False)
        return RawResponse(sent, self._runtime.result(operation, sent))

    download = request

    def stream(self, streamed: Streamed[Any, Any], args: Args, options: RequestOptions) -> RawResponse[Any]:
        operation = streamed.operation
        sent = self._runtime.send(operation, args, options, stream=True)
        return RawResponse(sent, self._runtime.open_stream(operation, sent))

    def paginate(self, paged: Paged[Any], args: Args, options: RequestOptions) -> RawResponse[Any]:
        """The first page's answer; `parse()` is the page, which walks the rest as usual."""
        operation = paged.operation
        sent = self._runtime.send(operation, args, options, stream=False)
        first = self._runtime.result(operation, sent)
        return RawResponse(sent, self._runtime.page(operation, args, options, first))


class AsyncRawRequester:
    """The async twin of `RawRequester` (`paginate` too is awaited)."""

    def __init__(self, runtime: _AsyncRuntime) -> None:
        self._runtime = runtime

    async def request(self, operation: Operation[Any], args: Args, options: RequestOptions) -> RawResponse[Any]:
        sent = await self._runtime.send(operation, args, options, stream=False)
        return RawResponse(sent, self._runtime.result(operation, sent))

    download = request

    async def stream(self, streamed: Streamed[Any, Any], args: Args, options: RequestOptions) -> RawResponse[Any]:
        operation = streamed.operation
        sent = await self._runtime.send(operation, args, options, stream=True)
        return RawResponse(sent, self._runtime.open_stream(operation, sent))

    def paginate(self, paged: Paged[Any], args: Args, options: RequestOptions) -> Awaitable[RawResponse[Any]]:
        return self._first_page(paged.operation, args, options)

    async def _first_page(self, operation: Operation[Any], args: Args, options: RequestOptions) -> RawResponse[Any]:
        sent = await self._runtime.send(operation, args, options, stream=False)
        first = self._runtime.result(operation, sent)
        return RawResponse(sent, self._runtime.page(operation, args, options, first))
