"""Client options against a real loopback server: `proxy=`, a token-less client for a base
URL that adds the token itself (`auth=NO_AUTH`), and `with_options` as `help()` shows it."""

from __future__ import annotations

import inspect
import pydoc
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from loopback import LoopbackServer, data_reply
from runtime_support import resolve

from coze_ext import NO_AUTH, UNSET, AsyncCoze, Coze, CozeError

MODES = ["sync", "async"]
IDS = {"conversation_id": "7400000000000000001", "chat_id": "7400000000000000002"}


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with LoopbackServer() as running:
        running.routes["/v3/chat/retrieve"] = lambda request: data_reply({"id": "2", "conversation_id": "1"})
        yield running


def client_class(mode: str) -> Any:
    return Coze if mode == "sync" else AsyncCoze


@pytest.mark.parametrize("mode", MODES)
async def test_proxy_sends_every_request_through_the_proxy(mode: str, server: LoopbackServer) -> None:
    # The loopback server plays the proxy: it receives the absolute URL of the API host.
    coze = client_class(mode)(token="t", base_url="http://api.coze.invalid", proxy=server.base_url)
    assert (await resolve(coze.chat.retrieve(**IDS))).id == "2"
    assert server.requests[0].target.startswith("http://api.coze.invalid/v3/chat/retrieve?")
    assert server.requests[0].headers["authorization"] == "Bearer t"
    with pytest.raises(ValueError, match="proxy"):
        Coze(token="t", proxy=server.base_url, http_client=httpx.Client())


@pytest.mark.parametrize("mode", MODES)
async def test_no_auth_talks_to_a_base_url_that_adds_the_token_itself(
    mode: str, server: LoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("COZE_API_TOKEN", raising=False)
    with pytest.raises(CozeError, match="NO_AUTH"):  # no token is an error unless asked for
        client_class(mode)(base_url=server.base_url)
    coze = client_class(mode)(base_url=server.base_url, auth=NO_AUTH)
    assert (await resolve(coze.chat.retrieve(**IDS))).id == "2"
    assert "authorization" not in server.requests[0].headers


def test_with_options_shows_its_defaults_in_help() -> None:
    for cls in (Coze, AsyncCoze):
        parameters = inspect.signature(cls.with_options).parameters
        assert parameters["timeout"].default is UNSET and parameters["max_response_size"].default is UNSET
        text = pydoc.render_doc(cls.with_options, renderer=pydoc.plaintext)
        assert "object at 0x" not in text and "timeout: 'TimeoutInput | Unset' = UNSET" in text
        assert "keep this client's values" in text


def test_with_options_changes_only_what_it_is_given(server: LoopbackServer) -> None:
    coze = Coze(token="t", base_url=server.base_url, timeout=30, max_response_size=1000)
    unchanged = coze.with_options(max_retries=5)
    assert (unchanged.timeout, unchanged.max_retries) == (30, 5)
    assert unchanged._runtime.settings.max_response_size == 1000
    no_limits = coze.with_options(timeout=None, max_response_size=None)
    assert no_limits.timeout is None and no_limits._runtime.settings.max_response_size is None
    no_limits.chat.retrieve(**IDS)
    assert server.requests[-1].headers["authorization"] == "Bearer t"
