"""`make demo` keeps working: examples/demo.py runs the quick start against the emulator."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

DEMO = Path(__file__).resolve().parents[1] / "examples" / "demo.py"


def test_make_demo_runs_the_quick_start_against_the_emulator() -> None:
    env = {key: value for key, value in os.environ.items() if not key.startswith("COZE_")}
    result = subprocess.run(
        [sys.executable, str(DEMO)], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Coze emulator serving" in out
    # 1. polled chat: the bot's answer and the finished chat.
    assert "you: What can you do?" in out
    assert "bot: I am an emulated Coze bot: I answer in words you can predict. You asked: What can you do?" in out
    assert ": completed, " in out and " tokens (logid " in out
    # 2. streamed chat, printed as it arrived.
    assert "bot: Once upon a time, a small robot learned to answer questions, one word at a time. The end." in out
    # 3. workflow stream with its numbered events; 4. the upload.
    assert "[0] Message:" in out and "Workflow got {'input': 'Hello, workflow!'}" in out and "[1] Done: {}" in out
    assert "uploaded hello.txt: 33 bytes, file id " in out
    assert "\nDone.\n" in out
    assert "The emulator answered" in out and "x POST /v3/chat\n" in out
