"""The life of one call, written once as a generator that both clients drive.

`send_flow` yields actions (send this request, read that body, sleep) and receives their
outcomes; it holds every decision: timeouts, retries and backoff, hooks and logging.
`Coze` drives it with blocking I/O and `AsyncCoze` with awaits, so the two cannot drift
(the same idea as `httpx.Auth.auth_flow`).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Generator, Mapping
from typing import Any, NamedTuple, TypeVar

import httpx
from coze_api._runtime import Operation, RequestOptions
from coze_api.types import TimeoutInput, Unset

from ._constants import DEFAULT_MAX_RESPONSE_SIZE, DEFAULT_STREAM_IDLE_TIMEOUT
from ._errors import APIConnectionError, APIError, ResponseTooLargeError, connection_error, response_logid
from ._logging import log, log_failure, log_request, log_response
from ._request import build_request, json_body, raise_for_failure, read_result
from ._retry import retry_delay, should_retry

R = TypeVar("R")


class Send(NamedTuple):
    request: httpx.Request
    authenticated: bool
    # The body reads file objects: an async driver does that in a worker thread.
    reads_files: bool = False


class Read(NamedTuple):
    """Read the body of `response`, in chunks fed to a `Body`."""

    response: httpx.Response
    deadline: float | None = None
    """The `time.monotonic()` by which the whole body must have arrived."""
    max_size: int | None = None
    """The most bytes (decoded) the body may have."""


class Body:
    """A body as a shell reads it, chunk by chunk: between chunks it checks the call's
    deadline (a server trickling bytes cannot outlast the timeout) and the size cap (a huge
    or decompression-bomb answer is refused after at most one chunk too many)."""

    __slots__ = ("_failure", "_parts", "_read", "_size")

    def __init__(self, read: Read) -> None:
        self._read = read
        self._parts: list[bytes] = []
        self._size = 0
        self._failure: BaseException | None = None

    def add(self, chunk: bytes) -> bool:
        """Keep `chunk`; False when reading must stop (the body is too large or too late)."""
        read = self._read
        self._size += len(chunk)
        if read.max_size is not None and self._size > read.max_size:
            self._failure = _too_large(read.response, read.max_size)
            return False
        self._parts.append(chunk)
        if read.deadline is not None and time.monotonic() > read.deadline:
            self._failure = httpx.ReadTimeout(
                "the answer was still arriving when the call's timeout ran out", request=read.response.request
            )
            return False
        return True

    def outcome(self) -> bytes | BaseException:
        """The whole body, or why reading stopped (what the flow receives for the `Read`)."""
        if self._failure is not None:
            return self._failure
        content = b"".join(self._parts)
        # What `Response.read()` leaves, so `response.text` and `.json()` work for hooks and raw responses.
        self._read.response._content = content
        return content


def _too_large(response: httpx.Response, max_size: int) -> ResponseTooLargeError:
    logid = response_logid(response)
    return ResponseTooLargeError(
        f"the answer is larger than max_response_size ({max_size} bytes); reading stopped"
        + (f" (logid: {logid})" if logid else ""),
        status_code=response.status_code,
        logid=logid,
        response=response,
    )


class Sleep(NamedTuple):
    seconds: float


Action = Send | Read | Sleep
Outcome = httpx.Response | bytes | BaseException | None
"""What a shell sends back for an action: a `Send`'s response (or the transport error), a
`Read`'s body (or why reading stopped), None after a `Sleep`."""


class RetryInfo(NamedTuple):
    """What `on_retry` hooks receive, before the wait that precedes a retry."""

    operation: str
    attempt: int
    """The number of the retry about to be made: 1 for the first retry."""
    delay: float
    """Seconds the client waits before it."""
    status_code: int | None
    """The HTTP status of the failed attempt (None when there was no answer)."""
    code: int | None
    """The Coze body code of the failed attempt, if it had one."""
    logid: str | None
    error: BaseException | None
    """The connection error of the failed attempt (None when there was an answer)."""


class Hooks(NamedTuple):
    """Callbacks for metrics and tracing. Each receives one argument and returns nothing."""

    on_request: tuple[Callable[[httpx.Request], object], ...] = ()
    on_response: tuple[Callable[[httpx.Response], object], ...] = ()
    on_retry: tuple[Callable[[RetryInfo], object], ...] = ()


