"""Audio cut into the base64 `delta`s of `input_audio_buffer.append` frames, paced or not."""

from __future__ import annotations

import base64
import os
import wave
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import ExitStack
from typing import TypeVar

import anyio.to_thread

from ._format import DEFAULT_CHANNELS, DEFAULT_SAMPLE_RATE, DEFAULT_SAMPLE_WIDTH, AudioFormat, Buffer
from ._pacing import apaced, paced
from ._wav import open_wav

T = TypeVar("T")

AudioSource = Buffer | str | os.PathLike[str]
"""PCM bytes, or the path of a WAV file."""


def iter_audio_deltas(
    source: AudioSource,
    *,
    chunk_ms: float = 100,
    realtime: bool = False,
    sample_rate: int | None = None,
    channels: int | None = None,
    sample_width: int | None = None,
) -> Iterator[str]:
    """The base64 `delta` of each `input_audio_buffer.append` frame that sends `source`.

    `source` is PCM bytes (24 kHz, mono, 16-bit unless `sample_rate`, `channels`,
    `sample_width` say otherwise) or the path of a WAV file, whose frames are sent without
    its header (its format comes from the header; a format keyword that disagrees raises
    ValueError). Each chunk holds `chunk_ms` milliseconds of audio, the last one the rest.
    `realtime=True` yields each chunk when the audio before it would have finished playing
    (sleeping in between); otherwise as fast as the caller takes them. A file is read a
    chunk at a time, so its size does not matter.
    """
    chunks = _Chunks(source, chunk_ms, sample_rate, channels, sample_width)
    try:
        for chunk in paced(chunks.read, chunks.open(), realtime=realtime):
            yield _encode(chunk)
    finally:
        chunks.close()


async def aiter_audio_deltas(
    source: AudioSource,
    *,
    chunk_ms: float = 100,
    realtime: bool = False,
    sample_rate: int | None = None,
    channels: int | None = None,
    sample_width: int | None = None,
) -> AsyncIterator[str]:
    """The async twin of `iter_audio_deltas`: it waits with `asyncio.sleep` and reads a file
    in a worker thread, so the event loop never blocks."""
    chunks = _Chunks(source, chunk_ms, sample_rate, channels, sample_width)

    async def run(function: Callable[[], T]) -> T:
        return await anyio.to_thread.run_sync(function) if chunks.on_disk else function()

    try:
        async for chunk in apaced(lambda: run(chunks.read), await run(chunks.open), realtime=realtime):
            yield _encode(chunk)
    finally:
        await run(chunks.close)


def _encode(chunk: bytes) -> str:
    return base64.b64encode(chunk).decode("ascii")


class _Chunks:
    """`source` read `chunk_ms` at a time: `open()` for the format, `read()` until it returns b""."""

    def __init__(
        self,
        source: AudioSource,
        chunk_ms: float,
        sample_rate: int | None,
        channels: int | None,
        sample_width: int | None,
    ) -> None:
        if not isinstance(source, bytes | bytearray | memoryview | str | os.PathLike):
            raise TypeError(f"audio source must be PCM bytes or a WAV file's path, not {type(source).__name__}")
        self.source = source
        self.chunk_ms = chunk_ms
        self.asked = {"sample_rate": sample_rate, "channels": channels, "sample_width": sample_width}
        self.on_disk = isinstance(source, str | os.PathLike)
        self._pcm = memoryview(b"")
        self._wav: wave.Wave_read | None = None
        self._files = ExitStack()
        self._size = 0
        self._frames = 0

    def open(self) -> AudioFormat:
        if isinstance(self.source, str | os.PathLike):
            self._wav, audio_format = self._files.enter_context(open_wav(self.source))
            found_format = vars(audio_format)
            wrong = {name: value for name, value in self.asked.items() if value not in (None, found_format[name])}
            if wrong:
                found = ", ".join(f"{name}={found_format[name]}" for name in wrong)
                asked = ", ".join(f"{name}={value}" for name, value in wrong.items())
                raise ValueError(f"{self.source} has {found}, not {asked}")
        else:
            rate, channels, width = self.asked.values()
            audio_format = AudioFormat(
                DEFAULT_SAMPLE_RATE if rate is None else rate,
                DEFAULT_CHANNELS if channels is None else channels,
                DEFAULT_SAMPLE_WIDTH if width is None else width,
            )
            self._pcm = memoryview(self.source).cast("B")
            if len(self._pcm) != audio_format.whole(len(self._pcm)):
                raise ValueError(f"pcm is {len(self._pcm)} bytes, not whole frames of {audio_format.frame_size} bytes")
        self._size = audio_format.chunk_size(self.chunk_ms)
        self._frames = self._size // audio_format.frame_size
        return audio_format

    def read(self) -> bytes:
        if self._wav is not None:
            return self._wav.readframes(self._frames)
        chunk = bytes(self._pcm[: self._size])
        self._pcm = self._pcm[self._size :]
        return chunk

    def close(self) -> None:
        self._files.close()
