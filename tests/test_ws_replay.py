"""The replay server (tests/ws_replay.py) plays the recorded Coze sessions back, frame for
frame, to a plain `websockets` client, and its hooks refuse, inspect and cut handshakes and
connections as tests need."""

from __future__ import annotations

import json
import wave

import pytest
from websockets.exceptions import ConnectionClosedError, InvalidStatus
from websockets.sync.client import ClientConnection, connect
from ws_replay import Handshake, ReplayServer, parse_session, recorded, recording_path

TOKEN = "pat_replay"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def receive(ws: ClientConnection, count: int) -> list[str]:
    return [str(ws.recv(timeout=10)) for _ in range(count)]


def play(name: str, path: str) -> tuple[ReplayServer, list[str]]:
    """Replay a recording to a client sending its recorded frames; the texts it received."""
    session = recorded(name)
    with ReplayServer(session) as server, connect(server.url + path, additional_headers=AUTH) as ws:
        for frame in session.sent:
            ws.send(frame.text)
        texts = receive(ws, len(session.received))
    return server, texts


def test_the_parser_reads_directions_frames_text_and_audio() -> None:
    session = recorded("websocket_chat_success")

    assert session.event_types("send") == ["conversation.message.create"]
    assert len(session.received) == 96
    assert session.received[0].event_type == "chat.created" and session.received[0].data is None
    answers = [f.data for f in session.received if f.event_type == "conversation.message.completed"]
    assert session.text() == next(a["content"] for a in answers if a["type"] == "answer")
    with wave.open(str(recording_path("websocket_chat_success", ".wav"))) as audio:
        assert session.audio() == audio.readframes(audio.getnframes())
    transcription = recorded("websocket_transcriptions_success")
    assert transcription.transcript() == transcription.received[-2].data["content"] != ""


def test_the_parser_refuses_a_broken_recording() -> None:
    with pytest.raises(ValueError, match="without its frame"):
        parse_session('send\n{"event_type": "x"}\nreceive\n')
    with pytest.raises(ValueError, match="not send or receive"):
        parse_session('sent\n{"event_type": "x"}\n')


def test_a_chat_session_is_replayed_frame_for_frame() -> None:
    seen: list[Handshake] = []
    session = recorded("websocket_chat_success")
    with (
        ReplayServer(session, check_handshake=lambda h: seen.append(h) or None) as server,
        connect(server.url + "/v1/chat?bot_id=7496347519799787557", additional_headers=AUTH) as ws,
    ):
        ws.send(session.sent[0].text)
        texts = receive(ws, len(session.received))

    assert texts == [frame.text for frame in session.received]
    assert [(h.path, h.query, h.headers["authorization"]) for h in seen] == [
        ("/v1/chat", {"bot_id": "7496347519799787557"}, f"Bearer {TOKEN}")
    ]
    assert server.received == [frame.body for frame in session.sent] and server.mismatches == []
    deltas = [json.loads(text)["data"]["content"] for text in texts if '"conversation.message.delta"' in text]
    assert "".join(deltas) == session.text()


@pytest.mark.parametrize(
    ("name", "path"),
    [
        ("websocket_chat_generate_audio_success", "/v1/chat?bot_id=1"),
        ("websocket_speech_success", "/v1/audio/speech"),
        ("websocket_transcriptions_success", "/v1/audio/transcriptions"),
    ],
)
def test_audio_sessions_are_replayed_frame_for_frame(name: str, path: str) -> None:
    server, texts = play(name, path)
    session = recorded(name)

    assert texts == [frame.text for frame in session.received]
    assert server.mismatches == [] and len(server.received) == len(session.sent)


def test_the_recorded_speech_audio_is_the_recorded_wav() -> None:
    session = recorded("websocket_speech_success")
    with wave.open(str(recording_path("websocket_speech_success", ".wav"))) as audio:
        assert (audio.getframerate(), audio.getnchannels(), audio.getsampwidth()) == (24000, 1, 2)
        assert session.audio() == audio.readframes(audio.getnframes())


def test_a_frame_of_another_type_is_reported_as_a_mismatch() -> None:
    session = recorded("websocket_speech_success")
    with ReplayServer(session) as server, connect(server.url + "/v1/audio/speech") as ws:
        ws.send(json.dumps({"event_type": "speech.update", "data": {}}))
        ws.send(session.sent[1].text)
        receive(ws, len(session.received))

    assert server.mismatches == ["expected input_text_buffer.append, got 'speech.update'"]


@pytest.mark.parametrize("status", [401, 403])
def test_a_handshake_is_refused_with_a_status_a_logid_and_a_coze_body(status: int) -> None:
    with (
        ReplayServer(recorded("websocket_chat_success"), refuse=status) as server,
        pytest.raises(InvalidStatus) as caught,
    ):
        connect(server.url + "/v1/chat?bot_id=1")
    response = caught.value.response
    assert response.status_code == status
    assert response.headers["X-Tt-Logid"] and response.headers["Content-Type"] == "application/json"
    assert json.loads(response.body)["code"] == {401: 4100, 403: 4101}[status]


def test_the_handshake_hook_decides_from_headers() -> None:
    def needs_token(handshake: Handshake) -> int | None:
        return None if handshake.headers.get("authorization") == f"Bearer {TOKEN}" else 401

    with ReplayServer(recorded("websocket_speech_success"), check_handshake=needs_token) as server:
        with pytest.raises(InvalidStatus):
            connect(server.url + "/v1/audio/speech")
        with connect(server.url + "/v1/audio/speech", additional_headers=AUTH):
            pass
    assert len(server.handshakes) == 2


def test_a_connection_is_cut_without_a_close_frame_after_n_frames() -> None:
    session = recorded("websocket_chat_success")
    with ReplayServer(session, drop_after=3) as server, connect(server.url + "/v1/chat?bot_id=1") as ws:
        ws.send(session.sent[0].text)
        assert receive(ws, 3) == [frame.text for frame in session.received[:3]]
        with pytest.raises(ConnectionClosedError) as caught:
            ws.recv(timeout=10)
    assert caught.value.rcvd is None  # no close frame came


def test_after_the_script_the_server_listens_until_the_client_leaves() -> None:
    session = recorded("websocket_transcriptions_success")
    with ReplayServer(session) as server:
        with connect(server.url + "/v1/audio/transcriptions") as ws:
            for frame in session.sent:
                ws.send(frame.text)
            receive(ws, len(session.received))
            ws.send(json.dumps({"event_type": "input_audio_buffer.clear"}))
            assert not server.finished.is_set()
        assert server.finished.wait(10)
    assert server.received[-1] == {"event_type": "input_audio_buffer.clear"}
