"""Every fault knob of the emulator, seen through our clients and on the raw wire."""

from __future__ import annotations

import json

import httpx
import pytest

from coze_ext import (
    APIError,
    APITimeoutError,
    AsyncCoze,
    AuthenticationError,
    BadRequestError,
    Coze,
    GatewayError,
    InternalServerError,
    RateLimitError,
    RetryInfo,
    StreamError,
    StreamIncomplete,
)
from coze_ext.testing import CozeEmulator

HELLO = [{"role": "user", "content": "hello big world", "content_type": "text"}]


def client(emulator: CozeEmulator, **options: object) -> Coze:
    return Coze(base_url=emulator.base_url, token=emulator.token, **options)  # type: ignore[arg-type]


def raw(emulator: CozeEmulator) -> httpx.Client:
    return httpx.Client(base_url=emulator.base_url, headers={"Authorization": f"Bearer {emulator.token}"})


def chat_events(coze: Coze) -> list[str]:
    return [event.event for event in coze.chat.stream(bot_id="b", user_id="u", additional_messages=HELLO)]


def test_rate_limit_with_retry_after_is_honoured_then_cleared(emulator: CozeEmulator) -> None:
    fault = emulator.faults.add(route="GET /v1/conversations", status=429, times=2, headers={"Retry-After": "0"})
    retries: list[RetryInfo] = []
    coze = client(emulator, max_retries=2, on_retry=retries.append)

    page = coze.conversations.list(bot_id="b")

    assert list(page) == []
    assert [(r.status_code, r.code, r.delay) for r in retries] == [(429, 4013, 0.0), (429, 4013, 0.0)]
    assert fault.used == 2 and emulator.faults.pending == []
    assert [r.path for r in emulator.requests] == ["/v1/conversations"] * 3


def test_rate_limit_without_retries_raises_with_the_header(emulator: CozeEmulator) -> None:
    emulator.faults.add(route="conversations_list", status=429, headers={"Retry-After": "7"})
    with pytest.raises(RateLimitError) as caught:
        client(emulator, max_retries=0).conversations.list(bot_id="b")
    assert caught.value.code == 4013
    assert caught.value.response is not None and caught.value.response.headers["retry-after"] == "7"
    assert caught.value.logid == caught.value.response.headers["x-tt-logid"]


def test_server_error_burst_then_recovery(emulator: CozeEmulator) -> None:
    emulator.faults.add(route="GET /v1/conversations", status=503, times=3)
    coze = client(emulator, max_retries=0)
    for _ in range(3):
        with pytest.raises(GatewayError) as caught:
            coze.conversations.list(bot_id="b")
        assert caught.value.status_code == 503
    assert list(coze.conversations.list(bot_id="b")) == []


def test_internal_error_status(emulator: CozeEmulator) -> None:
    emulator.faults.add(route="GET /v1/conversations", status=500, msg="boom")
    with pytest.raises(InternalServerError) as caught:
        client(emulator, max_retries=0).conversations.list(bot_id="b")
    assert caught.value.status_code == 500 and caught.value.msg == "boom"


def test_html_gateway_page(emulator: CozeEmulator) -> None:
    emulator.faults.add(route="GET /v1/conversations", html=True)
    with raw(emulator) as http:
        response = http.get("/v1/conversations", params={"bot_id": "b"})
    assert response.status_code == 502
    assert response.headers["content-type"].startswith("text/html")
    assert "<h1>502 Bad Gateway</h1>" in response.text

    emulator.faults.add(route="GET /v1/conversations", html=True)
    with pytest.raises(GatewayError) as caught:
        client(emulator, max_retries=0).conversations.list(bot_id="b")
    assert caught.value.status_code == 502 and caught.value.code is None


def test_fixed_body(emulator: CozeEmulator) -> None:
    emulator.faults.add(
        route="GET /v1/conversations", status=503, body="upstream overloaded", content_type="text/plain"
    )
    with raw(emulator) as http:
        response = http.get("/v1/conversations", params={"bot_id": "b"})
    assert (response.status_code, response.text) == (503, "upstream overloaded")
    assert response.headers["x-tt-logid"]


def test_failure_code_under_http_200(emulator: CozeEmulator) -> None:
    emulator.faults.add(route="POST /v3/chat", code=4016, msg="a chat is already running in this conversation")
    with pytest.raises(APIError) as caught:
        client(emulator).chat.create(bot_id="b", user_id="u", additional_messages=HELLO)
    assert (caught.value.status_code, caught.value.code) == (200, 4016)
    assert "already running" in str(caught.value.msg)


def test_auth_error(emulator: CozeEmulator) -> None:
    emulator.faults.add(route="POST /v3/chat", status=401)
    with pytest.raises(AuthenticationError) as caught:
        client(emulator).chat.create(bot_id="b", user_id="u", additional_messages=HELLO)
    assert (caught.value.status_code, caught.value.code) == (401, 4100)
    # Only that request: the token itself is fine.
    assert client(emulator).chat.create(bot_id="b", user_id="u", additional_messages=HELLO).id


def test_latency_beyond_the_client_timeout(emulator: CozeEmulator) -> None:
    emulator.faults.add(route="GET /v1/conversations", latency=2.0)
    coze = client(emulator, max_retries=0, timeout=0.2)
    with pytest.raises(APITimeoutError):
        coze.conversations.list(bot_id="b")
    assert list(coze.conversations.list(bot_id="b")) == []


