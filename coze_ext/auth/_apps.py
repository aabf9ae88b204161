"""The four kinds of Coze OAuth app, each sync and async, named as in cozepy.

Each app is its configuration and the flows of its grants (`_exchange`), plus a thin shell
that drives them with an `httpx.Client` or `httpx.AsyncClient`: the caller's
(`http_client=`) or one the app makes, with the SDK's default timeouts, on first use.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import httpx

from .._auth import check_token
from .._constants import COZE_COM_BASE_URL, DEFAULT_TIMEOUT, user_agent
from .._errors import AuthorizationPendingError, SlowDownError
from .._ssl import shared_ssl_context
from ._exchange import Flow, arun, device_code_flow, device_poll_flow, run, token_flow
from ._grants import (
    authorize_url,
    base_url_of,
    code_request,
    device_code_request,
    device_token_request,
    jwt_request,
    origin,
    refresh_request,
    require,
    www_base_url,
)
from ._jwt import Scope, load_private_key, sign_jwt
from ._pkce import ChallengeMethod, code_challenge
from ._state import AuthorizationURL, new_state
from ._token import DEFAULT_DEVICE_INTERVAL, DeviceAuthCode, OAuthToken

__all__ = [
    "AsyncDeviceOAuthApp",
    "AsyncJWTOAuthApp",
    "AsyncPKCEOAuthApp",
    "AsyncWebOAuthApp",
    "DeviceOAuthApp",
    "JWTOAuthApp",
    "PKCEOAuthApp",
    "RefreshableApp",
    "WebOAuthApp",
]

T = TypeVar("T")
# Coze accepts JWT token lifetimes up to just under a day (oauth_jwt.md, duration_seconds).
MAX_JWT_TTL = 86399


class _OAuthApp:
    """What every app has: its client id, and where its endpoints are."""

    def __init__(self, client_id: str, base_url: str | None, www_base_url: str | None) -> None:
        self.client_id = require("client_id", client_id)
        self._base_url = base_url_of(base_url) if base_url is not None else None
        self._www_base_url = base_url_of(www_base_url, "www_base_url") if www_base_url else None

    @property
    def base_url(self) -> str:
        """The API base URL the app's own calls use (coze.com unless one was given)."""
        return self._base_url or COZE_COM_BASE_URL

    def token_base(self, api_url: httpx.URL) -> str:
        """Where a token manager exchanges for a request to `api_url`: the app's base URL if
        one was given, else the API's own origin, so one base URL drives everything."""
        return self._base_url or origin(api_url)

    def _oauth_url(
        self,
        redirect_uri: str,
        state: str | None,
        workspace_id: str | None,
        challenge: str | None = None,
        method: str | None = None,
    ) -> AuthorizationURL:
        """The authorization page's URL, with a random state unless one was given."""
        state = state or new_state()
        www = self._www_base_url or www_base_url(self.base_url)
        url = authorize_url(
            www,
            self.client_id,
            redirect_uri,
            state,
            workspace_id=workspace_id,
            code_challenge=challenge,
            code_challenge_method=method,
        )
        return AuthorizationURL(url, state)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(client_id={self.client_id!r}, base_url={self.base_url!r})"


class RefreshableApp(_OAuthApp):
    """An app whose tokens come with a refresh token (web, PKCE and device apps)."""

    _client_secret: str | None = None

    def refresh_request(self, base_url: str, refresh_token: str) -> httpx.Request:
        """The request that trades `refresh_token` for a new token (at `base_url`)."""
        return refresh_request(base_url, self.client_id, refresh_token, client_secret=self._client_secret)

    def _refresh_flow(self, refresh_token: str) -> Flow[OAuthToken]:
        return token_flow(self.refresh_request(self.base_url, refresh_token))


class _WebApp(RefreshableApp):
    def __init__(self, client_id: str, client_secret: str, base_url: str | None, www_base_url: str | None) -> None:
        super().__init__(client_id, base_url, www_base_url)
        # It is sent as a bearer token, so it must be one.
        self._client_secret = check_token(client_secret, "client_secret")

    def get_oauth_url(
        self, redirect_uri: str, state: str | None = None, workspace_id: str | None = None
    ) -> AuthorizationURL:
        """The page where a user allows access; Coze then redirects to `redirect_uri` with
        `code` and the `state`. Without a state (or with an empty one) a random one is made:
        keep `url.state` and check the callback with `verify_oauth_state(url.state,
        received)`. `workspace_id` asks for one workspace's resources (enterprise editions)."""
        return self._oauth_url(redirect_uri, state, workspace_id)

    def _code_flow(self, redirect_uri: str, code: str) -> Flow[OAuthToken]:
        request = code_request(self.base_url, self.client_id, redirect_uri, code, client_secret=self._client_secret)
        return token_flow(request)


