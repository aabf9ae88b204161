"""The SDK's base URLs: none carries credentials, and the WebSocket one follows the REST one.

Coze authenticates with a bearer token, never with a user name and password in the URL
(`https://user:pass@host`). Such a URL would put the password where URLs go: into log
lines and error messages, and into an `Authorization: Basic` header that httpx and the
WebSocket library derive from it. So every base URL the SDK takes is refused with one:
before anything is sent, and without echoing the URL.
"""

from __future__ import annotations

import re

import httpx

from ._constants import COZE_CN_BASE_URL, COZE_CN_WS_BASE_URL, COZE_COM_BASE_URL, COZE_COM_WS_BASE_URL

# The authority of a URL (`[user[:password]@]host[:port]`) ends at the first of these.
_AUTHORITY_END = re.compile(r"[/?#]")
# Coze serves its WebSockets on a host of their own.
_KNOWN = {COZE_COM_BASE_URL: COZE_COM_WS_BASE_URL, COZE_CN_BASE_URL: COZE_CN_WS_BASE_URL}
_SCHEMES = {"http": "ws", "https": "wss"}


def refuse_credentials(url: str, what: str) -> None:
    """Raise ValueError if `url` has a user name or password; `what` names the argument.

    Read without a URL parser, so even a URL no parser takes (or one parsers read
    differently) is refused if anything before its path could be credentials.
    """
    authority = _AUTHORITY_END.split(url.partition("://")[2] or url, maxsplit=1)[0]
    if "@" in authority:
        raise ValueError(
            f"{what} must not contain a user name or password (user:password@host): Coze never uses "
            "them, and they would be sent and logged; pass the credential as token= or auth= "
            "(the URL is not shown, to keep the password out of this message)"
        )


def check_ws_base_url(url: object) -> str:
    """`url` without its trailing `/`, if it is a ws:// or wss:// URL without credentials;
    ValueError otherwise."""
    if not isinstance(url, str) or not url.startswith(("ws://", "wss://")):
        raise ValueError(f"base_ws_url must start with ws:// or wss://, not {url!r}")
    refuse_credentials(url, "base_ws_url")
    try:
        host = httpx.URL(url).host
    except httpx.InvalidURL as error:
        raise ValueError(f"base_ws_url {url!r} is not a valid URL: {error}") from None
    if not host:
        raise ValueError(f"base_ws_url {url!r} has no host")
    return url.rstrip("/")


def ws_base_url(base_url: str, given: str | None) -> str:
    """The WebSocket base URL: `given` (checked), else the one of the REST `base_url`:
    api.coze.com and api.coze.cn have ws.coze.com and ws.coze.cn, any other host keeps its
    host, port and path (http:// -> ws://, https:// -> wss://), as a local server or a
    proxy serves both."""
    if given is not None:
        return check_ws_base_url(given)
    rest = base_url.rstrip("/")
    if rest in _KNOWN:
        return _KNOWN[rest]
    scheme, _, rest_of_url = rest.partition("://")
    return f"{_SCHEMES[scheme]}://{rest_of_url}"
