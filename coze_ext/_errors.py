"""Every exception the SDK raises, in one hierarchy, and how each is chosen.

    CozeError
    |-- APIError                        Coze answered, and the answer is a failure
    |   |-- BadRequestError, AuthenticationError, PermissionDeniedError, NotFoundError,
    |   |   RequestTimeoutError, RateLimitError, InternalServerError (GatewayError)
    |   |-- ResponseValidationError     the answer does not match the API description
    |   |   `-- WebSocketEventError     ... a WebSocket frame that does not
    |   |-- ResponseTooLargeError
    |   |-- StreamError, StreamIncomplete           Server-Sent Event streams
    |   |-- ChatFailedError, WorkflowRunError       polled jobs that ended in failure
    |   |-- PaginationError
    |   |-- RedirectError               a redirect the SDK does not follow with credentials
    |   `-- OAuthError                  a token endpoint refused (AuthorizationPendingError,
    |                                   SlowDownError, AccessDeniedError, ExpiredTokenError,
    |                                   InvalidGrantError, InvalidClientError)
    |-- APIConnectionError              no (whole) answer
    |   `-- APITimeoutError
    |-- AudioPlaybackError              a voice client's player failed
    |-- OAuthStateError                 an OAuth callback's state is not the login's
    |-- MigrationError                  `coze migrate` cannot rewrite a module
    `-- PollTimeout                     a polled job did not end in time

The class of a failed answer is chosen by the Coze body `code` first (Coze often answers
HTTP 200 with a failure code) and by the HTTP status second, so `except
AuthenticationError` works however the server chose to say it; an OAuth answer by its
OAuth error code, in either body shape (Coze's `error_code`/`error_message` or RFC 6749's
`error`/`error_description`).

What an error keeps of the request is safe to log or pickle: the request on an
`APIConnectionError`, and the one behind an `APIError`'s `response`, are copies with
credential headers and query parameters redacted (the logs' rules) and without a body.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any, TypedDict, Unpack

import httpx

from ._constants import COZE_CN_BASE_URL, COZE_COM_BASE_URL, LOGID_HEADER
from ._json import loads
from ._logging import redact_url, redacted_request

if TYPE_CHECKING:
    from coze_api._events import SocketEvent, StreamEvent
    from coze_api.models import Chat, WorkflowRunHistory


class ErrorDetails(TypedDict, total=False):
    """What an `APIError` carries besides its message (every field optional)."""

    status_code: int | None
    code: int | None
    msg: str | None
    logid: str | None
    debug_url: str | None
    body: Any  # the decoded JSON body, or its text: whatever the server sent
    response: httpx.Response | None


class CozeError(Exception):
    """Base class of every error this SDK raises."""


class APIError(CozeError):
    """Coze answered, and the answer is a failure."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        code: int | None = None,
        msg: str | None = None,
        logid: str | None = None,
        debug_url: str | None = None,
        body: Any = None,
        response: httpx.Response | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status_code = status_code
        self.code = code
        self.msg = msg
        self.logid = logid
        self.debug_url = debug_url
        self.body = body
        self.response = _without_secrets(response)


class BadRequestError(APIError):
    """HTTP 400 or Coze code 4000: the request was malformed or a parameter is invalid."""


class AuthenticationError(APIError):
    """HTTP 401 or Coze code 4100: the token is missing, invalid or expired."""


class PermissionDeniedError(APIError):
    """HTTP 403 or Coze code 4101: the token lacks the permission for this call."""


class NotFoundError(APIError):
    """HTTP 404 or Coze code 4200: the resource does not exist (or is not published)."""


class RequestTimeoutError(APIError):
    """HTTP 408: the server gave up waiting for the request."""


class RateLimitError(APIError):
    """HTTP 429 or Coze code 4013: too many requests."""


class InternalServerError(APIError):
    """HTTP 5xx: Coze failed."""


class GatewayError(InternalServerError):
    """HTTP 502/503/504: a gateway in front of Coze failed (often an HTML page)."""


class ResponseValidationError(APIError):
    """Coze answered with JSON that does not match the spec: a field of the wrong type
    (`status: 5`), `data` null or a list where an object is due, JSON nested past reason.

    `field` names the offending value (`data.messages[3].created_at`); `body` is the
    decoded body (or the raw text when it could not be decoded).
    """

    def __init__(self, message: str, *, field: str | None = None, **details: Unpack[ErrorDetails]) -> None:
        super().__init__(message, **details)
        self.field = field


