"""The requests of every OAuth grant, and the authorization page URL. Pure functions, no I/O.

Token requests are JSON POSTs to `{base}/api/permission/oauth2/token` (or the account or
enterprise variant); only a web app's client secret or a JWT app's signed JWT goes in the
`Authorization` header (api-surface §5.4; api-docs oauth_*.md).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote, urlencode

import httpx

from .._constants import COZE_CN_BASE_URL, COZE_COM_BASE_URL
from .._urls import refuse_credentials

__all__ = [
    "DEVICE_GRANT",
    "JWT_GRANT",
    "authorize_url",
    "base_url_of",
    "code_request",
    "device_code_request",
    "device_token_request",
    "jwt_request",
    "origin",
    "refresh_request",
    "require",
    "token_url",
    "www_base_url",
]

JWT_GRANT = "urn:ietf:params:oauth:grant-type:jwt-bearer"
DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"
_OAUTH = "/api/permission/oauth2"
# The API hosts whose authorization page lives on another host.
_WWW = {COZE_COM_BASE_URL: "https://www.coze.com", COZE_CN_BASE_URL: "https://www.coze.cn"}


def require(name: str, value: Any) -> str:
    """`value` if it is a non-empty string; TypeError or ValueError otherwise."""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a string, not {type(value).__name__}")
    if not value.strip():
        raise ValueError(f"{name} must not be empty")
    return value


def _segment(name: str, value: Any) -> str:
    """A path segment made of an id: quoted, and never `.` or `..`."""
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    require(name, value)
    if value in (".", ".."):
        raise ValueError(f"{name} must be an id, not {value!r}")
    return quote(value, safe="")


def base_url_of(value: str, name: str = "base_url") -> str:
    """A base URL without its trailing slash; ValueError if it is not http(s) or carries
    credentials."""
    require(name, value)
    refuse_credentials(value, name)
    if not value.startswith(("http://", "https://")):
        raise ValueError(f"{name} must start with http:// or https://, not {value!r}")
    return value.rstrip("/")


def origin(url: httpx.URL) -> str:
    """`scheme://host[:port]` of a URL (a default port left out)."""
    return f"{url.scheme}://{url.netloc.decode('ascii')}"


def www_base_url(base_url: str) -> str:
    """Where the authorization page lives: www.coze.com for api.coze.com, www.coze.cn for
    api.coze.cn, the base URL itself for anything else (a proxy, the local emulator)."""
    return _WWW.get(base_url, base_url)


def token_url(base_url: str, *, account_id: str | None = None, enterprise_id: str | None = None) -> str:
    """The token endpoint: the account (organization, workspace owner) or enterprise variant
    when one is given."""
    if account_id is not None and enterprise_id is not None:
        raise ValueError("pass account_id or enterprise_id, not both")
    if account_id is not None:
        return f"{base_url}{_OAUTH}/account/{_segment('account_id', account_id)}/token"
    if enterprise_id is not None:
        return f"{base_url}{_OAUTH}/enterprise_id/{_segment('enterprise_id', enterprise_id)}/token"
    return f"{base_url}{_OAUTH}/token"


def authorize_url(
    www_base: str,
    client_id: str,
    redirect_uri: str,
    state: str,
    *,
    workspace_id: str | None = None,
    code_challenge: str | None = None,
    code_challenge_method: str | None = None,
) -> str:
    """The page a user opens to allow access (the workspace variant when one is given)."""
    if not isinstance(state, str):
        raise TypeError(f"state must be a string, not {type(state).__name__}")
    params = {
        "response_type": "code",
        "client_id": require("client_id", client_id),
        "redirect_uri": require("redirect_uri", redirect_uri),
        "state": state,
    }
    if code_challenge is not None:
        params["code_challenge"] = code_challenge
        params["code_challenge_method"] = code_challenge_method or "S256"
    path = f"{_OAUTH}/authorize"
    if workspace_id is not None:
        path = f"{_OAUTH}/workspace_id/{_segment('workspace_id', workspace_id)}/authorize"
    return f"{www_base}{path}?{urlencode(params)}"


def _post(url: str, body: dict[str, Any], bearer: str | None = None) -> httpx.Request:
    headers = {"Authorization": f"Bearer {bearer}"} if bearer is not None else {}
    return httpx.Request("POST", url, json=body, headers=headers)


def code_request(
    base_url: str,
    client_id: str,
    redirect_uri: str,
    code: str,
    *,
    client_secret: str | None = None,
    code_verifier: str | None = None,
) -> httpx.Request:
    """Trade an authorization code: a web app sends its secret, a PKCE app its verifier."""
    body = {
        "grant_type": "authorization_code",
        "client_id": client_id,
        "redirect_uri": require("redirect_uri", redirect_uri),
        "code": require("code", code),
    }
    if code_verifier is not None:
        body["code_verifier"] = require("code_verifier", code_verifier)
    return _post(token_url(base_url), body, client_secret)


def refresh_request(
    base_url: str, client_id: str, refresh_token: str, *, client_secret: str | None = None
) -> httpx.Request:
    """Trade a (single-use) refresh token for a new access and refresh token."""
    body = {
        "grant_type": "refresh_token",
        "client_id": client_id,
        "refresh_token": require("refresh_token", refresh_token),
    }
    return _post(token_url(base_url), body, client_secret)


def device_code_request(base_url: str, client_id: str, workspace_id: str | None = None) -> httpx.Request:
    """Ask for a device code and a user code (for one workspace when one is given)."""
    path = f"{_OAUTH}/device/code"
    if workspace_id is not None:
        path = f"{_OAUTH}/workspace_id/{_segment('workspace_id', workspace_id)}/device/code"
    return _post(f"{base_url}{path}", {"client_id": client_id})


def device_token_request(base_url: str, client_id: str, device_code: str) -> httpx.Request:
    """Poll for the token of a device code."""
    body = {"grant_type": DEVICE_GRANT, "client_id": client_id, "device_code": require("device_code", device_code)}
    return _post(token_url(base_url), body)


def jwt_request(
    base_url: str,
    signed_jwt: str,
    *,
    ttl: int,
    scope: dict[str, Any] | None = None,
    account_id: str | None = None,
    enterprise_id: str | None = None,
) -> httpx.Request:
    """Trade a signed JWT for an access token that lives `ttl` seconds."""
    body: dict[str, Any] = {"grant_type": JWT_GRANT, "duration_seconds": ttl}
    if scope is not None:
        body["scope"] = scope
    return _post(token_url(base_url, account_id=account_id, enterprise_id=enterprise_id), body, signed_jwt)
