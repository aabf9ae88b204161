"""Retries against a real loopback server: what is retried, how long it waits, what it reports.

Waits go through a fake sleep (the runtime's `sleep` attribute), so nothing here depends
on timing. `conversations.list` is a read (retry-safe in the spec); `chat.create` creates a
chat and `workflows.runs.stream` starts a run (both unsafe).
"""

from __future__ import annotations

import email.utils
import logging
from collections.abc import Callable, Iterator

import httpx
import pytest
from loopback import LOGID, LoopbackServer, Reply, Request, data_reply, json_reply, serve, sse, stream_reply
from runtime_support import FakeSleep, closed_port, items, make, resolve

from coze_ext import (
    APIConnectionError,
    AsyncCoze,
    Coze,
    GatewayError,
    InternalServerError,
    RateLimitError,
    RetryInfo,
    StreamIncomplete,
)
from coze_ext._retry import MAX_RETRY_AFTER, parse_retry_after, retry_delay, should_retry
from coze_ext.testing import CozeEmulator

MODES = ["sync", "async"]
PAGE = {"conversations": [{"id": "c1"}, {"id": "c2"}], "has_more": False}
CHAT = {"id": "chat1", "conversation_id": "conv1", "status": "created"}


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    yield from serve()


def replies(*answers: Reply) -> Callable[[Request], Reply]:
    """A handler giving these answers in turn, then the last one again."""
    queue = list(answers)
    return lambda request: queue.pop(0) if len(queue) > 1 else queue[0]


def error(status: int, code: int = 0, headers: dict[str, str] | None = None) -> Reply:
    reply = json_reply({"code": code or status, "msg": "try later"}, status)
    reply.headers.update(headers or {})
    return reply


async def list_ids(coze: Coze | AsyncCoze, **options: object) -> list[str]:
    return [c.id for c in await items(coze.conversations.list(bot_id="b", **options))]


@pytest.mark.parametrize("mode", MODES)
async def test_503_twice_then_200_succeeds_on_the_third_attempt_with_growing_delays(
    mode: str, server: LoopbackServer
) -> None:
    server.routes["/v1/conversations"] = replies(error(503), error(503), data_reply(PAGE))
    retries: list[RetryInfo] = []
    coze = make(mode, server.base_url, on_retry=retries.append)
    sleep = FakeSleep().install(coze)

    assert await list_ids(coze) == ["c1", "c2"]

    assert server.paths() == ["/v1/conversations"] * 3
    first, second = sleep.waits
    assert 0.375 <= first <= 0.5 and 0.75 <= second <= 1.0  # 0.5 s then 1 s, minus up to 25 % jitter
    assert [(r.operation, r.attempt, r.status_code, r.delay) for r in retries] == [
        ("conversations_list", 1, 503, first),
        ("conversations_list", 2, 503, second),
    ]
    assert retries[0].logid == LOGID and retries[0].error is None


@pytest.mark.parametrize("mode", MODES)
async def test_retry_after_seconds_is_waited(mode: str, server: LoopbackServer) -> None:
    server.routes["/v1/conversations"] = replies(error(429, 4013, {"Retry-After": "2"}), data_reply(PAGE))
    coze = make(mode, server.base_url)
    sleep = FakeSleep().install(coze)
    assert await list_ids(coze) == ["c1", "c2"]
    assert sleep.waits == [2.0]


@pytest.mark.parametrize("mode", MODES)
async def test_the_coze_rate_limit_code_under_http_200_is_retried(mode: str, server: LoopbackServer) -> None:
    limited = json_reply({"code": 4013, "msg": "too many requests"})
    server.routes["/v1/conversations"] = replies(limited, data_reply(PAGE))
    coze = make(mode, server.base_url)
    FakeSleep().install(coze)
    assert await list_ids(coze) == ["c1", "c2"]
    assert len(server.requests) == 2


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("status", "expected"), [(500, InternalServerError), (503, GatewayError)])
async def test_chat_create_answered_with_a_server_error_is_not_retried(
    mode: str, status: int, expected: type[Exception], server: LoopbackServer
) -> None:
    # The server may have started the chat before failing: a retry could start a second one.
    server.routes["/v3/chat"] = replies(error(status), data_reply(CHAT))
    retries: list[RetryInfo] = []
    coze = make(mode, server.base_url, on_retry=retries.append)
    FakeSleep().install(coze)
    with pytest.raises(expected) as caught:
        await resolve(coze.chat.create(bot_id="b", user_id="u"))
    assert caught.value.status_code == status  # type: ignore[attr-defined]
    assert len(server.requests) == 1 and retries == []


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("status", "code"), [(429, 0), (429, 4013), (200, 4013)])
async def test_a_rate_limited_chat_create_is_retried(mode: str, status: int, code: int, server: LoopbackServer) -> None:
    # The rate limit turned the request away before the server acted on it: safe to repeat.
    server.routes["/v3/chat"] = replies(error(status, code, {"Retry-After": "0"}), data_reply(CHAT))
    retries: list[RetryInfo] = []
    coze = make(mode, server.base_url, on_retry=retries.append)
    FakeSleep().install(coze)
    assert (await resolve(coze.chat.create(bot_id="b", user_id="u"))).id == "chat1"
    assert len(server.requests) == 2 and [(r.status_code, r.code) for r in retries] == [(status, code or status)]


