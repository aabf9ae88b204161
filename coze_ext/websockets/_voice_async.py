"""`AsyncVoiceClient`: the shell of the asyncio voice clients, the twin of `VoiceClient`
with tasks for threads. Player calls return at once, so they run on the loop; only waiting
for the player to finish runs in a worker thread. Neither task ends with an exception:
whatever goes wrong is kept, and raised by `wait()` and the next send."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable, Iterable, Mapping
from typing import ClassVar, Never, Self

from coze_api._events import SocketEvent
from coze_api._runtime import AsyncSocket

from .._errors import WebSocketEventError
from .._logging import log
from ..audio import Player
from ._voice import COMPLETED, POLL_SECONDS, Completed, Handler, Voice


class AsyncVoiceClient:
    """What the asyncio voice clients share (see `VoiceClient`); handlers may be async
    functions, awaited in turn."""

    _finishing: ClassVar[frozenset[str]]
    _requests: ClassVar[frozenset[str]]

    def __init__(self, player: Player | None = None, *, owns_player: bool = False) -> None:
        self._player = player
        self._owns_player = owns_player
        self._voice = Voice(finishing=self._finishing, requests=self._requests)
        # Never: the clients send their frames as dicts, whatever the endpoint's typed events.
        self._socket: AsyncSocket[SocketEvent, Never] | None = None
        self._changed = asyncio.Condition()
        self._finished: asyncio.Queue[SocketEvent | None] = asyncio.Queue()
        self._tasks: list[asyncio.Task[None]] = []
        self._closed = False

    async def connect(self) -> None:
        """Open the session (the clients say what they send first)."""
        raise NotImplementedError

    def on(self, event_types: str | Iterable[str], handler: Callable[[Never], object]) -> None:
        """As `VoiceClient.on`; `handler` may be an async function."""
        self._voice.on(event_types, handler, awaitable=True)

    @property
    def logid(self) -> str | None:
        """The logid of the session's handshake (None before `connect()`)."""
        return self._socket.logid if self._socket is not None else None

    async def wait(self, timeout: float | None = None) -> bool:
        """As `VoiceClient.wait`."""
        async with self._changed:
            try:
                await asyncio.wait_for(self._changed.wait_for(lambda: self._voice.settled), timeout)
            except TimeoutError:
                return False
            self._voice.outcome(self.logid)
            return True

    async def disconnect(self) -> None:
        """Close the session, stop the client's tasks and (if the client made it) the player."""
        self._closed = True
        if self._socket is not None:
            await self._socket.close()
        current = asyncio.current_task()
        await asyncio.gather(*(task for task in self._tasks if task is not current))
        if self._owns_player and self._player is not None:
            await asyncio.to_thread(self._player.close)

    async def __aenter__(self) -> Self:
        if self._socket is None:
            await self.connect()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.disconnect()

    # For the clients ---------------------------------------------------------------------

    async def _open(self, socket: AsyncSocket[SocketEvent, Never], update: Mapping[str, object] | None) -> None:
        if self._socket is not None:
            raise RuntimeError("the client is already connected")
        await socket.__aenter__()
        self._socket = socket
        self._tasks.append(asyncio.create_task(self._read()))
        if self._player is not None:
            self._tasks.append(asyncio.create_task(self._play_through()))
        if update is not None:
            await self._send(update)

    async def _send(self, frame: Mapping[str, object]) -> None:
        if self._socket is None:
            raise RuntimeError("connect() first")
        if self._voice.failure is not None:
            raise self._voice.failure
        self._voice.sent(str(frame["event_type"]))
        await self._socket.send(frame)

    def _seen(self, event: SocketEvent) -> None:
        """What the client keeps of an event (text so far...); called before the handlers."""

    # The tasks -----------------------------------------------------------------------------

    async def _changes(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    async def _fail(self, failure: BaseException) -> None:
        self._voice.fail(failure)
        await self._changes()

    async def _read(self) -> None:
        socket = self._socket
        assert socket is not None
        try:
            while True:
                try:
                    async for event in socket:
                        await self._handle(event)
                    return
                except WebSocketEventError as error:  # one frame; the session goes on
                    log.warning("%s: %s", type(self).__name__, error)
        except Exception as error:
            await self._fail(error)
            log.info("%s: the session ended: %s", type(self).__name__, error)
        finally:
            self._voice.ended = True
            await self._changes()
            self._finished.put_nowait(None)

    async def _handle(self, event: SocketEvent) -> None:
        pcm, finishes = self._voice.read(event)
        if pcm is not None:
            await self._play(pcm)
        self._seen(event)
        await _call(self._voice.handlers.get(str(event.event_type), []), event)
        await self._changes()
        if finishes:
            if self._player is None:
                await self._complete(event)
            elif self._voice.queue_playback():
                self._finished.put_nowait(event)

    async def _play(self, pcm: bytes) -> None:
        """Queue audio on the player, unless playback has failed; a player that raises ends it."""
        if self._player is None or self._voice.playback is not None:
            return
        try:
            self._player.play(pcm)
        except Exception as error:
            await self._playback_failed(error)

    async def _playback_failed(self, error: Exception) -> None:
        failure = self._voice.playback_failed(error)
        await self._changes()
        log.info("%s: %s", type(self).__name__, failure)

    async def _play_through(self) -> None:
        try:
            while (event := await self._finished.get()) is not None:
                if not await self._played_out():
                    return
                try:
                    await self._complete(event)
                except Exception as error:
                    await self._fail(error)
                    log.info("%s: a completed handler raised: %s", type(self).__name__, error)
                self._voice.playing -= 1
                await self._changes()
        finally:
            self._voice.stop_playback()
            await self._changes()

    async def _played_out(self) -> bool:
        """As `VoiceClient._played_out`."""
        player = self._player
        assert player is not None
        while not self._closed and self._voice.playback is None:
            try:
                if await asyncio.to_thread(player.wait_done, POLL_SECONDS):
                    return True
            except Exception as error:
                await self._playback_failed(error)
                return False
        return False

    async def _complete(self, event: SocketEvent) -> None:
        await _call(self._voice.handlers.get(COMPLETED, []), Completed(event))
        self._voice.answered += 1
        await self._changes()


async def _call(handlers: list[Handler], event: SocketEvent | Completed) -> None:
    for handler in handlers:
        result = handler(event)
        if inspect.isawaitable(result):
            await result
