"""The two loops that run a sans-I/O flow: one with blocking calls, one with awaits.

A flow is a generator that yields actions (send this request, read that body, sleep, look
at the job again) and receives each action's outcome; what it returns is its result. Every
flow of the SDK (a call's `send_flow`, `poll_flow`, the OAuth exchanges) is run by these
two loops, each given a function that performs one action, so the sync and async sides of
each differ only in that function (the idea of `httpx.Auth.auth_flow`).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Generator
from typing import TypeVar

A = TypeVar("A")
O = TypeVar("O")  # noqa: E741 - an action's outcome
R = TypeVar("R")


def drive(flow: Generator[A, O, R], perform: Callable[[A], O]) -> R:
    """Run `flow` to its end, performing each action it yields with `perform`; its result.

    An exception from `perform` or from the flow ends the run; the flow is closed either way.
    """
    try:
        action = next(flow)
        while True:
            action = flow.send(perform(action))
    except StopIteration as stop:
        result: R = stop.value
        return result
    finally:
        flow.close()


async def adrive(flow: Generator[A, O, R], perform: Callable[[A], Awaitable[O]]) -> R:
    """The async twin of `drive`: each action is performed by awaiting `perform(action)`."""
    try:
        action = next(flow)
        while True:
            action = flow.send(await perform(action))
    except StopIteration as stop:
        result: R = stop.value
        return result
    finally:
        flow.close()
