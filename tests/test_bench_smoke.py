"""Each benchmark runs at a tiny size (`--smoke`) and hands its rows to `make bench`'s table,
so none of them can rot. A smoke run proves the benchmarks work, never how fast anything
is: nothing here looks at a timing."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
TIMEOUT = 300


def run_bench(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(BENCH / args[0]), *args[1:]], capture_output=True, text=True, timeout=TIMEOUT, check=False
    )


def rows(results: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in results.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize(
    ("script", "extra", "first_path"),
    [
        ("request.py", [], "20 sequential chat.retrieve vs cozepy"),
        ("stream.py", [], "SSE chat stream, 100 deltas vs cozepy"),
        ("ws.py", [], "WebSocket chat (sync), 50 deltas vs cozepy"),
        ("parse.py", [], "parse a 50-message list vs cozepy"),
        ("fanout.py", [], "fan-out 5 chat.retrieve, 0 ms server"),
        ("memory.py", [], "1 MiB upload from path (sync): peak traced memory / size"),
        ("import_time.py", ["--python", sys.executable], "cold start to a ready client (time) vs cozepy"),
    ],
)
def test_the_benchmark_runs_and_reports_its_rows(
    script: str, extra: list[str], first_path: str, tmp_path: Path
) -> None:
    results = tmp_path / "rows.jsonl"
    done = run_bench(script, "--smoke", *extra, "--results", str(results))
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-3000:]
    reported = rows(results)
    assert reported[0]["path"] == first_path
    # The headline row has our figure and a ratio (against the peer's figure, when there is a
    # peer): a benchmark that stopped measuring a side would show.
    assert reported[0]["ours"] and reported[0]["ratio"]
    assert bool(reported[0]["peer"]) is (script != "memory.py")
    assert first_path in done.stdout  # the script's own table, for a run by hand


def test_make_bench_gathers_every_row_into_one_table() -> None:
    done = run_bench("run.py", "--smoke", "--only", "request,parse")
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-3000:]
    table = done.stdout.split("== make bench (smoke run")[1]
    for path in ("20 sequential chat.retrieve vs raw httpx", "parse a 50-message list vs cozepy"):
        assert path in table
    assert "FAIL" not in table  # a smoke run judges no target
