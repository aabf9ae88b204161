"""Streams never hold a connection they no longer need, and never wait on a server that
keeps one open: leaving a loop early releases the connection even while the stream is still
referenced, the terminal event ends the iteration at once, and `close()` from another thread
(or task) ends an iteration blocked on the next event, without an error.

The servers below hold their streams open until teardown; assertions are on outcomes (the
pool still serves calls, the server was still holding when the loop ended), never on time.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from loopback import LoopbackServer, Reply, Request, data_reply, serve, sse

from coze_ext import AsyncCoze, Coze

CONV, CHAT = "7400000000000000001", "7400000000000000002"
CREATED = sse(("conversation.chat.created", {"id": CHAT, "conversation_id": CONV, "status": "created"}))
DELTA = sse(
    (
        "conversation.message.delta",
        {"id": "m", "conversation_id": CONV, "role": "assistant", "type": "answer", "content": "Hi"},
    )
)
DONE = sse(("done", '"[DONE]"'))
# A pool that is never given back makes a call fail after 5 s (a hang guard, not a measurement).
HANG_GUARD = httpx.Timeout(30, pool=5)


@pytest.fixture
def release() -> Iterator[threading.Event]:
    """Set at teardown: servers hold their streams open until then."""
    event = threading.Event()
    yield event
    event.set()


@pytest.fixture
def server(release: threading.Event) -> Iterator[LoopbackServer]:
    yield from serve()


class Holding:
    """A stream route that sends `body`, then holds the stream open (the body never ends)
    until the test is over or 20 s have passed; `gave_up` is set if it stopped holding."""

    def __init__(self, release: threading.Event, body: bytes) -> None:
        self.release = release
        self.body = body
        self.gave_up = threading.Event()

    def __call__(self, request: Request) -> Reply:
        def chunks() -> Iterator[bytes]:
            yield self.body
            if not self.release.wait(20):
                self.gave_up.set()

        return Reply(content_type="text/event-stream", chunks=chunks())


def retrieve_route(server: LoopbackServer) -> None:
    server.routes["/v3/chat/retrieve"] = lambda request: data_reply({"id": CHAT, "conversation_id": CONV})


def test_streams_left_after_one_event_do_not_freeze_the_pool(server: LoopbackServer, release: threading.Event) -> None:
    server.routes["/v3/chat"] = Holding(release, CREATED + DELTA)
    retrieve_route(server)
    kept = []
    with Coze(token="t", base_url=server.base_url, max_retries=0, timeout=HANG_GUARD) as coze:
        for _ in range(120):  # more than the pool's 100 connections
            stream = coze.chat.stream(bot_id="b", user_id="u")
            kept.append(stream)  # still referenced: only leaving the loop may release it
            for event in stream:
                assert event.event == "conversation.chat.created"
                break
        assert coze.chat.retrieve(conversation_id=CONV, chat_id=CHAT).id == CHAT
    assert all(stream.response.is_closed for stream in kept)
    assert list(kept[0]) == []  # a stream left early has nothing more to give


async def test_streams_left_after_one_event_do_not_freeze_the_pool_async(
    server: LoopbackServer, release: threading.Event
) -> None:
    server.routes["/v3/chat"] = Holding(release, CREATED + DELTA)
    retrieve_route(server)
    kept = []
    async with AsyncCoze(token="t", base_url=server.base_url, max_retries=0, timeout=HANG_GUARD) as coze:
        for _ in range(120):
            stream = await coze.chat.stream(bot_id="b", user_id="u")
            kept.append(stream)
            async for event in stream:
                assert event.event == "conversation.chat.created"
                break
        assert (await coze.chat.retrieve(conversation_id=CONV, chat_id=CHAT)).id == CHAT


def one_connection(server: LoopbackServer, cls: Any, http: Any) -> Any:
    return cls(token="t", base_url=server.base_url, http_client=http, timeout=HANG_GUARD, stream_idle_timeout=None)


def test_the_terminal_event_ends_the_iteration_at_once(server: LoopbackServer, release: threading.Event) -> None:
    holding = Holding(release, CREATED + DELTA + DONE)
    server.routes["/v3/chat"] = holding
    retrieve_route(server)
    # No idle timeout: only the terminal event can end this loop while the server holds on.
    with one_connection(server, Coze, httpx.Client(limits=httpx.Limits(max_connections=1))) as coze:
        events = [event.event for event in coze.chat.stream(bot_id="b", user_id="u")]
        assert not holding.gave_up.is_set()  # the loop ended while the server still held the stream
        assert events == ["conversation.chat.created", "conversation.message.delta", "done"]
        assert coze.chat.retrieve(conversation_id=CONV, chat_id=CHAT).id == CHAT  # the one connection is free


async def test_the_terminal_event_ends_the_iteration_at_once_async(
    server: LoopbackServer, release: threading.Event
) -> None:
    holding = Holding(release, CREATED + DELTA + DONE)
    server.routes["/v3/chat"] = holding
    retrieve_route(server)
    http = httpx.AsyncClient(limits=httpx.Limits(max_connections=1))
    async with one_connection(server, AsyncCoze, http) as coze:
        events = [event.event async for event in await coze.chat.stream(bot_id="b", user_id="u")]
        assert not holding.gave_up.is_set()
        assert events[-1] == "done"
        assert (await coze.chat.retrieve(conversation_id=CONV, chat_id=CHAT)).id == CHAT
    await http.aclose()


async def test_a_finished_stream_leaves_its_connection_for_reuse_async(server: LoopbackServer) -> None:
    server.routes["/v3/chat"] = lambda request: Reply(content_type="text/event-stream", chunks=[CREATED, DONE])
    http = httpx.AsyncClient(limits=httpx.Limits(max_connections=1))
    async with one_connection(server, AsyncCoze, http) as coze:
        for _ in range(3):
            assert len([event async for event in await coze.chat.stream(bot_id="b", user_id="u")]) == 2
    await http.aclose()
    assert server.connections == 1


def test_close_from_another_thread_ends_a_blocked_iteration(server: LoopbackServer, release: threading.Event) -> None:
    holding = Holding(release, CREATED)
    server.routes["/v3/chat"] = holding
    retrieve_route(server)
    first = threading.Event()
    outcome: dict[str, Any] = {}
    with one_connection(server, Coze, httpx.Client(limits=httpx.Limits(max_connections=1))) as coze:
        stream = coze.chat.stream(bot_id="b", user_id="u")

        def consume() -> None:
            try:
                events = []
                for event in stream:
                    events.append(event.event)
                    first.set()
                outcome["events"] = events
            except BaseException as error:  # the test fails on any error
                outcome["error"] = error

        reader = threading.Thread(target=consume, daemon=True)
        reader.start()
        assert first.wait(10)
        time.sleep(0.2)  # let the reader block on the next event (the test holds either way)
        stream.close()
        reader.join(20)
        assert not reader.is_alive()
        assert outcome == {"events": ["conversation.chat.created"]}
        assert not holding.gave_up.is_set()
        assert coze.chat.retrieve(conversation_id=CONV, chat_id=CHAT).id == CHAT


async def test_close_from_another_task_ends_a_blocked_iteration(
    server: LoopbackServer, release: threading.Event
) -> None:
    holding = Holding(release, CREATED)
    server.routes["/v3/chat"] = holding
    http = httpx.AsyncClient(limits=httpx.Limits(max_connections=1))
    async with one_connection(server, AsyncCoze, http) as coze:
        stream = await coze.chat.stream(bot_id="b", user_id="u")
        first = asyncio.Event()

        async def consume() -> list[str]:
            events = []
            async for event in stream:
                events.append(event.event)
                first.set()
            return events

        reader = asyncio.create_task(consume())
        await asyncio.wait_for(first.wait(), 10)
        await asyncio.sleep(0.2)
        await stream.close()
        assert await asyncio.wait_for(reader, 20) == ["conversation.chat.created"]
        assert not holding.gave_up.is_set()
    await http.aclose()


def test_next_reads_on_and_with_still_closes(server: LoopbackServer, release: threading.Event) -> None:
    server.routes["/v3/chat"] = Holding(release, CREATED + DELTA)
    with Coze(token="t", base_url=server.base_url, max_retries=0) as coze:
        stream = coze.chat.stream(bot_id="b", user_id="u")
        assert next(stream).event == "conversation.chat.created"
        assert next(stream).event == "conversation.message.delta"  # next() keeps the stream open
        stream.close()
        assert stream.response.is_closed and list(stream) == []
        with coze.chat.stream(bot_id="b", user_id="u") as held:
            assert next(iter(held)).event == "conversation.chat.created"
        assert held.response.is_closed
