"""The connection pool `AsyncCoze` builds on httpx: one connection per slot, found in O(1).

httpcore's pool (1.0.9) reassigns every queued request on every request and response, and
each time walks all its connections for each one of them, polling every idle socket on the
way (upstream encode/httpcore#1035): its cost per call grows with the square of the
connections. At 100 connections that is 5-14 ms of CPU per call, so a fan-out of thousands
of calls ran at 60-250 calls/s, and connections left idle by the slow loop outlived their
keep-alive and were reopened (240-440 opened for a 100-connection pool). Few connections
make it cheap, but then a slow server caps the rate at connections / latency.

So `SlotTransport` keeps each connection in a pool of its own (one httpx transport holding
one connection: a slot), and hands each request a free slot of its origin from a stack,
most recently used first, so the connections in use stay warm. Each slot's own pool does
what httpcore does well (connecting, TLS, proxies, keep-alive expiry, error mapping) at the
cost of one connection. A request finding every slot busy waits its turn in order; the slot
is given back when the response is closed.
"""

from __future__ import annotations

import asyncio
import ssl
from collections import deque
from collections.abc import AsyncIterator, Callable, Mapping

import httpx
from httpx._types import CertTypes

from ._constants import DEFAULT_LIMITS, DEFAULT_TIMEOUT
from ._ssl import shared_ssl_context

Origin = tuple[bytes, bytes, int | None]


class _Slot:
    """One connection's transport, and the origin it last served."""

    __slots__ = ("origin", "transport")

    def __init__(self, transport: httpx.AsyncBaseTransport, origin: Origin) -> None:
        self.transport = transport
        self.origin = origin


class SlotTransport(httpx.AsyncBaseTransport):
    """At most `size` connections (None: no limit), each in a one-connection transport that
    `new_slot` makes."""

    def __init__(self, new_slot: Callable[[], httpx.AsyncBaseTransport], size: int | None) -> None:
        self._new_slot = new_slot
        self._size = size
        self._slots: list[_Slot] = []
        self._free: dict[Origin, list[_Slot]] = {}
        self._waiters: deque[asyncio.Future[_Slot]] = deque()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        origin = (url.raw_scheme, url.raw_host, url.port)
        slot = self._take(origin) or await self._wait()
        slot.origin = origin
        try:
            response = await slot.transport.handle_async_request(request)
        except BaseException:
            self._give_back(slot)
            raise
        assert isinstance(response.stream, httpx.AsyncByteStream)
        response.stream = _SlotStream(response.stream, slot, self._give_back)
        return response

    def _take(self, origin: Origin) -> _Slot | None:
        """A free slot: one of `origin` (the last used), else a new one, else one of another
        origin (its slot closes that connection and opens one to `origin`); None if all are busy."""
        free = self._free.get(origin)
        if free:
            return free.pop()
        if self._size is None or len(self._slots) < self._size:
            slot = _Slot(self._new_slot(), origin)
            self._slots.append(slot)
            return slot
        for others in self._free.values():
            if others:
                return others.pop()
        return None

    async def _wait(self) -> _Slot:
        """The next slot given back, in the order the requests came."""
        waiter: asyncio.Future[_Slot] = asyncio.get_running_loop().create_future()
        self._waiters.append(waiter)
        try:
            return await waiter
        except asyncio.CancelledError:
            if waiter.done() and not waiter.cancelled():  # handed a slot as the wait was cancelled
                self._give_back(waiter.result())
            raise

    def _give_back(self, slot: _Slot) -> None:
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(slot)
                return
        self._free.setdefault(slot.origin, []).append(slot)

    async def aclose(self) -> None:
        slots, self._slots, self._free = self._slots, [], {}
        for slot in slots:
            await slot.transport.aclose()


