"""`VoiceClient`: the shell of the sync voice clients. A reader thread takes the socket's
events (handlers, audio to the player), a playback thread waits for the player after each
finished request and calls the `completed` handlers; the rules are `Voice`'s.

Neither thread lets an exception escape (it would print a traceback and leave `wait()`
waiting): whatever goes wrong is kept, and raised by `wait()` and the next send.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterable, Mapping
from typing import ClassVar, Never, Self

from coze_api._events import SocketEvent
from coze_api._runtime import Socket

from .._errors import WebSocketEventError
from .._logging import log
from ..audio import Player
from ._voice import COMPLETED, POLL_SECONDS, Completed, Voice


class VoiceClient:
    """What the sync voice clients share: connecting, handlers, waiting, disconnecting.

    Handlers and player calls run in the client's own threads. A failure of the session (a
    cut connection, a handler that raised, a player that failed: `AudioPlaybackError`) is
    raised by the next send or `wait()`.
    """

    _finishing: ClassVar[frozenset[str]]
    _requests: ClassVar[frozenset[str]]

    def __init__(self, player: Player | None = None, *, owns_player: bool = False) -> None:
        self._player = player
        self._owns_player = owns_player
        self._voice = Voice(finishing=self._finishing, requests=self._requests)
        # Never: the clients send their frames as dicts, whatever the endpoint's typed events.
        self._socket: Socket[SocketEvent, Never] | None = None
        self._changed = threading.Condition()
        self._finished: queue.SimpleQueue[SocketEvent | None] = queue.SimpleQueue()
        self._threads: list[threading.Thread] = []
        self._closed = False

    def connect(self) -> None:
        """Open the session (the clients say what they send first)."""
        raise NotImplementedError

    def on(self, event_types: str | Iterable[str], handler: Callable[[Never], object]) -> None:
        """Call `handler(event)` for every server event of these types (one name or a list);
        `"completed"` handlers get a `Completed` once a request is answered and its audio played."""
        self._voice.on(event_types, handler, awaitable=False)

    @property
    def logid(self) -> str | None:
        """The logid of the session's handshake (None before `connect()`)."""
        return self._socket.logid if self._socket is not None else None

    def wait(self, timeout: float | None = None) -> bool:
        """Wait until every request sent has its answer (and its audio has played); False if
        `timeout` seconds passed first. Raises an error event that answered a request, or
        what ended the session (`APIConnectionError`, `AudioPlaybackError`...). Returns as
        soon as the session is over, whatever the server sent."""
        with self._changed:
            done = self._changed.wait_for(lambda: self._voice.settled, timeout)
            if done:
                self._voice.outcome(self.logid)
            return done

    def disconnect(self) -> None:
        """Close the session, stop the client's threads and (if the client made it) the player."""
        self._closed = True
        if self._socket is not None:
            self._socket.close()
        for thread in self._threads:
            if thread is not threading.current_thread():
                thread.join()
        if self._owns_player and self._player is not None:
            self._player.close()

    def __enter__(self) -> Self:
        if self._socket is None:
            self.connect()
        return self

    def __exit__(self, *exc: object) -> None:
        self.disconnect()

    # For the clients ---------------------------------------------------------------------

    def _open(self, socket: Socket[SocketEvent, Never], update: Mapping[str, object] | None) -> None:
        """Start the session on `socket` (a `connect(...)` not yet opened), sending `update` first."""
        if self._socket is not None:
            raise RuntimeError("the client is already connected")
        socket.__enter__()
        self._socket = socket
        self._start(self._read, "reader")
        if self._player is not None:
            self._start(self._play_through, "playback")
        if update is not None:
            self._send(update)

    def _send(self, frame: Mapping[str, object]) -> None:
        if self._socket is None:
            raise RuntimeError("connect() first")
        with self._changed:
            if self._voice.failure is not None:
                raise self._voice.failure
            self._voice.sent(str(frame["event_type"]))
        self._socket.send(frame)

    def _seen(self, event: SocketEvent) -> None:
        """What the client keeps of an event (text so far...); called before the handlers."""

    # The threads ---------------------------------------------------------------------------

    def _start(self, target: Callable[[], None], role: str) -> None:
        thread = threading.Thread(target=target, name=f"coze-{type(self).__name__}-{role}", daemon=True)
        self._threads.append(thread)
        thread.start()

    def _fail(self, failure: BaseException) -> None:
        with self._changed:
            self._voice.fail(failure)
            self._changed.notify_all()

    def _read(self) -> None:
        socket = self._socket
        assert socket is not None
        try:
            while True:
                try:
                    for event in socket:
                        self._handle(event)
                    return
                except WebSocketEventError as error:  # one frame; the session goes on
                    log.warning("%s: %s", type(self).__name__, error)
        except Exception as error:
            self._fail(error)
            log.info("%s: the session ended: %s", type(self).__name__, error)
        finally:
            with self._changed:
                self._voice.ended = True
                self._changed.notify_all()
            self._finished.put(None)

    def _handle(self, event: SocketEvent) -> None:
        with self._changed:
            pcm, finishes = self._voice.read(event)
            self._changed.notify_all()
        if pcm is not None:
            self._play(pcm)
        self._seen(event)
        for handler in self._voice.handlers.get(str(event.event_type), []):
            handler(event)
        if finishes:
            if self._player is None:
                self._complete(event)
                return
            with self._changed:
                queued = self._voice.queue_playback()
            if queued:
                self._finished.put(event)

    def _play(self, pcm: bytes) -> None:
        """Queue audio on the player, unless playback has failed; a player that raises ends it."""
        if self._player is None or self._voice.playback is not None:
            return
        try:
            self._player.play(pcm)
        except Exception as error:
            self._playback_failed(error)

    def _playback_failed(self, error: Exception) -> None:
        with self._changed:
            failure = self._voice.playback_failed(error)
            self._changed.notify_all()
        log.info("%s: %s", type(self).__name__, failure)

    def _play_through(self) -> None:
        """After each finished request: wait for the player, then call `completed`."""
        try:
            while (event := self._finished.get()) is not None:
                if not self._played_out():
                    return
                try:
                    self._complete(event)
                except Exception as error:
                    self._fail(error)
                    log.info("%s: a completed handler raised: %s", type(self).__name__, error)
                with self._changed:
                    self._voice.playing -= 1
                    self._changed.notify_all()
        finally:
            with self._changed:
                self._voice.stop_playback()
                self._changed.notify_all()

    def _played_out(self) -> bool:
        """Wait until the player has played what it holds; False if the client was
        disconnected or the player failed meanwhile."""
        player = self._player
        assert player is not None
        while not self._closed and self._voice.playback is None:
            try:
                if player.wait_done(POLL_SECONDS):
                    return True
            except Exception as error:
                self._playback_failed(error)
                return False
        return False

    def _complete(self, event: SocketEvent) -> None:
        for handler in self._voice.handlers.get(COMPLETED, []):
            handler(Completed(event))
        with self._changed:
            self._voice.answered += 1
            self._changed.notify_all()
