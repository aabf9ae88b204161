"""Incremental Server-Sent Events decoder (pure, no I/O).

`SSEDecoder` turns the raw ``bytes`` chunks of a ``text/event-stream`` body into
`ServerSentEvent` objects. The sync and async stream classes only pump chunks
into it (see `iter_events` / `aiter_events`), so every framing rule lives here.

Parsing follows the WHATWG HTML "event stream interpretation" rules:

* the body is UTF-8, decoded incrementally (a character split across chunks
  survives; invalid bytes become U+FFFD); one leading BOM is dropped;
* lines end with ``\\r\\n``, ``\\n`` or ``\\r`` (a ``\\r\\n`` split across two
  chunks is one line end); no other character (U+2028, U+0085, ...) breaks
  a line;
* ``field:value`` and ``field: value`` (one leading space stripped); a line
  without a colon is a field with an empty value; a line starting with ``:``
  is a comment (keep-alive) and ignored; unknown fields are ignored;
* ``data`` lines are joined with ``\\n``; ``event`` names the event (default
  ``"message"``); ``id`` sets the last event id, which persists across events,
  unless it contains U+0000; ``retry`` counts only when it is all ASCII digits;
* a blank line dispatches the pending event, but an event without any
  ``data`` line is dropped (its ``id`` and ``retry`` still count).

Policy at end of stream (deliberate deviation from WHATWG, which discards an
unterminated event): `SSEDecoder.flush` treats the end of the stream as one
final blank line, so a last event with no trailing blank line IS delivered.
Coze's own streams end that way. The usual rule still applies: a pending
event without ``data`` is not delivered.

Like ``id``, ``retry`` is stream state (WHATWG's "reconnection time"): each
event carries the latest valid value seen so far, ``None`` before any. So a
standalone ``retry: 5000`` block, which has no data and is never dispatched,
still reaches the caller through the events after it.
"""

from __future__ import annotations

import codecs
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator
from contextlib import suppress
from typing import Any

from ._json import loads

__all__ = ["SSEDecoder", "ServerSentEvent", "aiter_events", "iter_events"]

_utf8_decoder = codecs.getincrementaldecoder("utf-8")


class ServerSentEvent:
    """One dispatched event: its type, data, last event id and retry hint."""

    __slots__ = ("data", "event", "id", "retry")

    event: str
    data: str
    id: str | None
    retry: int | None

    def __init__(
        self,
        event: str = "message",
        data: str = "",
        id: str | None = None,  # shadows the builtin: the SSE field is "id"
        retry: int | None = None,
    ) -> None:
        self.event = event
        self.data = data
        self.id = id
        self.retry = retry

    def json(self) -> Any:
        """The data parsed as JSON (raises `json.JSONDecodeError` if it is not)."""
        return loads(self.data)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ServerSentEvent):
            return NotImplemented
        return (
            self.event == other.event and self.data == other.data and self.id == other.id and self.retry == other.retry
        )

    # Mutable value object: equal by content, so not hashable.
    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"ServerSentEvent(event={self.event!r}, data={self.data!r}, id={self.id!r}, retry={self.retry!r})"