def test_latency_alone_still_answers(emulator: CozeEmulator) -> None:
    fault = emulator.faults.add(route="GET /v1/conversations", latency=0.05)
    assert list(client(emulator).conversations.list(bot_id="b")) == []
    assert fault.used == 1


def test_malformed_json(emulator: CozeEmulator) -> None:
    emulator.faults.add(route="GET /v1/conversations", malformed_json=True)
    with raw(emulator) as http:
        response = http.get("/v1/conversations", params={"bot_id": "b"})
    assert response.status_code == 200
    with pytest.raises(ValueError):
        json.loads(response.content)

    emulator.faults.add(route="GET /v1/conversations", malformed_json=True)
    with pytest.raises(APIError) as caught:
        client(emulator, max_retries=0).conversations.list(bot_id="b")
    assert caught.value.status_code == 200


def test_malformed_json_in_a_stream(emulator: CozeEmulator) -> None:
    emulator.faults.add(route="POST /v3/chat", malformed_json=True)
    with pytest.raises(StreamError, match=r"conversation\.chat\.created.*not JSON") as caught:
        list(client(emulator).chat.stream(bot_id="b", user_id="u", additional_messages=HELLO))
    with pytest.raises(ValueError):
        json.loads(caught.value.event.raw)
    assert caught.value.logid


def test_drop_after_events_cuts_the_connection(emulator: CozeEmulator) -> None:
    emulator.faults.add(route="POST /v3/chat", drop_after_events=3)
    with raw(emulator) as http:
        body = {"bot_id": "b", "user_id": "u", "stream": True, "additional_messages": HELLO}
        with http.stream("POST", "/v3/chat", json=body) as response, pytest.raises(httpx.RemoteProtocolError):
            response.read()

    emulator.faults.add(route="POST /v3/chat", drop_after_events=3)
    seen: list[str] = []
    with pytest.raises(StreamIncomplete):
        for event in client(emulator).chat.stream(bot_id="b", user_id="u", additional_messages=HELLO):
            seen.append(event.event)
    assert seen == ["conversation.chat.created", "conversation.chat.in_progress", "conversation.message.delta"]


async def test_drop_after_events_async(emulator: CozeEmulator) -> None:
    emulator.faults.add(route="POST /v3/chat", drop_after_events=1)
    async with AsyncCoze(base_url=emulator.base_url, token=emulator.token) as coze:
        stream = await coze.chat.stream(bot_id="b", user_id="u", additional_messages=HELLO)
        seen = []
        with pytest.raises(StreamIncomplete):
            async for event in stream:
                seen.append(event.event)
    assert seen == ["conversation.chat.created"]


def test_end_after_events_ends_cleanly_without_the_terminal_event(emulator: CozeEmulator) -> None:
    emulator.faults.add(route="POST /v3/chat", end_after_events=2)
    with raw(emulator) as http:
        body = {"bot_id": "b", "user_id": "u", "stream": True, "additional_messages": HELLO}
        text = http.post("/v3/chat", json=body).text
    assert text.count("event:") == 2 and "event:done" not in text

    emulator.faults.add(route="POST /v3/chat", end_after_events=2)
    with pytest.raises(StreamIncomplete):
        chat_events(client(emulator))


def test_keepalive_comments_do_not_change_the_events(emulator: CozeEmulator) -> None:
    plain = chat_events(client(emulator))
    emulator.faults.add(route="POST /v3/chat", keepalive=True, times=2)
    assert chat_events(client(emulator)) == plain
    with raw(emulator) as http:
        body = {"bot_id": "b", "user_id": "u", "stream": True, "additional_messages": HELLO}
        text = http.post("/v3/chat", json=body).text
    assert text.startswith(": keep-alive\n\nevent:conversation.chat.created\n")
    assert text.count(": keep-alive\n\n") == len(plain)


def test_faults_are_consumed_in_order(emulator: CozeEmulator) -> None:
    emulator.faults.add(route="GET /v1/conversations", status=503)
    emulator.faults.add(route="conversations_list", status=429)
    coze = client(emulator, max_retries=0)
    with pytest.raises(GatewayError):
        coze.conversations.list(bot_id="b")
    with pytest.raises(RateLimitError):
        coze.conversations.list(bot_id="b")
    assert list(coze.conversations.list(bot_id="b")) == []


def test_fault_routes(emulator: CozeEmulator) -> None:
    elsewhere = emulator.faults.add(route="POST /v1/files/upload", status=503)
    everywhere = emulator.faults.add(status=400, times=None)
    coze = client(emulator, max_retries=0)
    for _ in range(2):
        with pytest.raises(BadRequestError):
            coze.conversations.list(bot_id="b")
    assert elsewhere.used == 0 and everywhere.used == 2
    assert emulator.faults.pending == [elsewhere, everywhere]
    emulator.faults.clear()
    assert list(coze.conversations.list(bot_id="b")) == []


def test_bad_fault_knobs() -> None:
    emulator_faults = CozeEmulator().faults
    with pytest.raises(ValueError):
        emulator_faults.add(times=0)
    with pytest.raises(ValueError):
        emulator_faults.add(latency=-1)
    with pytest.raises(TypeError):
        emulator_faults.add(stauts=500)
