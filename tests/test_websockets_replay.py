"""The WebSocket runtime against recorded Coze sessions (tests/ws_replay.py): the same events
as Coze sent, typed, in order; the handshake as Coze sees it; refusals, cuts and frames the
SDK does not know or that break the API description."""

from __future__ import annotations

import asyncio
import json
import threading
import wave
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from websockets.sync.server import ServerConnection, serve
from ws_replay import LOGID, Handshake, ReplayServer, recorded, recording_path
from ws_support import HANG, MODES, client, converse, types

from coze_ext import (
    APIConnectionError,
    AuthenticationError,
    BadRequestError,
    Coze,
    PermissionDeniedError,
    UnknownSocketEvent,
    WebSocketEventError,
    WsChatEventType,
)
from coze_ext.audio import decode_audio
from coze_ext.types import ChatMessage, WsChatConversationMessageDeltaEvent

TOKEN = "pat_replay_SECRET"
BOT = "7496347519799787557"


def options(server: ReplayServer, **more: Any) -> dict[str, Any]:
    return {"token": TOKEN, "base_ws_url": server.url, **more}


def audio_of(events: list[Any]) -> bytes:
    return b"".join(decode_audio(e.data.content) for e in events if e.event_type == "conversation.audio.delta")


@pytest.mark.parametrize("mode", MODES)
async def test_the_recorded_text_chat_arrives_event_for_event(mode: str) -> None:
    session = recorded("websocket_chat_success")
    with ReplayServer(session) as server:
        events = await converse(
            mode, options(server), "chat", [session.sent[0].body], count=len(session.received), bot_id=BOT
        )

    assert types(events) == session.event_types()
    assert [e.id for e in events] == [frame.body["id"] for frame in session.received]
    assert {e.detail.logid for e in events} == {session.received[0].body["detail"]["logid"]}
    assert all(e.detail.origin_message is None for e in events)
    assert not any(isinstance(e, UnknownSocketEvent) for e in events)
    assert server.received == [frame.body for frame in session.sent] and server.mismatches == []
    deltas = [e for e in events if e.event_type == WsChatEventType.CONVERSATION_MESSAGE_DELTA]
    assert all(isinstance(e, WsChatConversationMessageDeltaEvent) and isinstance(e.data, ChatMessage) for e in deltas)
    answer = next(
        e.data for e in events if e.event_type == "conversation.message.completed" and e.data.type == "answer"
    )
    assert "".join(e.data.content for e in deltas) == answer.content == session.text() != ""
    with wave.open(str(recording_path("websocket_chat_success", ".wav"))) as recording:
        assert audio_of(events) == recording.readframes(recording.getnframes())
    done = events[-1]
    assert done.event_type == "conversation.chat.completed" and done.data.status == "completed"
    assert done.raw == session.received[-1].text


@pytest.mark.parametrize("mode", MODES)
async def test_the_recorded_generated_audio_arrives_and_decodes(mode: str) -> None:
    session = recorded("websocket_chat_generate_audio_success")
    with ReplayServer(session) as server:
        events = await converse(
            mode, options(server), "chat", [session.sent[0].body], count=len(session.received), bot_id=BOT
        )

    assert types(events) == session.event_types()
    assert events[1].data.text == session.received[1].data["text"]
    assert audio_of(events) == session.audio() and len(session.audio()) > 0
    assert server.received == [frame.body for frame in session.sent]


@pytest.mark.parametrize("mode", MODES)
async def test_the_handshake_carries_the_token_headers_and_query(mode: str) -> None:
    seen: list[Handshake] = []
    session = recorded("websocket_chat_generate_audio_success")
    if mode == "sync":
        token: Any = lambda: TOKEN  # noqa: E731 - a token function, called at the handshake
    else:

        async def token() -> str:
            return TOKEN

    with ReplayServer(session, check_handshake=lambda h: seen.append(h) or None) as server:
        await converse(
            mode,
            options(server, token=token, default_headers={"X-Team": "voice"}),
            "chat",
            [session.sent[0].body],
            count=1,
            bot_id=BOT,
            device_id="12345",
            extra_query={"trace": "a b&c"},
            extra_headers={"X-Trace": "t-1"},
        )

    (handshake,) = seen
    assert handshake.path == "/v1/chat"
    assert handshake.query == {"bot_id": BOT, "device_id": "12345", "trace": "a b&c"}
    assert handshake.headers["authorization"] == f"Bearer {TOKEN}"
    assert handshake.headers["x-team"] == "voice" and handshake.headers["x-trace"] == "t-1"
    assert handshake.headers["user-agent"].startswith("coze-ext/")


