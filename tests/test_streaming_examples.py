"""The streaming examples run end to end against the local emulator (no account needed)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        ("chat_stream.py", "completed"),
        ("workflow_stream.py", "Paris"),
        ("chat_tool_call.py", "the bot calls get_weather"),
    ],
)
def test_example_runs_against_the_emulator(example: str, expected: str) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("COZE_")}
    # -P: the examples folder must not shadow standard modules on sys.path.
    done = subprocess.run(
        [sys.executable, "-P", str(EXAMPLES / example)], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert expected in done.stdout