class SSEDecoder:
    """Feed it the body's byte chunks; it returns the events each chunk completes.

    Call `flush` once when the body ends. After `flush` the decoder is ready for
    a new stream (e.g. a reconnection); only the last event id and the retry
    value are carried over, as a reconnecting client needs both.
    """

    __slots__ = (
        "_data",
        "_data_more",
        "_decode",
        "_event",
        "_last_id",
        "_partial",
        "_retry",
        "_skip_lf",
        "_started",
    )

    def __init__(self) -> None:
        self._last_id: str | None = None
        self._retry: int | None = None
        self._reset()

    def _reset(self) -> None:
        self._decode = _utf8_decoder(errors="replace").decode
        # No text decoded yet, so a BOM may still come.
        self._started = False
        # The previous text ended in "\r": a "\n" right after it is the same line end.
        self._skip_lf = False
        # Pieces of the current unterminated line; a list so a long line that
        # arrives in many small chunks is joined once, not re-copied per chunk.
        self._partial: list[str] = []
        self._event = ""
        # The pending event's data: its first line, and any further lines. Split
        # so the usual one-line event needs neither a list nor a join.
        self._data: str | None = None
        self._data_more: list[str] | None = None

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        """Decode one chunk; return the events completed by it (often none)."""
        text = self._decode(chunk)
        if not text:
            return []
        if not self._started:
            self._started = True
            if text[0] == "\ufeff":
                text = text[1:]
        if self._skip_lf and text:
            self._skip_lf = False
            if text[0] == "\n":
                text = text[1:]
        if "\r" in text:
            # A trailing "\r" already ends its line; remember it so a "\n"
            # opening the next chunk is not read as a second (blank) line.
            self._skip_lf = text[-1] == "\r"
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        if "\n" not in text:
            if text:
                self._partial.append(text)
            return []
        if self._partial:
            self._partial.append(text)
            text = "".join(self._partial)
            self._partial.clear()
        lines = text.split("\n")
        tail = lines.pop()
        if tail:
            self._partial.append(tail)
        return self._process(lines)

    def flush(self) -> list[ServerSentEvent]:
        """End of stream: finish the pending line and deliver the pending event.

        The end of the stream counts as a blank line (see the module docstring).
        """
        text = self._decode(b"", final=True)
        if text:
            # Only U+FFFD from a truncated UTF-8 sequence can appear here.
            self._partial.append(text)
        lines = ["".join(self._partial)] if self._partial else []
        lines.append("")
        events = self._process(lines)
        self._reset()
        return events

    def _process(self, lines: list[str]) -> list[ServerSentEvent]:
        # Hot loop: state lives in locals and is written back once at the end.
        events: list[ServerSentEvent] = []
        append_event = events.append
        new_event = object.__new__
        data = self._data
        data_more = self._data_more
        event = self._event
        last_id = self._last_id
        retry = self._retry
        for line in lines:
            if not line:
                if data is not None:
                    # Filling the slots directly skips type.__call__ and __init__,
                    # which is most of the cost of an event.
                    sse = new_event(ServerSentEvent)
                    sse.event = event or "message"
                    sse.data = data if data_more is None else "\n".join([data, *data_more])
                    sse.id = last_id
                    sse.retry = retry
                    append_event(sse)
                    data = data_more = None
                event = ""
                continue
            field, _, value = line.partition(":")
            if value and value[0] == " ":
                value = value[1:]
            if field == "data":
                if data is None:
                    data = value
                elif data_more is None:
                    data_more = [value]
                else:
                    data_more.append(value)
            elif field == "event":
                event = value
            elif field == "id":
                if "\0" not in value:
                    last_id = value
            elif field == "retry" and value.isascii() and value.isdigit():
                # ValueError: more digits than Python's int-from-str limit.
                with suppress(ValueError):
                    retry = int(value)
            # Anything else, including "" (a ":" comment line), is ignored.
        self._data = data
        self._data_more = data_more
        self._event = event
        self._last_id = last_id
        self._retry = retry
        return events


def iter_events(chunks: Iterable[bytes]) -> Iterator[ServerSentEvent]:
    """Events of a byte stream; the stream's end flushes the last event.

    If ``chunks`` raises, nothing is flushed: a cut-off event is not delivered.
    """
    decoder = SSEDecoder()
    for chunk in chunks:
        yield from decoder.feed(chunk)
    yield from decoder.flush()


async def aiter_events(chunks: AsyncIterable[bytes]) -> AsyncIterator[ServerSentEvent]:
    """The async twin of `iter_events`."""
    decoder = SSEDecoder()
    async for chunk in chunks:
        for event in decoder.feed(chunk):
            yield event
    for event in decoder.flush():
        yield event
