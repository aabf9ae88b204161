"""The emulator's WebSocket faults for a client's own tests (docs/testing.md): a peer that
vanishes (no frames, no pongs), a close with a code and reason, a frame that is not JSON,
through the `coze_emulator` pytest fixture and the SDK's sockets, sync and async."""

from __future__ import annotations

from typing import Any

import pytest
from ws_raw import aguarded, guarded
from ws_support import MODES, client, types

from coze_ext import APIConnectionError, WebSocketEventError
from coze_ext.testing import CozeEmulator, Fault

KEEPALIVE = {"ping_interval": 0.5, "ping_timeout": 0.5}


def chat(mode: str, emulator: CozeEmulator, **options: Any) -> Any:
    coze = client(mode, token=emulator.token, base_url=emulator.base_url)
    return coze.websockets.chat.connect(bot_id="b", **options)


async def events_until_the_end(mode: str, socket: Any, events: list[Any]) -> None:
    if mode == "sync":

        def iterate() -> None:
            with socket:
                events.extend(socket)

        guarded(iterate)
        return

    async def aiterate() -> None:
        async with socket:
            async for event in socket:
                events.append(event)

    await aguarded(aiterate())


@pytest.mark.parametrize("mode", MODES)
async def test_a_session_that_vanishes_is_ended_by_the_client_keepalive(mode: str, coze_emulator: CozeEmulator) -> None:
    coze_emulator.faults.add(route="WS /v1/chat", vanish_after_events=1)
    events: list[Any] = []
    with pytest.raises(APIConnectionError, match=r"did not answer a keepalive ping within 0\.5s"):
        await events_until_the_end(mode, chat(mode, coze_emulator, **KEEPALIVE), events)

    assert types(events) == ["chat.created"]
    (session,) = coze_emulator.websockets
    assert not session.ended  # still "there", unheard, until reset
    coze_emulator.reset()
    assert session.wait_ended()


@pytest.mark.parametrize(("code", "reason"), [(1011, "boom"), (4001, "")])
@pytest.mark.parametrize("mode", MODES)
async def test_a_session_closed_with_an_error_code(
    mode: str, coze_emulator: CozeEmulator, code: int, reason: str
) -> None:
    coze_emulator.faults.add(route="websockets.chat", close_after_events=1, close_code=code, close_reason=reason)
    events: list[Any] = []
    with pytest.raises(APIConnectionError) as caught:
        await events_until_the_end(mode, chat(mode, coze_emulator), events)

    assert types(events) == ["chat.created"]
    assert (caught.value.close_code, caught.value.close_reason) == (code, reason)


@pytest.mark.parametrize("mode", MODES)
async def test_a_session_closed_normally_ends_quietly(mode: str, coze_emulator: CozeEmulator) -> None:
    coze_emulator.faults.add(route="WS /v1/chat", close_after_events=1)
    events: list[Any] = []
    await events_until_the_end(mode, chat(mode, coze_emulator), events)
    assert types(events) == ["chat.created"]


@pytest.mark.parametrize("bad", ["not json", b"\x00\x01\x02"], ids=["text", "binary"])
@pytest.mark.parametrize("mode", MODES)
async def test_a_bad_frame_raises_once_and_the_session_goes_on(
    mode: str, coze_emulator: CozeEmulator, bad: Any
) -> None:
    coze_emulator.faults.add(route="WS /v1/chat", bad_frame_after_events=1, bad_frame=bad)
    socket = chat(mode, coze_emulator)
    clear = {"event_type": "conversation.clear"}
    outcomes: list[Any] = []

    def read() -> None:
        with socket:
            for _ in range(2):
                try:
                    outcomes.append(next(socket))
                except WebSocketEventError as failure:
                    outcomes.append(failure)
            socket.send(clear)
            outcomes.append(next(socket))

    async def aread() -> None:
        async with socket:
            for _ in range(2):
                try:
                    outcomes.append(await anext(socket))
                except WebSocketEventError as failure:
                    outcomes.append(failure)
            await socket.send(clear)
            outcomes.append(await anext(socket))

    if mode == "sync":
        guarded(read)
    else:
        await aguarded(aread())

    created, failure, cleared = outcomes
    assert created.event_type == "chat.created" and cleared.event_type == "conversation.cleared"
    assert isinstance(failure, WebSocketEventError)
    assert ("binary frame" in str(failure)) if isinstance(bad, bytes) else (failure.body == "not json")


@pytest.mark.parametrize(
    ("knobs", "message"),
    [
        ({"close_code": 1005}, "close_code 1005 cannot be sent"),
        ({"close_code": 999}, "close_code 999 cannot be sent"),
        ({"close_reason": "x" * 124}, "at most 123 bytes"),
        ({"vanish_after_events": -1}, "vanish_after_events must be >= 0"),
    ],
)
def test_websocket_knobs_are_checked(knobs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Fault("WS /v1/chat", **knobs)
