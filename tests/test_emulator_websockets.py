"""The emulator's WebSocket endpoints, seen through the plain `websockets` client: they answer
like the recorded Coze sessions (event order and frame shapes), check handshakes and frames
against the spec, and their fault knobs refuse, break, cut or silence a session."""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Callable
from typing import Any

import pytest
import yaml
from jsonschema.validators import extend
from openapi_schema_validator import OAS31Validator
from websockets.exceptions import ConnectionClosedError, InvalidStatus
from websockets.sync.client import ClientConnection, connect
from ws_replay import RecordedSession, recorded

from coze_ext.testing import CozeEmulator, WebSocketSession, default_spec_path

SPEC = yaml.safe_load(default_spec_path().read_text(encoding="utf-8"))
Frame = dict[str, Any]


def open_ws(emulator: CozeEmulator, path: str, token: str | None = "") -> ClientConnection:
    """A client connection; `token` None sends no Authorization header, "" the emulator's token."""
    headers = {} if token is None else {"Authorization": f"Bearer {token or emulator.token}"}
    return connect(emulator.base_url.replace("http://", "ws://") + path, additional_headers=headers)


def send(ws: ClientConnection, event_type: str, data: Any = None) -> None:
    ws.send(json.dumps({"event_type": event_type, **({"data": data} if data is not None else {})}))


def receive(ws: ClientConnection) -> Frame:
    frame: Frame = json.loads(ws.recv(timeout=10))
    return frame


def until(ws: ClientConnection, event_type: str) -> list[Frame]:
    """Every frame up to and including the first of `event_type`."""
    frames = [receive(ws)]
    while frames[-1]["event_type"] != event_type:
        frames.append(receive(ws))
    return frames


def eventually(check: Callable[[], bool]) -> None:
    deadline = time.monotonic() + 10
    while not check():
        assert time.monotonic() < deadline, "the emulator did not get there"
        time.sleep(0.01)


def types(frames: list[Frame]) -> list[str]:
    return [str(frame["event_type"]) for frame in frames]


def first_seen(event_types: list[str]) -> list[str]:
    """The event types in the order each first appears: the milestones of a session."""
    return list(dict.fromkeys(event_types))


def shapes(frames: list[Frame]) -> dict[str, tuple[frozenset[str], frozenset[str], frozenset[str]]]:
    """Per event type: the envelope's keys, the detail's keys and the data's keys."""
    found = {}
    for frame in frames:
        data = frame.get("data")
        keys = frozenset(data) if isinstance(data, dict) else frozenset()
        found[frame["event_type"]] = (frozenset(frame), frozenset(frame["detail"]), keys)
    return found


def same_shapes(emulated: list[Frame], session: RecordedSession) -> None:
    recorded_shapes = shapes([frame.body for frame in session.received])
    for event_type, shape in shapes(emulated).items():
        if event_type in recorded_shapes:
            assert shape == recorded_shapes[event_type], event_type


# Integers may arrive as strings of digits (`respond_at`): the SDK's parser reads them so.
_Lenient = extend(
    OAS31Validator,
    type_checker=OAS31Validator.TYPE_CHECKER.redefine(
        "integer",
        lambda _checker, value: (
            (isinstance(value, int) and not isinstance(value, bool)) or (isinstance(value, str) and value.isdigit())
        ),
    ),
)


def conform(resource: str, frames: list[Frame], direction: str = "downstream") -> None:
    """Every frame's data matches the schema the spec's event map names for it."""
    events = SPEC["x-coze-event-maps"][SPEC["x-coze-websockets"][resource][direction]]["events"]
    for frame in frames:
        entry = events[frame["event_type"]]
        schema = entry.get("data") if isinstance(entry, dict) else entry
        checks = [("data", schema)] if schema else []
        if direction == "downstream":
            checks.append(("detail", "WsEventDetail"))
        for key, name in checks:
            validator = _Lenient({"$ref": f"#/components/schemas/{name}", "components": SPEC["components"]})
            errors = [error.message for error in validator.iter_errors(frame.get(key))]
            assert errors == [], (frame["event_type"], key, errors)


def session_of(emulator: CozeEmulator) -> WebSocketSession:
    (session,) = emulator.websockets
    return session


# Chat ----------------------------------------------------------------------------------------


