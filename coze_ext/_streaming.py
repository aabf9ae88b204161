"""Typed Server-Sent Event streams over an open httpx response, sync and async.

`EventReader` holds every rule (typing each event by the spec's `x-coze-stream` map,
raising on error events, noticing a stream that ends before its terminal event); the
`Stream` and `AsyncStream` shells only move bytes.

Policy: an error event (`error`, `Error`, `conversation.chat.failed`, as the spec lists)
raises `StreamError` after every event before it has been delivered; the terminal event
(`done`, `Done`) is delivered, then iteration ends; a stream that closes before its
terminal event raises `StreamIncomplete`.
"""

from __future__ import annotations

import json
from collections.abc import AsyncGenerator, Generator, Iterator
from typing import Any, Generic, TypeVar

import httpx
from coze_api._runtime import ModelRef, Operation, StreamSpec

from ._errors import APIError, response_logid
from ._sse import ServerSentEvent, SSEDecoder

T = TypeVar("T")


class StreamError(APIError):
    """The stream delivered an error event (or a failed chat)."""

    def __init__(self, message: str, *, event: Event[Any], **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.event = event


class StreamIncomplete(APIError):
    """The stream ended before its terminal event: the answer may be cut short."""


_UNPARSED = object()


class Event(Generic[T]):
    """One event of a Coze stream. `data` is parsed on first access, into the spec's model."""

    __slots__ = ("_data", "_ref", "event", "id", "logid", "raw")

    def __init__(
        self, event: str, raw: str, ref: ModelRef | None = None, id: str | None = None, logid: str | None = None
    ) -> None:
        self.event = event
        self.raw = raw
        self.id = id
        self.logid = logid
        self._ref = ref
        self._data: Any = _UNPARSED

    @property
    def data(self) -> T:
        """The payload: a model for known events, else the decoded JSON (or the raw text)."""
        if self._data is _UNPARSED:
            self._data = self._parse()
        return self._data  # type: ignore[no-any-return]

    def _parse(self) -> Any:
        try:
            decoded = json.loads(self.raw) if self.raw else None
        except ValueError:
            return self.raw
        if self._ref is None or not isinstance(decoded, dict):
            return decoded
        return self._ref.parse(decoded)

    @property
    def message(self) -> Any:
        """The message of a message event (`conversation.message.*`, workflow `Message`), else None."""
        data = self.data
        return data if type(data).__name__ in ("ChatMessage", "WorkflowMessageEvent") else None

    @property
    def chat(self) -> Any:
        """The chat of a `conversation.chat.*` event, else None."""
        data = self.data
        return data if type(data).__name__ == "Chat" else None

    def __repr__(self) -> str:
        return f"Event(event={self.event!r}, id={self.id!r}, raw={self.raw[:80]!r})"


class EventReader:
    """Turns decoded SSE events into typed events, enforcing the stream's ending rules."""

    def __init__(self, spec: StreamSpec, response: httpx.Response) -> None:
        self._spec = spec
        self._response = response
        self._logid = response_logid(response)
        self.finished = False

    def read(self, sse: ServerSentEvent) -> Event[Any] | None:
        """The typed event, None for keep-alives; raises StreamError on an error event."""
        if self.finished or sse.event == "PING":
            return None
        spec = self._spec
        event: Event[Any] = Event(sse.event, sse.data, spec.events.get(sse.event), sse.id, self._logid)
        if sse.event in spec.errors:
            self.finished = True
            raise stream_error(event, self._response)
        if sse.event in spec.terminal:
            self.finished = True
        return event

    def end(self) -> None:
        """Called when the body ends; raises StreamIncomplete if no terminal event came."""
        if not self.finished and self._spec.terminal:
            self.finished = True
            raise StreamIncomplete(
                f"the stream ended before its terminal event ({', '.join(self._spec.terminal)})"
                + (f" (logid: {self._logid})" if self._logid else ""),
                status_code=self._response.status_code,
                logid=self._logid,
                response=self._response,
            )


def stream_error(event: Event[Any], response: httpx.Response) -> StreamError:
    data = event.data
    code = msg = None
    debug_url = None
    for source in (data, getattr(data, "last_error", None)):
        if source is None:
            continue
        code = code or _first(source, "code", "error_code")
        msg = msg or _first(source, "msg", "error_message")
    if isinstance(code, str) and code.isdigit():
        code = int(code)
    debug_url = _first(data, "debug_url")
    logid = response_logid(response)
    text = f"stream event {event.event!r}: " + (f"code {code}: " if code is not None else "") + (msg or event.raw)
    if logid:
        text += f" (logid: {logid})"
    return StreamError(
        text,
        event=event,
        status_code=response.status_code,
        code=code if isinstance(code, int) else None,
        msg=msg,
        logid=logid,
        debug_url=debug_url,
        body=event.raw,
        response=response,
    )


def _first(source: Any, *names: str) -> Any:
    for name in names:
        value = source.get(name) if isinstance(source, dict) else getattr(source, name, None)
        if value not in (None, "") and type(value).__name__ != "Unset":
            return value
    return None


class Stream(Generic[T]):
    """A sync event stream. Iterate it; `with` (or `close()`) releases the connection early."""

    def __init__(self, response: httpx.Response, operation: Operation) -> None:
        assert operation.stream is not None
        self.response = response
        self._reader = EventReader(operation.stream, response)
        self._iterator = self._events()

    @property
    def logid(self) -> str | None:
        return response_logid(self.response)

    def _events(self) -> Generator[T, None, None]:
        decoder = SSEDecoder()
        try:
            for chunk in self.response.iter_bytes():
                for sse in decoder.feed(chunk):
                    event = self._reader.read(sse)
                    if event is not None:
                        yield event  # type: ignore[misc]
                    if self._reader.finished:
                        return
            for sse in decoder.flush():
                event = self._reader.read(sse)
                if event is not None:
                    yield event  # type: ignore[misc]
            self._reader.end()
        finally:
            self.response.close()

    def __iter__(self) -> Iterator[T]:
        return self._iterator

    def __next__(self) -> T:
        return next(self._iterator)

    def __enter__(self) -> Stream[T]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._iterator.close()
        self.response.close()


class AsyncStream(Generic[T]):
    """The async twin of `Stream`: `async for`, `async with`, `await close()`."""

    def __init__(self, response: httpx.Response, operation: Operation) -> None:
        assert operation.stream is not None
        self.response = response
        self._reader = EventReader(operation.stream, response)
        self._iterator = self._events()

    @property
    def logid(self) -> str | None:
        return response_logid(self.response)

    async def _events(self) -> AsyncGenerator[T, None]:
        decoder = SSEDecoder()
        try:
            async for chunk in self.response.aiter_bytes():
                for sse in decoder.feed(chunk):
                    event = self._reader.read(sse)
                    if event is not None:
                        yield event  # type: ignore[misc]
                    if self._reader.finished:
                        return
            for sse in decoder.flush():
                event = self._reader.read(sse)
                if event is not None:
                    yield event  # type: ignore[misc]
            self._reader.end()
        finally:
            await self.response.aclose()

    def __aiter__(self) -> AsyncGenerator[T, None]:
        return self._iterator

    async def __anext__(self) -> T:
        return await self._iterator.__anext__()

    async def __aenter__(self) -> AsyncStream[T]:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def close(self) -> None:
        await self._iterator.aclose()
        await self.response.aclose()
