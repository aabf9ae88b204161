"""Web and PKCE logins carry a CSRF `state`: a random one when the caller gives none, exposed
on the URL `get_oauth_url` returns, and checked on the callback in constant time."""

from __future__ import annotations

import hmac
import random
from typing import Any

import httpx
import pytest
from auth_support import MODES, REDIRECT_URI, allow, app_for, close, resolve

from coze_ext import (
    AsyncPKCEOAuthApp,
    AsyncWebOAuthApp,
    AuthorizationURL,
    CozeError,
    OAuthStateError,
    PKCEOAuthApp,
    WebOAuthApp,
    generate_code_verifier,
    verify_oauth_state,
)
from coze_ext.auth import _state
from coze_ext.testing import CozeEmulator

APPS: list[Any] = [
    lambda: WebOAuthApp("cid", "secret"),
    lambda: AsyncWebOAuthApp("cid", "secret"),
    lambda: PKCEOAuthApp("cid"),
    lambda: AsyncPKCEOAuthApp("cid"),
]


def oauth_url(app: Any, **options: Any) -> AuthorizationURL:
    if isinstance(app, PKCEOAuthApp | AsyncPKCEOAuthApp):
        url: AuthorizationURL = app.get_oauth_url(REDIRECT_URI, generate_code_verifier(), **options)
    else:
        url = app.get_oauth_url(REDIRECT_URI, **options)
    return url


@pytest.mark.parametrize("make", APPS)
def test_without_a_state_a_random_one_is_sent_and_exposed(make: Any) -> None:
    app = make()
    random.seed(0)
    first = oauth_url(app)
    random.seed(0)
    second = oauth_url(app, state="")  # cozepy's default: treated as "none given"
    for url in (first, second):
        assert isinstance(url, str) and url.startswith("https://www.coze.com/api/permission/oauth2/authorize?")
        sent = httpx.URL(url).params["state"]
        assert len(sent) >= 43 and url.state == sent
    assert first.state != second.state  # from `secrets`: a seeded `random` does not repeat them


@pytest.mark.parametrize("make", APPS)
def test_a_given_state_is_sent_as_it_is(make: Any) -> None:
    url = oauth_url(make(), state="st-42")
    assert url.state == "st-42" and httpx.URL(url).params["state"] == "st-42"


def test_cozepys_call_shapes_still_work() -> None:
    url = WebOAuthApp("cid", "secret").get_oauth_url("https://my.app/cb", "st-1", "77")
    assert url.state == "st-1" and "/workspace_id/77/authorize?" in url
    pkce = PKCEOAuthApp("cid").get_oauth_url("https://my.app/cb", generate_code_verifier(), "plain", "st-2")
    assert pkce.state == "st-2" and httpx.URL(pkce).params["code_challenge_method"] == "plain"


def test_verify_oauth_state_compares_in_constant_time(monkeypatch: pytest.MonkeyPatch) -> None:
    compared: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def compare_digest(a: bytes, b: bytes) -> bool:
        compared.append((a, b))
        return real(a, b)

    monkeypatch.setattr(_state.hmac, "compare_digest", compare_digest)
    verify_oauth_state("s-123", "s-123")
    for forged in ("s-124", "", "s-123 ", "s-12"):
        with pytest.raises(OAuthStateError) as caught:
            verify_oauth_state("s-123", forged)
        assert isinstance(caught.value, CozeError) and "forged" in str(caught.value)
        assert "s-123" not in str(caught.value)
    assert compared == [(b"s-123", b"s-123"), (b"s-123", b"s-124"), (b"s-123", b""), (b"s-123", b"s-123 "),
                        (b"s-123", b"s-12")]  # fmt: skip
    with pytest.raises(OAuthStateError):
        verify_oauth_state("s-123", None)  # the callback had no state at all
    with pytest.raises(ValueError):
        verify_oauth_state("", "")  # an empty expected state would accept a callback without one


@pytest.mark.parametrize("mode", MODES)
async def test_a_login_checks_the_state_its_callback_brings_back(emulator: CozeEmulator, mode: str) -> None:
    app = app_for(mode, emulator.add_oauth_app("web"), emulator.base_url)
    url = app.get_oauth_url(REDIRECT_URI)
    callback = allow(url)
    verify_oauth_state(url.state, callback["state"])  # the real callback passes
    token = await resolve(app.get_access_token(REDIRECT_URI, callback["code"]))
    assert token.access_token
    forged = allow(app.get_oauth_url(REDIRECT_URI))  # an attacker's own login, its callback sent to the user
    with pytest.raises(OAuthStateError):
        verify_oauth_state(url.state, forged["state"])
    await close(app)
