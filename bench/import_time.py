"""Cold start to a ready client, the whole process: coze_ext against cozepy, in a clean venv.

    .venv/bin/python bench/import_time.py [--rounds 20] [--venv DIR] [--breakdown] [--quick]
    .venv/bin/python bench/import_time.py --smoke --python .venv/bin/python

What a script pays before its first call, measured as a user gets the packages: a clean
virtual environment (`python -m venv`, then `pip install <this checkout> cozepy==<the
requirements-dev pin>`: pip builds the project's wheel, a non-editable install, and takes
the runtime dependencies from the index), then `python -m compileall` over it so every
module has its bytecode. The development venv would not do: its coze_ext is an editable
checkout with no bytecode, and its extra tools (click, rich) make `import httpx` load
httpx's command line too. `--venv DIR` keeps that venv for the next run (the project is
reinstalled each time); without it a temporary one is built and removed. `--python` uses
a given interpreter's environment instead (smoke runs: no network, not a measurement).

Each measurement is one fresh `python -P -c SNIPPET` process; its figure is that process's
CPU time from start to exit (user + system, from wait4), interpreter start-up included,
with its wall time beside it. Cases, taking turns in each round:
- ready client (the target): `from coze_ext import Coze, Message; c = Coze(token='t');
  c.chat.stream; c.workflows.runs` against cozepy's equivalent;
- `import coze_ext` against `import cozepy` (for information);
- `pass`: the bare interpreter, the floor neither can go below (for information).
Ratios are of times (lower is better), the median of the per-round ratios.
`--breakdown` adds the heaviest top-level packages under the ready-client snippet
(-X importtime).

Target (issue 22): the ready client in <= 0.30x cozepy's time.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, Row, at_most, emit, machine, options, parser_for, time_ratio

READY = "from coze_ext import Coze, Message; c = Coze(token='t'); c.chat.stream; c.workflows.runs"
COZEPY_READY = (
    "from cozepy import Coze, Message, TokenAuth; c = Coze(auth=TokenAuth('t')); c.chat.stream; c.workflows.runs"
)
CASES = {
    "coze_ext ready client": READY,
    "cozepy ready client": COZEPY_READY,
    "import coze_ext": "import coze_ext",
    "import cozepy": "import cozepy",
    "bare interpreter": "pass",
}


def step(*command: str) -> None:
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{done.stdout}{done.stderr}")


def cozepy_pin() -> str:
    lines = (ROOT / "requirements-dev.txt").read_text(encoding="utf-8").splitlines()
    return next(line.strip() for line in lines if line.startswith("cozepy=="))


def prepare(venv: Path) -> Path:
    """A clean venv with this project (as a wheel) and cozepy, compiled; returns its python."""
    python = venv / "bin" / "python"
    if not python.exists():
        step(sys.executable, "-m", "venv", str(venv))
        step(str(python), "-m", "pip", "install", "--quiet", str(ROOT), cozepy_pin())
    else:  # a kept venv: refresh the project, its dependencies stay
        step(str(python), "-m", "pip", "install", "--quiet", "--no-deps", "--force-reinstall", str(ROOT))
    step(str(python), "-m", "compileall", "-q", str(venv))
    where = run_child(python, "import coze_ext; print(coze_ext.__file__)").strip()
    if not where.startswith(str(venv)):
        raise SystemExit(f"coze_ext was imported from {where}, not from the installed wheel")
    return python


def child_env() -> dict[str, str]:
    return {name: value for name, value in os.environ.items() if name != "PYTHONPATH"}


def run_child(python: Path, code: str, *flags: str) -> str:
    """The output (stdout and stderr) of a fresh `python -P -c code`; exits on failure."""
    done = subprocess.run(
        [str(python), "-P", "-W", "ignore", *flags, "-c", code],
        env=child_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"python -c {code!r} failed:\n{done.stdout}")
    return done.stdout


def whole_process(python: Path, code: str) -> tuple[float, float]:
    """CPU seconds (user + system) and wall seconds of one fresh `python -P -c code`, start to exit."""
    started = time.perf_counter()
    child = subprocess.Popen(
        [str(python), "-P", "-W", "ignore", "-c", code],
        env=child_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    assert child.stdout is not None
    output = child.stdout.read()  # small; read before reaping so the child never blocks on it
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)  # reaped here, so Popen must not wait again
    child.stdout.close()
    if child.returncode != 0:
        raise SystemExit(f"python -c {code!r} failed:\n{output.decode(errors='replace')}")
    return usage.ru_utime + usage.ru_stime, wall


def breakdown(python: Path, top: int = 12) -> None:
    """The heaviest top-level packages the ready-client snippet loads, from -X importtime."""
    cumulative: dict[str, int] = {}
    for line in run_child(python, READY, "-X", "importtime").splitlines():
        if line.startswith("import time:") and "|" in line and "cumulative" not in line:
            _, total, name = line.removeprefix("import time:").split("|")
            package = name.strip().split(".")[0]
            cumulative[package] = max(cumulative.get(package, 0), int(total))
    print("\nheaviest top-level packages under the ready-client snippet (cumulative, -X importtime, one run):")
    for package, micro in sorted(cumulative.items(), key=lambda item: -item[1])[:top]:
        print(f"  {package:<24} {micro / 1000:>8.1f} ms")


def measure(python: Path, rounds: int) -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    """CPU and wall seconds of every case, one process per case per round, the cases taking turns."""
    for code in CASES.values():
        whole_process(python, code)  # warm the page cache, untimed
    cpu: dict[str, list[float]] = {name: [] for name in CASES}
    wall: dict[str, list[float]] = {name: [] for name in CASES}
    for _ in range(rounds):
        for name, code in CASES.items():
            spent, elapsed = whole_process(python, code)
            cpu[name].append(spent)
            wall[name].append(elapsed)
    return cpu, wall


def report(python: Path, rounds: int, results: Path | None, clean: bool, with_breakdown: bool) -> None:
    cpu, wall = measure(python, rounds)
    where = "a clean venv (wheel + bytecode)" if clean else f"{python}'s environment (not a clean venv)"
    print(f"fresh processes of {where}, {rounds} interleaved rounds, {machine()}")
    ms = {name: f"{statistics.median(values) * 1000:.1f} ms CPU" for name, values in cpu.items()}
    for name in CASES:
        print(f"{name:>22}: {ms[name]:>14}, {statistics.median(wall[name]) * 1000:>7.1f} ms wall (median round)")
    ready = time_ratio(cpu["coze_ext ready client"], cpu["cozepy ready client"])
    ready_wall = time_ratio(wall["coze_ext ready client"], wall["cozepy ready client"])
    imported = time_ratio(cpu["import coze_ext"], cpu["import cozepy"])
    emit(
        [
            Row(
                "cold start to a ready client (time) vs cozepy",
                ms["coze_ext ready client"],
                ms["cozepy ready client"],
                f"{ready:.3f}x",
                "<= 0.30x",
                at_most(ready, 0.30),
            ),
            Row(
                "cold start to a ready client, wall time vs cozepy",
                f"{statistics.median(wall['coze_ext ready client']) * 1000:.1f} ms wall",
                f"{statistics.median(wall['cozepy ready client']) * 1000:.1f} ms wall",
                f"{ready_wall:.3f}x",
                "none (information)",
                None,
            ),
            Row(
                "cold import (time) vs cozepy",
                ms["import coze_ext"],
                ms["import cozepy"],
                f"{imported:.3f}x",
                "none (information)",
                None,
            ),
            Row("bare interpreter, in every process above", ms["bare interpreter"], "", "", "none (information)", None),
        ],
        results,
    )
    if with_breakdown:
        breakdown(python)


def main() -> None:
    parser = parser_for(__doc__)
    parser.add_argument("--venv", type=Path, help="build the clean venv here and keep it (default: a temporary one)")
    parser.add_argument("--python", type=Path, help="measure this interpreter's environment instead (smoke runs)")
    parser.add_argument("--breakdown", action="store_true", help="also list the heaviest packages imported")
    args = parser.parse_args()
    run = options(args, full=20, quick=5)
    if args.python:
        report(args.python, run.rounds, run.results, False, args.breakdown)
    elif args.venv:
        report(prepare(args.venv.resolve()), run.rounds, run.results, True, args.breakdown)
    else:
        with tempfile.TemporaryDirectory(prefix="coze-bench-") as folder:
            report(prepare(Path(folder) / "venv"), run.rounds, run.results, True, args.breakdown)


if __name__ == "__main__":
    main()
