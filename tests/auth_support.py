"""Helpers for the auth tests: apps of either flavour, the emulator's token requests, a
user who clicks "Allow" on the emulator's authorization page."""

from __future__ import annotations

import inspect
from typing import Any

import httpx
import jwt

from coze_ext import (
    AsyncDeviceOAuthApp,
    AsyncJWTOAuthApp,
    AsyncPKCEOAuthApp,
    AsyncWebOAuthApp,
    DeviceOAuthApp,
    JWTOAuthApp,
    PKCEOAuthApp,
    WebOAuthApp,
)
from coze_ext.testing import CozeEmulator, OAuthClient, RecordedRequest

MODES = ["sync", "async"]
REDIRECT_URI = "http://127.0.0.1:8765/callback"
_APPS: dict[str, tuple[type[Any], type[Any]]] = {
    "web": (WebOAuthApp, AsyncWebOAuthApp),
    "pkce": (PKCEOAuthApp, AsyncPKCEOAuthApp),
    "device": (DeviceOAuthApp, AsyncDeviceOAuthApp),
    "jwt": (JWTOAuthApp, AsyncJWTOAuthApp),
}


async def resolve(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


def app_for(
    mode: str,
    registered: OAuthClient,
    base_url: str | None,
    *,
    client_secret: str | None = None,
    private_key: str | None = None,
    **options: Any,
) -> Any:
    """The SDK app (sync or async) for an app registered with the emulator (with another
    secret or key when given)."""
    cls = _APPS[registered.kind][mode == "async"]
    if registered.kind == "web":
        return cls(registered.client_id, client_secret or registered.client_secret, base_url, **options)
    if registered.kind == "jwt":
        key = private_key or registered.private_key
        return cls(registered.client_id, key, registered.public_key_id, base_url, **options)
    return cls(registered.client_id, base_url, **options)


async def close(app: Any) -> None:
    await resolve(app.close())


def allow(url: str) -> dict[str, str]:
    """Open an authorization URL as a user who allows access: the redirect's query."""
    answer = httpx.get(url)
    assert answer.status_code == 302, answer.text
    return dict(httpx.URL(answer.headers["location"]).params)


def token_requests(emulator: CozeEmulator) -> list[RecordedRequest]:
    return [r for r in emulator.requests if r.path.startswith("/api/permission/oauth2/") and r.path.endswith("/token")]


def api_requests(emulator: CozeEmulator, operation_id: str = "users_me") -> list[RecordedRequest]:
    return [r for r in emulator.requests if r.operation_id == operation_id]


def jwt_of(request: RecordedRequest) -> tuple[dict[str, Any], dict[str, Any]]:
    """The header and claims of the JWT a token request carried (signature not checked)."""
    signed = request.headers["authorization"].removeprefix("Bearer ")
    return jwt.get_unverified_header(signed), jwt.decode(signed, options={"verify_signature": False})