@pytest.mark.parametrize("mode", MODES)
async def test_a_stream_call_rate_limited_before_it_began_is_retried(mode: str, server: LoopbackServer) -> None:
    done = Reply(content_type="Text/Event-Stream; Charset=UTF-8", chunks=[b'event:done\ndata:"[DONE]"\n\n'])
    server.routes["/v3/chat"] = replies(error(429, 4013, {"Retry-After": "0"}), done)
    coze = make(mode, server.base_url)
    FakeSleep().install(coze)
    stream = await resolve(coze.chat.stream(bot_id="b", user_id="u"))
    assert [event.event for event in await items(stream)] == ["done"]
    assert len(server.requests) == 2


@pytest.mark.parametrize("mode", MODES)
async def test_chat_create_stays_unretried_after_a_rate_limit_retry_budget(mode: str, server: LoopbackServer) -> None:
    server.routes["/v3/chat"] = replies(*[error(429, 4013, {"Retry-After": "0"})] * 3)
    coze = make(mode, server.base_url, max_retries=2)
    FakeSleep().install(coze)
    with pytest.raises(RateLimitError):
        await resolve(coze.chat.create(bot_id="b", user_id="u"))
    assert len(server.requests) == 3


@pytest.mark.parametrize("mode", MODES)
async def test_a_connect_error_on_chat_create_is_retried(mode: str) -> None:
    # Nothing listens on the port: the request never reached a server, so it is safe to repeat.
    retries: list[RetryInfo] = []
    coze = make(mode, f"http://127.0.0.1:{closed_port()}", on_retry=retries.append, max_retries=2)
    sleep = FakeSleep().install(coze)
    with pytest.raises(APIConnectionError) as caught:
        await resolve(coze.chat.create(bot_id="b", user_id="u"))
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert [r.attempt for r in retries] == [1, 2]
    assert all(isinstance(r.error, httpx.ConnectError) and r.status_code is None for r in retries)
    assert len(sleep.waits) == 2


@pytest.mark.parametrize("mode", MODES)
async def test_unsafe_operations_retry_when_the_client_opts_in(mode: str, server: LoopbackServer) -> None:
    server.routes["/v3/chat"] = replies(error(503), data_reply(CHAT))
    coze = make(mode, server.base_url, retry_unsafe=True)
    FakeSleep().install(coze)
    chat = await resolve(coze.chat.create(bot_id="b", user_id="u"))
    assert chat.id == "chat1" and len(server.requests) == 2


@pytest.mark.parametrize("mode", MODES)
async def test_with_options_opts_in_for_some_calls_only(mode: str, server: LoopbackServer) -> None:
    server.routes["/v3/chat"] = replies(error(503), data_reply(CHAT), error(503), data_reply(CHAT))
    coze = make(mode, server.base_url)
    FakeSleep().install(coze)
    assert (await resolve(coze.with_options(retry_unsafe=True).chat.create(bot_id="b", user_id="u"))).id == "chat1"
    assert len(server.requests) == 2
    with pytest.raises(GatewayError):
        await resolve(coze.chat.create(bot_id="b", user_id="u"))
    assert len(server.requests) == 3


@pytest.mark.parametrize("mode", MODES)
async def test_max_retries_per_client_and_per_call(mode: str, server: LoopbackServer) -> None:
    server.routes["/v1/conversations"] = replies(error(502))
    coze = make(mode, server.base_url, max_retries=4)
    FakeSleep().install(coze)
    with pytest.raises(GatewayError):
        await list_ids(coze)
    assert len(server.requests) == 5
    with pytest.raises(GatewayError):
        await list_ids(coze, max_retries=0)
    assert len(server.requests) == 6
    with pytest.raises(ValueError, match="max_retries"):
        await list_ids(coze, max_retries=-1)
    assert len(server.requests) == 6


@pytest.mark.parametrize("mode", MODES)
async def test_a_body_cut_short_is_retried_for_a_read(mode: str, server: LoopbackServer) -> None:
    cut = Reply(chunks=[b'{"code": 0, "data": {"conv'], cut=True)
    server.routes["/v1/conversations"] = replies(cut, data_reply(PAGE))
    coze = make(mode, server.base_url)
    sleep = FakeSleep().install(coze)
    assert await list_ids(coze) == ["c1", "c2"]
    assert len(sleep.waits) == 1 and len(server.requests) == 2


@pytest.mark.parametrize("mode", MODES)
async def test_a_stream_is_retried_before_it_starts_but_never_once_events_arrived(
    mode: str, server: LoopbackServer
) -> None:
    body = sse(("Message", {"content": "one"}), ("Message", {"content": "two"}))
    server.routes["/v1/workflow/stream_run"] = replies(error(503), stream_reply(body, cut=True))
    coze = make(mode, server.base_url, retry_unsafe=True, max_retries=3)
    FakeSleep().install(coze)
    stream = await resolve(coze.workflows.runs.stream(workflow_id="w"))
    seen = []
    with pytest.raises(StreamIncomplete):
        async for event in _events(stream):
            seen.append(event.data.content)
    assert seen == ["one", "two"]
    assert len(server.requests) == 2  # the 503, then the stream that broke: not sent again


