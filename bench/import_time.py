"""Cold import time: coze_ext against cozepy, each in fresh interpreters.

    .venv/bin/python bench/import_time.py [--rounds 10] [--size small] [--breakdown]

coze_ext is measured as a user gets it, not as the editable checkout: `pip install
--no-deps --target <temp dir> .` builds the project's wheel and installs it there, and
`python -m compileall` makes sure every module has its bytecode (pip compiles by default;
the editable install in .venv never writes any, as PYTHONDONTWRITEBYTECODE may be set).
Each measurement is one fresh `python -c` with PYTHONPATH=<temp dir>, so coze_ext comes
from the wheel and its dependencies and cozepy (0.20.0) from this venv's site-packages,
compiled by pip when they were installed. The child times only the statement, not the
interpreter's start. Cases, each against cozepy's equivalent (ratios are of times, so
lower is better):
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


def install(target: Path) -> None:
    """The project as a wheel would install it, compiled to bytecode, into `target`."""
    for command in (
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target), str(ROOT)],
        [sys.executable, "-m", "compileall", "-q", str(target)],
    ):
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise SystemExit(f"{' '.join(command)} failed:\n{done.stdout}{done.stderr}")


def run_child(code: str, env: dict[str, str], *flags: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [sys.executable, "-P", "-W", "ignore", *flags, "-c", code], env=env, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise SystemExit(f"python -c {code!r} failed:\n{done.stderr}")
    return done


def seconds(setup: str, timed: str, env: dict[str, str]) -> float:
    """The time `timed` takes in a fresh interpreter, after `setup`."""
    return float(run_child(CHILD.format(setup=setup, timed=timed), env).stdout.split()[-1])


def interleaved_children(cases: dict[str, tuple[str, str]], env: dict[str, str], rounds: int) -> dict[str, Timing]:
    """Each case once per round, the cases taking turns, so a busy moment slows them all."""
    times: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(rounds):
        for name, (setup, timed) in cases.items():
            times[name].append(seconds(setup, timed, env))
    return {name: Timing.of(values) for name, values in times.items()}


def breakdown(env: dict[str, str], top: int = 12) -> None:
    """The heaviest top-level packages `import coze_ext` loads, from -X importtime."""
    stderr = run_child("import coze_ext", env, "-X", "importtime").stderr
    cumulative: dict[str, int] = {}
    for line in stderr.splitlines():
        if line.startswith("import time:") and "|" in line and "cumulative" not in line:
            _, total, name = line.removeprefix("import time:").split("|")
            package = name.strip().split(".")[0]
            cumulative[package] = max(cumulative.get(package, 0), int(total))
    print("\nheaviest top-level packages under `import coze_ext` (cumulative, -X importtime, one run):")
    for package, micros in sorted(cumulative.items(), key=lambda item: -item[1])[:top]:
        print(f"  {package:<24} {micros / 1000:>8.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, help="fresh interpreters per case (default 10, small: 1)")
    parser.add_argument("--size", choices=("full", "small"), default="full", help="small: a quick smoke run")
    parser.add_argument("--breakdown", action="store_true", help="also list the heaviest packages imported")
    args = parser.parse_args()
    rounds = args.rounds or (1 if args.size == "small" else 10)
    with tempfile.TemporaryDirectory(prefix="coze-bench-") as folder:
        site = Path(folder)
        install(site)
        env = {**os.environ, "PYTHONPATH": str(site)}
        where = run_child("import coze_ext; print(coze_ext.__file__)", env).stdout.strip()
        if not where.startswith(str(site)):
            raise SystemExit(f"coze_ext was imported from {where}, not from the installed wheel")
        with canned_server({"POST /v3/chat/retrieve": json_answer(ANSWER)}) as url:
            cases: dict[str, tuple[str, str]] = {}
            for label, _, (setup, timed), (peer_setup, peer_timed) in PAIRS:
                cases[f"coze_ext {label}"] = setup, timed.format(url=url)
                cases[f"cozepy {label}"] = peer_setup, peer_timed.format(url=url)
            timings = interleaved_children(cases, env, rounds)
        python = sys.version.split()[0]
        print(
            f"cold imports in fresh interpreters, installed wheel + bytecode, best of {rounds} rounds, Python {python}"
        )
        for name, timing in timings.items():
            print(f"{name:>40}: {timing.best * 1000:>8.2f} ms best, {timing.median * 1000:>8.2f} ms median")
        for label, target, _, _ in PAIRS:
            ours_s, peer_s = timings[f"coze_ext {label}"].best, timings[f"cozepy {label}"].best
            ratio(f"coze_ext / cozepy, {label} (time)", ours_s, peer_s, target)
        if args.breakdown:
            breakdown(env)


if __name__ == "__main__":
    main()
