"""Which requests the emulator answers: those addressed to it by a loopback name.

A web page a developer visits can make the browser talk to `127.0.0.1` under a name of the
page's own (DNS rebinding) and so read the emulator's answers. The browser then still sends
the page's name in the `Host` header, so an emulator serving on a loopback address answers
only `Host: 127.0.0.1:<port>`, `localhost:<port>` or `[::1]:<port>`; anything else gets
HTTP 400 (a WebSocket handshake, 403). An emulator serving on another address (`--host
0.0.0.0`) is meant to be reached by other names, and checks nothing.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

__all__ = ["HostCheck", "is_loopback", "loopback_hosts"]

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

_LOOPBACK_NAMES = ("127.0.0.1", "localhost", "[::1]")
_REFUSAL = b"This emulator answers only requests addressed to 127.0.0.1, localhost or [::1] on its port.\n"


def is_loopback(host: str) -> bool:
    """Whether an address to listen on reaches this machine only."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def loopback_hosts(port: int) -> frozenset[str]:
    """The `Host` headers that name the emulator on `port` (without the port for port 80)."""
    names = {f"{name}:{port}" for name in _LOOPBACK_NAMES}
    if port == 80:
        names.update(_LOOPBACK_NAMES)
    return frozenset(names)


class HostCheck:
    """ASGI middleware: passes on requests whose `Host` is one of `allowed()` (None: all)."""

    def __init__(self, app: ASGIApp, allowed: Callable[[], frozenset[str] | None]) -> None:
        self.app = app
        self.allowed = allowed

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        allowed = self.allowed()
        if allowed is None or scope["type"] not in ("http", "websocket") or _host(scope) in allowed:
            await self.app(scope, receive, send)
        elif scope["type"] == "websocket":
            await send({"type": "websocket.close", "code": 1008})  # before accepting: HTTP 403
        else:
            headers = [(b"content-type", b"text/plain; charset=utf-8"), (b"content-length", b"%d" % len(_REFUSAL))]
            await send({"type": "http.response.start", "status": 400, "headers": headers})
            await send({"type": "http.response.body", "body": _REFUSAL})


def _host(scope: Scope) -> str:
    for name, value in scope.get("headers", ()):
        if name == b"host":
            return bytes(value).decode("latin-1").lower()
    return ""
