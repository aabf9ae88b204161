"""Typed Server-Sent Event streams over an open httpx response, sync and async.

`EventReader` holds every rule (building each event as the class its family's event map
names, checking its data, raising on error events, noticing a stream that ends before its
terminal event); the `EventStream` and `AsyncEventStream` shells (and the family streams built on them:
`MessageStream`, the chat streams of `_chat.py`) only move bytes.

Policy, the same for every stream:
- every event is delivered in order, including ones the spec does not name (as
  `UnknownStreamEvent`, its `data` the decoded JSON) and keep-alive events such as a
  workflow `PING`;
- an event whose data is not the JSON object its model wants raises `StreamError`;
- an error event (those the spec lists under `errors`, e.g. chat `error` and
  `conversation.chat.failed`, workflow `Error`) raises `StreamError` after every event
  before it has been delivered;
- the terminal event (`done`, `Done`) is delivered, then iteration ends;
- a stream that closes (or is cut) before its terminal event raises `StreamIncomplete`;
  a stream that stays silent longer than the read timeout raises `APITimeoutError`.

Lifecycle: each `for` loop gets its own iterator, so leaving it early (`break`, an
exception) closes the stream and releases its connection even while the stream object is
still referenced (`next(stream)` reads on without closing). After the terminal event the
iteration ends at once: the end of the body is read if it follows promptly (the connection
is then reused), else the connection is cut. `close()` from another thread ends an
iteration blocked there, without an error.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Generator, Iterator, Mapping
from typing import Any, Generic, Self, TypeVar, cast

import httpx
from coze_api._events import EventMap, StreamEvent, UnknownStreamEvent
from coze_api._model import ModelValidationError
from coze_api._runtime import AsyncRequester, AsyncStream, Stream, SyncRequester

from ._errors import APITimeoutError, CozeError, StreamError, StreamIncomplete, response_logid
from ._json import loads, parser
from ._sse import ServerSentEvent, SSEDecoder

T = TypeVar("T")
E = TypeVar("E", bound=StreamEvent)
M = TypeVar("M")

__all__ = ["AsyncEventStream", "AsyncMessageStream", "EventStream", "MessageStream"]


Parse = Callable[[Mapping[str, object]], object]


class EventReader:
    """Turns decoded SSE events into typed events, enforcing the stream's ending rules.

    Each event is built as the class its map names, its data decoded and checked against
    the event's model as it arrives: data that is not a JSON object, or does not match the
    model, raises `StreamError` naming the event (never a string posing as a message).
    """

    def __init__(self, events: EventMap, response: httpx.Response) -> None:
        self._response = response
        self._logid = response_logid(response)
        self._map = events
        self._terminal = events.terminal
        self._errors = events.errors
        self._chats = events.chat_events
        known: dict[str, tuple[type[StreamEvent], Parse | None]] = {
            name: (cls, events.parser(name)) for name, cls in events.classes.items()
        }
        # The hot path: events that neither end nor fail the stream nor carry the chat.
        self._plain = {name: entry for name, entry in known.items() if name not in events.terminal | events.errors}
        self._known = known
        self._decode = parser()
        self.finished = False
        # The latest chat event, so a dropped chat stream can be recovered by polling.
        self.last_chat: StreamEvent | None = None

    @property
    def events(self) -> EventMap:
        return self._map

    def read(self, sse: ServerSentEvent) -> StreamEvent:
        """The typed event; raises `StreamError` for an error event or malformed data."""
        name = sse.event
        entry = self._plain.get(name)
        if entry is None:
            return self._read_special(sse)
        cls, parse = entry
        event: StreamEvent = object.__new__(cls)
        event.raw = raw = sse.data
        event.id = sse.id
        event.logid = self._logid
        if parse is None:
            event.data = _lenient(raw, None)
        else:
            # The hot path (a message delta): decode and build with no call in between; any
            # data the fast decoder does not make a plain JSON object of takes `_parse`,
            # which decodes it as json.loads does and says what is wrong.
            try:
                decoded = self._decode(raw)
            except ValueError:
                decoded = None
            if type(decoded) is not dict:
                event.data = self._parse(event, parse)
            else:
                try:
                    event.data = parse(decoded)
                except ModelValidationError as error:
                    raise self.malformed(event, f"its data does not match the API description: {error}") from None
        if name in self._chats:
            self.last_chat = event
        return event

    def _read_special(self, sse: ServerSentEvent) -> StreamEvent:
        name = sse.event
        entry = self._known.get(name)
        if entry is None:
            unknown = object.__new__(UnknownStreamEvent)
            unknown.event = name
            unknown.raw, unknown.id, unknown.logid = sse.data, sse.id, self._logid
            unknown.data = _lenient(sse.data, None)  # type: ignore[assignment]
            return unknown
        cls, parse = entry
        event: StreamEvent = object.__new__(cls)
        event.raw, event.id, event.logid = sse.data, sse.id, self._logid
        if name in self._errors:
            self.finished = True
            event.data = _lenient(sse.data, parse)
            if name in self._chats:
                self.last_chat = event
            raise stream_error(event, self._response)
        event.data = _lenient(sse.data, None) if parse is None else self._parse(event, parse)
        if name in self._terminal:
            self.finished = True
        return event

    def _parse(self, event: StreamEvent, parse: Parse) -> object:
        try:
            decoded = loads(event.raw)
        except ValueError:
            raise self.malformed(event, "its data is not JSON") from None
        if type(decoded) is not dict:
            raise self.malformed(event, "its data is not a JSON object")
        try:
            return parse(decoded)
        except ModelValidationError as error:
            raise self.malformed(event, f"its data does not match the API description: {error}") from None

    def malformed(self, event: StreamEvent, reason: str) -> StreamError:
        self.finished = True
        logid = self._logid
        text = f"stream event {str(event.event)!r}: {reason}" + (f" (logid: {logid})" if logid else "")
        return StreamError(
            text,
            event=event,
            status_code=self._response.status_code,
            logid=logid,
            body=event.raw,
            response=self._response,
        )

    def read_last(self, sse: ServerSentEvent) -> StreamEvent | None:
        """An event the body ended in without its closing blank line (Coze ends streams
        that way). Unless it is the terminal event, data that is not whole JSON means the
        event was cut off: it is dropped, and `end` reports the stream as incomplete."""
        if sse.event not in self._terminal:
            try:
                loads(sse.data)
            except ValueError:
                return None
        return self.read(sse)

    def read_tail(self, decoder: SSEDecoder) -> list[StreamEvent]:
        """The events the body ended in without a closing blank line (see `read_last`)."""
        events = []
        for sse in decoder.flush():
            if self.finished:
                break
            last = self.read_last(sse)
            if last is not None:
                events.append(last)
        return events

    def end(self) -> None:
        """The body ended; raises `StreamIncomplete` if the terminal event never came."""
        if not self.finished and self._terminal:
            self.finished = True
            raise self.incomplete("the stream ended before its terminal event")

    def incomplete(self, reason: str) -> StreamIncomplete:
        text = f"{reason} ({', '.join(sorted(self._terminal))})"
        if self._logid:
            text += f" (logid: {self._logid})"
        return StreamIncomplete(
            text, status_code=self._response.status_code, logid=self._logid, response=self._response
        )

    def cut(self, error: httpx.RequestError) -> CozeError:
        """The typed error for a transport failure while reading the body."""
        self.finished = True
        if isinstance(error, httpx.TimeoutException):
            timeout = APITimeoutError(
                f"the stream was silent longer than the read timeout ({error})", logid=self._logid
            )
            return timeout
        return self.incomplete(f"the stream was cut ({type(error).__name__}: {error})")


def _lenient(raw: str, parse: Parse | None) -> object:
    """Data read as far as it goes: the model when it parses, else the decoded JSON, else
    the text (for events without a model, and error events, which raise either way)."""
    try:
        decoded = loads(raw) if raw else None
        return parse(decoded) if parse is not None and isinstance(decoded, dict) else decoded
    except (ValueError, ModelValidationError):
        return raw


def stream_error(event: StreamEvent, response: httpx.Response) -> StreamError:
    """The typed error for an error event: chat `error` {code, msg}, a failed chat's
    `last_error`, or a workflow `Error` {error_code, error_message}."""
    try:
        body = loads(event.raw) if event.raw else None
    except ValueError:
        body = event.raw
    sources = [body] if isinstance(body, dict) else []
    if sources and isinstance(body.get("last_error"), dict):  # type: ignore[union-attr]
        sources.insert(0, body["last_error"])  # type: ignore[index]
    code: Any = None
    msg: Any = None
    for source in sources:
        code = code if code not in (None, "", 0) else source.get("code", source.get("error_code"))
        msg = msg or source.get("msg") or source.get("error_message")
    if isinstance(code, str) and code.isdigit():
        code = int(code)
    if not isinstance(code, int) or isinstance(code, bool):
        code = None
    debug_url = body.get("debug_url") if isinstance(body, dict) else None
    logid = response_logid(response)
    text = (
        f"stream event {str(event.event)!r}: " + (f"code {code}: " if code is not None else "") + str(msg or event.raw)
    )
    if logid:
        text += f" (logid: {logid})"
    return StreamError(
        text,
        event=event,
        status_code=response.status_code,
        code=code,
        msg=str(msg) if msg else None,
        logid=logid,
        debug_url=debug_url or None,
        body=body,
        response=response,
    )


def _answer_text(events: EventMap, event: StreamEvent) -> str:
    """The text an event adds to the answer: the content of a chat message delta (reasoning
    comes separately, as `reasoning_content`) or of a workflow `Message`."""
    if event.event not in events.text_events:
        return ""
    content = getattr(event.data, "content", None)
    return content if isinstance(content, str) else ""


# How long the end of the body may take after the terminal event. Coze ends it right after
# `done`, and reading that end keeps the connection for reuse; a server that holds the
# stream open longer is cut off instead of waited for.
_END_GRACE = 0.25


def _events(response: httpx.Response, reader: EventReader) -> Generator[StreamEvent, None, None]:
    """The events of a response body. A plain function, not a method: were its frame to hold
    the `Stream`, the two would form a cycle, and a stream left by `break` would keep its
    connection until the garbage collector ran instead of releasing it at once."""
    read = reader.read
    decoder = SSEDecoder()
    feed = decoder.feed
    try:
        chunks = response.iter_bytes()
        try:
            for chunk in chunks:
                if reader.finished:  # closed from another thread while this one waited
                    return
                for sse in feed(chunk):
                    yield read(sse)
                    if reader.finished:
                        _read_end(response, chunks)
                        return
        except httpx.RequestError as error:
            if reader.finished:
                return
            raise reader.cut(error) from error
        yield from reader.read_tail(decoder)
        reader.end()
    finally:
        response.close()


def _read_end(response: httpx.Response, chunks: Iterator[bytes]) -> None:
    """Read what follows the terminal event (normally just the end of the body), giving up
    after `_END_GRACE`: a timer then cuts the connection from under the blocked read."""
    timer = threading.Timer(_END_GRACE, _interrupt, (response,))
    timer.daemon = True
    timer.start()
    try:
        for _ in chunks:
            pass
    except httpx.RequestError:
        pass  # cut off: the connection is closed, not reused
    finally:
        timer.cancel()


def _interrupt(response: httpx.Response) -> None:
    """Make a read blocked on the response's connection (in another thread) fail at once, by
    shutting its socket down; httpcore then discards the connection. A no-op where httpcore
    gives no socket (HTTP/2, custom transports)."""
    network_stream = response.extensions.get("network_stream")
    sock = network_stream.get_extra_info("socket") if network_stream is not None else None
    if isinstance(sock, socket.socket):
        with contextlib.suppress(OSError):
            # The plain socket's shutdown, also for a TLS socket: its own would drop the TLS state.
            socket.socket.shutdown(sock, socket.SHUT_RDWR)


async def _aevents(response: httpx.Response, reader: EventReader) -> AsyncGenerator[StreamEvent, None]:
    """The async twin of `_events`."""
    import anyio  # async only: a sync client never loads it

    read = reader.read
    decoder = SSEDecoder()
    feed = decoder.feed
    try:
        chunks = response.aiter_bytes()
        try:
            async for chunk in chunks:
                if reader.finished:
                    return
                for sse in feed(chunk):
                    yield read(sse)
                    if reader.finished:
                        with anyio.move_on_after(_END_GRACE):  # cancelling the read closes the connection
                            async for _ in chunks:
                                pass
                        return
        except httpx.RequestError as error:
            if reader.finished:
                return
            raise reader.cut(error) from error
        for last in reader.read_tail(decoder):
            yield last
        reader.end()
    finally:
        await response.aclose()


def _loop(events: Iterator[T], close: Callable[[], None]) -> Generator[T, None, None]:
    """One `for` loop over a stream. Only the loop holds it, so a loop left early (`break`,
    an exception) drops it, which closes it and the stream: the connection is released even
    while the stream object is still referenced."""
    try:
        yield from events
    finally:
        close()


async def _aloop(events: AsyncIterator[T], close: Callable[[], Awaitable[None]]) -> AsyncGenerator[T, None]:
    """The async twin of `_loop` (asyncio closes a dropped async generator soon after, on the loop)."""
    try:
        async for event in events:
            yield event
    finally:
        await close()


class EventStream(Stream[E]):
    """A sync event stream: iterate it; `with` (or `close()`) releases the connection early.

    `text()` reads the rest for you. Event families whose events carry more (completed
    messages, a chat) get a subclass with helpers for them (`MessageStream`, the chat
    stream beside `coze.chat`), chosen by the runtime from the family's roles.
    """

    def __init__(self, response: httpx.Response, events: EventMap, requester: SyncRequester) -> None:
        self.response = response
        self._requester = requester
        self._reader = EventReader(events, response)
        # The reader builds each event as the class its family's map names: one of `E`.
        self._events = cast(Generator[E, None, None], _events(response, self._reader))

    @property
    def logid(self) -> str | None:
        return response_logid(self.response)

    def __iter__(self) -> Iterator[E]:
        """The remaining events; leaving the loop early closes the stream."""
        return _loop(self._events, self.close)

    def __next__(self) -> E:
        """The next event (`next(stream)`); the stream stays open until read to its end or closed."""
        return next(self._events)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop reading and release the connection. From another thread, this also ends an
        iteration blocked there waiting for the next event, without an error."""
        self._reader.finished = True
        try:
            self._events.close()
        except ValueError:
            # Being iterated in another thread: wake its read; that thread closes the response.
            _interrupt(self.response)
            return
        self.response.close()

    def text(self) -> str:
        """Read the rest of the stream; return the answer text of its message deltas."""
        events = self._reader.events
        return "".join(_answer_text(events, event) for event in self)


