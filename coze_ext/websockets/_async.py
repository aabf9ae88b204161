"""`AsyncSocket`: a WebSocket session of `AsyncCoze`, on the `websockets` asyncio client.

The async twin of `Socket`: the same session rules, awaited. The library reads the
connection in a task of its own (answering pings there), so nothing here blocks the event
loop; an `AsyncKeepalive` task pings the server.
"""

from __future__ import annotations

import asyncio
import inspect
import time
from collections.abc import AsyncIterator, Callable, Mapping
from typing import Never, Self, TypeVar, cast

import httpx
from coze_api._events import ClientEvent, SocketEvent
from coze_api._runtime import AsyncSocket, SocketSpec
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, WebSocketException

from .._auth import aauth_headers
from ._handshake import CLOSE_TIMEOUT, Handshake, connection_options, handshake_error
from ._keepalive import AsyncKeepalive
from ._session import Session, with_senders

E = TypeVar("E", bound=SocketEvent)
C = TypeVar("C", bound=ClientEvent)


class AsyncWebSocket(AsyncSocket[E, C]):
    """A WebSocket session with one Coze endpoint, for asyncio: `async with`, `await send`,
    `async for`. Handlers may be async functions (awaited in turn). See `Socket`."""

    def __init__(self, http: httpx.AsyncClient, auth: httpx.Auth, spec: SocketSpec, handshake: Handshake) -> None:
        self._http = http
        self._auth = auth
        self._session = Session(spec, handshake)
        # Per frame: read it, then call its handlers (the session's own table, which `on` fills).
        self._read = self._session.reader.read
        self._handlers = self._session.handlers
        self._connection: ClientConnection | None = None
        self._keepalive: AsyncKeepalive | None = None
        self._opening = asyncio.Lock()

    @property
    def logid(self) -> str | None:
        """The logid of the handshake answer (None until the connection is open)."""
        return self._session.logid

    async def send(self, event: C | Mapping[str, object]) -> None:
        """Send one frame: a typed client event, or a dict with `event_type` and `data`."""
        text = self._session.encode(event)
        connection = await self._open()
        if connection is None:
            raise self._session.closed_error()
        try:
            await connection.send(text)
        except ConnectionClosed as closed:
            raise self._session.cut(closed, unanswered=self._unanswered) from closed

    def on(self, event_type: str, handler: Callable[[Never], object]) -> None:
        """Call `handler(event)` (awaited if it returns an awaitable) for every event of
        `event_type` as iteration reaches it."""
        self._session.on(event_type, handler, awaitable=True)

    async def run_until(self, *event_types: str) -> E | None:
        """Iterate, calling the handlers, until an event of one of `event_types` arrives, and
        return it; None if the session ends first (with no types: run to the end)."""
        async for event in self:
            if event.event_type in event_types:
                return event
        return None

    def __aiter__(self) -> AsyncIterator[E]:
        return self

    async def __anext__(self) -> E:
        connection = self._connection
        if connection is None or self._session.closing:  # not open yet, or closing
            connection = await self._open()
            if connection is None:
                raise StopAsyncIteration
        try:
            message = await connection.recv()
        except ConnectionClosed as closed:
            error = self._session.ended(closed, unanswered=self._unanswered)
            if error is None:
                raise StopAsyncIteration from None
            raise error from closed
        event = self._read(message)
        handlers = self._handlers.get(event.event_type)
        if handlers:
            for handler in handlers:
                result = handler(event)
                if inspect.isawaitable(result):
                    await result
        return cast(E, event)  # built as the class its endpoint's event map names

    async def close(self) -> None:
        """End the session. Idempotent; an iteration waiting in another task ends normally."""
        self._session.close()
        connection = self._connection
        if connection is not None:
            await self._end(connection)

    async def __aenter__(self) -> Self:
        await self._open()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self._session.handshake.shown_url} logid={self.logid}>"

    async def _open(self) -> ClientConnection | None:
        """The open connection (opening it on first use); None once the session is closed."""
        if self._connection is None and not self._session.closing:
            async with self._opening:
                if self._connection is None and not self._session.closing:
                    self._connection = await self._connect()
        if self._session.closing:
            # close() may have come while the connection was opening, and missed it.
            if self._connection is not None:
                await self._end(self._connection)
            return None
        return self._connection

    @property
    def _unanswered(self) -> bool:
        """Whether the keepalive cut the connection, a ping having gone unanswered."""
        return self._keepalive is not None and self._keepalive.expired

    async def _end(self, connection: ClientConnection) -> None:
        if self._keepalive is not None:
            await self._keepalive.stop()
        try:
            # Twice the close timeout: what close() takes at most, unless a send is stuck on
            # a peer that reads nothing (the close frame then waits behind it).
            async with asyncio.timeout(2 * CLOSE_TIMEOUT):
                await connection.close()
        except TimeoutError:
            connection.transport.abort()

    async def _connect(self) -> ClientConnection:
        handshake = self._session.handshake
        started = time.monotonic()
        try:
            auth = await aauth_headers(self._auth, handshake.rest_url, self._http)
            # The library's keepalive is off: ours (AsyncKeepalive) also ends a blocked send.
            connection = await _WithoutRedirects(
                handshake.url, **connection_options(handshake, auth), ping_interval=None
            )
        except (OSError, WebSocketException, httpx.TransportError) as error:
            raise handshake_error(handshake, error, time.monotonic() - started) from error
        assert connection.response is not None
        self._session.opened(connection.response.headers, time.monotonic() - started)
        options = handshake.options
        if options.ping_interval is not None:
            self._keepalive = AsyncKeepalive(connection, options.ping_interval, options.ping_timeout)
        return connection


class _WithoutRedirects(connect):
    """The library's asyncio `connect`, except that a redirect is raised as the answer it
    is instead of followed: following it would send the handshake's headers (the token
    among them) wherever the redirect points. The sync client never follows one."""

    def process_redirect(self, exc: Exception) -> Exception | str:
        return exc


def open_async_socket(
    http: httpx.AsyncClient, auth: httpx.Auth, spec: SocketSpec, handshake: Handshake
) -> AsyncWebSocket[SocketEvent, ClientEvent]:
    """The socket of an `AsyncCoze` `connect(...)` call, not yet connected."""
    socket_class = with_senders(AsyncWebSocket, spec.sender_classes()[1])
    socket: AsyncWebSocket[SocketEvent, ClientEvent] = socket_class(http, auth, spec, handshake)
    return socket