@pytest.mark.parametrize(
    ("status", "error", "code"),
    [(401, AuthenticationError, 4100), (403, PermissionDeniedError, 4101), (400, BadRequestError, 4000)],
)
@pytest.mark.parametrize("mode", MODES)
async def test_a_refused_handshake_raises_the_typed_error_with_status_and_logid(
    mode: str, status: int, error: type[Exception], code: int
) -> None:
    with ReplayServer(recorded("websocket_chat_success"), refuse=status) as server, pytest.raises(error) as caught:
        await converse(mode, options(server), "chat", [], bot_id=BOT)

    refusal: Any = caught.value
    assert (refusal.status_code, refusal.code, refusal.logid) == (status, code, LOGID)
    assert LOGID in str(refusal)
    if status == 403:
        assert "enabled for your account" in str(refusal) and "allow-list" in str(refusal)


async def test_an_async_socket_reports_a_refusal_at_its_first_send() -> None:
    with ReplayServer(recorded("websocket_chat_success"), refuse=401) as server:
        coze = client("async", **options(server))
        socket = coze.websockets.chat.connect(bot_id=BOT)  # no `async with`: opens on first use
        with pytest.raises(AuthenticationError):
            await socket.send(CLEAR)
        await socket.close()


def test_a_sync_socket_reports_a_refusal_at_its_first_iteration() -> None:
    with ReplayServer(recorded("websocket_chat_success"), refuse=403) as server:
        socket = Coze(**options(server)).websockets.chat.connect(bot_id=BOT)
        with pytest.raises(PermissionDeniedError):
            next(iter(socket))
        socket.close()


@pytest.mark.parametrize("mode", MODES)
async def test_a_cut_connection_raises_after_the_frames_that_arrived(mode: str) -> None:
    session = recorded("websocket_chat_success")
    events: list[Any] = []
    with ReplayServer(session, drop_after=5) as server, pytest.raises(APIConnectionError) as caught:
        await converse(mode, options(server), "chat", [session.sent[0].body], on=_recorder(events), bot_id=BOT)

    assert types(events) == session.event_types()[:5]
    assert "cut" in str(caught.value) and caught.value.logid is None  # the recording's handshake had none


def _recorder(events: list[Any]) -> dict[str, Any]:
    """Handlers that record every event of the chat endpoint."""
    return {str(event_type): events.append for event_type in WsChatEventType}


@contextmanager
def scripted(*frames: dict[str, Any] | str, ping: bool = False) -> Iterator[str]:
    """A WebSocket server on 127.0.0.1 (its URL yielded) that waits for the client's first
    frame, then sends `frames` (JSON objects, or raw text) and listens until the client
    leaves. `ping=True` pings first and sends whether the pong came as a `ping.answered` event."""

    def session(connection: ServerConnection) -> None:
        connection.recv()
        if ping:
            answered = connection.ping().wait(HANG)
            connection.send(json.dumps({"event_type": "ping.answered", "data": {"answered": answered}}))
        for frame in frames:
            connection.send(frame if isinstance(frame, str) else json.dumps(frame, ensure_ascii=False))
        for _ in connection:
            pass

    with serve(session, "127.0.0.1", 0) as server:
        threading.Thread(target=server.serve_forever, daemon=True).start()
        host, port = server.socket.getsockname()[:2]
        yield f"ws://{host}:{port}"
        server.shutdown()


CLEAR = {"event_type": "conversation.clear"}