class _SlotStream(httpx.AsyncByteStream):
    """A response body that gives its slot back once closed."""

    __slots__ = ("_give_back", "_slot", "_stream")

    def __init__(self, stream: httpx.AsyncByteStream, slot: _Slot, give_back: Callable[[_Slot], None]) -> None:
        self._stream = stream
        self._slot: _Slot | None = slot
        self._give_back = give_back

    def __aiter__(self) -> AsyncIterator[bytes]:
        return self._stream.__aiter__()  # no layer of ours between the reader and each chunk

    async def aclose(self) -> None:
        slot, self._slot = self._slot, None
        try:
            await self._stream.aclose()
        finally:
            if slot is not None:
                self._give_back(slot)


class SdkAsyncClient(httpx.AsyncClient):
    """An `httpx.AsyncClient` set up as the SDK sets its own: its timeouts, its limits, its
    TLS context, and redirects followed. An `AsyncCoze` given one treats it as its own pool:
    it lets at most `max_connections` calls onto it at once (the others wait their turn
    before building their request) and closes it when it is closed. Subclasses change how
    its connections are made in one place, `_new_transport`."""

    def __init__(
        self,
        *,
        headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        limits: httpx.Limits = DEFAULT_LIMITS,
        proxy: str | httpx.Proxy | None = None,
        verify: ssl.SSLContext | bool = True,
        trust_env: bool = True,
    ) -> None:
        super().__init__(
            headers=headers,
            timeout=timeout,
            limits=limits,
            proxy=proxy,
            # True: the SDK's own TLS context, the roots httpx would trust, loaded at the first handshake.
            verify=shared_ssl_context() if verify is True and trust_env else verify,
            trust_env=trust_env,
            follow_redirects=True,
        )
        self.max_connections = limits.max_connections

    def _new_transport(
        self, context: ssl.SSLContext, http1: bool, http2: bool, limits: httpx.Limits, proxy: httpx.Proxy | None
    ) -> httpx.AsyncBaseTransport:
        """The transport for direct requests (`proxy` None) or through one proxy: httpx's own."""
        return httpx.AsyncHTTPTransport(verify=context, http1=http1, http2=http2, limits=limits, proxy=proxy)

    # httpx's hooks for the transports its client makes (direct, and one per proxy, given or
    # from the environment): the one private part of httpx the SDK overrides; the pool and
    # aiohttp tests fail if httpx stops calling them.
    def _init_transport(
        self,
        verify: ssl.SSLContext | str | bool = True,
        cert: CertTypes | None = None,
        trust_env: bool = True,
        http1: bool = True,
        http2: bool = False,
        limits: httpx.Limits = DEFAULT_LIMITS,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> httpx.AsyncBaseTransport:
        if transport is not None:
            return transport
        context = httpx.create_ssl_context(verify=verify, cert=cert, trust_env=trust_env)
        return self._new_transport(context, http1, http2, limits, None)

    def _init_proxy_transport(
        self,
        proxy: httpx.Proxy,
        verify: ssl.SSLContext | str | bool = True,
        cert: CertTypes | None = None,
        trust_env: bool = True,
        http1: bool = True,
        http2: bool = False,
        limits: httpx.Limits = DEFAULT_LIMITS,
    ) -> httpx.AsyncBaseTransport:
        context = httpx.create_ssl_context(verify=verify, cert=cert, trust_env=trust_env)
        return self._new_transport(context, http1, http2, limits, proxy)


class PooledAsyncClient(SdkAsyncClient):
    """The pool `AsyncCoze` builds: httpx's own client, on a `SlotTransport` (direct and for
    each proxy, given or from the environment) of `limits.max_connections` slots."""

    def _new_transport(
        self, context: ssl.SSLContext, http1: bool, http2: bool, limits: httpx.Limits, proxy: httpx.Proxy | None
    ) -> SlotTransport:
        # Every slot shares the one TLS context: building one loads the CA bundle (milliseconds).
        one = httpx.Limits(max_connections=1, max_keepalive_connections=1, keepalive_expiry=limits.keepalive_expiry)

        def new_slot() -> httpx.AsyncBaseTransport:
            return httpx.AsyncHTTPTransport(verify=context, http1=http1, http2=http2, limits=one, proxy=proxy)

        return SlotTransport(new_slot, limits.max_connections)
