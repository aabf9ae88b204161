"""What an error keeps of its request holds no credential: an application that logs
`vars(error)`, pickles an error or reads `error.request` sees headers and query parameters
redacted as in the logs, and no request body (a token request's body holds the code,
verifier or refresh token)."""

from __future__ import annotations

import pickle
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from loopback import LoopbackServer, json_reply
from runtime_support import TOKEN, closed_port, resolve

from coze_ext import (
    APIConnectionError,
    AsyncCoze,
    AsyncWebOAuthApp,
    AuthenticationError,
    Coze,
    CozeError,
    InvalidGrantError,
    OAuthToken,
    OAuthTokenAuth,
    WebOAuthApp,
)

MODES = ["sync", "async"]
TOKEN_PATH = "/api/permission/oauth2/token"
CLIENT_SECRET = "cs_SECRET_client_0123456789"
CODE = "code_SECRET_0123456789"
REFRESH_TOKEN = "rt_SECRET_refresh_0123456789"
QUERY_SECRET = "q_SECRET_0123456789"


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with LoopbackServer() as running:
        yield running


def client(mode: str, **options: Any) -> Coze | AsyncCoze:
    return (Coze if mode == "sync" else AsyncCoze)(max_retries=0, **options)


def everything_kept(error: BaseException) -> bytes:
    """What an application could store of an error: its pickle and the repr of its attributes."""
    return pickle.dumps(error) + repr(vars(error)).encode()


async def failure(call: Callable[[], Any]) -> CozeError:
    """The error `call()` raises (awaited for an async client)."""
    with pytest.raises(CozeError) as caught:
        await resolve(call())
    return caught.value


@pytest.mark.parametrize("mode", MODES)
async def test_a_connection_error_keeps_a_redacted_request(mode: str) -> None:
    coze = client(mode, token=TOKEN, base_url=f"http://127.0.0.1:{closed_port()}")
    error = await failure(
        lambda: coze.users.me(extra_query={"access_token": QUERY_SECRET}, extra_headers={"X-Api-Key": "k1"})
    )
    assert isinstance(error, APIConnectionError) and error.request is not None
    assert error.request.headers["authorization"] == "<redacted>" and error.request.headers["x-api-key"] == "<redacted>"
    assert error.request.url.path == "/v1/users/me" and error.request.url.params["access_token"] == "<redacted>"
    kept = everything_kept(error)
    assert TOKEN.encode() not in kept and QUERY_SECRET.encode() not in kept and b"k1" not in kept
    # The httpx error it was raised from holds the same redacted copy.
    assert error.__cause__ is not None and TOKEN not in str(error.__cause__.request.headers)  # type: ignore[attr-defined]
    await resolve(coze.close())


@pytest.mark.parametrize("mode", MODES)
async def test_an_api_error_keeps_a_response_whose_request_is_redacted(mode: str, server: LoopbackServer) -> None:
    server.routes["/v1/users/me"] = lambda request: json_reply({"code": 4100, "msg": "token invalid"}, 401)
    coze = client(mode, token=TOKEN, base_url=server.base_url)
    error = await failure(coze.users.me)
    assert isinstance(error, AuthenticationError) and error.response is not None
    assert error.response.request.headers["authorization"] == "<redacted>"
    assert error.response.json() == {"code": 4100, "msg": "token invalid"}  # the answer itself is kept
    assert TOKEN.encode() not in everything_kept(error)
    await resolve(coze.close())


@pytest.mark.parametrize("mode", MODES)
async def test_an_oauth_error_keeps_no_secret_of_its_request(mode: str, server: LoopbackServer) -> None:
    server.routes[TOKEN_PATH] = lambda request: json_reply({"error": "invalid_grant", "error_description": "used"}, 400)
    app = (WebOAuthApp if mode == "sync" else AsyncWebOAuthApp)("cid", CLIENT_SECRET, server.base_url)
    error = await failure(lambda: app.get_access_token("http://127.0.0.1/cb", CODE))
    assert isinstance(error, InvalidGrantError) and error.response is not None
    assert error.body == {"error": "invalid_grant", "error_description": "used"}
    request = error.response.request
    assert request.url.path == TOKEN_PATH and request.headers["authorization"] == "<redacted>"
    assert request.content == b""  # the code (and a PKCE verifier, a refresh token) stayed out
    kept = everything_kept(error)
    assert CLIENT_SECRET.encode() not in kept and CODE.encode() not in kept
    assert server.requests[0].body["code"] == CODE  # what was sent, for contrast
    await resolve(app.close())


@pytest.mark.parametrize("mode", MODES)
async def test_a_refused_refresh_inside_the_client_keeps_no_refresh_token(mode: str, server: LoopbackServer) -> None:
    server.routes[TOKEN_PATH] = lambda request: json_reply(
        {"error_code": "invalid_grant", "error_message": "used"}, 400
    )
    app = (WebOAuthApp if mode == "sync" else AsyncWebOAuthApp)("cid", CLIENT_SECRET)
    coze = client(mode, auth=OAuthTokenAuth(app, OAuthToken("czu_old", 0, REFRESH_TOKEN)), base_url=server.base_url)
    error = await failure(coze.users.me)
    assert isinstance(error, InvalidGrantError)
    kept = everything_kept(error)
    assert REFRESH_TOKEN.encode() not in kept and CLIENT_SECRET.encode() not in kept
    await resolve(coze.close())
