"""Device-code polling: the interval it was given, slow_down (+5 s, RFC 8628), no other floor
or ceiling, and an event loop that stays free while it waits."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest
from auth_support import MODES, app_for, close, resolve, token_requests

from coze_ext import AccessDeniedError, AsyncDeviceOAuthApp, AuthorizationPendingError, DeviceOAuthApp, SlowDownError
from coze_ext._flow import Send, Sleep
from coze_ext.auth._exchange import device_poll_flow
from coze_ext.testing import CozeEmulator

PENDING = {"error": "authorization_pending", "error_description": "not yet"}
SLOW_DOWN = {"error_code": "slow_down", "error_message": "too fast"}
TOKEN = {"access_token": "czu_ok", "expires_in": 4_000_000_000, "refresh_token": "rt"}


def answer(body: dict[str, Any], status: int = 400) -> httpx.Response:
    request = httpx.Request("POST", "https://api.coze.com/api/permission/oauth2/token")
    return httpx.Response(status, json=body, request=request, headers={"x-tt-logid": "LOG1"})


def waits(interval: float, answers: list[tuple[dict[str, Any], int]], *, poll: bool = True) -> list[float]:
    """Drive the polling flow through `answers`; the waits it asked for."""
    flow = device_poll_flow(lambda: httpx.Request("POST", "https://api.coze.com/x"), interval, poll=poll)
    slept: list[float] = []
    action = next(flow)
    replies = iter(answers)
    try:
        while True:
            if isinstance(action, Sleep):
                slept.append(action.seconds)
                action = flow.send(None)  # type: ignore[arg-type]
            else:
                assert isinstance(action, Send)
                action = flow.send(answer(*next(replies)))
    except StopIteration:
        return slept


def test_polling_uses_the_interval_and_adds_five_seconds_after_each_slow_down() -> None:
    answers = [(PENDING, 400), (SLOW_DOWN, 400), (PENDING, 400), (SLOW_DOWN, 200), (PENDING, 400), (TOKEN, 200)]
    assert waits(3, answers) == [3, 8, 8, 13, 13]  # slow_down under HTTP 200 counts too


def test_polling_has_no_floor_and_no_ceiling() -> None:
    assert waits(0, [(PENDING, 400), (TOKEN, 200)]) == [0]
    many = [(SLOW_DOWN, 400)] * 8 + [(TOKEN, 200)]
    assert waits(1, many)[-1] == 41  # no cap at 30 s: RFC 8628 says +5 s each time


def test_without_poll_the_first_answer_decides() -> None:
    with pytest.raises(AuthorizationPendingError):
        waits(5, [(PENDING, 400)], poll=False)
    with pytest.raises(SlowDownError):
        waits(5, [(SLOW_DOWN, 400)], poll=False)
    with pytest.raises(AccessDeniedError):
        waits(5, [({"error": "access_denied"}, 400)])


def sleeper(mode: str, slept: list[float], then: Any) -> Any:
    """A stand-in for the app's sleep: records each wait, and calls `then` after it."""

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        then(len(slept))

    async def async_sleep(seconds: float) -> None:
        sleep(seconds)

    return sleep if mode == "sync" else async_sleep


@pytest.mark.parametrize("mode", MODES)
async def test_the_app_polls_at_the_interval_of_its_own_device_code(emulator: CozeEmulator, mode: str) -> None:
    emulator.oauth.device_interval = 2
    app = app_for(mode, emulator.add_oauth_app("device"), emulator.base_url)
    code = await resolve(app.get_device_code())
    slept: list[float] = []
    app._sleep = sleeper(mode, slept, lambda waits: waits == 3 and emulator.approve_device(code.user_code))
    emulator.faults.add(route="oauth_token", status=400, body=json.dumps(SLOW_DOWN), content_type="application/json")
    token = await resolve(app.get_access_token(code.device_code, poll=True))  # the code's text only
    assert token.access_token.startswith("czu_")
    assert slept == [7, 7, 7]  # 2 s from get_device_code, +5 s after the slow_down
    assert len(token_requests(emulator)) == 4
    await close(app)


@pytest.mark.parametrize("mode", MODES)
async def test_a_device_code_the_app_did_not_start_waits_five_seconds(emulator: CozeEmulator, mode: str) -> None:
    emulator.oauth.device_interval = 1
    registered = emulator.add_oauth_app("device")
    starter, poller = (app_for(mode, registered, emulator.base_url) for _ in range(2))
    code = await resolve(starter.get_device_code())
    slept: list[float] = []
    poller._sleep = sleeper(mode, slept, lambda _: emulator.approve_device(code.user_code))
    assert await resolve(poller.get_access_token(code.device_code, poll=True))
    assert slept == [5]  # RFC 8628's default: this app never saw the code's interval

    again = await resolve(starter.get_device_code())
    slept.clear()
    poller._sleep = sleeper(mode, slept, lambda _: emulator.approve_device(again.user_code))
    assert await resolve(poller.get_access_token(again, poll=True))  # the code itself carries it
    assert slept == [1]
    await close(starter)
    await close(poller)


async def test_async_polling_leaves_the_event_loop_free(emulator: CozeEmulator) -> None:
    emulator.oauth.device_interval = 1
    registered = emulator.add_oauth_app("device")
    app = AsyncDeviceOAuthApp(registered.client_id, emulator.base_url)
    code = await app.get_device_code()
    polls_seen: list[int] = []

    async def ticker() -> None:
        while True:
            polls_seen.append(len(token_requests(emulator)))
            await asyncio.sleep(0.01)

    async def user() -> None:
        # The user allows access once the device has polled (and been told to wait) once.
        while len(token_requests(emulator)) < 1:
            await asyncio.sleep(0.01)
        emulator.approve_device(code.user_code)

    ticking = asyncio.create_task(ticker())
    approving = asyncio.create_task(user())
    token = await app.get_access_token(code.device_code, poll=True)
    ticking.cancel()
    await approving
    assert token.refresh_token
    # The ticker ran while the app waited between its two polls: the loop was never blocked.
    assert polls_seen.count(1) >= 5
    await app.close()


def test_the_sync_app_sleeps_with_time_sleep(emulator: CozeEmulator) -> None:
    emulator.oauth.device_interval = 0
    registered = emulator.add_oauth_app("device")
    with DeviceOAuthApp(registered.client_id, emulator.base_url) as app:
        code = app.get_device_code()
        slept: list[float] = []

        def sleep(seconds: float) -> None:
            slept.append(seconds)
            emulator.approve_device(code.user_code)

        app._sleep = sleep
        assert app.get_access_token(code, poll=True).access_token
        assert slept == [0]
