"""OAuth errors: both body shapes (also under HTTP 200), one class per code, the logid, a
region hint, and the usual typed errors for answers that are not OAuth errors."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from auth_support import MODES, resolve
from loopback import LOGID, LoopbackServer, Reply, json_reply, serve
from runtime_support import closed_port

from coze_ext import (
    COZE_CN_BASE_URL,
    AccessDeniedError,
    APIConnectionError,
    APIError,
    AsyncPKCEOAuthApp,
    AuthenticationError,
    AuthorizationPendingError,
    CozeError,
    ExpiredTokenError,
    GatewayError,
    InvalidClientError,
    InvalidGrantError,
    OAuthError,
    PKCEOAuthApp,
    SlowDownError,
)

TOKEN_PATH = "/api/permission/oauth2/token"


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    yield from serve()


def refresh(mode: str, base_url: str, **options: object) -> object:
    app = (PKCEOAuthApp if mode == "sync" else AsyncPKCEOAuthApp)("cid", base_url, **options)  # type: ignore[arg-type]
    return app.refresh_access_token("rt_secret_value")


CASES = [
    ({"error_code": "authorization_pending", "error_message": "wait"}, 400, AuthorizationPendingError),
    ({"error": "authorization_pending", "error_description": "wait"}, 400, AuthorizationPendingError),
    ({"error_code": "slow_down", "error_message": "slower"}, 200, SlowDownError),
    ({"error": "slow_down"}, 400, SlowDownError),
    ({"error_code": "access_denied"}, 400, AccessDeniedError),
    ({"error_code": "access_deny", "error_message": "app deactivated"}, 200, AccessDeniedError),
    ({"error": "expired_token"}, 400, ExpiredTokenError),
    ({"error": "invalid_grant", "error_description": "used"}, 400, InvalidGrantError),
    ({"error_code": "invalid_client", "error_message": "bad secret"}, 401, InvalidClientError),
    ({"error_code": "unsupported_grant_type", "error_message": "nope"}, 400, OAuthError),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("body", "status", "cls"), CASES)
async def test_both_body_shapes_give_the_typed_error(
    server: LoopbackServer, mode: str, body: dict[str, str], status: int, cls: type[OAuthError]
) -> None:
    server.routes[TOKEN_PATH] = lambda _: json_reply(body, status)
    with pytest.raises(cls) as caught:
        await resolve(refresh(mode, server.base_url))
    error = caught.value
    assert type(error) is cls and isinstance(error, APIError) and type(error) is not CozeError
    assert error.error_code == error.error == (body.get("error_code") or body.get("error"))
    assert error.logid == LOGID and error.status_code == status and error.body == body
    assert error.msg == (body.get("error_message") or body.get("error_description"))
    assert "rt_secret_value" not in str(error)


@pytest.mark.parametrize("mode", MODES)
async def test_answers_that_are_not_oauth_errors_keep_their_usual_class(server: LoopbackServer, mode: str) -> None:
    server.routes[TOKEN_PATH] = lambda _: Reply(502, "text/html", b"<html>502 Bad Gateway</html>")
    with pytest.raises(GatewayError):
        await resolve(refresh(mode, server.base_url))
    server.routes[TOKEN_PATH] = lambda _: json_reply({"code": 4100, "msg": "unauthorized"}, 200)
    with pytest.raises(AuthenticationError):
        await resolve(refresh(mode, server.base_url))
    server.routes[TOKEN_PATH] = lambda _: json_reply({"expires_in": 5})
    with pytest.raises(APIError, match="no access_token") as caught:
        await resolve(refresh(mode, server.base_url))
    assert not isinstance(caught.value, OAuthError) and caught.value.logid == LOGID
    server.routes[TOKEN_PATH] = lambda _: json_reply({"access_token": "czu_bad\nX-Injected: 1", "expires_in": 5})
    with pytest.raises(APIError, match="line break"):
        await resolve(refresh(mode, server.base_url))


@pytest.mark.parametrize("mode", MODES)
async def test_a_refused_credential_names_the_other_region(mode: str) -> None:
    def coze(request: httpx.Request) -> httpx.Response:
        body = {"error_code": "invalid_client", "error_message": "invalid jwt: kid not been registred"}
        return httpx.Response(401, json=body, headers={"x-tt-logid": "L"})

    transport = httpx.MockTransport(coze)  # no request leaves the machine
    http = httpx.Client(transport=transport) if mode == "sync" else httpx.AsyncClient(transport=transport)
    with pytest.raises(InvalidClientError, match="COZE_CN_BASE_URL"):
        await resolve(refresh(mode, "https://api.coze.com", http_client=http))
    with pytest.raises(InvalidClientError, match="COZE_COM_BASE_URL"):
        await resolve(refresh(mode, COZE_CN_BASE_URL, http_client=http))


@pytest.mark.parametrize("mode", MODES)
async def test_no_answer_is_a_connection_error(mode: str) -> None:

    with pytest.raises(APIConnectionError, match="connection failed"):
        await resolve(refresh(mode, f"http://127.0.0.1:{closed_port()}"))
