"""Checked by mypy --strict in `make lint`, never run: the seam between the generated tree and
the runtime is typed, and what calls return can be annotated with names exported from
`coze_ext`.

The runtime's classes subclass the generated Protocols they implement (so mypy checks them
there); the Protocols of each event family and each WebSocket endpoint are generated from
the spec, and the runtime picks its class at run time, so each pairing is pinned here: a
runtime class that stopped satisfying its family's Protocol fails this file.
"""

from __future__ import annotations

from typing import assert_type

from coze_api._runtime import AsyncRequester, SyncRequester
from coze_api.sockets import (
    AsyncChatSocketSenders,
    AsyncSimultInterpretationSocketSenders,
    AsyncSpeechSocketSenders,
    AsyncTranscriptionsSocketSenders,
    ChatSocketSenders,
    SimultInterpretationSocketSenders,
    SpeechSocketSenders,
    TranscriptionsSocketSenders,
)

from coze_ext import (
    AsyncBinaryResponse,
    AsyncChatEventStream,
    AsyncCoze,
    AsyncPage,
    AsyncStream,
    AsyncWorkflowChatEventStream,
    AsyncWorkflowEventStream,
    BinaryResponse,
    ChatEvent,
    ChatEventStream,
    ChatPoll,
    Coze,
    RawResponse,
    Stream,
    SyncPage,
    WorkflowChatEvent,
    WorkflowChatEventStream,
    WorkflowEvent,
    WorkflowEventStream,
)
from coze_ext._chat import AsyncChatStream, ChatStream
from coze_ext._runtime import AsyncRuntime, SyncRuntime
from coze_ext._streaming import AsyncMessageStream, MessageStream
from coze_ext.types import (
    AsyncChatSocket,
    AsyncSimultInterpretationSocket,
    AsyncSpeechSocket,
    AsyncTranscriptionsSocket,
    Chat,
    ChatMessage,
    ChatSocket,
    SimultInterpretationSocket,
    SpeechSocket,
    TranscriptionsSocket,
    WorkflowBasic,
    WorkflowMessage,
    WsChatClientEvent,
    WsChatServerEvent,
    WsSimultInterpretationClientEvent,
    WsSimultInterpretationServerEvent,
    WsSpeechClientEvent,
    WsSpeechServerEvent,
    WsTranscriptionsClientEvent,
    WsTranscriptionsServerEvent,
)
from coze_ext.websockets import AsyncSocket, Socket
from coze_ext.websockets._async import AsyncWebSocket
from coze_ext.websockets._sync import SyncWebSocket

# --------------------------------------------------------------------------- the runtimes


def runtimes_are_requesters(sync: SyncRuntime, asynchronous: AsyncRuntime) -> None:
    as_sync: SyncRequester = sync
    as_async: AsyncRequester = asynchronous
    del as_sync, as_async


# --------------------------------------------------------------------------- event families


def chat_streams(sync: ChatStream[ChatEvent], asynchronous: AsyncChatStream[ChatEvent]) -> None:
    as_sync: ChatEventStream = sync
    as_async: AsyncChatEventStream = asynchronous
    del as_sync, as_async


def workflow_chat_streams(
    sync: ChatStream[WorkflowChatEvent], asynchronous: AsyncChatStream[WorkflowChatEvent]
) -> None:
    as_sync: WorkflowChatEventStream = sync
    as_async: AsyncWorkflowChatEventStream = asynchronous
    del as_sync, as_async


def workflow_streams(
    sync: MessageStream[WorkflowEvent, WorkflowMessage],
    asynchronous: AsyncMessageStream[WorkflowEvent, WorkflowMessage],
) -> None:
    as_sync: WorkflowEventStream = sync
    as_async: AsyncWorkflowEventStream = asynchronous
    del as_sync, as_async


# --------------------------------------------------------------------------- WebSocket endpoints
# The runtime composes each endpoint's socket from the shell and the endpoint's senders.


class _Chat(SyncWebSocket[WsChatServerEvent, WsChatClientEvent], ChatSocketSenders): ...


