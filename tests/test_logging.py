"""Logging (the `coze_ext` logger, COZE_LOG, redaction) and the on_request/on_response/on_retry hooks."""

from __future__ import annotations

import base64
import json
import logging
import os
import subprocess
import sys
from collections.abc import Iterator

import httpx
import pytest
from loopback import LOGID, LoopbackServer, data_reply, json_reply, serve, sse, stream_reply
from runtime_support import TOKEN, FakeSleep, make, resolve

from coze_ext import APIConnectionError, Coze, RetryInfo
from coze_ext._logging import ENV_LOG, log, setup_from_env

MODES = ["sync", "async"]
CHAT = {"id": "chat1", "conversation_id": "conv1"}
AUDIO_B64 = base64.b64encode(os.urandom(3000)).decode()


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    yield from serve()


def run_python(code: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != ENV_LOG} | env
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=environment, check=True)


def test_a_client_adds_only_a_null_handler() -> None:
    script = (
        "import json, logging, coze_ext\n"
        "coze_ext.Coze(token='t')\n"
        "logger = logging.getLogger('coze_ext')\n"
        "print(json.dumps([[type(h).__name__ for h in logger.handlers], logger.propagate, logger.level,"
        " len(logging.getLogger().handlers)]))"
    )
    assert json.loads(run_python(script).stdout) == [["NullHandler"], True, logging.NOTSET, 0]


CALL_WITH_SECRETS = f"""
import httpx
from coze_ext import Coze

def answer(request):
    body = {{"code": 0, "data": {{"id": "1", "conversation_id": "2"}}}}
    return httpx.Response(200, headers={{"x-tt-logid": "LOG123"}}, json=body)

coze = Coze(token={TOKEN!r}, http_client=httpx.Client(transport=httpx.MockTransport(answer)))
coze.chat.create(bot_id="b", user_id="u", extra_body={{"client_secret": "shh-42"}})
"""


def test_coze_log_debug_prints_readable_lines_without_secrets() -> None:
    stderr = run_python(CALL_WITH_SECRETS, COZE_LOG="debug").stderr
    assert "POST https://api.coze.com/v3/chat -> 200 OK logid=LOG123 elapsed=" in stderr
    assert "retries=0" in stderr and '"bot_id": "b"' in stderr
    assert TOKEN not in stderr and "shh-42" not in stderr


def test_coze_log_info_prints_one_line_per_request_and_nothing_without_it() -> None:
    lines = run_python(CALL_WITH_SECRETS, COZE_LOG="INFO").stderr.strip().splitlines()
    assert len(lines) == 1 and "-> 200 OK logid=LOG123" in lines[0] and "coze_ext INFO" in lines[0]
    assert run_python(CALL_WITH_SECRETS).stderr == ""


def test_setup_from_env_adds_its_handler_once() -> None:
    before = list(log.handlers)
    try:
        setup_from_env({ENV_LOG: "info"})
        setup_from_env({ENV_LOG: "debug"})
        added = [h for h in log.handlers if h not in before]
        assert len(added) == 1 and log.level == logging.DEBUG
        setup_from_env({ENV_LOG: "loud"})
        assert log.level == logging.DEBUG and len(log.handlers) == len(before) + 1
    finally:
        log.handlers[:] = before
        log.setLevel(logging.NOTSET)


@pytest.mark.parametrize("mode", MODES)
async def test_logs_carry_no_token_key_or_audio(
    mode: str, server: LoopbackServer, caplog: pytest.LogCaptureFixture
) -> None:
    answer = {**CHAT, "access_token": "at-secret-1", "refresh_token": "rt-secret-2", "audio": AUDIO_B64}
    server.routes["/v3/chat"] = lambda request: data_reply(answer)
    coze = make(mode, server.base_url)
    caplog.set_level(logging.DEBUG)  # every logger: ours, httpx, httpcore
    await resolve(
        coze.chat.create(
            bot_id="b",
            user_id="u",
            extra_body={"private_key": "pk-secret-3", "api_key": "ak-secret-4", "data": AUDIO_B64},
            extra_query={"token": "qt-secret-5"},
            extra_headers={"X-Api-Key": "hk-secret-6"},
        )
    )
    text = caplog.text
    for secret in (TOKEN, "at-secret-1", "rt-secret-2", "pk-secret-3", "ak-secret-4", "hk-secret-6", AUDIO_B64[:64]):
        assert secret not in text
    ours = "\n".join(r.getMessage() for r in caplog.records if r.name == "coze_ext")
    assert "qt-secret-5" not in ours  # (httpx itself logs request URLs as they are)
    assert f"POST {server.base_url}/v3/chat?token=<redacted> -> 200 OK logid={LOGID}" in ours
    assert "<redacted>" in ours and "chars of base64>" in ours and '"bot_id": "b"' in ours


async def test_a_transport_failure_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    coze = Coze(token=TOKEN, base_url="http://127.0.0.1:9", max_retries=0)
    with caplog.at_level(logging.INFO, logger="coze_ext"), pytest.raises(APIConnectionError):
        coze.chat.create(bot_id="b", user_id="u")
    assert "POST http://127.0.0.1:9/v3/chat -> ConnectError" in caplog.text


# --- hooks ----------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
async def test_hooks_see_every_attempt_and_can_trace(mode: str, server: LoopbackServer) -> None:
    answers = [json_reply({"code": 503, "msg": "busy"}, 503), data_reply({"conversations": [], "has_more": False})]
    server.routes["/v1/conversations"] = lambda request: answers.pop(0)
    requests: list[httpx.Request] = []
    saw_token: list[bool] = []
    responses: list[int] = []
    retries: list[RetryInfo] = []

    def on_request(request: httpx.Request) -> None:
        request.headers["traceparent"] = "00-abc-def-01"
        requests.append(request)
        saw_token.append("authorization" in request.headers)

    coze = make(
        mode,
        server.base_url,
        on_request=on_request,
        on_response=lambda response: responses.append(response.status_code),
        on_retry=retries.append,
    )
    FakeSleep().install(coze)
    await resolve(coze.conversations.list(bot_id="b"))
    assert len(requests) == 2 and responses == [503, 200] and [r.attempt for r in retries] == [1]
    # The header a hook adds is sent; the token is added after the hooks ran.
    assert all(r.headers["traceparent"] == "00-abc-def-01" for r in requests)
    assert saw_token == [False, False]


def test_async_functions_are_refused_as_hooks() -> None:
    async def hook(request: httpx.Request) -> None:
        pass

    with pytest.raises(TypeError, match="on_request must be a plain function"):
        Coze(token="t", on_request=hook)


def test_a_failing_hook_does_not_leak_the_stream_it_was_given(server: LoopbackServer) -> None:
    server.routes["/v3/chat"] = lambda request: stream_reply(sse(("done", "[DONE]")))
    failures = iter([RuntimeError("metrics backend down")])

    def on_response(response: httpx.Response) -> None:
        failure = next(failures, None)
        if failure:
            raise failure

    pool_of_one = httpx.Client(limits=httpx.Limits(max_connections=1))
    coze = Coze(
        token="t",
        base_url=server.base_url,
        on_response=on_response,
        http_client=pool_of_one,
        timeout=httpx.Timeout(5.0, pool=1.0),
    )
    with pytest.raises(RuntimeError, match="metrics backend down"):
        coze.chat.stream(bot_id="b", user_id="u")
    # The connection went back to the pool: the next stream gets it instead of a pool timeout.
    assert [event.event for event in coze.chat.stream(bot_id="b", user_id="u")] == ["done"]
