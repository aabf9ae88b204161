"""The pool `AsyncCoze` builds on httpx (coze_ext/_pool.py): at most `max_connections`
connections, each kept for the calls of its origin; requests beyond them wait their turn;
a connection's slot comes back when its response is closed, or its request failed or was
cancelled, so nothing waits forever."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import httpx
import pytest
from loopback import LoopbackServer, json_reply, serve
from runtime_support import closed_port

from coze_ext import AsyncCoze
from coze_ext._constants import DEFAULT_ASYNC_LIMITS
from coze_ext._pool import PooledAsyncClient

GUARD = 10.0  # seconds: a slot that never comes back fails the test instead of hanging it


def limits(connections: int) -> httpx.Limits:
    return httpx.Limits(max_connections=connections, max_keepalive_connections=connections)


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    yield from serve()


@pytest.fixture
def other() -> Iterator[LoopbackServer]:
    yield from serve()


async def get(http: httpx.AsyncClient, url: str) -> httpx.Response:
    return await asyncio.wait_for(http.get(url), GUARD)


def test_asynccoze_builds_its_pool_with_the_default_limits() -> None:
    coze = AsyncCoze(token="t")
    http = coze._runtime.http
    assert isinstance(http, PooledAsyncClient)
    assert http.max_connections == DEFAULT_ASYNC_LIMITS.max_connections
    gate = coze._runtime.gate
    assert gate is not None and gate._value == DEFAULT_ASYNC_LIMITS.max_connections


async def test_requests_beyond_the_limit_wait_and_reuse_the_connections(server: LoopbackServer) -> None:
    server.routes["/a"] = lambda request: json_reply({"path": request.path})
    async with PooledAsyncClient(limits=limits(2)) as http:
        answers = await asyncio.wait_for(asyncio.gather(*(http.get(f"{server.base_url}/a") for _ in range(40))), GUARD)
    assert [answer.json() for answer in answers] == [{"path": "/a"}] * 40
    assert server.connections <= 2


async def test_a_response_holds_its_connection_until_it_is_closed(server: LoopbackServer) -> None:
    server.routes["/a"] = lambda request: json_reply({"n": len(server.requests)})
    async with PooledAsyncClient(limits=limits(1)) as http:
        first = await http.send(http.build_request("GET", f"{server.base_url}/a"), stream=True)
        second = asyncio.create_task(get(http, f"{server.base_url}/a"))
        for _ in range(20):  # the second request gets as far as it can
            await asyncio.sleep(0)
        assert len(server.requests) == 1  # it waits: the only connection still carries the first answer
        await first.aread()
        await first.aclose()
        assert (await second).json() == {"n": 2}
    # The second request went on the first one's connection, once that answer was read.
    assert server.connections == 1


async def test_a_cancelled_wait_leaves_the_connection_to_the_next_request(server: LoopbackServer) -> None:
    server.routes["/a"] = lambda request: json_reply({})
    async with PooledAsyncClient(limits=limits(1)) as http:
        first = await http.send(http.build_request("GET", f"{server.base_url}/a"), stream=True)
        waiting = asyncio.create_task(http.get(f"{server.base_url}/a"))
        for _ in range(20):
            await asyncio.sleep(0)
        waiting.cancel()
        with pytest.raises(asyncio.CancelledError):
            await waiting
        await first.aclose()
        assert (await get(http, f"{server.base_url}/a")).status_code == 200


async def test_a_wait_cancelled_as_the_connection_came_gives_it_back(server: LoopbackServer) -> None:
    server.routes["/a"] = lambda request: json_reply({})
    async with PooledAsyncClient(limits=limits(1)) as http:
        first = await http.send(http.build_request("GET", f"{server.base_url}/a"), stream=True)
        waiting = asyncio.create_task(http.get(f"{server.base_url}/a"))
        for _ in range(20):
            await asyncio.sleep(0)
        await first.aclose()  # hands the slot to the waiting request...
        waiting.cancel()  # ...which is cancelled before it runs again
        with pytest.raises(asyncio.CancelledError):
            await waiting
        assert (await get(http, f"{server.base_url}/a")).status_code == 200


async def test_a_failed_request_gives_its_connection_back(server: LoopbackServer) -> None:
    server.routes["/a"] = lambda request: json_reply({})
    async with PooledAsyncClient(limits=limits(1)) as http:
        with pytest.raises(httpx.ConnectError):
            await get(http, f"http://127.0.0.1:{closed_port()}/a")
        # The slot made for the refused origin now serves another.
        assert (await get(http, f"{server.base_url}/a")).status_code == 200


async def test_each_origin_keeps_its_own_connection(server: LoopbackServer, other: LoopbackServer) -> None:
    server.routes["/a"] = other.routes["/a"] = lambda request: json_reply({})
    async with PooledAsyncClient(limits=limits(2)) as http:
        for _ in range(5):
            for base_url in (server.base_url, other.base_url):
                assert (await get(http, f"{base_url}/a")).status_code == 200
    assert (server.connections, other.connections) == (1, 1)


async def test_with_every_connection_taken_another_origin_takes_over_an_idle_one(
    server: LoopbackServer, other: LoopbackServer
) -> None:
    server.routes["/a"] = other.routes["/a"] = lambda request: json_reply({})
    async with PooledAsyncClient(limits=limits(1)) as http:
        for base_url in (server.base_url, other.base_url, server.base_url):
            assert (await get(http, f"{base_url}/a")).status_code == 200
    assert (server.connections, other.connections) == (2, 1)
