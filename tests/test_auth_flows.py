"""Every OAuth app, sync and async, against the emulator's verifying OAuth server."""

from __future__ import annotations

import json
import random
import subprocess
import sys
import time

import httpx
import pytest
from auth_support import MODES, REDIRECT_URI, allow, app_for, close, jwt_of, resolve, token_requests
from jwt.utils import base64url_decode, base64url_encode

from coze_ext import (
    COZE_CN_BASE_URL,
    AccessDeniedError,
    APIError,
    AuthorizationPendingError,
    Coze,
    CozeError,
    ExpiredTokenError,
    InvalidClientError,
    InvalidGrantError,
    OAuthError,
    OAuthToken,
    OAuthTokenAuth,
    PKCEOAuthApp,
    Scope,
    WebOAuthApp,
    code_challenge,
    generate_code_verifier,
)
from coze_ext.auth._jwt import load_private_key, sign_jwt
from coze_ext.testing import CozeEmulator, OAuthServer


def works_on_the_api(emulator: CozeEmulator, token: OAuthToken) -> bool:
    coze = Coze(token=token.access_token, base_url=emulator.base_url)
    try:
        return bool(coze.users.me().user_name)
    finally:
        coze.close()


# Web apps -----------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
async def test_web_login_trades_the_code_with_the_secret_and_refreshes(emulator: CozeEmulator, mode: str) -> None:
    registered = emulator.add_oauth_app("web", redirect_uris=[REDIRECT_URI])
    app = app_for(mode, registered, emulator.base_url)
    redirect = allow(app.get_oauth_url(REDIRECT_URI, state="st-42"))
    assert redirect["state"] == "st-42"

    token = await resolve(app.get_access_token(REDIRECT_URI, redirect["code"]))
    assert works_on_the_api(emulator, token) and token.refresh_token
    exchange = token_requests(emulator)[-1]
    assert exchange.headers["authorization"] == f"Bearer {registered.client_secret}"
    assert exchange.headers["content-type"] == "application/json"
    assert exchange.json == {
        "grant_type": "authorization_code",
        "client_id": registered.client_id,
        "redirect_uri": REDIRECT_URI,
        "code": redirect["code"],
    }

    renewed = await resolve(app.refresh_access_token(token.refresh_token))
    assert works_on_the_api(emulator, renewed) and renewed.refresh_token != token.refresh_token
    refresh = token_requests(emulator)[-1]
    assert refresh.headers["authorization"] == f"Bearer {registered.client_secret}"  # the secret on refresh too
    assert refresh.json == {
        "grant_type": "refresh_token",
        "client_id": registered.client_id,
        "refresh_token": token.refresh_token,
    }
    with pytest.raises(InvalidGrantError):  # refresh tokens rotate: the old one is used up
        await resolve(app.refresh_access_token(token.refresh_token))
    with pytest.raises(InvalidGrantError):  # and a code is used once
        await resolve(app.get_access_token(REDIRECT_URI, redirect["code"]))
    await close(app)


@pytest.mark.parametrize("mode", MODES)
async def test_a_wrong_client_secret_is_an_invalid_client_error(emulator: CozeEmulator, mode: str) -> None:
    registered = emulator.add_oauth_app("web")
    app = app_for(mode, registered, emulator.base_url, client_secret="wrong-secret")
    code = allow(app.get_oauth_url(REDIRECT_URI))["code"]
    with pytest.raises(InvalidClientError) as caught:
        await resolve(app.get_access_token(REDIRECT_URI, code))
    error = caught.value
    assert isinstance(error, OAuthError) and isinstance(error, APIError) and isinstance(error, CozeError)
    assert error.error_code == "invalid_client" and error.status_code == 401
    assert error.logid and error.logid == emulator.requests[-1].headers.get("x-tt-logid", error.logid)
    assert "wrong-secret" not in str(error) and str(registered.client_secret) not in str(error)
    await close(app)


