"""A WebSocket handshake decided without I/O: its URL, headers and open timeout, the options
of the connection, and the typed error for each way it can fail. The sync and async sockets
only perform it."""

from __future__ import annotations

import functools
import logging
import ssl
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TypedDict

import httpx
from coze_api._runtime import Operation, RequestOptions, SocketOptions, SocketSpec
from coze_api.types import Unset
from websockets.exceptions import InvalidStatus

from .._constants import (
    COZE_CN_BASE_URL,
    COZE_CN_WS_BASE_URL,
    COZE_COM_BASE_URL,
    COZE_COM_WS_BASE_URL,
    LOGID_HEADER,
)
from .._errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    CozeError,
    PermissionDeniedError,
    make_api_error,
    redirect_error,
    region_hint,
)
from .._flow import CallSettings
from .._headers import check_headers
from .._logging import log, redact_headers, redact_url
from .._request import build_request
from .._ssl import shared_ssl_context
from .._urls import ws_base_url

ALLOW_LIST_HINT = (
    "The real-time (WebSocket) APIs may need to be enabled for your account (an allow-list): "
    "ask Coze to enable them, quoting the logid"
)
REDIRECT_ADVICE = "If the endpoint really lives there, create the client with base_ws_url= set to that address"
# How long closing waits for the server's close frame before dropping the connection: close()
# must return at once, and nothing more is wanted from a session being closed.
CLOSE_TIMEOUT = 0.5
# websockets logs every handshake header (the token among them) and every frame at DEBUG: its
# records go to a logger of ours that passes on its warnings and errors, never those lines.
_library_log = logging.getLogger("coze_ext.websockets.library")
_library_log.setLevel(logging.INFO)
# The API host of each Coze WebSocket host: a token of one site is refused by the other.
_SITES = {COZE_COM_WS_BASE_URL: COZE_COM_BASE_URL, COZE_CN_WS_BASE_URL: COZE_CN_BASE_URL}
# Headers of a refusal that describe the raw bytes, which arrive already decoded.
_FRAMING_HEADERS = {"content-encoding", "transfer-encoding", "content-length"}


@dataclass(frozen=True)
class Handshake:
    """Where and how to open one WebSocket session (the auth headers come at opening time)."""

    endpoint: str
    url: str
    """The WebSocket URL, its query encoded."""
    rest_url: str
    """The same path and query on the REST base URL: what an `httpx.Auth` signs for."""
    headers: Mapping[str, str]
    open_timeout: float | None
    options: SocketOptions
    """Keepalive and size cap (the `connect` options)."""

    @property
    def shown_url(self) -> str:
        """The URL as logs and errors show it (secrets in the query redacted)."""
        return redact_url(httpx.URL(self.url))


@functools.cache
def _operation(spec: SocketSpec) -> Operation[object]:
    """The handshake as an operation, so its arguments are checked and its query encoded
    exactly as a REST call's."""
    return Operation(spec.id, "GET", spec.path, spec.params, None, "none", True, None)


def prepare_handshake(
    spec: SocketSpec,
    args: Mapping[str, object],
    options: RequestOptions,
    socket_options: SocketOptions,
    settings: CallSettings,
    given_base_ws_url: str | None,
    http: httpx.Client | httpx.AsyncClient,
) -> Handshake:
    """The handshake of a `connect(...)` call; bad arguments raise here, before any I/O."""
    check_socket_options(socket_options)
    base_ws_url = ws_base_url(settings.base_url, given_base_ws_url)
    request, files = build_request(
        http, _operation(spec), args, RequestOptions(extra_query=options.extra_query), base_url=settings.base_url
    )
    files.close()
    query = request.url.query.decode("ascii")
    timeout = settings.timeout if isinstance(options.timeout, Unset) else options.timeout
    headers = {**settings.headers, **(options.extra_headers or {})}
    check_headers(headers, spec.id)
    return Handshake(
        endpoint=spec.id,
        url=f"{base_ws_url}{spec.path}" + (f"?{query}" if query else ""),
        rest_url=str(request.url),
        headers=headers,
        open_timeout=httpx.Timeout(timeout).connect,
        options=socket_options,
    )


def check_socket_options(options: SocketOptions) -> None:
    """ValueError (TypeError for a wrong type) naming the `connect` option that is not one."""
    for name in ("ping_interval", "ping_timeout", "max_size"):
        value = getattr(options, name)
        if value is None:
            continue
        wanted = int if name == "max_size" else (int, float)
        if isinstance(value, bool) or not isinstance(value, wanted):
            kind = "an int" if name == "max_size" else "a number of seconds"
            raise TypeError(f"{name} must be {kind} or None, not {type(value).__name__}")
        if not value > 0:
            raise ValueError(f"{name} must be > 0 (None turns it off), not {value!r}")


