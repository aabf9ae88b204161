"""When each chunk of audio is sent: decided once, without I/O, and driven by two thin shells.

`Pacer` holds the decision: given the clock and a chunk's duration it says how long to
wait. `paced` performs the waits with `time.sleep`, `apaced` with `asyncio.sleep`, so the
sync and async senders cannot drift apart (the idea behind `coze_ext._flow`).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator

from ._format import AudioFormat


class Pacer:
    """Real time: a chunk is due when the audio before it would have finished playing, counted
    from the first chunk. A sender that fell behind (a slow socket) sends without waiting until
    it has caught up, so the rate stays real time on average. Otherwise every chunk is due at once.
    """

    def __init__(self, *, realtime: bool) -> None:
        self.realtime = realtime
        self._due: float | None = None

    def wait(self, now: float, seconds: float) -> float:
        """Seconds to wait, with the clock at `now`, before sending a chunk that plays `seconds`."""
        if not self.realtime:
            return 0.0
        due = now if self._due is None else self._due
        self._due = due + seconds
        return max(0.0, due - now)


def paced(
    read: Callable[[], bytes],
    audio_format: AudioFormat,
    *,
    realtime: bool,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], object] = time.sleep,
) -> Iterator[bytes]:
    """The chunks `read()` returns (until an empty one), each when the pacer says."""
    pacer = Pacer(realtime=realtime)
    while chunk := read():
        delay = pacer.wait(clock(), audio_format.seconds(len(chunk)))
        if delay > 0:
            sleep(delay)
        yield chunk


async def apaced(
    read: Callable[[], Awaitable[bytes]],
    audio_format: AudioFormat,
    *,
    realtime: bool,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
) -> AsyncIterator[bytes]:
    """The async twin of `paced`. Every chunk awaits its wait, even a zero one, so other
    tasks run between chunks however fast they go."""
    pacer = Pacer(realtime=realtime)
    while chunk := await read():
        await sleep(pacer.wait(clock(), audio_format.seconds(len(chunk))))
        yield chunk