class ResponseTooLargeError(APIError):
    """The answer is larger than the client's `max_response_size`: reading stopped there."""


class WebSocketEventError(ResponseValidationError):
    """A server frame that does not match the API description: not a JSON object with an
    `event_type`, or data (or detail) that the event's model refuses. `event` is the event as
    far as it could be read (its `data` the decoded JSON), None when the frame is not an
    event at all; `field` names the offending value (`data.created_at`). The session goes
    on: iterating again reads the next frame."""

    def __init__(self, message: str, *, event: SocketEvent | None = None, **details: Unpack[ErrorDetails]) -> None:
        super().__init__(message, **details)
        self.event = event


class StreamError(APIError):
    """The stream delivered an error event (or a failed chat), or an event whose data does
    not match the API description; `event` is that event."""

    def __init__(self, message: str, *, event: StreamEvent, **details: Unpack[ErrorDetails]) -> None:
        super().__init__(message, **details)
        self.event = event


class StreamIncomplete(APIError):
    """The stream ended before its terminal event: the answer may be cut short.

    For a chat stream, `recover()` polls the chat to its end instead.
    """


class ChatFailedError(APIError):
    """The chat ended with status `failed`; `code` and `msg` come from its `last_error`."""

    def __init__(self, message: str, *, chat: Chat, **details: Unpack[ErrorDetails]) -> None:
        super().__init__(message, **details)
        self.chat = chat


class WorkflowRunError(APIError):
    """The workflow run ended with status `Fail`; `history` is its run history."""

    def __init__(self, message: str, *, history: WorkflowRunHistory, **details: Unpack[ErrorDetails]) -> None:
        super().__init__(message, **details)
        self.history = history


class PaginationError(APIError):
    """A list's pages cannot be walked: the server answered the request for the next page
    with the same page again."""


class RedirectError(APIError):
    """A WebSocket handshake or an OAuth token request was answered with a redirect, which
    the SDK does not follow: it would carry the token (or the client secret, code, refresh
    token) to wherever the answer points. `location` is where it pointed (secrets in its
    query redacted); configure that address yourself (`base_ws_url=`, `base_url=`) if the
    endpoint really lives there."""

    def __init__(self, message: str, *, location: str, **details: Unpack[ErrorDetails]) -> None:
        super().__init__(message, **details)
        self.location = location


class OAuthError(APIError):
    """An OAuth token endpoint refused the request; `error_code` says why."""

    def __init__(self, message: str, *, error_code: str, **details: Unpack[ErrorDetails]) -> None:
        super().__init__(message, **details)
        self.error_code = error_code

    @property
    def error(self) -> str:
        """The OAuth code under the name cozepy's `CozePKCEAuthError` used."""
        return self.error_code


class AuthorizationPendingError(OAuthError):
    """Device flow: the user has not allowed (or denied) access yet; poll again."""


class SlowDownError(OAuthError):
    """Device flow: polling too often; wait 5 s longer between polls (RFC 8628)."""


class AccessDeniedError(OAuthError):
    """The user denied access, or the app is deactivated (`access_denied`, `access_deny`)."""


class ExpiredTokenError(OAuthError):
    """Device flow: the device code expired; start again with a new one."""


class InvalidGrantError(OAuthError):
    """The code, refresh token or device code is invalid, used or expired (or the PKCE
    verifier does not match its challenge)."""


class InvalidClientError(OAuthError):
    """The client credentials (client secret, or the JWT and its key) were refused."""


class APIConnectionError(CozeError):
    """No (whole) answer: the connection failed or was cut, the body could not be decoded,
    or redirects looped. `logid` is set when the answer's headers had arrived. A WebSocket
    session the server closed with an error code carries it in `close_code` and
    `close_reason` (None otherwise)."""

    close_code: int | None = None
    close_reason: str | None = None

    def __init__(
        self, message: str = "Connection error.", *, request: httpx.Request | None = None, logid: str | None = None
    ) -> None:
        super().__init__(message)
        self.request = redacted_request(request) if request is not None else None
        self.logid = logid


class APITimeoutError(APIConnectionError):
    """No answer in time (connect, read or stream idle timeout)."""

    def __init__(
        self, message: str = "Request timed out.", *, request: httpx.Request | None = None, logid: str | None = None
    ) -> None:
        super().__init__(message, request=request, logid=logid)


