"""WAV files with the stdlib `wave` module: write one at once or as audio arrives, read one."""

from __future__ import annotations

import logging
import os
import re
import secrets
import wave
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from ._format import DEFAULT_CHANNELS, DEFAULT_SAMPLE_RATE, DEFAULT_SAMPLE_WIDTH, AudioFormat, Buffer

log = logging.getLogger("coze_ext.audio")


@dataclass(frozen=True)
class WavAudio:
    """The PCM frames of a WAV file and their format."""

    pcm: bytes
    sample_rate: int
    channels: int
    sample_width: int

    def __repr__(self) -> str:
        return (
            f"WavAudio(pcm=<{len(self.pcm)} bytes>, sample_rate={self.sample_rate}, "
            f"channels={self.channels}, sample_width={self.sample_width})"
        )

    @property
    def duration(self) -> float:
        """Seconds of audio."""
        return AudioFormat(self.sample_rate, self.channels, self.sample_width).seconds(len(self.pcm))


class WavWriter:
    """A WAV file written as audio arrives, so a long session never holds all of it in memory.

    Frames go to a temporary file beside `path`; `close()` fixes the header (it holds the
    sizes, known only at the end) and renames the file to `path`, so nobody ever reads a
    file with a wrong header. Bytes short of a whole frame wait for the next `write()`.
    Leaving a `with` block closes the writer, after an error too: the audio received until
    then is kept.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        sample_rate: int = DEFAULT_SAMPLE_RATE,
        channels: int = DEFAULT_CHANNELS,
        sample_width: int = DEFAULT_SAMPLE_WIDTH,
    ) -> None:
        self.path = Path(path)
        self.format = AudioFormat(sample_rate, channels, sample_width)
        # A new file beside `path` (same file system, so the rename is atomic), made with the
        # permissions any new file gets.
        self._temporary = self.path.with_name(f".{self.path.name}.{secrets.token_hex(6)}.tmp")
        try:
            self._file = open(self._temporary, "xb")  # noqa: SIM115 (open until close())
        except OSError as error:  # about the file asked for, not the temporary one
            raise type(error)(error.errno, error.strerror, str(self.path)) from None
        self._wave = wave.open(self._file, "wb")  # noqa: SIM115 (open until close())
        self._wave.setnchannels(channels)
        self._wave.setsampwidth(sample_width)
        self._wave.setframerate(sample_rate)
        self._partial = b""
        self._closed = False
        self.size = 0
        """Bytes of PCM written so far (whole frames)."""

    def write(self, pcm: Buffer) -> None:
        """Append PCM bytes."""
        if self._closed:
            raise ValueError(f"WavWriter for {self.path} is closed")
        data = memoryview(self._partial + bytes(pcm))
        whole = self.format.whole(len(data))
        # writeframesraw leaves the header alone; close() writes it once, with the real sizes.
        self._wave.writeframesraw(data[:whole])
        self._partial = bytes(data[whole:])
        self.size += whole

    def close(self) -> None:
        """Fix the header and move the file to `path`. Idempotent."""
        if self._closed:
            return
        self._closed = True
        if self._partial:
            log.warning("%s: dropped %d bytes that end short of a whole frame", self.path, len(self._partial))
        try:
            self._wave.close()  # writes the sizes into the header; the file object stays open
            self._file.flush()
            os.fsync(self._file.fileno())
            self._file.close()
            os.replace(self._temporary, self.path)
        except BaseException:
            self._discard()
            raise

    def _discard(self) -> None:
        """Close and delete the temporary file, leaving `path` as it was."""
        self._closed = True
        # The file is thrown away, so a failure to finish it does not matter; closing the
        # wave writer keeps it from trying again when it is garbage-collected.
        with suppress(Exception):
            self._wave.close()
        self._file.close()
        self._temporary.unlink(missing_ok=True)

    def __enter__(self) -> WavWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def write_wav(
    path: str | os.PathLike[str],
    pcm: Buffer,
    *,
    sample_rate: int = DEFAULT_SAMPLE_RATE,
    channels: int = DEFAULT_CHANNELS,
    sample_width: int = DEFAULT_SAMPLE_WIDTH,
) -> None:
    """Write `pcm` as a WAV file, atomically: `path` holds the whole file or its old content."""
    writer = WavWriter(path, sample_rate=sample_rate, channels=channels, sample_width=sample_width)
    try:
        size = len(memoryview(pcm).cast("B"))
        if size != writer.format.whole(size):
            raise ValueError(f"pcm is {size} bytes, not whole frames of {writer.format.frame_size} bytes")
        writer.write(pcm)
    except BaseException:
        writer._discard()
        raise
    writer.close()


def read_wav(path: str | os.PathLike[str]) -> WavAudio:
    """The frames and format of a PCM WAV file; a compressed or float WAV raises ValueError."""
    with open_wav(path) as (reader, audio_format):
        pcm = reader.readframes(reader.getnframes())
    return WavAudio(pcm, audio_format.sample_rate, audio_format.channels, audio_format.sample_width)


@contextmanager
def open_wav(path: str | os.PathLike[str]) -> Iterator[tuple[wave.Wave_read, AudioFormat]]:
    """An open reader of a PCM WAV file and its format, for reading it a few frames at a time."""
    try:
        reader = wave.open(os.fspath(path), "rb")  # noqa: SIM115 (the with below closes it)
    except (wave.Error, EOFError) as error:
        raise ValueError(f"{path}: {_why_unreadable(error)}") from error
    with reader:
        yield reader, AudioFormat(reader.getframerate(), reader.getnchannels(), reader.getsampwidth())


def _why_unreadable(error: wave.Error | EOFError) -> str:
    if isinstance(error, EOFError):
        return "not a WAV file (it ends too early)"
    tag = re.fullmatch(r"unknown format: (\d+)", str(error))
    if tag:
        return (
            f"not plain PCM audio (WAV format tag {tag.group(1)}: compressed, floating-point or extensible); "
            "convert it to integer PCM first, e.g. ffmpeg -i in.wav -c:a pcm_s16le out.wav"
        )
    return f"not a PCM WAV file ({error})"