class AsyncEventStream(AsyncStream[E]):
    """The async twin of `EventStream`: `async for`, `async with`, `await close()`."""

    def __init__(self, response: httpx.Response, events: EventMap, requester: AsyncRequester) -> None:
        self.response = response
        self._requester = requester
        self._reader = EventReader(events, response)
        self._events = cast(AsyncGenerator[E, None], _aevents(response, self._reader))
        self._closed = False

    @property
    def logid(self) -> str | None:
        return response_logid(self.response)

    def __aiter__(self) -> AsyncIterator[E]:
        """The remaining events; leaving the loop early closes the stream."""
        return _aloop(self._events, self.close)

    async def __anext__(self) -> E:
        return await self._events.__anext__()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def close(self) -> None:
        """Stop reading and release the connection (once: a loop left early closes it too)."""
        if self._closed:
            return
        self._closed = True
        self._reader.finished = True
        with contextlib.suppress(RuntimeError):  # being iterated by another task: closing the response ends it
            await self._events.aclose()
        await self.response.aclose()

    async def text(self) -> str:
        """Read the rest of the stream; return the answer text of its message deltas."""
        events = self._reader.events
        return "".join([_answer_text(events, event) async for event in self])


class MessageStream(EventStream[E], Generic[E, M]):
    """An event stream whose family completes messages (`M`): `messages()` collects them."""

    def messages(self) -> list[M]:
        """Read the rest of the stream; return its completed messages, in order."""
        wanted = self._reader.events.complete_message_events
        return [cast(M, event.data) for event in self if event.event in wanted]


class AsyncMessageStream(AsyncEventStream[E], Generic[E, M]):
    """The async twin of `MessageStream`."""

    async def messages(self) -> list[M]:
        """Read the rest of the stream; return its completed messages, in order."""
        wanted = self._reader.events.complete_message_events
        return [cast(M, event.data) async for event in self if event.event in wanted]
