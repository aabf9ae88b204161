"""How a WebSocket session ends when the other side misbehaves, sync and async alike, against
servers written by hand (tests/ws_raw.py): a peer that goes silent (keepalive), a handshake
never answered, a close with an error code, frames that are not JSON, a frame too large.
Every blocking step runs under a guard, so a regression fails instead of hanging."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Iterable, Mapping
from typing import Any

import pytest
from loopback import RawServer
from websockets.sync.client import connect
from ws_raw import (
    BINARY,
    CLOSE,
    GUARD,
    PING,
    PONG,
    accept,
    aguarded,
    close,
    frame,
    guarded,
    mute,
    read_frame,
    script,
    text,
    trickle,
    ws_url,
)
from ws_support import MODES, client, types

from coze_ext import APIConnectionError, APITimeoutError, WebSocketEventError

TOKEN = "pat_liveness"
CLEARED = {"event_type": "conversation.cleared", "id": "c-1"}
CLEAR = {"event_type": "conversation.clear"}
# Short enough that a test takes a second or two; the defaults are 20 s each.
KEEPALIVE = {"ping_interval": 0.5, "ping_timeout": 0.5}


def chat_socket(mode: str, server: RawServer, **options: Any) -> Any:
    coze = client(mode, token=TOKEN, base_ws_url=ws_url(server))
    return coze.websockets.chat.connect(bot_id="b", **options)


async def run(mode: str, socket: Any, events: list[Any], send: Iterable[Mapping[str, Any]] = ()) -> None:
    """Open `socket`, send `send`, and iterate it to its end into `events`, under the guard."""
    if mode == "sync":

        def iterate() -> None:
            with socket:
                for each in send:
                    socket.send(each)
                for event in socket:
                    events.append(event)

        guarded(iterate)
        return

    async def aiterate() -> None:
        async with socket:
            for each in send:
                await socket.send(each)
            async for event in socket:
                events.append(event)

    await aguarded(aiterate())


# 1. Keepalive ----------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
async def test_a_peer_gone_silent_ends_iteration_with_an_error(mode: str) -> None:
    events: list[Any] = []
    with RawServer(script(text(CLEARED), then="silent")) as server:
        socket = chat_socket(mode, server, **KEEPALIVE)
        with pytest.raises(APIConnectionError) as caught:
            await run(mode, socket, events)

    assert types(events) == ["conversation.cleared"]  # what came before the silence
    assert [thread for thread in threading.enumerate() if "keepalive" in thread.name] == []
    message = str(caught.value)
    assert "did not answer a keepalive ping within 0.5s" in message and "ping_timeout" in message
    assert caught.value.close_code is None and caught.value.logid == "RAW-LOGID"


@pytest.mark.parametrize("mode", MODES)
async def test_a_send_blocked_on_a_peer_gone_silent_raises(mode: str) -> None:
    """The peer reads nothing: sends fill the buffers until one blocks, and the keepalive
    ends it (in the sync client, even though the blocked send holds the connection's lock)."""
    audio = {"event_type": "input_audio_buffer.append", "data": {"delta": "A" * 500_000}}
    with RawServer(script(then="silent")) as server:
        socket = chat_socket(mode, server, **KEEPALIVE)
        sent = 0
        if mode == "sync":

            def flood() -> None:
                nonlocal sent
                with socket:
                    while True:
                        socket.send(audio)
                        sent += 1

            with pytest.raises(APIConnectionError) as caught:
                guarded(flood)
        else:

            async def aflood() -> None:
                nonlocal sent
                async with socket:
                    while True:
                        await socket.send(audio)
                        sent += 1

            with pytest.raises(APIConnectionError) as caught:
                await aguarded(aflood())

    assert sent > 0 and "keepalive ping" in str(caught.value)


@pytest.mark.parametrize("mode", MODES)
async def test_both_clients_ping_and_a_peer_that_answers_stays(mode: str) -> None:
    """The server answers three pings, then sends an event and closes normally: the session
    lived through them all."""
    pings: list[bytes] = []

    def answering(connection: Any, server: RawServer) -> None:
        accept(connection)
        while len(pings) < 3:
            opcode, payload = read_frame(connection)
            if opcode == CLOSE:
                return
            if opcode == PING:
                pings.append(payload)
                connection.sendall(frame(PONG, payload))
        connection.sendall(text(CLEARED) + close(1000))
        read_frame(connection)

    events: list[Any] = []
    with RawServer(answering) as server:
        await run(mode, chat_socket(mode, server, ping_interval=0.2, ping_timeout=1), events)

    assert len(pings) == 3 and types(events) == ["conversation.cleared"]
    assert [thread for thread in threading.enumerate() if "keepalive" in thread.name] == []


@pytest.mark.parametrize("mode", MODES)
async def test_no_ping_goes_out_when_keepalive_is_off(mode: str) -> None:
    """The server records the frames before the client's first text frame, which the
    client sends after a second of quiet (the guard of the test above would have pinged 5
    times)."""
    seen: list[int] = []

    def recording(connection: Any, server: RawServer) -> None:
        accept(connection)
        while True:
            opcode, _ = read_frame(connection)
            seen.append(opcode)
            if opcode != PING:
                break
        connection.sendall(text(CLEARED) + close(1000))
        read_frame(connection)

    events: list[Any] = []
    quiet = threading.Event()
    with RawServer(recording) as server:
        socket = chat_socket(mode, server, ping_interval=None, ping_timeout=None)
        if mode == "sync":

            def later() -> None:
                with socket:
                    quiet.wait(1.0)
                    socket.send(CLEAR)
                    events.extend(socket)

            guarded(later)
        else:

            async def alater() -> None:
                async with socket:
                    await asyncio.sleep(1.0)
                    await socket.send(CLEAR)
                    events.extend([event async for event in socket])

            await aguarded(alater())

    assert seen[0] == 0x1 and PING not in seen and types(events) == ["conversation.cleared"]


@pytest.mark.parametrize(
    ("options", "error", "message"),
    [
        ({"ping_interval": 0}, ValueError, "ping_interval must be > 0"),
        ({"ping_timeout": -1}, ValueError, "ping_timeout must be > 0"),
        ({"ping_interval": "20"}, TypeError, "ping_interval must be a number of seconds"),
        ({"max_size": 1.5}, TypeError, "max_size must be an int"),
        ({"max_size": True}, TypeError, "max_size must be an int"),
        ({"max_size": 0}, ValueError, "max_size must be > 0"),
    ],
)
@pytest.mark.parametrize("mode", MODES)
def test_bad_socket_options_raise_before_anything_is_sent(
    mode: str, options: dict[str, Any], error: type[Exception], message: str
) -> None:
    with RawServer(mute) as server, pytest.raises(error, match=message):
        chat_socket(mode, server, **options)
    assert server._connections == []


# 2. Handshake deadline -------------------------------------------------------------------


@pytest.mark.parametrize("handler", [mute, trickle], ids=["mute", "trickle"])
@pytest.mark.parametrize("mode", MODES)
async def test_a_handshake_never_answered_times_out(mode: str, handler: Any) -> None:
    with RawServer(handler) as server:
        socket = chat_socket(mode, server, timeout=0.5)
        with pytest.raises(APITimeoutError, match=r"no answer to the WebSocket handshake .* within 0\.5s"):
            await run(mode, socket, [])


# 3. Close codes --------------------------------------------------------------------------


@pytest.mark.parametrize(("code", "reason"), [(1011, "boom"), (4000, ""), (1002, "protocol")])
@pytest.mark.parametrize("mode", MODES)
async def test_a_close_with_an_error_code_raises_after_every_frame(mode: str, code: int, reason: str) -> None:
    events: list[Any] = []
    second = {**CLEARED, "id": "c-2"}
    with (
        RawServer(script(text(CLEARED), text(second), close(code, reason))) as server,
        pytest.raises(APIConnectionError) as caught,
    ):
        await run(mode, chat_socket(mode, server), events)

    assert [event.id for event in events] == ["c-1", "c-2"]
    failure = caught.value
    assert (failure.close_code, failure.close_reason) == (code, reason)
    assert f"closed the WebSocket session with code {code}" in str(failure)
    assert (reason in str(failure)) if reason else ("no reason given" in str(failure))


@pytest.mark.parametrize("code", [1000, 1001, None], ids=["1000", "1001", "no-code"])
@pytest.mark.parametrize("mode", MODES)
async def test_a_normal_close_ends_iteration_quietly(mode: str, code: int | None) -> None:
    events: list[Any] = []
    closing = close(code, "bye") if code is not None else frame(CLOSE, b"")
    with RawServer(script(text(CLEARED), closing)) as server:
        await run(mode, chat_socket(mode, server), events)
    assert types(events) == ["conversation.cleared"]


# 4. Bad frames ---------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
async def test_frames_that_are_not_json_objects_raise_and_the_next_one_is_read(mode: str) -> None:
    bad = [frame(BINARY, b"\x00\x01audio"), text("not json"), text("[1, 2]"), text('{"data": {}}')]
    with RawServer(script(*bad, text(CLEARED), close(1000))) as server:
        socket = chat_socket(mode, server)
        failures: list[WebSocketEventError] = []
        events: list[Any] = []

        def read_all() -> None:
            with socket:
                for _ in range(len(bad) + 1):
                    try:
                        events.append(next(socket))
                    except WebSocketEventError as failure:
                        failures.append(failure)

        async def aread_all() -> None:
            async with socket:
                for _ in range(len(bad) + 1):
                    try:
                        events.append(await anext(socket))
                    except WebSocketEventError as failure:
                        failures.append(failure)

        if mode == "sync":
            guarded(read_all)
        else:
            await aguarded(aread_all())

    binary, not_json, array, no_type = failures
    assert "a binary frame arrived" in str(binary) and binary.body == "<7 bytes>"
    assert "not a JSON object with an event_type" in str(not_json) and not_json.body == "not json"
    assert "not a JSON object" in str(array) and "not a JSON object" in str(no_type)
    assert all(failure.logid == "RAW-LOGID" for failure in failures)
    assert types(events) == ["conversation.cleared"]


# 5. Size cap -----------------------------------------------------------------------------


def padded(size: int) -> bytes:
    """A valid event frame of exactly `size` bytes of text."""
    body = json.dumps({**CLEARED, "pad": ""})
    return text(body.replace('"pad": ""', '"pad": "' + "x" * (size - len(body)) + '"'))


@pytest.mark.parametrize(
    ("max_size", "size", "limit"),
    [({"max_size": 1024}, 1025, "1024"), ({}, 2**20 + 1, "1048576")],
    ids=["given", "default"],
)
@pytest.mark.parametrize("mode", MODES)
async def test_a_frame_over_the_size_cap_ends_the_session(
    mode: str, max_size: dict[str, int], size: int, limit: str
) -> None:
    events: list[Any] = []
    with (
        RawServer(script(text(CLEARED), padded(size), text(CLEARED))) as server,
        pytest.raises(APIConnectionError) as caught,
    ):
        await run(mode, chat_socket(mode, server, **max_size), events)

    assert types(events) == ["conversation.cleared"]
    assert f"larger than max_size={limit} bytes" in str(caught.value)


@pytest.mark.parametrize("mode", MODES)
async def test_no_size_cap_takes_a_large_frame(mode: str) -> None:
    events: list[Any] = []
    with RawServer(script(padded(2**21), close(1000))) as server:
        await run(mode, chat_socket(mode, server, max_size=None), events)
    assert types(events) == ["conversation.cleared"] and len(events[0].raw) == 2**21


def test_the_raw_server_helpers_speak_websocket() -> None:
    """The hand-written server is understood by a real client: the tests above rest on it."""
    with RawServer(script(text(CLEARED), close(1000))) as server, connect(ws_url(server)) as ws:
        assert json.loads(ws.recv(timeout=5)) == CLEARED


@pytest.mark.parametrize("mode", MODES)
async def test_close_ends_a_send_stuck_on_a_peer_that_reads_nothing(mode: str) -> None:
    """Keepalive off: closing from elsewhere still frees a send blocked on a full buffer (the
    close frame cannot go out behind it, so the connection is dropped)."""
    audio = {"event_type": "input_audio_buffer.append", "data": {"delta": "A" * 500_000}}
    with RawServer(script(then="silent")) as server:
        socket = chat_socket(mode, server, ping_interval=None)
        if mode == "sync":
            flooding = threading.Event()

            def flood() -> None:
                with socket:
                    while True:
                        socket.send(audio)
                        flooding.set()

            def close_when_stuck() -> None:
                flooding.wait(GUARD)
                # A second is ample for a few MB to fill the buffers on loopback: the send
                # then blocks in the socket, holding the connection's lock.
                threading.Event().wait(1.0)
                held.append(socket._connection.protocol_mutex.locked())
                socket.close()

            held: list[bool] = []
            closer = threading.Thread(target=close_when_stuck)
            closer.start()
            with pytest.raises(APIConnectionError, match="closed by the client"):
                guarded(flood)
            closer.join(GUARD)
            assert held == [True] and not closer.is_alive()
        else:

            async def aflood() -> None:
                async with socket:
                    while True:
                        await socket.send(audio)

            async def stuck() -> None:
                # Above the library's write limit (32 KiB) the send waits for the buffer to
                # drain, and it cannot: the peer reads nothing.
                while socket._connection is None or socket._connection.transport.get_write_buffer_size() <= 2**15:
                    await asyncio.sleep(0.01)

            flooding_task = asyncio.create_task(aflood())
            await aguarded(stuck())
            await aguarded(socket.close())
            with pytest.raises(APIConnectionError, match="closed"):  # that send, or the next
                await aguarded(flooding_task)
