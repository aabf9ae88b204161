"""Async fan-out: hundreds of concurrent calls on one client all succeed; calls queued behind
a busy connection pool wait for a connection instead of failing with a pool timeout, and
take over the connections that finish instead of opening new ones."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from coze_ext import AsyncCoze, Message
from coze_ext._constants import DEFAULT_ASYNC_LIMITS
from coze_ext.testing import CozeEmulator

ECHO_SERVER = Path(__file__).with_name("echo_server.py")


def echo_server(delay: float) -> Iterator[str]:
    """The base URL of a running tests/echo_server.py whose answers take `delay` seconds."""
    process = subprocess.Popen([sys.executable, str(ECHO_SERVER), str(delay)], stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        yield f"http://127.0.0.1:{process.stdout.readline().strip()}"
    finally:
        process.kill()
        process.wait()


@pytest.fixture
def quick() -> Iterator[str]:
    yield from echo_server(0.05)


@pytest.fixture
def slow() -> Iterator[str]:
    yield from echo_server(0.5)


async def retrieve_all(coze: AsyncCoze, count: int) -> None:
    chats = await asyncio.gather(*(coze.chat.retrieve(conversation_id="c", chat_id=str(n)) for n in range(count)))
    assert [found.id for found in chats] == [str(n) for n in range(count)]


async def test_500_concurrent_retrieves_all_succeed(emulator: CozeEmulator) -> None:
    bot = emulator.add_bot()
    async with AsyncCoze(token=emulator.token, base_url=emulator.base_url) as coze:
        chat = await coze.chat.create(bot_id=bot.bot_id, user_id="u", additional_messages=[Message.user("Hi")])
        ids = {"conversation_id": chat.conversation_id, "chat_id": chat.id}
        chats = await asyncio.gather(*(coze.chat.retrieve(**ids) for _ in range(500)))
    assert {found.id for found in chats} == {chat.id}


async def test_2000_concurrent_calls_with_default_settings_all_succeed(quick: str) -> None:
    async with AsyncCoze(token="t", base_url=quick) as coze:
        await retrieve_all(coze, 2000)
    # Queued calls took over finished connections: none was closed and opened again (the
    # count includes the connection asking for it).
    assert int(httpx.get(f"{quick}/connections").text) - 1 <= DEFAULT_ASYNC_LIMITS.max_connections


async def test_a_call_builds_its_request_only_once_it_has_a_place(quick: str) -> None:
    # 300 calls started at once: only those with a place at the gate build a request (each
    # call's `on_request` hook runs right after its request is built); the others wait
    # first, so the loop is not stalled building hundreds of requests in one turn.
    built = answered = most = 0

    def on_request(request: httpx.Request) -> None:
        nonlocal built, most
        built += 1
        most = max(most, built - answered)

    def on_response(response: httpx.Response) -> None:
        nonlocal answered
        answered += 1

    async with AsyncCoze(token="t", base_url=quick, on_request=on_request, on_response=on_response) as coze:
        await retrieve_all(coze, 300)
    assert built == 300
    assert most == DEFAULT_ASYNC_LIMITS.max_connections


async def test_waiting_for_a_connection_is_not_a_timeout(slow: str) -> None:
    # Five calls per connection, 0.5 s each: the last ones wait about 2 s for a connection,
    # longer than their 1 s timeout, which bounds each call's own I/O.
    async with AsyncCoze(token="t", base_url=slow, max_retries=0, timeout=1.0) as coze:
        await retrieve_all(coze, 5 * DEFAULT_ASYNC_LIMITS.max_connections)
