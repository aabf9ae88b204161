"""Fault injection: make the next requests to a route slow, rejected, broken or cut short.

emu.faults.add(route="POST /v3/chat", status=429, times=2, headers={"Retry-After": "1"})
emu.faults.add(route="chat_create", drop_after_events=3)
emu.faults.add(route="WS /v1/chat", status=403)                   # a WebSocket handshake
emu.faults.add(route="websockets.chat", error_after_events=2)     # ... or session
emu.faults.add(route="websockets.chat", vanish_after_events=1)    # a peer gone: no pongs
emu.faults.add(route="WS /v1/chat", close_after_events=2, close_code=1011, close_reason="boom")

Faults are consumed in the order they were added: a request takes the first fault that
matches its route and still has uses left. Pure bookkeeping; the server applies them.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Fault", "Faults", "default_error_code"]

# The Coze code an HTTP error status carries when the fault does not name one.
_STATUS_CODES = {400: 4000, 401: 4100, 403: 4101, 404: 4200, 429: 4013}


# The close codes a close frame may carry below 3000 (1004-1006 and 1015 are reserved).
_SENDABLE_CODES = frozenset({1000, 1001, 1002, 1003, *range(1007, 1015)})
# The knobs that count events.
_COUNTS = (
    "drop_after_events",
    "end_after_events",
    "error_after_events",
    "silent_after_events",
    "vanish_after_events",
    "close_after_events",
    "bad_frame_after_events",
)


def default_error_code(status: int) -> int:
    return _STATUS_CODES.get(status, status)


@dataclass
class Fault:
    """One injected misbehaviour. Knobs combine (e.g. latency with a status).

    - `route`: `"POST /v3/chat"` (method and path template, or a concrete path), an
      operationId (`"chat_create"`), a WebSocket endpoint (`"WS /v1/chat"` or its tree place
      `"websockets.chat"`; one fault use per session), or None for every request.
    - `times`: how many matching requests it applies to (None: all of them).
    - `latency`: seconds to wait before answering.
    - `status`: answer this HTTP status with a Coze error body (`code` and `msg` default from
      the status: 429 -> 4013, 401 -> 4100, ...) instead of the real answer.
    - `code`, `msg`: the Coze error in that body; `code` without `status` answers HTTP 200
      with a failure code, as Coze often does.
    - `headers`: extra response headers (e.g. `{"Retry-After": "1"}`).
    - `body`, `content_type`: answer exactly this body (e.g. a proxy's HTML page).
    - `html`: answer a gateway's HTML error page (status 502 unless given).
    - `malformed_json`: a JSON answer is cut off mid-document; in a stream, the first event's
      data is.
    - `drop_after_events`: a stream closes the connection after this many events.
    - `end_after_events`: a stream ends cleanly after this many events, before its terminal
      event.
    - `keepalive`: a stream sends an SSE comment (`: keep-alive`) before every event.

    On a WebSocket: `status` refuses the handshake (401, 403...) with the Coze error body,
    `latency` delays it. After that many server frames:
    - `drop_after_events` cuts the TCP connection, without a close frame;
    - `error_after_events` sends an `error` event (`code`, default 5000, and `msg`) and goes on;
    - `silent_after_events` sends nothing more (the session goes on, unheard; pings are
      still answered);
    - `vanish_after_events` goes silent without closing: it sends nothing, reads nothing and
      answers no ping, like a peer gone with a NAT timeout or a pulled cable (the session
      ends when the client gives up, or at `reset()`);
    - `close_after_events` closes the session with `close_code` (default 1000) and
      `close_reason`;
    - `bad_frame_after_events` sends `bad_frame` and goes on: text that is not JSON (a
      str, "not json" by default) or a binary frame (bytes).
    """

    route: str | None = None
    times: int | None = 1
    latency: float = 0.0
    status: int | None = None
    code: int | None = None
    msg: str | None = None
    headers: Mapping[str, str] = field(default_factory=dict)
    body: str | bytes | None = None
    content_type: str | None = None
    html: bool = False
    malformed_json: bool = False
    drop_after_events: int | None = None
    end_after_events: int | None = None
    keepalive: bool = False
    error_after_events: int | None = None
    silent_after_events: int | None = None
    vanish_after_events: int | None = None
    close_after_events: int | None = None
    close_code: int = 1000
    close_reason: str = ""
    bad_frame_after_events: int | None = None
    bad_frame: str | bytes = "not json"
    used: int = 0

    def __post_init__(self) -> None:
        if self.times is not None and self.times < 1:
            raise ValueError("times must be >= 1, or None for every request")
        if self.latency < 0:
            raise ValueError("latency must be >= 0 seconds")
        for name in _COUNTS:
            value = getattr(self, name)
            if value is not None and value < 0:
                raise ValueError(f"{name} must be >= 0")
        if not (self.close_code in _SENDABLE_CODES or 3000 <= self.close_code <= 4999):
            raise ValueError(f"close_code {self.close_code} cannot be sent in a close frame (RFC 6455)")
        if len(self.close_reason.encode()) > 123:
            raise ValueError("close_reason must be at most 123 bytes of UTF-8")
        if self.html and self.status is None:
            self.status = 502

    @property
    def replaces_answer(self) -> bool:
        """The fault answers instead of the operation (an error, a fixed body); a `code` given
        for an injected WebSocket error does not."""
        code_only = self.code is not None and self.error_after_events is None
        return self.status is not None or code_only or self.body is not None or self.html

    def matches(self, operation_id: str | None, route: str | None, method: str, path: str) -> bool:
        if self.route is None:
            return True
        wanted = self.route.strip()
        if wanted == operation_id:
            return True
        verb, _, target = wanted.partition(" ")
        return verb.upper() == method and target.strip() in (route, path)


class Faults:
    """The faults waiting for requests, in order (thread-safe: tests add, the server takes)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pending: list[Fault] = []

    def add(self, route: str | None = None, **knobs: Any) -> Fault:
        """Add a fault (see `Fault` for the knobs) and return it; `fault.used` counts its uses."""
        fault = Fault(route, **knobs)
        with self._lock:
            self._pending.append(fault)
        return fault

    def take(self, operation_id: str | None, route: str | None, method: str, path: str) -> Fault | None:
        """The fault for this request, if any; uses it up once."""
        with self._lock:
            for fault in self._pending:
                if fault.matches(operation_id, route, method, path):
                    fault.used += 1
                    if fault.times is not None and fault.used >= fault.times:
                        self._pending.remove(fault)
                    return fault
        return None

    @property
    def pending(self) -> list[Fault]:
        with self._lock:
            return list(self._pending)

    def clear(self) -> None:
        with self._lock:
            self._pending.clear()
