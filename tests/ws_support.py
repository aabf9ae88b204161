"""Helpers for the WebSocket client tests: one test body drives `Coze`'s and `AsyncCoze`'s
sockets alike (the `mode` parameter, as in runtime_support), with a guard against hangs.

    events = await converse(mode, coze_kwargs, "chat", [frame], until="conversation.chat.completed", bot_id="b")

A guard closes a session still running after `HANG` seconds (so a broken test fails on its
assertions instead of hanging); it is never a measurement.
"""

from __future__ import annotations

import asyncio
import inspect
import threading
from collections.abc import AsyncIterator, Callable, Mapping
from contextlib import asynccontextmanager
from typing import Any

from coze_ext import AsyncCoze, Coze

MODES = ["sync", "async"]
HANG = 30.0


def client(mode: str, **options: Any) -> Coze | AsyncCoze:
    return Coze(**options) if mode == "sync" else AsyncCoze(**options)


def endpoint(coze: Coze | AsyncCoze, resource: str) -> Any:
    """`coze.websockets.<resource>` ("chat", "audio.speech"...)."""
    group: Any = coze.websockets
    for part in resource.split("."):
        group = getattr(group, part)
    return group


async def converse(
    mode: str,
    options: Mapping[str, Any],
    resource: str,
    frames: list[Any],
    *,
    until: str | None = None,
    count: int | None = None,
    on: Mapping[str, Callable[[Any], object]] | None = None,
    **connect: Any,
) -> list[Any]:
    """Open a session, send `frames`, and collect the events up to the first of type
    `until` (or `count` of them, or the end of the session)."""
    coze = client(mode, **options)
    socket = endpoint(coze, resource).connect(**connect)
    for event_type, handler in (on or {}).items():
        socket.on(event_type, handler)

    def enough(events: list[Any]) -> bool:
        return (until is not None and events[-1].event_type == until) or len(events) == count

    events: list[Any] = []
    if isinstance(coze, Coze):
        guard = threading.Timer(HANG, socket.close)
        guard.start()
        try:
            with coze, socket:
                for frame in frames:
                    socket.send(frame)
                for event in socket:
                    events.append(event)
                    if enough(events):
                        break
        finally:
            guard.cancel()
        return events

    async def run() -> None:
        async with socket:
            for frame in frames:
                await socket.send(frame)
            async for event in socket:
                events.append(event)
                if enough(events):
                    break

    async with coze:
        await asyncio.wait_for(run(), HANG)
    return events


def types(events: list[Any]) -> list[str]:
    return [str(event.event_type) for event in events]


async def resolve(value: Any) -> Any:
    """Await what an async client returns; a sync client's result as it is."""
    return await value if inspect.isawaitable(value) else value


@asynccontextmanager
async def session(voice_client: Any) -> AsyncIterator[Any]:
    """`with` a sync voice client, `async with` an async one."""
    if hasattr(voice_client, "__aenter__"):
        async with voice_client:
            yield voice_client
    else:
        with voice_client:
            yield voice_client