async def _events(stream: object) -> object:
    if hasattr(stream, "__aiter__"):
        async for event in stream:  # type: ignore[attr-defined]
            yield event
    else:
        for event in stream:  # type: ignore[attr-defined]
            yield event


def test_every_retry_is_logged(server: LoopbackServer, caplog: pytest.LogCaptureFixture) -> None:
    server.routes["/v1/conversations"] = replies(error(503), data_reply(PAGE))
    coze = Coze(token="t", base_url=server.base_url)
    FakeSleep().install(coze)
    with caplog.at_level(logging.INFO, logger="coze_ext"):
        list(coze.conversations.list(bot_id="b"))
    retry_lines = [r.getMessage() for r in caplog.records if r.getMessage().startswith("retrying")]
    assert len(retry_lines) == 1
    assert "conversations_list" in retry_lines[0] and "HTTP 503" in retry_lines[0] and "retry 1 of 2" in retry_lines[0]
    assert LOGID in retry_lines[0]


def test_with_the_emulator_rate_limit_on_a_read_is_retried_after_its_retry_after(emulator: CozeEmulator) -> None:
    emulator.faults.add(route="GET /v1/conversations", status=429, times=1, headers={"Retry-After": "3"})
    coze = Coze(base_url=emulator.base_url, token=emulator.token)
    sleep = FakeSleep().install(coze)
    assert list(coze.conversations.list(bot_id="b")) == []
    assert sleep.waits == [3.0]


# --- the pure decisions -----------------------------------------------------------------


def test_retry_after_forms_and_cap() -> None:
    now = 1_700_000_000.0
    assert parse_retry_after({"retry-after": "2"}) == 2.0
    assert parse_retry_after({"retry-after": "1.5"}) == 1.5
    assert parse_retry_after({"retry-after-ms": "250"}) == 0.25
    assert parse_retry_after({"retry-after": email.utils.formatdate(now + 30, usegmt=True)}, now=now) == 30.0
    assert parse_retry_after({"retry-after": email.utils.formatdate(now - 30, usegmt=True)}, now=now) == 0.0
    for junk in ("soon", "nan", "inf", "-5"):
        assert parse_retry_after({"retry-after": junk}) in (None, 0.0)
    assert retry_delay(0, {"retry-after": "3600"}) == MAX_RETRY_AFTER


def test_backoff_grows_with_jitter_up_to_a_cap() -> None:
    for attempt, base in enumerate([0.5, 1.0, 2.0, 4.0, 8.0, 8.0]):
        delays = {retry_delay(attempt) for _ in range(50)}
        assert all(0.75 * base <= d <= base for d in delays)
        assert len(delays) > 1  # jittered


def test_retry_decisions() -> None:
    read, create = {"retry_safe": True}, {"retry_safe": False}
    refused, cut = httpx.ConnectError("refused"), httpx.ReadError("reset")
    assert should_retry(**read, attempt=0, max_retries=2, status_code=503)
    assert should_retry(**read, attempt=0, max_retries=2, status_code=200, code=4013)
    assert not should_retry(**read, attempt=0, max_retries=2, status_code=500)
    assert not should_retry(**read, attempt=0, max_retries=2, status_code=400, code=4000)
    assert not should_retry(**read, attempt=2, max_retries=2, status_code=503)
    assert should_retry(**read, attempt=0, max_retries=2, error=cut)
    assert should_retry(**create, attempt=0, max_retries=2, error=refused)
    assert should_retry(**create, attempt=0, max_retries=2, error=httpx.PoolTimeout("busy"))
    assert not should_retry(**create, attempt=0, max_retries=2, error=cut)
    assert not should_retry(**create, attempt=0, max_retries=2, status_code=503)
    assert should_retry(**create, attempt=0, max_retries=2, status_code=429, code=4013)
    assert should_retry(**create, attempt=0, max_retries=2, status_code=429)
    assert should_retry(**create, attempt=0, max_retries=2, status_code=200, code=4013)
    assert not should_retry(**create, attempt=2, max_retries=2, status_code=429)
    assert not should_retry(**create, attempt=0, max_retries=2, status_code=502)


@pytest.mark.parametrize("mode", MODES)
async def test_content_types_are_matched_case_insensitively(mode: str, server: LoopbackServer) -> None:
    # The rate-limit code is read from a JSON body whatever the case of its content type.
    limited = Reply(content_type="Application/JSON; Charset=UTF-8", body=b'{"code": 4013, "msg": "slow down"}')
    server.routes["/v1/conversations"] = replies(limited, data_reply(PAGE))
    coze = make(mode, server.base_url)
    FakeSleep().install(coze)
    assert await list_ids(coze) == ["c1", "c2"]
    assert len(server.requests) == 2
