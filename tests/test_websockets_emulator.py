"""The WebSocket runtime against the emulator's endpoints, sync and async: typed sessions from
first frame to last, typed senders, handlers, server errors, refusals, cut and silent
connections, and `close()` from elsewhere."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import pytest
from ws_support import HANG, MODES, client, converse, types

from coze_ext import (
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    Coze,
    InternalServerError,
    JWTAuth,
    PermissionDeniedError,
    WsChatEventType,
    WsSpeechEventType,
)
from coze_ext.audio import decode_audio, iter_audio_deltas
from coze_ext.testing import CozeEmulator
from coze_ext.types import WsChatErrorEvent, WsChatUpdateEvent, WsError

QUESTION = {"role": "user", "content_type": "text", "content": "hello big world"}
BOT = "7400000000000000002"


@pytest.fixture(autouse=True)
def echo_bot(emulator: CozeEmulator) -> None:
    """The emulator's echo bot, as `BOT` (chats with a bot it does not know fail, as on Coze)."""
    emulator.add_bot(bot_id=BOT)


def options(emulator: CozeEmulator, **more: Any) -> dict[str, Any]:
    return {"token": emulator.token, "base_url": emulator.base_url, **more}


def only_session(emulator: CozeEmulator) -> Any:
    (session,) = emulator.websockets
    return session


@pytest.mark.parametrize("mode", MODES)
async def test_a_text_chat_from_first_frame_to_last(mode: str, emulator: CozeEmulator) -> None:
    frame = {"event_type": "conversation.message.create", "data": QUESTION}
    events = await converse(
        mode, options(emulator), "chat", [frame], until=WsChatEventType.CONVERSATION_CHAT_COMPLETED, bot_id=BOT
    )

    session = only_session(emulator)
    assert session.received == [frame]  # sent as given, nothing added, nothing sent on its own
    assert types(events) == session.sent_types
    assert [e.id for e in events] == [f["id"] for f in session.sent]
    assert {e.detail.logid for e in events} == {session.logid}
    deltas = "".join(e.data.content for e in events if e.event_type == WsChatEventType.CONVERSATION_MESSAGE_DELTA)
    answer = next(
        e.data for e in events if e.event_type == "conversation.message.completed" and e.data.type == "answer"
    )
    assert deltas == answer.content == "You said: hello big world"
    pcm = b"".join(decode_audio(e.data.content) for e in events if e.event_type == "conversation.audio.delta")
    assert len(pcm) == int(len(answer.content) * 0.02 * 24000) * 2
    assert events[-1].data.status == "completed" and emulator.state.chats[events[-1].data.id].status == "completed"


@pytest.mark.parametrize("mode", MODES)
async def test_typed_senders_handlers_and_run_until(mode: str, emulator: CozeEmulator) -> None:
    emulator.state.transcribe = lambda audio: f"what is {len(audio)}"
    heard: list[str] = []
    coze = client(mode, **options(emulator))
    socket = coze.websockets.chat.connect(bot_id=BOT)
    socket.on(WsChatEventType.CONVERSATION_AUDIO_TRANSCRIPT_COMPLETED, lambda e: heard.append(e.data.content))
    pcm = b"\x01\x00" * 2400  # 100 ms of 24 kHz 16-bit mono
    if isinstance(coze, Coze):
        with coze, socket:
            socket.send(
                WsChatUpdateEvent(
                    {"event_subscriptions": ["conversation.audio_transcript.completed", "conversation.chat.completed"]}
                )
            )
            for delta in iter_audio_deltas(pcm, chunk_ms=40):
                socket.input_audio_buffer_append({"delta": delta})
            socket.input_audio_buffer_complete()
            done = socket.run_until(WsChatEventType.CONVERSATION_CHAT_COMPLETED)
    else:

        async def remember(event: Any) -> None:  # an async handler is awaited
            heard.append(f"async: {event.data.content}")

        socket.on("conversation.audio_transcript.completed", remember)
        async with coze, socket:
            await socket.send(
                WsChatUpdateEvent(
                    {"event_subscriptions": ["conversation.audio_transcript.completed", "conversation.chat.completed"]}
                )
            )
            for delta in iter_audio_deltas(pcm, chunk_ms=40):
                await socket.input_audio_buffer_append({"delta": delta})
            await socket.input_audio_buffer_complete()
            done = await asyncio.wait_for(socket.run_until(WsChatEventType.CONVERSATION_CHAT_COMPLETED), HANG)

    session = only_session(emulator)
    assert session.received_types == ["chat.update", *["input_audio_buffer.append"] * 3, "input_audio_buffer.complete"]
    assert done is not None and done.data.status == "completed"
    expected = ["what is 4800"] if mode == "sync" else ["what is 4800", "async: what is 4800"]
    assert heard == expected


@pytest.mark.parametrize("mode", MODES)
async def test_a_server_error_event_is_delivered_and_the_session_goes_on(mode: str, emulator: CozeEmulator) -> None:
    emulator.faults.add(route="WS /v1/chat", error_after_events=1, code=4013, msg="slow down")
    bad = {"event_type": "chat.explode", "data": {}}
    frames = [bad, {"event_type": "conversation.message.create", "data": QUESTION}]
    events = await converse(mode, options(emulator), "chat", frames, until="conversation.chat.completed", bot_id=BOT)

    errors = [e for e in events if e.event_type == WsChatEventType.ERROR]
    assert all(isinstance(e, WsChatErrorEvent) and isinstance(e.data, WsError) for e in errors)
    injected, refused = errors
    assert (injected.data.code, injected.data.msg) == (4013, "slow down")
    assert refused.data.code == 4000 and "chat.explode" in (refused.data.msg or "")
    assert refused.detail.origin_message is not None and '"chat.explode"' in refused.detail.origin_message
    assert injected.detail.origin_message is None and injected.detail.logid == only_session(emulator).logid
    assert events[-1].data.status == "completed"


