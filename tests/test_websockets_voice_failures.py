"""How the voice clients end when something breaks, sync and async: a player that raises
(or no sound device at all), a server that closes with an error code, an error about no
frame in particular, a session closed with requests unanswered. `wait()` raises a typed
error within the guard, with or without a timeout, and no thread or task prints a
traceback."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from audio_support import use_null_device
from ws_raw import aguarded, guarded
from ws_support import MODES, client, resolve, session

from coze_ext import APIConnectionError, APIError, AudioPlaybackError
from coze_ext.audio import MemoryPlayer, SimpleAudioPlayer
from coze_ext.testing import CozeEmulator
from coze_ext.websockets import AsyncWsSpeechClient, WsSpeechClient

TEXT = "One sentence. And another one."


class BrokenPlayer(MemoryPlayer):
    """A player whose device goes away: `play` or `wait_done` raises."""

    def __init__(self, breaks: str) -> None:
        super().__init__()
        self.breaks = breaks

    def play(self, pcm: Any) -> None:
        if self.breaks == "play":
            raise OSError("the sound device went away")
        super().play(pcm)

    def wait_done(self, timeout: float | None = None) -> bool:
        if self.breaks == "wait_done":
            raise OSError("the sound device went away")
        return super().wait_done(timeout)


@pytest.fixture
def no_tracebacks(monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]) -> Iterator[list[Any]]:
    """Fails the test if a thread dies of an exception or anything prints a traceback."""
    died: list[Any] = []
    monkeypatch.setattr(threading, "excepthook", died.append)
    yield died
    assert died == []
    assert "Traceback" not in capfd.readouterr().err


def speech_client(mode: str, emulator: CozeEmulator, **options: Any) -> Any:
    cls = WsSpeechClient if mode == "sync" else AsyncWsSpeechClient
    return cls(client(mode, token=emulator.token, base_url=emulator.base_url), **options)


async def wait_for(mode: str, speech: Any, timeout: float | None) -> Any:
    """`speech.wait(timeout)` under the guard: a `wait()` that blocks fails the test."""
    if mode == "sync":
        return guarded(lambda: speech.wait(timeout))
    return await aguarded(speech.wait(timeout))


@pytest.mark.parametrize("timeout", [None, 30.0], ids=["no-timeout", "timeout"])
@pytest.mark.parametrize("breaks", ["play", "wait_done"])
@pytest.mark.parametrize("mode", MODES)
async def test_a_player_that_raises_ends_playback_with_a_typed_error(
    mode: str, breaks: str, timeout: float | None, emulator: CozeEmulator, no_tracebacks: list[Any]
) -> None:
    speech = speech_client(mode, emulator, player=BrokenPlayer(breaks))
    async with session(speech):
        await resolve(speech.append_and_complete(TEXT))
        with pytest.raises(AudioPlaybackError) as caught:
            await wait_for(mode, speech, timeout)
        with pytest.raises(AudioPlaybackError):  # and every send after it
            await resolve(speech.append("more"))

    failure = caught.value
    assert isinstance(failure.cause, OSError) and failure.__cause__ is failure.cause
    assert str(failure) == "audio playback failed: the sound device went away"


@pytest.mark.parametrize("mode", MODES)
async def test_no_sound_device_ends_the_default_player_with_a_typed_error(
    mode: str, emulator: CozeEmulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_tracebacks: list[Any]
) -> None:
    use_null_device(tmp_path, monkeypatch, config="")  # an ALSA with no default device
    speech = speech_client(mode, emulator)  # the sound card's player
    assert isinstance(speech.player, SimpleAudioPlayer)
    async with session(speech):
        await resolve(speech.append_and_complete(TEXT))
        with pytest.raises(AudioPlaybackError, match="Error opening PCM device"):
            await wait_for(mode, speech, None)


@pytest.mark.parametrize("mode", MODES)
async def test_a_server_error_close_raises_from_wait(mode: str, emulator: CozeEmulator) -> None:
    emulator.faults.add(route="WS /v1/audio/speech", close_after_events=4, close_code=1011, close_reason="boom")
    speech = speech_client(mode, emulator, player=MemoryPlayer())
    async with session(speech):
        await resolve(speech.append_and_complete(TEXT))
        with pytest.raises(APIConnectionError) as caught:
            await wait_for(mode, speech, None)
    assert (caught.value.close_code, caught.value.close_reason) == (1011, "boom")


@pytest.mark.parametrize("mode", MODES)
async def test_an_error_about_no_frame_answers_the_requests_waiting(mode: str, emulator: CozeEmulator) -> None:
    """An `error` event without `origin_message` is about the session: `wait()` raises it
    instead of waiting for answers that will not come."""
    emulator.faults.add(route="WS /v1/audio/speech", error_after_events=3, code=4013, msg="slow down")
    emulator.state.timing.stream_interval = 0.01
    errors: list[Any] = []
    speech = speech_client(mode, emulator, player=MemoryPlayer())
    speech.on("error", errors.append)
    async with session(speech):
        await resolve(speech.append_and_complete(TEXT))
        with pytest.raises(APIError) as caught:
            await wait_for(mode, speech, None)

    assert caught.value.code == 4013 and "error for the session" in str(caught.value)
    assert len(errors) == 1 and errors[0].detail.origin_message is None


@pytest.mark.parametrize("mode", MODES)
async def test_a_session_closed_normally_mid_request_does_not_leave_wait_waiting(
    mode: str, emulator: CozeEmulator
) -> None:
    emulator.faults.add(route="WS /v1/audio/speech", close_after_events=3)  # 1000, before the audio
    speech = speech_client(mode, emulator, player=MemoryPlayer())
    async with session(speech):
        await resolve(speech.append_and_complete(TEXT))
        with pytest.raises(APIConnectionError, match="1 of 1 requests unanswered"):
            await wait_for(mode, speech, None)


@pytest.mark.parametrize("mode", MODES)
async def test_wait_after_disconnect_returns_at_once(mode: str, emulator: CozeEmulator) -> None:
    emulator.faults.add(route="WS /v1/audio/speech", silent_after_events=2)  # never answers
    speech = speech_client(mode, emulator, player=MemoryPlayer())
    async with session(speech):
        await resolve(speech.append_and_complete(TEXT))
        assert not await wait_for(mode, speech, 0.2)
    with pytest.raises(APIConnectionError, match="unanswered"):
        await wait_for(mode, speech, None)
