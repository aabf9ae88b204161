"""What plays audio: the `Player` interface, and `MemoryPlayer`, which records instead."""

from __future__ import annotations

import threading
from typing import Protocol

from ._format import Buffer


class Player(Protocol):
    """Plays PCM chunks in the order they come, one after the other.

    Every method may be called from any thread, and returns at once except `wait_done`.
    """

    def play(self, pcm: Buffer) -> None:
        """Queue a chunk of PCM after those already queued."""

    def pause(self) -> None:
        """Stop sounding; what is queued (and the unplayed rest of the current chunk) waits."""

    def resume(self) -> None:
        """Carry on where `pause` stopped."""

    def stop(self) -> None:
        """Drop everything queued or sounding (an interruption). A paused player stays paused."""

    @property
    def is_playing(self) -> bool:
        """Whether playback is on: True unless paused or closed, queued audio or not."""

    def wait_done(self, timeout: float | None = None) -> bool:
        """Block until everything queued has played (or was dropped); False if `timeout`
        seconds passed first. A paused player with audio queued keeps it waiting."""

    def close(self) -> None:
        """Drop what is queued and release the device. Idempotent; `play` raises afterwards."""


class MemoryPlayer:
    """A `Player` that plays nothing and keeps what would have played: for tests, and headless
    use. A chunk "plays" the moment it is queued, unless the player is paused."""

    def __init__(self) -> None:
        self.played: list[bytes] = []
        """The chunks that played, in order."""
        self.queued: list[bytes] = []
        """The chunks waiting for `resume`."""
        self.dropped: list[bytes] = []
        """The chunks `stop` or `close` dropped."""
        self.stops = 0
        """How many times `stop` was called."""
        self.paused = False
        self.closed = False
        self._changed = threading.Condition()

    @property
    def pcm(self) -> bytes:
        """All the audio that played."""
        with self._changed:
            return b"".join(self.played)

    def play(self, pcm: Buffer) -> None:
        with self._changed:
            if self.closed:
                raise RuntimeError("the player is closed")
            (self.queued if self.paused else self.played).append(bytes(pcm))

    def pause(self) -> None:
        with self._changed:
            self.paused = True

    def resume(self) -> None:
        with self._changed:
            self.paused = False
            self.played += self.queued
            self.queued = []
            self._changed.notify_all()

    def stop(self) -> None:
        with self._changed:
            self.stops += 1
            self._drop()

    @property
    def is_playing(self) -> bool:
        with self._changed:
            return not (self.paused or self.closed)

    def wait_done(self, timeout: float | None = None) -> bool:
        with self._changed:
            return self._changed.wait_for(lambda: not self.queued, timeout)

    def close(self) -> None:
        with self._changed:
            self.closed = True
            self._drop()

    def _drop(self) -> None:
        self.dropped += self.queued
        self.queued = []
        self._changed.notify_all()

    def __enter__(self) -> MemoryPlayer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