def test_a_text_chat_follows_the_recorded_session(emulator: CozeEmulator) -> None:
    with open_ws(emulator, "/v1/chat?bot_id=b") as ws:
        logid = ws.response.headers["x-tt-logid"]
        frames = [receive(ws)]
        send(ws, "conversation.message.create", {"role": "user", "content_type": "text", "content": "hello big world"})
        frames += until(ws, "conversation.chat.completed")

    session = recorded("websocket_chat_success")
    assert first_seen(types(frames)) == first_seen(session.event_types())
    same_shapes(frames, session)
    conform("websockets.chat", frames)
    assert {frame["detail"]["logid"] for frame in frames} == {logid}
    question = frames[1]["data"]
    assert (question["role"], question["type"], question["content"]) == ("user", "question", "hello big world")
    deltas = [f["data"]["content"] for f in frames if f["event_type"] == "conversation.message.delta"]
    answer = next(
        f["data"]
        for f in frames
        if f["event_type"] == "conversation.message.completed" and f["data"]["type"] == "answer"
    )
    assert "".join(deltas) == answer["content"] == "You said: hello big world"
    audio = b"".join(
        base64.b64decode(f["data"]["content"]) for f in frames if f["event_type"] == "conversation.audio.delta"
    )
    assert len(audio) == int(len(answer["content"]) * 0.02 * 24000) * 2  # 16-bit mono, 20 ms a character
    done = frames[-1]["data"]
    assert done["status"] == "completed" and done["usage"]["token_count"] > 0
    assert emulator.state.chats[done["id"]].status == "completed"  # REST sees the same chat


def test_chat_with_audio_in_hears_it_then_answers(emulator: CozeEmulator) -> None:
    emulator.state.transcribe = lambda audio: f"what is {len(audio)}"
    with open_ws(emulator, "/v1/chat?bot_id=b") as ws:
        receive(ws)
        for chunk in (b"\x00\x01" * 100, b"\x02\x03" * 50):
            send(ws, "input_audio_buffer.append", {"delta": base64.b64encode(chunk).decode()})
        send(ws, "input_audio_buffer.complete")
        frames = until(ws, "conversation.chat.completed")

    assert types(frames)[:4] == [
        "input_audio_buffer.completed",
        "conversation.audio_transcript.update",
        "conversation.audio_transcript.completed",
        "conversation.message.completed",
    ]
    assert frames[2]["data"] == {"content": "what is 300"} and frames[3]["data"]["content"] == "what is 300"
    conform("websockets.chat", frames)


def test_generated_audio_follows_the_recorded_session(emulator: CozeEmulator) -> None:
    with open_ws(emulator, "/v1/chat?bot_id=b") as ws:
        frames = [receive(ws)]
        send(ws, "input_text.generate_audio", {"mode": "text", "text": "Are you still there? Say something."})
        frames += until(ws, "conversation.audio.completed")

    session = recorded("websocket_chat_generate_audio_success")
    assert first_seen(types(frames)) == first_seen(session.event_types())
    same_shapes(frames, session)
    assert [f["data"]["text"] for f in frames if f["event_type"] == "conversation.audio.sentence_start"] == [
        "Are you still there?",
        "Say something.",
    ]
    assert {f["data"]["chat_id"] for f in frames if f["event_type"] == "conversation.audio.delta"} == {"0"}


def test_chat_update_settings_are_echoed_and_subscriptions_filter_events(emulator: CozeEmulator) -> None:
    wanted = ["conversation.message.delta", "conversation.chat.completed"]
    with open_ws(emulator, "/v1/chat?bot_id=b") as ws:
        receive(ws)
        send(ws, "chat.update", {"output_audio": {"voice_id": "v7"}, "event_subscriptions": wanted})
        updated = receive(ws)
        send(ws, "conversation.message.create", {"role": "user", "content_type": "text", "content": "hi"})
        frames = until(ws, "conversation.chat.completed")

    assert updated["event_type"] == "chat.updated"
    assert updated["data"]["output_audio"] == {
        "codec": "pcm",
        "pcm_config": {"sample_rate": 24000},
        "speech_rate": 0,
        "voice_id": "v7",
    }
    assert updated["data"]["event_subscriptions"] == wanted and updated["data"]["chat_config"]["auto_save_history"]
    assert set(types(frames)) == set(wanted)
    conform("websockets.chat", [updated, *frames])


