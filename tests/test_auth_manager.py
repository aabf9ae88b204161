"""The token managers (`JWTAuth`, `OAuthTokenAuth`) inside `Coze` and `AsyncCoze`: caching,
renewal before expiry, single-flight renewal, the 401 rule, the shared transport, stores."""

from __future__ import annotations

import asyncio
import os
import stat
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest
from auth_support import MODES, REDIRECT_URI, allow, api_requests, app_for, jwt_of, resolve, token_requests

from coze_ext import (
    AsyncCoze,
    AuthenticationError,
    Coze,
    FileTokenStore,
    InvalidGrantError,
    JWTAuth,
    OAuthToken,
    OAuthTokenAuth,
    PermissionDeniedError,
    PKCEOAuthApp,
    TokenStore,
    generate_code_verifier,
)
from coze_ext.auth import aauth_headers, auth_headers
from coze_ext.testing import CozeEmulator, OAuthClient


def client(mode: str, auth: Any, base_url: str, **options: Any) -> Coze | AsyncCoze:
    cls = Coze if mode == "sync" else AsyncCoze
    return cls(auth=auth, base_url=base_url, max_retries=0, **options)


def jwt_auth(registered: OAuthClient, **options: Any) -> JWTAuth:
    return JWTAuth(
        client_id=registered.client_id,
        private_key=registered.private_key,
        public_key_id=registered.public_key_id,
        **options,
    )


def pkce_login(emulator: CozeEmulator, mode: str = "sync") -> tuple[Any, OAuthToken]:
    """A PKCE app of `mode` and the token of a finished login."""
    registered = emulator.add_oauth_app("pkce")
    login = PKCEOAuthApp(registered.client_id, emulator.base_url)
    verifier = generate_code_verifier()
    code = allow(login.get_oauth_url(REDIRECT_URI, verifier))["code"]
    token = login.get_access_token(REDIRECT_URI, code, verifier)
    login.close()
    return app_for(mode, registered, None), token


# JWTAuth ------------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
async def test_jwt_auth_exchanges_once_and_uses_the_clients_base_url(emulator: CozeEmulator, mode: str) -> None:
    registered = emulator.add_oauth_app("jwt")
    auth = jwt_auth(registered, ttl=1800, session_name="end-user-1")
    coze = client(mode, auth, emulator.base_url)
    for _ in range(3):
        assert (await resolve(coze.users.me())).user_name
    exchanges = token_requests(emulator)
    assert len(exchanges) == 1 and len(api_requests(emulator)) == 3
    header, claims = jwt_of(exchanges[0])
    # No base URL of its own: the exchange went to the client's host, and aud names it.
    assert claims["aud"] == f"127.0.0.1:{emulator.port}" and header["kid"] == registered.public_key_id
    assert claims["exp"] - claims["iat"] == 1800 and claims["session_name"] == "end-user-1"
    assert exchanges[0].json == {"grant_type": "urn:ietf:params:oauth:grant-type:jwt-bearer", "duration_seconds": 1800}
    issued = api_requests(emulator)[0].headers["authorization"].removeprefix("Bearer ")
    assert emulator.oauth.issued[issued].claims["session_name"] == "end-user-1"
    await resolve(coze.close())


def test_one_jwt_auth_serves_sync_and_async_clients(emulator: CozeEmulator) -> None:
    auth = jwt_auth(emulator.add_oauth_app("jwt"))
    with Coze(auth=auth, base_url=emulator.base_url) as coze:
        coze.users.me()

    async def use_async() -> None:
        async with AsyncCoze(auth=auth, base_url=emulator.base_url) as acoze:
            await acoze.users.me()

    asyncio.run(use_async())
    asyncio.run(use_async())  # a second event loop: the auth's lock is per loop
    assert len(token_requests(emulator)) == 1 and len(api_requests(emulator)) == 3


