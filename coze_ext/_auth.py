"""Bearer-token authentication as an `httpx.Auth`, so the token is read on every request.

A token may be a string, a function returning one, or an async function returning one
(for tokens that refresh). Because httpx asks the auth for every request (retries
included), a refreshed token is picked up without rebuilding the client.
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator

import httpx

TokenSource = str | Callable[[], str] | Callable[[], Awaitable[str]]
"""A token, or a function (sync or async) that returns the current one."""


class TokenAuth(httpx.Auth):
    """Sends `Authorization: Bearer <token>`."""

    def __init__(self, token: TokenSource) -> None:
        if isinstance(token, str):
            if not token.strip():
                raise ValueError("token must be a non-empty string")
        elif not callable(token):
            raise TypeError(f"token must be a string or a callable returning one, not {type(token).__name__}")
        self._token = token

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        token = self._token() if callable(self._token) else self._token
        if inspect.isawaitable(token):
            close = getattr(token, "close", None)
            if close is not None:
                close()  # don't leave a never-awaited coroutine behind
            raise TypeError("an async token function needs AsyncCoze; Coze can only call a sync one")
        yield self._authorize(request, token)

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        token = self._token() if callable(self._token) else self._token
        if inspect.isawaitable(token):
            token = await token
        yield self._authorize(request, token)

    @staticmethod
    def _authorize(request: httpx.Request, token: object) -> httpx.Request:
        if not isinstance(token, str) or not token:
            raise TypeError("the token function must return a non-empty string")
        request.headers["Authorization"] = f"Bearer {token}"
        return request


class NoAuth(httpx.Auth):
    """Sends no credentials: for a base URL that adds them itself, such as your own proxy
    in front of Coze. An explicit opt-in (`auth=NO_AUTH`), so a missing token is never
    mistaken for one."""

    def __repr__(self) -> str:
        return "NO_AUTH"


NO_AUTH = NoAuth()