def test_a_cancel_stops_the_chat_and_the_session_goes_on(emulator: CozeEmulator) -> None:
    emulator.state.timing.stream_interval = 0.1  # room to cancel before the answer is out
    message = {"role": "user", "content_type": "text", "content": "tell me a long story please"}
    with open_ws(emulator, "/v1/chat?bot_id=b") as ws:
        receive(ws)
        send(ws, "conversation.message.create", message)
        started = until(ws, "conversation.chat.in_progress")
        send(ws, "conversation.chat.cancel")
        stopped = until(ws, "conversation.chat.canceled")
        emulator.state.timing.stream_interval = 0
        send(ws, "conversation.message.create", message)
        again = until(ws, "conversation.chat.completed")

    assert "conversation.chat.completed" not in types(stopped)
    assert stopped[-1]["data"] == {"code": 2, "msg": "canceled by the client"}
    assert emulator.state.chats[started[-1]["data"]["id"]].status == "canceled"
    assert again[-1]["data"]["status"] == "completed"


def test_tool_calls_wait_for_their_outputs(emulator: CozeEmulator) -> None:
    bot = emulator.add_bot(tools=["get_weather"])
    with open_ws(emulator, f"/v1/chat?bot_id={bot.bot_id}") as ws:
        receive(ws)
        send(ws, "conversation.message.create", {"role": "user", "content_type": "text", "content": "weather?"})
        asked = until(ws, "conversation.chat.requires_action")[-1]["data"]
        (call,) = asked["required_action"]["submit_tool_outputs"]["tool_calls"]
        outputs = [{"tool_call_id": call["id"], "output": "sunny"}]
        send(ws, "conversation.chat.submit_tool_outputs", {"chat_id": asked["id"], "tool_outputs": outputs})
        frames = until(ws, "conversation.chat.completed")

    answers = [f["data"]["content"] for f in frames if f["event_type"] == "conversation.message.completed"]
    assert "You said: sunny" in answers and frames[-1]["data"]["id"] == asked["id"]
    conform("websockets.chat", frames)


def test_clearing_the_context_and_the_audio_buffer(emulator: CozeEmulator) -> None:
    with open_ws(emulator, "/v1/chat?bot_id=b") as ws:
        receive(ws)
        send(ws, "input_audio_buffer.append", {"delta": base64.b64encode(b"noise").decode()})
        send(ws, "input_audio_buffer.clear")
        send(ws, "conversation.clear")
        frames = [receive(ws), receive(ws)]
        send(ws, "input_audio_buffer.complete")
        heard = until(ws, "conversation.audio_transcript.completed")

    assert types(frames) == ["input_audio_buffer.cleared", "conversation.cleared"]
    assert heard[-1]["data"] == {"content": "0 bytes of audio"}  # the cleared audio is gone


def test_bad_frames_are_answered_with_errors_and_the_session_goes_on(emulator: CozeEmulator) -> None:
    with open_ws(emulator, "/v1/chat?bot_id=b") as ws:
        receive(ws)
        bad = ["{not json", json.dumps({"event_type": "chat.explode"}), json.dumps(["chat.update"])]
        bad.append(json.dumps({"event_type": "conversation.message.create", "data": {"role": "user"}}))
        bad.append(json.dumps({"event_type": "input_audio_buffer.append", "data": {"delta": "%%%"}}))
        for text in bad:
            ws.send(text)
        errors = [receive(ws) for _ in bad]
        send(ws, "chat.update", {})
        after = receive(ws)

    assert types(errors) == ["error"] * len(bad)
    assert [e["detail"]["origin_message"] for e in errors] == bad
    assert {e["data"]["code"] for e in errors} == {4000}
    assert "'content' is a required property" in errors[3]["data"]["msg"]
    assert "unknown event_type 'chat.explode'" in errors[1]["data"]["msg"]
    assert after["event_type"] == "chat.updated"
    conform("websockets.chat", errors)
    assert session_of(emulator).received[0] == "{not json"


# Speech, transcriptions, simultaneous interpretation -----------------------------------------


def test_speech_follows_the_recorded_session(emulator: CozeEmulator) -> None:
    with open_ws(emulator, "/v1/audio/speech") as ws:
        frames = [receive(ws)]
        send(ws, "speech.update", {"output_audio": {"voice_id": "v1", "pcm_config": {"sample_rate": 16000}}})
        updated = receive(ws)
        send(ws, "input_text_buffer.append", {"delta": "Nice weather "})
        send(ws, "input_text_buffer.append", {"delta": "today."})
        send(ws, "input_text_buffer.complete")
        frames += until(ws, "speech.audio.completed")

    session = recorded("websocket_speech_success")
    assert first_seen(types(frames)) == first_seen(session.event_types())
    same_shapes(frames, session)
    conform("websockets.audio.speech", [*frames, updated])
    assert updated["data"]["output_audio"]["voice_id"] == "v1"
    assert frames[2]["data"] == {"text": "Nice weather today."}
    audio = b"".join(base64.b64decode(f["data"]["delta"]) for f in frames if f["event_type"] == "speech.audio.update")
    assert len(audio) == int(len("Nice weather today.") * 0.02 * 16000) * 2