class _PKCEApp(RefreshableApp):
    def get_oauth_url(
        self,
        redirect_uri: str,
        code_verifier: str,
        code_challenge_method: ChallengeMethod = "S256",
        state: str | None = None,
        workspace_id: str | None = None,
    ) -> AuthorizationURL:
        """The page where a user allows access, carrying the challenge of `code_verifier`
        (from `generate_code_verifier()`; keep it for `get_access_token`). S256 unless
        `code_challenge_method="plain"`. The state is made up when not given, as for a web
        app: keep `url.state` and check the callback with `verify_oauth_state`."""
        challenge = code_challenge(code_verifier, code_challenge_method)
        return self._oauth_url(redirect_uri, state, workspace_id, challenge, code_challenge_method)

    def _code_flow(self, redirect_uri: str, code: str, code_verifier: str) -> Flow[OAuthToken]:
        return token_flow(code_request(self.base_url, self.client_id, redirect_uri, code, code_verifier=code_verifier))


class _DeviceApp(RefreshableApp):
    def __init__(self, client_id: str, base_url: str | None, www_base_url: str | None) -> None:
        super().__init__(client_id, base_url, www_base_url)
        # The poll interval each device code was given, for get_access_token(poll=True).
        self._intervals: dict[str, float] = {}

    def _device_code_flow(self, workspace_id: str | None) -> Flow[DeviceAuthCode]:
        code = yield from device_code_flow(device_code_request(self.base_url, self.client_id, workspace_id))
        self._intervals[code.device_code] = code.interval
        return code

    def _poll_flow(self, device_code: str | DeviceAuthCode, poll: bool) -> Flow[OAuthToken]:
        if isinstance(device_code, DeviceAuthCode):
            code, interval = device_code.device_code, device_code.interval
        else:
            code = require("device_code", device_code)
            interval = self._intervals.get(code, DEFAULT_DEVICE_INTERVAL)
        decided = True
        try:
            return (
                yield from device_poll_flow(
                    lambda: device_token_request(self.base_url, self.client_id, code), interval, poll=poll
                )
            )
        except (AuthorizationPendingError, SlowDownError):
            decided = False  # the caller polls again with the same code
            raise
        finally:
            if decided:
                self._intervals.pop(code, None)


class _JWTApp(_OAuthApp):
    def __init__(self, client_id: str, private_key: str, public_key_id: str, base_url: str | None) -> None:
        super().__init__(client_id, base_url, None)
        self.public_key_id = require("public_key_id", public_key_id)
        self._private_key = load_private_key(private_key)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(client_id={self.client_id!r}, public_key_id={self.public_key_id!r}, "
            f"base_url={self.base_url!r})"
        )

    def jwt_request(
        self,
        base_url: str,
        *,
        ttl: int,
        scope: Scope | None = None,
        session_name: str | None = None,
        account_id: str | None = None,
        enterprise_id: str | None = None,
        now: int,
    ) -> httpx.Request:
        """A token request for `base_url`, carrying a new JWT whose `aud` is its host."""
        check_ttl(ttl)
        signed = sign_jwt(
            self._private_key,
            client_id=self.client_id,
            public_key_id=self.public_key_id,
            audience=httpx.URL(base_url).netloc.decode("ascii"),
            ttl=ttl,
            now=now,
            session_name=session_name,
        )
        body_scope = scope.to_dict() if scope is not None else None
        return jwt_request(
            base_url, signed, ttl=ttl, scope=body_scope, account_id=account_id, enterprise_id=enterprise_id
        )

    def _token_flow(
        self,
        ttl: int,
        scope: Scope | None,
        session_name: str | None,
        account_id: str | None,
        enterprise_id: str | None,
    ) -> Flow[OAuthToken]:
        request = self.jwt_request(
            self.base_url,
            ttl=ttl,
            scope=scope,
            session_name=session_name,
            account_id=account_id,
            enterprise_id=enterprise_id,
            now=int(time.time()),
        )
        return token_flow(request)


def check_ttl(ttl: Any) -> int:
    if not isinstance(ttl, int) or isinstance(ttl, bool) or not 1 <= ttl <= MAX_JWT_TTL:
        raise ValueError(f"ttl must be a whole number of seconds from 1 to {MAX_JWT_TTL}, not {ttl!r}")
    return ttl


# The shells ------------------------------------------------------------------------------


