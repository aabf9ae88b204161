"""What a WebSocket session decides, sync or async alike: its handshake and frames, its
handlers, and how it ends. The `Socket` and `AsyncSocket` shells only move frames.

Endings, the same for every endpoint:
- the session never ends by itself at any event (an `error` event is delivered like any
  other, and the session goes on);
- the server closing the connection normally (1000, 1001, or no code) ends iteration;
- a connection cut without a close frame, closed with an error code (its `close_code` and
  `close_reason`), silent past the keepalive's deadline, or ended by a frame larger than
  `max_size`, raises `APIConnectionError` after every frame that arrived before it;
- `close()` (from any thread or task) ends the session: an iteration waiting for a frame
  ends normally, a later `send` raises `APIConnectionError`.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Mapping
from typing import Never, TypeVar, cast

from coze_api._events import ClientEvent, SocketEvent
from coze_api._runtime import SocketSpec
from websockets.exceptions import ConnectionClosed, ConnectionClosedOK
from websockets.frames import CloseCode

from .._errors import APIConnectionError
from .._logging import log
from ._frames import FrameReader, encode
from ._handshake import Handshake, opened

Handler = Callable[[SocketEvent], object]
S = TypeVar("S", bound=type)


@functools.cache
def with_senders(socket: S, senders: type) -> S:
    """`socket` (the sync or async shell) with an endpoint's typed senders
    (`ws.chat_update(...)`), composed once per endpoint."""
    composed = type(senders.__name__.removesuffix("Senders"), (socket, senders), {"__module__": socket.__module__})
    return cast(S, composed)


class Session:
    """One session's state: its handshake, frame reader, handlers and whether it is closing."""

    def __init__(self, spec: SocketSpec, handshake: Handshake) -> None:
        self.handshake = handshake
        self.endpoint = spec.id
        self.reader = FrameReader(spec)
        self.upstream = spec.upstream_map().classes
        self.handlers: dict[str, list[Handler]] = {}
        self.closing = False
        self.logid: str | None = None

    def opened(self, headers: Mapping[str, str], elapsed: float) -> None:
        self.logid = self.reader.logid = opened(self.handshake, headers, elapsed)

    def on(self, event_type: str, handler: Callable[[Never], object], *, awaitable: bool) -> None:
        """Keep `handler` for the events of `event_type`. The family Protocols' overloads
        match each handler to its event's class for the type checker; here the match is made
        at run time, by the event type."""
        if not isinstance(event_type, str) or not event_type:
            raise TypeError(f"event_type must be an event name (a non-empty str), not {event_type!r}")
        if not callable(handler):
            raise TypeError(f"handler must be callable, not {type(handler).__name__}")
        if not awaitable and inspect.iscoroutinefunction(handler):
            raise TypeError("an async handler needs AsyncCoze's socket; Coze's calls handlers, never awaits them")
        self.handlers.setdefault(event_type, []).append(cast(Handler, handler))

    def encode(self, event: ClientEvent | Mapping[str, object]) -> str:
        return encode(self.endpoint, event, self.upstream)

    def close(self) -> bool:
        """Mark the session closing; False when it already was."""
        if self.closing:
            return False
        self.closing = True
        log.info("websocket %s: closed by the client logid=%s", self.endpoint, self.logid)
        return True

    def ended(self, closed: ConnectionClosed, *, unanswered: bool = False) -> APIConnectionError | None:
        """How iteration ends once the connection is closed: normally (None) when the client
        closed it or the server closed it normally, else the error to raise. `unanswered`:
        the keepalive cut the connection, a ping having gone unanswered."""
        if self.closing:
            return None
        if isinstance(closed, ConnectionClosedOK):
            log.info("websocket %s: closed by the server (%s) logid=%s", self.endpoint, closed, self.logid)
            return None
        return self.cut(closed, unanswered=unanswered)

    def cut(self, closed: ConnectionClosed, *, unanswered: bool = False) -> APIConnectionError:
        """The error for a connection that is gone: cut, closed by the server with an error
        code, silent past the keepalive's deadline, or closed while a frame was being sent."""
        why = self._why(closed, unanswered)
        suffix = f" (logid: {self.logid})" if self.logid else ""
        log.info("websocket %s: %s logid=%s", self.endpoint, why, self.logid)
        error = APIConnectionError(f"{self.endpoint}: {why}{suffix}", logid=self.logid)
        if closed.rcvd is not None and not self.closing:
            error.close_code, error.close_reason = closed.rcvd.code, closed.rcvd.reason
        return error

    def _why(self, closed: ConnectionClosed, unanswered: bool) -> str:
        options = self.handshake.options
        sent, received = closed.sent, closed.rcvd
        if self.closing:
            return "the WebSocket connection was closed by the client"
        if unanswered:
            return (
                f"the server did not answer a keepalive ping within {options.ping_timeout}s "
                "(ping_timeout): the connection is gone"
            )
        if sent is not None and sent.code == CloseCode.MESSAGE_TOO_BIG:
            return (
                f"the server sent a frame larger than max_size={options.max_size} bytes, so the session "
                "was closed (connect(max_size=...) sets the limit)"
            )
        if received is not None:
            reason = f": {received.reason}" if received.reason else " (no reason given)"
            return f"the server closed the WebSocket session with code {received.code}{reason}"
        return "the WebSocket connection was cut (no close frame)"

    def closed_error(self) -> APIConnectionError:
        """The error for sending on a session that was closed."""
        return APIConnectionError(f"{self.endpoint}: the WebSocket session is closed", logid=self.logid)
