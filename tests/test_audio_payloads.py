"""Decoding the audio of server frames, whether it is still base64 text or already bytes."""

from __future__ import annotations

import base64
import json
import random
from typing import Any

import pytest

from coze_ext.audio import decode_audio, frame_audio, iter_audio_deltas

PCM = random.Random(14).randbytes(4802)


def test_base64_text_is_decoded() -> None:
    assert decode_audio(base64.b64encode(PCM).decode()) == PCM
    assert decode_audio("") == b""


@pytest.mark.parametrize("payload", [PCM, bytearray(PCM), memoryview(PCM)])
def test_bytes_are_taken_as_they_are(payload: bytes | bytearray | memoryview) -> None:
    decoded = decode_audio(payload)
    assert decoded == PCM and type(decoded) is bytes


@pytest.mark.parametrize("payload", ["not base64!", "QUJD\n", "QUJ", "音频"])
def test_text_that_is_not_base64_is_refused(payload: str) -> None:
    with pytest.raises(ValueError, match="not base64"):
        decode_audio(payload)


def test_other_types_are_refused() -> None:
    with pytest.raises(TypeError, match="base64 text or bytes, not int"):
        decode_audio(42)  # type: ignore[arg-type]


def frame(event_type: str, data: dict[str, Any]) -> dict[str, Any]:
    """A server frame as it comes off the wire, JSON-decoded."""
    wire = {"event_type": event_type, "id": "e-1", "data": data, "detail": {"logid": "log-1"}}
    decoded: dict[str, Any] = json.loads(json.dumps(wire))
    return decoded


def test_each_audio_frame_gives_its_pcm() -> None:
    deltas = list(iter_audio_deltas(PCM, chunk_ms=40))
    speech = [frame("speech.audio.update", {"delta": delta}) for delta in deltas]
    chat = [frame("conversation.audio.delta", {"content": delta, "content_type": "audio"}) for delta in deltas]
    simult = [frame("simult_interpretation.audio.delta", {"delta": delta}) for delta in deltas]
    for frames in (speech, chat, simult):
        assert b"".join(frame_audio(f) for f in frames) == PCM
    # A frame someone decoded already (a typed event's bytes) gives the same audio.
    assert frame_audio({"event_type": "speech.audio.update", "data": {"delta": PCM}}) == PCM


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (frame("speech.audio.completed", {}), "'speech.audio.completed' frame carries no audio"),
        ({"data": {"delta": "AAAA"}}, "a None frame carries no audio"),
        (frame("speech.audio.update", {"content": "AAAA"}), "speech.audio.update frame without data.delta"),
        ({"event_type": "conversation.audio.delta", "data": "AAAA"}, "without data.content"),
    ],
)
def test_frames_without_audio_are_refused(bad: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        frame_audio(bad)