class _SyncShell:
    """Drives flows with an `httpx.Client`."""

    def _start(self, http_client: httpx.Client | None) -> None:
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise TypeError(f"http_client must be an httpx.Client, not {type(http_client).__name__}")
        self._http = http_client
        self._owns_http = http_client is None
        self._sleep: Callable[[float], Any] = time.sleep

    def _run(self, flow: Flow[T]) -> T:
        if self._http is None:
            self._http = httpx.Client(
                timeout=DEFAULT_TIMEOUT, headers={"User-Agent": user_agent()}, verify=shared_ssl_context()
            )
        return run(flow, self._http, self._sleep)

    def close(self) -> None:
        """Close the http client, if the app made it."""
        if self._owns_http and self._http is not None:
            self._http.close()
            self._http = None

    def __enter__(self: T) -> T:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _AsyncShell:
    """Drives flows with an `httpx.AsyncClient`; waits are `asyncio.sleep`."""

    def _start(self, http_client: httpx.AsyncClient | None) -> None:
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise TypeError(f"http_client must be an httpx.AsyncClient, not {type(http_client).__name__}")
        self._http = http_client
        self._owns_http = http_client is None
        self._sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep

    async def _run(self, flow: Flow[T]) -> T:
        if self._http is None:
            self._http = httpx.AsyncClient(
                timeout=DEFAULT_TIMEOUT, headers={"User-Agent": user_agent()}, verify=shared_ssl_context()
            )
        return await arun(flow, self._http, self._sleep)

    async def close(self) -> None:
        """Close the http client, if the app made it."""
        if self._owns_http and self._http is not None:
            await self._http.aclose()
            self._http = None

    async def __aenter__(self: T) -> T:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()


# The apps --------------------------------------------------------------------------------


class WebOAuthApp(_WebApp, _SyncShell):
    """A web (server-side) app: the user allows access on Coze's page, your redirect URL
    receives a code, and the app trades it (with its client secret) for a token."""

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        base_url: str | None = None,
        *,
        www_base_url: str | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        _WebApp.__init__(self, client_id, client_secret, base_url, www_base_url)
        self._start(http_client)

    def get_access_token(self, redirect_uri: str, code: str) -> OAuthToken:
        """Trade the code from the redirect for a token (with a refresh token)."""
        return self._run(self._code_flow(redirect_uri, code))

    def refresh_access_token(self, refresh_token: str) -> OAuthToken:
        """A new token for a refresh token, which is used up (keep the new one)."""
        return self._run(self._refresh_flow(refresh_token))


class AsyncWebOAuthApp(_WebApp, _AsyncShell):
    """`WebOAuthApp` for asyncio."""

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        base_url: str | None = None,
        *,
        www_base_url: str | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        _WebApp.__init__(self, client_id, client_secret, base_url, www_base_url)
        self._start(http_client)

    async def get_access_token(self, redirect_uri: str, code: str) -> OAuthToken:
        """Trade the code from the redirect for a token (with a refresh token)."""
        return await self._run(self._code_flow(redirect_uri, code))

    async def refresh_access_token(self, refresh_token: str) -> OAuthToken:
        """A new token for a refresh token, which is used up (keep the new one)."""
        return await self._run(self._refresh_flow(refresh_token))


