"""The `Player` interface, and `MemoryPlayer`, which keeps what would have played."""

from __future__ import annotations

import subprocess
import sys
import threading

import pytest

from coze_ext.audio import MemoryPlayer, Player

HANG = 30.0  # seconds: a guard against hanging, never a measurement


def test_chunks_play_in_the_order_they_come() -> None:
    player: Player = MemoryPlayer()
    for chunk in (b"a", bytearray(b"b"), memoryview(b"c")):
        player.play(chunk)
    assert isinstance(player, MemoryPlayer)
    assert player.played == [b"a", b"b", b"c"] and player.pcm == b"abc"
    assert player.is_playing and player.wait_done(timeout=0)


def test_a_paused_player_holds_its_audio_until_resumed() -> None:
    player = MemoryPlayer()
    player.play(b"1")
    player.pause()
    assert not player.is_playing
    player.play(b"2")
    player.play(b"3")
    assert player.played == [b"1"] and player.queued == [b"2", b"3"]
    assert not player.wait_done(timeout=0)  # audio is waiting
    player.resume()
    assert player.is_playing
    assert player.played == [b"1", b"2", b"3"] and player.queued == []
    assert player.wait_done(timeout=0)


def test_stop_drops_what_waits_and_leaves_pause_alone() -> None:
    player = MemoryPlayer()
    player.pause()
    player.play(b"1")
    player.stop()
    assert player.dropped == [b"1"] and player.queued == [] and player.stops == 1
    assert not player.is_playing and player.wait_done(timeout=0)
    player.resume()
    player.play(b"2")
    player.stop()
    assert player.played == [b"2"] and player.dropped == [b"1"] and player.stops == 2


def test_close_drops_what_waits_and_refuses_more() -> None:
    with MemoryPlayer() as player:
        player.pause()
        player.play(b"1")
    assert player.closed and not player.is_playing and player.dropped == [b"1"]
    player.close()  # idempotent
    with pytest.raises(RuntimeError, match="closed"):
        player.play(b"2")


def test_wait_done_returns_once_another_thread_resumes() -> None:
    player = MemoryPlayer()
    player.pause()
    player.play(b"1")
    result: list[bool] = []
    waiter = threading.Thread(target=lambda: result.append(player.wait_done(timeout=HANG)))
    waiter.start()
    threading.Thread(target=player.resume).start()
    waiter.join(HANG)
    assert result == [True] and player.played == [b"1"]


def test_chunks_from_many_threads_keep_each_thread_s_order() -> None:
    player = MemoryPlayer()

    def produce(name: bytes) -> None:
        for i in range(200):
            player.play(name + str(i).encode())
            if i % 50 == 0:
                player.pause()
                player.resume()

    threads = [threading.Thread(target=produce, args=(name,)) for name in (b"a", b"b", b"c")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(HANG)
    assert player.wait_done(timeout=HANG)
    for name in (b"a", b"b", b"c"):
        mine = [chunk for chunk in player.played if chunk[:1] == name]
        assert mine == [name + str(i).encode() for i in range(200)]


def test_importing_the_audio_module_needs_no_simpleaudio() -> None:
    code = (
        "import sys; sys.modules['simpleaudio'] = None\n"
        "import coze_ext.audio\n"
        "from coze_ext.audio import MemoryPlayer, read_wav, write_wav\n"
        "print('ok')\n"
        "coze_ext.audio.SimpleAudioPlayer()\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=HANG)
    assert result.stdout.strip() == "ok"
    assert result.returncode != 0 and "pip install 'coze-ext[audio]'" in result.stderr
    loaded = subprocess.run(
        [sys.executable, "-c", "import sys, coze_ext.audio; print('simpleaudio' in sys.modules)"],
        capture_output=True,
        text=True,
        timeout=HANG,
        check=True,
    )
    assert loaded.stdout.strip() == "False"
