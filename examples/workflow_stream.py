"""Stream a workflow run, answering the question node that interrupts it.

Against real Coze (or an emulator you started with `python -m coze_ext.testing`):

    export COZE_API_TOKEN=pat_...            # COZE_API_BASE=https://api.coze.cn for coze.cn
    export COZE_WORKFLOW_ID=...              # a published workflow
    python examples/workflow_stream.py

Without COZE_API_TOKEN it starts a local emulator with a workflow that asks a question.
A workflow `Error` event raises `StreamError` (with code, msg, logid and debug_url).
"""

from __future__ import annotations

import os
from typing import Any

from coze_ext import Coze, StreamError, WorkflowEventType


def print_run(stream: Any) -> Any:
    """Print the run's messages; return its Interrupt event, if it stopped at one."""
    interrupt = None
    for event in stream:
        if event.event == WorkflowEventType.MESSAGE:
            print(f"[{event.message.node_title}] {event.message.content}")
        elif event.event == WorkflowEventType.INTERRUPT:
            interrupt = event.data.interrupt_data
            print(f"[interrupted at {event.data.node_title}] waiting for an answer")
        elif event.event == WorkflowEventType.DONE:
            print(f"[done] (logid {event.logid})")
    return interrupt


def workflow_stream(coze: Coze, workflow_id: str) -> None:
    try:
        interrupt = print_run(coze.workflows.runs.stream(workflow_id=workflow_id, parameters={"topic": "robots"}))
        while interrupt is not None:
            resumed = coze.workflows.runs.resume(
                workflow_id=workflow_id,
                event_id=interrupt.event_id,
                resume_data="Paris",
                interrupt_type=interrupt.type,
            )
            interrupt = print_run(resumed)
    except StreamError as error:
        print(f"the workflow failed: code {error.code}: {error.msg} (debug: {error.debug_url}, logid {error.logid})")


def main() -> None:
    if os.environ.get("COZE_API_TOKEN"):
        with Coze() as coze:
            workflow_stream(coze, os.environ["COZE_WORKFLOW_ID"])
        return
    from coze_ext.testing import CozeEmulator

    with CozeEmulator() as emulator, Coze(token=emulator.token, base_url=emulator.base_url) as coze:
        workflow = emulator.add_workflow(interrupt="Which city?", run=lambda parameters: {"story": parameters})
        workflow_stream(coze, workflow.workflow_id)


if __name__ == "__main__":
    main()
