"""What the OAuth endpoints give: access tokens and device codes, with reprs that hide them."""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, TypeGuard
from urllib.parse import urlencode

from .._auth import check_token

__all__ = ["DeviceAuthCode", "OAuthToken"]

# Coze's `expires_in` is an absolute Unix time. A value this small can only be a duration
# (RFC 6749's meaning, e.g. from a proxy in front of Coze): it is counted from receipt.
_DURATION_LIMIT = 1_000_000_000
DEFAULT_DEVICE_INTERVAL = 5


@dataclass(frozen=True, repr=False)
class OAuthToken:
    """An access token, when it expires (`expires_in`, an absolute Unix time in seconds, as
    Coze sends it), and the single-use refresh token that renews it (None for JWT tokens)."""

    access_token: str
    expires_in: int
    refresh_token: str | None = None
    token_type: str = "Bearer"

    def __repr__(self) -> str:
        refresh = "None" if self.refresh_token is None else "<redacted>"
        return (
            f"OAuthToken(access_token=<redacted>, expires_in={self.expires_in}, "
            f"refresh_token={refresh}, token_type={self.token_type!r})"
        )

    def seconds_left(self, now: float | None = None) -> float:
        """Seconds until the access token expires (negative once it has)."""
        return self.expires_in - (time.time() if now is None else now)

    def to_dict(self) -> dict[str, Any]:
        """The token as the token endpoint sends it (what a token store writes)."""
        data: dict[str, Any] = {"access_token": self.access_token, "expires_in": self.expires_in}
        if self.refresh_token is not None:
            data["refresh_token"] = self.refresh_token
        data["token_type"] = self.token_type
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, now: float | None = None) -> OAuthToken:
        """A token from a token endpoint answer (or `to_dict()`); ValueError if it has none."""
        access_token = data.get("access_token")
        expires_in = data.get("expires_in")
        if not isinstance(access_token, str) or not access_token:
            raise ValueError("the answer has no access_token")
        check_token(access_token, "the answer's access_token")
        if not isinstance(expires_in, int | float) or isinstance(expires_in, bool):
            raise ValueError("the answer has no numeric expires_in")
        if 0 <= expires_in < _DURATION_LIMIT:
            expires_in += time.time() if now is None else now
        refresh_token = data.get("refresh_token")
        token_type = data.get("token_type")
        return cls(
            access_token=access_token,
            expires_in=int(expires_in),
            refresh_token=refresh_token if isinstance(refresh_token, str) and refresh_token else None,
            token_type=token_type if isinstance(token_type, str) and token_type else "Bearer",
        )


@dataclass(frozen=True, repr=False)
class DeviceAuthCode:
    """A device authorization: show the user `verification_url` (or `verification_uri` and
    `user_code`), then poll with `device_code` every `interval` seconds for `expires_in`
    seconds at most."""

    device_code: str
    user_code: str
    verification_uri: str
    expires_in: int
    interval: float = DEFAULT_DEVICE_INTERVAL

    def __repr__(self) -> str:
        return (
            f"DeviceAuthCode(device_code=<redacted>, user_code={self.user_code!r}, "
            f"verification_uri={self.verification_uri!r}, expires_in={self.expires_in}, interval={self.interval})"
        )

    @property
    def verification_url(self) -> str:
        """The verification page with the user code filled in."""
        separator = "&" if "?" in self.verification_uri else "?"
        return f"{self.verification_uri}{separator}{urlencode({'user_code': self.user_code})}"

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DeviceAuthCode:
        """A device authorization from the device code endpoint's answer."""
        device_code, verification_uri = data.get("device_code"), data.get("verification_uri")
        user_code = data.get("user_code")
        if not isinstance(device_code, str) or not device_code:
            raise ValueError("the answer has no device_code")
        if not isinstance(verification_uri, str) or not verification_uri:
            raise ValueError("the answer has no verification_uri")
        # The reference types user_code as an integer; every example is a string like ABCD-1234.
        if not isinstance(user_code, str | int) or isinstance(user_code, bool) or user_code == "":
            raise ValueError("the answer has no user_code")
        interval = data.get("interval")
        expires_in = data.get("expires_in")
        return cls(
            device_code=device_code,
            user_code=str(user_code),
            verification_uri=verification_uri,
            expires_in=int(expires_in) if isinstance(expires_in, int | float) else 0,
            # The server's interval is used as given; 5 s (RFC 8628) only when it gives none.
            interval=interval if _is_interval(interval) else DEFAULT_DEVICE_INTERVAL,
        )


def _is_interval(value: Any) -> TypeGuard[float]:
    return isinstance(value, int | float) and not isinstance(value, bool) and value >= 0
