"""Helpers for tests that play through simpleaudio: ALSA's null device, and a watch on the device.

ALSA reads its configuration from the files in `ALSA_CONFIG_PATH`; `use_null_device` points
it at one file that makes the default device ALSA's null plugin, which takes audio and
discards it. So simpleaudio really opens a device and plays, with no sound card, no root
and nothing outside the test's temporary folder.

The null device swallows a buffer almost at once, too soon for a test to act while it
sounds; `Device` can hold each buffer "playing" (on top of the real playback) until the
test lets it end or the player stops it.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
import simpleaudio

HANG = 30.0  # seconds: a guard against hanging, never a measurement

NULL_DEVICE = "pcm.!default { type null }\n"


def use_null_device(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, config: str = NULL_DEVICE) -> None:
    """Make ALSA's default device the one `config` describes (by default the null device)."""
    path = tmp_path / "asound.conf"
    path.write_text(config)
    monkeypatch.setenv("ALSA_CONFIG_PATH", str(path))


class HeldSound:
    """What simpleaudio's play_buffer returned, reported as playing while the test holds it."""

    def __init__(self, real: Any, held: bool) -> None:
        self.real = real
        self.released = threading.Event()
        if not held:
            self.released.set()
        self.stopped = False

    def is_playing(self) -> bool:
        return not self.stopped and (bool(self.real.is_playing()) or not self.released.is_set())

    def stop(self) -> None:
        self.stopped = True
        self.real.stop()


class Device:
    """simpleaudio.play_buffer, watched: every buffer a player hands it, in order."""

    def __init__(self) -> None:
        self.real_play_buffer = simpleaudio.play_buffer
        self.hold = False
        """Whether the next buffers stay "playing" until released (or stopped)."""
        self.buffers: list[bytes] = []
        self.formats: set[tuple[int, int, int]] = set()
        self.sounds: list[HeldSound] = []
        self._changed = threading.Condition()

    def play_buffer(self, pcm: bytes, channels: int, sample_width: int, sample_rate: int) -> HeldSound:
        sound = HeldSound(self.real_play_buffer(pcm, channels, sample_width, sample_rate), self.hold)
        with self._changed:
            self.buffers.append(bytes(pcm))
            self.formats.add((channels, sample_width, sample_rate))
            self.sounds.append(sound)
            self._changed.notify_all()
        return sound

    def wait_for_buffers(self, count: int) -> None:
        with self._changed:
            assert self._changed.wait_for(lambda: len(self.buffers) >= count, HANG), self.buffers


def watch_device(monkeypatch: pytest.MonkeyPatch) -> Device:
    """Watch every buffer that players built from now on hand to simpleaudio."""
    device = Device()
    monkeypatch.setattr(simpleaudio, "play_buffer", device.play_buffer)
    return device
