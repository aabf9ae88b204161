"""Token managers: `httpx.Auth`s that fetch, cache and renew an OAuth token for a client.

`Coze(auth=JWTAuth(...))` or `Coze(auth=OAuthTokenAuth(app, token))`, and the same object
works with `AsyncCoze`. The token exchange is a request the auth flow yields, so httpx sends
it through the API client itself (its transport, proxy and hooks), with the timeouts of the
request being authorized; without a base URL of its own it goes to that request's origin.

A token is renewed once less than `refresh_margin` seconds of it are left. Renewals are
single-flight: concurrent requests (threads, or asyncio tasks) that find the token due wait
on a lock, and only the first one exchanges; the others then find the new token. A 401
answer with Coze code 4100 (the token expired or was revoked early) renews the token and
sends the request once more, never more; a request whose body was a stream (an upload)
cannot be sent again, so its 401 is returned, and the next request renews.
"""

from __future__ import annotations

import asyncio
import threading
import time
import weakref
from collections.abc import AsyncGenerator, Callable, Generator
from dataclasses import replace

import httpx

from .._errors import AuthenticationError
from .._flow import Send
from .._headers import check_headers
from .._json import loads
from .._logging import log_request, log_response
from ._apps import RefreshableApp, _JWTApp, check_ttl
from ._exchange import Flow, token_flow
from ._jwt import Scope
from ._store import TokenStore
from ._token import OAuthToken

__all__ = ["DEFAULT_REFRESH_MARGIN", "JWTAuth", "OAuthTokenAuth"]

DEFAULT_REFRESH_MARGIN = 60.0
# Less than this, and a token could expire between leaving the client and reaching Coze.
MIN_REFRESH_MARGIN = 5.0
# Coze's code for a missing, invalid or expired token.
TOKEN_INVALID = 4100


