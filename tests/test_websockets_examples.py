"""Every example of examples/websockets runs to the end against the local emulator."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from coze_ext.testing import CozeEmulator

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "websockets"
SCRIPTS = sorted(p for p in EXAMPLES.glob("*.py") if not p.name.startswith("_"))


@pytest.mark.parametrize("script", SCRIPTS, ids=[p.stem for p in SCRIPTS])
def test_websocket_example_runs_against_the_emulator(emulator: CozeEmulator, script: Path, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("COZE_")}
    bot_id = emulator.add_bot(bot_id="7400000000000000002").bot_id
    env.update(COZE_API_BASE=emulator.base_url, COZE_API_TOKEN=emulator.token, COZE_BOT_ID=bot_id)
    done = subprocess.run(
        [sys.executable, str(script)], env=env, cwd=tmp_path, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, f"{script.name} failed:\n{done.stdout[-2000:]}\n{done.stderr[-4000:]}"
    assert done.stdout.strip(), f"{script.name} printed nothing"
    sessions = emulator.websockets
    assert sessions and all(session.status == 101 for session in sessions), sessions
    assert list(tmp_path.iterdir()) == [], "an example left files behind"
