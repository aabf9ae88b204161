"""Polling a running job (a chat, an async workflow run) until it ends, written once.

`poll_flow` is a generator without I/O, in the style of `_flow.send_flow`: it yields
`Retrieve`, `Sleep` and `Cancel` actions and receives their outcomes, so the sync and async
shells (`run_poll`, `arun_poll`) only perform them. It holds every decision: the backoff,
the overall timeout, the cancel-on-timeout race and the status callback.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Generator
from typing import TypeVar, Union

from ._drive import adrive, drive
from ._errors import APIError, PollTimeout
from ._flow import Sleep

T = TypeVar("T")

# Coze answers a cancel of a chat that can no longer be canceled (it just finished) with 4104.
CANNOT_CANCEL = 4104


class Retrieve:
    """Fetch the job's current state; send it back."""

    __slots__ = ()


class Cancel:
    """Cancel the job; send back its state, or the error the cancel raised."""

    __slots__ = ()


PollAction = Retrieve | Cancel | Sleep
PollOutcome = Union[T, APIError, None]  # noqa: UP007 - a generic alias: PollOutcome[Chat]
"""What a shell sends back: the job's state (`Retrieve`, `Cancel`), the error a cancel
raised (`Cancel`), None after a `Sleep`."""


def _state(outcome: PollOutcome[T]) -> T:
    """The job's state a `Retrieve` brought back."""
    assert outcome is not None and not isinstance(outcome, APIError), "a Retrieve's outcome is the state"
    return outcome


class PollPolicy:
    """How often and how long to poll.

    The first wait is short (most chats finish in seconds), later ones grow by `multiplier`
    up to `max_interval` (Coze asks for at most about one poll per second per chat).
    `timeout` (seconds, None for no limit) bounds the whole poll.
    """

    __slots__ = ("interval", "max_interval", "multiplier", "timeout")

    def __init__(
        self,
        interval: float = 0.5,
        max_interval: float = 5.0,
        multiplier: float = 1.5,
        timeout: float | None = 600.0,
    ) -> None:
        if interval <= 0 or max_interval <= 0 or multiplier < 1:
            raise ValueError("poll interval, max_interval must be > 0 and multiplier >= 1")
        if timeout is not None and timeout <= 0:
            raise ValueError("poll timeout must be > 0 seconds, or None")
        self.interval = interval
        self.max_interval = max_interval
        self.multiplier = multiplier
        self.timeout = timeout


# After a timed-out cancel failed, this many more retrieves settle the race before giving up.
_GRACE_POLLS = 3


def poll_flow(
    first: T,
    *,
    finished: Callable[[T], bool],
    status: Callable[[T], object],
    policy: PollPolicy,
    clock: Callable[[], float],
    on_status: Callable[[T], object] | None = None,
    cancellable: bool = True,
) -> Generator[PollAction, PollOutcome[T], T]:
    """Poll from the state `first` until `finished(state)`; return the final state.

    On timeout a cancellable job is canceled: the state the cancel returns ends the poll
    (canceled, or already finished), and a cancel refused with code 4104 (the job finished
    meanwhile) is settled by retrieving again. Otherwise `PollTimeout` is raised.
    """
    deadline = None if policy.timeout is None else clock() + policy.timeout
    state = first
    last_status = status(state)
    if on_status is not None:
        on_status(state)
    delay = policy.interval
    while not finished(state):
        if deadline is not None and clock() >= deadline:
            return (yield from _settle(state, finished, status, on_status, cancellable, policy))
        wait = delay if deadline is None else max(0.0, min(delay, deadline - clock()))
        yield Sleep(wait)
        delay = min(delay * policy.multiplier, policy.max_interval)
        state = _state((yield Retrieve()))
        if on_status is not None and status(state) != last_status:
            on_status(state)
        last_status = status(state)
    return state


def _settle(
    state: T,
    finished: Callable[[T], bool],
    status: Callable[[T], object],
    on_status: Callable[[T], object] | None,
    cancellable: bool,
    policy: PollPolicy,
) -> Generator[PollAction, PollOutcome[T], T]:
    timeout_text = f"still {status(state)} after the poll timeout of {policy.timeout}s"
    if not cancellable:
        raise PollTimeout(timeout_text, state=state)
    canceled = yield Cancel()
    if isinstance(canceled, APIError) and canceled.code != CANNOT_CANCEL:
        raise canceled
    if isinstance(canceled, APIError) or not finished(final := _state(canceled)):
        # Refused (4104), or not yet settled: the job ended, or is ending, on its own.
        for attempt in range(_GRACE_POLLS):
            if attempt:
                yield Sleep(policy.interval)
            final = _state((yield Retrieve()))
            if finished(final):
                break
        else:
            raise PollTimeout(timeout_text + " and could not be canceled", state=final)
    if on_status is not None and status(final) != status(state):
        on_status(final)
    return final


def run_poll(
    flow: Generator[PollAction, PollOutcome[T], T],
    retrieve: Callable[[], T],
    cancel: Callable[[], T] | None = None,
    sleep: Callable[[float], object] = time.sleep,
) -> T:
    """Drive `poll_flow` with blocking calls."""

    def perform(action: PollAction) -> PollOutcome[T]:
        if isinstance(action, Sleep):
            sleep(action.seconds)
            return None
        if isinstance(action, Retrieve):
            return retrieve()
        assert cancel is not None, "a poll that cannot cancel never yields Cancel"
        try:
            return cancel()
        except APIError as error:
            return error

    return drive(flow, perform)


async def arun_poll(
    flow: Generator[PollAction, PollOutcome[T], T],
    retrieve: Callable[[], Awaitable[T]],
    cancel: Callable[[], Awaitable[T]] | None = None,
    sleep: Callable[[float], Awaitable[object]] | None = None,
) -> T:
    """Drive `poll_flow` with awaits (`sleep`: asyncio's, unless given)."""
    if sleep is None:
        import asyncio  # here, not at the top: sync polls never need it

        sleep = asyncio.sleep
    wait = sleep

    async def perform(action: PollAction) -> PollOutcome[T]:
        if isinstance(action, Sleep):
            await wait(action.seconds)
            return None
        if isinstance(action, Retrieve):
            return await retrieve()
        assert cancel is not None, "a poll that cannot cancel never yields Cancel"
        try:
            return await cancel()
        except APIError as error:
            return error

    return await adrive(flow, perform)