class _TokenManager(httpx.Auth):
    """The cache, the locks and the 401 rule; a subclass says how to get a token (`_fetch`)."""

    _store: TokenStore | None = None

    def __init__(self, refresh_margin: float) -> None:
        if (
            not isinstance(refresh_margin, int | float)
            or isinstance(refresh_margin, bool)
            or not refresh_margin >= MIN_REFRESH_MARGIN
        ):
            raise ValueError(f"refresh_margin must be at least {MIN_REFRESH_MARGIN:g} seconds, not {refresh_margin!r}")
        self.refresh_margin = float(refresh_margin)
        self._tokens: dict[str, OAuthToken] = {}
        self._lock = threading.Lock()
        # An asyncio lock belongs to one event loop: one per loop that uses this auth.
        self._loop_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )
        self._clock: Callable[[], float] = time.time

    # What a subclass defines --------------------------------------------------------------

    def _key(self, request: httpx.Request) -> str:
        """Which cached token serves `request`."""
        raise NotImplementedError

    def _fetch(self, request: httpx.Request, key: str) -> Flow[OAuthToken]:
        """The exchange that gets a new token for `key` (the cached one, if any, is due)."""
        raise NotImplementedError

    # The decisions, shared by both shells --------------------------------------------------

    def _usable(self, key: str) -> OAuthToken | None:
        token = self._tokens.get(key)
        if token is None or token.seconds_left(self._clock()) < self.refresh_margin:
            return None
        return token

    def _renewed(self, key: str, seen: OAuthToken | None) -> OAuthToken | None:
        """The token another request got while this one waited for the lock. It is taken
        while it lasts, even inside the margin: a token that lives less than the margin
        must not make every waiting request exchange again."""
        token = self._tokens.get(key)
        if token is None or token is seen or token.seconds_left(self._clock()) <= 0:
            return None
        return token

    def _adopt(self, key: str, stored: OAuthToken | None) -> OAuthToken | None:
        """Take a token another process saved (newer than ours: its refresh token is the
        live one), then the usable token, if any."""
        cached = self._tokens.get(key)
        if stored is not None and (cached is None or stored.access_token != cached.access_token):
            self._tokens[key] = stored
        return self._usable(key)

    def _step(self, flow: Flow[OAuthToken], response: httpx.Response | None, request: httpx.Request) -> object:
        """Feed the exchange its last response; the next token request (sent like `request`:
        its User-Agent and timeouts), or the new token."""
        if response is not None:
            log_response(response, response.content, response.elapsed.total_seconds(), 0)
        try:
            action = next(flow) if response is None else flow.send(response)
        except StopIteration as stop:
            token: OAuthToken = stop.value
            return token
        assert isinstance(action, Send), "a token exchange only sends"
        token_request = action.request
        user_agent = request.headers.get("User-Agent")
        if user_agent:
            token_request.headers.setdefault("User-Agent", user_agent)
        if "timeout" in request.extensions:
            token_request.extensions["timeout"] = request.extensions["timeout"]
        check_headers(token_request.headers, "token request")
        log_request(token_request, 0)
        return token_request

    @staticmethod
    def _authorize(request: httpx.Request, token: OAuthToken) -> httpx.Request:
        request.headers["Authorization"] = f"Bearer {token.access_token}"
        return request

    def _refused(self, request: httpx.Request, response: httpx.Response, key: str, token: OAuthToken) -> bool:
        """After a 401 (body read): whether to renew and send again. A refused token is
        marked expired (its refresh token kept), so the next request renews it."""
        try:
            body = loads(response.content)
        except ValueError:
            body = None
        code = body.get("code") if isinstance(body, dict) else None
        if code is not None and code != TOKEN_INVALID:
            return False
        if self._tokens.get(key) == token:
            self._tokens[key] = replace(token, expires_in=0)
        # A streamed body (a file upload) was consumed by the first attempt.
        return isinstance(request.stream, httpx.ByteStream)

    # The sync shell: a thread lock ------------------------------------------------------------

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        for attempt in (1, 2):
            key = self._key(request)
            seen = self._tokens.get(key)
            token = self._usable(key)
            if token is None:
                with self._lock:
                    token = self._renewed(key, seen) or self._adopt(key, self._store.load() if self._store else None)
                    if token is None:
                        flow = self._fetch(request, key)
                        step = self._step(flow, None, request)
                        while isinstance(step, httpx.Request):
                            answer = yield step
                            answer.read()
                            step = self._step(flow, answer, request)
                        assert isinstance(step, OAuthToken)
                        token = self._tokens[key] = step
                        if self._store:
                            self._store.save(token)
            response = yield self._authorize(request, token)
            if attempt == 2 or response.status_code != 401:
                return
            response.read()
            if not self._refused(request, response, key, token):
                return

    # The async shell: a lock per event loop; store I/O in a worker thread ----------------------

    def _loop_lock(self) -> asyncio.Lock:
        loop = asyncio.get_running_loop()
        lock = self._loop_locks.get(loop)
        if lock is None:
            lock = self._loop_locks[loop] = asyncio.Lock()
        return lock

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        for attempt in (1, 2):
            key = self._key(request)
            seen = self._tokens.get(key)
            token = self._usable(key)
            if token is None:
                async with self._loop_lock():
                    token = self._renewed(key, seen) or self._adopt(
                        key, await asyncio.to_thread(self._store.load) if self._store else None
                    )
                    if token is None:
                        flow = self._fetch(request, key)
                        step = self._step(flow, None, request)
                        while isinstance(step, httpx.Request):
                            answer = yield step
                            await answer.aread()
                            step = self._step(flow, answer, request)
                        assert isinstance(step, OAuthToken)
                        token = self._tokens[key] = step
                        if self._store:
                            await asyncio.to_thread(self._store.save, token)
            response = yield self._authorize(request, token)
            if attempt == 2 or response.status_code != 401:
                return
            await response.aread()
            if not self._refused(request, response, key, token):
                return


