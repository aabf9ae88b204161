"""Checked by mypy --strict in `make lint`, never run: the user contract type-checks as promised.

Every `assert_type` pins a type a user sees (concrete: no Any, no Unset). mypy runs with
warn_unused_ignores, so each `type: ignore[...]` below proves that the mistake on its line
is caught: a wrong argument type, an unknown parameter, an unknown attribute on a model,
on a listed message and on a paged item.
"""

from __future__ import annotations

from typing import Literal, assert_type

from coze_ext import (
    APIConnectionError,
    AsyncCoze,
    AsyncStream,
    AsyncWorkflowEventStream,
    ChatEventType,
    ChatStatus,
    Coze,
    Message,
    MessageContentType,
    MessageType,
    RoleType,
    Stream,
    WorkflowEvent,
    WorkflowEventStream,
    WorkflowEventType,
    WsChatEventType,
    WsSpeechEventType,
)
from coze_ext.types import (
    Bot,
    BotPublishStatus,
    BotsPublishResult,
    Chat,
    ChatError,
    ChatMessage,
    DatasetFormatType,
    EnterMessage,
    File,
    JsonValue,
    SimpleBot,
    WorkflowBasic,
    WorkflowInterrupt,
    WorkflowMessage,
    WorkflowRunHistory,
    WsAudioDelta,
    WsChatConversationMessageDeltaEvent,
    WsChatErrorEvent,
    WsChatServerEvent,
    WsError,
    WsEventDetail,
)


def models_are_honest(coze: Coze) -> None:
    chat = coze.chat.retrieve(conversation_id="c", chat_id="x")
    assert_type(chat, Chat)
    assert_type(chat.id, str)
    assert_type(chat.status, ChatStatus | None)
    assert_type(chat.last_error, ChatError | None)
    assert_type(chat.created_at, int | None)
    assert_type(chat.logid, str | None)
    messages = coze.chat.messages.list(conversation_id="c", chat_id="x")
    assert_type(messages, list[ChatMessage])
    assert_type(messages[0].type, MessageType | None)  # wire names: `type`, not `type_`
    assert_type(messages[0].role, RoleType | None)
    assert_type(messages[0].content_type, MessageContentType | None)
    assert_type(messages[0].meta_data, dict[str, str] | None)
    assert_type(messages[0].additional_properties, dict[str, JsonValue])
    assert_type(coze.bots.retrieve(bot_id="b"), Bot)
    assert_type(coze.files.upload(file=b"x"), File)
    for bot in coze.bots.list(workspace_id="w"):
        assert_type(bot, SimpleBot)
    page = coze.bots.list(workspace_id="w")
    assert_type(page.items, list[SimpleBot])
    assert_type(page.has_more, bool)


def mistakes_are_flagged(coze: Coze) -> None:
    coze.bots.retrieve(bot_id=["b"])  # type: ignore[arg-type]
    coze.bots.retrieve(bot_id="b", colour="red")  # type: ignore[call-arg]
    chat = coze.chat.retrieve(conversation_id="c", chat_id="x")
    print(chat.colour)  # type: ignore[attr-defined]
    messages = coze.chat.messages.list(conversation_id="c", chat_id="x")
    print(messages[0].colour)  # type: ignore[attr-defined]
    for bot in coze.bots.list(workspace_id="w"):
        print(bot.colour)  # type: ignore[attr-defined]
    coze.chat.create(bot_id="b", user_id="u", additional_messages=[Message.user("hi")], stream=True)  # type: ignore[call-arg]
    EnterMessage(role="robot")  # type: ignore[arg-type]


def events_narrow_by_name(coze: Coze) -> None:
    for event in coze.chat.stream(bot_id="b", user_id="u", additional_messages=[Message.user("hi")]):
        assert_type(event.message, ChatMessage | None)
        assert_type(event.chat, Chat | None)
        assert_type(event.logid, str | None)
        if event.event == ChatEventType.CONVERSATION_MESSAGE_DELTA:
            assert_type(event.data, ChatMessage)
            assert_type(event.data.content, str | None)
            assert_type(event.message, ChatMessage)
        elif event.event == ChatEventType.CONVERSATION_CHAT_COMPLETED:
            assert_type(event.data, Chat)
            assert_type(event.chat, Chat)
    for step in coze.workflows.runs.stream(workflow_id="w"):
        assert_type(step.message, WorkflowMessage | None)
        if step.event == WorkflowEventType.INTERRUPT:
            assert_type(step.data, WorkflowInterrupt)
    with coze.chat.stream(bot_id="b", user_id="u") as stream:
        assert_type(stream.text(), str)
        assert_type(stream.messages(), list[ChatMessage])
        assert_type(stream.final_chat(), Chat | None)


