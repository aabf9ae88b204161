"""The `state` of a web or PKCE login: made up when the caller gives none, and checked on
the callback in constant time.

The authorization page sends the user back to the redirect URL with the code and the
`state` the login started with. A callback whose state is not the one this user's login
sent is forged (cross-site request forgery: an attacker's code, to sign the user in as the
attacker) or stale, and its code must not be traded.
"""

from __future__ import annotations

import hmac
import secrets

from .._errors import OAuthStateError

__all__ = ["AuthorizationURL", "new_state", "verify_oauth_state"]


class AuthorizationURL(str):
    """The URL of the authorization page (a `str`), with the `state` it carries: keep that
    (in the user's session) to check the callback with `verify_oauth_state`."""

    state: str

    def __new__(cls, url: str, state: str = "") -> AuthorizationURL:
        made = super().__new__(cls, url)
        made.state = state
        return made


def new_state() -> str:
    """A fresh random state (256 bits from `secrets`)."""
    return secrets.token_urlsafe(32)


def verify_oauth_state(expected: str, received: str | None) -> None:
    """Check the `state` a callback brought (`received`, None when it had none) against the
    one the login sent (`expected`, `url.state`); raise `OAuthStateError` if they differ.

    The comparison takes the same time wherever the two differ (`hmac.compare_digest`).
    """
    if not isinstance(expected, str) or not expected:
        raise ValueError("expected must be the login's state (the .state of get_oauth_url's answer), not empty")
    if not isinstance(received, str) or not hmac.compare_digest(expected.encode(), received.encode()):
        raise OAuthStateError(
            "the OAuth callback's state is not the one this login sent: the redirect may be forged "
            "(cross-site request forgery) or from another login; do not trade its code"
        )