class ConnectionOptions(TypedDict):
    """The keyword arguments of the library's `connect` that the sync and asyncio clients share."""

    additional_headers: dict[str, str]
    user_agent_header: None
    open_timeout: float | None
    close_timeout: float
    max_size: int | None
    logger: logging.Logger
    ssl: ssl.SSLContext | None
    """The SDK's TLS context for wss:// (the same roots as REST calls); None for ws://."""


def connection_options(handshake: Handshake, auth: Mapping[str, str]) -> ConnectionOptions:
    """The keyword arguments of the library's `connect`, sync or asyncio; the auth's headers
    win over the caller's, as on REST calls."""
    headers = {**handshake.headers, **auth}
    check_headers(auth, handshake.endpoint)
    log.debug("websocket %s: opening %s headers=%s", handshake.endpoint, handshake.shown_url, redact_headers(headers))
    return ConnectionOptions(
        additional_headers=headers,
        user_agent_header=None,  # the client's own User-Agent is among the headers
        open_timeout=handshake.open_timeout,
        close_timeout=CLOSE_TIMEOUT,
        max_size=handshake.options.max_size,
        logger=_library_log,
        ssl=shared_ssl_context() if handshake.url.startswith("wss://") else None,
    )


def opened(handshake: Handshake, headers: Mapping[str, str], elapsed: float) -> str | None:
    """Log an accepted handshake; its logid (the answer's `x-tt-logid`)."""
    logid = headers.get(LOGID_HEADER)
    log.info("WS GET %s -> 101 logid=%s elapsed=%.3fs", handshake.shown_url, logid, elapsed)
    return str(logid) if logid else None


def handshake_error(handshake: Handshake, error: BaseException, elapsed: float) -> CozeError:
    """The typed error for a handshake that failed: refused (the class of its status and Coze
    code, with its logid), timed out, or no connection at all."""
    if isinstance(error, InvalidStatus):
        response = error.response
        refusal = refusal_error(handshake, response.status_code, list(response.headers.raw_items()), response.body)
        log.info(
            "WS GET %s -> %d logid=%s elapsed=%.3fs",
            handshake.shown_url,
            response.status_code,
            refusal.logid,
            elapsed,
        )
        return refusal
    log.info("WS GET %s -> %s: %s elapsed=%.3fs", handshake.shown_url, type(error).__name__, error, elapsed)
    if isinstance(error, TimeoutError | httpx.TimeoutException):
        return APITimeoutError(
            f"{handshake.endpoint}: no answer to the WebSocket handshake with {handshake.shown_url} "
            f"within {handshake.open_timeout}s"
        )
    return APIConnectionError(
        f"{handshake.endpoint}: could not open a WebSocket to {handshake.shown_url} ({type(error).__name__}: {error})"
    )


def refusal_error(
    handshake: Handshake, status: int, headers: list[tuple[str, str]], body: bytes | bytearray | None
) -> APIError:
    """The typed error for a handshake answered with an HTTP status instead of 101, read like
    a REST answer; a 403 says the real-time APIs may not be enabled for the account. A
    redirect is never followed (the handshake carries the token): it is a `RedirectError`."""
    response = httpx.Response(
        status,
        headers=[(name, value) for name, value in headers if name.lower() not in _FRAMING_HEADERS],
        content=bytes(body or b""),
        request=httpx.Request("GET", handshake.url),
    )
    if response.has_redirect_location:
        return redirect_error(response, f"{handshake.endpoint}: WebSocket handshake", REDIRECT_ADVICE)
    error = make_api_error(response, response.content)
    if status == 403 or isinstance(error, PermissionDeniedError):
        return _with_hint(error, ALLOW_LIST_HINT)
    if isinstance(error, AuthenticationError) and (hint := _region_hint(handshake.url)):
        return _with_hint(error, hint)
    return error


def _region_hint(url: str) -> str | None:
    """What REST calls say when a token of one Coze site is refused by the other."""
    for site, base_url in _SITES.items():
        if url.startswith(site):
            return region_hint(httpx.Response(401, request=httpx.Request("GET", base_url)))
    return None


def _with_hint(error: APIError, hint: str) -> APIError:
    """The same error with `hint` added to its message."""
    return type(error)(
        f"{error.message.rstrip('.')}. {hint}",
        status_code=error.status_code,
        code=error.code,
        msg=error.msg,
        logid=error.logid,
        debug_url=error.debug_url,
        body=error.body,
        response=error.response,
    )
