"""Every example runs to the end against the local emulator, so none of them can rot."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from coze_ext.testing import CozeEmulator

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
# demo.py starts its own emulator and has its own test; _env.py is shared set-up.
SCRIPTS = sorted(p for p in EXAMPLES.glob("*.py") if not p.name.startswith("_") and p.name != "demo.py")


@pytest.mark.parametrize("script", SCRIPTS, ids=[p.stem for p in SCRIPTS])
def test_example_runs_against_the_emulator(emulator: CozeEmulator, script: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("COZE_")}
    env.update(COZE_API_BASE=emulator.base_url, COZE_API_TOKEN=emulator.token)
    # The bot and workflow the examples name, known to the emulator as if published.
    env.update(
        COZE_BOT_ID=emulator.add_bot(bot_id="7400000000000000002").bot_id,
        COZE_WORKFLOW_ID=emulator.add_workflow(workflow_id="7400000000000000003").workflow_id,
    )
    done = subprocess.run(
        [sys.executable, str(script)], env=env, cwd=EXAMPLES, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, f"{script.name} failed:\n{done.stdout[-2000:]}\n{done.stderr[-4000:]}"
    assert done.stdout.strip(), f"{script.name} printed nothing"
    assert emulator.requests, f"{script.name} sent no request to the emulator"
