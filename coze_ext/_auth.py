"""Bearer-token authentication as an `httpx.Auth`, so the token is read on every request,
and the headers any `httpx.Auth` adds, for connections httpx does not make itself.

A token may be a string, a function returning one, or an async function returning one
(for tokens that refresh). Because httpx asks the auth for every request (retries
included), a refreshed token is picked up without rebuilding the client.

A WebSocket handshake authenticates like a REST call, but is not sent by httpx:
`auth_headers` runs the auth's own flow on a stand-in GET request (any token exchange it
needs goes through `client`, never following a redirect) and returns what the auth added. For a token manager without
a base URL of its own, pass the REST API URL (the exchange goes to its origin), not the
`wss://` one.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator

import httpx

# Printable ASCII without spaces: what an `Authorization` header value can carry unharmed.
_PRINTABLE_ASCII = re.compile(r"[!-~]+")

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
    if _PRINTABLE_ASCII.fullmatch(token):  # the common case, checked in C
        return token
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
        # A fixed token is checked once, here; a function's result on every request.
        self._header = "Bearer " + check_token(token) if isinstance(token, str) else None
        if self._header is None and not callable(token):
            raise TypeError(f"token must be a string or a callable returning one, not {type(token).__name__}")
        self._token = token

    def __repr__(self) -> str:
        return f"{type(self).__name__}({'<function>' if callable(self._token) else '<redacted>'})"

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self._header is not None:
            request.headers["Authorization"] = self._header
            yield request
            return
        token = self._token() if callable(self._token) else self._token
        if inspect.isawaitable(token):
            close = getattr(token, "close", None)
            if close is not None:
                close()  # don't leave a never-awaited coroutine behind
            raise TypeError("an async token function needs AsyncCoze; Coze can only call a sync one")
        yield self._authorize(request, token)

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        if self._header is not None:
            request.headers["Authorization"] = self._header
            yield request
            return
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


def _added(request: httpx.Request, before: httpx.Headers) -> dict[str, str]:
    return {name: value for name, value in request.headers.items() if before.get(name) != value}


def auth_headers(auth: httpx.Auth, url: str | httpx.URL, client: httpx.Client) -> dict[str, str]:
    """The headers `auth` puts on a request to `url` (e.g. `{"Authorization": "Bearer ..."}`)."""
    request = client.build_request("GET", url)
    before = request.headers.copy()
    flow = auth.sync_auth_flow(request)
    try:
        outgoing = next(flow)
        while outgoing is not request:  # a token exchange first
            outgoing = flow.send(client.send(outgoing, auth=None, follow_redirects=False))
    finally:
        flow.close()
    return _added(request, before)


async def aauth_headers(auth: httpx.Auth, url: str | httpx.URL, client: httpx.AsyncClient) -> dict[str, str]:
    """The headers `auth` puts on a request to `url`, with async I/O."""
    request = client.build_request("GET", url)
    before = request.headers.copy()
    flow = auth.async_auth_flow(request)
    try:
        outgoing = await flow.__anext__()
        while outgoing is not request:  # a token exchange first
            outgoing = await flow.asend(await client.send(outgoing, auth=None, follow_redirects=False))
    finally:
        await flow.aclose()
    return _added(request, before)
