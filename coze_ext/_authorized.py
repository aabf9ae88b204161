"""Sending a request through its `httpx.Auth`, as httpx does, except for redirects.

httpx sends every request an auth flow yields with the client's redirect setting, and the
SDK's clients follow redirects. For the request being authorized that is safe (httpx drops
its `Authorization` header on the way to another origin), but a token manager's own
requests carry their credentials in the body too: a refresh token, a code, a device code.
A 307 from the token endpoint would have httpx post that body again to wherever it points.
So the requests an auth sends on its own (every request it yields other than the one it
was given) never follow a redirect; the exchange then refuses the redirect answer with a
`RedirectError`, as the OAuth apps' own clients do.
"""

from __future__ import annotations

import httpx


def send_authorized(http: httpx.Client, request: httpx.Request, auth: httpx.Auth | None) -> httpx.Response:
    """Send `request` through `auth`'s flow (none: as it is); the answer, its body unread."""
    if auth is None:
        return http.send(request, auth=None, stream=True)
    flow = auth.sync_auth_flow(request)
    try:
        outgoing = next(flow)
        while True:
            follow = http.follow_redirects and outgoing is request
            response = http.send(outgoing, auth=None, stream=True, follow_redirects=follow)
            try:
                try:
                    outgoing = flow.send(response)
                except StopIteration:
                    return response
                response.read()
            except BaseException:
                response.close()
                raise
    finally:
        flow.close()


async def asend_authorized(http: httpx.AsyncClient, request: httpx.Request, auth: httpx.Auth | None) -> httpx.Response:
    """`send_authorized` with async I/O."""
    if auth is None:
        return await http.send(request, auth=None, stream=True)
    flow = auth.async_auth_flow(request)
    try:
        outgoing = await flow.__anext__()
        while True:
            follow = http.follow_redirects and outgoing is request
            response = await http.send(outgoing, auth=None, stream=True, follow_redirects=follow)
            try:
                try:
                    outgoing = await flow.asend(response)
                except StopAsyncIteration:
                    return response
                await response.aread()
            except BaseException:
                await response.aclose()
                raise
    finally:
        await flow.aclose()
