"""Helpers for the runtime tests (retries, timeouts, pagination, files, logging, raw responses).

Each behaviour is checked with both clients from one test body: a test takes the `mode`
fixture ("sync" or "async"), builds its client with `make`, and passes every call through
`resolve`, which awaits what the async client returns and leaves sync results alone.
"""

from __future__ import annotations

import inspect
import socket
from collections.abc import AsyncIterator, Iterable
from typing import Any

from coze_ext import AsyncCoze, Coze

TOKEN = "pat_SECRET_abcdef0123456789"


def make(mode: str, base_url: str, **options: Any) -> Coze | AsyncCoze:
    cls = Coze if mode == "sync" else AsyncCoze
    return cls(token=TOKEN, base_url=base_url, **options)


async def resolve(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


async def items(iterable: Iterable[Any] | AsyncIterator[Any]) -> list[Any]:
    """Every item of a sync or async iterable."""
    if hasattr(iterable, "__aiter__"):
        return [item async for item in iterable]
    return list(iterable)


async def close(coze: Coze | AsyncCoze) -> None:
    await resolve(coze.close())


class FakeSleep:
    """Stands in for the runtime's sleep: records each wait, returns at once."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    def install(self, coze: Coze | AsyncCoze) -> FakeSleep:
        if isinstance(coze, AsyncCoze):

            async def sleep(seconds: float) -> None:
                self.waits.append(seconds)

            coze._runtime.sleep = sleep
        else:
            coze._runtime.sleep = self.waits.append
        return self


def closed_port() -> int:
    """A local port nothing listens on (connecting to it is refused)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
