"""Audio cut into `input_audio_buffer.append` deltas: chunk sizes, sources, and the two pacings."""

from __future__ import annotations

import asyncio
import base64
import itertools
import os
import random
from pathlib import Path

import pytest

from coze_ext.audio import aiter_audio_deltas, iter_audio_deltas, write_wav
from coze_ext.audio._format import AudioFormat
from coze_ext.audio._pacing import Pacer, apaced, paced

PCM = random.Random(14).randbytes(24000 * 2)  # one second of 24 kHz mono 16-bit noise


def decoded(deltas: list[str]) -> list[bytes]:
    return [base64.b64decode(delta, validate=True) for delta in deltas]


def open_paths() -> set[str]:
    """The files this process has open (Linux)."""
    fds = Path("/proc/self/fd")
    return {os.path.realpath(fds / fd) for fd in os.listdir(fds)}


def test_pcm_is_cut_into_100_ms_chunks_by_default() -> None:
    chunks = decoded(list(iter_audio_deltas(PCM)))
    assert [len(chunk) for chunk in chunks] == [4800] * 10  # 100 ms of 24 kHz mono 16-bit
    assert b"".join(chunks) == PCM


def test_the_last_chunk_holds_the_rest() -> None:
    pcm = PCM + PCM[:480]  # 1.01 s
    chunks = decoded(list(iter_audio_deltas(bytearray(pcm), chunk_ms=250)))
    assert [len(chunk) for chunk in chunks] == [12000] * 4 + [480]
    assert b"".join(chunks) == pcm
    assert list(iter_audio_deltas(b"")) == []


@pytest.mark.parametrize(
    ("audio_format", "chunk_ms", "size"),
    [
        (AudioFormat(16000, 2, 2), 20, 320 * 4),
        (AudioFormat(8000, 1, 1), 1, 8),
        (AudioFormat(22050, 1, 2), 15, 331 * 2),  # 330.75 frames, rounded to whole frames
        (AudioFormat(48000, 2, 3), 0.01, 6),  # never less than one frame
    ],
)
def test_chunks_hold_whole_frames_of_the_asked_duration(audio_format: AudioFormat, chunk_ms: float, size: int) -> None:
    pcm = PCM[: audio_format.whole(len(PCM))]
    chunks = decoded(
        list(
            iter_audio_deltas(
                memoryview(pcm),
                chunk_ms=chunk_ms,
                sample_rate=audio_format.sample_rate,
                channels=audio_format.channels,
                sample_width=audio_format.sample_width,
            )
        )
    )
    assert {len(chunk) for chunk in chunks[:-1]} == {size}
    assert len(chunks[-1]) % audio_format.frame_size == 0 and 0 < len(chunks[-1]) <= size
    assert b"".join(chunks) == pcm


def test_a_wav_file_is_sent_as_its_frames_in_its_own_format(tmp_path: Path) -> None:
    path = tmp_path / "question.wav"
    write_wav(path, PCM, sample_rate=16000, channels=2)
    chunks = decoded(list(iter_audio_deltas(path, chunk_ms=50)))
    assert [len(chunk) for chunk in chunks] == [800 * 4] * 15  # 50 ms of 16 kHz stereo; no header
    assert b"".join(chunks) == PCM
    assert decoded(list(iter_audio_deltas(str(path), chunk_ms=50, sample_rate=16000, channels=2))) == chunks


def test_a_format_that_disagrees_with_the_wav_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "question.wav"
    write_wav(path, PCM, sample_rate=16000)
    with pytest.raises(ValueError, match=r"has sample_rate=16000, not sample_rate=24000"):
        next(iter_audio_deltas(path, sample_rate=24000))
    assert str(path) not in open_paths()


def test_bad_arguments_fail_before_anything_is_sent(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="not whole frames of 2 bytes"):
        next(iter_audio_deltas(PCM[:3]))
    for chunk_ms in (0, -10, True, "100"):
        with pytest.raises(ValueError, match="chunk_ms"):
            next(iter_audio_deltas(PCM, chunk_ms=chunk_ms))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="PCM bytes or a WAV file's path"):
        next(iter_audio_deltas([1, 2]))  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="sample_width"):
        next(iter_audio_deltas(PCM, sample_width=8))
    with pytest.raises(FileNotFoundError):
        next(iter_audio_deltas(tmp_path / "missing.wav"))


def test_stopping_early_closes_the_wav_file(tmp_path: Path) -> None:
    path = tmp_path / "long.wav"
    write_wav(path, PCM)
    deltas = iter_audio_deltas(path)
    next(deltas)
    assert str(path) in open_paths()
    deltas.close()
    assert str(path) not in open_paths()


