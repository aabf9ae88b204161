"""The speech and transcription clients against the recorded Coze sessions, end to end: the
same events, every audio byte played in order, a valid WAV, the recorded text."""

from __future__ import annotations

import base64
import json
import wave
from pathlib import Path
from typing import Any

import pytest
from ws_replay import Frame, RecordedSession, ReplayServer, recorded, recording_path
from ws_support import HANG, MODES, client

from coze_ext import WsSpeechEventType, WsTranscriptionsEventType
from coze_ext.audio import MemoryPlayer, iter_audio_deltas, write_wav
from coze_ext.websockets import AsyncWsSpeechClient, AsyncWsTranscriptionClient, WsSpeechClient, WsTranscriptionClient

TOKEN = "pat_replay"


def expecting(session: RecordedSession, sends: list[str]) -> RecordedSession:
    """The recording, with the client frames our client sends in place of the recorded ones
    (the replay checks their event types; the server frames stay as recorded)."""
    frames = [Frame("send", json.dumps({"event_type": t}), {"event_type": t}) for t in sends]
    return RecordedSession(session.name, (*frames, *session.received))


def recorder(event_types: Any, seen: list[str]) -> dict[str, Any]:
    return {"event_types": [*map(str, event_types), "completed"], "handler": lambda e: seen.append(str(e.event_type))}


@pytest.mark.parametrize("mode", MODES)
async def test_the_recorded_speech_plays_every_byte_and_makes_a_valid_wav(mode: str, tmp_path: Path) -> None:
    session = recorded("websocket_speech_success")
    text = session.sent[0].data["delta"]
    replay = expecting(session, ["speech.update", "input_text_buffer.append", "input_text_buffer.complete"])
    seen: list[str] = []
    player = MemoryPlayer()
    with ReplayServer(replay) as server:
        coze = client(mode, token=TOKEN, base_ws_url=server.url)
        if mode == "sync":
            with WsSpeechClient(coze, player=player) as speech:  # type: ignore[arg-type]
                speech.on(**recorder(WsSpeechEventType, seen))
                speech.append_and_complete(text)
                assert speech.wait(HANG)
        else:
            async with AsyncWsSpeechClient(coze, player=player) as aspeech:  # type: ignore[arg-type]
                aspeech.on(**recorder(WsSpeechEventType, seen))
                await aspeech.append_and_complete(text)
                assert await aspeech.wait(HANG)

    assert seen == [*session.event_types(), "completed"]  # every event, then the playback's end
    assert server.mismatches == []
    assert server.received[1] == {"event_type": "input_text_buffer.append", "data": {"delta": text}}
    assert server.received[0]["data"]["output_audio"] == {"codec": "pcm", "pcm_config": {"sample_rate": 24000}}
    assert player.pcm == session.audio() and len(player.played) == 10 and not player.closed
    path = tmp_path / "speech.wav"
    write_wav(path, player.pcm)
    with wave.open(str(path)) as written, wave.open(str(recording_path(session.name, ".wav"))) as original:
        assert (written.getnchannels(), written.getsampwidth(), written.getframerate()) == (1, 2, 24000)
        assert written.readframes(written.getnframes()) == original.readframes(original.getnframes())


@pytest.mark.parametrize("mode", MODES)
async def test_the_recorded_transcription_gives_the_recorded_text(mode: str, tmp_path: Path) -> None:
    session = recorded("websocket_transcriptions_success")
    audio = tmp_path / "question.wav"  # what the recording sent: a whole WAV file
    audio.write_bytes(base64.b64decode(session.sent[0].data["delta"]))
    appends = len(list(iter_audio_deltas(audio)))
    sends = ["transcriptions.update", *["input_audio_buffer.append"] * appends, "input_audio_buffer.complete"]
    seen: list[str] = []
    interim: list[str] = []
    with ReplayServer(expecting(session, sends)) as server:
        coze = client(mode, token=TOKEN, base_ws_url=server.url)
        if mode == "sync":
            with WsTranscriptionClient(coze) as transcription:  # type: ignore[arg-type]
                transcription.on(**recorder(WsTranscriptionsEventType, seen))
                transcription.on("transcriptions.message.update", lambda e: interim.append(e.data.content))
                text = transcription.transcribe(audio, timeout=HANG)
        else:
            async with AsyncWsTranscriptionClient(coze) as atranscription:  # type: ignore[arg-type]
                atranscription.on(**recorder(WsTranscriptionsEventType, seen))
                atranscription.on("transcriptions.message.update", lambda e: interim.append(e.data.content))
                text = await atranscription.transcribe(audio, timeout=HANG)

    assert text == session.transcript() == interim[-1] != ""
    assert seen == [*session.event_types(), "completed"]
    assert server.mismatches == []
    with wave.open(str(audio)) as sent:
        pcm = sent.readframes(sent.getnframes())
    deltas = [frame["data"]["delta"] for frame in server.received if frame["event_type"] == "input_audio_buffer.append"]
    assert b"".join(base64.b64decode(delta) for delta in deltas) == pcm  # the frames, not the header
    assert server.received[0]["data"]["input_audio"] == {
        "format": "pcm",
        "codec": "pcm",
        "sample_rate": 24000,
        "channel": 1,
        "bit_depth": 16,
    }
