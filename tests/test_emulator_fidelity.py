"""The emulator gives no false confidence: it refuses what Coze refuses (an unknown bot or
workflow), its run histories report what the run produced, a bot can make its chats fail,
and a latency fault still pending when it stops prints no tracebacks."""

from __future__ import annotations

import json
import logging
from typing import Any

import pytest
from runtime_support import items, resolve

from coze_ext import (
    APITimeoutError,
    AsyncCoze,
    ChatFailedError,
    Coze,
    Message,
    NotFoundError,
    StreamError,
)
from coze_ext.testing import CozeEmulator

MODES = ["sync", "async"]
HELLO = [Message.user("Hello")]


def client(emulator: CozeEmulator, mode: str) -> Coze | AsyncCoze:
    cls = Coze if mode == "sync" else AsyncCoze
    return cls(token=emulator.token, base_url=emulator.base_url, max_retries=0)


@pytest.mark.parametrize("mode", MODES)
async def test_a_chat_with_an_unknown_bot_fails_with_4200(mode: str, emulator: CozeEmulator) -> None:
    coze = client(emulator, mode)
    with pytest.raises(NotFoundError) as caught:
        await resolve(coze.chat.create(bot_id="7400000000000009999", user_id="u", additional_messages=HELLO))
    assert caught.value.code == 4200 and "7400000000000009999" in str(caught.value)
    with pytest.raises(NotFoundError):
        await resolve(coze.chat.stream(bot_id="7400000000000009999", user_id="u", additional_messages=HELLO))
    assert emulator.state.chats == {}


@pytest.mark.parametrize("mode", MODES)
async def test_a_run_of_an_unknown_workflow_fails_with_4200(mode: str, emulator: CozeEmulator) -> None:
    coze = client(emulator, mode)
    for call in (coze.workflows.runs.create, coze.workflows.runs.stream):
        with pytest.raises(NotFoundError) as caught:
            await resolve(call(workflow_id="7400000000000009998", parameters={"q": "x"}))
        assert caught.value.code == 4200
    with pytest.raises(NotFoundError):
        await resolve(coze.workflows.chat.stream(workflow_id="7400000000000009998", additional_messages=HELLO))


@pytest.mark.parametrize("mode", MODES)
async def test_create_and_poll_returns_what_the_workflow_run_produced(mode: str, emulator: CozeEmulator) -> None:
    workflow = emulator.add_workflow(run=lambda parameters: {"answer": parameters["q"] * 2})
    statuses: list[str] = []
    history = await resolve(
        client(emulator, mode).workflows.runs.create_and_poll(
            workflow_id=workflow.workflow_id,
            parameters={"q": "ab"},
            poll_interval=0.05,
            on_status=lambda h: statuses.append(str(h.execute_status)),
        )
    )
    assert json.loads(history.output) == {"answer": "abab"}
    assert statuses == ["Running", "Success"]  # asynchronous runs take Timing.workflow_run
    assert history.usage.token_count > 0


@pytest.mark.parametrize("mode", MODES)
async def test_a_bot_can_make_its_chats_fail(mode: str, emulator: CozeEmulator) -> None:
    bot = emulator.add_bot("Broke bot", fail=(4028, "quota used up"))
    coze = client(emulator, mode)
    with pytest.raises(ChatFailedError) as polled:
        await resolve(coze.chat.create_and_poll(bot_id=bot.bot_id, user_id="u", additional_messages=HELLO))
    assert (polled.value.code, polled.value.msg) == (4028, "quota used up")
    assert polled.value.chat.status == "failed"
    stream = await resolve(coze.chat.stream(bot_id=bot.bot_id, user_id="u", additional_messages=HELLO))
    with pytest.raises(StreamError) as streamed:
        await items(stream)
    assert streamed.value.event.event == "conversation.chat.failed" and streamed.value.code == 4028


def test_a_pending_latency_fault_prints_no_traceback_when_the_emulator_stops(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG), CozeEmulator() as emulator:
        emulator.faults.add(route="GET /v1/conversations", latency=30)
        coze: Any = Coze(token=emulator.token, base_url=emulator.base_url, max_retries=0, timeout=0.5)
        with pytest.raises(APITimeoutError):
            coze.conversations.list(bot_id="b")
    assert not [record for record in caplog.records if record.exc_info], [r.getMessage() for r in caplog.records]
