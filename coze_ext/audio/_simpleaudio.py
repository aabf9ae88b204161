"""`SimpleAudioPlayer`: a `Player` on the sound card, through simpleaudio (the `[audio]` extra).

simpleaudio plays one buffer at a time and can stop it, nothing more, so a worker thread
does the rest: it plays the queued audio as one buffer (fewer gaps than a buffer per
chunk), then what was queued meanwhile, and so on. It has no pause either: pausing stops
the buffer and puts back the part not played yet, reckoned from the time it has played.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from .._errors import AudioPlaybackError
from ._format import DEFAULT_CHANNELS, DEFAULT_SAMPLE_RATE, DEFAULT_SAMPLE_WIDTH, AudioFormat, Buffer

_EXTRA = "SimpleAudioPlayer needs simpleaudio: pip install 'coze-ext[audio]' (on Linux, with libasound2-dev)"

# simpleaudio tells when a buffer has ended only when asked: the worker asks this often.
_POLL_SECONDS = 0.02


class _Sound(Protocol):
    """What simpleaudio's `play_buffer` returns."""

    def is_playing(self) -> bool: ...

    def stop(self) -> None: ...


@dataclass
class _Sounding:
    """The buffer on the device, and when it started."""

    pcm: bytes
    sound: _Sound
    started: float


class SimpleAudioPlayer:
    """A `Player` on the default sound device. Audio is queued in memory and played by a
    worker thread; every method may be called from any thread. Chunks that end part-way
    through a frame are fine: the odd bytes wait for the next chunk. Once the device has
    failed (none there, or unplugged), `play` and `wait_done` raise `AudioPlaybackError`.
    `close()` (or leaving a `with` block) stops the worker."""

    def __init__(
        self,
        *,
        sample_rate: int = DEFAULT_SAMPLE_RATE,
        channels: int = DEFAULT_CHANNELS,
        sample_width: int = DEFAULT_SAMPLE_WIDTH,
    ) -> None:
        self.format = AudioFormat(sample_rate, channels, sample_width)
        try:
            import simpleaudio
        except ImportError as error:
            raise ImportError(_EXTRA) from error
        self._play_buffer: Callable[[bytes, int, int, int], _Sound] = simpleaudio.play_buffer
        self._changed = threading.Condition()
        self._queued = bytearray()
        self._sounding: _Sounding | None = None
        self._paused = False
        self._closed = False
        self._error: BaseException | None = None
        self._worker = threading.Thread(target=self._run, name="coze-audio-player", daemon=True)
        self._worker.start()

    def play(self, pcm: Buffer) -> None:
        with self._changed:
            self._raise_failure()
            if self._closed:
                raise RuntimeError("the player is closed")
            self._queued += pcm
            self._changed.notify_all()

    def pause(self) -> None:
        with self._changed:
            self._paused = True
            sounding = self._sounding
            if sounding is not None and sounding.sound.is_playing():
                sounding.sound.stop()
                played = int((time.monotonic() - sounding.started) * self.format.sample_rate) * self.format.frame_size
                self._queued[:0] = sounding.pcm[played:]
            self._sounding = None
            self._changed.notify_all()

    def resume(self) -> None:
        with self._changed:
            self._paused = False
            self._changed.notify_all()

    def stop(self) -> None:
        with self._changed:
            self._silence()

    @property
    def is_playing(self) -> bool:
        with self._changed:
            return not (self._paused or self._closed)

    def wait_done(self, timeout: float | None = None) -> bool:
        """See `Player.wait_done`; raises `AudioPlaybackError` if the device failed."""
        with self._changed:
            done = self._changed.wait_for(self._idle, timeout)
            self._raise_failure()
            return done

    def close(self) -> None:
        with self._changed:
            self._closed = True
            self._silence()
        if threading.current_thread() is not self._worker:
            self._worker.join()

    def __enter__(self) -> SimpleAudioPlayer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _idle(self) -> bool:
        """Nothing to play: no buffer on the device and less than a frame queued."""
        return self._sounding is None and len(self._queued) < self.format.frame_size

    def _silence(self) -> None:
        """Drop the queue and the buffer on the device (the lock is held)."""
        self._queued.clear()
        if self._sounding is not None:
            self._sounding.sound.stop()
            self._sounding = None
        self._changed.notify_all()

    def _raise_failure(self) -> None:
        if self._error is not None:
            raise AudioPlaybackError(f"audio playback failed: {self._error}", cause=self._error)

    def _run(self) -> None:
        """The worker: play what is queued, one buffer at a time, until the player closes."""
        audio_format = self.format
        with self._changed:
            while True:
                self._changed.wait_for(
                    lambda: self._closed or (not self._paused and len(self._queued) >= audio_format.frame_size)
                )
                if self._closed:
                    return
                size = audio_format.whole(len(self._queued))
                pcm = bytes(self._queued[:size])
                del self._queued[:size]
                try:
                    sound = self._play_buffer(
                        pcm, audio_format.channels, audio_format.sample_width, audio_format.sample_rate
                    )
                except Exception as error:  # no device, a format it refuses: reported by play() and wait_done()
                    self._error = error
                    self._queued.clear()
                    self._changed.notify_all()
                    return
                sounding = self._sounding = _Sounding(pcm, sound, time.monotonic())
                # pause(), stop() and close() take the buffer away (and stop it) while we wait.
                while self._sounding is sounding and sound.is_playing():
                    self._changed.wait(_POLL_SECONDS)
                if self._sounding is sounding:
                    self._sounding = None
                self._changed.notify_all()
