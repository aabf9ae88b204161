"""Cold import time: coze_ext against cozepy, each in fresh interpreters.

    .venv/bin/python bench/import_time.py [--rounds 10] [--size small] [--venv DIR] [--breakdown]

Both are measured as a user gets them, in a clean virtual environment: `python -m venv`,
then `pip install <this checkout> cozepy==<the requirements-dev pin>` (pip builds the
project's wheel, a non-editable install, and takes the runtime dependencies from the
index), then `python -m compileall` over the venv so every module has its bytecode. The
development venv would not do: its coze_ext is an editable checkout with no bytecode, and
its extra tools (click, rich) make `import httpx` load httpx's command line too, a cost
both SDKs pay there and no user does. `--venv DIR` keeps that venv for the next run (the
project is reinstalled each time); without it a temporary one is built and removed.

Each measurement is one fresh `python -P -c` of that venv; the child times only the
statement, not the interpreter's start. Cases, each against cozepy's equivalent (ratios are
of times, so lower is better):
- `import coze_ext` / `import cozepy`;
- `from coze_ext import Coze` / `from cozepy import Coze, TokenAuth`;
- the first `Coze(token=...)` after that import / `Coze(auth=TokenAuth(...))` (coze_ext
  builds its httpx client, with its SSL context, here; cozepy at its first request);
- import, client and a first `chat.retrieve` against a canned local server (bench/common.py):
  what a script waits before its first answer.
Rounds interleave the cases; figures are each case's best round (median beside it).
`--breakdown` adds the heaviest top-level packages under `import coze_ext` (-X importtime).

Target (issue 10): `import coze_ext` <= 0.30x `import cozepy`.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from common import Timing, canned_server, json_answer, ratio
from request import ANSWER, CHAT_ID, CONV

ROOT = Path(__file__).resolve().parent.parent
RETRIEVE = f"chat.retrieve(conversation_id='{CONV}', chat_id='{CHAT_ID}')"
CHILD = "import time\n{setup}\nstarted = time.perf_counter()\n{timed}\nprint(time.perf_counter() - started)\n"
# (label, target, ours, cozepy's equivalent); ours and theirs are (setup, timed statement).
# {url} is the canned server's base URL.
PAIRS = [
    ("import", "<= 0.30x", ("", "import coze_ext"), ("", "import cozepy")),
    ("import Coze", "none", ("", "from coze_ext import Coze"), ("", "from cozepy import Coze, TokenAuth")),
    (
        "first client",
        "none; cozepy makes its httpx client at its first request",
        ("from coze_ext import Coze", "Coze(token='bench')"),
        ("from cozepy import Coze, TokenAuth", "Coze(auth=TokenAuth('bench'))"),
    ),
    (
        "import + client + first call",
        "none; the time to a script's first answer",
        ("", f"from coze_ext import Coze\nCoze(token='bench', base_url='{{url}}').{RETRIEVE}"),
        ("", f"from cozepy import Coze, TokenAuth\nCoze(auth=TokenAuth('bench'), base_url='{{url}}').{RETRIEVE}"),
    ),
]


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
    return python


def run_child(python: Path, code: str, *flags: str) -> subprocess.CompletedProcess[str]:
    env = {name: value for name, value in os.environ.items() if name != "PYTHONPATH"}
    done = subprocess.run(
        [str(python), "-P", "-W", "ignore", *flags, "-c", code], env=env, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise SystemExit(f"python -c {code!r} failed:\n{done.stderr}")
    return done


def seconds(python: Path, setup: str, timed: str) -> float:
    """The time `timed` takes in a fresh interpreter, after `setup`."""
    return float(run_child(python, CHILD.format(setup=setup, timed=timed)).stdout.split()[-1])


def interleaved_children(python: Path, cases: dict[str, tuple[str, str]], rounds: int) -> dict[str, Timing]:
    """Each case once per round, the cases taking turns, so a busy moment slows them all."""
    times: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(rounds):
        for name, (setup, timed) in cases.items():
            times[name].append(seconds(python, setup, timed))
    return {name: Timing.of(values) for name, values in times.items()}


def breakdown(python: Path, top: int = 12) -> None:
    """The heaviest top-level packages `import coze_ext` loads, from -X importtime."""
    stderr = run_child(python, "import coze_ext", "-X", "importtime").stderr
    cumulative: dict[str, int] = {}
    for line in stderr.splitlines():
        if line.startswith("import time:") and "|" in line and "cumulative" not in line:
            _, total, name = line.removeprefix("import time:").split("|")
            package = name.strip().split(".")[0]
            cumulative[package] = max(cumulative.get(package, 0), int(total))
    print("\nheaviest top-level packages under `import coze_ext` (cumulative, -X importtime, one run):")
    for package, micros in sorted(cumulative.items(), key=lambda item: -item[1])[:top]:
        print(f"  {package:<24} {micros / 1000:>8.1f} ms")


def measure(venv: Path, rounds: int, with_breakdown: bool) -> None:
    python = prepare(venv)
    where = run_child(python, "import coze_ext; print(coze_ext.__file__)").stdout.strip()
    if not where.startswith(str(venv)):
        raise SystemExit(f"coze_ext was imported from {where}, not from the installed wheel")
    with canned_server({"POST /v3/chat/retrieve": json_answer(ANSWER)}) as url:
        cases: dict[str, tuple[str, str]] = {}
        for label, _, (setup, timed), (peer_setup, peer_timed) in PAIRS:
            cases[f"coze_ext {label}"] = setup, timed.format(url=url)
            cases[f"cozepy {label}"] = peer_setup, peer_timed.format(url=url)
        timings = interleaved_children(python, cases, rounds)
    python_version = sys.version.split()[0]
    print(f"fresh interpreters of a clean venv (wheel + bytecode), best of {rounds} rounds, Python {python_version}")
    for name, timing in timings.items():
        print(f"{name:>40}: {timing.best * 1000:>8.2f} ms best, {timing.median * 1000:>8.2f} ms median")
    for label, target, _, _ in PAIRS:
        ours, peer = timings[f"coze_ext {label}"].best, timings[f"cozepy {label}"].best
        ratio(f"coze_ext / cozepy, {label} (time)", ours, peer, target)
    if with_breakdown:
        breakdown(python)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, help="fresh interpreters per case (default 10, small: 1)")
    parser.add_argument("--size", choices=("full", "small"), default="full", help="small: a quick smoke run")
    parser.add_argument("--venv", type=Path, help="build the clean venv here and keep it (default: a temporary one)")
    parser.add_argument("--breakdown", action="store_true", help="also list the heaviest packages imported")
    args = parser.parse_args()
    rounds = args.rounds or (1 if args.size == "small" else 10)
    if args.venv:
        measure(args.venv.resolve(), rounds, args.breakdown)
    else:
        with tempfile.TemporaryDirectory(prefix="coze-bench-") as folder:
            measure(Path(folder) / "venv", rounds, args.breakdown)


if __name__ == "__main__":
    main()
