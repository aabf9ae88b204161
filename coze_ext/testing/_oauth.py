"""The emulator's OAuth server: apps, authorization codes, device logins, issued tokens.

It checks what Coze checks, so a client that passes here did the real thing: a web app's
client secret, a PKCE verifier against its challenge, a JWT's RS256 signature against the
app's public key and its claims (`iss`, `aud` = the emulator's host, `iat`, `exp`, a `jti`
used only once), device codes that the user (a test, or the verification page) approves or
denies, and refresh tokens that each refresh uses up. Access tokens it issues are accepted
as bearer tokens on the API until they expire. Rules only; the server does the HTTP.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from ..auth._grants import DEVICE_GRANT, JWT_GRANT
from ..auth._pkce import code_challenge

__all__ = ["AppKind", "OAuthClient", "OAuthFailure", "OAuthServer"]

AppKind = Literal["web", "pkce", "device", "jwt"]
# How long an authorization code may wait to be traded, as on Coze.
CODE_TTL = 600
MAX_JWT_TTL = 86399
DEFAULT_JWT_TTL = 900
# Device-flow states are answered in both shapes at once: the RFC 8628 one the device-flow
# reference page shows (`error`, `error_description`), which @coze/api reads, and Coze's own
# (`error_code`, `error_message`), which cozepy reads. Other failures come in Coze's shape.
_RFC_SHAPED = frozenset({"authorization_pending", "slow_down", "access_denied", "expired_token"})


class OAuthFailure(Exception):
    """A token request refused the OAuth way: an error code and a description."""

    def __init__(self, error: str, description: str, status: int = 400) -> None:
        super().__init__(f"{error}: {description}")
        self.error = error
        self.description = description
        self.status = status

    def body(self) -> dict[str, str]:
        coze = {"error_code": self.error, "error_message": self.description}
        if self.error in _RFC_SHAPED:
            return {"error": self.error, "error_description": self.description, **coze}
        return coze


@dataclass(repr=False)
class OAuthClient:
    """An OAuth app registered with the emulator. A JWT app registered without a key gets a
    new RSA key pair: sign with `private_key` (PEM)."""

    client_id: str
    kind: AppKind
    client_secret: str | None = None
    public_key_id: str | None = None
    public_key: str | None = None
    private_key: str | None = None
    redirect_uris: tuple[str, ...] = ()

    def __repr__(self) -> str:
        return f"OAuthClient(client_id={self.client_id!r}, kind={self.kind!r}, public_key_id={self.public_key_id!r})"


@dataclass
class _Code:
    client_id: str
    redirect_uri: str
    challenge: str | None
    method: str
    expires_at: float


@dataclass
class DeviceLogin:
    """A device authorization waiting for the user: `pending`, `approved` or `denied`."""

    client_id: str
    device_code: str = field(repr=False)
    user_code: str
    expires_at: float
    status: Literal["pending", "approved", "denied"] = "pending"


@dataclass(frozen=True)
class IssuedToken:
    """What the emulator knows about an access token it issued."""

    client_id: str
    expires_at: int
    refresh_token: str | None = field(default=None, repr=False)
    claims: Mapping[str, Any] = field(default_factory=dict)
    """The verified JWT claims, for a JWT app's token (`session_name`...)."""
    scope: Any = None