async def test_the_async_twin_yields_the_same_deltas_and_closes_the_file(tmp_path: Path) -> None:
    path = tmp_path / "question.wav"
    write_wav(path, PCM)
    assert [delta async for delta in aiter_audio_deltas(path, chunk_ms=40)] == list(
        iter_audio_deltas(path, chunk_ms=40)
    )
    assert [delta async for delta in aiter_audio_deltas(PCM)] == list(iter_audio_deltas(PCM))
    deltas = aiter_audio_deltas(path)
    await anext(deltas)
    assert str(path) in open_paths()
    await deltas.aclose()
    assert str(path) not in open_paths()


# Pacing: the decision, without I/O.


def test_as_fast_as_allowed_never_waits() -> None:
    pacer = Pacer(realtime=False)
    assert [pacer.wait(now, 0.1) for now in (0.0, 0.0, 0.0, 5.0)] == [0.0] * 4


def test_real_time_sends_each_chunk_when_the_audio_before_it_has_played() -> None:
    pacer = Pacer(realtime=True)
    clock = 100.0
    waits = []
    for seconds in (0.1, 0.1, 0.05, 0.1):
        waits.append(pacer.wait(clock, seconds))
        clock += waits[-1]  # the sender waits as told, and sending takes no time
    assert waits == pytest.approx([0.0, 0.1, 0.1, 0.05])


def test_real_time_catches_up_without_waiting_after_falling_behind() -> None:
    pacer = Pacer(realtime=True)
    assert pacer.wait(0.0, 0.1) == 0.0
    # The socket blocked for 0.35 s: the chunks due at 0.1, 0.2 and 0.3 go at once...
    assert [pacer.wait(0.35, 0.1) for _ in range(3)] == [0.0, 0.0, 0.0]
    # ...and the one due at 0.4 waits for it: the average rate stays real time.
    assert pacer.wait(0.35, 0.1) == pytest.approx(0.05)


# The shells: they perform exactly the waits the pacer decides.


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0
        self.log: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.log.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


def reader(chunks: list[bytes]) -> list[bytes]:
    """`chunks`, then the empty chunk that ends a read."""
    return [*chunks, b""]


CHUNKS = [b"\0" * 4800, b"\1" * 4800, b"\2" * 2400]  # 100, 100 and 50 ms at 24 kHz mono 16-bit


@pytest.mark.parametrize(("realtime", "sleeps"), [(True, [0.1, 0.1]), (False, [])])
def test_the_sync_shell_sleeps_before_each_chunk_that_is_not_due(realtime: bool, sleeps: list[float]) -> None:
    clock = FakeClock()
    pending = reader(CHUNKS)
    slept_before = []
    for chunk in paced(lambda: pending.pop(0), AudioFormat(), realtime=realtime, clock=clock, sleep=clock.sleep):
        assert chunk == CHUNKS[len(slept_before)]
        slept_before.append(len(clock.log))
    assert slept_before == ([0, 1, 2] if realtime else [0, 0, 0])
    assert clock.log == pytest.approx(sleeps)


@pytest.mark.parametrize(("realtime", "sleeps"), [(True, [0.0, 0.1, 0.1]), (False, [0.0, 0.0, 0.0])])
async def test_the_async_shell_awaits_every_wait_even_a_zero_one(realtime: bool, sleeps: list[float]) -> None:
    clock = FakeClock()
    pending = reader(CHUNKS)

    async def read() -> bytes:
        return pending.pop(0)

    chunks = [
        chunk async for chunk in apaced(read, AudioFormat(), realtime=realtime, clock=clock, sleep=clock.async_sleep)
    ]
    assert chunks == CHUNKS
    assert clock.log == pytest.approx(sleeps)


def test_real_time_deltas_with_the_real_clock_are_the_same_deltas() -> None:
    pcm = PCM[:2400]  # 50 ms in 10 ms chunks
    assert list(iter_audio_deltas(pcm, chunk_ms=10, realtime=True)) == list(iter_audio_deltas(pcm, chunk_ms=10))


@pytest.mark.parametrize("realtime", [True, False])
async def test_async_pacing_leaves_the_event_loop_free(tmp_path: Path, realtime: bool) -> None:
    path = tmp_path / "question.wav"
    write_wav(path, PCM[:4800])  # 100 ms in 20 ms chunks
    log: list[str] = []
    done = asyncio.Event()

    async def ticker() -> None:
        while not done.is_set():
            log.append("tick")
            await asyncio.sleep(0)

    task = asyncio.create_task(ticker())
    async for _ in aiter_audio_deltas(path if realtime else PCM[:4800], chunk_ms=20, realtime=realtime):
        log.append("chunk")
    done.set()
    await asyncio.wait_for(task, 30)
    chunks = [i for i, entry in enumerate(log) if entry == "chunk"]
    assert len(chunks) == 5
    # Another task ran between every two chunks: reading, waiting and slicing never held the loop.
    assert all("tick" in log[a:b] for a, b in itertools.pairwise(chunks))