class OAuthStateError(CozeError):
    """The `state` an OAuth redirect brought back is not the one the login sent: the
    callback may be forged (cross-site request forgery) or from another login. Its code
    must not be traded for a token."""


class AudioPlaybackError(CozeError):
    """A voice client's player failed (no sound device, the device gone): its playback is
    over, and `wait()` raises this. `cause` is what the player raised."""

    def __init__(self, message: str, *, cause: BaseException) -> None:
        super().__init__(message)
        self.cause = cause
        self.__cause__ = cause


class MigrationError(CozeError):
    """`coze migrate`: a module that cannot be migrated (it does not parse, or the rewrite
    would not)."""


class PollTimeout(CozeError):
    """The job did not end within the poll timeout (and could not be canceled); `state` is
    the job as last seen (a `Chat`, a `WorkflowRunHistory`)."""

    def __init__(self, message: str, *, state: object) -> None:
        super().__init__(message)
        self.state = state


_BY_CODE: dict[int, type[APIError]] = {
    4000: BadRequestError,
    4100: AuthenticationError,
    4101: PermissionDeniedError,
    4200: NotFoundError,
    4013: RateLimitError,
}

_BY_STATUS: dict[int, type[APIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    408: RequestTimeoutError,
    429: RateLimitError,
    502: GatewayError,
    503: GatewayError,
    504: GatewayError,
}

# A token of one site is refused (4100) or lacks permission (4101) on the other: say which to use.
_REGION_HINTS = {
    COZE_COM_BASE_URL: "If your account is on coze.cn, create the client with base_url=COZE_CN_BASE_URL",
    COZE_CN_BASE_URL: "If your account is on coze.com, create the client with base_url=COZE_COM_BASE_URL",
}


def region_hint(response: httpx.Response) -> str | None:
    """Which base URL to use, when a credential of one Coze site was refused by the other."""
    url = _request_url(response)
    for base_url, hint in _REGION_HINTS.items():
        if url.startswith(base_url):
            return hint + " (tokens of one site are not valid on the other)."
    return None


def error_class(status_code: int | None, code: int | None) -> type[APIError]:
    """The most specific error class for a status and a Coze code."""
    if code is not None and code in _BY_CODE:
        return _BY_CODE[code]
    if status_code is not None:
        if status_code in _BY_STATUS:
            return _BY_STATUS[status_code]
        if status_code >= 500:
            return InternalServerError
    return APIError


def make_api_error(response: httpx.Response, content: bytes, body: Any = None) -> APIError:
    """Build the typed error for a failed response; never raises while doing so.

    `body` is the already-decoded JSON when the caller has it; otherwise the bytes are
    tried as JSON and, failing that (an HTML gateway page, an empty body), kept as text.
    """
    if body is None and content:
        try:
            body = loads(content)
        except ValueError:
            body = content.decode("utf-8", "replace")
    code = msg = debug_url = None
    logid = response_logid(response)
    if isinstance(body, dict):
        raw_code = body.get("code", body.get("error_code"))
        code = raw_code if isinstance(raw_code, int) else _int_or_none(raw_code)
        raw_msg = body.get("msg") or body.get("error_message") or body.get("error_description") or body.get("error")
        msg = str(raw_msg) if raw_msg not in (None, "") else None
        debug_url = body.get("debug_url") or None
        detail = body.get("detail")
        if not logid and isinstance(detail, dict) and detail.get("logid"):
            logid = str(detail["logid"])
    elif isinstance(body, str) and body.strip():
        msg = _text_summary(body)
    status = response.status_code
    cls = error_class(status, code)
    parts = [f"HTTP {status}"]
    if code is not None:
        parts.append(f"code {code}")
    message = ", ".join(parts) + f": {msg or response.reason_phrase or 'request failed'}"
    if logid:
        message += f" (logid: {logid})"
    if cls in (AuthenticationError, PermissionDeniedError) and (hint := region_hint(response)):
        message += ". " + hint
    return cls(
        message,
        status_code=status,
        code=code,
        msg=msg,
        logid=logid,
        debug_url=debug_url,
        body=body,
        response=response,
    )


_BY_ERROR: dict[str, type[OAuthError]] = {
    "authorization_pending": AuthorizationPendingError,
    "slow_down": SlowDownError,
    "access_denied": AccessDeniedError,
    "access_deny": AccessDeniedError,  # Coze's spelling in its error tables
    "expired_token": ExpiredTokenError,
    "invalid_grant": InvalidGrantError,
    "invalid_client": InvalidClientError,
}
# A credential of one site is unknown to the other: these failures get a region hint.
_REGION_SENSITIVE = (InvalidClientError, InvalidGrantError)


def token_failure(response: httpx.Response, body: Any) -> APIError | None:
    """The typed error of a token endpoint answer, or None when it is a success.

    `body` is the decoded JSON (anything else for a non-JSON body). An answer without an
    OAuth code that still failed (a gateway page, a Coze `{code, msg}` body) gets the
    usual typed error of the status and code.
    """
    fields = body if isinstance(body, dict) else {}
    error_code = fields.get("error_code") or fields.get("error")
    if isinstance(error_code, str):
        return _oauth_error(response, fields, error_code)
    code = fields.get("code")
    if response.status_code >= 400 or (isinstance(code, int) and code != 0):
        return make_api_error(response, response.content, body if fields else None)
    return None


def _oauth_error(response: httpx.Response, fields: dict[str, object], error_code: str) -> OAuthError:
    description = fields.get("error_message") or fields.get("error_description")
    msg = str(description) if description not in (None, "") else None
    logid = response_logid(response)
    cls = _BY_ERROR.get(error_code, OAuthError)
    message = f"OAuth error {error_code}" + (f": {msg}" if msg else "") + f" (HTTP {response.status_code}"
    message += f", logid: {logid})" if logid else ")"
    if issubclass(cls, _REGION_SENSITIVE):
        hint = region_hint(response)
        if hint:
            message += ". " + hint
    return cls(
        message,
        error_code=error_code,
        status_code=response.status_code,
        msg=msg,
        logid=logid,
        body=fields,
        response=response,
    )


def connection_error(
    what: str, error: Exception, *, request: httpx.Request | None = None, logid: str | None = None
) -> APIConnectionError:
    """The typed error for a failure below HTTP (`error` is what httpx raised); `what` names
    the call or the read that failed."""
    if isinstance(error, httpx.TimeoutException):
        reason = "timed out"
    elif isinstance(error, httpx.DecodingError):
        reason = "the answer could not be decoded"
    elif isinstance(error, httpx.TooManyRedirects):
        reason = "too many redirects"
    else:
        reason = "connection failed"
    text = f"{what}: {reason} ({type(error).__name__}: {error})" + (f" (logid: {logid})" if logid else "")
    cls = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
    redact_cause(error)
    return cls(text, request=request, logid=logid)


def redact_cause(error: BaseException) -> None:
    """Replace the request an httpx error holds (it becomes the `__cause__` of ours) by a
    redacted copy."""
    if isinstance(error, httpx.HTTPError):
        with contextlib.suppress(RuntimeError):  # it has none
            error.request = redacted_request(error.request)


def redirect_error(response: httpx.Response, what: str, advice: str) -> RedirectError:
    """The typed error for a redirect answer that was not followed; `what` names the
    request, `advice` says what to configure instead."""
    try:
        location = redact_url(response.request.url.join(response.headers.get("location", "")))
    except httpx.InvalidURL:
        location = "an address that is not a valid URL"
    logid = response_logid(response)
    message = (
        f"{what}: the server answered HTTP {response.status_code} redirecting to {location}; the SDK does not "
        f"follow redirects with credentials. {advice}" + (f" (logid: {logid})" if logid else "")
    )
    return RedirectError(message, location=location, status_code=response.status_code, logid=logid, response=response)


def _without_secrets(response: httpx.Response | None) -> httpx.Response | None:
    """`response` with the requests it holds (its own, its redirects', the next one)
    replaced by redacted copies, so an error that keeps it keeps no credential."""
    if response is None:
        return None
    for each in (*response.history, response):
        with contextlib.suppress(RuntimeError):  # a response built by hand has no request
            each.request = redacted_request(each.request)
    if response.next_request is not None:
        response.next_request = redacted_request(response.next_request)
    return response


def response_logid(response: httpx.Response) -> str | None:
    """The logid Coze put in the response headers, if any."""
    value = response.headers.get(LOGID_HEADER)
    return str(value) if value else None


def _request_url(response: httpx.Response) -> str:
    try:
        return str(response.request.url)
    except RuntimeError:  # a response built by hand has no request
        return ""


def _int_or_none(value: object) -> int | None:
    """A code sent as digits (`"4100"`) as an int; None for anything else."""
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value)
    return None


def _text_summary(text: str, limit: int = 200) -> str:
    """A one-line excerpt of a non-JSON body (an HTML error page, say)."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit] + "..."
