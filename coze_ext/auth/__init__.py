"""Every way to authenticate with Coze: tokens, and the OAuth apps (web, PKCE, device, JWT).

    from coze_ext import Coze, JWTAuth
    coze = Coze(auth=JWTAuth(client_id="...", private_key=pem, public_key_id="..."))

`TokenAuth` sends a personal access token (or any token, or a function's). `JWTAuth` and
`OAuthTokenAuth` are token managers: they get a token, renew it before it expires (once for
many concurrent requests) and after a 401, through the client's own transport. The apps
(`WebOAuthApp`, `PKCEOAuthApp`, `DeviceOAuthApp`, `JWTOAuthApp` and their `Async*` twins,
named as in cozepy) run the logins themselves. `python -m coze_ext.auth login` signs in
with a device app and saves the token.
"""

from __future__ import annotations

from .._auth import TokenAuth, TokenSource, aauth_headers, auth_headers
from .._errors import (
    AccessDeniedError,
    AuthorizationPendingError,
    ExpiredTokenError,
    InvalidClientError,
    InvalidGrantError,
    OAuthError,
    OAuthStateError,
    SlowDownError,
)
from ._apps import (
    AsyncDeviceOAuthApp,
    AsyncJWTOAuthApp,
    AsyncPKCEOAuthApp,
    AsyncWebOAuthApp,
    DeviceOAuthApp,
    JWTOAuthApp,
    PKCEOAuthApp,
    WebOAuthApp,
)
from ._jwt import Scope
from ._managers import DEFAULT_REFRESH_MARGIN, JWTAuth, OAuthTokenAuth
from ._pkce import code_challenge, generate_code_verifier
from ._state import AuthorizationURL, verify_oauth_state
from ._store import FileTokenStore, TokenStore
from ._token import DeviceAuthCode, OAuthToken

__all__ = [
    "DEFAULT_REFRESH_MARGIN",
    "AccessDeniedError",
    "AsyncDeviceOAuthApp",
    "AsyncJWTOAuthApp",
    "AsyncPKCEOAuthApp",
    "AsyncWebOAuthApp",
    "AuthorizationPendingError",
    "AuthorizationURL",
    "DeviceAuthCode",
    "DeviceOAuthApp",
    "ExpiredTokenError",
    "FileTokenStore",
    "InvalidClientError",
    "InvalidGrantError",
    "JWTAuth",
    "JWTOAuthApp",
    "OAuthError",
    "OAuthStateError",
    "OAuthToken",
    "OAuthTokenAuth",
    "PKCEOAuthApp",
    "Scope",
    "SlowDownError",
    "TokenAuth",
    "TokenSource",
    "TokenStore",
    "WebOAuthApp",
    "aauth_headers",
    "auth_headers",
    "code_challenge",
    "generate_code_verifier",
    "verify_oauth_state",
]
