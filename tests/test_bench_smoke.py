"""Each benchmark runs with tiny sizes and prints its ratios (a smoke run, never a timing
assertion). bench/import_time.py is left to `make bench`: it builds a clean venv first,
which takes longer than a smoke test should."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"


@pytest.mark.parametrize(
    ("script", "args", "prints"),
    [
        ("request.py", ["--size", "small", "--rounds", "1"], "coze_ext / raw httpx floor (calls/s):"),
        ("parse.py", ["--size", "small", "--rounds", "1"], "coze_ext / cozepy, model step (messages/s):"),
        ("stream.py", ["--deltas", "100", "--rounds", "1"], "coze_ext / cozepy:"),
        ("memory.py", ["--mb", "1"], "upload from path (sync)"),
    ],
)
def test_the_benchmark_runs(script: str, args: list[str], prints: str) -> None:
    done = subprocess.run(
        [sys.executable, str(BENCH / script), *args], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert prints in done.stdout
