"""`SimpleAudioPlayer`, playing for real through simpleaudio to ALSA's null device.

Each test's player plays every buffer through the real simpleaudio and ALSA; `Device`
(tests/audio_support.py) records the buffers and, where a test acts mid-buffer, holds
one "playing" (the null device would swallow it at once).
"""

from __future__ import annotations

import itertools
import random
import threading
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
from audio_support import HANG, Device, use_null_device, watch_device

from coze_ext import AudioPlaybackError
from coze_ext.audio import Player, SimpleAudioPlayer, _simpleaudio

PCM = random.Random(14).randbytes(24000 * 2)  # one second of 24 kHz mono 16-bit noise


@pytest.fixture
def device(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Device:
    use_null_device(tmp_path, monkeypatch)
    return watch_device(monkeypatch)


@pytest.fixture
def player(device: Device) -> Iterator[SimpleAudioPlayer]:
    with SimpleAudioPlayer() as player:
        yield player


def player_threads() -> list[threading.Thread]:
    return [thread for thread in threading.enumerate() if thread.name == "coze-audio-player"]


def test_queued_chunks_play_in_order_on_the_null_device(player: SimpleAudioPlayer, device: Device) -> None:
    # Sizes as a speech session sends them: not always whole frames.
    sizes = [10800, 3, 12001, 150, 11998, 8454, 4594]
    offset = 0
    for size in sizes:
        player.play(PCM[offset : offset + size])
        offset += size
    assert player.wait_done(timeout=HANG)
    assert b"".join(device.buffers) == PCM
    assert all(len(buffer) % 2 == 0 for buffer in device.buffers)  # simpleaudio takes whole frames only
    assert device.formats == {(1, 2, 24000)}
    assert [type(sound.real).__name__ for sound in device.sounds] == ["PlayObject"] * len(device.sounds)
    assert not any(sound.real.is_playing() for sound in device.sounds)  # ALSA played them to the end


def test_the_format_reaches_simpleaudio(device: Device) -> None:
    with SimpleAudioPlayer(sample_rate=16000, channels=2, sample_width=2) as player:
        player.play(PCM[:6])  # one frame and a half: the half waits
        assert player.wait_done(timeout=HANG)
        player.play(PCM[6:8])
        assert player.wait_done(timeout=HANG)
    assert device.buffers == [PCM[:4], PCM[4:8]] and device.formats == {(2, 2, 16000)}


def test_a_player_paused_first_holds_the_audio_until_resumed(player: SimpleAudioPlayer, device: Device) -> None:
    player.pause()
    assert not player.is_playing
    player.play(PCM[:4800])
    player.play(PCM[4800:9600])
    assert not player.wait_done(timeout=0)  # queued, waiting for resume
    assert device.buffers == []
    player.resume()
    assert player.is_playing
    assert player.wait_done(timeout=HANG)
    assert b"".join(device.buffers) == PCM[:9600]


def test_pausing_mid_buffer_resumes_with_the_part_not_yet_played(
    player: SimpleAudioPlayer, device: Device, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The player reckons what has played from its clock: one that moves a second at each
    # reading makes the pause come exactly one second into the buffer, however busy the
    # machine (on the real clock it may come before a single frame has played).
    seconds = itertools.count()
    monkeypatch.setattr(_simpleaudio, "time", SimpleNamespace(monotonic=lambda: float(next(seconds))))
    minute = random.Random(1).randbytes(24000 * 2 * 60)
    device.hold = True
    player.play(minute)
    device.wait_for_buffers(1)
    player.pause()
    assert device.sounds[0].stopped and not player.is_playing
    assert not player.wait_done(timeout=0)  # the rest of the buffer waits
    device.hold = False
    player.resume()
    assert player.wait_done(timeout=HANG)
    first, rest = device.buffers
    assert first == minute
    assert rest == minute[24000 * 2 :]  # all but the second that played


def test_stop_drops_the_sounding_buffer_and_the_queue(player: SimpleAudioPlayer, device: Device) -> None:
    device.hold = True
    player.play(PCM[:4800])
    device.wait_for_buffers(1)
    player.play(PCM[4800:9600])  # queued behind the sounding buffer
    player.stop()
    assert device.sounds[0].stopped
    assert player.wait_done(timeout=0) and player.is_playing  # nothing left, and not paused
    device.hold = False
    player.play(PCM[9600:14400])
    assert player.wait_done(timeout=HANG)
    assert device.buffers == [PCM[:4800], PCM[9600:14400]]


def test_calls_from_other_threads(player: SimpleAudioPlayer, device: Device) -> None:
    """A socket thread plays chunks while a UI thread pauses and resumes: nothing is lost or reordered."""
    chunks = [PCM[i : i + 4801] for i in range(0, len(PCM), 4801)]  # odd sizes, whole frames in all
    device.hold = True
    receiver = threading.Thread(target=lambda: [player.play(chunk) for chunk in chunks])
    receiver.start()
    device.wait_for_buffers(1)
    ui = threading.Thread(target=player.pause)
    ui.start()
    ui.join(HANG)
    receiver.join(HANG)
    assert not player.is_playing
    device.hold = False
    threading.Thread(target=player.resume).start()
    assert player.wait_done(timeout=HANG)
    sent = b"".join(chunks)
    first, rest = device.buffers
    assert sent.startswith(first) and sent.endswith(rest) and len(first) + len(rest) >= len(sent)


def test_many_threads_at_once_then_close_shuts_down_cleanly(device: Device) -> None:
    player: Player = SimpleAudioPlayer()
    errors: list[BaseException] = []

    def hammer(seed: int) -> None:
        chooser = random.Random(seed)
        try:
            for _ in range(300):
                action = chooser.choice(["play", "play", "play", "pause", "resume", "stop", "state"])
                if action == "play":
                    player.play(PCM[: chooser.randrange(0, 960)])
                elif action == "state":
                    player.wait_done(timeout=0)
                    _ = player.is_playing
                else:
                    getattr(player, action)()
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=hammer, args=(seed,)) for seed in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(HANG)
    assert errors == []
    player.resume()
    assert player.wait_done(timeout=HANG)
    closer = threading.Thread(target=player.close)
    closer.start()
    closer.join(HANG)
    assert not closer.is_alive() and player_threads() == []
    assert not player.is_playing
    player.close()  # idempotent
    with pytest.raises(RuntimeError, match="closed"):
        player.play(PCM[:2])


def test_closing_mid_buffer_stops_the_sound(device: Device) -> None:
    device.hold = True
    player = SimpleAudioPlayer()
    player.play(PCM)
    device.wait_for_buffers(1)
    player.close()
    assert device.sounds[0].stopped and player_threads() == []
    assert player.wait_done(timeout=0)


def test_no_sound_device_is_reported_not_hung(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    use_null_device(tmp_path, monkeypatch, config="")  # an ALSA with no default device
    with SimpleAudioPlayer() as player:
        player.play(PCM[:4800])
        with pytest.raises(AudioPlaybackError, match="audio playback failed: Error opening PCM device") as failed:
            player.wait_done(timeout=HANG)
        assert "Error opening PCM device" in str(failed.value.cause) and failed.value.__cause__ is failed.value.cause
        with pytest.raises(AudioPlaybackError, match="audio playback failed"):
            player.play(PCM[:4800])
    assert player_threads() == []
