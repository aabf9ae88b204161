"""Input that would change what the SDK sends, or where, is refused before anything is sent:
header names and values with CR, LF or NUL (header injection, request splitting), on every
kind of request; base URLs carrying a user name and password."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from loopback import LoopbackServer, data_reply, json_reply
from runtime_support import TOKEN, resolve
from security_support import Recorder

from coze_ext import (
    AsyncCoze,
    AsyncDeviceOAuthApp,
    AsyncJWTOAuthApp,
    AsyncPKCEOAuthApp,
    AsyncWebOAuthApp,
    Coze,
    DeviceOAuthApp,
    JWTAuth,
    JWTOAuthApp,
    PKCEOAuthApp,
    WebOAuthApp,
)

MODES = ["sync", "async"]
INJECTIONS = [
    ("X-Trace", "t1\r\nAuthorization: Bearer attacker"),
    ("X-T", "t\r\n\r\nGET /smuggled HTTP/1.1\r\nHost: x"),
    ("X-Lf", "a\nb"),
    ("X-Nul", "a\x00b"),
    ("X-Name\r\nX-Evil", "v"),
]


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with LoopbackServer() as running:
        running.fallback = lambda request: data_reply({"user_id": "u", "user_name": "alice"})
        yield running


def client(mode: str, **options: Any) -> Coze | AsyncCoze:
    return (Coze if mode == "sync" else AsyncCoze)(max_retries=0, **options)


def assert_refused(error: ValueError, name: str, value: str) -> None:
    """The message names the header and never shows its value."""
    message = str(error)
    assert repr(name).lower()[:40] in message.lower(), message
    for part in ("attacker", "smuggled", "a\nb", "a\x00b", "t1"):
        if part in value:
            assert part not in message


# Header injection ---------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "value"), INJECTIONS)
@pytest.mark.parametrize("cls", [Coze, AsyncCoze])
def test_default_headers_with_a_line_break_or_nul_are_refused_at_construction(
    cls: type[Coze | AsyncCoze], name: str, value: str
) -> None:
    with pytest.raises(ValueError, match="default_headers") as caught:
        cls(token=TOKEN, default_headers={name: value})
    assert_refused(caught.value, name, value)
    with pytest.raises(ValueError, match="default_headers") as caught:
        cls(token=TOKEN).with_options(default_headers={name: value})
    assert_refused(caught.value, name, value)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("name", "value"), INJECTIONS)
async def test_extra_headers_of_a_call_are_refused_before_sending(
    mode: str, server: LoopbackServer, name: str, value: str
) -> None:
    coze = client(mode, token=TOKEN, base_url=server.base_url)
    # (httpx's HTTP/1.1 layer refuses them too, but as a connection error that quotes the value.)
    with pytest.raises(ValueError, match="users_me") as caught:
        await resolve(coze.users.me(extra_headers={name: value}))
    assert_refused(caught.value, name, value)
    assert server.requests == []
    assert (await resolve(coze.users.me(extra_headers={"X-Trace": "t1"}))).user_name == "alice"
    await resolve(coze.close())


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("name", "value"), INJECTIONS)
async def test_a_websocket_handshake_with_an_injected_header_is_refused_before_connecting(
    mode: str, name: str, value: str
) -> None:
    with Recorder() as server:
        coze = client(mode, token=TOKEN, base_url=server.base_url)
        caught: Exception | None = None
        try:
            socket: Any = coze.websockets.chat.connect(bot_id="b", extra_headers={name: value})
            if mode == "sync":
                with socket:
                    pass
            else:
                async with socket:
                    pass
        except Exception as error:
            caught = error
    # The websockets library would have written the header verbatim into the handshake.
    assert server.requests == []
    assert isinstance(caught, ValueError) and "websockets_chat" in str(caught)
    assert_refused(caught, name, value)


@pytest.mark.parametrize("mode", MODES)
async def test_a_token_request_with_an_injected_header_is_refused_before_sending(mode: str) -> None:
    bad = {"X-Trace": "t1\r\nX-Injected: 1"}
    with Recorder() as server:
        if mode == "sync":
            app: Any = PKCEOAuthApp("cid", server.base_url, http_client=httpx.Client(headers=bad))
        else:
            app = AsyncPKCEOAuthApp("cid", server.base_url, http_client=httpx.AsyncClient(headers=bad))
        with pytest.raises(ValueError, match="token request") as caught:
            await resolve(app.refresh_access_token("rt_secret"))
        assert_refused(caught.value, "X-Trace", bad["X-Trace"])
    assert server.requests == []


# Credentials in a base URL ----------------------------------------------------------------------

CREDENTIAL_URLS = ["https://user:pa55word@api.coze.com", "http://pa55word@127.0.0.1:8080/", "https://u:pa55word@[::1"]


def assert_no_password(error: ValueError, argument: str) -> None:
    assert argument in str(error) and "user name or password" in str(error)
    assert "pa55word" not in str(error) and error.__cause__ is None


@pytest.mark.parametrize("url", CREDENTIAL_URLS)
@pytest.mark.parametrize("cls", [Coze, AsyncCoze])
def test_a_base_url_with_credentials_is_refused(
    cls: type[Coze | AsyncCoze], url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(ValueError) as caught:
        cls(token=TOKEN, base_url=url)
    assert_no_password(caught.value, "base_url")
    with pytest.raises(ValueError) as caught:
        cls(token=TOKEN).with_options(base_url=url)
    assert_no_password(caught.value, "base_url")
    monkeypatch.setenv("COZE_API_BASE", url)
    with pytest.raises(ValueError) as caught:
        cls(token=TOKEN)
    assert_no_password(caught.value, "base_url")
    ws_url = url.replace("http", "ws", 1)
    with pytest.raises(ValueError) as caught:
        cls(token=TOKEN, base_url="https://api.coze.com", base_ws_url=ws_url)
    assert_no_password(caught.value, "base_ws_url")


@pytest.mark.parametrize("url", CREDENTIAL_URLS)
def test_oauth_apps_refuse_a_base_url_with_credentials(url: str) -> None:
    builders = [
        lambda: WebOAuthApp("cid", "secret", url),
        lambda: AsyncWebOAuthApp("cid", "secret", url),
        lambda: PKCEOAuthApp("cid", url),
        lambda: AsyncPKCEOAuthApp("cid", url),
        lambda: DeviceOAuthApp("cid", url),
        lambda: AsyncDeviceOAuthApp("cid", url),
    ]
    for build in builders:
        with pytest.raises(ValueError) as caught:
            build()
        assert_no_password(caught.value, "base_url")
    with pytest.raises(ValueError) as caught:
        PKCEOAuthApp("cid", www_base_url=url)
    assert_no_password(caught.value, "www_base_url")


def test_jwt_apps_refuse_a_base_url_with_credentials(coze_emulator: Any) -> None:
    key = coze_emulator.add_oauth_app("jwt")
    url = CREDENTIAL_URLS[0]
    for build in (
        lambda: JWTOAuthApp(key.client_id, key.private_key, key.public_key_id, url),
        lambda: AsyncJWTOAuthApp(key.client_id, key.private_key, key.public_key_id, url),
        lambda: JWTAuth(
            client_id=key.client_id, private_key=key.private_key, public_key_id=key.public_key_id, base_url=url
        ),
    ):
        with pytest.raises(ValueError) as caught:
            build()
        assert_no_password(caught.value, "base_url")


def test_an_at_sign_in_a_path_or_query_is_not_a_credential() -> None:
    coze = Coze(token=TOKEN, base_url="https://gateway.example/coze@v1?team=a@b")
    assert coze.base_url == "https://gateway.example/coze@v1?team=a@b"


# Pinned: ids in a path stay one segment -----------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
async def test_a_path_id_is_percent_encoded_into_one_segment(mode: str, server: LoopbackServer) -> None:
    server.fallback = lambda request: data_reply({"bot_id": "x", "name": "x"})
    coze = client(mode, token=TOKEN, base_url=server.base_url)
    await resolve(coze.bots.retrieve(bot_id="b 1%2e:x"))
    assert server.requests[-1].path == "/v1/bots/b%201%252e%3Ax"
    await resolve(coze.close())
    started = {"device_code": "d", "user_code": "U-1", "verification_uri": "http://x/", "expires_in": 600}
    server.fallback = lambda request: json_reply(started)
    with DeviceOAuthApp("cid", server.base_url) as device:
        with pytest.raises(ValueError, match="workspace_id"):
            device.get_device_code(workspace_id="..")
        assert device.get_device_code(workspace_id="w/1 2").user_code == "U-1"
    assert server.requests[-1].path == "/api/permission/oauth2/workspace_id/w%2F1%202/device/code"
