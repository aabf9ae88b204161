"""Where `Coze` and `AsyncCoze` open WebSockets (`base_ws_url`), and what `connect(...)` checks
before any I/O."""

from __future__ import annotations

import pytest
from coze_api._runtime import SocketOptions
from ws_support import MODES, client, endpoint

from coze_ext import (
    COZE_CN_BASE_URL,
    COZE_CN_WS_BASE_URL,
    COZE_COM_WS_BASE_URL,
    AsyncCoze,
    AuthenticationError,
    Coze,
)
from coze_ext.testing import CozeEmulator
from coze_ext.websockets._handshake import Handshake, refusal_error


@pytest.mark.parametrize(
    ("base_url", "base_ws_url"),
    [
        (None, COZE_COM_WS_BASE_URL),
        ("https://api.coze.com/", "wss://ws.coze.com"),
        (COZE_CN_BASE_URL, COZE_CN_WS_BASE_URL),
        ("https://api.coze.cn/", "wss://ws.coze.cn"),
        ("http://127.0.0.1:8080", "ws://127.0.0.1:8080"),
        ("http://localhost:8080/", "ws://localhost:8080"),
        ("https://coze.example.com", "wss://coze.example.com"),
        ("https://gateway.example.com/coze/", "wss://gateway.example.com/coze"),
    ],
)
@pytest.mark.parametrize("mode", MODES)
def test_the_websocket_base_url_follows_the_base_url(
    mode: str, base_url: str | None, base_ws_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("COZE_API_BASE", raising=False)
    coze = client(mode, token="t", base_url=base_url)
    assert coze.base_ws_url == base_ws_url


@pytest.mark.parametrize("mode", MODES)
def test_a_given_websocket_base_url_wins_and_with_options_keeps_it(mode: str) -> None:
    coze = client(mode, token="t", base_url=COZE_CN_BASE_URL, base_ws_url="wss://proxy.example.com/ws/")
    assert coze.base_ws_url == "wss://proxy.example.com/ws"
    copy = coze.with_options(base_url="https://api.coze.com", timeout=3)
    assert copy.base_ws_url == "wss://proxy.example.com/ws"
    # A derived one follows the copy's base URL.
    derived = client(mode, token="t", base_url=COZE_CN_BASE_URL).with_options(base_url="http://127.0.0.1:9")
    assert derived.base_ws_url == "ws://127.0.0.1:9"


@pytest.mark.parametrize("value", ["https://ws.coze.com", "ws.coze.com", "", "wss://", "ws://:80"])
@pytest.mark.parametrize("cls", [Coze, AsyncCoze])
def test_a_websocket_base_url_that_is_not_one_is_refused(cls: type[Coze | AsyncCoze], value: str) -> None:
    with pytest.raises(ValueError, match="base_ws_url"):
        cls(token="t", base_ws_url=value)


def test_base_ws_url_is_read_only() -> None:
    coze = Coze(token="t")
    with pytest.raises(AttributeError):
        coze.base_ws_url = "wss://elsewhere"  # type: ignore[misc]


@pytest.mark.parametrize("mode", MODES)
def test_bad_arguments_raise_at_connect_before_anything_is_sent(mode: str, emulator: CozeEmulator) -> None:
    coze = client(mode, token=emulator.token, base_url=emulator.base_url)
    chat = endpoint(coze, "chat")
    with pytest.raises(TypeError, match="bot_id is required"):
        chat.connect(bot_id=None)
    with pytest.raises(ValueError, match="bot_id must be a non-empty string"):
        chat.connect(bot_id="  ")
    with pytest.raises(TypeError, match="device_id must be a str"):
        chat.connect(bot_id="b", device_id=[42])
    assert emulator.websockets == []


@pytest.mark.parametrize("mode", MODES)
async def test_a_socket_opens_only_when_used(mode: str, emulator: CozeEmulator) -> None:
    coze = client(mode, token=emulator.token, base_url=emulator.base_url)
    socket = coze.websockets.chat.connect(bot_id="b")  # AsyncCoze: not awaited either
    assert socket.logid is None and emulator.websockets == []
    if isinstance(coze, Coze):
        socket.close()
    else:
        await socket.close()
    assert emulator.websockets == []  # closed before it opened: nothing to do


@pytest.mark.parametrize(
    ("url", "hint"),
    [
        ("wss://ws.coze.com/v1/chat", "base_url=COZE_CN_BASE_URL"),
        ("wss://ws.coze.cn/v1/chat", "base_url=COZE_COM_BASE_URL"),
        ("ws://127.0.0.1:9/v1/chat", None),
    ],
)
def test_a_token_refused_by_one_coze_site_names_the_other(url: str, hint: str | None) -> None:
    handshake = Handshake("websockets_chat", url, "https://api.coze.com/v1/chat", {}, 10.0, SocketOptions(20, 20, None))
    body = b'{"code": 4100, "msg": "invalid token"}'
    error = refusal_error(handshake, 401, [("X-Tt-Logid", "L1")], bytearray(body))
    assert isinstance(error, AuthenticationError) and error.logid == "L1" and error.code == 4100
    assert (hint in str(error)) if hint else ("base_url=" not in str(error))
