"""Shared fixtures: `emulator` is a running Coze emulator (coze_ext.testing) with fresh state,
knowing the bot most tests chat with (`BOT`).

`COZE_TEST_TRANSPORT=aiohttp` runs the async tests on the aiohttp transport: every
`AsyncCoze` built without an `http_client` then gets an `AioHttpClient` (the `[aiohttp]`
extra) instead of the default pool, and only the tests that can use one are collected
(async tests, less the sync half of those run with both clients). `make test` runs them so
after the whole suite, proving both transports behave alike.
"""

from __future__ import annotations

import inspect
import os
from collections.abc import AsyncIterator, Mapping

import httpx
import pytest

from coze_ext import _client
from coze_ext._constants import DEFAULT_ASYNC_LIMITS
from coze_ext.testing import CozeEmulator

pytest_plugins = ["coze_ext.testing.pytest_plugin"]

TRANSPORT = os.environ.get("COZE_TEST_TRANSPORT", "httpx")
if TRANSPORT not in ("httpx", "aiohttp"):
    raise pytest.UsageError(f"COZE_TEST_TRANSPORT must be httpx or aiohttp, not {TRANSPORT!r}")


# Like Coze, the emulator only chats with bots it knows.
BOT = "b"


@pytest.fixture
def emulator(coze_emulator: CozeEmulator) -> CozeEmulator:
    """The session's emulator server, reset for this test (no faults or recorded requests, and
    no state but the bot `BOT`)."""
    coze_emulator.add_bot("Echo bot", bot_id=BOT)
    return coze_emulator


if TRANSPORT == "aiohttp":

    @pytest.fixture(autouse=True)
    async def transport(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[str]:
        """The transport of the `AsyncCoze` clients this test builds without an `http_client`:
        an `AioHttpClient` each, closed after the test (one the test left open included)."""
        from coze_ext import AioHttpClient

        made: list[httpx.AsyncClient] = []

        def aiohttp_pool(
            headers: Mapping[str, str], timeout: httpx.Timeout | float | None, proxy: str | httpx.Proxy | None
        ) -> httpx.AsyncClient:
            # As many connections as the gate AsyncCoze sizes for its own pool.
            made.append(AioHttpClient(headers=headers, timeout=timeout, proxy=proxy, limits=DEFAULT_ASYNC_LIMITS))
            return made[-1]

        monkeypatch.setattr(_client, "_new_async_http", aiohttp_pool)
        yield TRANSPORT
        for client in made:
            await client.aclose()

else:

    @pytest.fixture(autouse=True)
    def transport() -> str:
        """The transport of the `AsyncCoze` clients this test builds without an `http_client`."""
        return TRANSPORT


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """On the aiohttp transport, only the tests an `AsyncCoze` can take part in."""
    if TRANSPORT != "aiohttp":
        return
    kept, dropped = [], []
    for item in items:
        (kept if _async_test(item) else dropped).append(item)
    config.hook.pytest_deselected(items=dropped)
    items[:] = kept


def _async_test(item: pytest.Item) -> bool:
    params = getattr(getattr(item, "callspec", None), "params", {})
    if "mode" in params:
        return bool(params["mode"] == "async")
    return inspect.iscoroutinefunction(getattr(item, "function", None))