class JWTAuth(_TokenManager):
    """Authenticates as a JWT OAuth app (a service): signs a JWT with the app's private key,
    trades it for a token, and does it again before the token expires.

    `Coze(auth=JWTAuth(client_id=..., private_key=..., public_key_id=...))`. Without
    `base_url` the exchange goes to the client's own base URL, and the JWT's `aud` is that
    host. `ttl` is the token's lifetime in seconds (at most 86399), `scope`, `session_name`,
    `account_id` and `enterprise_id` are those of `JWTOAuthApp.get_access_token`.
    """

    def __init__(
        self,
        client_id: str | None = None,
        private_key: str | None = None,
        public_key_id: str | None = None,
        ttl: int = 7200,
        base_url: str | None = None,
        oauth_app: _JWTApp | None = None,
        *,
        scope: Scope | None = None,
        session_name: str | None = None,
        account_id: str | None = None,
        enterprise_id: str | None = None,
        refresh_margin: float = DEFAULT_REFRESH_MARGIN,
    ) -> None:
        super().__init__(refresh_margin)
        if oauth_app is not None:
            if not isinstance(oauth_app, _JWTApp):
                raise TypeError(f"oauth_app must be a JWTOAuthApp, not {type(oauth_app).__name__}")
            if any(value is not None for value in (client_id, private_key, public_key_id, base_url)):
                raise ValueError("pass either oauth_app or client_id, private_key, public_key_id (and base_url)")
            self._app = oauth_app
        else:
            if client_id is None or private_key is None or public_key_id is None:
                raise TypeError("JWTAuth needs client_id, private_key and public_key_id (or oauth_app)")
            self._app = _JWTApp(client_id, private_key, public_key_id, base_url)
        self.ttl = check_ttl(ttl)
        if self.ttl <= self.refresh_margin:
            raise ValueError(f"ttl ({ttl} s) must be longer than refresh_margin ({refresh_margin} s)")
        if scope is not None and not isinstance(scope, Scope):
            raise TypeError(f"scope must be a Scope (Scope.build_bot_chat(...)), not {type(scope).__name__}")
        self.scope = scope
        self.session_name = session_name
        self.account_id = account_id
        self.enterprise_id = enterprise_id

    def __repr__(self) -> str:
        app = self._app
        base_url = repr(app._base_url) if app._base_url else "the client's"
        return (
            f"JWTAuth(client_id={app.client_id!r}, public_key_id={app.public_key_id!r}, "
            f"base_url={base_url}, ttl={self.ttl})"
        )

    def _key(self, request: httpx.Request) -> str:
        return self._app.token_base(request.url)

    def _fetch(self, request: httpx.Request, key: str) -> Flow[OAuthToken]:
        token_request = self._app.jwt_request(
            key,
            ttl=self.ttl,
            scope=self.scope,
            session_name=self.session_name,
            account_id=self.account_id,
            enterprise_id=self.enterprise_id,
            now=int(self._clock()),
        )
        return token_flow(token_request)


class OAuthTokenAuth(_TokenManager):
    """Authenticates with the token of a web, PKCE or device login, renewed with its refresh
    token before it expires (refresh tokens are single-use: each renewal keeps the new one).

    `Coze(auth=OAuthTokenAuth(app, token))`, with the app that logged in and its token;
    with `store=FileTokenStore(path)` the token is read from, and every new token saved to,
    that file, so the login survives restarts (then `token` may be left out).
    """

    def __init__(
        self,
        app: RefreshableApp,
        token: OAuthToken | None = None,
        *,
        store: TokenStore | None = None,
        refresh_margin: float = DEFAULT_REFRESH_MARGIN,
    ) -> None:
        super().__init__(refresh_margin)
        if not isinstance(app, RefreshableApp):
            raise TypeError(f"app must be a web, PKCE or device OAuth app, not {type(app).__name__}")
        if token is not None and not isinstance(token, OAuthToken):
            raise TypeError(f"token must be an OAuthToken, not {type(token).__name__}")
        if store is not None and not isinstance(store, TokenStore):
            raise TypeError(f"store must have load() and save(token), not {type(store).__name__}")
        if token is None and store is None:
            raise ValueError("pass the token of a finished login, or a store that holds one")
        self._app = app
        self._store = store
        if token is not None:
            self._tokens[""] = token

    def __repr__(self) -> str:
        return f"OAuthTokenAuth({self._app!r}, store={self._store!r})"

    @property
    def token(self) -> OAuthToken | None:
        """The current token (the latest refresh token is in it)."""
        return self._tokens.get("")

    def _key(self, request: httpx.Request) -> str:
        return ""  # one login, one token

    def _fetch(self, request: httpx.Request, key: str) -> Flow[OAuthToken]:
        current = self._tokens.get(key)
        if current is None:
            raise AuthenticationError(f"no OAuth token in {self._store!r}: log in first")
        if current.refresh_token is None:
            raise AuthenticationError("the OAuth token expired and has no refresh token: log in again")
        return token_flow(self._app.refresh_request(self._app.token_base(request.url), current.refresh_token))