class CallSettings(NamedTuple):
    """The client settings a call needs."""

    base_url: str
    timeout: TimeoutInput
    max_retries: int
    headers: Mapping[str, str]
    retry_unsafe: bool = False
    hooks: Hooks = Hooks()
    stream_idle_timeout: float | None = DEFAULT_STREAM_IDLE_TIMEOUT
    max_response_size: int | None = DEFAULT_MAX_RESPONSE_SIZE


class Sent(NamedTuple):
    """The outcome of a call: the response, and its body when it was read."""

    response: httpx.Response
    content: bytes | None
    body: Any  # the decoded JSON (a JSON boundary: any shape the server sent)
    """`content` decoded once (`json_body`): what retry decisions and results both read."""
    attempts: int


def check_max_retries(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ValueError(f"max_retries must be an int >= 0, not {value!r}")
    return value


def check_timeout(value: object) -> TimeoutInput:
    """A timeout is seconds (> 0), an `httpx.Timeout`, or None for none: anything else (a
    string from a config file, say) fails here rather than deep inside httpx."""
    if value is None or isinstance(value, httpx.Timeout):
        return value
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise TypeError(f"timeout must be a number of seconds, an httpx.Timeout or None, not {type(value).__name__}")
    if not value > 0:
        raise ValueError(f"timeout must be > 0 seconds, not {value!r}")
    return value


def call_timeout(settings: CallSettings, options: RequestOptions, *, stream: bool) -> httpx.Timeout:
    """The timeout of one call: the call's own, else the client's.

    A number bounds connecting, sending and reading, not the wait for a free connection of
    the pool (queueing behind other calls is not a failure); an `httpx.Timeout` is used as
    given. For a stream the read timeout (which httpx applies between two reads) becomes the
    client's `stream_idle_timeout`, unless the call set a timeout itself.
    """
    if not isinstance(options.timeout, Unset):
        return _as_timeout(check_timeout(options.timeout))
    base = _as_timeout(settings.timeout)
    if not stream:
        return base
    return httpx.Timeout(connect=base.connect, read=settings.stream_idle_timeout, write=base.write, pool=base.pool)


def _as_timeout(timeout: TimeoutInput) -> httpx.Timeout:
    return timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout, pool=None)


def _deadline(timeout: httpx.Timeout) -> float | None:
    """When the body of an answer that has begun must be complete: the call's read timeout
    from now, as one deadline for the whole body rather than for each read."""
    return None if timeout.read is None else time.monotonic() + timeout.read


def send_flow(
    settings: CallSettings,
    build_client: httpx.Client | httpx.AsyncClient,
    operation: Operation[object],
    args: Mapping[str, object],
    options: RequestOptions,
    *,
    stream: bool,
    pool_headers: Mapping[str, str] | None = None,
) -> Generator[Action, Outcome, Sent]:
    """Send `operation`, retrying as its retry safety allows (`pool_headers`: the headers
    the connection pool adds to every request by itself, when it is the SDK's).

    A successful event stream, or a binary answer, is returned with its body unread (a
    stream is never retried once it has begun); any other answer is read, and the
    response closed, before the flow returns.
    """
    max_retries = check_max_retries(settings.max_retries if options.max_retries is None else options.max_retries)
    timeout = call_timeout(settings, options, stream=stream)
    # The client's headers go on each request, unless they are the pool's own defaults
    # (`pool_headers`, which httpx adds, and which were checked when the client was made).
    if settings.headers is pool_headers:
        headers = options.extra_headers or {}
    else:
        headers = {**settings.headers, **(options.extra_headers or {})}
    call_options = RequestOptions(timeout, headers, options.extra_query, options.extra_body)
    retry_safe = operation.retry_safe or settings.retry_unsafe
    attempt = 0
    while True:
        request, files = build_request(
            build_client, operation, args, call_options, base_url=settings.base_url, stream=stream
        )
        try:
            for hook in settings.hooks.on_request:
                hook(request)
            log_request(request, attempt)
            started = time.monotonic()
            outcome = yield Send(request, operation.authenticated, files.reads_files)
        finally:
            files.close()
        # A transport error: while sending, or while reading the body of an answer.
        error: BaseException | None = outcome if isinstance(outcome, BaseException) else None
        response: httpx.Response | None = None
        content: bytes | None = None
        if error is None:
            assert isinstance(outcome, httpx.Response), "a Send's outcome is its response or its error"
            response = outcome
            if _must_read(operation, response, stream):
                read = yield Read(response, _deadline(timeout), settings.max_response_size)
                if isinstance(read, ResponseTooLargeError):
                    raise read
                if isinstance(read, BaseException):
                    error = read
                else:
                    assert isinstance(read, bytes), "a Read's outcome is the body or why reading stopped"
                    content = read
        if error is not None:
            log_failure(request, error, time.monotonic() - started, attempt)
            if should_retry(retry_safe=retry_safe, attempt=attempt, max_retries=max_retries, error=error):
                yield from _retry(settings, operation, attempt, max_retries, retry_delay(attempt), error=error)
                attempt += 1
                continue
            raise _connection_error(operation, request, error, response) from error
        assert response is not None
        log_response(response, content, time.monotonic() - started, attempt)
        for response_hook in settings.hooks.on_response:
            response_hook(response)
        body = json_body(content)
        code = _body_code(response, body)
        if (response.status_code >= 400 or code is not None) and should_retry(
            retry_safe=retry_safe,
            attempt=attempt,
            max_retries=max_retries,
            status_code=response.status_code,
            code=code,
        ):
            delay = retry_delay(attempt, response.headers)
            yield from _retry(settings, operation, attempt, max_retries, delay, response=response, code=code)
            attempt += 1
            continue
        return Sent(response, content, body, attempt + 1)


