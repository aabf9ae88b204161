"""Checked by mypy --strict in `make lint`, never run: the types `coze_ext.audio` promises."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import assert_type

from coze_ext.audio import (
    MemoryPlayer,
    Player,
    SimpleAudioPlayer,
    WavAudio,
    WavWriter,
    aiter_audio_deltas,
    decode_audio,
    frame_audio,
    iter_audio_deltas,
    read_wav,
    write_wav,
)


def audio_helpers(pcm: bytes, path: Path) -> None:
    write_wav(path, pcm, sample_rate=16000, channels=1, sample_width=2)
    audio = read_wav("question.wav")
    assert_type(audio, WavAudio)
    assert_type(audio.pcm, bytes)
    assert_type(audio.sample_rate, int)
    assert_type(iter_audio_deltas(path, chunk_ms=100, realtime=True), Iterator[str])
    assert_type(aiter_audio_deltas(pcm, sample_rate=16000), AsyncIterator[str])
    assert_type(decode_audio("AAAA"), bytes)
    assert_type(frame_audio({"event_type": "speech.audio.update", "data": {"delta": "AAAA"}}), bytes)
    with WavWriter(path) as wav:
        wav.write(memoryview(pcm))
    write_wav(path, "not bytes")  # type: ignore[arg-type]
    iter_audio_deltas(path, chunk_ms=100, pace="realtime")  # type: ignore[call-arg]


def players_are_players() -> None:
    players: list[Player] = [MemoryPlayer(), SimpleAudioPlayer(sample_rate=24000)]
    for player in players:
        player.play(b"\0\0")
        assert_type(player.is_playing, bool)
        assert_type(player.wait_done(timeout=1.0), bool)
        player.is_playing()  # type: ignore[operator]