def test_the_authorization_url_is_on_the_right_host_with_its_state() -> None:
    com = WebOAuthApp("cid", "secret").get_oauth_url("https://my.app/cb", state="s1")
    assert com.startswith("https://www.coze.com/api/permission/oauth2/authorize?")
    params = httpx.URL(com).params
    assert dict(params) == {
        "response_type": "code",
        "client_id": "cid",
        "redirect_uri": "https://my.app/cb",
        "state": "s1",
    }
    cn = WebOAuthApp("cid", "secret", COZE_CN_BASE_URL).get_oauth_url("https://my.app/cb", workspace_id="77")
    assert cn.startswith("https://www.coze.cn/api/permission/oauth2/workspace_id/77/authorize?")
    local = WebOAuthApp("cid", "secret", "http://127.0.0.1:8080/").get_oauth_url("https://my.app/cb")
    assert local.startswith("http://127.0.0.1:8080/api/permission/oauth2/authorize?")
    with pytest.raises(ValueError):
        WebOAuthApp("cid", "secret").get_oauth_url("https://my.app/cb", workspace_id="..")


# PKCE apps ----------------------------------------------------------------------------------


def test_s256_matches_rfc_7636_appendix_b() -> None:
    assert (
        code_challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk") == "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
    )
    assert code_challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk", "plain").startswith("dBjft")


def test_generated_verifiers_follow_rfc_7636() -> None:
    random.seed(0)
    verifiers = {generate_code_verifier() for _ in range(50)}
    assert len(verifiers) == 50  # from `secrets`: a seeded `random` does not repeat them
    for verifier in verifiers:
        assert len(verifier) == 64 and set(verifier) <= set(
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~"
        )
    assert len(generate_code_verifier(43)) == 43 and len(generate_code_verifier(128)) == 128
    for bad in (42, 129):
        with pytest.raises(ValueError):
            generate_code_verifier(bad)
    # cozepy's PKCE example passes "random code verifier": the error says what to write instead.
    with pytest.raises(ValueError, match=r"generate_code_verifier\(\) makes one"):
        code_challenge("random code verifier")


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("method", ["S256", "plain"])
async def test_pkce_login_proves_the_verifier(emulator: CozeEmulator, mode: str, method: str) -> None:
    app = app_for(mode, emulator.add_oauth_app("pkce"), emulator.base_url)
    verifier = generate_code_verifier()
    url = app.get_oauth_url(REDIRECT_URI, verifier, code_challenge_method=method, state="x")
    query = httpx.URL(url).params
    assert query["code_challenge_method"] == method
    assert query["code_challenge"] == code_challenge(verifier, method)
    code = allow(url)["code"]

    token = await resolve(app.get_access_token(REDIRECT_URI, code, verifier))
    assert works_on_the_api(emulator, token)
    exchange = token_requests(emulator)[-1]
    assert "authorization" not in exchange.headers  # a public client has no secret
    assert exchange.json["code_verifier"] == verifier
    renewed = await resolve(app.refresh_access_token(token.refresh_token))
    assert works_on_the_api(emulator, renewed)
    await close(app)


def test_pkce_defaults_to_s256() -> None:
    url = PKCEOAuthApp("cid").get_oauth_url(REDIRECT_URI, generate_code_verifier())
    assert httpx.URL(url).params["code_challenge_method"] == "S256"


@pytest.mark.parametrize("mode", MODES)
async def test_a_wrong_verifier_is_an_invalid_grant_error(emulator: CozeEmulator, mode: str) -> None:
    app = app_for(mode, emulator.add_oauth_app("pkce"), emulator.base_url)
    code = allow(app.get_oauth_url(REDIRECT_URI, generate_code_verifier()))["code"]
    with pytest.raises(InvalidGrantError) as caught:
        await resolve(app.get_access_token(REDIRECT_URI, code, generate_code_verifier()))
    assert caught.value.error_code == "invalid_grant" and "code_verifier" in str(caught.value)
    await close(app)


# Device apps --------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
async def test_device_login_waits_for_the_user(emulator: CozeEmulator, mode: str) -> None:
    emulator.oauth.device_interval = 0
    app = app_for(mode, emulator.add_oauth_app("device"), emulator.base_url)
    code = await resolve(app.get_device_code())
    assert code.verification_url == f"{code.verification_uri}?user_code={code.user_code}"
    with pytest.raises(AuthorizationPendingError) as caught:
        await resolve(app.get_access_token(code.device_code))
    assert caught.value.error_code == "authorization_pending" and caught.value.logid

    assert httpx.post(code.verification_url).status_code == 200  # the user allows access on the page
    token = await resolve(app.get_access_token(code.device_code, poll=True))
    assert works_on_the_api(emulator, token)
    assert token_requests(emulator)[-1].json == {
        "grant_type": "urn:ietf:params:oauth:grant-type:device_code",
        "client_id": app.client_id,
        "device_code": code.device_code,
    }
    renewed = await resolve(app.refresh_access_token(token.refresh_token))
    assert works_on_the_api(emulator, renewed)
    await close(app)


