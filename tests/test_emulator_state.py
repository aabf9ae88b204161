"""The emulator's behaviour: the chat state machine (on a fake clock), tool calls,
conversations and messages, files, bots and workflows, through our clients."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from coze_ext import APIError, AsyncCoze, Coze
from coze_ext.testing import CozeEmulator, Timing

HELLO = [{"role": "user", "content": "hello big world", "content_type": "text"}]


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def slow(clock: FakeClock) -> Iterator[CozeEmulator]:
    """An emulator whose chats stay `created` 1 s and `in_progress` 2 s, on a fake clock."""
    timing = Timing(chat_created=1.0, chat_in_progress=2.0, stream_interval=0.0)
    with CozeEmulator(clock=clock, timing=timing) as emulator:
        emulator.add_bot("Echo bot", bot_id="b")
        yield emulator


def coze_for(emulator: CozeEmulator) -> Coze:
    return Coze(base_url=emulator.base_url, token=emulator.token)


def test_a_chat_moves_from_created_to_in_progress_to_completed(slow: CozeEmulator, clock: FakeClock) -> None:
    coze = coze_for(slow)
    chat = coze.chat.create(bot_id="b", user_id="u", additional_messages=HELLO)
    ids = {"conversation_id": chat.conversation_id, "chat_id": chat.id}
    assert chat.status == "created"
    clock.advance(0.9)
    assert coze.chat.retrieve(**ids).status == "created"
    clock.advance(0.2)
    assert coze.chat.retrieve(**ids).status == "in_progress"
    assert coze.chat.messages.list(**ids) == []
    clock.advance(2.0)
    done = coze.chat.retrieve(**ids)
    assert done.status == "completed"
    assert done.to_dict()["usage"] == {"token_count": 8, "output_count": 5, "input_count": 3}
    messages = coze.chat.messages.list(**ids)
    assert [(m.type, m.content) for m in messages] == [
        ("answer", "You said: hello big world"),
        (
            "verbose",
            json.dumps(
                {"msg_type": "generate_answer_finish", "data": "", "from_module": None, "from_unit": None},
                separators=(",", ":"),
            ),
        ),
        ("follow_up", "What else can you do?"),
    ]
    assert {m.chat_id for m in messages} == {chat.id}


def test_the_default_timing_answers_create_with_in_progress(emulator: CozeEmulator) -> None:
    # Real Coze does: clients such as cozepy poll only while the chat is in_progress.
    chat = coze_for(emulator).chat.create(bot_id="b", user_id="u", additional_messages=HELLO)
    assert chat.status == "in_progress"


def test_a_streamed_chat_drives_the_state_word_by_word(emulator: CozeEmulator) -> None:
    coze = coze_for(emulator)
    events = list(coze.chat.stream(bot_id="b", user_id="u", additional_messages=HELLO))
    names = [event.event for event in events]
    assert names == [
        "conversation.chat.created",
        "conversation.chat.in_progress",
        *["conversation.message.delta"] * 5,
        *["conversation.message.completed"] * 3,
        "conversation.chat.completed",
        "done",
    ]
    deltas = [event.data.content for event in events if event.event == "conversation.message.delta"]
    assert deltas == ["You ", "said: ", "hello ", "big ", "world"]
    assert events[-1].raw == '"[DONE]"'
    completed = events[-2].data
    assert completed.status == "completed" and completed.to_dict()["usage"]["output_count"] == 5
    retrieved = coze.chat.retrieve(conversation_id=completed.conversation_id, chat_id=completed.id)
    assert retrieved.status == "completed"


def test_the_wire_framing_is_coze_s(emulator: CozeEmulator) -> None:
    import httpx

    body = {"bot_id": "b", "user_id": "u", "stream": True, "additional_messages": HELLO}
    text = httpx.post(
        f"{emulator.base_url}/v3/chat", json=body, headers={"Authorization": f"Bearer {emulator.token}"}
    ).text
    assert text.startswith('event:conversation.chat.created\ndata:{"id":"')
    assert text.endswith('\n\nevent:done\ndata:"[DONE]"\n\n')


def test_a_custom_reply_function(emulator: CozeEmulator) -> None:
    emulator.state.reply = lambda question: question.upper()
    bot = emulator.add_bot("Shouting bot")
    quiet = emulator.add_bot("Quiet bot", reply=lambda question: "...")
    coze = coze_for(emulator)
    assert coze.chat.stream(bot_id=bot.bot_id, user_id="u", additional_messages=HELLO).text() == "HELLO BIG WORLD"
    assert coze.chat.stream(bot_id=quiet.bot_id, user_id="u", additional_messages=HELLO).text() == "..."


def test_a_dropped_stream_leaves_the_chat_to_finish_by_the_clock(slow: CozeEmulator, clock: FakeClock) -> None:
    slow.faults.add(route="POST /v3/chat", drop_after_events=2)
    coze = coze_for(slow)
    stream = coze.chat.stream(bot_id="b", user_id="u", additional_messages=HELLO)
    first = next(stream)
    ids = {"conversation_id": first.data.conversation_id, "chat_id": first.data.id}
    with pytest.raises(APIError):
        list(stream)
    assert coze.chat.retrieve(**ids).status == "in_progress"
    clock.advance(2.0)
    assert coze.chat.retrieve(**ids).status == "completed"
    assert [m.type for m in coze.chat.messages.list(**ids)] == ["answer", "verbose", "follow_up"]


def test_cancel(slow: CozeEmulator, clock: FakeClock) -> None:
    coze = coze_for(slow)
    chat = coze.chat.create(bot_id="b", user_id="u", additional_messages=HELLO)
    canceled = coze.chat.cancel(conversation_id=chat.conversation_id, chat_id=chat.id)
    assert canceled.status == "canceled"
    clock.advance(10)
    assert coze.chat.retrieve(conversation_id=chat.conversation_id, chat_id=chat.id).status == "canceled"
    with pytest.raises(APIError) as caught:
        coze.chat.cancel(conversation_id=chat.conversation_id, chat_id=chat.id)
    assert caught.value.code == 4104


def test_unknown_chats_and_conversations(emulator: CozeEmulator) -> None:
    coze = coze_for(emulator)
    with pytest.raises(APIError) as caught:
        coze.chat.retrieve(conversation_id="1", chat_id="2")
    assert caught.value.code == 4200
    with pytest.raises(APIError) as caught:
        coze.chat.create(bot_id="b", user_id="u", conversation_id="404", additional_messages=HELLO)
    assert caught.value.code == 4200


def test_a_bot_with_a_tool_requires_action_until_tool_outputs_arrive(slow: CozeEmulator, clock: FakeClock) -> None:
    bot = slow.add_bot("Weather bot", tools=["get_weather"])
    coze = coze_for(slow)
    chat = coze.chat.create(bot_id=bot.bot_id, user_id="u", additional_messages=HELLO)
    ids = {"conversation_id": chat.conversation_id, "chat_id": chat.id}
    clock.advance(3)
    waiting = coze.chat.retrieve(**ids)
    assert waiting.status == "requires_action"
    call = waiting.to_dict()["required_action"]["submit_tool_outputs"]["tool_calls"][0]
    assert call["function"] == {"name": "get_weather", "arguments": json.dumps({"question": "hello big world"})}
    with pytest.raises(APIError) as caught:
        coze.chat.submit_tool_outputs(**ids, tool_outputs=[{"tool_call_id": "other", "output": "x"}])
    assert caught.value.code == 4000

    resumed = coze.chat.submit_tool_outputs(**ids, tool_outputs=[{"tool_call_id": call["id"], "output": "sunny"}])
    assert resumed.status == "in_progress"
    clock.advance(2)
    assert coze.chat.retrieve(**ids).status == "completed"
    messages = coze.chat.messages.list(**ids)
    assert [(m.type, m.content) for m in messages][:3] == [
        ("function_call", json.dumps({"id": call["id"], "type": "function", "function": call["function"]})),
        ("tool_response", "sunny"),
        ("answer", "You said: sunny"),
    ]


async def test_tool_calls_streamed_with_the_async_client(emulator: CozeEmulator) -> None:
    bot = emulator.add_bot("Weather bot", tools=["get_weather"])
    async with AsyncCoze(base_url=emulator.base_url, token=emulator.token) as coze:
        stream = await coze.chat.stream(bot_id=bot.bot_id, user_id="u", additional_messages=HELLO)
        events = [event async for event in stream]
        assert [e.event for e in events] == [
            "conversation.chat.created",
            "conversation.chat.in_progress",
            "conversation.message.completed",
            "conversation.chat.requires_action",
            "done",
        ]
        chat = events[-2].data
        call = chat.to_dict()["required_action"]["submit_tool_outputs"]["tool_calls"][0]
        after = await coze.chat.submit_tool_outputs_stream(
            conversation_id=chat.conversation_id,
            chat_id=chat.id,
            tool_outputs=[{"tool_call_id": call["id"], "output": "rain all day"}],
        )
        assert await after.text() == "You said: rain all day"
        final = await coze.chat.retrieve(conversation_id=chat.conversation_id, chat_id=chat.id)
        assert final.status == "completed"


def test_conversations_and_their_messages(emulator: CozeEmulator) -> None:
    coze = coze_for(emulator)
    conversation = coze.conversations.create(bot_id="b", messages=HELLO, meta_data={"k": "v"})
    assert coze.conversations.retrieve(conversation_id=conversation.id).id == conversation.id
    added = coze.conversations.messages.create(
        conversation_id=conversation.id, role="assistant", content="an earlier answer", content_type="text"
    )
    chat = coze.chat.create(
        bot_id="b",
        user_id="u",
        conversation_id=conversation.id,
        additional_messages=[{"role": "user", "content": "next"}],
    )
    assert chat.conversation_id == conversation.id
    listed = coze.conversations.messages.list(conversation_id=conversation.id, order="asc", limit=2)
    assert [m.content for m in listed][:3] == ["hello big world", "an earlier answer", "next"]
    assert coze.conversations.messages.retrieve(conversation_id=conversation.id, message_id=added.id).content == (
        "an earlier answer"
    )
    deleted = coze.conversations.messages.delete(conversation_id=conversation.id, message_id=added.id)
    assert deleted.id == added.id
    assert [c.id for c in coze.conversations.list(bot_id="b")] == [conversation.id]


def test_message_list_pages_by_cursor(emulator: CozeEmulator) -> None:
    coze = coze_for(emulator)
    conversation = coze.conversations.create(bot_id="b")
    for n in range(5):
        coze.conversations.messages.create(
            conversation_id=conversation.id, role="user", content=f"m{n}", content_type="text"
        )
    contents = [m.content for m in coze.conversations.messages.list(conversation_id=conversation.id, limit=2)]
    assert contents == ["m4", "m3", "m2", "m1", "m0"]


def test_files_upload_keeps_the_bytes(emulator: CozeEmulator) -> None:
    coze = coze_for(emulator)
    uploaded = coze.files.upload(file=("report.csv", b"a,b\n1,2\n", "text/csv"))
    assert (uploaded.file_name, uploaded.bytes) == ("report.csv", 8)
    assert emulator.state.files[uploaded.id].content == b"a,b\n1,2\n"
    retrieved = coze.files.retrieve(file_id=uploaded.id)
    assert (retrieved.id, retrieved.file_name, retrieved.bytes) == (uploaded.id, "report.csv", 8)


def test_bots(emulator: CozeEmulator) -> None:
    coze = coze_for(emulator)
    created = coze.bots.create(space_id="w1", name="Helper", description="helps")
    bot = coze.bots.retrieve(bot_id=created.bot_id)
    assert (bot.bot_id, bot.name, bot.description) == (created.bot_id, "Helper", "helps")
    assert [b.id for b in coze.bots.list(workspace_id="w1")] == [created.bot_id]


def test_workflow_run(emulator: CozeEmulator) -> None:
    workflow = emulator.add_workflow(run=lambda parameters: {"sum": parameters["a"] + parameters["b"]})
    run = coze_for(emulator).workflows.runs.create(workflow_id=workflow.workflow_id, parameters={"a": 1, "b": 2})
    assert json.loads(run.data) == {"sum": 3}
    assert run.execute_id and workflow.workflow_id in run.debug_url


def test_an_async_workflow_run_is_polled_to_its_output(emulator: CozeEmulator) -> None:
    workflow = emulator.add_workflow(run=lambda parameters: {"sum": parameters["a"] + parameters["b"]})
    history = coze_for(emulator).workflows.runs.create_and_poll(
        workflow_id=workflow.workflow_id, parameters={"a": 1, "b": 2}, poll_interval=0.01
    )
    assert history.execute_status == "Success" and json.loads(history.output or "") == {"sum": 3}
    assert history.execute_id in emulator.state.runs


def test_workflow_stream_interrupt_and_resume(emulator: CozeEmulator) -> None:
    workflow = emulator.add_workflow(interrupt="Which city?", run=lambda p: {"weather": f"sunny in {p['resume_data']}"})
    coze = coze_for(emulator)
    events = list(coze.workflows.runs.stream(workflow_id=workflow.workflow_id, parameters={}))
    assert [(e.id, e.event) for e in events] == [("0", "Message"), ("1", "Interrupt"), ("2", "Done")]
    assert json.loads(events[0].raw)["content"] == "Which city?"
    interrupt = json.loads(events[1].raw)["interrupt_data"]
    resumed = list(
        coze.workflows.runs.resume(
            workflow_id=workflow.workflow_id,
            event_id=interrupt["event_id"],
            interrupt_type=interrupt["type"],
            resume_data="Paris",
        )
    )
    assert [(e.id, e.event) for e in resumed] == [("0", "Message"), ("1", "Done")]
    assert json.loads(json.loads(resumed[0].raw)["content"]) == {"weather": "sunny in Paris"}
    with pytest.raises(APIError) as caught:
        list(
            coze.workflows.runs.resume(
                workflow_id=workflow.workflow_id, event_id=interrupt["event_id"], interrupt_type=2, resume_data="again"
            )
        )
    assert caught.value.code == 4000
