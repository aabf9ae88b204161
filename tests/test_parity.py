"""`AsyncCoze` mirrors `Coze` method for method: same groups, names, parameters and defaults.

The resource tree is walked through its groups (cached properties), so generated and
hand-written methods (create_and_poll, poll, ...) are all compared.
"""

from __future__ import annotations

import inspect
from functools import cached_property
from typing import Any

from coze_ext import AsyncCoze, Coze


def groups(obj: Any) -> dict[str, Any]:
    return {
        name: getattr(obj, name)
        for name, attr in inspect.getmembers(type(obj))
        if isinstance(attr, cached_property) and not name.startswith("_")
    }


def methods(obj: Any) -> dict[str, Any]:
    return {
        name: getattr(obj, name)
        for name, attr in inspect.getmembers(type(obj))
        if not name.startswith("_") and inspect.isfunction(attr)
    }


def shape(method: Any) -> list[tuple[str, Any, Any]]:
    """Parameter names, kinds and defaults (annotations differ: Stream vs AsyncStream...)."""
    return [(p.name, p.kind, p.default) for p in inspect.signature(method).parameters.values()]


def walk(sync: Any, async_: Any, path: str, found: list[str]) -> None:
    assert groups(sync).keys() == groups(async_).keys(), path
    sync_methods, async_methods = methods(sync), methods(async_)
    assert sync_methods.keys() == async_methods.keys(), path
    for name, method in sync_methods.items():
        twin = async_methods[name]
        where = f"{path}.{name}"
        found.append(where)
        assert shape(method) == shape(twin), where
        assert not inspect.iscoroutinefunction(method), where
        if path != "coze":
            # Every call of the async tree is awaited, except paginated lists, which return
            # an async iterable at once (as their sync twins return a page), and WebSocket
            # `connect`, whose socket connects in `async with`; raw lists are awaited too,
            # since their raw answer needs the first call.
            annotation = str(inspect.signature(method).return_annotation)
            immediate = annotation.startswith("SyncPage") or name == "connect"
            assert inspect.iscoroutinefunction(twin) is not immediate, where
    for name in groups(sync):
        walk(getattr(sync, name), getattr(async_, name), f"{path}.{name}", found)


def test_async_client_mirrors_sync_client() -> None:
    found: list[str] = []
    walk(Coze(token="t"), AsyncCoze(token="t"), "coze", found)
    # The walk reached the hand-written methods and the generated ones.
    assert {"coze.chat.create_and_poll", "coze.chat.poll", "coze.chat.stream", "coze.chat.create"} <= set(found)
    assert "coze.workflows.runs.create_and_poll" in found


def test_client_constructors_match() -> None:
    sync = [(name, kind, default) for name, kind, default in shape(Coze.__init__)]
    async_ = [(name, kind, default) for name, kind, default in shape(AsyncCoze.__init__)]
    assert sync == async_


def test_io_methods_of_the_async_tree_are_awaitable() -> None:
    coze = AsyncCoze(token="t")
    assert inspect.iscoroutinefunction(coze.chat.create_and_poll)
    assert inspect.iscoroutinefunction(coze.chat.poll)
    assert inspect.iscoroutinefunction(coze.chat.stream)
    assert inspect.iscoroutinefunction(coze.workflows.runs.create_and_poll)


async def test_both_clients_close_their_pool_on_leaving_with() -> None:
    with Coze(token="t") as sync:
        assert not sync._runtime.http.is_closed
    assert sync._runtime.http.is_closed
    async with AsyncCoze(token="t") as async_:
        assert not async_._runtime.http.is_closed
    assert async_._runtime.http.is_closed
