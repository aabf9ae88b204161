"""`make bench`: every benchmark, one after the other, then one table of all their rows.

    .venv/bin/python bench/run.py [--quick | --smoke] [--only request,ws] [--strict]

- import_time.py: cold start to a ready client, the whole process, against cozepy (clean venv);
- request.py: 1,000 sequential `chat.retrieve` against cozepy and raw httpx;
- stream.py: an SSE chat stream of 50,000 deltas against cozepy and a raw decoder;
- ws.py: a WebSocket chat of 20,000 deltas against cozepy and a raw `websockets` loop;
- parse.py: a 5,000-message list against cozepy;
- fanout.py: N concurrent `chat.retrieve` on one async client against cozepy;
- voice_sessions.py: 500 concurrent voice sessions at a recording's real pace against cozepy;
- memory.py: memory of a 100 MiB upload and download (for information).

Each benchmark measures in interleaved rounds (see bench/common.py) and prints its own
figures; the table gathers every row: the path, our figure and the peer's, the ratio, the
target and whether it is met. The load average is printed before and after: the figures
are only as good as the machine was quiet. `--quick` runs fewer rounds (a rough
measurement); `--smoke` runs each at a tiny size, one round, in this environment (no clean
venv, no network): it proves they run and measures nothing.

The exit status is 1 when a benchmark failed to run; with `--strict`, also when a target is missed.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import Row, machine, read_rows, table

HERE = Path(__file__).resolve().parent
SCRIPTS = [
    "import_time.py",
    "request.py",
    "stream.py",
    "ws.py",
    "parse.py",
    "fanout.py",
    "voice_sessions.py",
    "memory.py",
]
# A smoke run measures the start-up in this environment: building a clean venv needs the network.
SMOKE_EXTRA = {"import_time.py": ["--python", sys.executable]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--quick", action="store_true", help="fewer rounds: a rough measurement")
    size.add_argument("--smoke", action="store_true", help="tiny sizes, one round: proves they run")
    parser.add_argument("--only", help="comma-separated script names (request,ws...) to run instead of all")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed too")
    args = parser.parse_args()
    chosen = SCRIPTS if not args.only else [f"{name.removesuffix('.py')}.py" for name in args.only.split(",")]
    unknown = sorted(set(chosen) - set(SCRIPTS))
    if unknown:
        parser.error(f"unknown benchmarks: {', '.join(unknown)} (known: {', '.join(SCRIPTS)})")
    flags = ["--quick"] if args.quick else ["--smoke"] if args.smoke else []
    print(f"make bench: {machine()}", flush=True)
    started = time.monotonic()
    broken: list[str] = []
    with tempfile.TemporaryDirectory(prefix="coze-bench-") as folder:
        results = Path(folder) / "rows.jsonl"
        for script in chosen:
            print(f"\n== bench/{script}", flush=True)
            extra = SMOKE_EXTRA.get(script, []) if args.smoke else []
            command = [sys.executable, str(HERE / script), *flags, *extra, "--results", str(results)]
            if subprocess.run(command, check=False).returncode != 0:
                broken.append(script)
        rows = read_rows(results)
    if args.smoke:  # tiny sizes say nothing about the targets
        rows = [Row(row.path, row.ours, row.peer, row.ratio, row.target, None) for row in rows]
    rows += [Row(f"bench/{script}", "did not run", "", "", "runs", False) for script in broken]
    minutes = (time.monotonic() - started) / 60
    kind = "smoke run: nothing measured" if args.smoke else "quick run" if args.quick else "full run"
    print(f"\n== make bench ({kind}, {minutes:.1f} min), {machine()}")
    print(table(rows))
    judged = [row for row in rows if row.passed is not None]
    met = sum(1 for row in judged if row.passed)
    print(f"\n{met} of {len(judged)} targets met" + (f"; did not run: {', '.join(broken)}" if broken else ""))
    if os.getloadavg()[0] > (os.cpu_count() or 1) * 0.5:
        print("the machine was busy (load average above half its CPUs): treat the figures as rough")
    return 1 if broken or (args.strict and met < len(judged)) else 0


if __name__ == "__main__":
    sys.exit(main())