class _AsyncChat(AsyncWebSocket[WsChatServerEvent, WsChatClientEvent], AsyncChatSocketSenders): ...


class _Speech(SyncWebSocket[WsSpeechServerEvent, WsSpeechClientEvent], SpeechSocketSenders): ...


class _AsyncSpeech(AsyncWebSocket[WsSpeechServerEvent, WsSpeechClientEvent], AsyncSpeechSocketSenders): ...


class _Transcriptions(
    SyncWebSocket[WsTranscriptionsServerEvent, WsTranscriptionsClientEvent], TranscriptionsSocketSenders
): ...


class _AsyncTranscriptions(
    AsyncWebSocket[WsTranscriptionsServerEvent, WsTranscriptionsClientEvent], AsyncTranscriptionsSocketSenders
): ...


class _Interpretation(
    SyncWebSocket[WsSimultInterpretationServerEvent, WsSimultInterpretationClientEvent],
    SimultInterpretationSocketSenders,
): ...


class _AsyncInterpretation(
    AsyncWebSocket[WsSimultInterpretationServerEvent, WsSimultInterpretationClientEvent],
    AsyncSimultInterpretationSocketSenders,
): ...


def sockets(
    chat: _Chat,
    async_chat: _AsyncChat,
    speech: _Speech,
    async_speech: _AsyncSpeech,
    transcriptions: _Transcriptions,
    async_transcriptions: _AsyncTranscriptions,
    interpretation: _Interpretation,
    async_interpretation: _AsyncInterpretation,
) -> None:
    checked: tuple[
        ChatSocket,
        AsyncChatSocket,
        SpeechSocket,
        AsyncSpeechSocket,
        TranscriptionsSocket,
        AsyncTranscriptionsSocket,
        SimultInterpretationSocket,
        AsyncSimultInterpretationSocket,
    ] = (
        chat,
        async_chat,
        speech,
        async_speech,
        transcriptions,
        async_transcriptions,
        interpretation,
        async_interpretation,
    )
    del checked


# --------------------------------------------------------------------------- what users annotate with


def annotated_with_exported_names(coze: Coze) -> None:
    runs: Stream[WorkflowEvent] = coze.workflows.runs.stream(workflow_id="w")
    also_runs: WorkflowEventStream = coze.workflows.runs.stream(workflow_id="w")
    chat: Stream[ChatEvent] = coze.chat.stream(bot_id="b", user_id="u")
    assert_type(coze.chat.stream(bot_id="b", user_id="u").messages(), list[ChatMessage])
    recovered: ChatPoll = coze.chat.stream(bot_id="b", user_id="u").recover()
    polled: ChatPoll = coze.chat.create_and_poll(bot_id="b", user_id="u")
    assert_type(polled.chat, Chat)
    page: SyncPage[WorkflowBasic] = coze.workflows.list(workspace_id="s", page_num=1)
    audio: BinaryResponse = coze.audio.speech.create(input="hi", voice_id="v")
    raw: RawResponse[Chat] = coze.with_raw_response.chat.retrieve(conversation_id="c", chat_id="x")
    socket: Socket[WsChatServerEvent, WsChatClientEvent] = coze.websockets.chat.connect(bot_id="b")
    del runs, also_runs, chat, recovered, page, audio, raw, socket


async def async_annotated_with_exported_names(coze: AsyncCoze) -> None:
    runs: AsyncStream[WorkflowEvent] = await coze.workflows.runs.stream(workflow_id="w")
    chat: AsyncChatEventStream = await coze.chat.stream(bot_id="b", user_id="u")
    recovered: ChatPoll = await chat.recover()
    page: AsyncPage[WorkflowBasic] = coze.workflows.list(workspace_id="s", page_num=1)
    audio: AsyncBinaryResponse = await coze.audio.speech.create(input="hi", voice_id="v")
    raw: RawResponse[Chat] = await coze.with_raw_response.chat.retrieve(conversation_id="c", chat_id="x")
    socket: AsyncSocket[WsChatServerEvent, WsChatClientEvent] = coze.websockets.chat.connect(bot_id="b")
    del runs, recovered, page, audio, raw, socket
