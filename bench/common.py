"""What the side-by-side benchmarks share: a canned-answer HTTP server in its own process, CPU
timing in interleaved rounds, the ratios, and the rows of `make bench`'s one table.

How every throughput benchmark measures (issue 22):
- client CPU time: `time.process_time()` of the benchmark's process (every thread of it),
  while the server runs in a child process, so its work is not counted and it does not
  compete for the GIL;
- interleaved rounds: in each round every client runs once, in turn (ours, the peer, the
  floor, ours, ...), so a busy moment of the shared machine slows all of them;
- each client is built inside its round: construction is part of what a user pays;
- the figure is the median of the per-round ratios, not a ratio of medians or of bests.

The server answers each request with bytes built before the first one arrives: it reads a
request's head and body and writes the answer, nothing else, so its own cost is small and
the same for every client measured against it.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import math
import multiprocessing
import os
import socket
import statistics
import sys
import time
import warnings
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

NOT_FOUND = b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n"
ACCEPTS = b"/bench/accepts"
ROOT = Path(__file__).resolve().parent.parent


def json_answer(body: Any) -> bytes:
    """A complete HTTP/1.1 200 answer carrying `body` as compact JSON."""
    data = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()
    head = (
        f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(data)}\r\nx-tt-logid: bench\r\n\r\n"
    )
    return head.encode() + data


def event_stream_answer(body: bytes, chunk: int = 16 * 1024) -> bytes:
    """A complete HTTP/1.1 200 event-stream answer, its body sent chunked as Coze sends it."""
    head = (
        b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\nx-tt-logid: bench\r\n\r\n"
    )
    parts = [head]
    for start in range(0, len(body), chunk):
        part = body[start : start + chunk]
        parts.append(b"%x\r\n%s\r\n" % (len(part), part))
    parts.append(b"0\r\n\r\n")
    return b"".join(parts)


def import_cozepy() -> ModuleType:
    """cozepy (the peer), imported with its import-time deprecation warnings silenced."""
    # Recorded, not filtered: authlib installs an "always" filter for its own warning.
    with warnings.catch_warnings(record=True):
        import cozepy
        import cozepy.auth  # warns on first import (authlib.jose)

    return cozepy


def reference_dir() -> Path:
    """The reference folder beside the repository (or $COZE_REFERENCE_DIR)."""
    return Path(os.environ.get("COZE_REFERENCE_DIR") or ROOT.parent / "shared" / "reference")


# The server ------------------------------------------------------------------------------


async def _answer_connection(
    reader: asyncio.StreamReader,
    writer: asyncio.StreamWriter,
    answers: Mapping[tuple[bytes, bytes], bytes],
    delay: float,
    accepts: Any,
) -> None:
    accepts.value += 1
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            request_line, *headers = head[:-4].split(b"\r\n")
            method, target, _ = request_line.split(b" ", 2)
            for header in headers:
                name, _, value = header.partition(b":")
                if name.strip().lower() == b"content-length":
                    await reader.readexactly(int(value))
            if target == ACCEPTS:  # a one-off question: answered, then the connection closes
                writer.write(json_answer({"accepts": accepts.value}))
                await writer.drain()
                return
            if delay:
                await asyncio.sleep(delay)
            writer.write(answers.get((method, target.split(b"?", 1)[0]), NOT_FOUND))
            await writer.drain()
    except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
        pass
    finally:
        writer.close()


def _serve(sock: socket.socket, answers: Mapping[tuple[bytes, bytes], bytes], delay: float, accepts: Any) -> None:
    async def main() -> None:
        server = await asyncio.start_server(
            lambda reader, writer: _answer_connection(reader, writer, answers, delay, accepts), sock=sock
        )
        await server.serve_forever()

    asyncio.run(main())


def accepts(url: str) -> int:
    """How many connections the canned server at `url` has accepted, this question's own
    connection included: any process can ask (`GET /bench/accepts`)."""
    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port))) as sock:
        sock.sendall(b"GET " + ACCEPTS + b" HTTP/1.1\r\nHost: bench\r\nConnection: close\r\n\r\n")
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
    return int(json.loads(answer.partition(b"\r\n\r\n")[2])["accepts"])


@dataclass(frozen=True)
class Server:
    """A running canned-answer server: its base URL."""

    url: str


@contextmanager
def canned_server(answers: Mapping[str, bytes], *, delay: float = 0.0) -> Iterator[Server]:
    """Serve `{"POST /v3/chat/retrieve": answer bytes}` from a child process (asyncio, so
    thousands of connections cost it little), each answer `delay` seconds after its request."""
    routes = {tuple(key.encode().split(b" ", 1)): value for key, value in answers.items()}
    context = multiprocessing.get_context("fork")
    accepts = context.Value("q", 0, lock=False)  # shared memory: only the server writes it
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    sock.listen(4096)
    server = context.Process(target=_serve, args=(sock, routes, delay, accepts), daemon=True)
    server.start()
    port = sock.getsockname()[1]
    sock.close()  # the server process holds its own copy
    try:
        yield Server(f"http://127.0.0.1:{port}")
    finally:
        server.terminate()
        server.join()


# Timing ----------------------------------------------------------------------------------


def cpu_rounds(runs: Mapping[str, Callable[[], object]], rounds: int) -> dict[str, list[float]]:
    """Client CPU seconds of each run in each round. Every run goes once first, untimed
    (imports, first-use caches); then the runs take turns, round after round, each after a
    garbage collection so none pays for another's garbage."""
    for run in runs.values():
        run()
    seconds: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(rounds):
        for name, run in runs.items():
            gc.collect()
            started = time.process_time()
            run()
            seconds[name].append(time.process_time() - started)
    return seconds


