"""When to retry a failed attempt, and how long to wait. Pure decisions, no I/O."""

from __future__ import annotations

import email.utils
import random
import time
from collections.abc import Mapping

RETRY_STATUSES = frozenset({408, 429, 502, 503, 504})
RATE_LIMIT_CODES = frozenset({4013})
INITIAL_DELAY = 0.5
MAX_DELAY = 8.0
MAX_RETRY_AFTER = 60.0


def should_retry(
    *,
    retry_safe: bool,
    attempt: int,
    max_retries: int,
    status_code: int | None = None,
    code: int | None = None,
    connect_failed: bool = False,
    transport_failed: bool = False,
) -> bool:
    """Whether attempt number `attempt` (0-based) may be followed by another.

    An operation that creates something is retried only when the request cannot have
    been acted on: the connection never opened, or the server refused it for rate.
    """
    if attempt >= max_retries:
        return False
    if connect_failed:
        return True
    if status_code == 429 or code in RATE_LIMIT_CODES:
        return True
    if not retry_safe:
        return False
    return transport_failed or status_code in RETRY_STATUSES


def retry_delay(attempt: int, headers: Mapping[str, str] | None = None, *, now: float | None = None) -> float:
    """Seconds to wait before retry number `attempt + 1`.

    A `Retry-After` header (seconds or an HTTP date) wins, capped at MAX_RETRY_AFTER;
    otherwise exponential backoff with jitter, so clients that failed together do not
    come back together.
    """
    retry_after = parse_retry_after(headers, now=now) if headers else None
    if retry_after is not None:
        return min(retry_after, MAX_RETRY_AFTER)
    base = min(INITIAL_DELAY * (2**attempt), MAX_DELAY)
    return float(base * (1 - 0.25 * random.random()))


def parse_retry_after(headers: Mapping[str, str], *, now: float | None = None) -> float | None:
    value = headers.get("retry-after-ms")
    if value is not None:
        try:
            return max(float(value) / 1000, 0.0)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    parsed = email.utils.parsedate_tz(value)
    if parsed is None:
        return None
    moment = email.utils.mktime_tz(parsed)
    return max(moment - (time.time() if now is None else now), 0.0)
