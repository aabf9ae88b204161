"""The life of one call, written once as a generator that both clients drive.

`send_flow` yields actions (send this request, read that body, sleep) and receives their
outcomes; it holds every decision: retries and backoff, error mapping, hooks and logging.
`Coze` drives it with blocking I/O and `AsyncCoze` with awaits, so the two cannot drift
(the same idea as `httpx.Auth.auth_flow`).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Generator, Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx
from coze_api._runtime import Operation, RequestOptions
from coze_api.types import Unset

from ._constants import LOGID_HEADER
from ._errors import APIConnectionError, APITimeoutError
from ._request import build_request, decode_json
from ._retry import retry_delay, should_retry

log = logging.getLogger("coze_ext")


@dataclass(frozen=True)
class Send:
    request: httpx.Request
    authenticated: bool


@dataclass(frozen=True)
class Read:
    response: httpx.Response


@dataclass(frozen=True)
class Sleep:
    seconds: float


Action = Send | Read | Sleep


@dataclass(frozen=True)
class RetryInfo:
    """What `on_retry` hooks receive."""

    operation: str
    attempt: int
    delay: float
    status_code: int | None
    error: BaseException | None


@dataclass(frozen=True)
class Hooks:
    """Callbacks for metrics and tracing. Each receives one argument and returns nothing."""

    on_request: tuple[Callable[[httpx.Request], Any], ...] = ()
    on_response: tuple[Callable[[httpx.Response], Any], ...] = ()
    on_retry: tuple[Callable[[RetryInfo], Any], ...] = ()


@dataclass(frozen=True)
class CallSettings:
    """The client settings a call needs."""

    base_url: str
    timeout: Any
    max_retries: int
    headers: Mapping[str, str]
    retry_unsafe: bool = False
    hooks: Hooks = field(default_factory=Hooks)


@dataclass
class Sent:
    """The outcome of a call: the response, and its body when it was read."""

    response: httpx.Response
    content: bytes | None
    attempts: int


def send_flow(
    settings: CallSettings,
    build_client: httpx.Client | httpx.AsyncClient,
    operation: Operation,
    args: Mapping[str, Any],
    options: RequestOptions,
    *,
    stream: bool,
) -> Generator[Action, Any, Sent]:
    """Send `operation`, retrying as its retry safety allows.

    For a streaming call the body of a successful response is left unread; otherwise it is
    read (and the response closed) before the flow returns.
    """
    max_retries = settings.max_retries if isinstance(options.max_retries, Unset) else options.max_retries
    timeout = settings.timeout if isinstance(options.timeout, Unset) else options.timeout
    call_options = RequestOptions(
        timeout, {**settings.headers, **(options.extra_headers or {})}, options.extra_query, options.extra_body
    )
    retry_safe = operation.retry_safe or settings.retry_unsafe
    attempt = 0
    while True:
        request, files = build_request(
            build_client, operation, args, call_options, base_url=settings.base_url, stream=stream
        )
        for hook in settings.hooks.on_request:
            hook(request)
        started = time.monotonic()
        try:
            outcome = yield Send(request, operation.authenticated)
        finally:
            files.close()
        if isinstance(outcome, BaseException):
            connect_failed = isinstance(outcome, (httpx.ConnectError, httpx.ConnectTimeout))
            if should_retry(
                retry_safe=retry_safe,
                attempt=attempt,
                max_retries=max_retries,
                connect_failed=connect_failed,
                transport_failed=isinstance(outcome, httpx.TransportError),
            ):
                delay = retry_delay(attempt)
                _report_retry(settings, operation, attempt, delay, None, outcome)
                yield Sleep(delay)
                attempt += 1
                continue
            if isinstance(outcome, httpx.TimeoutException):
                raise APITimeoutError(f"{operation.id}: request timed out ({outcome})", request=request) from outcome
            raise APIConnectionError(f"{operation.id}: connection failed ({outcome})", request=request) from outcome
        response: httpx.Response = outcome
        content: bytes | None = None
        failed = response.status_code >= 400
        if failed or (not (stream and _is_event_stream(response, operation)) and operation.envelope != "binary"):
            content = yield Read(response)
        _log_response(operation, response, started, attempt)
        for response_hook in settings.hooks.on_response:
            response_hook(response)
        code = _body_code(response, content)
        if (response.status_code >= 400 or code) and should_retry(
            retry_safe=retry_safe,
            attempt=attempt,
            max_retries=max_retries,
            status_code=response.status_code,
            code=code,
        ):
            if content is None:
                yield Read(response)
            delay = retry_delay(attempt, response.headers)
            _report_retry(settings, operation, attempt, delay, response.status_code, None)
            yield Sleep(delay)
            attempt += 1
            continue
        return Sent(response, content, attempt + 1)


def _is_event_stream(response: httpx.Response, operation: Operation) -> bool:
    if operation.stream is None:
        return operation.envelope == "binary"
    return "text/event-stream" in response.headers.get("content-type", "")


def _body_code(response: httpx.Response, content: bytes | None) -> int | None:
    if not content or "json" not in response.headers.get("content-type", "json"):
        return None
    try:
        body = decode_json(response, content)
    except Exception:
        return None
    code = body.get("code") if isinstance(body, dict) else None
    return code if isinstance(code, int) and code != 0 else None


def _report_retry(
    settings: CallSettings,
    operation: Operation,
    attempt: int,
    delay: float,
    status_code: int | None,
    error: BaseException | None,
) -> None:
    reason = f"HTTP {status_code}" if status_code is not None else type(error).__name__
    log.info("coze_ext: retrying %s after %s in %.2fs (retry %d)", operation.id, reason, delay, attempt + 1)
    info = RetryInfo(operation.id, attempt + 1, delay, status_code, error)
    for hook in settings.hooks.on_retry:
        hook(info)


def _log_response(operation: Operation, response: httpx.Response, started: float, attempt: int) -> None:
    if log.isEnabledFor(logging.DEBUG):
        log.debug(
            "coze_ext: %s %s -> %d logid=%s elapsed=%.3fs retries=%d",
            response.request.method,
            response.request.url.copy_with(query=None),
            response.status_code,
            response.headers.get(LOGID_HEADER),
            time.monotonic() - started,
            attempt,
        )
