"""Polling to the end: the pure `poll_flow` with a fake clock, then `create_and_poll` for
chats and workflow runs against a real loopback server, sync and async."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from loopback import LOGID, LoopbackServer, Request, data_reply, json_reply, serve

from coze_ext import (
    AsyncCoze,
    ChatFailedError,
    Coze,
    PollTimeout,
    WorkflowRunError,
)
from coze_ext._errors import APIError, NotFoundError
from coze_ext._flow import Sleep
from coze_ext._polling import Cancel, PollPolicy, Retrieve, poll_flow

# --- the pure flow, driven by hand with a fake clock --------------------------------------


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def drive(
    flow: Any, states: list[Any], clock: FakeClock, cancel: Any = None, request_time: float = 0.0
) -> tuple[Any, list[Any]]:
    """Run a poll flow: Sleep advances the clock, Retrieve answers the next state."""
    actions: list[Any] = []
    outcome: Any = None
    remaining = iter(states)
    while True:
        try:
            action = flow.send(outcome)
        except StopIteration as stop:
            return stop.value, actions
        actions.append(action)
        outcome = None
        if isinstance(action, Sleep):
            clock.now += action.seconds
        elif isinstance(action, Retrieve):
            clock.now += request_time
            outcome = next(remaining)
        elif isinstance(action, Cancel):
            outcome = cancel


def flow_for(first: str, clock: FakeClock, seen: list[str] | None = None, **policy: Any) -> Any:
    return poll_flow(
        first,
        finished=lambda s: s in {"completed", "failed", "requires_action", "canceled"},
        status=lambda s: s,
        policy=PollPolicy(**policy),
        clock=clock,
        on_status=seen.append if seen is not None else None,
    )


def waits(actions: list[Any]) -> list[float]:
    return [round(a.seconds, 4) for a in actions if isinstance(a, Sleep)]


@pytest.mark.parametrize("final", ["completed", "failed", "requires_action", "canceled"])
def test_flow_ends_on_every_terminal_status(final: str) -> None:
    clock = FakeClock()
    seen: list[str] = []
    result, actions = drive(flow_for("created", clock, seen), ["in_progress", "in_progress", final], clock)
    assert result == final
    assert seen == ["created", "in_progress", final]  # changes only, the first state included
    assert [type(a) for a in actions] == [Sleep, Retrieve] * 3


def test_flow_backs_off_from_a_short_first_interval_to_a_cap() -> None:
    clock = FakeClock()
    _, actions = drive(
        flow_for("created", clock, interval=0.5, multiplier=2, max_interval=3, timeout=None),
        ["in_progress"] * 6 + ["completed"],
        clock,
    )
    assert waits(actions) == [0.5, 1.0, 2.0, 3.0, 3.0, 3.0, 3.0]


def test_a_finished_first_state_needs_no_poll() -> None:
    clock = FakeClock()
    result, actions = drive(flow_for("completed", clock), [], clock)
    assert (result, actions) == ("completed", [])


def test_timeout_cancels_and_returns_the_canceled_state() -> None:
    clock = FakeClock()
    seen: list[str] = []
    flow = flow_for("in_progress", clock, seen, interval=1, multiplier=1, timeout=3.5)
    result, actions = drive(flow, ["in_progress"] * 10, clock, cancel="canceled")
    assert result == "canceled"
    # Waits never overshoot the deadline; the last retrieve happens right at it.
    assert waits(actions) == [1, 1, 1, 0.5]
    assert isinstance(actions[-1], Cancel) and seen == ["in_progress", "canceled"]


def test_timeout_race_cancel_refused_with_4104_then_retrieve_settles_it() -> None:
    clock = FakeClock()
    refused = APIError("cannot cancel", code=4104)
    flow = flow_for("in_progress", clock, interval=1, multiplier=1, timeout=2)
    result, actions = drive(flow, ["in_progress", "in_progress", "completed"], clock, cancel=refused)
    assert result == "completed"
    assert [type(a) for a in actions][-2:] == [Cancel, Retrieve]


def test_timeout_race_cancel_answers_an_already_finished_chat() -> None:
    clock = FakeClock()
    flow = flow_for("in_progress", clock, interval=1, multiplier=1, timeout=1)
    result, _ = drive(flow, ["in_progress"], clock, cancel="completed")
    assert result == "completed"


def test_timeout_with_a_job_that_will_not_end_raises_poll_timeout() -> None:
    clock = FakeClock()
    refused = APIError("cannot cancel", code=4104)
    flow = flow_for("in_progress", clock, interval=1, multiplier=1, timeout=1)
    with pytest.raises(PollTimeout) as caught:
        drive(flow, ["in_progress"] * 10, clock, cancel=refused)
    assert caught.value.state == "in_progress"


def test_other_cancel_errors_propagate() -> None:
    clock = FakeClock()
    flow = flow_for("in_progress", clock, interval=1, timeout=1)
    with pytest.raises(NotFoundError):
        drive(flow, ["in_progress"] * 3, clock, cancel=NotFoundError("gone", code=4200))


def test_uncancellable_job_times_out_with_its_last_state() -> None:
    clock = FakeClock()
    flow = poll_flow(
        "Running",
        finished=lambda s: s != "Running",
        status=lambda s: s,
        policy=PollPolicy(interval=1, timeout=5),
        clock=clock,
        cancellable=False,
    )
    with pytest.raises(PollTimeout, match="Running"):
        drive(flow, ["Running"] * 20, clock)


def test_time_spent_in_requests_counts_toward_the_timeout() -> None:
    clock = FakeClock()
    flow = flow_for("in_progress", clock, interval=1, multiplier=1, timeout=10)
    _, actions = drive(flow, ["in_progress"] * 20, clock, cancel="canceled", request_time=4)
    # 1 s wait + 4 s request, twice, reaches the 10 s deadline (without request time: 10 polls).
    assert sum(isinstance(a, Retrieve) for a in actions) == 2


@pytest.mark.parametrize(
    "bad", [{"interval": 0}, {"max_interval": -1}, {"multiplier": 0.5}, {"timeout": 0}, {"timeout": -3}]
)
def test_bad_poll_settings_fail_early(bad: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        PollPolicy(**bad)


# --- create_and_poll against a loopback server ---------------------------------------------

CONV, CHAT = "7400000000000000001", "7400000000000000002"


def chat(status: str, **extra: Any) -> dict[str, Any]:
    return {"id": CHAT, "conversation_id": CONV, "status": status, **extra}


ANSWER = {"id": "m1", "conversation_id": CONV, "chat_id": CHAT, "role": "assistant", "type": "answer", "content": "42"}


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    yield from serve()


def chat_routes(server: LoopbackServer, statuses: list[str], last: dict[str, Any] | None = None) -> None:
    remaining = iter(statuses)

    def retrieve(request: Request) -> Any:
        status = next(remaining, statuses[-1])
        return data_reply(chat(status, **(last if status == statuses[-1] and last else {})))

    server.routes["/v3/chat"] = lambda request: data_reply(chat("created"))
    server.routes["/v3/chat/retrieve"] = retrieve
    server.routes["/v3/chat/cancel"] = lambda request: data_reply(chat("canceled"))
    server.routes["/v3/chat/message/list"] = lambda request: data_reply([ANSWER])


def client(server: LoopbackServer) -> Coze:
    return Coze(token="t", base_url=server.base_url, max_retries=0)


def aclient(server: LoopbackServer) -> AsyncCoze:
    return AsyncCoze(token="t", base_url=server.base_url, max_retries=0)


FAST = {"poll_interval": 0.01}


@pytest.mark.parametrize("final", ["completed", "requires_action", "canceled"])
def test_create_and_poll_returns_the_chat_and_its_messages(server: LoopbackServer, final: str) -> None:
    chat_routes(server, ["in_progress", "in_progress", final])
    seen: list[str] = []
    with client(server) as coze:
        done = coze.chat.create_and_poll(
            bot_id="b1", user_id="u", on_status=lambda c: seen.append(str(c.status)), **FAST
        )
    assert str(done.chat.status) == final
    assert [m.content for m in done.messages] == ["42"]
    assert done.logid == LOGID and done.messages.logid == LOGID
    assert seen == ["created", "in_progress", final]
    assert server.paths() == ["/v3/chat"] + ["/v3/chat/retrieve"] * 3 + ["/v3/chat/message/list"]
    assert server.requests[0].body.get("stream") in (None, False)
    assert server.requests[1].query == {"conversation_id": CONV, "chat_id": CHAT}


@pytest.mark.parametrize("final", ["completed", "requires_action", "canceled"])
async def test_create_and_poll_returns_the_chat_and_its_messages_async(server: LoopbackServer, final: str) -> None:
    chat_routes(server, ["in_progress", final])
    async with aclient(server) as coze:
        done = await coze.chat.create_and_poll(bot_id="b1", user_id="u", **FAST)
    assert str(done.chat.status) == final and [m.content for m in done.messages] == ["42"]
    assert server.paths() == ["/v3/chat"] + ["/v3/chat/retrieve"] * 2 + ["/v3/chat/message/list"]


FAILED = {"last_error": {"code": 4028, "msg": "free quota used up"}}


def test_a_failed_chat_raises_its_last_error(server: LoopbackServer) -> None:
    chat_routes(server, ["in_progress", "failed"], FAILED)
    with client(server) as coze, pytest.raises(ChatFailedError) as caught:
        coze.chat.create_and_poll(bot_id="b1", user_id="u", **FAST)
    error = caught.value
    assert (error.code, error.msg, error.logid) == (4028, "free quota used up", LOGID)
    assert str(error.chat.status) == "failed"
    assert "/v3/chat/message/list" not in server.paths()


async def test_a_failed_chat_raises_its_last_error_async(server: LoopbackServer) -> None:
    chat_routes(server, ["failed"], FAILED)
    async with aclient(server) as coze:
        with pytest.raises(ChatFailedError) as caught:
            await coze.chat.create_and_poll(bot_id="b1", user_id="u", **FAST)
    assert (caught.value.code, caught.value.msg) == (4028, "free quota used up")


def test_timeout_cancels_the_chat(server: LoopbackServer) -> None:
    chat_routes(server, ["in_progress"])
    with client(server) as coze:
        done = coze.chat.create_and_poll(bot_id="b1", user_id="u", poll_timeout=0.2, **FAST)
    assert str(done.chat.status) == "canceled"
    cancel = next(r for r in server.requests if r.path == "/v3/chat/cancel")
    assert cancel.body == {"conversation_id": CONV, "chat_id": CHAT}


async def test_timeout_cancel_race_is_tolerated_async(server: LoopbackServer) -> None:
    chat_routes(server, ["in_progress"])
    refused = json_reply({"code": 4104, "msg": "chat finished, cannot cancel"})
    server.routes["/v3/chat/cancel"] = lambda request: refused

    def retrieve(request: Request) -> Any:
        # In progress until the cancel was refused, completed afterwards.
        status = "completed" if "/v3/chat/cancel" in server.paths() else "in_progress"
        return data_reply(chat(status))

    server.routes["/v3/chat/retrieve"] = retrieve
    async with aclient(server) as coze:
        done = await coze.chat.create_and_poll(bot_id="b1", user_id="u", poll_timeout=0.2, **FAST)
    assert str(done.chat.status) == "completed"
    assert server.paths()[-3:] == ["/v3/chat/cancel", "/v3/chat/retrieve", "/v3/chat/message/list"]


def test_poll_follows_an_existing_chat(server: LoopbackServer) -> None:
    chat_routes(server, ["in_progress", "completed"])
    with client(server) as coze:
        done = coze.chat.poll(conversation_id=CONV, chat_id=CHAT, **FAST)
    assert str(done.chat.status) == "completed"
    assert "/v3/chat" not in server.paths()


# --- workflow runs -------------------------------------------------------------------------

WF, EXE = "7400000000000000100", "7400000000000000101"


def workflow_routes(server: LoopbackServer, statuses: list[str], last: dict[str, Any] | None = None) -> None:
    remaining = iter(statuses)

    def history(request: Request) -> Any:
        status = next(remaining, statuses[-1])
        extra = last if status == statuses[-1] and last else {}
        return data_reply([{"execute_id": EXE, "execute_status": status, **extra}])

    server.routes["/v1/workflow/run"] = lambda request: json_reply({"code": 0, "msg": "", "execute_id": EXE})
    server.routes[f"/v1/workflows/{WF}/run_histories/{EXE}"] = history


def test_workflow_create_and_poll_returns_the_history(server: LoopbackServer) -> None:
    workflow_routes(server, ["Running", "Running", "Success"], {"output": '{"answer": 42}'})
    seen: list[str] = []
    with client(server) as coze:
        history = coze.workflows.runs.create_and_poll(
            workflow_id=WF, parameters={"q": "x"}, on_status=lambda h: seen.append(str(h.execute_status)), **FAST
        )
    assert (str(history.execute_status), history.output) == ("Success", '{"answer": 42}')
    assert seen == ["Running", "Success"]
    assert server.requests[0].body == {"workflow_id": WF, "parameters": {"q": "x"}, "is_async": True}


async def test_workflow_failure_raises_async(server: LoopbackServer) -> None:
    failure = {"error_code": "5000", "error_message": "node crashed", "debug_url": "https://debug", "logid": "L1"}
    workflow_routes(server, ["Running", "Fail"], failure)
    async with aclient(server) as coze:
        with pytest.raises(WorkflowRunError) as caught:
            await coze.workflows.runs.create_and_poll(workflow_id=WF, **FAST)
    error = caught.value
    assert (error.code, error.msg, error.debug_url, error.logid) == (5000, "node crashed", "https://debug", "L1")


def test_workflow_timeout_raises_with_the_last_history(server: LoopbackServer) -> None:
    workflow_routes(server, ["Running"])
    with client(server) as coze, pytest.raises(PollTimeout) as caught:
        coze.workflows.runs.create_and_poll(workflow_id=WF, poll_timeout=0.1, **FAST)
    assert caught.value.state.execute_id == EXE


def test_bad_poll_settings_fail_before_anything_is_sent(server: LoopbackServer) -> None:
    chat_routes(server, ["completed"])
    workflow_routes(server, ["Success"])
    with client(server) as coze:
        with pytest.raises(ValueError):
            coze.chat.create_and_poll(bot_id="b1", user_id="u", poll_timeout=0)
        with pytest.raises(ValueError):
            coze.workflows.runs.create_and_poll(workflow_id=WF, poll_interval=-1)
    assert server.requests == []


def test_workflow_polls_keep_the_call_s_extra_headers(server: LoopbackServer) -> None:
    workflow_routes(server, ["Running", "Success"])
    with client(server) as coze:
        coze.workflows.runs.create_and_poll(workflow_id=WF, extra_headers={"X-Trace": "run-7"}, **FAST)
    assert [request.headers.get("x-trace") for request in server.requests] == ["run-7"] * 3


async def test_workflow_polls_keep_the_call_s_extra_headers_async(server: LoopbackServer) -> None:
    workflow_routes(server, ["Running", "Success"])
    async with aclient(server) as coze:
        await coze.workflows.runs.create_and_poll(workflow_id=WF, extra_headers={"X-Trace": "run-7"}, **FAST)
    assert [request.headers.get("x-trace") for request in server.requests] == ["run-7"] * 3


def empty_history_routes(server: LoopbackServer) -> None:
    server.routes["/v1/workflow/run"] = lambda request: json_reply({"code": 0, "msg": "", "execute_id": EXE})
    server.routes[f"/v1/workflows/{WF}/run_histories/{EXE}"] = lambda request: data_reply([])


def test_an_empty_run_history_is_an_error_not_a_run_to_wait_for(server: LoopbackServer) -> None:
    empty_history_routes(server)
    with client(server) as coze, pytest.raises(APIError, match=EXE) as caught:
        coze.workflows.runs.create_and_poll(workflow_id=WF, poll_timeout=30, **FAST)
    assert caught.value.logid == LOGID and len(server.requests) == 2


async def test_an_empty_run_history_is_an_error_async(server: LoopbackServer) -> None:
    empty_history_routes(server)
    async with aclient(server) as coze:
        with pytest.raises(APIError, match=EXE):
            await coze.workflows.runs.create_and_poll(workflow_id=WF, poll_timeout=30, **FAST)
    assert len(server.requests) == 2