def helpers_are_typed(coze: Coze) -> None:
    done = coze.chat.create_and_poll(bot_id="b", user_id="u", additional_messages=[Message.user("hi")])
    assert_type(done.chat, Chat)
    assert_type(done.messages, list[ChatMessage])
    # create_and_poll takes create's arguments, typed (a TypedDict generated per operation).
    coze.chat.create_and_poll(bot_id="b", user_id="u", additional_messages=[Message.user("hi")], poll_timeout=5)
    coze.chat.create_and_poll(bot_id="b", user_id="u", bot_version=3)  # type: ignore[arg-type]
    coze.chat.create_and_poll(user_id="u")  # type: ignore[call-arg]
    history = coze.workflows.runs.create_and_poll(workflow_id="w", parameters={"q": "x", "n": 1})
    assert_type(history, WorkflowRunHistory)
    assert_type(history.execute_id, str)
    # The logid of the answer, as on every result; the run's own logid (sent as `logid`) is run_logid.
    assert_type(history.logid, str | None)
    assert_type(history.run_logid, str | None)
    for each in coze.workflows.runs.histories.retrieve(workflow_id="w", execute_id="e"):
        assert_type(each.logid, str | None)
        assert_type(each.run_logid, str | None)
    WorkflowRunHistory(execute_id="e", run_logid="l")
    WorkflowRunHistory(execute_id="e", logid="l")  # type: ignore[call-arg]


def defaults_match_cozepy(coze: Coze) -> None:
    """Arguments the server requires and cozepy fills in are optional here too."""
    for workflow in coze.workflows.list(workspace_id="w"):  # page_num 1
        assert_type(workflow, WorkflowBasic)
    assert_type(coze.bots.publish(bot_id="b"), BotsPublishResult)  # connector_ids ["1024"]
    coze.datasets.documents.create(dataset_id="d", document_bases=[])  # format_type 0
    coze.datasets.documents.create(dataset_id="d", document_bases=[], format_type=DatasetFormatType.IMAGE)
    coze.datasets.documents.create(dataset_id="d", document_bases=[], format_type=7)  # type: ignore[arg-type]
    coze.workflows.list(workspace_id="w", page_num=None)  # type: ignore[arg-type]
    assert_type(DatasetFormatType.DOCUMENT, Literal[DatasetFormatType.DOCUMENT])
    assert_type(Message.user("hi"), EnterMessage)
    assert_type(EnterMessage(role="user", content="hi").role, RoleType)


def one_enum_per_concept(coze: Coze) -> None:
    # The exported enums fit every argument of their concept: what a message list returns
    # can be sent back, and a cozepy-style PublishStatus value filters bots, apps and workflows.
    coze.conversations.messages.create(
        conversation_id="c", role=RoleType.USER, content="hi", content_type=MessageContentType.TEXT
    )
    coze.conversations.messages.update(conversation_id="c", message_id="m", content="hi", content_type="text")
    sent = EnterMessage(role=RoleType.USER, type=MessageType.QUESTION, content_type=MessageContentType.TEXT)
    assert_type(sent.content_type, MessageContentType | None)
    coze.bots.list(workspace_id="w", publish_status=BotPublishStatus.ALL)
    coze.apps.list(workspace_id="w", publish_status=BotPublishStatus.ALL)
    coze.workflows.list(workspace_id="w", page_num=1, publish_status=BotPublishStatus.PUBLISHED_ONLINE)
    coze.bots.versions.list(bot_id="b", publish_status=BotPublishStatus.UNPUBLISHED_DRAFT)
    coze.chat.create(bot_id="b", user_id="u", publish_status=BotPublishStatus.UNPUBLISHED_DRAFT)
    coze.conversations.messages.create(conversation_id="c", role="user", content="hi", content_type="html")  # type: ignore[arg-type]


async def streams_annotate_with_exported_names(coze: Coze, async_coze: AsyncCoze) -> None:
    # What a stream call returns can be annotated with a name exported from coze_ext.
    stream: Stream[WorkflowEvent] = coze.workflows.runs.stream(workflow_id="w", parameters={"q": "x"})
    named: WorkflowEventStream = coze.workflows.runs.stream(workflow_id="w")
    resumed: WorkflowEventStream = coze.workflows.runs.resume(
        workflow_id="w", event_id="e", resume_data="Paris", interrupt_type=2
    )
    for event in stream:
        assert_type(event, WorkflowEvent)
    assert_type(named.logid, str | None)
    assert_type(resumed.logid, str | None)
    later: AsyncStream[WorkflowEvent] = await async_coze.workflows.runs.stream(workflow_id="w")
    async_named: AsyncWorkflowEventStream = await async_coze.workflows.runs.stream(workflow_id="w")
    async for step in later:
        assert_type(step, WorkflowEvent)
    assert_type(async_named.logid, str | None)


def raw_answers(coze: Coze) -> None:
    raw = coze.with_raw_response.bots.retrieve(bot_id="b")
    assert_type(raw.status_code, int)
    assert_type(raw.parse(), Bot)
    coze.with_raw_response.bots.retrieve(bot_id=1)  # type: ignore[arg-type]


def on_error(event: WsChatErrorEvent) -> None:
    assert_type(event.data, WsError)


