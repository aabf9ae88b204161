"""The shape of PCM audio (rate, channels, sample width), and the arithmetic on it."""

from __future__ import annotations

from dataclasses import dataclass

# What Coze's real-time endpoints send and expect unless told otherwise: 24 kHz, mono, 16-bit.
DEFAULT_SAMPLE_RATE = 24000
DEFAULT_CHANNELS = 1
DEFAULT_SAMPLE_WIDTH = 2

Buffer = bytes | bytearray | memoryview
"""Bytes of audio, in any of the forms Python keeps them."""


@dataclass(frozen=True)
class AudioFormat:
    """Interleaved little-endian PCM: `sample_width` bytes per sample, `channels` samples per frame."""

    sample_rate: int = DEFAULT_SAMPLE_RATE
    channels: int = DEFAULT_CHANNELS
    sample_width: int = DEFAULT_SAMPLE_WIDTH

    def __post_init__(self) -> None:
        for name, value, low in (("sample_rate", self.sample_rate, 1), ("channels", self.channels, 1)):
            if not isinstance(value, int) or isinstance(value, bool) or value < low:
                raise ValueError(f"{name} must be an int >= {low}, not {value!r}")
        if self.sample_width not in (1, 2, 3, 4):
            raise ValueError(f"sample_width must be 1, 2, 3 or 4 bytes, not {self.sample_width!r}")

    @property
    def frame_size(self) -> int:
        """Bytes in one frame: one sample of every channel."""
        return self.channels * self.sample_width

    def whole(self, size: int) -> int:
        """The largest number of bytes, at most `size`, that holds whole frames."""
        return size - size % self.frame_size

    def seconds(self, size: int) -> float:
        """How long `size` bytes of this audio play."""
        return size / (self.frame_size * self.sample_rate)

    def chunk_size(self, chunk_ms: float) -> int:
        """Bytes in `chunk_ms` milliseconds of audio, rounded to whole frames (at least one)."""
        if isinstance(chunk_ms, bool) or not isinstance(chunk_ms, int | float) or not chunk_ms > 0:
            raise ValueError(f"chunk_ms must be a number of milliseconds > 0, not {chunk_ms!r}")
        return max(1, round(self.sample_rate * chunk_ms / 1000)) * self.frame_size