def speedup(ours: Sequence[float], peer: Sequence[float]) -> float:
    """How many times faster ours is: the median over rounds of peer time / our time."""
    return statistics.median(theirs / mine for mine, theirs in zip(ours, peer, strict=True))


def time_ratio(ours: Sequence[float], peer: Sequence[float]) -> float:
    """Our time as a fraction of the peer's: the median over rounds of our time / peer time."""
    return statistics.median(mine / theirs for mine, theirs in zip(ours, peer, strict=True))


def percentile(values: Sequence[float], fraction: float) -> float:
    """The `fraction` quantile (0.99 for p99) by the nearest rank; 0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered), max(1, math.ceil(fraction * len(ordered)))) - 1]


TICK = 0.005


class Ticker:
    """A task that sleeps `TICK` at a time and records how late each wake-up came: the
    event-loop lag anything else on the loop would have seen."""

    def __init__(self) -> None:
        self.lags: list[float] = []
        self._running = True

    async def run(self, every: Callable[[], object] | None = None) -> None:
        """Tick until `stop()`, calling `every()` (a sampler) after each tick."""
        loop = asyncio.get_running_loop()
        while self._running:
            expected = loop.time() + TICK
            await asyncio.sleep(TICK)
            self.lags.append(max(0.0, loop.time() - expected))
            if every is not None:
                every()

    def stop(self) -> None:
        self._running = False


def micros(seconds: float, per: int, unit: str) -> str:
    """`seconds` spread over `per` units, in microseconds: `212.4 us/call`."""
    return f"{seconds / per * 1e6:,.1f} us/{unit}"


# Rows and the table ------------------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    """One line of the table: a path, our figure and the peer's, the ratio and its target.
    `passed` is None for a line given for information (no target)."""

    path: str
    ours: str
    peer: str
    ratio: str
    target: str
    passed: bool | None


def at_least(value: float, bound: float) -> bool:
    return value >= bound


def at_most(value: float, bound: float) -> bool:
    return value <= bound


def table(rows: Sequence[Row]) -> str:
    """The rows as one aligned text table."""
    header = Row("path", "ours", "peer", "ratio", "target", None)
    cells = [
        (row.path, row.ours, row.peer, row.ratio, row.target, {True: "pass", False: "FAIL", None: "-"}[row.passed])
        for row in rows
    ]
    titles = (header.path, header.ours, header.peer, header.ratio, header.target, "")
    widths = [max(len(line[i]) for line in [titles, *cells]) for i in range(6)]
    lines = [titles, tuple("-" * width for width in widths), *cells]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip() for line in lines
    )


def emit(rows: Sequence[Row], results: Path | None) -> None:
    """Print the rows, and append them as JSON lines to `results` (how `make bench` gathers
    every benchmark's rows into one table)."""
    print(table(rows), flush=True)
    if results is not None:
        with results.open("a", encoding="utf-8") as handle:
            for row in rows:
                handle.write(json.dumps(asdict(row), ensure_ascii=False) + "\n")


def read_rows(results: Path) -> list[Row]:
    """The rows `emit` appended to `results`."""
    if not results.exists():
        return []
    return [Row(**json.loads(line)) for line in results.read_text(encoding="utf-8").splitlines() if line]


def machine() -> str:
    """What the figures depend on: Python, CPUs and the load average (other work on the machine)."""
    load = " ".join(f"{value:.2f}" for value in os.getloadavg())
    return f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load average {load}"


# Command lines ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Options:
    """What every benchmark's command line says: rounds, a smoke run, where rows go."""

    rounds: int
    smoke: bool
    results: Path | None


def parser_for(doc: str | None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=(doc or "").splitlines()[0])
    parser.add_argument("--rounds", type=int, help="interleaved rounds (the script's default unless given)")
    parser.add_argument("--quick", action="store_true", help="fewer rounds, same sizes: a rough measurement")
    parser.add_argument("--smoke", action="store_true", help="tiny sizes, one round: proves it runs, measures nothing")
    parser.add_argument("--results", type=Path, help="also append the rows, as JSON lines, to this file")
    return parser


def options(args: argparse.Namespace, full: int, quick: int) -> Options:
    """The rounds to run: --rounds, else 1 for a smoke run, `quick` for --quick, else `full`."""
    rounds = args.rounds or (1 if args.smoke else quick if args.quick else full)
    return Options(rounds, args.smoke, args.results)
