"""Checked by mypy --strict in `make lint`, never run: the types `coze_ext.audio` (and its voice
clients) promises."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import assert_type

from coze_ext import AsyncCoze, AudioPlaybackError, Coze
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
from coze_ext.websockets import (
    AsyncWsChatClient,
    AsyncWsSimultInterpretationClient,
    AsyncWsSpeechClient,
    AsyncWsTranscriptionClient,
    Completed,
    WsChatClient,
    WsSimultInterpretationClient,
    WsSpeechClient,
    WsTranscriptionClient,
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


def voice_clients(coze: Coze, path: Path) -> None:
    with WsSpeechClient(coze, player=MemoryPlayer()) as speech:
        speech.connect(voice_id="v1")
        speech.on(["conversation.audio.sentence_start", "completed"], print)
        speech.append_and_complete("Hello.")
        assert_type(speech.wait(timeout=10), bool)
        assert_type(speech.is_playing(), bool)
        speech.toggle_play()
        speech.append(b"not text")  # type: ignore[arg-type]
    with WsTranscriptionClient(coze, sample_rate=16000) as transcription:
        assert_type(transcription.transcribe(path, realtime=True), str)
        assert_type(transcription.text, str)
    with WsChatClient(coze, bot_id="b") as chat:
        assert_type(chat.ask("Hi"), str)
        chat.send_audio(path, chunk_ms=40)
        chat.interrupt()
    WsChatClient(coze)  # type: ignore[call-arg]
    with WsSpeechClient(coze) as spoken:
        spoken.on("speech.audio.update", lambda event: print(event))
        spoken.append_and_complete("Hello.")
        try:
            spoken.wait()
        except AudioPlaybackError as failed:  # the sound device failed
            assert_type(failed.cause, BaseException)
    with WsSimultInterpretationClient(coze) as interpreter:
        assert_type(interpreter.interpret(path), str)
        assert_type(interpreter.transcription, str)


async def async_voice_clients(coze: AsyncCoze, path: Path) -> None:
    async with AsyncWsSpeechClient(coze) as speech:
        await speech.append_and_complete("Hello.")
        assert_type(await speech.wait(), bool)
        await speech.interrupt()
    async with AsyncWsTranscriptionClient(coze) as transcription:
        assert_type(await transcription.transcribe(path), str)
    async with AsyncWsChatClient(coze, bot_id="b") as chat:
        assert_type(await chat.ask("Hi"), str)
    async with AsyncWsSimultInterpretationClient(coze) as interpreter:
        assert_type(await interpreter.interpret(path), str)


def completed_handler(event: Completed) -> None:
    assert_type(event.finished.event_type, str)