@pytest.mark.parametrize("mode", MODES)
async def test_device_login_denied_or_expired_is_typed(emulator: CozeEmulator, mode: str) -> None:
    emulator.oauth.device_interval = 0
    app = app_for(mode, emulator.add_oauth_app("device"), emulator.base_url)
    code = await resolve(app.get_device_code(workspace_id="7400000000000000001"))
    assert emulator.requests[-1].path == "/api/permission/oauth2/workspace_id/7400000000000000001/device/code"
    emulator.deny_device(code.user_code)
    with pytest.raises(AccessDeniedError):
        await resolve(app.get_access_token(code, poll=True))

    emulator.oauth.device_code_ttl = 0
    expired = await resolve(app.get_device_code())
    with pytest.raises(ExpiredTokenError):
        await resolve(app.get_access_token(expired, poll=True))
    await close(app)


# JWT apps -----------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
async def test_jwt_app_signs_what_coze_checks(emulator: CozeEmulator, mode: str) -> None:
    registered = emulator.add_oauth_app("jwt")
    app = app_for(mode, registered, emulator.base_url)
    before = int(time.time())
    token = await resolve(app.get_access_token(ttl=1200, session_name="user-7"))
    assert works_on_the_api(emulator, token) and token.refresh_token is None
    assert before + 1200 <= token.expires_in <= int(time.time()) + 1200

    exchange = token_requests(emulator)[-1]
    header, claims = jwt_of(exchange)
    assert header == {"alg": "RS256", "typ": "JWT", "kid": registered.public_key_id}
    assert claims["iss"] == registered.client_id
    assert claims["aud"] == f"127.0.0.1:{emulator.port}"  # the API host, with its non-default port
    assert claims["exp"] - claims["iat"] == 1200 and isinstance(claims["iat"], int)
    assert claims["session_name"] == "user-7" and len(claims["jti"]) >= 32
    assert exchange.json == {"grant_type": "urn:ietf:params:oauth:grant-type:jwt-bearer", "duration_seconds": 1200}

    scope = Scope.build_bot_chat(["7400000000000000002"])
    await resolve(app.get_access_token(scope=scope, account_id="7400000000000000009"))
    exchange = token_requests(emulator)[-1]
    assert exchange.path == "/api/permission/oauth2/account/7400000000000000009/token"
    assert exchange.json["scope"] == {
        "account_permission": {"permission_list": ["Connector.botChat"]},
        "attribute_constraint": {"connector_bot_chat_attribute": {"bot_id_list": ["7400000000000000002"]}},
    }
    await close(app)


def test_jti_is_unique_even_with_a_seeded_random(emulator: CozeEmulator) -> None:
    registered = emulator.add_oauth_app("jwt")
    app = app_for("sync", registered, emulator.base_url)
    for _ in range(3):
        random.seed(0)
        app.get_access_token()  # the emulator refuses a jti it has seen
    assert len({jwt_of(r)[1]["jti"] for r in token_requests(emulator)}) == 3


