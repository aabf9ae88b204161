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


def check_token(token: object, what: str = "token") -> str:
    """`token` if it can go into an `Authorization` header; a clear error otherwise.

    A pasted token often brings a newline or a space along; sent as is it would break the
    header (or be refused far from its cause). The error says what is wrong and where,
    never what the token is.
    """
    if not isinstance(token, str):
        raise TypeError(f"{what} must be a string, not {type(token).__name__}")
    if not token:
        raise ValueError(f"{what} must not be empty")
    for position, char in enumerate(token):
        kind = _bad_char(char)
        if kind:
            raise ValueError(
                f"{what} contains {kind} at position {position}: a token is printable ASCII without spaces "
                "(check for a stray newline or space where it was copied)"
            )
    return token


def _bad_char(char: str) -> str:
    """What is wrong with one character of a token ("" when nothing is)."""
    if char in "\r\n":
        return "a line break"
    if char.isspace():
        return "whitespace"
    if not char.isprintable():
        return "a control character"
    if not char.isascii():
        return "a non-ASCII character"
    return ""


class TokenAuth(httpx.Auth):
    """Sends `Authorization: Bearer <token>`."""

    def __init__(self, token: TokenSource) -> None:
        if isinstance(token, str):
            check_token(token)
        elif not callable(token):
            raise TypeError(f"token must be a string or a callable returning one, not {type(token).__name__}")
        self._token = token

    def __repr__(self) -> str:
        return f"{type(self).__name__}({'<function>' if callable(self._token) else '<redacted>'})"

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
        request.headers["Authorization"] = "Bearer " + check_token(token, "the token function's result")
        return request


class NoAuth(httpx.Auth):
    """Sends no credentials: for a base URL that adds them itself, such as your own proxy
    in front of Coze. An explicit opt-in (`auth=NO_AUTH`), so a missing token is never
    mistaken for one."""

    def __repr__(self) -> str:
        return "NO_AUTH"


NO_AUTH = NoAuth()
