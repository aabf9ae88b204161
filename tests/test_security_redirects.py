"""Credentials never follow a redirect to another origin: WebSocket handshakes (which carry
the token) and token requests (which carry a refresh token, a code or a client secret) are
never redirected; a REST call may be, without its token. Each test points the SDK at a
server that redirects to a second server, which records whatever reaches it."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from runtime_support import TOKEN, resolve
from security_support import Recorder, Redirector

from coze_ext import (
    APIError,
    AsyncCoze,
    AsyncPKCEOAuthApp,
    Coze,
    CozeError,
    OAuthToken,
    OAuthTokenAuth,
    PKCEOAuthApp,
    RedirectError,
)

MODES = ["sync", "async"]
TOKEN_PATH = "/api/permission/oauth2/token"
REFRESH_TOKEN = "rt_SECRET_refresh_0123456789"


def client(mode: str, **options: Any) -> Coze | AsyncCoze:
    return (Coze if mode == "sync" else AsyncCoze)(max_retries=0, **options)


async def open_socket(coze: Coze | AsyncCoze) -> CozeError:
    """Open a chat socket; the error it raises (the test fails if it opens)."""
    socket: Any = coze.websockets.chat.connect(bot_id="b")
    try:
        if isinstance(coze, Coze):
            with socket:
                pass
        else:
            async with socket:
                pass
    except CozeError as error:
        return error
    raise AssertionError("the socket opened")


def expired_login(mode: str) -> OAuthTokenAuth:
    app = (PKCEOAuthApp if mode == "sync" else AsyncPKCEOAuthApp)("cid")
    return OAuthTokenAuth(app, OAuthToken("czu_expired", 0, REFRESH_TOKEN))


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("status", [302, 308])
async def test_a_websocket_handshake_never_follows_a_redirect(mode: str, status: int) -> None:
    with Recorder() as elsewhere:
        location = f"ws://127.0.0.1:{elsewhere.port}/v1/chat?bot_id=b&token=q-SECRET-1"
        with Redirector(location, status) as redirector:
            error = await open_socket(client(mode, token=TOKEN, base_url=redirector.base_url))
    # The asyncio client of the websockets library follows redirects with the same headers.
    assert TOKEN.encode() not in elsewhere.received() and elsewhere.requests == []
    assert len(redirector.requests) == 1 and f"Bearer {TOKEN}".encode() in redirector.requests[0]
    assert isinstance(error, RedirectError) and isinstance(error, APIError)
    assert error.status_code == status and error.logid == "REDIRECT1"
    assert error.location == f"ws://127.0.0.1:{elsewhere.port}/v1/chat?bot_id=b&token=<redacted>"
    assert error.location in str(error) and "base_ws_url=" in str(error)
    assert "q-SECRET-1" not in str(error) and TOKEN not in str(error)


@pytest.mark.parametrize("mode", MODES)
async def test_a_token_refresh_inside_the_client_never_follows_a_redirect(mode: str) -> None:
    with Recorder() as elsewhere, Redirector(f"{elsewhere.base_url}{TOKEN_PATH}", 307) as api:
        coze = client(mode, auth=expired_login(mode), base_url=api.base_url)
        with pytest.raises(CozeError) as caught:
            await resolve(coze.users.me())
        await resolve(coze.close())
    # httpx re-posts a 307's body (the refresh token) to the new origin, dropping only its Authorization.
    assert REFRESH_TOKEN.encode() not in elsewhere.received() and elsewhere.requests == []
    assert len(api.requests) == 1 and api.requests[0].startswith(f"POST {TOKEN_PATH} ".encode())
    error = caught.value
    assert isinstance(error, RedirectError) and error.location == f"{elsewhere.base_url}{TOKEN_PATH}"
    assert error.status_code == 307 and "base_url" in str(error) and REFRESH_TOKEN not in str(error)


@pytest.mark.parametrize("mode", MODES)
async def test_the_token_exchange_before_a_websocket_handshake_never_follows_a_redirect(mode: str) -> None:
    with Recorder() as elsewhere, Redirector(f"{elsewhere.base_url}{TOKEN_PATH}", 307) as api:
        error = await open_socket(client(mode, auth=expired_login(mode), base_url=api.base_url))
    assert REFRESH_TOKEN.encode() not in elsewhere.received() and elsewhere.requests == []
    assert isinstance(error, RedirectError) and error.location == f"{elsewhere.base_url}{TOKEN_PATH}"


@pytest.mark.parametrize("mode", MODES)
async def test_an_oauth_app_never_follows_a_redirect_even_with_a_client_that_does(mode: str) -> None:
    with Recorder() as elsewhere, Redirector(f"{elsewhere.base_url}{TOKEN_PATH}", 307) as api:
        if mode == "sync":
            app: Any = PKCEOAuthApp("cid", api.base_url, http_client=httpx.Client(follow_redirects=True))
        else:
            app = AsyncPKCEOAuthApp("cid", api.base_url, http_client=httpx.AsyncClient(follow_redirects=True))
        with pytest.raises(CozeError) as caught:
            await resolve(app.refresh_access_token(REFRESH_TOKEN))
    assert REFRESH_TOKEN.encode() not in elsewhere.received() and elsewhere.requests == []
    assert isinstance(caught.value, RedirectError) and caught.value.location == f"{elsewhere.base_url}{TOKEN_PATH}"


@pytest.mark.parametrize("mode", MODES)
async def test_a_rest_call_follows_a_redirect_without_its_token(mode: str) -> None:
    # Unchanged, and pinned: httpx drops the Authorization header on the way to another origin.
    with Recorder() as elsewhere, Redirector(f"{elsewhere.base_url}/v1/users/me", 302) as api:
        coze = client(mode, token=TOKEN, base_url=api.base_url)
        with pytest.raises(APIError):  # the second server answers 404
            await resolve(coze.users.me())
        await resolve(coze.close())
    assert f"Bearer {TOKEN}".encode() in api.requests[0]
    assert len(elsewhere.requests) == 1 and TOKEN.encode() not in elsewhere.received()


@pytest.mark.parametrize("mode", MODES)
async def test_a_redirect_to_an_invalid_url_is_still_a_redirect_error(mode: str) -> None:
    with Redirector("ws://[::1") as redirector:
        error = await open_socket(client(mode, token=TOKEN, base_url=redirector.base_url))
    assert isinstance(error, RedirectError) and error.location == "an address that is not a valid URL"