class PKCEOAuthApp(_PKCEApp, _SyncShell):
    """A public app (mobile, desktop, single page) without a secret: it proves it started
    the login with a code verifier (PKCE, RFC 7636) instead."""

    def __init__(
        self,
        client_id: str,
        base_url: str | None = None,
        *,
        www_base_url: str | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        _PKCEApp.__init__(self, client_id, base_url, www_base_url)
        self._start(http_client)

    def get_access_token(self, redirect_uri: str, code: str, code_verifier: str) -> OAuthToken:
        """Trade the code from the redirect, with the verifier of the authorization URL."""
        return self._run(self._code_flow(redirect_uri, code, code_verifier))

    def refresh_access_token(self, refresh_token: str) -> OAuthToken:
        """A new token for a refresh token, which is used up (keep the new one)."""
        return self._run(self._refresh_flow(refresh_token))


class AsyncPKCEOAuthApp(_PKCEApp, _AsyncShell):
    """`PKCEOAuthApp` for asyncio."""

    def __init__(
        self,
        client_id: str,
        base_url: str | None = None,
        *,
        www_base_url: str | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        _PKCEApp.__init__(self, client_id, base_url, www_base_url)
        self._start(http_client)

    async def get_access_token(self, redirect_uri: str, code: str, code_verifier: str) -> OAuthToken:
        """Trade the code from the redirect, with the verifier of the authorization URL."""
        return await self._run(self._code_flow(redirect_uri, code, code_verifier))

    async def refresh_access_token(self, refresh_token: str) -> OAuthToken:
        """A new token for a refresh token, which is used up (keep the new one)."""
        return await self._run(self._refresh_flow(refresh_token))


class DeviceOAuthApp(_DeviceApp, _SyncShell):
    """A device or command-line app: it shows the user a code to enter on Coze's page in a
    browser elsewhere, and polls until the user has allowed access (RFC 8628)."""

    def __init__(
        self,
        client_id: str,
        base_url: str | None = None,
        *,
        www_base_url: str | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        _DeviceApp.__init__(self, client_id, base_url, www_base_url)
        self._start(http_client)

    def get_device_code(self, workspace_id: str | None = None) -> DeviceAuthCode:
        """Start a login: a device code, and the user code and page to show the user."""
        return self._run(self._device_code_flow(workspace_id))

    def get_access_token(self, device_code: str | DeviceAuthCode, poll: bool = False) -> OAuthToken:
        """The token once the user allowed access. With `poll`, wait for the user's decision,
        polling at the code's interval (+5 s after each `slow_down`); without it, an
        undecided login raises `AuthorizationPendingError`."""
        return self._run(self._poll_flow(device_code, poll))

    def refresh_access_token(self, refresh_token: str) -> OAuthToken:
        """A new token for a refresh token, which is used up (keep the new one)."""
        return self._run(self._refresh_flow(refresh_token))


class AsyncDeviceOAuthApp(_DeviceApp, _AsyncShell):
    """`DeviceOAuthApp` for asyncio: polling waits with `asyncio.sleep`."""

    def __init__(
        self,
        client_id: str,
        base_url: str | None = None,
        *,
        www_base_url: str | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        _DeviceApp.__init__(self, client_id, base_url, www_base_url)
        self._start(http_client)

    async def get_device_code(self, workspace_id: str | None = None) -> DeviceAuthCode:
        """Start a login: a device code, and the user code and page to show the user."""
        return await self._run(self._device_code_flow(workspace_id))

    async def get_access_token(self, device_code: str | DeviceAuthCode, poll: bool = False) -> OAuthToken:
        """The token once the user allowed access. With `poll`, wait for the user's decision,
        polling at the code's interval (+5 s after each `slow_down`); without it, an
        undecided login raises `AuthorizationPendingError`."""
        return await self._run(self._poll_flow(device_code, poll))

    async def refresh_access_token(self, refresh_token: str) -> OAuthToken:
        """A new token for a refresh token, which is used up (keep the new one)."""
        return await self._run(self._refresh_flow(refresh_token))


class JWTOAuthApp(_JWTApp, _SyncShell):
    """A service app: the backend signs a JWT with the app's private key and trades it for
    a token. `JWTAuth` does this for you, before the token expires."""

    def __init__(
        self,
        client_id: str,
        private_key: str,
        public_key_id: str,
        base_url: str | None = None,
        *,
        http_client: httpx.Client | None = None,
    ) -> None:
        _JWTApp.__init__(self, client_id, private_key, public_key_id, base_url)
        self._start(http_client)

    def get_access_token(
        self,
        ttl: int = 900,
        scope: Scope | None = None,
        session_name: str | None = None,
        *,
        account_id: str | None = None,
        enterprise_id: str | None = None,
    ) -> OAuthToken:
        """A token valid for `ttl` seconds (at most 86399). `scope` narrows a channel app's
        token (`Scope.build_bot_chat`), `session_name` isolates one end user's history,
        `account_id` / `enterprise_id` ask for another account's or the enterprise's token."""
        return self._run(self._token_flow(ttl, scope, session_name, account_id, enterprise_id))


class AsyncJWTOAuthApp(_JWTApp, _AsyncShell):
    """`JWTOAuthApp` for asyncio."""

    def __init__(
        self,
        client_id: str,
        private_key: str,
        public_key_id: str,
        base_url: str | None = None,
        *,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        _JWTApp.__init__(self, client_id, private_key, public_key_id, base_url)
        self._start(http_client)

    async def get_access_token(
        self,
        ttl: int = 900,
        scope: Scope | None = None,
        session_name: str | None = None,
        *,
        account_id: str | None = None,
        enterprise_id: str | None = None,
    ) -> OAuthToken:
        """A token valid for `ttl` seconds (at most 86399). `scope` narrows a channel app's
        token (`Scope.build_bot_chat`), `session_name` isolates one end user's history,
        `account_id` / `enterprise_id` ask for another account's or the enterprise's token."""
        return await self._run(self._token_flow(ttl, scope, session_name, account_id, enterprise_id))