class OAuthServer:
    """The emulator's OAuth state and rules. Knobs: `access_token_ttl` (seconds a web, PKCE or
    device token lives; JWT tokens live their `duration_seconds`), `device_code_ttl`,
    `device_interval` (the poll interval device codes come with)."""

    def __init__(self, now: Callable[[], float] = time.time) -> None:
        self.now = now
        self.access_token_ttl = 900
        self.device_code_ttl = 300
        self.device_interval: float = 5
        self.apps: dict[str, OAuthClient] = {}
        self.issued: dict[str, IssuedToken] = {}
        self.devices: dict[str, DeviceLogin] = {}
        self._codes: dict[str, _Code] = {}
        self._refresh: dict[str, str] = {}  # refresh token -> client id
        self._jtis: set[str] = set()
        self._lock = threading.RLock()

    # Apps and users ---------------------------------------------------------------------------

    def add_app(
        self,
        kind: AppKind,
        *,
        client_id: str | None = None,
        client_secret: str | None = None,
        public_key: str | None = None,
        public_key_id: str | None = None,
        redirect_uris: Iterable[str] = (),
    ) -> OAuthClient:
        """Register an app. Ids and secrets are made up when not given; a JWT app without a
        `public_key` gets a new key pair (its `private_key` is on the returned app)."""
        if kind not in ("web", "pkce", "device", "jwt"):
            raise ValueError(f"kind must be web, pkce, device or jwt, not {kind!r}")
        app = OAuthClient(
            client_id=client_id or f"{secrets.randbelow(10**30):030d}.app.coze",
            kind=kind,
            redirect_uris=tuple(redirect_uris),
        )
        if kind == "web":
            app.client_secret = client_secret or secrets.token_urlsafe(32)
        if kind == "jwt":
            app.public_key_id = public_key_id or secrets.token_urlsafe(24)
            if public_key is None:
                key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
                app.private_key = key.private_bytes(
                    serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
                ).decode()
                public_key = (
                    key.public_key()
                    .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
                    .decode()
                )
            app.public_key = public_key
        with self._lock:
            self.apps[app.client_id] = app
        return app

    def authorize(
        self,
        client_id: str,
        redirect_uri: str,
        *,
        code_challenge: str | None = None,
        code_challenge_method: str | None = None,
    ) -> str:
        """What the authorization page does once the user allows access: a new code."""
        app = self._app(client_id, ("web", "pkce"))
        if app.redirect_uris and redirect_uri not in app.redirect_uris:
            raise OAuthFailure("invalid_request", "invalid request: redirect_uri is not registered for the app")
        method = code_challenge_method or "plain"
        if app.kind == "pkce":
            if not code_challenge:
                raise OAuthFailure("invalid_request", "invalid request: code_challenge")
            if method not in ("S256", "plain"):
                raise OAuthFailure("invalid_request", "invalid request: code_challenge_method")
        code = "code_" + secrets.token_urlsafe(24)
        with self._lock:
            self._codes[code] = _Code(client_id, redirect_uri, code_challenge, method, self.now() + CODE_TTL)
        return code

    def start_device(self, client_id: str, verification_uri: str) -> dict[str, Any]:
        """A new device login for the app: the device code endpoint's answer."""
        self._app(client_id, ("device",))
        device_code = secrets.token_urlsafe(32)
        user_code = f"{secrets.token_hex(2).upper()}-{secrets.token_hex(2).upper()}"
        with self._lock:
            self.devices[device_code] = DeviceLogin(
                client_id, device_code, user_code, self.now() + self.device_code_ttl
            )
        return {
            "device_code": device_code,
            "user_code": user_code,
            "verification_uri": verification_uri,
            "expires_in": self.device_code_ttl,
            "interval": self.device_interval,
        }

    def approve_device(self, user_code: str) -> None:
        """The user allowed access for this code."""
        self._device(user_code).status = "approved"

    def deny_device(self, user_code: str) -> None:
        """The user denied access for this code."""
        self._device(user_code).status = "denied"

    def _device(self, user_code: str) -> DeviceLogin:
        with self._lock:
            for login in self.devices.values():
                if login.user_code == user_code.strip().upper():
                    return login
        raise KeyError(f"no device login waits for user code {user_code!r}")

    # Tokens -----------------------------------------------------------------------------------

    def accepts(self, access_token: str) -> bool:
        """Whether the API takes this bearer token (issued here, and not expired)."""
        with self._lock:
            issued = self.issued.get(access_token)
        return issued is not None and issued.expires_at > self.now()

    def expire_tokens(self) -> None:
        """Every access token issued so far expires now (as if revoked): the API answers 401."""
        with self._lock:
            for token, issued in self.issued.items():
                self.issued[token] = IssuedToken(issued.client_id, 0, issued.refresh_token, issued.claims, issued.scope)

    def token(self, body: Mapping[str, Any], authorization: str, audience: str) -> dict[str, Any]:
        """Answer a token request (`body`, its `Authorization` header, and the host it was
        sent to, which a JWT's `aud` must name); raises `OAuthFailure`."""
        grant = body.get("grant_type")
        with self._lock:
            if grant == "authorization_code":
                return self._code_grant(body, _bearer(authorization))
            if grant == "refresh_token":
                return self._refresh_grant(body, _bearer(authorization))
            if grant == DEVICE_GRANT:
                return self._device_grant(body)
            if grant == JWT_GRANT:
                return self._jwt_grant(body, _bearer(authorization), audience)
        raise OAuthFailure("unsupported_grant_type", f"not supported grant type: {grant}")

    def _app(self, client_id: Any, kinds: tuple[AppKind, ...]) -> OAuthClient:
        app = self.apps.get(client_id) if isinstance(client_id, str) else None
        if app is None or app.kind not in kinds:
            raise OAuthFailure("invalid_client", "invalid client: unknown client_id for this grant", 401)
        return app

    def _check_secret(self, app: OAuthClient, secret: str | None) -> None:
        if app.kind == "web" and (secret is None or not secrets.compare_digest(secret, app.client_secret or "")):
            raise OAuthFailure("invalid_client", "invalid client: wrong client secret", 401)

    def _code_grant(self, body: Mapping[str, Any], secret: str | None) -> dict[str, Any]:
        app = self._app(body.get("client_id"), ("web", "pkce"))
        self._check_secret(app, secret)
        code = self._codes.pop(str(body.get("code")), None)  # a code is used once, even in vain
        if code is None or code.client_id != app.client_id or code.expires_at <= self.now():
            raise OAuthFailure("invalid_grant", "invalid grant: the code is invalid, used or expired")
        if body.get("redirect_uri") != code.redirect_uri:
            raise OAuthFailure("invalid_grant", "invalid grant: redirect_uri differs from the authorization's")
        if code.challenge is not None:
            verifier = body.get("code_verifier")
            try:
                valid = isinstance(verifier, str) and secrets.compare_digest(
                    code_challenge(verifier, "S256" if code.method == "S256" else "plain"), code.challenge
                )
            except ValueError:
                valid = False
            if not valid:
                raise OAuthFailure("invalid_grant", "invalid grant: code_verifier does not match the code_challenge")
        return self._issue(app.client_id, self.access_token_ttl, refresh=True)

    def _refresh_grant(self, body: Mapping[str, Any], secret: str | None) -> dict[str, Any]:
        app = self._app(body.get("client_id"), ("web", "pkce", "device"))
        self._check_secret(app, secret)
        owner = self._refresh.pop(str(body.get("refresh_token")), None)  # rotated: used up
        if owner != app.client_id:
            raise OAuthFailure("invalid_grant", "invalid grant: the refresh token is invalid, used or expired")
        return self._issue(app.client_id, self.access_token_ttl, refresh=True)

    def _device_grant(self, body: Mapping[str, Any]) -> dict[str, Any]:
        app = self._app(body.get("client_id"), ("device",))
        login = self.devices.get(str(body.get("device_code")))
        if login is None or login.client_id != app.client_id:
            raise OAuthFailure("invalid_grant", "invalid grant: unknown device_code")
        if login.expires_at <= self.now():
            del self.devices[login.device_code]
            raise OAuthFailure("expired_token", "the device_code has expired")
        if login.status == "pending":
            raise OAuthFailure("authorization_pending", "the user has not finished the authorization yet")
        del self.devices[login.device_code]
        if login.status == "denied":
            raise OAuthFailure("access_denied", "the user denied the authorization request")
        return self._issue(app.client_id, self.access_token_ttl, refresh=True)

    def _jwt_grant(self, body: Mapping[str, Any], signed: str | None, audience: str) -> dict[str, Any]:
        if not signed:
            raise OAuthFailure("invalid_client", "invalid client: no JWT in the Authorization header", 401)
        try:
            header = jwt.get_unverified_header(signed)
        except jwt.InvalidTokenError:
            raise OAuthFailure("invalid_client", "invalid jwt: not a JWT", 401) from None
        app = next((a for a in self.apps.values() if a.kind == "jwt" and a.public_key_id == header.get("kid")), None)
        if app is None or app.public_key is None:
            raise OAuthFailure("invalid_client", "invalid jwt: kid not been registered", 401)
        if header.get("alg") != "RS256":
            raise OAuthFailure("invalid_client", "invalid jwt: alg must be RS256", 401)
        try:
            claims: dict[str, Any] = jwt.decode(
                signed,
                app.public_key,
                algorithms=["RS256"],
                audience=audience,
                issuer=app.client_id,
                options={"require": ["iss", "aud", "iat", "exp", "jti"]},
            )
        except jwt.InvalidTokenError as error:
            raise OAuthFailure("invalid_client", f"invalid jwt: {error}", 401) from None
        if claims["jti"] in self._jtis:
            raise OAuthFailure("invalid_client", "invalid jwt: jti has been used", 401)
        self._jtis.add(claims["jti"])
        ttl = body.get("duration_seconds", DEFAULT_JWT_TTL)
        if not isinstance(ttl, int) or isinstance(ttl, bool) or not 1 <= ttl <= MAX_JWT_TTL:
            raise OAuthFailure("invalid_request", "invalid request: duration_seconds")
        return self._issue(app.client_id, ttl, refresh=False, claims=claims, scope=body.get("scope"))

    def _issue(
        self, client_id: str, ttl: int, *, refresh: bool, claims: Mapping[str, Any] | None = None, scope: Any = None
    ) -> dict[str, Any]:
        access_token = ("czu_" if refresh else "czs_") + secrets.token_urlsafe(32)
        expires_at = int(self.now()) + ttl
        refresh_token = secrets.token_urlsafe(48) if refresh else None
        self.issued[access_token] = IssuedToken(client_id, expires_at, refresh_token, dict(claims or {}), scope)
        answer: dict[str, Any] = {"access_token": access_token, "expires_in": expires_at, "token_type": "Bearer"}
        if refresh_token is not None:
            self._refresh[refresh_token] = client_id
            answer["refresh_token"] = refresh_token
        return answer


def _bearer(authorization: str) -> str | None:
    scheme, _, credentials = authorization.partition(" ")
    return credentials.strip() or None if scheme.lower() == "bearer" else None
