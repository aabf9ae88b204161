"""The headers an `httpx.Auth` adds for a URL, for connections httpx does not make itself.

A WebSocket handshake authenticates like a REST call, but is not sent by httpx: these run
the auth's own flow on a stand-in GET request (any token exchange it needs goes through
`client`) and return what the auth added. For a token manager without a base URL of its
own, pass the REST API URL (the exchange goes to its origin), not the `wss://` one.
"""

from __future__ import annotations

import httpx

__all__ = ["aauth_headers", "auth_headers"]


def _added(request: httpx.Request, before: httpx.Headers) -> dict[str, str]:
    return {name: value for name, value in request.headers.items() if before.get(name) != value}


def auth_headers(auth: httpx.Auth, url: str | httpx.URL, client: httpx.Client) -> dict[str, str]:
    """The headers `auth` puts on a request to `url` (e.g. `{"Authorization": "Bearer ..."}`)."""
    request = client.build_request("GET", url)
    before = request.headers.copy()
    flow = auth.sync_auth_flow(request)
    try:
        outgoing = next(flow)
        while outgoing is not request:  # a token exchange first
            outgoing = flow.send(client.send(outgoing, auth=None))
    finally:
        flow.close()
    return _added(request, before)


async def aauth_headers(auth: httpx.Auth, url: str | httpx.URL, client: httpx.AsyncClient) -> dict[str, str]:
    """The headers `auth` puts on a request to `url`, with async I/O."""
    request = client.build_request("GET", url)
    before = request.headers.copy()
    flow = auth.async_auth_flow(request)
    try:
        outgoing = await flow.__anext__()
        while outgoing is not request:  # a token exchange first
            outgoing = await flow.asend(await client.send(outgoing, auth=None))
    finally:
        await flow.aclose()
    return _added(request, before)
