"""Audio bytes where the spec marks a field base64 (`format: byte`: the `delta` of
`input_audio_buffer.append` on chat, transcriptions and simultaneous interpretation): the
typed senders and `send(dict)` take bytes, bytearray or memoryview and send base64 text,
sync and async, against the emulator (which decodes and hears what arrived)."""

from __future__ import annotations

import base64
from typing import Any

import pytest
from ws_raw import aguarded, guarded
from ws_support import MODES, client, endpoint

from coze_ext.testing import CozeEmulator
from coze_ext.types import WsAudioDelta, WsTranscriptionsInputAudioBufferAppendEvent

PCM = bytes(range(256)) * 10
ENDPOINTS = [("chat", {"bot_id": "b"}), ("audio.transcriptions", {}), ("audio.simult_interpretation", {})]
APPEND = "input_audio_buffer.append"

# The forms a caller may give the audio in, each a (how, value) for the socket below.
FORMS = {
    "sender-dict-bytes": ("sender", {"delta": PCM}),
    "sender-model-memoryview": ("sender", WsAudioDelta(delta=memoryview(PCM))),
    "sender-model-text": ("sender", WsAudioDelta(delta=base64.b64encode(PCM).decode())),
    "send-dict-bytearray": ("send", {"event_type": APPEND, "data": {"delta": bytearray(PCM)}}),
}


async def send(mode: str, socket: Any, how: str, value: Any) -> None:
    """Open `socket`, send the audio one way or the other, and close."""

    def call() -> Any:
        return socket.input_audio_buffer_append(value) if how == "sender" else socket.send(value)

    if mode == "sync":

        def run() -> None:
            with socket:
                call()

        guarded(run)
        return

    async def arun() -> None:
        async with socket:
            await call()

    await aguarded(arun())


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(("resource", "args"), ENDPOINTS, ids=[resource for resource, _ in ENDPOINTS])
@pytest.mark.parametrize("mode", MODES)
async def test_audio_bytes_go_out_as_base64(
    mode: str, resource: str, args: dict[str, str], form: str, emulator: CozeEmulator
) -> None:
    coze = client(mode, token=emulator.token, base_url=emulator.base_url)
    how, value = FORMS[form]
    await send(mode, endpoint(coze, resource).connect(**args), how, value)

    (session,) = emulator.websockets
    assert session.wait_ended()
    (appended,) = [frame for frame in session.received if frame.get("event_type") == APPEND]
    assert appended["data"] == {"delta": base64.b64encode(PCM).decode()}
    assert "error" not in session.sent_types  # the emulator decoded it


def test_a_typed_event_built_with_bytes_is_json() -> None:
    event = WsTranscriptionsInputAudioBufferAppendEvent({"delta": PCM[:3]}, id="a-1")
    assert event.to_dict() == {"event_type": APPEND, "id": "a-1", "data": {"delta": "AAEC"}}
    assert WsAudioDelta(delta=b"\x00\x01\x02").delta == "AAEC"
    with pytest.raises(TypeError, match="a base64 field takes bytes or base64 text, not int"):
        WsAudioDelta(delta=12)  # type: ignore[arg-type]


@pytest.mark.parametrize("mode", MODES)
async def test_bytes_in_a_field_that_is_not_base64_fail_before_sending(mode: str, emulator: CozeEmulator) -> None:
    coze = client(mode, token=emulator.token, base_url=emulator.base_url)
    socket = coze.websockets.audio.speech.connect()
    frame = {"event_type": "input_text_buffer.append", "data": {"delta": b"text as bytes"}}
    with pytest.raises(TypeError, match="bytes go only in base64 fields"):
        await send(mode, socket, "send", frame)
    (session,) = emulator.websockets
    assert session.wait_ended() and session.received == []
