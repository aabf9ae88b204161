"""Helpers for the CLI tests: run the installed `coze` console script as a user would, in a
subprocess (piped, or under a pseudo-terminal), against the emulator."""

from __future__ import annotations

import os
import pty
import re
import select
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from coze_ext.testing import CozeEmulator

COZE = Path(sys.executable).parent / "coze"  # installed by `make install`
HANG_GUARD = 120  # seconds; only a hung command ever waits this long
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def environment(emulator: CozeEmulator, home: Path, *, token: bool = True, **extra: str) -> dict[str, str]:
    """The user's environment for the emulator: no COZE_* settings of the machine's, a
    HOME of the test's own (so no saved login is found by accident)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("COZE_")}
    env.update(HOME=str(home), COZE_API_BASE=emulator.base_url)
    if token and emulator.token:
        env["COZE_API_TOKEN"] = emulator.token
    env.update(extra)
    return env


def coze(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run `coze ARGS` with its output piped; wait for it to end."""
    assert COZE.exists(), f"{COZE} is missing: run `make install`"
    return subprocess.run([str(COZE), *args], env=env, capture_output=True, text=True, timeout=HANG_GUARD)


@contextmanager
def running(args: list[str], env: dict[str, str]) -> Iterator[subprocess.Popen[str]]:
    """`coze ARGS`, piped, to talk to while it runs; killed if the test leaves it running.

    Ctrl-C (SIGINT) works in it even when the tests run with SIGINT ignored (a shell's
    background job): the launcher puts the default back, then becomes the console script.
    """
    assert COZE.exists(), f"{COZE} is missing: run `make install`"
    launcher = (
        "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execv(sys.argv[1], sys.argv[1:])"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", launcher, str(COZE), *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        yield process
    finally:
        if process.poll() is None:
            process.kill()
        process.communicate()


def read_line(process: subprocess.Popen[str], pattern: str) -> re.Match[str]:
    """Read the process's output up to the first line matching `pattern` (a process that
    hangs without printing it is killed after HANG_GUARD seconds)."""
    assert process.stdout is not None
    seen = []
    guard = threading.Timer(HANG_GUARD, process.kill)
    guard.start()
    try:
        for line in process.stdout:
            seen.append(line)
            found = re.search(pattern, line)
            if found:
                return found
    finally:
        guard.cancel()
    raise AssertionError(f"never printed {pattern!r}:\n{''.join(seen)}")


def interrupt(process: subprocess.Popen[str]) -> tuple[str, str]:
    """Press Ctrl-C in the process; what it printed until it ended."""
    process.send_signal(signal.SIGINT)
    return process.communicate(timeout=HANG_GUARD)


def coze_in_terminal(args: list[str], env: dict[str, str], answers: Sequence[tuple[str, str]] = ()) -> tuple[int, str]:
    """Run `coze ARGS` with a pseudo-terminal as its stdin, stdout and stderr; its exit code
    and everything it showed on the terminal.

    `answers` are typed as a person would: each (prompt, line) types the line once the
    terminal shows the prompt, after what the previous answer was typed to.
    """
    assert COZE.exists(), f"{COZE} is missing: run `make install`"
    controller, terminal = pty.openpty()
    process = subprocess.Popen(
        [str(COZE), *args],
        env={**env, "TERM": "xterm-256color", "COLUMNS": "100"},
        stdin=terminal,
        stdout=terminal,
        stderr=terminal,
    )
    os.close(terminal)
    shown = bytearray()
    pending = list(answers)
    typed_at = 0  # where in `shown` the next prompt is looked for
    try:
        while True:
            ready, _, _ = select.select([controller], [], [], HANG_GUARD)
            if not ready:
                process.kill()
                raise AssertionError(f"coze {' '.join(args)} hung; it showed:\n{shown.decode(errors='replace')}")
            try:
                chunk = os.read(controller, 65536)
            except OSError:  # EIO: every end of the terminal is closed, the process is done
                break
            if not chunk:
                break
            shown += chunk
            if pending:
                found = ANSI.sub("", shown[typed_at:].decode(errors="replace")).find(pending[0][0])
                if found >= 0:
                    os.write(controller, pending.pop(0)[1].encode() + b"\n")
                    typed_at = len(shown)
    finally:
        os.close(controller)
    return process.wait(timeout=HANG_GUARD), shown.decode("utf-8", "replace")