def test_the_exchange_goes_through_the_clients_transport_and_timeouts(emulator: CozeEmulator) -> None:
    seen: list[tuple[str, Any, str | None]] = []

    class Recording(httpx.HTTPTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            seen.append((request.url.path, request.extensions.get("timeout"), request.headers.get("user-agent")))
            return super().handle_request(request)

    http = httpx.Client(transport=Recording())
    coze = Coze(auth=jwt_auth(emulator.add_oauth_app("jwt")), base_url=emulator.base_url, http_client=http, timeout=7)
    coze.users.me()
    assert [path for path, _, _ in seen] == ["/api/permission/oauth2/token", "/v1/users/me"]
    (_, token_timeout, token_agent), (_, api_timeout, api_agent) = seen
    assert token_timeout == api_timeout and api_timeout["read"] == 7
    assert token_agent == api_agent and token_agent is not None and token_agent.startswith("coze-ext/")


def test_a_jwt_auth_with_its_own_base_url_exchanges_there(emulator: CozeEmulator) -> None:
    registered = emulator.add_oauth_app("jwt")
    with CozeEmulator(token=None) as api:  # the API elsewhere (a proxy, say)
        coze = Coze(auth=jwt_auth(registered, base_url=emulator.base_url), base_url=api.base_url)
        coze.users.me()
        assert len(token_requests(emulator)) == 1 and not token_requests(api)
        assert jwt_of(token_requests(emulator)[0])[1]["aud"] == f"127.0.0.1:{emulator.port}"
        assert api_requests(api)[0].headers["authorization"].startswith("Bearer czs_")


@pytest.mark.parametrize("mode", MODES)
async def test_the_token_is_renewed_when_less_than_the_margin_is_left(emulator: CozeEmulator, mode: str) -> None:
    app, token = pkce_login(emulator, mode)
    auth = OAuthTokenAuth(app, token, refresh_margin=60)
    coze = client(mode, auth, emulator.base_url)
    now = [token.expires_in - 61.0]  # 61 s left: still good
    auth._clock = lambda: now[0]
    before = len(token_requests(emulator))
    await resolve(coze.users.me())
    assert len(token_requests(emulator)) == before
    now[0] = token.expires_in - 59  # 59 s left: renewed first
    await resolve(coze.users.me())
    assert len(token_requests(emulator)) == before + 1
    assert api_requests(emulator)[-1].headers["authorization"] != f"Bearer {token.access_token}"
    await resolve(coze.close())


def test_the_refresh_margin_is_at_least_five_seconds(emulator: CozeEmulator) -> None:
    registered = emulator.add_oauth_app("jwt")
    assert jwt_auth(registered).refresh_margin == 60
    assert jwt_auth(registered, refresh_margin=5).refresh_margin == 5
    for bad in (4.9, 0, -1, "60"):
        with pytest.raises(ValueError, match="refresh_margin"):
            jwt_auth(registered, refresh_margin=bad)
    with pytest.raises(ValueError, match="ttl"):
        jwt_auth(registered, ttl=60)  # would be due as soon as it arrives


def test_fifty_threads_with_an_expired_token_cause_one_exchange(emulator: CozeEmulator) -> None:
    app, token = pkce_login(emulator)
    auth = OAuthTokenAuth(app, OAuthToken(token.access_token, 0, token.refresh_token))
    coze = Coze(auth=auth, base_url=emulator.base_url, max_retries=0)
    before = len(token_requests(emulator))
    start = threading.Barrier(50)

    def call(_: int) -> str:
        start.wait()
        return str(coze.users.me().user_name)

    with ThreadPoolExecutor(50) as pool:
        assert set(pool.map(call, range(50))) == {"alice"}
    assert len(token_requests(emulator)) - before == 1  # one refresh for all fifty
    assert len({r.headers["authorization"] for r in api_requests(emulator)}) == 1


async def test_fifty_tasks_with_an_expired_token_cause_one_exchange(emulator: CozeEmulator) -> None:
    auth = jwt_auth(emulator.add_oauth_app("jwt"))
    coze = AsyncCoze(auth=auth, base_url=emulator.base_url, max_retries=0)
    await coze.users.me()
    key, token = next(iter(auth._tokens.items()))
    auth._tokens[key] = OAuthToken(token.access_token, 0)  # expired
    answers = await asyncio.gather(*(coze.users.me() for _ in range(50)))
    assert {a.user_name for a in answers} == {"alice"}
    assert len(token_requests(emulator)) == 2  # the first token, and one renewal for all fifty
    await coze.close()


@pytest.mark.parametrize("mode", MODES)
async def test_a_token_shorter_than_the_margin_is_still_shared(emulator: CozeEmulator, mode: str) -> None:
    emulator.oauth.access_token_ttl = 30  # shorter than the 60 s margin: due as soon as it arrives
    app, token = pkce_login(emulator)
    coze = client(mode, OAuthTokenAuth(app, OAuthToken(token.access_token, 0, token.refresh_token)), emulator.base_url)
    before = len(token_requests(emulator))
    calls = [resolve(coze.users.me()) for _ in range(5)]
    if mode == "async":
        await asyncio.gather(*calls)
    else:
        for call in calls:
            await call
    # Sequential sync calls renew each time (it is due); concurrent ones share one renewal.
    assert len(token_requests(emulator)) - before == (5 if mode == "sync" else 1)
    await resolve(coze.close())


# The 401 rule -------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
async def test_a_401_renews_once_and_sends_again(emulator: CozeEmulator, mode: str) -> None:
    app, token = pkce_login(emulator, mode)
    auth = OAuthTokenAuth(app, token)
    coze = client(mode, auth, emulator.base_url)
    await resolve(coze.users.me())
    before = len(token_requests(emulator))
    emulator.oauth.expire_tokens()  # revoked early: the client still thinks it is good
    assert (await resolve(coze.users.me())).user_name
    assert len(token_requests(emulator)) - before == 1
    statuses = [r.headers["authorization"] for r in api_requests(emulator)]
    assert len(statuses) == 3 and statuses[1] != statuses[2]
    assert auth.token is not None and auth.token.refresh_token != token.refresh_token  # the rotated one kept
    await resolve(coze.close())


@pytest.mark.parametrize("mode", MODES)
async def test_a_second_401_is_an_authentication_error(emulator: CozeEmulator, mode: str) -> None:
    coze = client(mode, jwt_auth(emulator.add_oauth_app("jwt")), emulator.base_url)
    emulator.faults.add(route="users_me", status=401, times=None)
    with pytest.raises(AuthenticationError) as caught:
        await resolve(coze.users.me())
    assert caught.value.code == 4100 and caught.value.logid
    assert len(api_requests(emulator)) == 2  # one retry, never a loop
    assert len(token_requests(emulator)) == 2  # the first token and one renewal
    await resolve(coze.close())


@pytest.mark.parametrize("mode", MODES)
async def test_a_401_with_another_code_is_not_renewed(emulator: CozeEmulator, mode: str) -> None:
    coze = client(mode, jwt_auth(emulator.add_oauth_app("jwt")), emulator.base_url)
    emulator.faults.add(route="users_me", status=401, code=4101)
    with pytest.raises(PermissionDeniedError):
        await resolve(coze.users.me())
    assert len(api_requests(emulator)) == 1 and len(token_requests(emulator)) == 1
    await resolve(coze.close())


@pytest.mark.parametrize("mode", MODES)
async def test_an_upload_is_not_sent_again_after_a_401(emulator: CozeEmulator, mode: str, tmp_path: Path) -> None:
    upload = tmp_path / "notes.txt"
    upload.write_text("hello")
    coze = client(mode, jwt_auth(emulator.add_oauth_app("jwt")), emulator.base_url)
    emulator.faults.add(route="files_upload", status=401)
    with pytest.raises(AuthenticationError):
        await resolve(coze.files.upload(file=upload))
    assert len(api_requests(emulator, "files_upload")) == 1 and len(token_requests(emulator)) == 1
    # The refused token was dropped: the next request renews it first.
    assert (await resolve(coze.files.upload(file=upload))).id
    assert len(token_requests(emulator)) == 2
    await resolve(coze.close())


# OAuthTokenAuth and stores ------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
async def test_a_login_survives_a_restart_through_a_file_store(
    emulator: CozeEmulator, mode: str, tmp_path: Path
) -> None:
    app, token = pkce_login(emulator, mode)
    path = tmp_path / "coze" / "token.json"
    store = FileTokenStore(path)
    store.save(OAuthToken(token.access_token, 0, token.refresh_token))  # saved by a login, now expired
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600 and stat.S_IMODE(os.stat(path.parent).st_mode) == 0o700

    coze = client(mode, OAuthTokenAuth(app, store=store), emulator.base_url)
    await resolve(coze.users.me())
    saved = store.load()
    assert saved is not None and saved.access_token != token.access_token  # the renewed token was saved
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600 and os.listdir(path.parent) == ["token.json"]

    restarted = client(mode, OAuthTokenAuth(app, store=FileTokenStore(path)), emulator.base_url)
    before = len(token_requests(emulator))
    await resolve(restarted.users.me())
    assert len(token_requests(emulator)) == before  # the saved token, no new login
    await resolve(coze.close())
    await resolve(restarted.close())


def test_a_token_another_process_saved_is_taken_before_refreshing(emulator: CozeEmulator, tmp_path: Path) -> None:
    app, token = pkce_login(emulator)
    store = FileTokenStore(tmp_path / "token.json")
    first = OAuthTokenAuth(app, OAuthToken(token.access_token, 0, token.refresh_token), store=store)
    second = OAuthTokenAuth(app, OAuthToken(token.access_token, 0, token.refresh_token), store=store)
    Coze(auth=first, base_url=emulator.base_url).users.me()  # refreshes, and saves the rotated token
    # The second process's refresh token is used up; it takes the saved token instead.
    Coze(auth=second, base_url=emulator.base_url).users.me()
    assert len(token_requests(emulator)) == 2  # the login and one refresh


def test_a_used_refresh_token_is_an_invalid_grant_error(emulator: CozeEmulator) -> None:
    app, token = pkce_login(emulator)
    with PKCEOAuthApp(app.client_id, emulator.base_url) as elsewhere:
        elsewhere.refresh_access_token(token.refresh_token)  # another process refreshed, and saved nothing
    coze = Coze(
        auth=OAuthTokenAuth(app, OAuthToken(token.access_token, 0, token.refresh_token)), base_url=emulator.base_url
    )
    with pytest.raises(InvalidGrantError):
        coze.users.me()


def test_store_arguments_and_a_broken_store_file(tmp_path: Path) -> None:
    from coze_ext import DeviceOAuthApp

    app = DeviceOAuthApp("cid")
    with pytest.raises(ValueError, match="login"):
        OAuthTokenAuth(app)
    path = tmp_path / "token.json"
    path.write_text('{"access_token": "secret-in-file"')
    with pytest.raises(ValueError) as caught:
        FileTokenStore(path).load()
    assert "secret-in-file" not in str(caught.value) and caught.value.__cause__ is None
    assert FileTokenStore(tmp_path / "missing.json").load() is None
    assert isinstance(FileTokenStore(path), TokenStore)


def test_an_empty_store_is_an_authentication_error(emulator: CozeEmulator, tmp_path: Path) -> None:
    app, _ = pkce_login(emulator)
    coze = Coze(auth=OAuthTokenAuth(app, store=FileTokenStore(tmp_path / "none.json")), base_url=emulator.base_url)
    with pytest.raises(AuthenticationError, match="log in"):
        coze.users.me()
    assert not api_requests(emulator)


# Headers for connections httpx does not make (WebSocket handshakes) ---------------------------


async def test_auth_headers_for_a_url(emulator: CozeEmulator) -> None:
    auth = jwt_auth(emulator.add_oauth_app("jwt"))
    with httpx.Client() as http:
        headers = auth_headers(auth, f"{emulator.base_url}/v1/chat", http)
    assert set(headers) == {"authorization"} and headers["authorization"].startswith("Bearer czs_")
    assert len(token_requests(emulator)) == 1
    async with httpx.AsyncClient() as ahttp:
        assert await aauth_headers(auth, f"{emulator.base_url}/v1/chat", ahttp) == headers  # cached
    assert len(token_requests(emulator)) == 1 and not api_requests(emulator, "chat_create")
