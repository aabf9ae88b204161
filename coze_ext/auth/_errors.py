"""Typed OAuth errors, read from either body shape a token endpoint answers with.

Coze answers `{"error_code": ..., "error_message": ...}` (sometimes under HTTP 200), the
RFC 6749 shape is `{"error": ..., "error_description": ...}`; both give the same class.
Each is an `APIError` (so a `CozeError`) with the OAuth code as `.error_code` and the
response's logid as `.logid`.
"""

from __future__ import annotations

from typing import Any

import httpx

from .._errors import APIError, make_api_error, region_hint, response_logid

__all__ = [
    "AccessDeniedError",
    "AuthorizationPendingError",
    "ExpiredTokenError",
    "InvalidClientError",
    "InvalidGrantError",
    "OAuthError",
    "SlowDownError",
    "token_failure",
]


class OAuthError(APIError):
    """An OAuth token endpoint refused the request; `error_code` says why."""

    def __init__(self, message: str, *, error_code: str, **details: Any) -> None:
        super().__init__(message, **details)
        self.error_code = error_code

    @property
    def error(self) -> str:
        """The OAuth code under the name cozepy's `CozePKCEAuthError` used."""
        return self.error_code


class AuthorizationPendingError(OAuthError):
    """Device flow: the user has not allowed (or denied) access yet; poll again."""


class SlowDownError(OAuthError):
    """Device flow: polling too often; wait 5 s longer between polls (RFC 8628)."""


class AccessDeniedError(OAuthError):
    """The user denied access, or the app is deactivated (`access_denied`, `access_deny`)."""


class ExpiredTokenError(OAuthError):
    """Device flow: the device code expired; start again with a new one."""


class InvalidGrantError(OAuthError):
    """The code, refresh token or device code is invalid, used or expired (or the PKCE
    verifier does not match its challenge)."""


class InvalidClientError(OAuthError):
    """The client credentials (client secret, or the JWT and its key) were refused."""


_BY_ERROR: dict[str, type[OAuthError]] = {
    "authorization_pending": AuthorizationPendingError,
    "slow_down": SlowDownError,
    "access_denied": AccessDeniedError,
    "access_deny": AccessDeniedError,  # Coze's spelling in its error tables
    "expired_token": ExpiredTokenError,
    "invalid_grant": InvalidGrantError,
    "invalid_client": InvalidClientError,
}
# A credential of one site is unknown to the other: these failures get a region hint.
_REGION_SENSITIVE = (InvalidClientError, InvalidGrantError)


def token_failure(response: httpx.Response, body: Any) -> APIError | None:
    """The typed error of a token endpoint answer, or None when it is a success.

    `body` is the decoded JSON (anything else for a non-JSON body). An answer without an
    OAuth code that still failed (a gateway page, a Coze `{code, msg}` body) gets the
    usual typed error of the status and code.
    """
    fields = body if isinstance(body, dict) else {}
    error_code = fields.get("error_code") or fields.get("error")
    if isinstance(error_code, str):
        return _oauth_error(response, fields, error_code)
    code = fields.get("code")
    if response.status_code >= 400 or (isinstance(code, int) and code != 0):
        return make_api_error(response, response.content, body if fields else None)
    return None


def _oauth_error(response: httpx.Response, fields: dict[str, Any], error_code: str) -> OAuthError:
    description = fields.get("error_message") or fields.get("error_description")
    msg = str(description) if description not in (None, "") else None
    logid = response_logid(response)
    cls = _BY_ERROR.get(error_code, OAuthError)
    message = f"OAuth error {error_code}" + (f": {msg}" if msg else "") + f" (HTTP {response.status_code}"
    message += f", logid: {logid})" if logid else ")"
    if issubclass(cls, _REGION_SENSITIVE):
        hint = region_hint(response)
        if hint:
            message += ". " + hint
    return cls(
        message,
        error_code=error_code,
        status_code=response.status_code,
        msg=msg,
        logid=logid,
        body=fields,
        response=response,
    )