@pytest.mark.parametrize("mode", MODES)
async def test_refusals_are_typed_with_status_and_logid(mode: str, emulator: CozeEmulator) -> None:
    emulator.faults.add(route="websockets.chat", status=403)
    with pytest.raises(PermissionDeniedError) as denied:
        await converse(mode, options(emulator), "chat", [], bot_id=BOT)
    with pytest.raises(AuthenticationError) as unauthenticated:
        await converse(mode, options(emulator, token="pat_wrong"), "chat", [], bot_id=BOT)
    emulator.faults.add(route="WS /v1/audio/speech", status=503)
    with pytest.raises(InternalServerError) as unavailable:
        await converse(mode, options(emulator), "audio.speech", [])

    logids = [session.logid for session in emulator.websockets]
    assert [s.status for s in emulator.websockets] == [403, 401, 503]
    for caught, status, logid in zip((denied, unauthenticated, unavailable), (403, 401, 503), logids, strict=True):
        error: Any = caught.value
        assert (error.status_code, error.logid) == (status, logid) and logid in str(error)
    assert "may need to be enabled for your account" in str(denied.value)
    assert "coze.cn" not in str(unauthenticated.value)  # a local server is not coze.com


@pytest.mark.parametrize("mode", MODES)
async def test_no_connection_and_no_answer_in_time(mode: str, emulator: CozeEmulator) -> None:
    from runtime_support import closed_port

    with pytest.raises(APIConnectionError) as refused:
        await converse(mode, {"token": "t", "base_url": f"http://127.0.0.1:{closed_port()}"}, "chat", [], bot_id="b")
    assert not isinstance(refused.value, APITimeoutError) and "could not open a WebSocket" in str(refused.value)
    emulator.faults.add(route="websockets.chat", latency=HANG)
    with pytest.raises(APITimeoutError):
        await converse(mode, options(emulator), "chat", [], bot_id=BOT, timeout=0.2)


@pytest.mark.parametrize("mode", MODES)
async def test_a_cut_connection_raises_after_the_frames_and_leaving_does_not(mode: str, emulator: CozeEmulator) -> None:
    emulator.faults.add(route="WS /v1/chat", drop_after_events=3)
    frame = {"event_type": "conversation.message.create", "data": QUESTION}
    events: list[Any] = []
    with pytest.raises(APIConnectionError) as caught:
        await converse(
            mode, options(emulator), "chat", [frame], on={t: events.append for t in WsChatEventType}, bot_id=BOT
        )

    assert types(events) == only_session(emulator).sent_types and len(events) == 3
    assert caught.value.logid == only_session(emulator).logid


@pytest.mark.parametrize("mode", MODES)
async def test_close_from_elsewhere_ends_an_iteration_waiting_on_silence(mode: str, emulator: CozeEmulator) -> None:
    emulator.faults.add(route="WS /v1/chat", silent_after_events=1)
    first = threading.Event()
    events: list[Any] = []
    coze = client(mode, **options(emulator))
    socket = coze.websockets.chat.connect(bot_id=BOT)
    socket.on("chat.created", lambda _: first.set())
    if isinstance(coze, Coze):
        with socket:
            worker = threading.Thread(target=lambda: events.extend(socket))
            worker.start()
            assert first.wait(HANG)
            socket.close()  # from this thread, while the worker waits for a frame
            worker.join(HANG)
            assert not worker.is_alive()
            socket.close()  # idempotent
    else:
        async with socket:
            reader = asyncio.create_task(_collect(socket, events))
            while not first.is_set():
                await asyncio.sleep(0.01)
            await socket.close()  # from this task, while the reader waits for a frame
            await asyncio.wait_for(reader, HANG)
            await socket.close()
    assert types(events) == ["chat.created"]
    with pytest.raises(APIConnectionError, match="closed"):
        sending = socket.send({"event_type": "conversation.clear"})
        if sending is not None:
            await sending


async def _collect(socket: Any, events: list[Any]) -> None:
    async for event in socket:
        events.append(event)


@pytest.mark.parametrize("mode", MODES)
async def test_a_jwt_app_signs_the_handshake(mode: str, emulator: CozeEmulator) -> None:
    app = emulator.add_oauth_app("jwt")
    auth = JWTAuth(client_id=app.client_id, private_key=app.private_key, public_key_id=app.public_key_id)
    events = await converse(mode, {"auth": auth, "base_url": emulator.base_url}, "audio.speech", [], count=1)

    assert types(events) == [WsSpeechEventType.SPEECH_CREATED]
    session = only_session(emulator)
    assert session.status == 101 and session.headers["authorization"].startswith("Bearer ")
    assert session.headers["authorization"] != f"Bearer {emulator.token}"


@pytest.mark.parametrize("resource", ["audio.speech", "audio.transcriptions", "audio.simult_interpretation"])
@pytest.mark.parametrize("mode", MODES)
async def test_the_audio_endpoints_open_with_their_opening_event(
    mode: str, resource: str, emulator: CozeEmulator
) -> None:
    events = await converse(mode, options(emulator), resource, [], count=1)
    assert types(events) == [f"{resource.rsplit('.', 1)[1]}.created"]
    assert only_session(emulator).path == "/v1/" + resource.replace(".", "/")