def test_speech_refuses_more_than_1024_bytes_and_goes_on(emulator: CozeEmulator) -> None:
    with open_ws(emulator, "/v1/audio/speech") as ws:
        receive(ws)
        send(ws, "input_text_buffer.append", {"delta": "x" * 1025})
        send(ws, "input_text_buffer.complete")
        error = receive(ws)
        send(ws, "input_text_buffer.append", {"delta": "ok"})
        send(ws, "input_text_buffer.complete")
        frames = until(ws, "speech.audio.completed")

    assert error["data"]["code"] == 3010 and frames[0]["event_type"] == "input_text_buffer.completed"


def test_transcriptions_follow_the_recorded_session(emulator: CozeEmulator) -> None:
    with open_ws(emulator, "/v1/audio/transcriptions") as ws:
        frames = [receive(ws)]
        send(ws, "transcriptions.update", {"input_audio": {"format": "pcm", "sample_rate": 16000}})
        updated = receive(ws)
        for chunk in (b"\x01" * 640, b"\x02" * 360):
            send(ws, "input_audio_buffer.append", {"delta": base64.b64encode(chunk).decode()})
        send(ws, "input_audio_buffer.complete")
        frames += until(ws, "transcriptions.message.completed")

    session = recorded("websocket_transcriptions_success")
    assert first_seen(types(frames)) == first_seen(session.event_types())
    same_shapes(frames, session)
    conform("websockets.audio.transcriptions", [*frames, updated])
    assert updated["data"]["input_audio"]["sample_rate"] == 16000
    updates = [f["data"]["content"] for f in frames if f["event_type"] == "transcriptions.message.update"]
    assert updates == ["1000 ", "1000 bytes ", "1000 bytes of ", "1000 bytes of audio"]


def test_simultaneous_interpretation_recognises_translates_and_speaks(emulator: CozeEmulator) -> None:
    emulator.state.transcribe = lambda audio: "good morning team"
    config = {"from": "en", "to": "zh", "glossary": [{"original": "team", "translation": "crew"}]}
    with open_ws(emulator, "/v1/audio/simult_interpretation") as ws:
        frames = [receive(ws)]
        send(ws, "simult_interpretation.update", {"translate_config": config})
        send(ws, "input_audio_buffer.append", {"delta": base64.b64encode(b"\x00" * 10).decode()})
        send(ws, "input_audio_buffer.complete")
        frames += until(ws, "simult_interpretation.message.completed")

    conform("websockets.audio.simult_interpretation", frames)
    assert first_seen(types(frames)) == [
        "simult_interpretation.created",
        "simult_interpretation.updated",
        "input_audio_buffer.completed",
        "simult_interpretation.transcription.delta",
        "simult_interpretation.translation.delta",
        "simult_interpretation.audio.delta",
        "simult_interpretation.message.completed",
    ]
    text = {
        kind: "".join(f["data"]["delta"] for f in frames if f["event_type"] == f"simult_interpretation.{kind}.delta")
        for kind in ("transcription", "translation")
    }
    assert text == {"transcription": "good morning team", "translation": "(zh) good morning crew"}


def test_the_recorded_frames_match_the_spec() -> None:
    for name, resource in [
        ("websocket_chat_success", "websockets.chat"),
        ("websocket_chat_generate_audio_success", "websockets.chat"),
        ("websocket_speech_success", "websockets.audio.speech"),
        ("websocket_transcriptions_success", "websockets.audio.transcriptions"),
    ]:
        session = recorded(name)
        conform(resource, [frame.body for frame in session.received])
        conform(resource, [frame.body for frame in session.sent], "upstream")


# Handshakes ----------------------------------------------------------------------------------


@pytest.mark.parametrize("token", [None, "pat_wrong"])
def test_a_handshake_without_the_token_is_refused_401(emulator: CozeEmulator, token: str | None) -> None:
    with pytest.raises(InvalidStatus) as caught:
        open_ws(emulator, "/v1/chat?bot_id=b", token=token)
    response = caught.value.response
    body = json.loads(response.body)
    assert response.status_code == 401 and body["code"] == 4100
    assert response.headers["x-tt-logid"] == body["detail"]["logid"]
    assert session_of(emulator).wait_ended() and session_of(emulator).status == 401


def test_the_token_may_come_in_the_query_as_coze_api_sends_it(emulator: CozeEmulator) -> None:
    with open_ws(emulator, f"/v1/audio/speech?authorization=Bearer%20{emulator.token}", token=None) as ws:
        assert receive(ws)["event_type"] == "speech.created"


