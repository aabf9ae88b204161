"""A speech session played for real: through `SimpleAudioPlayer`, simpleaudio and ALSA's null
device (tests/audio_support.py), with pause, resume and interrupt checked through the
player's state and the device's buffers."""

from __future__ import annotations

import base64
import threading
from pathlib import Path
from typing import Any

import pytest
from audio_support import Device, use_null_device, watch_device
from ws_support import HANG, MODES, client, resolve, session

from coze_ext.audio import SimpleAudioPlayer
from coze_ext.testing import CozeEmulator
from coze_ext.websockets import AsyncWsSpeechClient, WsSpeechClient


@pytest.fixture
def device(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Device:
    use_null_device(tmp_path, monkeypatch)
    return watch_device(monkeypatch)


def speech_audio(emulator: CozeEmulator) -> bytes:
    (ws,) = emulator.websockets
    updates = [f for f in ws.sent if f["event_type"] == "speech.audio.update"]
    return b"".join(base64.b64decode(f["data"]["delta"]) for f in updates)


def player_threads() -> list[threading.Thread]:
    return [thread for thread in threading.enumerate() if thread.name == "coze-audio-player"]


@pytest.mark.parametrize("mode", MODES)
async def test_speech_plays_on_the_sound_device_by_default(mode: str, emulator: CozeEmulator, device: Device) -> None:
    cls = WsSpeechClient if mode == "sync" else AsyncWsSpeechClient
    speech: Any = cls(client(mode, token=emulator.token, base_url=emulator.base_url))
    assert isinstance(speech.player, SimpleAudioPlayer)  # no player given: the sound card
    async with session(speech):
        await resolve(speech.append_and_complete("Hello from the null device."))
        assert await resolve(speech.wait(HANG))  # every buffer played to its end

    assert b"".join(device.buffers) == speech_audio(emulator) != b""
    assert device.formats == {(1, 2, 24000)}
    assert player_threads() == []  # the client made the player, and closed it


@pytest.mark.parametrize("mode", MODES)
async def test_pause_resume_and_interrupt_reach_the_device(mode: str, emulator: CozeEmulator, device: Device) -> None:
    device.hold = True  # each buffer stays "playing" until released or stopped
    with SimpleAudioPlayer() as player:
        cls = WsSpeechClient if mode == "sync" else AsyncWsSpeechClient
        speech: Any = cls(client(mode, token=emulator.token, base_url=emulator.base_url), player=player)
        async with session(speech):
            await resolve(speech.append_and_complete("One sentence. And another one after it."))
            await _until(lambda: len(device.buffers) >= 1, speech)
            speech.pause()
            assert not speech.is_playing() and not player.is_playing
            assert device.sounds[0].stopped  # the buffer on the device stopped mid-way
            speech.resume()
            assert speech.is_playing() and player.is_playing
            await _until(lambda: len(device.buffers) >= 2, speech)  # the rest goes on playing
            await resolve(speech.interrupt())
            assert device.sounds[-1].stopped and player.wait_done(timeout=0)  # nothing left to play
            assert player.is_playing  # an interrupt is not a pause: the next text plays
            assert await resolve(speech.wait(HANG))  # done: the completed event came after the stop
        assert player_threads()  # a player given stays the caller's, still running
    assert player_threads() == []


async def _until(condition: Any, speech: Any) -> None:
    """Wait, letting the client's threads or tasks run, until `condition()` holds (hang guard)."""
    for _ in range(int(HANG / 0.01)):
        if condition():
            return
        await resolve(speech.wait(0.01))
    raise AssertionError("never happened")
