"""`Socket`: a WebSocket session of `Coze`, on the `websockets` library's sync client.

The library reads the connection in a thread of its own (answering pings there), so
iteration only waits on its queue of frames, and `close()` from any thread wakes it. A
`Keepalive` thread pings the server (the library's sync client sends no pings).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator, Mapping
from typing import Never, Self, TypeVar, cast

import httpx
from coze_api._events import ClientEvent, SocketEvent
from coze_api._runtime import Socket, SocketSpec
from websockets.exceptions import ConnectionClosed, WebSocketException
from websockets.sync.client import ClientConnection, connect

from .._auth import auth_headers
from ._handshake import CLOSE_TIMEOUT, Handshake, connection_options, handshake_error
from ._keepalive import Keepalive, close_within
from ._session import Session, with_senders

E = TypeVar("E", bound=SocketEvent)
C = TypeVar("C", bound=ClientEvent)


class SyncWebSocket(Socket[E, C]):
    """A WebSocket session with one Coze endpoint.

    The connection opens on `with` (or the first `send` or iteration) and closes when the
    `with` block ends or on `close()`. Iterating yields one typed event per server frame, in
    order, calling the `on` handlers of each; it ends when the server closes the connection
    normally or `close()` is called, and raises `APIConnectionError` if the connection is cut.
    Every method may be called from any thread.
    """

    def __init__(self, http: httpx.Client, auth: httpx.Auth, spec: SocketSpec, handshake: Handshake) -> None:
        self._http = http
        self._auth = auth
        self._session = Session(spec, handshake)
        # Per frame: read it, then call its handlers (the session's own table, which `on` fills).
        self._read = self._session.reader.read
        self._handlers = self._session.handlers
        self._connection: ClientConnection | None = None
        self._keepalive: Keepalive | None = None
        self._opening = threading.Lock()

    @property
    def logid(self) -> str | None:
        """The logid of the handshake answer (None until the connection is open)."""
        return self._session.logid

    def send(self, event: C | Mapping[str, object]) -> None:
        """Send one frame: a typed client event, or a dict with `event_type` and `data`,
        sent as it is (models inside it as their JSON)."""
        text = self._session.encode(event)
        connection = self._open()
        if connection is None:
            raise self._session.closed_error()
        try:
            connection.send(text)
        except ConnectionClosed as closed:
            raise self._session.cut(closed, unanswered=self._unanswered) from closed

    def on(self, event_type: str, handler: Callable[[Never], object]) -> None:
        """Call `handler(event)` for every event of `event_type` as iteration reaches it."""
        self._session.on(event_type, handler, awaitable=False)

    def run_until(self, *event_types: str) -> E | None:
        """Iterate, calling the handlers, until an event of one of `event_types` arrives, and
        return it; None if the session ends first (with no types: run to the end)."""
        for event in self:
            if event.event_type in event_types:
                return event
        return None

    def __iter__(self) -> Iterator[E]:
        return self

    def __next__(self) -> E:
        connection = self._connection
        if connection is None or self._session.closing:  # not open yet, or closing
            connection = self._open()
            if connection is None:
                raise StopIteration
        try:
            message = connection.recv()
        except ConnectionClosed as closed:
            error = self._session.ended(closed, unanswered=self._unanswered)
            if error is None:
                raise StopIteration from None
            raise error from closed
        event = self._read(message)
        handlers = self._handlers.get(event.event_type)
        if handlers:
            for handler in handlers:
                handler(event)
        return cast(E, event)  # built as the class its endpoint's event map names

    def close(self) -> None:
        """End the session. Idempotent; an iteration waiting in another thread ends normally."""
        self._session.close()
        connection = self._connection
        if connection is not None:
            self._end(connection)

    def __enter__(self) -> Self:
        self._open()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self._session.handshake.shown_url} logid={self.logid}>"

    def _open(self) -> ClientConnection | None:
        """The open connection (opening it on first use); None once the session is closed."""
        if self._connection is None and not self._session.closing:
            with self._opening:
                if self._connection is None and not self._session.closing:
                    self._connection = self._connect()
        if self._session.closing:
            # close() may have come while the connection was opening, and missed it.
            if self._connection is not None:
                self._end(self._connection)
            return None
        return self._connection

    @property
    def _unanswered(self) -> bool:
        """Whether the keepalive cut the connection, a ping having gone unanswered."""
        return self._keepalive is not None and self._keepalive.expired

    def _end(self, connection: ClientConnection) -> None:
        # Twice the close timeout: what close() takes at most when nothing is stuck.
        close_within(connection, 2 * CLOSE_TIMEOUT)
        if self._keepalive is not None:
            self._keepalive.stop()

    def _connect(self) -> ClientConnection:
        handshake = self._session.handshake
        started = time.monotonic()
        try:
            auth = auth_headers(self._auth, handshake.rest_url, self._http)
            connection = connect(handshake.url, **connection_options(handshake, auth))
        except (OSError, WebSocketException, httpx.TransportError) as error:
            raise handshake_error(handshake, error, time.monotonic() - started) from error
        assert connection.response is not None
        self._session.opened(connection.response.headers, time.monotonic() - started)
        options = handshake.options
        if options.ping_interval is not None:
            self._keepalive = Keepalive(connection, options.ping_interval, options.ping_timeout)
        return connection


def open_socket(
    http: httpx.Client, auth: httpx.Auth, spec: SocketSpec, handshake: Handshake
) -> SyncWebSocket[SocketEvent, ClientEvent]:
    """The socket of a `connect(...)` call, not yet connected."""
    socket_class = with_senders(SyncWebSocket, spec.sender_classes()[0])
    socket: SyncWebSocket[SocketEvent, ClientEvent] = socket_class(http, auth, spec, handshake)
    return socket