@pytest.mark.parametrize(
    ("path", "status", "says"),
    [
        ("/v1/chat", 400, "bot_id is required"),
        ("/v1/audio/speech?entity_type=user", 400, "entity_type must be one of bot, workflow"),
        ("/v1/nowhere", 404, "no WebSocket endpoint at /v1/nowhere"),
    ],
)
def test_a_handshake_is_checked_against_the_spec(emulator: CozeEmulator, path: str, status: int, says: str) -> None:
    with pytest.raises(InvalidStatus) as caught:
        open_ws(emulator, path)
    assert caught.value.response.status_code == status and says in json.loads(caught.value.response.body)["msg"]


# Faults and recording ------------------------------------------------------------------------


@pytest.mark.parametrize(("route", "status", "code"), [("WS /v1/chat", 403, 4101), ("websockets.chat", 401, 4100)])
def test_a_fault_refuses_the_handshake(emulator: CozeEmulator, route: str, status: int, code: int) -> None:
    fault = emulator.faults.add(route=route, status=status)
    with pytest.raises(InvalidStatus) as caught:
        open_ws(emulator, "/v1/chat?bot_id=b")
    assert caught.value.response.status_code == status and json.loads(caught.value.response.body)["code"] == code
    assert caught.value.response.headers["x-tt-logid"] and fault.used == 1
    with open_ws(emulator, "/v1/chat?bot_id=b") as ws:  # used up
        assert receive(ws)["event_type"] == "chat.created"


def test_a_fault_injects_an_error_event_mid_session(emulator: CozeEmulator) -> None:
    emulator.faults.add(route="WS /v1/chat", error_after_events=2, code=4013, msg="slow down")
    with open_ws(emulator, "/v1/chat?bot_id=b") as ws:
        receive(ws)
        send(ws, "conversation.message.create", {"role": "user", "content_type": "text", "content": "hi"})
        frames = until(ws, "conversation.chat.completed")
        send(ws, "chat.update", {})
        assert receive(ws)["event_type"] == "chat.updated"

    assert types(frames)[:3] == ["conversation.message.completed", "error", "conversation.chat.created"]
    assert frames[1]["data"] == {"code": 4013, "msg": "slow down"}


def test_a_fault_cuts_the_connection_without_a_close_frame(emulator: CozeEmulator) -> None:
    emulator.faults.add(route="WS /v1/chat", drop_after_events=3)
    with open_ws(emulator, "/v1/chat?bot_id=b") as ws:
        receive(ws)
        send(ws, "conversation.message.create", {"role": "user", "content_type": "text", "content": "hi"})
        frames = [receive(ws), receive(ws)]
        with pytest.raises(ConnectionClosedError) as caught:
            ws.recv(timeout=10)

    assert caught.value.rcvd is None
    assert types(frames) == ["conversation.message.completed", "conversation.chat.created"]
    session = session_of(emulator)
    assert session.wait_ended() and len(session.sent) == 3


def test_a_fault_silences_the_session(emulator: CozeEmulator) -> None:
    emulator.faults.add(route="WS /v1/chat", silent_after_events=1)
    with open_ws(emulator, "/v1/chat?bot_id=b") as ws:
        assert receive(ws)["event_type"] == "chat.created"
        send(ws, "conversation.message.create", {"role": "user", "content_type": "text", "content": "hi"})
        session = session_of(emulator)
        eventually(lambda: "conversation.chat.completed" in types(session.withheld))
        assert ws.ping().wait(10)  # anything sent before the pong has arrived by now
        with pytest.raises(TimeoutError):
            ws.recv(timeout=0)

    assert session.sent_types == ["chat.created"]


def test_sessions_are_recorded_and_reset(emulator: CozeEmulator) -> None:
    with open_ws(emulator, "/v1/chat?bot_id=b&device_id=42") as ws:
        receive(ws)
        send(ws, "chat.update", {"chat_config": {"user_id": "u1"}})
        receive(ws)

    session = session_of(emulator)
    assert session.wait_ended()
    assert (session.resource, session.path, session.query, session.status) == (
        "websockets.chat",
        "/v1/chat",
        {"bot_id": "b", "device_id": "42"},
        101,
    )
    assert session.headers["authorization"] == f"Bearer {emulator.token}"
    assert session.received_types == ["chat.update"] and session.sent_types == ["chat.created", "chat.updated"]
    emulator.reset()
    assert emulator.websockets == []