@pytest.mark.parametrize("mode", MODES)
async def test_an_unknown_event_is_delivered_raw_and_readable(mode: str) -> None:
    unknown = {
        "event_type": "conversation.hologram.delta",
        "id": "u-1",
        "data": {"beam": {"colour": "blue"}, "levels": [1, {"x": 2}]},
        "detail": {"logid": "L-1", "respond_at": "1752474748918"},
    }
    with scripted(unknown, {"event_type": "conversation.cleared", "id": "c-1"}) as url:
        events = await converse(mode, {"token": TOKEN, "base_ws_url": url}, "chat", [CLEAR], count=2, bot_id=BOT)

    first, second = events
    assert isinstance(first, UnknownSocketEvent) and type(first.event_type) is str
    assert first.event_type == "conversation.hologram.delta" and first.id == "u-1"
    assert first.data["beam"]["colour"] == first.data.beam.colour == "blue"
    assert first.data.levels[1].x == 2
    assert (first.detail.logid, first.detail.respond_at, first.detail.origin_message) == ("L-1", 1752474748918, None)
    assert json.loads(first.raw) == unknown
    assert second.event_type is WsChatEventType.CONVERSATION_CLEARED
    assert second.detail.logid is None and second.data is None


@pytest.mark.parametrize("mode", MODES)
async def test_a_frame_that_breaks_the_description_raises_and_the_session_goes_on(mode: str) -> None:
    bad_delta = {
        "event_type": "conversation.message.delta",
        "id": "d-1",
        "data": {"id": "m1", "conversation_id": "c1", "created_at": "yesterday"},
        "detail": {"logid": "L-2"},
    }
    error = {"event_type": "error", "id": "e", "data": {"code": 4000, "msg": "bad"}}
    with scripted(bad_delta, "not json", {"event_type": "chat.updated", "id": "x"}, error) as url:
        coze = client(mode, token=TOKEN, base_ws_url=url)
        socket = coze.websockets.chat.connect(bot_id=BOT)
        failures: list[WebSocketEventError] = []
        events: list[Any] = []
        if isinstance(coze, Coze):
            with socket:
                socket.send(CLEAR)
                for _ in range(4):  # each frame raises or is delivered, alone
                    try:
                        events.append(next(socket))
                    except WebSocketEventError as failure:
                        failures.append(failure)
        else:
            async with socket:
                await socket.send(CLEAR)
                for _ in range(4):
                    try:
                        events.append(await anext(socket))
                    except WebSocketEventError as failure:
                        failures.append(failure)

    delta, not_json, no_data = failures
    assert delta.field == "data.created_at" and delta.logid == "L-2" and "conversation.message.delta" in str(delta)
    assert delta.event is not None and delta.event.id == "d-1" and delta.event.data["created_at"] == "yesterday"
    assert not_json.event is None and not_json.body == "not json"
    assert no_data.event is not None and "chat.updated" in str(no_data) and "no data" in str(no_data)
    assert types(events) == ["error"] and events[0].data.code == 4000


@pytest.mark.parametrize("mode", MODES)
async def test_the_client_answers_keepalive_pings(mode: str) -> None:
    with scripted(ping=True) as url:
        events = await converse(mode, {"token": TOKEN, "base_ws_url": url}, "chat", [CLEAR], count=1, bot_id=BOT)
    assert events[0].event_type == "ping.answered" and events[0].data.answered is True


@pytest.mark.parametrize("mode", MODES)
async def test_iteration_goes_on_past_the_last_event_until_closed_from_elsewhere(mode: str) -> None:
    session = recorded("websocket_chat_generate_audio_success")
    last = threading.Event()
    events: list[Any] = []
    with ReplayServer(session) as server:
        coze = client(mode, **options(server))
        socket = coze.websockets.chat.connect(bot_id=BOT)
        socket.on("conversation.audio.completed", lambda _: last.set())
        if isinstance(coze, Coze):
            closer = threading.Thread(target=lambda: last.wait(HANG) and socket.close())
            closer.start()
            with socket:
                socket.send(session.sent[0].body)
                events.extend(socket)  # blocks after the last recorded frame until close()
            closer.join(HANG)
        else:

            async def close_when_done() -> None:
                while not last.is_set():
                    await asyncio.sleep(0.01)
                await socket.close()

            async with socket:
                await socket.send(session.sent[0].body)
                closer_task = asyncio.create_task(close_when_done())
                events.extend(await asyncio.wait_for(_all(socket), HANG))
                await closer_task
        # The session stayed usable to the end: the server heard nothing after the recording.
        assert server.received == [frame.body for frame in session.sent]

    assert types(events) == session.event_types()  # nothing more, nothing less
    socket_close = socket.close()  # idempotent
    if socket_close is not None:
        await socket_close


async def _all(socket: Any) -> list[Any]:
    return [event async for event in socket]
