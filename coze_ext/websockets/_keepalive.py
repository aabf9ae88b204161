"""Keepalive for both sockets: a ping every `ping_interval` seconds, and a peer that has not
answered one within `ping_timeout` seconds is gone, so the connection is cut and a read or a
send blocked on it raises.

Why our own, on websockets 14: its sync client answers pings but sends none, and its
asyncio client's keepalive starts the pong's timeout only once the ping is written, which
never happens while a send waits for a peer that reads nothing (the write buffer is full:
the ping waits behind it, and the session hangs). Here the deadline runs from before the
ping, whatever holds it up.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading

from websockets.asyncio.client import ClientConnection as AsyncClientConnection
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import ClientConnection

from .._logging import log


class Keepalive:
    """Pings `connection` every `interval` seconds from a thread of its own. A ping without
    an answer within `timeout` seconds (None: never too late) means the peer is gone: the
    connection is cut, so a read or a send blocked on it raises, and `expired` is set.
    `stop()` (or the connection ending) ends the thread."""

    def __init__(self, connection: ClientConnection, interval: float, timeout: float | None) -> None:
        self.expired = False
        self._connection = connection
        self._interval = interval
        self._timeout = timeout
        self._stopped = threading.Event()
        self._pong: threading.Event | None = None
        self._deadline: threading.Timer | None = None
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._run, name="coze-websocket-keepalive", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """End the thread (idempotent), waking it if it waits for a pong."""
        with self._lock:
            self._stopped.set()
            if self._deadline is not None:
                self._deadline.cancel()
            if self._pong is not None:
                self._pong.set()
        if threading.current_thread() is not self._thread:
            self._thread.join()

    def _run(self) -> None:
        try:
            while not self._stopped.wait(self._interval):
                if not self._ping():
                    return
        except Exception as error:  # never a traceback from a thread of ours; the session goes on unwatched
            log.warning("websocket: the keepalive stopped: %s: %s", type(error).__name__, error)

    def _ping(self) -> bool:
        """One ping and its answer; False once the connection is over."""
        with self._lock:
            if self._stopped.is_set():
                return False
            if self._timeout is not None:
                # A send stuck on a peer that reads nothing holds the connection's lock, and
                # the ping waits behind it: so the deadline runs on a timer, from before the ping.
                self._deadline = threading.Timer(self._timeout, self._expire)
                self._deadline.daemon = True
                self._deadline.start()
        try:
            pong = self._connection.ping()
        except ConnectionClosed:  # closed (or cut) meanwhile: nothing left to watch
            self._settle()
            return False
        with self._lock:
            self._pong = pong
            if self._stopped.is_set():
                return False
        answered = pong.wait(self._timeout)
        self._settle()
        if not answered:
            self._expire()
        return answered and not self._stopped.is_set()

    def _settle(self) -> None:
        """The ping is over: no deadline, no pong to wake."""
        with self._lock:
            if self._deadline is not None:
                self._deadline.cancel()
            self._deadline = None
            self._pong = None

    def _expire(self) -> None:
        """No pong in time: cut the connection (no close frame: nobody would read it)."""
        with self._lock:
            if self._stopped.is_set() or self.expired:
                return
            self.expired = True
        log.info("websocket: no answer to a keepalive ping within %ss: cutting the connection", self._timeout)
        cut(self._connection)


def cut(connection: ClientConnection) -> None:
    """End the TCP connection under `connection` at once, without a close frame: a read or
    a send blocked on it (even one holding the connection's lock) raises `ConnectionClosed`."""
    with contextlib.suppress(OSError):  # already closed
        connection.socket.shutdown(socket.SHUT_RDWR)


def close_within(connection: ClientConnection, seconds: float) -> None:
    """`connection.close()`, cutting the connection if it has not closed within `seconds`
    (a send stuck on a peer that reads nothing holds the lock `close()` needs)."""
    deadline = threading.Timer(seconds, cut, (connection,))
    deadline.daemon = True
    deadline.start()
    try:
        connection.close()
    finally:
        deadline.cancel()


class AsyncKeepalive:
    """The asyncio twin of `Keepalive`: a task of the connection's loop."""

    def __init__(self, connection: AsyncClientConnection, interval: float, timeout: float | None) -> None:
        self.expired = False
        self._connection = connection
        self._interval = interval
        self._timeout = timeout
        self._task = asyncio.get_running_loop().create_task(self._run())

    async def stop(self) -> None:
        """End the task (idempotent)."""
        if self._task is not asyncio.current_task():
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(self._interval)
            try:
                # The deadline covers writing the ping too: see the module's docstring.
                async with asyncio.timeout(self._timeout):
                    pong = await self._connection.ping()
                    await pong
            except TimeoutError:
                self.expired = True
                log.info("websocket: no answer to a keepalive ping within %ss: cutting the connection", self._timeout)
                self._connection.transport.abort()
                return
            except ConnectionClosed:  # closed (or cut) meanwhile: nothing left to watch
                return
