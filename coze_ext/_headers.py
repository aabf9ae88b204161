"""The header check every request the SDK sends goes through (REST calls, OAuth token
requests, WebSocket handshakes).

A header name or value with a line break or a NUL would end the header early and let the
rest read as another header, or another request (header injection, request splitting), for
any application that puts text it did not write into a header. httpx's HTTP/1.1 layer
refuses such headers only while sending, and the WebSocket library sends them as they are,
so the SDK checks them before anything is sent. The error names the header, never its
value: the value may be a credential.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

_FORBIDDEN = re.compile("[\r\n\x00]")


def check_headers(headers: Mapping[str, str] | Iterable[tuple[str, str]], where: str = "header") -> None:
    """Raise ValueError if a name or value in `headers` holds CR, LF or NUL.

    `where` says which headers these are (`default_headers`, `extra_headers`...), for the
    message.
    """
    items = headers.items() if isinstance(headers, Mapping) else headers
    for name, value in items:
        if _bad(name):
            raise ValueError(f"{where}: a header name contains a line break or NUL ({_shown_name(name)})")
        if _bad(value):
            raise ValueError(
                f"{where}: the value of the header {_shown_name(name)} contains a line break or NUL "
                "(header injection); the value is not shown"
            )


def _bad(text: object) -> bool:
    if isinstance(text, bytes | bytearray):
        return any(byte in text for byte in b"\r\n\x00")
    return isinstance(text, str) and _FORBIDDEN.search(text) is not None


def _shown_name(name: object) -> str:
    """A header name as a message shows it: its repr (escaped), cut short."""
    shown = repr(name)
    return shown if len(shown) <= 60 else shown[:57] + "..."
