"""Client construction, authentication, per-call options and argument checks."""

from __future__ import annotations

import json
import platform
from typing import Any

import httpx
import pytest

from coze_ext import COZE_COM_BASE_URL, DEFAULT_TIMEOUT, AsyncCoze, Coze, CozeError, __version__


class Recorder:
    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        return httpx.Response(200, json={"code": 0, "data": {"id": "1", "conversation_id": "2"}})

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]


def sync_client(recorder: Recorder, **kwargs: Any) -> Coze:
    return Coze(http_client=httpx.Client(transport=httpx.MockTransport(recorder)), **kwargs)


def test_token_string_is_sent_as_bearer() -> None:
    recorder = Recorder()
    sync_client(recorder, token="pat_abc").chat.create(bot_id="b", user_id="u")
    assert recorder.last.headers["authorization"] == "Bearer pat_abc"


def test_token_callable_is_called_per_request() -> None:
    recorder = Recorder()
    tokens = iter(["first", "second"])
    coze = sync_client(recorder, token=lambda: next(tokens))
    coze.chat.create(bot_id="b", user_id="u")
    coze.chat.create(bot_id="b", user_id="u")
    assert [r.headers["authorization"] for r in recorder.requests] == ["Bearer first", "Bearer second"]


async def test_async_token_callable_is_awaited() -> None:
    seen: list[str] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["authorization"])
        return httpx.Response(200, json={"code": 0, "data": {"id": "1", "conversation_id": "2"}})

    async def token() -> str:
        return "refreshed"

    coze = AsyncCoze(token=token, http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)))
    await coze.chat.create(bot_id="b", user_id="u")
    assert seen == ["Bearer refreshed"]


def test_async_token_callable_is_rejected_by_sync_client() -> None:
    async def token() -> str:
        return "never"

    with pytest.raises(TypeError, match="AsyncCoze"):
        sync_client(Recorder(), token=token).chat.create(bot_id="b", user_id="u")


def test_environment_supplies_token_and_base_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COZE_API_TOKEN", "from-env")
    monkeypatch.setenv("COZE_API_BASE", "https://api.coze.cn")
    recorder = Recorder()
    coze = sync_client(recorder)
    coze.chat.create(bot_id="b", user_id="u")
    assert recorder.last.headers["authorization"] == "Bearer from-env"
    assert str(recorder.last.url).startswith("https://api.coze.cn/v3/chat")


def test_defaults_without_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COZE_API_TOKEN", raising=False)
    monkeypatch.delenv("COZE_API_BASE", raising=False)
    with pytest.raises(CozeError, match="COZE_API_TOKEN"):
        Coze()
    coze = Coze(token="t")
    assert coze.base_url == COZE_COM_BASE_URL
    assert coze.timeout == DEFAULT_TIMEOUT
    assert coze.timeout.connect is not None and coze.timeout.read is not None
    coze.close()


def test_bad_client_arguments_fail_early() -> None:
    with pytest.raises(ValueError):
        Coze(token="")
    with pytest.raises(TypeError):
        Coze(token=123)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        Coze(token="t", base_url="api.coze.com")
    with pytest.raises(ValueError):
        Coze(token="t", max_retries=-1)
    with pytest.raises(ValueError):
        Coze(token="t", auth=httpx.BasicAuth("a", "b"))


def test_user_agent_names_sdk_python_and_os() -> None:
    recorder = Recorder()
    sync_client(recorder, token="t").chat.create(bot_id="b", user_id="u")
    agent = recorder.last.headers["user-agent"]
    assert f"coze-ext/{__version__}" in agent
    assert f"python/{platform.python_version()}" in agent
    assert platform.system().lower() in agent


def test_per_call_options_reach_the_wire() -> None:
    recorder = Recorder()
    coze = sync_client(recorder, token="t")
    coze.chat.create(
        bot_id="b",
        user_id="u",
        timeout=3.5,
        extra_headers={"X-Trace": "abc"},
        extra_query={"debug": True},
        extra_body={"experimental": {"k": 1}},
    )
    request = recorder.last
    assert request.headers["x-trace"] == "abc"
    assert request.url.params["debug"] == "true"
    assert json.loads(request.content) == {"bot_id": "b", "user_id": "u", "experimental": {"k": 1}}
    assert request.extensions["timeout"] == httpx.Timeout(3.5, pool=None).as_dict()


def test_client_timeout_is_the_default_for_calls() -> None:
    recorder = Recorder()
    sync_client(recorder, token="t", timeout=7.0).chat.create(bot_id="b", user_id="u")
    assert recorder.last.extensions["timeout"] == httpx.Timeout(7.0, pool=None).as_dict()


def test_with_options_shares_the_pool_and_overrides_settings() -> None:
    recorder = Recorder()
    coze = sync_client(recorder, token="t")
    other = coze.with_options(base_url="https://api.coze.cn", token="other", timeout=1.0, max_retries=5)
    other.chat.create(bot_id="b", user_id="u")
    assert recorder.last.url.host == "api.coze.cn"
    assert recorder.last.headers["authorization"] == "Bearer other"
    assert other._runtime.http is coze._runtime.http
    assert other.max_retries == 5 and coze.max_retries == 2
    other.close()  # does not close the shared pool
    coze.chat.create(bot_id="b", user_id="u")
    assert recorder.last.url.host == "api.coze.com"


def test_context_manager_closes_own_pool() -> None:
    with Coze(token="t") as coze:
        http = coze._runtime.http
    assert http.is_closed


async def test_async_context_manager_closes_own_pool() -> None:
    async with AsyncCoze(token="t") as coze:
        http = coze._runtime.http
    assert http.is_closed


def test_bad_arguments_raise_before_sending() -> None:
    recorder = Recorder()
    coze = sync_client(recorder, token="t")
    with pytest.raises(ValueError, match="bot_id"):
        coze.chat.create(bot_id="", user_id="u")
    with pytest.raises(TypeError, match="bot_id"):
        coze.chat.create(bot_id=4.2, user_id="u")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="bot_id"):
        coze.chat.create(bot_id=None, user_id="u")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        coze.chat.create(user_id="u")  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="additional_messages"):
        coze.chat.create(bot_id="b", user_id="u", additional_messages="hello")  # type: ignore[arg-type]
    assert recorder.requests == []


def test_none_means_not_given_for_optional_arguments() -> None:
    recorder = Recorder()
    sync_client(recorder, token="t").chat.create(bot_id="b", user_id="u", conversation_id=None)  # type: ignore[arg-type]
    assert "conversation_id" not in recorder.last.url.params
