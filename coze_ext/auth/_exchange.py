"""OAuth exchanges written once, as generators, and the sync and async shells that drive them.

A flow yields `Send` (a token request; send back its response, body read) and `Sleep`
actions and returns its result, in the style of `_flow.send_flow`. The apps drive flows
with their own http client (`run`, `arun`); the token managers drive the same flows
inside their `httpx.Auth` flow, so there the exchange goes through the API client.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Generator
from typing import Any, TypeVar

import httpx

from .._drive import adrive, drive
from .._errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthorizationPendingError,
    SlowDownError,
    redact_cause,
    redirect_error,
    response_logid,
    token_failure,
)
from .._flow import Send, Sleep
from .._headers import check_headers
from .._json import loads
from .._logging import log_failure, log_request, log_response
from ._token import DeviceAuthCode, OAuthToken

__all__ = ["Flow", "arun", "device_code_flow", "device_poll_flow", "run", "token_flow"]

T = TypeVar("T")
Flow = Generator[Send | Sleep, httpx.Response | None, T]
"""An exchange: yields actions, receives each `Send`'s response (read; None after a
`Sleep`), returns a `T`."""

REDIRECT_ADVICE = (
    "Token requests are never redirected: if the token endpoint really lives there, give the app "
    "(or JWTAuth) that base_url"
)
# RFC 8628 3.5: after slow_down, this many seconds more between polls, for good.
SLOW_DOWN_STEP = 5


def _exchange(request: httpx.Request) -> Flow[httpx.Response]:
    """Send one token request; its response."""
    # Not authenticated by the API client's auth: a token request carries its own credentials.
    response = yield Send(request, authenticated=False)
    assert response is not None, "a Send's outcome is its response"
    if response.has_redirect_location:
        # Never followed: the body holds the code, verifier or refresh token.
        raise redirect_error(response, f"{request.method} {request.url.copy_with(query=None)}", REDIRECT_ADVICE)
    return response


def _read_answer(response: httpx.Response) -> Any:
    """The decoded JSON of a token endpoint answer; raises its typed error if it failed."""
    try:
        body = loads(response.content) if response.content else None
    except ValueError:
        body = response.text
    failure = token_failure(response, body)
    if failure is not None:
        raise failure
    if not isinstance(body, dict):
        raise _malformed(response, "the answer is not a JSON object", body)
    return body


def _malformed(response: httpx.Response, what: str, body: Any) -> APIError:
    logid = response_logid(response)
    where = f"{response.request.method} {response.request.url.copy_with(query=None)}"
    suffix = f" (logid: {logid})" if logid else ""
    return APIError(
        f"{where}: {what}{suffix}",
        status_code=response.status_code,
        logid=logid,
        body=body,
        response=response,
    )


def token_flow(request: httpx.Request) -> Flow[OAuthToken]:
    """Send one token request; return its token."""
    response = yield from _exchange(request)
    body = _read_answer(response)
    try:
        return OAuthToken.from_dict(body)
    except ValueError as error:
        # Neither the body nor the cause goes into the error: they may hold a token.
        raise _malformed(response, str(error), None) from None


def device_code_flow(request: httpx.Request) -> Flow[DeviceAuthCode]:
    """Ask for a device code; return it."""
    response = yield from _exchange(request)
    body = _read_answer(response)
    try:
        return DeviceAuthCode.from_dict(body)
    except ValueError as error:
        raise _malformed(response, str(error), None) from None


def device_poll_flow(request: Callable[[], httpx.Request], interval: float, *, poll: bool) -> Flow[OAuthToken]:
    """Ask for a device code's token; with `poll`, until the user has decided.

    `authorization_pending` waits `interval` seconds and asks again; `slow_down` adds 5 s
    to the interval for good (RFC 8628 3.5); anything else (the token, `access_denied`,
    `expired_token`, another error) ends the poll. Without `poll` every error is raised.
    """
    while True:
        try:
            return (yield from token_flow(request()))
        except SlowDownError:
            if not poll:
                raise
            interval += SLOW_DOWN_STEP
        except AuthorizationPendingError:
            if not poll:
                raise
        yield Sleep(interval)


def _connection_error(request: httpx.Request, error: httpx.TransportError) -> APIConnectionError:
    where = f"{request.method} {request.url.copy_with(query=None)}"
    redact_cause(error)
    if isinstance(error, httpx.TimeoutException):
        return APITimeoutError(f"{where}: timed out ({type(error).__name__})", request=request)
    return APIConnectionError(f"{where}: connection failed ({type(error).__name__}: {error})", request=request)


def _prepare(request: httpx.Request, client: httpx.Client | httpx.AsyncClient) -> httpx.Request:
    """Give a bare token request the client's default headers (User-Agent...) and timeouts,
    as `client.build_request` would."""
    for name, value in client.headers.items():
        request.headers.setdefault(name, value)
    request.extensions.setdefault("timeout", client.timeout.as_dict())
    return request


class _Sending:
    """One token request as both shells send it: with the client's defaults, logged, and a
    transport failure raised as the typed error."""

    def __init__(self, request: httpx.Request, client: httpx.Client | httpx.AsyncClient) -> None:
        self.request = _prepare(request, client)
        check_headers(self.request.headers, "token request")
        log_request(self.request, 0)
        self._started = time.monotonic()

    def __enter__(self) -> _Sending:
        return self

    def __exit__(self, kind: object, error: BaseException | None, traceback: object) -> None:
        if isinstance(error, httpx.TransportError):
            log_failure(self.request, error, time.monotonic() - self._started, 0)
            raise _connection_error(self.request, error) from error

    def answered(self, response: httpx.Response) -> httpx.Response:
        log_response(response, response.content, time.monotonic() - self._started, 0)
        return response


def run(flow: Flow[T], client: httpx.Client, sleep: Callable[[float], object] = time.sleep) -> T:
    """Drive a flow with blocking I/O."""

    def perform(action: Send | Sleep) -> httpx.Response | None:
        if isinstance(action, Sleep):
            sleep(action.seconds)
            return None
        with _Sending(action.request, client) as sending:
            return sending.answered(client.send(sending.request, auth=None, follow_redirects=False))

    return drive(flow, perform)


async def arun(
    flow: Flow[T], client: httpx.AsyncClient, sleep: Callable[[float], Awaitable[object]] = asyncio.sleep
) -> T:
    """Drive a flow with awaits (waits never block the event loop)."""

    async def perform(action: Send | Sleep) -> httpx.Response | None:
        if isinstance(action, Sleep):
            await sleep(action.seconds)
            return None
        with _Sending(action.request, client) as sending:
            return sending.answered(await client.send(sending.request, auth=None, follow_redirects=False))

    return await adrive(flow, perform)
