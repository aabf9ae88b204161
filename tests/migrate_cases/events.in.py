"""Stream events: workflow events' attributes, and the events a stream raises for here."""

from cozepy import ChatEventType, Coze, Message, Stream, TokenAuth, WorkflowEvent, WorkflowEventType

coze = Coze(auth=TokenAuth("pat_example"))


def run(stream: Stream[WorkflowEvent]) -> None:
    for event in stream:
        if event.event == WorkflowEventType.MESSAGE:
            print(event.message.content)
        elif event.event == WorkflowEventType.ERROR:
            print("error", event.error.error_message)
        elif event.event == WorkflowEventType.INTERRUPT:
            run(
                coze.workflows.runs.resume(
                    workflow_id="7400000000000000003",
                    event_id=event.interrupt.interrupt_data.event_id,
                    resume_data="yes",
                    interrupt_type=event.interrupt.interrupt_data.type,
                )
            )


for event in coze.workflows.runs.stream(workflow_id="7400000000000000003"):
    if event.event == WorkflowEventType.INTERRUPT:
        print(event.interrupt.node_title)

chat = coze.chat.stream(bot_id="b", user_id="u", additional_messages=[Message.build_user_question_text("Hi")])
for event in chat:
    if event.event == ChatEventType.CONVERSATION_MESSAGE_DELTA:
        print(event.message.content, end="")
    elif event.event == ChatEventType.CONVERSATION_CHAT_FAILED:
        print("failed:", event.chat.last_error)
    elif event.event == ChatEventType.ERROR:
        break