def test_a_tampered_or_replayed_jwt_is_refused(emulator: CozeEmulator) -> None:
    registered = emulator.add_oauth_app("jwt")
    assert registered.private_key is not None and registered.public_key_id is not None
    key = load_private_key(registered.private_key)
    url = f"{emulator.base_url}/api/permission/oauth2/token"

    def exchange(signed: str) -> httpx.Response:
        body = {"grant_type": "urn:ietf:params:oauth:grant-type:jwt-bearer", "duration_seconds": 900}
        return httpx.post(url, json=body, headers={"Authorization": f"Bearer {signed}"})

    def signed(audience: str = f"127.0.0.1:{emulator.port}") -> str:
        now = int(time.time())
        return sign_jwt(
            key,
            client_id=registered.client_id,
            public_key_id=registered.public_key_id or "",
            audience=audience,
            ttl=600,
            now=now,
        )

    header, payload, signature = signed().split(".")
    claims = json.loads(base64url_decode(payload))
    claims["session_name"] = "someone-else"
    forged = base64url_encode(json.dumps(claims).encode()).decode()
    tampered = exchange(f"{header}.{forged}.{signature}")
    assert tampered.status_code == 401 and tampered.json()["error_code"] == "invalid_client"
    assert "signature" in tampered.json()["error_message"].lower()
    assert exchange(signed(audience="api.coze.com")).json()["error_code"] == "invalid_client"
    once = signed()
    assert exchange(once).status_code == 200
    replay = exchange(once)
    assert replay.status_code == 401 and "jti" in replay.json()["error_message"]


@pytest.mark.parametrize("mode", MODES)
async def test_a_jwt_signed_with_another_key_is_an_invalid_client_error(emulator: CozeEmulator, mode: str) -> None:
    registered = emulator.add_oauth_app("jwt")
    other_key = emulator.add_oauth_app("jwt").private_key  # not the pair of the registered public key
    app = app_for(mode, registered, emulator.base_url, private_key=other_key)
    with pytest.raises(InvalidClientError) as caught:
        await resolve(app.get_access_token())
    assert caught.value.status_code == 401 and "signature" in caught.value.msg.lower()
    await close(app)


def test_bad_app_arguments_fail_before_anything_is_sent() -> None:
    registered = OAuthServer().add_app("jwt")
    with pytest.raises(ValueError, match="PEM") as caught:
        app_for("sync", registered, None, private_key="not a key")
    assert "not a key" not in str(caught.value)
    with pytest.raises(ValueError, match="private_key") as caught:
        app_for("sync", registered, None, private_key="-----BEGIN PRIVATE KEY-----\nS3CR3T\n-----END PRIVATE KEY-----")
    assert "S3CR3T" not in str(caught.value) and caught.value.__cause__ is None
    with pytest.raises(ValueError, match="client_secret") as caught:
        WebOAuthApp("cid", "secret with a space")
    assert "secret with" not in str(caught.value)
    with pytest.raises(ValueError, match="ttl"):
        app_for("sync", registered, None).get_access_token(ttl=86400)
    with pytest.raises(ValueError, match="base_url"):
        PKCEOAuthApp("cid", "api.coze.com")
    with pytest.raises(TypeError, match="http_client"):
        PKCEOAuthApp("cid", http_client=httpx.AsyncClient())  # type: ignore[arg-type]


def test_an_app_uses_the_http_client_it_is_given(emulator: CozeEmulator) -> None:
    seen: list[str] = []
    client = httpx.Client(event_hooks={"request": [lambda request: seen.append(request.url.path)]}, timeout=3)
    app = app_for("sync", emulator.add_oauth_app("jwt"), emulator.base_url, http_client=client)
    token = app.get_access_token()
    assert seen == ["/api/permission/oauth2/token"] and works_on_the_api(emulator, token)
    app.close()
    assert not client.is_closed  # the caller's client stays the caller's


def test_the_refresh_manager_refuses_an_app_without_refresh_tokens(emulator: CozeEmulator) -> None:
    jwt_app = app_for("sync", emulator.add_oauth_app("jwt"), emulator.base_url)
    with pytest.raises(TypeError):
        OAuthTokenAuth(jwt_app, OAuthToken("t", 0))


def test_pyjwt_loads_only_for_jwt_apps_and_its_absence_names_the_extra() -> None:
    def run(code: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)

    loaded = run(
        "import sys, coze_ext; coze_ext.Coze(token='t'); print('jwt' in sys.modules, 'cryptography' in sys.modules)"
    )
    assert loaded.stdout.split() == ["False", "False"], loaded.stderr
    missing = run(
        "import sys; sys.modules['jwt'] = None\n"
        "import coze_ext\n"
        "coze_ext.JWTAuth(client_id='c', private_key='-----BEGIN PRIVATE KEY-----', public_key_id='k')\n"
    )
    assert missing.returncode != 0 and "pip install 'coze-ext[jwt]'" in missing.stderr
