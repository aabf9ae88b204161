"""No secret gets out: tokens are checked without being echoed, and no log record, repr or
error message holds a private key, client secret, code, verifier, device code or token."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
from auth_support import MODES, REDIRECT_URI, allow, app_for, resolve, token_requests

from coze_ext import (
    AsyncCoze,
    Coze,
    DeviceAuthCode,
    FileTokenStore,
    InvalidClientError,
    JWTAuth,
    OAuthToken,
    OAuthTokenAuth,
    TokenAuth,
    generate_code_verifier,
)
from coze_ext._logging import describe_body, redact_headers
from coze_ext.testing import CozeEmulator, RecordedRequest

BAD_TOKENS = ["pat_abc\n", "pat_abc def", "pat_\tabc", "pat_abc\x00", "pat_abc\r\nX-Evil: 1", "pat_ab\u00e9"]


# Issue 11, item 1: token validation ------------------------------------------------------------


@pytest.mark.parametrize("token", BAD_TOKENS)
def test_a_malformed_token_is_refused_at_construction_without_echo(token: str) -> None:
    for build in (lambda: Coze(token=token), lambda: AsyncCoze(token=token), lambda: TokenAuth(token)):
        with pytest.raises(ValueError, match="token contains") as caught:
            build()
        assert "abc" not in str(caught.value) and caught.value.__cause__ is None


@pytest.mark.parametrize("mode", MODES)
async def test_a_token_function_returning_a_malformed_token_is_refused(emulator: CozeEmulator, mode: str) -> None:
    cls = Coze if mode == "sync" else AsyncCoze
    coze = cls(token=lambda: "pat_secret\n", base_url=emulator.base_url)
    with pytest.raises(ValueError, match="token function") as caught:
        await resolve(coze.users.me())
    assert "pat_secret" not in str(caught.value) and not emulator.requests  # nothing was sent
    await resolve(coze.close())


async def test_an_async_token_function_returning_a_malformed_token_is_refused(emulator: CozeEmulator) -> None:
    async def token() -> str:
        return "pat_secret value"

    async with AsyncCoze(token=token, base_url=emulator.base_url) as coze:
        with pytest.raises(ValueError, match="whitespace") as caught:
            await coze.users.me()
    assert "pat_secret" not in str(caught.value) and not emulator.requests


def test_debug_logs_redact_credential_headers_and_oauth_fields() -> None:
    headers = {
        "Authorization": "Bearer s1",
        "Cookie": "s2",
        "X-Api-Key": "s3",
        "X-Session-Token": "s4",
        "X-Client-Secret": "s5",
        "Proxy-Authorization": "s6",
        "X-Auth-User": "s7",
        "Content-Type": "application/json",
    }
    redacted = redact_headers(headers)
    assert not any(f"s{n}" in value for value in redacted.values() for n in range(1, 8))
    assert redacted["Content-Type"] == "application/json"
    body = {
        "code": "c1",
        "code_verifier": "c2",
        "client_secret": "c3",
        "device_code": "c4",
        "refresh_token": "c5",
        "access_token": "c6",
        "private_key": "c7",
        "user_code": "WDJB-MJHT",
        "error_code": "slow_down",
        "grant_type": "authorization_code",
    }
    text = describe_body(httpx.Headers({"content-type": "application/json"}), json.dumps(body).encode())
    assert not any(f"c{n}" in text for n in range(1, 8))
    for visible in ("WDJB-MJHT", "slow_down", "authorization_code"):
        assert visible in text  # what one looks for when a login goes wrong stays readable
    coze_answer = describe_body(httpx.Headers({"content-type": "application/json"}), b'{"code": 4100, "msg": "x"}')
    assert '"code": 4100' in coze_answer  # Coze's numeric result code is not a secret


def bearer(request: RecordedRequest) -> str:
    return request.headers["authorization"].removeprefix("Bearer ")


# Every flow, logged at debug: no secret in any record, repr or message ---------------------------


def secrets_of(*values: Any) -> set[str]:
    found: set[str] = set()
    for value in values:
        if isinstance(value, OAuthToken):
            found |= {value.access_token, *(value.refresh_token or "",)}
        elif isinstance(value, DeviceAuthCode):
            found.add(value.device_code)
        elif isinstance(value, str) and value:
            # A PEM key: every line of its body is secret.
            found |= {line for line in value.splitlines() if len(line) > 20 and "-----" not in line} or {value}
    found.discard("")
    return found


@pytest.mark.parametrize("mode", MODES)
async def test_no_secret_reaches_a_log_record_or_a_repr(
    emulator: CozeEmulator, mode: str, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    caplog.set_level(logging.DEBUG, logger="coze_ext")
    emulator.oauth.device_interval = 0
    shown: list[str] = []

    web = emulator.add_oauth_app("web")
    web_app = app_for(mode, web, emulator.base_url)
    code = allow(web_app.get_oauth_url(REDIRECT_URI))["code"]
    web_token = await resolve(web_app.get_access_token(REDIRECT_URI, code))
    renewed = await resolve(web_app.refresh_access_token(web_token.refresh_token))

    pkce_app = app_for(mode, emulator.add_oauth_app("pkce"), emulator.base_url)
    verifier = generate_code_verifier()
    pkce_code = allow(pkce_app.get_oauth_url(REDIRECT_URI, verifier))["code"]
    pkce_token = await resolve(pkce_app.get_access_token(REDIRECT_URI, pkce_code, verifier))

    device_app = app_for(mode, emulator.add_oauth_app("device"), emulator.base_url)
    device_code = await resolve(device_app.get_device_code())
    emulator.approve_device(device_code.user_code)
    device_token = await resolve(device_app.get_access_token(device_code, poll=True))

    jwt_app = emulator.add_oauth_app("jwt")
    assert jwt_app.private_key is not None
    auth = JWTAuth(jwt_app.client_id, jwt_app.private_key, jwt_app.public_key_id)
    refresher = OAuthTokenAuth(pkce_app, OAuthToken(pkce_token.access_token, 0, pkce_token.refresh_token))
    for manager in (auth, refresher):
        coze = (Coze if mode == "sync" else AsyncCoze)(auth=manager, base_url=emulator.base_url)
        await resolve(coze.users.me())
        await resolve(coze.close())
        shown.append(repr(manager))
    wrong = app_for(mode, web, emulator.base_url, client_secret="wrong-client-secret")
    with pytest.raises(InvalidClientError) as failure:
        await resolve(wrong.get_access_token(REDIRECT_URI, "code_" + "x" * 30))
    shown += [str(failure.value), repr(failure.value)]
    shown += [repr(x) for x in (web_app, pkce_app, device_app, web_token, device_code, FileTokenStore(tmp_path))]

    jwts = [
        r.headers["authorization"].removeprefix("Bearer ")
        for r in token_requests(emulator)
        if r.json.get("duration_seconds")
    ]
    issued = [
        r.headers["authorization"].removeprefix("Bearer ") for r in emulator.requests if r.operation_id == "users_me"
    ]
    secrets = secrets_of(
        web.client_secret, "wrong-client-secret", code, pkce_code, verifier, jwt_app.private_key,
        web_token, renewed, pkce_token, device_token, device_code, refresher.token, *jwts, *issued,
    )  # fmt: skip
    assert len(secrets) > 15 and jwts and issued
    records = [record.getMessage() for record in caplog.records]
    assert any("/api/permission/oauth2/token" in line for line in records)  # the exchanges were logged
    leaks = [(secret, text) for secret in secrets for text in records + shown if secret in text]
    assert not leaks


def test_coze_log_debug_shows_the_exchange_without_secrets(emulator: CozeEmulator) -> None:
    app = emulator.add_oauth_app("jwt")
    script = (
        "import os, coze_ext\n"
        "auth = coze_ext.JWTAuth(os.environ['CID'], os.environ['KEY'], os.environ['KID'])\n"
        "coze_ext.Coze(auth=auth, base_url=os.environ['BASE']).users.me()\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("COZE_")}
    env.update(
        COZE_LOG="debug",
        CID=app.client_id,
        KEY=app.private_key or "",
        KID=app.public_key_id or "",
        BASE=emulator.base_url,
    )
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    exchange = token_requests(emulator)[0]
    signed = exchange.headers["authorization"].removeprefix("Bearer ")
    issued = next(iter(emulator.oauth.issued))
    assert f"POST {emulator.base_url}/api/permission/oauth2/token -> 200" in done.stderr
    assert "'Authorization': '<redacted>'" in done.stderr or "'authorization': '<redacted>'" in done.stderr
    assert '"access_token": "<redacted>"' in done.stderr
    for secret in (signed, issued, *secrets_of(app.private_key)):
        assert secret not in done.stderr
