"""Memory of big uploads and downloads: it should stay flat, whatever the file size.

    .venv/bin/python bench/memory.py [--mb 100] [--smoke]

A server in a separate process (so its buffers are not counted) swallows uploads to
/v1/files/upload in 1 MiB reads and answers /v1/audio/speech with `input` bytes of audio,
written in 64 KiB chunks. The client uploads a file of `--mb` MiB from its path and
downloads as much to a file, sync and async. For each it prints the peak of Python
allocations (tracemalloc) and the growth of the process's peak RSS, both against the file
size. A reference line uploads the file from bytes in memory, to show what "not flat"
looks like. Expect ratios near 0.00 (constant memory) for every line but the reference.
In `make bench`'s table the lines are for information (issue 22 sets no target for them).
"""

from __future__ import annotations

import asyncio
import json
import multiprocessing
import os
import resource
import socket
import sys
import tempfile
import tracemalloc
from collections.abc import Awaitable, Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from common import Row, emit, options, parser_for

MIB = 1024 * 1024
CHUNK = 64 * 1024


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: Any) -> None:
        pass

    def do_POST(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        if self.path.startswith("/v1/files/upload"):
            received = 0
            while received < length:
                received += len(self.rfile.read(min(MIB, length - received)))
            self._json({"code": 0, "data": {"id": "file1", "bytes": received, "file_name": "big.bin"}})
            return
        size = int(json.loads(self.rfile.read(length))["input"])
        self.send_response(200)
        self.send_header("Content-Type", "audio/mpeg")
        self.send_header("Content-Length", str(size))
        self.end_headers()
        block = b"\xff\xfb" * (CHUNK // 2)
        for start in range(0, size, CHUNK):
            self.wfile.write(block[: min(CHUNK, size - start)])

    def _json(self, body: Any) -> None:
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


def serve(sock: socket.socket) -> None:
    server = ThreadingHTTPServer(sock.getsockname(), _Handler, bind_and_activate=False)
    server.socket = sock
    server.serve_forever()


def peak_rss() -> int:
    """The process's peak resident set size so far, in bytes (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def measure(label: str, size: int, run: Callable[[], Any], rows: list[Row]) -> None:
    rss_before = peak_rss()
    tracemalloc.start()
    tracemalloc.reset_peak()
    result = run()
    if asyncio.iscoroutine(result):
        asyncio.run(result)
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_growth = peak_rss() - rss_before
    print(
        f"{label:<34} {size / MIB:>8.0f} {traced_peak / MIB:>12.2f} {traced_peak / size:>8.3f}"
        f" {rss_growth / MIB:>14.2f} {rss_growth / size:>8.3f}"
    )
    rows.append(
        Row(
            f"{size // MIB} MiB {label}: peak traced memory / size",
            f"{traced_peak / MIB:.2f} MiB",
            "",
            f"{traced_peak / size:.3f}x",
            "none (information; flat is ~0)",
            None,
        )
    )


def main() -> None:
    parser = parser_for(__doc__)
    parser.add_argument("--mb", type=int, help="file size in MiB (default 100, smoke: 1)")
    args = parser.parse_args()
    run = options(args, full=1, quick=1)
    size = (args.mb or (1 if run.smoke else 100)) * MIB
    rows: list[Row] = []

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    server = multiprocessing.get_context("fork").Process(target=serve, args=(sock,), daemon=True)
    server.start()
    base_url = f"http://127.0.0.1:{sock.getsockname()[1]}"

    from coze_ext import AsyncCoze, Coze

    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "big.bin"
        with source.open("wb") as handle:
            block = os.urandom(MIB)
            for _ in range(size // MIB):
                handle.write(block)
        target = Path(folder) / "out.mp3"

        coze = Coze(token="bench", base_url=base_url)
        # Warm up (imports, connection, model classes) so only the transfer is measured.
        coze.files.upload(file=("warm.txt", b"x"))
        coze.audio.speech.create(input="1", voice_id="v").read()

        def upload_async() -> Awaitable[Any]:
            async def go() -> None:
                async with AsyncCoze(token="bench", base_url=base_url) as client:
                    await client.files.upload(file=source)

            return go()

        def download_async() -> Awaitable[Any]:
            async def go() -> None:
                async with AsyncCoze(token="bench", base_url=base_url) as client:
                    answer = await client.audio.speech.create(input=str(size), voice_id="v")
                    await answer.write_to_file(target)

            return go()

        print(
            f"python {sys.version.split()[0]}, file size {size / MIB:.0f} MiB,"
            f" peak RSS before {peak_rss() / MIB:.0f} MiB"
        )
        print(f"{'':<34} {'MiB':>8} {'traced MiB':>12} {'ratio':>8} {'peak RSS +MiB':>14} {'ratio':>8}")
        measure("upload from path (sync)", size, lambda: coze.files.upload(file=source), rows)
        measure(
            "download write_to_file (sync)",
            size,
            lambda: coze.audio.speech.create(input=str(size), voice_id="v").write_to_file(target),
            rows,
        )
        assert target.stat().st_size == size
        measure("upload from path (async)", size, upload_async, rows)
        measure("download write_to_file (async)", size, download_async, rows)
        assert target.stat().st_size == size
        measure(
            "reference: upload from bytes",
            size,
            lambda: coze.files.upload(file=("big.bin", source.read_bytes())),
            rows,
        )
        coze.close()
    server.terminate()
    server.join()
    emit(rows, run.results)


if __name__ == "__main__":
    main()