def read_json(operation: Operation[R], sent: Sent) -> R:
    """The typed result of a JSON call; raises the typed error of a failure."""
    assert sent.content is not None, "the flow reads every answer of a call that is not a stream or binary"
    result: R = read_result(operation, sent.response, sent.content, sent.body)
    return result


def stream_answer(operation: Operation[object], sent: Sent) -> httpx.Response:
    """The open response of a stream or binary answer, whose body the flow left unread; an
    answer the flow had to read instead (an error, JSON, a gateway's page) raises its typed
    error."""
    if sent.content is not None:
        raise _wrong_answer(operation, sent, "an event stream" if operation.stream else "a binary answer")
    return sent.response


def _wrong_answer(operation: Operation[object], sent: Sent, expected: str) -> APIError:
    """The typed error of a failure answered instead of `expected`; else an `APIError` saying what came."""
    if sent.content is not None:
        raise_for_failure(sent.response, sent.content, sent.body)
    response = sent.response
    return APIError(
        f"{operation.id}: expected {expected}, got {response.headers.get('content-type')!r}",
        status_code=response.status_code,
        logid=response_logid(response),
        body=sent.body,
        response=response,
    )


def _must_read(operation: Operation[object], response: httpx.Response, stream: bool) -> bool:
    """Whether the flow reads the body: always, except a stream or binary answer that is one."""
    if response.status_code >= 400:
        return True
    content_type = response.headers.get("content-type", "").lower()
    if stream and operation.stream is not None:
        return "text/event-stream" not in content_type
    if operation.envelope == "binary":
        # JSON, or a (gateway's) page, instead of the bytes asked for.
        return "json" in content_type or content_type.startswith("text/")
    return True


def _body_code(response: httpx.Response, body: object) -> int | None:
    """The non-zero Coze `code` of a JSON body, if any."""
    if "json" not in response.headers.get("content-type", "json").lower():
        return None
    code = body.get("code") if isinstance(body, dict) else None
    return code if isinstance(code, int) and not isinstance(code, bool) and code != 0 else None


def _connection_error(
    operation: Operation[object], request: httpx.Request, error: BaseException, response: httpx.Response | None
) -> APIConnectionError:
    """The typed error for a transport failure; `response` is set when the body was cut."""
    assert isinstance(error, Exception)
    logid = response_logid(response) if response is not None else None
    return connection_error(operation.id, error, request=request, logid=logid)


def _retry(
    settings: CallSettings,
    operation: Operation[object],
    attempt: int,
    max_retries: int,
    delay: float,
    *,
    response: httpx.Response | None = None,
    code: int | None = None,
    error: BaseException | None = None,
) -> Generator[Action, Outcome, None]:
    """Log and report retry number `attempt + 1`, then wait for it."""
    status_code = response.status_code if response is not None else None
    logid = response_logid(response) if response is not None else None
    if error is not None:
        reason = type(error).__name__
    else:
        reason = f"HTTP {status_code}" + (f" code {code}" if code is not None else "")
    log.info(
        "retrying %s in %.2fs after %s (retry %d of %d) logid=%s",
        operation.id,
        delay,
        reason,
        attempt + 1,
        max_retries,
        logid,
    )
    info = RetryInfo(operation.id, attempt + 1, delay, status_code, code, logid, error)
    for hook in settings.hooks.on_retry:
        hook(info)
    yield Sleep(delay)
