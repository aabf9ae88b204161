"""What the side-by-side benchmarks share: a canned-answer HTTP server in its own process,
interleaved timing rounds, and the lines they print.

The server answers each request with bytes built before the first one arrives: it reads a
request's head and body and writes the answer, nothing else, so its own cost is small and
the same for every client measured against it.
"""

from __future__ import annotations

import json
import multiprocessing
import socket
import statistics
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

NOT_FOUND = b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n"


def json_answer(body: Any) -> bytes:
    """A complete HTTP/1.1 200 answer carrying `body` as compact JSON."""
    data = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()
    head = (
        f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(data)}\r\nx-tt-logid: bench\r\n\r\n"
    )
    return head.encode() + data


def _answer_connection(conn: socket.socket, answers: Mapping[tuple[bytes, bytes], bytes]) -> None:
    buffer = b""
    with conn:
        while True:
            while b"\r\n\r\n" not in buffer:
                chunk = conn.recv(65536)
                if not chunk:
                    return
                buffer += chunk
            head, _, buffer = buffer.partition(b"\r\n\r\n")
            request_line, *headers = head.split(b"\r\n")
            method, target, _ = request_line.split(b" ", 2)
            length = 0
            for header in headers:
                name, _, value = header.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value)
            while len(buffer) < length:
                buffer += conn.recv(65536)
            buffer = buffer[length:]
            conn.sendall(answers.get((method, target.split(b"?", 1)[0]), NOT_FOUND))


def _serve(sock: socket.socket, answers: Mapping[tuple[bytes, bytes], bytes]) -> None:
    while True:
        conn, _ = sock.accept()
        threading.Thread(target=_answer_connection, args=(conn, answers), daemon=True).start()


@contextmanager
def canned_server(answers: Mapping[str, bytes]) -> Iterator[str]:
    """Serve `{"POST /v3/chat/retrieve": answer bytes}` from a separate process (so it does
    not compete for the GIL); yields the base URL."""
    routes = {tuple(key.encode().split(b" ", 1)): value for key, value in answers.items()}
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(64)
    server = multiprocessing.get_context("fork").Process(target=_serve, args=(sock, routes), daemon=True)
    server.start()
    port = sock.getsockname()[1]
    sock.close()  # the server process holds its own copy
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        server.join()


@dataclass(frozen=True)
class Timing:
    """Seconds per round of one client: the best and the median of the rounds."""

    best: float
    median: float

    @classmethod
    def of(cls, seconds: list[float]) -> Timing:
        return cls(min(seconds), statistics.median(seconds))


def interleaved(runs: Mapping[str, Callable[[], object]], rounds: int) -> dict[str, Timing]:
    """Time each run once per round, the runs taking turns within a round, so a busy moment
    of the (shared) machine slows every client rather than one."""
    seconds: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(rounds):
        for name, run in runs.items():
            started = time.perf_counter()
            run()
            seconds[name].append(time.perf_counter() - started)
    return {name: Timing.of(values) for name, values in seconds.items()}


def ratio(label: str, ours: float, peer: float, target: str) -> None:
    """One ratio line: `label: 1.23x (target ...)`."""
    print(f"{label + ':':<56} {ours / peer:>7.2f}x  (target {target})")
