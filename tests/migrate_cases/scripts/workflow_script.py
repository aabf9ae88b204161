"""A cozepy script: stream a workflow that asks a question, answer it, then run it again
asynchronously and read its run history."""

import os
import time

from cozepy import Coze, Stream, TokenAuth, WorkflowEvent, WorkflowEventType, WorkflowExecuteStatus

coze = Coze(auth=TokenAuth(os.environ["COZE_API_TOKEN"]), base_url=os.environ["COZE_API_BASE"])
workflow_id = os.environ["COZE_WORKFLOW_ID"]


def handle(stream: Stream[WorkflowEvent]) -> None:
    for event in stream:
        if event.event == WorkflowEventType.MESSAGE:
            print("message:", event.message.content)
        elif event.event == WorkflowEventType.ERROR:
            print("error:", event.error.error_message)
        elif event.event == WorkflowEventType.INTERRUPT:
            print("asked at:", event.interrupt.node_title)
            handle(
                coze.workflows.runs.resume(
                    workflow_id=workflow_id,
                    event_id=event.interrupt.interrupt_data.event_id,
                    resume_data="blue",
                    interrupt_type=event.interrupt.interrupt_data.type,
                )
            )


handle(coze.workflows.runs.stream(workflow_id=workflow_id, parameters={"city": "Paris"}))

run = coze.workflows.runs.create(workflow_id=workflow_id, parameters={"city": "Oslo"}, is_async=True)
for _ in range(100):
    history = coze.workflows.runs.run_histories.retrieve(workflow_id=workflow_id, execute_id=run.execute_id)
    if history.execute_status != WorkflowExecuteStatus.RUNNING:
        break
    time.sleep(0.1)
print("async run:", history.execute_status == WorkflowExecuteStatus.SUCCESS, history.output)