def websocket_frames_narrow(coze: Coze) -> None:
    with coze.websockets.chat.connect(bot_id="b") as ws:
        ws.send({"event_type": "conversation.message.create", "data": {"role": "user", "content": "hi"}})
        ws.conversation_message_create({"role": "user", "content_type": "text", "content": "hi"})
        ws.input_audio_buffer_complete()
        ws.input_audio_buffer_complete(data={"x": 1})  # type: ignore[call-arg]
        for event in ws:
            assert_type(event.detail, WsEventDetail)
            assert_type(event.id, str | None)
            if event.event_type == WsChatEventType.CONVERSATION_MESSAGE_DELTA:
                assert_type(event.data, ChatMessage)
            elif event.event_type == WsChatEventType.ERROR:
                assert_type(event.data, WsError)
    with coze.websockets.chat.connect(bot_id="b") as handled:

        def on_delta(event: WsChatConversationMessageDeltaEvent) -> None:
            print(event.data.content)

        handled.on(WsChatEventType.CONVERSATION_MESSAGE_DELTA, on_delta)
        handled.on(WsChatEventType.ERROR, lambda event: print(event.data.code, event.data.msg))
        handled.on(WsChatEventType.ERROR, on_delta)  # type: ignore[arg-type]
    with coze.websockets.audio.speech.connect() as speech:
        for frame in speech:
            if frame.event_type == WsSpeechEventType.SPEECH_AUDIO_UPDATE:
                assert_type(frame.data, WsAudioDelta)
    assert_type(coze.base_ws_url, str)
    chat = coze.websockets.chat.connect(bot_id="b", timeout=5, extra_query={"x": 1})
    assert_type(chat.logid, str | None)
    chat.on(WsChatEventType.ERROR, lambda event: print(event.detail.logid))
    chat.on(WsChatEventType.ERROR, on_error)  # a handler annotated with its event's class
    done = chat.run_until(WsChatEventType.CONVERSATION_CHAT_COMPLETED)
    assert_type(done, WsChatServerEvent | None)
    chat.close()
    coze.websockets.chat.connect()  # type: ignore[call-arg]


def websocket_sessions_are_watched(coze: Coze, pcm: bytes) -> None:
    """Keepalive and size cap on every `connect`; audio bytes where the spec says base64."""
    coze.websockets.chat.connect(bot_id="b", ping_interval=5, ping_timeout=2.5, max_size=None)
    coze.websockets.audio.speech.connect(ping_interval=None, ping_timeout=None, max_size=4 * 2**20)
    coze.websockets.audio.transcriptions.connect(ping_interval="20")  # type: ignore[arg-type]
    coze.websockets.audio.simult_interpretation.connect(max_size=1.5)  # type: ignore[arg-type]
    with coze.websockets.audio.transcriptions.connect() as ws:
        ws.input_audio_buffer_append(WsAudioDelta(delta=pcm))
        ws.input_audio_buffer_append(WsAudioDelta(delta=memoryview(pcm)))
        ws.input_audio_buffer_append(WsAudioDelta(delta="AAAA"))  # already base64
        ws.input_audio_buffer_append({"delta": bytearray(pcm)})
        ws.send({"event_type": "input_audio_buffer.append", "data": {"delta": pcm}})
        ws.input_audio_buffer_append(WsAudioDelta(delta=[1, 2]))  # type: ignore[arg-type]
    assert_type(WsAudioDelta(delta=pcm).delta, str)  # what goes on the wire: the base64 text
    try:
        coze.websockets.chat.connect(bot_id="b").close()
    except APIConnectionError as error:
        assert_type(error.close_code, int | None)
        assert_type(error.close_reason, str | None)


async def async_contract(coze: AsyncCoze) -> None:
    assert_type(await coze.bots.retrieve(bot_id="b"), Bot)
    async for bot in coze.bots.list(workspace_id="w"):
        assert_type(bot, SimpleBot)
    async for event in await coze.chat.stream(bot_id="b", user_id="u"):
        assert_type(event.message, ChatMessage | None)
        if event.event == ChatEventType.CONVERSATION_MESSAGE_DELTA:
            assert_type(event.data, ChatMessage)
    done = await coze.chat.create_and_poll(bot_id="b", user_id="u")
    assert_type(done.messages, list[ChatMessage])
    raw = await coze.with_raw_response.bots.retrieve(bot_id="b")
    assert_type(raw.parse(), Bot)
    page = await coze.with_raw_response.bots.list(workspace_id="w")
    async for item in page.parse():
        assert_type(item, SimpleBot)
    async with coze.websockets.chat.connect(bot_id="b") as ws:
        await ws.chat_update({"need_play_prologue": False})
        async for frame in ws:
            if frame.event_type == WsChatEventType.CONVERSATION_CHAT_COMPLETED:
                assert_type(frame.data, Chat)
        assert_type(await ws.run_until("conversation.chat.completed"), WsChatServerEvent | None)
        await ws.close()
    assert_type(coze.base_ws_url, str)
