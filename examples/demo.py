"""`make demo`: run the quick start (examples/quickstart.py) against a local Coze emulator.

No account needed: the emulator (coze_ext.testing) serves the Coze API on 127.0.0.1 with
an echo bot and a workflow. With COZE_API_TOKEN set, the quick start runs against real
Coze instead (COZE_API_BASE, COZE_BOT_ID and COZE_WORKFLOW_ID as in quickstart.py).
"""

from __future__ import annotations

import os
import runpy
from collections import Counter
from pathlib import Path

QUICKSTART = Path(__file__).with_name("quickstart.py")


def story_bot(question: str) -> str:
    if "story" in question.lower():
        return "Once upon a time, a small robot learned to answer questions, one word at a time. The end."
    return f"I am an emulated Coze bot: I answer in words you can predict. You asked: {question}"


def main() -> None:
    if os.environ.get("COZE_API_TOKEN"):
        print("COZE_API_TOKEN is set: running the quick start against real Coze.")
        runpy.run_path(str(QUICKSTART), run_name="__main__")
        return

    from coze_ext.testing import CozeEmulator

    with CozeEmulator() as emulator:
        bot = emulator.add_bot("Demo bot", reply=story_bot)
        workflow = emulator.add_workflow(run=lambda parameters: {"output": f"Workflow got {parameters}"})
        os.environ.update(
            COZE_API_TOKEN=emulator.token or "demo",
            COZE_API_BASE=emulator.base_url,
            COZE_BOT_ID=bot.bot_id,
            COZE_WORKFLOW_ID=workflow.workflow_id,
        )
        print(f"Coze emulator serving {len(emulator.spec.operations)} operations at {emulator.base_url}")
        print("(set COZE_API_TOKEN and COZE_BOT_ID to run the same quick start against real Coze)")
        runpy.run_path(str(QUICKSTART), run_name="__main__")
        served = Counter(f"{r.method} {r.path}" for r in emulator.requests)
        print(f"\nThe emulator answered {sum(served.values())} requests:")
        for route, count in sorted(served.items()):
            print(f"   {count} x {route}")


if __name__ == "__main__":
    main()
