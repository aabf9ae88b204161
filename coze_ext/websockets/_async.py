"""`AsyncSocket`: a WebSocket session of `AsyncCoze`, on the `websockets` asyncio client.

The async twin of `Socket`: the same session rules, awaited. The library reads the
connection in a task of its own (answering pings, and sending one every 20 s to notice a
dead peer), so nothing here blocks the event loop.
"""

from __future__ import annotations

import asyncio
import inspect
import time
from collections.abc import AsyncIterator, Callable, Mapping
from typing import Any, Self

import httpx
from coze_api._events import ClientEvent
from coze_api._runtime import RequestOptions, SocketSpec
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, WebSocketException

from .._auth import aauth_headers
from ._handshake import Handshake, connection_options, handshake_error, prepare_handshake
from ._session import Session, with_senders


class AsyncSocket:
    """A WebSocket session with one Coze endpoint, for asyncio: `async with`, `await send`,
    `async for`. Handlers may be async functions (awaited in turn). See `Socket`."""

    def __init__(self, runtime: Any, spec: SocketSpec, handshake: Handshake) -> None:
        self._runtime = runtime
        self._session = Session(spec, handshake)
        self._connection: ClientConnection | None = None
        self._opening = asyncio.Lock()

    @property
    def logid(self) -> str | None:
        """The logid of the handshake answer (None until the connection is open)."""
        return self._session.logid

    async def send(self, event: ClientEvent | Mapping[str, object]) -> None:
        """Send one frame: a typed client event, or a dict with `event_type` and `data`."""
        text = self._session.encode(event)
        connection = await self._open()
        if connection is None:
            raise self._session.closed_error()
        try:
            await connection.send(text)
        except ConnectionClosed as closed:
            raise self._session.cut(closed) from closed

    def on(self, event_type: str, handler: Callable[[Any], object]) -> None:
        """Call `handler(event)` (awaited if it returns an awaitable) for every event of
        `event_type` as iteration reaches it."""
        self._session.on(event_type, handler, awaitable=True)

    async def run_until(self, *event_types: str) -> Any:
        """Iterate, calling the handlers, until an event of one of `event_types` arrives, and
        return it; None if the session ends first (with no types: run to the end)."""
        async for event in self:
            if event.event_type in event_types:
                return event
        return None

    def __aiter__(self) -> AsyncIterator[Any]:
        return self

    async def __anext__(self) -> Any:
        connection = await self._open()
        if connection is None:
            raise StopAsyncIteration
        try:
            message = await connection.recv()
        except ConnectionClosed as closed:
            error = self._session.ended(closed)
            if error is None:
                raise StopAsyncIteration from None
            raise error from closed
        event, handlers = self._session.read(message)
        for handler in handlers:
            result = handler(event)
            if inspect.isawaitable(result):
                await result
        return event

    async def close(self) -> None:
        """End the session. Idempotent; an iteration waiting in another task ends normally."""
        self._session.close()
        connection = self._connection
        if connection is not None:
            await connection.close()

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
                await self._connection.close()
            return None
        return self._connection

    async def _connect(self) -> ClientConnection:
        handshake = self._session.handshake
        started = time.monotonic()
        try:
            auth = await aauth_headers(self._runtime.auth, handshake.rest_url, self._runtime.http)
            connection = await connect(handshake.url, **connection_options(handshake, auth))
        except (OSError, WebSocketException, httpx.TransportError) as error:
            raise handshake_error(handshake, error, time.monotonic() - started) from error
        assert connection.response is not None
        self._session.opened(connection.response.headers, time.monotonic() - started)
        return connection


def open_async_socket(
    runtime: Any, spec: SocketSpec, args: Mapping[str, object], options: RequestOptions, base_ws_url: str
) -> AsyncSocket:
    """The socket of an `AsyncCoze` `connect(...)` call: not awaited, not yet connected (bad
    arguments raise here)."""
    handshake = prepare_handshake(spec, args, options, runtime.settings, base_ws_url, runtime.http)
    senders: type = spec.sender_classes()[1]
    socket: AsyncSocket = with_senders(AsyncSocket, senders)(runtime, spec, handshake)
    return socket
