"""The `coze_ext` logger: readable request lines, with secrets and audio left out.

The library only emits records (its logger has a `NullHandler`); the application decides
where they go. `COZE_LOG=info` (one line per request and per retry) or `COZE_LOG=debug`
(also headers and bodies) attaches a stderr handler, for a quick look without touching the
application's logging set-up.
"""

from __future__ import annotations

import json
import logging
import os
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlencode

import httpx

from ._constants import LOGID_HEADER

log = logging.getLogger("coze_ext")
# A library never configures logging for its user; it only makes its records available.
log.addHandler(logging.NullHandler())

ENV_LOG = "COZE_LOG"
_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}

REDACTED = "<redacted>"
# Headers whose values are credentials: any name that mentions one.
_SECRET_HEADER = re.compile(r"token|key|secret|cookie|auth|passw|credential|signature", re.IGNORECASE)
# Query parameters and JSON fields whose values are credentials, OAuth codes and verifiers
# included. (Page tokens are not credentials, and are what one looks for when paging goes
# wrong; `code` is only a secret as a string: Coze's numeric result code stays readable.)
_SECRET_NAME = re.compile(
    r"authorization|cookie|(?<!page_)token|secret|passw|api[-_]?key|private[-_]?key|credential|signature|"
    r"code_verifier|device_code|^code$|^key$",
    re.IGNORECASE,
)
# Long runs of base64 are audio or file payloads: useless in a log and possibly private. No
# record shows more than 100 characters of one (a WebSocket session's last audio piece is short).
_BASE64 = re.compile(r"[A-Za-z0-9+/=_-]{101,}")
_MAX_BODY = 2000


def setup_from_env(env: Mapping[str, str] = os.environ) -> None:
    """Attach a stderr handler to the `coze_ext` logger when `COZE_LOG` asks for one."""
    level = _LEVELS.get(env.get(ENV_LOG, "").strip().lower())
    if level is None:
        return
    if not any(isinstance(handler, _EnvHandler) for handler in log.handlers):
        handler = _EnvHandler()
        handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
        log.addHandler(handler)
    log.setLevel(level)


class _EnvHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """The handler `COZE_LOG` adds (marked so it is added once)."""


def redact_headers(headers: Mapping[str, str]) -> dict[str, str]:
    return {name: REDACTED if _SECRET_HEADER.search(name) else value for name, value in headers.items()}


def redact_url(url: httpx.URL) -> str:
    if not url.query:
        return str(url)
    params = [(name, REDACTED if _SECRET_NAME.search(name) else value) for name, value in url.params.multi_items()]
    return f"{url.copy_with(query=None)}?{urlencode(params, safe='<>')}"


def redacted_request(request: httpx.Request) -> httpx.Request:
    """A copy of `request` that is safe to keep (on an error): credential headers and query
    parameters redacted as in the logs, and no body (a token request's body holds the code,
    verifier or refresh token)."""
    url = request.url
    if url.query:
        params = [(name, REDACTED if _SECRET_NAME.search(name) else value) for name, value in url.params.multi_items()]
        url = url.copy_with(params=params)
    return httpx.Request(request.method, url, headers=redact_headers(request.headers))


def redact(value: Any) -> Any:
    """A copy of decoded JSON with credentials and base64 payloads replaced."""
    if isinstance(value, Mapping):
        return {
            key: REDACTED if isinstance(item, str) and _SECRET_NAME.search(str(key)) else redact(item)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [redact(item) for item in value]
    if isinstance(value, str) and _BASE64.search(value):
        return _BASE64.sub(lambda m: f"<{len(m.group())} chars of base64>", value)
    return value


def describe_body(headers: httpx.Headers, content: bytes | None) -> str:
    """A safe, short rendering of a request or response body."""
    content_type = headers.get("content-type", "")
    if content is None:
        return f"<{content_type or 'body'} not logged>"
    if not content:
        return "<empty>"
    if "json" in content_type or content[:1] in (b"{", b"["):
        try:
            text = json.dumps(redact(json.loads(content)), ensure_ascii=False)
        except ValueError:
            text = ""
        if text:
            return text if len(text) <= _MAX_BODY else text[:_MAX_BODY] + "..."
    return f"<{len(content)} bytes of {content_type or 'unknown type'}>"


def log_request(request: httpx.Request, attempt: int) -> None:
    if not log.isEnabledFor(logging.DEBUG):
        return
    content = request.content if isinstance(request.stream, httpx.ByteStream) else None
    log.debug(
        "request %s %s (attempt %d) headers=%s body=%s",
        request.method,
        redact_url(request.url),
        attempt + 1,
        redact_headers(request.headers),
        describe_body(request.headers, content),
    )


def log_response(response: httpx.Response, content: bytes | None, elapsed: float, attempt: int) -> None:
    if not log.isEnabledFor(logging.INFO):
        return
    request = response.request
    log.info(
        "%s %s -> %d %s logid=%s elapsed=%.3fs retries=%d",
        request.method,
        redact_url(request.url),
        response.status_code,
        response.reason_phrase,
        response.headers.get(LOGID_HEADER),
        elapsed,
        attempt,
    )
    if log.isEnabledFor(logging.DEBUG):
        log.debug(
            "response headers=%s body=%s",
            redact_headers(response.headers),
            describe_body(response.headers, content),
        )


def log_failure(request: httpx.Request, error: BaseException, elapsed: float, attempt: int) -> None:
    log.info(
        "%s %s -> %s: %s elapsed=%.3fs retries=%d",
        request.method,
        redact_url(request.url),
        type(error).__name__,
        error,
        elapsed,
        attempt,
    )


# ...unless COZE_LOG=info|debug asks for request logging on stderr. This module loads with
# the first client, so an application that imports the SDK and never calls it pays nothing.
setup_from_env()
