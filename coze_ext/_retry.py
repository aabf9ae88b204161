"""When to retry a failed attempt, and how long to wait. Pure decisions, no I/O."""

from __future__ import annotations

import email.utils
import math
import random
import time
from collections.abc import Mapping

import httpx

RETRY_STATUSES = frozenset({408, 429, 502, 503, 504})
RATE_LIMIT_STATUS = 429
# Coze answers "too many requests" with this body code, often under HTTP 200.
RATE_LIMIT_CODES = frozenset({4013})
INITIAL_DELAY = 0.5
MAX_DELAY = 8.0
MAX_RETRY_AFTER = 60.0

# Failures after which the server cannot have seen the request.
NEVER_SENT_ERRORS: tuple[type[Exception], ...] = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Failures of the connection itself, worth another try when repeating the request is safe.
TRANSIENT_ERRORS: tuple[type[Exception], ...] = (httpx.NetworkError, httpx.TimeoutException, httpx.RemoteProtocolError)


def should_retry(
    *,
    retry_safe: bool,
    attempt: int,
    max_retries: int,
    status_code: int | None = None,
    code: int | None = None,
    error: BaseException | None = None,
) -> bool:
    """Whether attempt number `attempt` (0-based) may be followed by another.

    The failure is an `error` raised by the transport, or an answer with `status_code` and
    Coze body `code`. An operation that is not `retry_safe` (it creates something) is
    retried only when the server did not act on it: the request never reached it, or it
    was turned away by the rate limit (HTTP 429, code 4013). Any other failure may come
    after the server acted (a 502 from a gateway whose backend created the chat, say).
    """
    if attempt >= max_retries:
        return False
    if error is not None:
        if isinstance(error, NEVER_SENT_ERRORS):
            return True
        return retry_safe and isinstance(error, TRANSIENT_ERRORS)
    if status_code == RATE_LIMIT_STATUS or code in RATE_LIMIT_CODES:
        return True
    return retry_safe and status_code in RETRY_STATUSES


def retry_delay(attempt: int, headers: Mapping[str, str] | None = None, *, now: float | None = None) -> float:
    """Seconds to wait before retry number `attempt + 1`.

    A `Retry-After` header (seconds or an HTTP date) wins, capped at MAX_RETRY_AFTER;
    otherwise exponential backoff (0.5 s, 1 s, 2 s ... up to MAX_DELAY) minus up to 25 %
    jitter, so clients that failed together do not come back together.
    """
    retry_after = parse_retry_after(headers, now=now) if headers else None
    if retry_after is not None:
        return min(retry_after, MAX_RETRY_AFTER)
    base = min(INITIAL_DELAY * (2**attempt), MAX_DELAY)
    return float(base * (1 - 0.25 * random.random()))


def parse_retry_after(headers: Mapping[str, str], *, now: float | None = None) -> float | None:
    """The wait a `Retry-After` (or `retry-after-ms`) header asks for, in seconds; None if absent or invalid."""
    value = headers.get("retry-after-ms")
    if value is not None and (seconds := _seconds(value)) is not None:
        return seconds / 1000
    value = headers.get("retry-after")
    if value is None:
        return None
    seconds = _seconds(value)
    if seconds is not None:
        return seconds
    parsed = email.utils.parsedate_tz(value)
    if parsed is None:
        return None
    moment = email.utils.mktime_tz(parsed)
    return max(moment - (time.time() if now is None else now), 0.0)


def _seconds(value: str) -> float | None:
    try:
        seconds = float(value)
    except ValueError:
        return None
    return max(seconds, 0.0) if math.isfinite(seconds) else None
