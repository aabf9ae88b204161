"""Stream events: workflow events' attributes, and the events a stream raises for here."""

from coze_ext import ChatEventType, Coze, Message, Stream, WorkflowEventType
from coze_ext.types import WorkflowEvent

coze = Coze(token="pat_example")


def run(stream: Stream[WorkflowEvent]) -> None:
    for event in stream:
        if event.event == WorkflowEventType.MESSAGE:
            print(event.message.content)
        # coze migrate: a workflow stream raises StreamError for an Error event instead of yielding it: catch StreamError around the loop (see docs/migration.md#workflows)
        elif event.event == WorkflowEventType.ERROR:
            print("error", event.data.error_message)
        elif event.event == WorkflowEventType.INTERRUPT:
            run(
                coze.workflows.runs.resume(
                    workflow_id="7400000000000000003",
                    event_id=event.data.interrupt_data.event_id,
                    resume_data="yes",
                    interrupt_type=event.data.interrupt_data.type,
                )
            )


for event in coze.workflows.runs.stream(workflow_id="7400000000000000003"):
    if event.event == WorkflowEventType.INTERRUPT:
        print(event.data.node_title)

chat = coze.chat.stream(bot_id="b", user_id="u", additional_messages=[Message.user("Hi")])
for event in chat:
    if event.event == ChatEventType.CONVERSATION_MESSAGE_DELTA:
        print(event.message.content, end="")
    # coze migrate: a chat stream raises StreamError for this event instead of yielding it: catch StreamError around the loop (see docs/migration.md#chat)
    elif event.event == ChatEventType.CONVERSATION_CHAT_FAILED:
        print("failed:", event.chat.last_error)
    # coze migrate: a chat stream raises StreamError for this event instead of yielding it: catch StreamError around the loop (see docs/migration.md#chat)
    elif event.event == ChatEventType.ERROR:
        break
