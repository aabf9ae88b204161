"""Timeouts: the defaults, per-client and per-call overrides, and the stream idle timeout.

The idle timeout is httpx's read timeout on the streaming request (it bounds each wait
for bytes, not the whole stream). Slow servers below stall on an event the test releases
at teardown; nothing asserts on elapsed time.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from loopback import LOGID, LoopbackServer, Reply, Request, data_reply, serve, sse
from runtime_support import FakeSleep, make, resolve

from coze_ext import DEFAULT_TIMEOUT, APITimeoutError, AsyncCoze, Coze

MODES = ["sync", "async"]
SSE_DONE = b"event:done\ndata:[DONE]\n\n"


@pytest.fixture
def release() -> Iterator[threading.Event]:
    """Set at teardown, so handlers stalled on it finish."""
    event = threading.Event()
    yield event
    event.set()


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    yield from serve()


def timeouts_sent(coze_options: dict[str, Any], call: str, **call_options: Any) -> dict[str, float | None]:
    """The timeout extension of the request one call sends."""
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path == "/v3/chat" and json.loads(request.read()).get("stream"):
            return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=SSE_DONE)
        return httpx.Response(200, json={"code": 0, "data": {"id": "1", "conversation_id": "2"}})

    # The http client mirrors the SDK's own default, as `Coze()` builds it; a caller's client
    # with other timeouts keeps them (test_a_callers_http_client_keeps_its_timeouts).
    http = httpx.Client(transport=httpx.MockTransport(answer), timeout=DEFAULT_TIMEOUT)
    coze = Coze(token="t", http_client=http, **coze_options)
    method = getattr(coze.chat, call)
    result = method(bot_id="b", user_id="u", **call_options)
    if call == "stream":
        list(result)
    return seen[-1].extensions["timeout"]  # type: ignore[no-any-return]


def test_default_timeouts_connect_quickly_and_let_a_chat_think() -> None:
    assert timeouts_sent({}, "create") == {"connect": 10.0, "read": 600.0, "write": 600.0, "pool": None}
    assert httpx.Timeout(600.0, connect=10.0, pool=None) == DEFAULT_TIMEOUT
    with Coze(token="t") as coze:
        assert coze.timeout == DEFAULT_TIMEOUT
        assert coze._runtime.http.timeout == DEFAULT_TIMEOUT


def test_a_callers_http_client_keeps_its_timeouts() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"code": 0, "data": {"id": "1", "conversation_id": "2"}})

    http = httpx.Client(transport=httpx.MockTransport(answer), timeout=httpx.Timeout(3.0, pool=0.5))
    Coze(token="t", http_client=http).chat.create(bot_id="b", user_id="u")
    assert seen[-1].extensions["timeout"] == {"connect": 3.0, "read": 3.0, "write": 3.0, "pool": 0.5}
    Coze(token="t", http_client=http, timeout=7.0).chat.create(bot_id="b", user_id="u")
    assert seen[-1].extensions["timeout"]["read"] == 7.0


def test_a_stream_reads_with_the_idle_timeout() -> None:
    assert timeouts_sent({}, "stream") == {"connect": 10.0, "read": 300.0, "write": 600.0, "pool": None}
    sent = timeouts_sent({"timeout": httpx.Timeout(20.0, connect=2.0), "stream_idle_timeout": 15.0}, "stream")
    assert sent == {"connect": 2.0, "read": 15.0, "write": 20.0, "pool": 20.0}
    assert timeouts_sent({"stream_idle_timeout": None}, "stream")["read"] is None


def test_a_call_timeout_overrides_the_client_and_the_idle_timeout() -> None:
    assert timeouts_sent({"timeout": 30.0}, "create", timeout=5.0)["read"] == 5.0
    assert timeouts_sent({"stream_idle_timeout": 15.0}, "stream", timeout=5.0)["read"] == 5.0
    assert timeouts_sent({}, "stream", timeout=httpx.Timeout(9.0, read=99.0))["read"] == 99.0


def test_with_options_changes_the_idle_timeout() -> None:
    coze = Coze(token="t", stream_idle_timeout=40.0)
    assert coze.with_options(stream_idle_timeout=4.0)._runtime.settings.stream_idle_timeout == 4.0
    assert coze.with_options(timeout=1.0)._runtime.settings.stream_idle_timeout == 40.0


@pytest.mark.parametrize("bad", [0, -1.0, "10", True])
def test_a_bad_idle_timeout_is_refused(bad: object) -> None:
    with pytest.raises(ValueError, match="stream_idle_timeout"):
        Coze(token="t", stream_idle_timeout=bad)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="stream_idle_timeout"):
        AsyncCoze(token="t", stream_idle_timeout=bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("mode", MODES)
async def test_a_stream_that_goes_silent_raises_a_timeout_with_the_logid(
    mode: str, server: LoopbackServer, release: threading.Event
) -> None:
    def stalls_after_one_event(request: Request) -> Reply:
        def chunks() -> Iterator[bytes]:
            yield sse(("conversation.chat.created", {"id": "chat1", "conversation_id": "conv1"}))
            release.wait(10)
            yield SSE_DONE

        # Chunks as a generator: the server sends each as it is produced.
        return Reply(content_type="text/event-stream", chunks=chunks())  # type: ignore[arg-type]

    server.routes["/v3/chat"] = stalls_after_one_event
    coze = make(mode, server.base_url, stream_idle_timeout=0.3)
    stream = await resolve(coze.chat.stream(bot_id="b", user_id="u"))
    seen = []
    with pytest.raises(APITimeoutError) as caught:
        if isinstance(coze, AsyncCoze):
            async for event in stream:
                seen.append(event.event)
        else:
            for event in stream:
                seen.append(event.event)
    assert seen == ["conversation.chat.created"]
    assert caught.value.logid == LOGID
    assert len(server.requests) == 1  # a stream is not sent again


@pytest.mark.parametrize("mode", MODES)
async def test_a_slow_answer_times_out_and_a_read_is_retried_first(
    mode: str, server: LoopbackServer, release: threading.Event
) -> None:
    def slow(request: Request) -> Reply:
        release.wait(10)
        return data_reply({"conversations": [], "has_more": False})

    server.routes["/v1/conversations"] = slow
    coze = make(mode, server.base_url, max_retries=1)
    FakeSleep().install(coze)
    with pytest.raises(APITimeoutError):
        await resolve(coze.conversations.list(bot_id="b", timeout=0.3))
    assert len(server.requests) == 2
