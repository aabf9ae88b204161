"""The base URL of the WebSocket endpoints: given, or derived from the REST base URL."""

from __future__ import annotations

import httpx

from .._constants import COZE_CN_BASE_URL, COZE_CN_WS_BASE_URL, COZE_COM_BASE_URL, COZE_COM_WS_BASE_URL
from .._urls import refuse_credentials

# Coze serves its WebSockets on a host of their own.
_KNOWN = {COZE_COM_BASE_URL: COZE_COM_WS_BASE_URL, COZE_CN_BASE_URL: COZE_CN_WS_BASE_URL}
_SCHEMES = {"http": "ws", "https": "wss"}


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
