"""The typed frames of every WebSocket endpoint, their senders and the socket protocols.

Generated from openapi/coze.yaml by `make gen`; never edit by hand.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import StrEnum
from typing import Literal, Protocol, TypeAlias, overload

from ._events import ClientEvent, EventMap, SocketEvent, UnknownSocketEvent
from ._runtime import AsyncSocket, Socket
from .models._shared import Chat, ChatMessage, WsEventDetail
from .models.websockets import (
    WsAudioDelta,
    WsAudioDump,
    WsAudioSentence,
    WsChatCanceled,
    WsChatUpdate,
    WsError,
    WsGenerateAudio,
    WsMessageCreate,
    WsSimultInterpretationUpdate,
    WsSpeechUpdate,
    WsSubmitToolOutputs,
    WsTextDelta,
    WsTranscript,
    WsTranscriptionsUpdate,
)
from .types import JsonValue


class _Sender(Protocol):
    def send(self, event: ClientEvent | Mapping[str, object]) -> None: ...


class _AsyncSender(Protocol):
    async def send(self, event: ClientEvent | Mapping[str, object]) -> None: ...


class WsChatEventType(StrEnum):
    """The names of the `WsChatServerEvent` events, equal to their wire names.

    Events the server sends on a chat WebSocket (websockets.chat).
    """

    CHAT_CREATED = "chat.created"
    CHAT_UPDATED = "chat.updated"
    CONVERSATION_CHAT_CREATED = "conversation.chat.created"
    CONVERSATION_CHAT_IN_PROGRESS = "conversation.chat.in_progress"
    CONVERSATION_MESSAGE_DELTA = "conversation.message.delta"
    CONVERSATION_MESSAGE_COMPLETED = "conversation.message.completed"
    CONVERSATION_AUDIO_SENTENCE_START = "conversation.audio.sentence_start"
    CONVERSATION_AUDIO_DELTA = "conversation.audio.delta"
    CONVERSATION_AUDIO_COMPLETED = "conversation.audio.completed"
    CONVERSATION_AUDIO_TRANSCRIPT_UPDATE = "conversation.audio_transcript.update"
    CONVERSATION_AUDIO_TRANSCRIPT_COMPLETED = "conversation.audio_transcript.completed"
    CONVERSATION_CHAT_REQUIRES_ACTION = "conversation.chat.requires_action"
    CONVERSATION_CHAT_COMPLETED = "conversation.chat.completed"
    CONVERSATION_CHAT_FAILED = "conversation.chat.failed"
    CONVERSATION_CHAT_CANCELED = "conversation.chat.canceled"
    CONVERSATION_CLEARED = "conversation.cleared"
    INPUT_AUDIO_BUFFER_COMPLETED = "input_audio_buffer.completed"
    INPUT_AUDIO_BUFFER_CLEARED = "input_audio_buffer.cleared"
    INPUT_AUDIO_BUFFER_SPEECH_STARTED = "input_audio_buffer.speech_started"
    INPUT_AUDIO_BUFFER_SPEECH_STOPPED = "input_audio_buffer.speech_stopped"
    DUMP_AUDIO = "dump.audio"
    ERROR = "error"


class WsChatCreatedEvent(SocketEvent):
    """The `chat.created` frame; `data` is the decoded JSON, if any."""

    __slots__ = ()
    event_type: Literal[WsChatEventType.CHAT_CREATED] = WsChatEventType.CHAT_CREATED
    data: JsonValue
    detail: WsEventDetail


class WsChatUpdatedEvent(SocketEvent):
    """The `chat.updated` frame; `data` is a `WsChatUpdate`."""

    __slots__ = ()
    event_type: Literal[WsChatEventType.CHAT_UPDATED] = WsChatEventType.CHAT_UPDATED
    data: WsChatUpdate
    detail: WsEventDetail
    data_model = WsChatUpdate


class WsChatConversationChatCreatedEvent(SocketEvent):
    """The `conversation.chat.created` frame; `data` is a `Chat`."""

    __slots__ = ()
    event_type: Literal[WsChatEventType.CONVERSATION_CHAT_CREATED] = WsChatEventType.CONVERSATION_CHAT_CREATED
    data: Chat
    detail: WsEventDetail
    data_model = Chat


class WsChatConversationChatInProgressEvent(SocketEvent):
    """The `conversation.chat.in_progress` frame; `data` is a `Chat`."""

    __slots__ = ()
    event_type: Literal[WsChatEventType.CONVERSATION_CHAT_IN_PROGRESS] = WsChatEventType.CONVERSATION_CHAT_IN_PROGRESS
    data: Chat
    detail: WsEventDetail
    data_model = Chat


class WsChatConversationMessageDeltaEvent(SocketEvent):
    """The `conversation.message.delta` frame; `data` is a `ChatMessage`."""

    __slots__ = ()
    event_type: Literal[WsChatEventType.CONVERSATION_MESSAGE_DELTA] = WsChatEventType.CONVERSATION_MESSAGE_DELTA
    data: ChatMessage
    detail: WsEventDetail
    data_model = ChatMessage


class WsChatConversationMessageCompletedEvent(SocketEvent):
    """The `conversation.message.completed` frame; `data` is a `ChatMessage`."""

    __slots__ = ()
    event_type: Literal[WsChatEventType.CONVERSATION_MESSAGE_COMPLETED] = WsChatEventType.CONVERSATION_MESSAGE_COMPLETED
    data: ChatMessage
    detail: WsEventDetail
    data_model = ChatMessage


class WsChatConversationAudioSentenceStartEvent(SocketEvent):
    """The `conversation.audio.sentence_start` frame; `data` is a `WsAudioSentence`."""

    __slots__ = ()
    event_type: Literal[WsChatEventType.CONVERSATION_AUDIO_SENTENCE_START] = (
        WsChatEventType.CONVERSATION_AUDIO_SENTENCE_START
    )
    data: WsAudioSentence
    detail: WsEventDetail
    data_model = WsAudioSentence


class WsChatConversationAudioDeltaEvent(SocketEvent):
    """The `conversation.audio.delta` frame; `data` is a `ChatMessage`."""

    __slots__ = ()
    event_type: Literal[WsChatEventType.CONVERSATION_AUDIO_DELTA] = WsChatEventType.CONVERSATION_AUDIO_DELTA
    data: ChatMessage
    detail: WsEventDetail
    data_model = ChatMessage


class WsChatConversationAudioCompletedEvent(SocketEvent):
    """The `conversation.audio.completed` frame; `data` is a `ChatMessage`."""

    __slots__ = ()
    event_type: Literal[WsChatEventType.CONVERSATION_AUDIO_COMPLETED] = WsChatEventType.CONVERSATION_AUDIO_COMPLETED
    data: ChatMessage
    detail: WsEventDetail
    data_model = ChatMessage


class WsChatConversationAudioTranscriptUpdateEvent(SocketEvent):
    """The `conversation.audio_transcript.update` frame; `data` is a `WsTranscript`."""

    __slots__ = ()
    event_type: Literal[WsChatEventType.CONVERSATION_AUDIO_TRANSCRIPT_UPDATE] = (
        WsChatEventType.CONVERSATION_AUDIO_TRANSCRIPT_UPDATE
    )
    data: WsTranscript
    detail: WsEventDetail
    data_model = WsTranscript


class WsChatConversationAudioTranscriptCompletedEvent(SocketEvent):
    """The `conversation.audio_transcript.completed` frame; `data` is a `WsTranscript`."""

    __slots__ = ()
    event_type: Literal[WsChatEventType.CONVERSATION_AUDIO_TRANSCRIPT_COMPLETED] = (
        WsChatEventType.CONVERSATION_AUDIO_TRANSCRIPT_COMPLETED
    )
    data: WsTranscript
    detail: WsEventDetail
    data_model = WsTranscript


class WsChatConversationChatRequiresActionEvent(SocketEvent):
    """The `conversation.chat.requires_action` frame; `data` is a `Chat`."""

    __slots__ = ()
    event_type: Literal[WsChatEventType.CONVERSATION_CHAT_REQUIRES_ACTION] = (
        WsChatEventType.CONVERSATION_CHAT_REQUIRES_ACTION
    )
    data: Chat
    detail: WsEventDetail
    data_model = Chat


class WsChatConversationChatCompletedEvent(SocketEvent):
    """The `conversation.chat.completed` frame; `data` is a `Chat`."""

    __slots__ = ()
    event_type: Literal[WsChatEventType.CONVERSATION_CHAT_COMPLETED] = WsChatEventType.CONVERSATION_CHAT_COMPLETED
    data: Chat
    detail: WsEventDetail
    data_model = Chat


class WsChatConversationChatFailedEvent(SocketEvent):
    """The `conversation.chat.failed` frame; `data` is a `Chat`."""

    __slots__ = ()
    event_type: Literal[WsChatEventType.CONVERSATION_CHAT_FAILED] = WsChatEventType.CONVERSATION_CHAT_FAILED
    data: Chat
    detail: WsEventDetail
    data_model = Chat


class WsChatConversationChatCanceledEvent(SocketEvent):
    """The `conversation.chat.canceled` frame; `data` is a `WsChatCanceled`."""

    __slots__ = ()
    event_type: Literal[WsChatEventType.CONVERSATION_CHAT_CANCELED] = WsChatEventType.CONVERSATION_CHAT_CANCELED
    data: WsChatCanceled
    detail: WsEventDetail
    data_model = WsChatCanceled


class WsChatConversationClearedEvent(SocketEvent):
    """The `conversation.cleared` frame; `data` is the decoded JSON, if any."""

    __slots__ = ()
    event_type: Literal[WsChatEventType.CONVERSATION_CLEARED] = WsChatEventType.CONVERSATION_CLEARED
    data: JsonValue
    detail: WsEventDetail


class WsChatInputAudioBufferCompletedEvent(SocketEvent):
    """The `input_audio_buffer.completed` frame; `data` is the decoded JSON, if any."""

    __slots__ = ()
    event_type: Literal[WsChatEventType.INPUT_AUDIO_BUFFER_COMPLETED] = WsChatEventType.INPUT_AUDIO_BUFFER_COMPLETED
    data: JsonValue
    detail: WsEventDetail


class WsChatInputAudioBufferClearedEvent(SocketEvent):
    """The `input_audio_buffer.cleared` frame; `data` is the decoded JSON, if any."""

    __slots__ = ()
    event_type: Literal[WsChatEventType.INPUT_AUDIO_BUFFER_CLEARED] = WsChatEventType.INPUT_AUDIO_BUFFER_CLEARED
    data: JsonValue
    detail: WsEventDetail


class WsChatInputAudioBufferSpeechStartedEvent(SocketEvent):
    """The `input_audio_buffer.speech_started` frame; `data` is the decoded JSON, if any."""

    __slots__ = ()
    event_type: Literal[WsChatEventType.INPUT_AUDIO_BUFFER_SPEECH_STARTED] = (
        WsChatEventType.INPUT_AUDIO_BUFFER_SPEECH_STARTED
    )
    data: JsonValue
    detail: WsEventDetail


class WsChatInputAudioBufferSpeechStoppedEvent(SocketEvent):
    """The `input_audio_buffer.speech_stopped` frame; `data` is the decoded JSON, if any."""

    __slots__ = ()
    event_type: Literal[WsChatEventType.INPUT_AUDIO_BUFFER_SPEECH_STOPPED] = (
        WsChatEventType.INPUT_AUDIO_BUFFER_SPEECH_STOPPED
    )
    data: JsonValue
    detail: WsEventDetail


class WsChatDumpAudioEvent(SocketEvent):
    """The `dump.audio` frame; `data` is a `WsAudioDump`."""

    __slots__ = ()
    event_type: Literal[WsChatEventType.DUMP_AUDIO] = WsChatEventType.DUMP_AUDIO
    data: WsAudioDump
    detail: WsEventDetail
    data_model = WsAudioDump


class WsChatErrorEvent(SocketEvent):
    """The `error` frame; `data` is a `WsError`."""

    __slots__ = ()
    event_type: Literal[WsChatEventType.ERROR] = WsChatEventType.ERROR
    data: WsError
    detail: WsEventDetail
    data_model = WsError


WsChatServerEvent: TypeAlias = (
    WsChatCreatedEvent
    | WsChatUpdatedEvent
    | WsChatConversationChatCreatedEvent
    | WsChatConversationChatInProgressEvent
    | WsChatConversationMessageDeltaEvent
    | WsChatConversationMessageCompletedEvent
    | WsChatConversationAudioSentenceStartEvent
    | WsChatConversationAudioDeltaEvent
    | WsChatConversationAudioCompletedEvent
    | WsChatConversationAudioTranscriptUpdateEvent
    | WsChatConversationAudioTranscriptCompletedEvent
    | WsChatConversationChatRequiresActionEvent
    | WsChatConversationChatCompletedEvent
    | WsChatConversationChatFailedEvent
    | WsChatConversationChatCanceledEvent
    | WsChatConversationClearedEvent
    | WsChatInputAudioBufferCompletedEvent
    | WsChatInputAudioBufferClearedEvent
    | WsChatInputAudioBufferSpeechStartedEvent
    | WsChatInputAudioBufferSpeechStoppedEvent
    | WsChatDumpAudioEvent
    | WsChatErrorEvent
)
"""Events the server sends on a chat WebSocket (websockets.chat)."""


class WsChatClientEventType(StrEnum):
    """The names of the `WsChatClientEvent` events, equal to their wire names.

    Events the client sends on a chat WebSocket (websockets.chat).
    """

    CHAT_UPDATE = "chat.update"
    INPUT_AUDIO_BUFFER_APPEND = "input_audio_buffer.append"
    INPUT_AUDIO_BUFFER_COMPLETE = "input_audio_buffer.complete"
    INPUT_AUDIO_BUFFER_CLEAR = "input_audio_buffer.clear"
    CONVERSATION_MESSAGE_CREATE = "conversation.message.create"
    CONVERSATION_CLEAR = "conversation.clear"
    CONVERSATION_CHAT_SUBMIT_TOOL_OUTPUTS = "conversation.chat.submit_tool_outputs"
    CONVERSATION_CHAT_CANCEL = "conversation.chat.cancel"
    INPUT_TEXT_GENERATE_AUDIO = "input_text.generate_audio"


class WsChatUpdateEvent(ClientEvent):
    """The `chat.update` frame a client sends; `data` is a `WsChatUpdate`."""

    __slots__ = ()
    event_type: Literal[WsChatClientEventType.CHAT_UPDATE] = WsChatClientEventType.CHAT_UPDATE
    data: WsChatUpdate | Mapping[str, object] | None
    data_model = WsChatUpdate

    def __init__(self, data: WsChatUpdate | Mapping[str, object] | None = None, *, id: str | None = None) -> None:
        self.data = data
        self.id = id


class WsChatInputAudioBufferAppendEvent(ClientEvent):
    """The `input_audio_buffer.append` frame a client sends; `data` is a `WsAudioDelta`."""

    __slots__ = ()
    event_type: Literal[WsChatClientEventType.INPUT_AUDIO_BUFFER_APPEND] = (
        WsChatClientEventType.INPUT_AUDIO_BUFFER_APPEND
    )
    data: WsAudioDelta | Mapping[str, object] | None
    data_model = WsAudioDelta

    def __init__(self, data: WsAudioDelta | Mapping[str, object] | None = None, *, id: str | None = None) -> None:
        self.data = data
        self.id = id


class WsChatInputAudioBufferCompleteEvent(ClientEvent):
    """The `input_audio_buffer.complete` frame a client sends (it carries no data)."""

    __slots__ = ()
    event_type: Literal[WsChatClientEventType.INPUT_AUDIO_BUFFER_COMPLETE] = (
        WsChatClientEventType.INPUT_AUDIO_BUFFER_COMPLETE
    )
    data: None

    def __init__(self, *, id: str | None = None) -> None:
        self.data = None
        self.id = id


class WsChatInputAudioBufferClearEvent(ClientEvent):
    """The `input_audio_buffer.clear` frame a client sends (it carries no data)."""

    __slots__ = ()
    event_type: Literal[WsChatClientEventType.INPUT_AUDIO_BUFFER_CLEAR] = WsChatClientEventType.INPUT_AUDIO_BUFFER_CLEAR
    data: None

    def __init__(self, *, id: str | None = None) -> None:
        self.data = None
        self.id = id


class WsChatConversationMessageCreateEvent(ClientEvent):
    """The `conversation.message.create` frame a client sends; `data` is a
    `WsMessageCreate`.
    """

    __slots__ = ()
    event_type: Literal[WsChatClientEventType.CONVERSATION_MESSAGE_CREATE] = (
        WsChatClientEventType.CONVERSATION_MESSAGE_CREATE
    )
    data: WsMessageCreate | Mapping[str, object] | None
    data_model = WsMessageCreate

    def __init__(self, data: WsMessageCreate | Mapping[str, object] | None = None, *, id: str | None = None) -> None:
        self.data = data
        self.id = id


class WsChatConversationClearEvent(ClientEvent):
    """The `conversation.clear` frame a client sends (it carries no data)."""

    __slots__ = ()
    event_type: Literal[WsChatClientEventType.CONVERSATION_CLEAR] = WsChatClientEventType.CONVERSATION_CLEAR
    data: None

    def __init__(self, *, id: str | None = None) -> None:
        self.data = None
        self.id = id


class WsChatConversationChatSubmitToolOutputsEvent(ClientEvent):
    """The `conversation.chat.submit_tool_outputs` frame a client sends; `data` is a
    `WsSubmitToolOutputs`.
    """

    __slots__ = ()
    event_type: Literal[WsChatClientEventType.CONVERSATION_CHAT_SUBMIT_TOOL_OUTPUTS] = (
        WsChatClientEventType.CONVERSATION_CHAT_SUBMIT_TOOL_OUTPUTS
    )
    data: WsSubmitToolOutputs | Mapping[str, object] | None
    data_model = WsSubmitToolOutputs

    def __init__(
        self, data: WsSubmitToolOutputs | Mapping[str, object] | None = None, *, id: str | None = None
    ) -> None:
        self.data = data
        self.id = id


class WsChatConversationChatCancelEvent(ClientEvent):
    """The `conversation.chat.cancel` frame a client sends (it carries no data)."""

    __slots__ = ()
    event_type: Literal[WsChatClientEventType.CONVERSATION_CHAT_CANCEL] = WsChatClientEventType.CONVERSATION_CHAT_CANCEL
    data: None

    def __init__(self, *, id: str | None = None) -> None:
        self.data = None
        self.id = id


class WsChatInputTextGenerateAudioEvent(ClientEvent):
    """The `input_text.generate_audio` frame a client sends; `data` is a `WsGenerateAudio`."""

    __slots__ = ()
    event_type: Literal[WsChatClientEventType.INPUT_TEXT_GENERATE_AUDIO] = (
        WsChatClientEventType.INPUT_TEXT_GENERATE_AUDIO
    )
    data: WsGenerateAudio | Mapping[str, object] | None
    data_model = WsGenerateAudio

    def __init__(self, data: WsGenerateAudio | Mapping[str, object] | None = None, *, id: str | None = None) -> None:
        self.data = data
        self.id = id


WsChatClientEvent: TypeAlias = (
    WsChatUpdateEvent
    | WsChatInputAudioBufferAppendEvent
    | WsChatInputAudioBufferCompleteEvent
    | WsChatInputAudioBufferClearEvent
    | WsChatConversationMessageCreateEvent
    | WsChatConversationClearEvent
    | WsChatConversationChatSubmitToolOutputsEvent
    | WsChatConversationChatCancelEvent
    | WsChatInputTextGenerateAudioEvent
)
"""Events the client sends on a chat WebSocket (websockets.chat)."""


class ChatSocketSenders:
    """One typed sender per frame a `/v1/chat` client sends (the socket provides `send`)."""

    def chat_update(
        self: _Sender, data: WsChatUpdate | Mapping[str, object] | None = None, *, id: str | None = None
    ) -> None:
        """Send one `chat.update` frame."""
        self.send(WsChatUpdateEvent(data, id=id))

    def input_audio_buffer_append(
        self: _Sender, data: WsAudioDelta | Mapping[str, object] | None = None, *, id: str | None = None
    ) -> None:
        """Send one `input_audio_buffer.append` frame."""
        self.send(WsChatInputAudioBufferAppendEvent(data, id=id))

    def input_audio_buffer_complete(self: _Sender, *, id: str | None = None) -> None:
        """Send one `input_audio_buffer.complete` frame."""
        self.send(WsChatInputAudioBufferCompleteEvent(id=id))

    def input_audio_buffer_clear(self: _Sender, *, id: str | None = None) -> None:
        """Send one `input_audio_buffer.clear` frame."""
        self.send(WsChatInputAudioBufferClearEvent(id=id))

    def conversation_message_create(
        self: _Sender, data: WsMessageCreate | Mapping[str, object] | None = None, *, id: str | None = None
    ) -> None:
        """Send one `conversation.message.create` frame."""
        self.send(WsChatConversationMessageCreateEvent(data, id=id))

    def conversation_clear(self: _Sender, *, id: str | None = None) -> None:
        """Send one `conversation.clear` frame."""
        self.send(WsChatConversationClearEvent(id=id))

    def conversation_chat_submit_tool_outputs(
        self: _Sender, data: WsSubmitToolOutputs | Mapping[str, object] | None = None, *, id: str | None = None
    ) -> None:
        """Send one `conversation.chat.submit_tool_outputs` frame."""
        self.send(WsChatConversationChatSubmitToolOutputsEvent(data, id=id))

    def conversation_chat_cancel(self: _Sender, *, id: str | None = None) -> None:
        """Send one `conversation.chat.cancel` frame."""
        self.send(WsChatConversationChatCancelEvent(id=id))

    def input_text_generate_audio(
        self: _Sender, data: WsGenerateAudio | Mapping[str, object] | None = None, *, id: str | None = None
    ) -> None:
        """Send one `input_text.generate_audio` frame."""
        self.send(WsChatInputTextGenerateAudioEvent(data, id=id))


class AsyncChatSocketSenders:
    """One typed sender per frame a `/v1/chat` client sends (the socket provides `send`)."""

    async def chat_update(
        self: _AsyncSender, data: WsChatUpdate | Mapping[str, object] | None = None, *, id: str | None = None
    ) -> None:
        """Send one `chat.update` frame."""
        await self.send(WsChatUpdateEvent(data, id=id))

    async def input_audio_buffer_append(
        self: _AsyncSender, data: WsAudioDelta | Mapping[str, object] | None = None, *, id: str | None = None
    ) -> None:
        """Send one `input_audio_buffer.append` frame."""
        await self.send(WsChatInputAudioBufferAppendEvent(data, id=id))

    async def input_audio_buffer_complete(self: _AsyncSender, *, id: str | None = None) -> None:
        """Send one `input_audio_buffer.complete` frame."""
        await self.send(WsChatInputAudioBufferCompleteEvent(id=id))

    async def input_audio_buffer_clear(self: _AsyncSender, *, id: str | None = None) -> None:
        """Send one `input_audio_buffer.clear` frame."""
        await self.send(WsChatInputAudioBufferClearEvent(id=id))

    async def conversation_message_create(
        self: _AsyncSender, data: WsMessageCreate | Mapping[str, object] | None = None, *, id: str | None = None
    ) -> None:
        """Send one `conversation.message.create` frame."""
        await self.send(WsChatConversationMessageCreateEvent(data, id=id))

    async def conversation_clear(self: _AsyncSender, *, id: str | None = None) -> None:
        """Send one `conversation.clear` frame."""
        await self.send(WsChatConversationClearEvent(id=id))

    async def conversation_chat_submit_tool_outputs(
        self: _AsyncSender, data: WsSubmitToolOutputs | Mapping[str, object] | None = None, *, id: str | None = None
    ) -> None:
        """Send one `conversation.chat.submit_tool_outputs` frame."""
        await self.send(WsChatConversationChatSubmitToolOutputsEvent(data, id=id))

    async def conversation_chat_cancel(self: _AsyncSender, *, id: str | None = None) -> None:
        """Send one `conversation.chat.cancel` frame."""
        await self.send(WsChatConversationChatCancelEvent(id=id))

    async def input_text_generate_audio(
        self: _AsyncSender, data: WsGenerateAudio | Mapping[str, object] | None = None, *, id: str | None = None
    ) -> None:
        """Send one `input_text.generate_audio` frame."""
        await self.send(WsChatInputTextGenerateAudioEvent(data, id=id))


class ChatSocket(Socket[WsChatServerEvent, WsChatClientEvent], Protocol):
    """Chat with a bot by voice or text in real time (`/v1/chat`): iterate its
    `WsChatServerEvent`s.
    """

    def chat_update(self, data: WsChatUpdate | Mapping[str, object] | None = None, *, id: str | None = None) -> None:
        """Send one `chat.update` frame."""
        ...

    def input_audio_buffer_append(
        self, data: WsAudioDelta | Mapping[str, object] | None = None, *, id: str | None = None
    ) -> None:
        """Send one `input_audio_buffer.append` frame."""
        ...

    def input_audio_buffer_complete(self, *, id: str | None = None) -> None:
        """Send one `input_audio_buffer.complete` frame."""
        ...

    def input_audio_buffer_clear(self, *, id: str | None = None) -> None:
        """Send one `input_audio_buffer.clear` frame."""
        ...

    def conversation_message_create(
        self, data: WsMessageCreate | Mapping[str, object] | None = None, *, id: str | None = None
    ) -> None:
        """Send one `conversation.message.create` frame."""
        ...

    def conversation_clear(self, *, id: str | None = None) -> None:
        """Send one `conversation.clear` frame."""
        ...

    def conversation_chat_submit_tool_outputs(
        self, data: WsSubmitToolOutputs | Mapping[str, object] | None = None, *, id: str | None = None
    ) -> None:
        """Send one `conversation.chat.submit_tool_outputs` frame."""
        ...

    def conversation_chat_cancel(self, *, id: str | None = None) -> None:
        """Send one `conversation.chat.cancel` frame."""
        ...

    def input_text_generate_audio(
        self, data: WsGenerateAudio | Mapping[str, object] | None = None, *, id: str | None = None
    ) -> None:
        """Send one `input_text.generate_audio` frame."""
        ...

    @overload
    def on(
        self, event_type: Literal[WsChatEventType.CHAT_CREATED], handler: Callable[[WsChatCreatedEvent], object]
    ) -> None: ...

    @overload
    def on(
        self, event_type: Literal[WsChatEventType.CHAT_UPDATED], handler: Callable[[WsChatUpdatedEvent], object]
    ) -> None: ...

    @overload
    def on(
        self,
        event_type: Literal[WsChatEventType.CONVERSATION_CHAT_CREATED],
        handler: Callable[[WsChatConversationChatCreatedEvent], object],
    ) -> None: ...

    @overload
    def on(
        self,
        event_type: Literal[WsChatEventType.CONVERSATION_CHAT_IN_PROGRESS],
        handler: Callable[[WsChatConversationChatInProgressEvent], object],
    ) -> None: ...

    @overload
    def on(
        self,
        event_type: Literal[WsChatEventType.CONVERSATION_MESSAGE_DELTA],
        handler: Callable[[WsChatConversationMessageDeltaEvent], object],
    ) -> None: ...

    @overload
    def on(
        self,
        event_type: Literal[WsChatEventType.CONVERSATION_MESSAGE_COMPLETED],
        handler: Callable[[WsChatConversationMessageCompletedEvent], object],
    ) -> None: ...

    @overload
    def on(
        self,
        event_type: Literal[WsChatEventType.CONVERSATION_AUDIO_SENTENCE_START],
        handler: Callable[[WsChatConversationAudioSentenceStartEvent], object],
    ) -> None: ...

    @overload
    def on(
        self,
        event_type: Literal[WsChatEventType.CONVERSATION_AUDIO_DELTA],
        handler: Callable[[WsChatConversationAudioDeltaEvent], object],
    ) -> None: ...

    @overload
    def on(
        self,
        event_type: Literal[WsChatEventType.CONVERSATION_AUDIO_COMPLETED],
        handler: Callable[[WsChatConversationAudioCompletedEvent], object],
    ) -> None: ...

    @overload
    def on(
        self,
        event_type: Literal[WsChatEventType.CONVERSATION_AUDIO_TRANSCRIPT_UPDATE],
        handler: Callable[[WsChatConversationAudioTranscriptUpdateEvent], object],
    ) -> None: ...

    @overload
    def on(
        self,
        event_type: Literal[WsChatEventType.CONVERSATION_AUDIO_TRANSCRIPT_COMPLETED],
        handler: Callable[[WsChatConversationAudioTranscriptCompletedEvent], object],
    ) -> None: ...

    @overload
    def on(
        self,
        event_type: Literal[WsChatEventType.CONVERSATION_CHAT_REQUIRES_ACTION],
        handler: Callable[[WsChatConversationChatRequiresActionEvent], object],
    ) -> None: ...

    @overload
    def on(
        self,
        event_type: Literal[WsChatEventType.CONVERSATION_CHAT_COMPLETED],
        handler: Callable[[WsChatConversationChatCompletedEvent], object],
    ) -> None: ...

    @overload
    def on(
        self,
        event_type: Literal[WsChatEventType.CONVERSATION_CHAT_FAILED],
        handler: Callable[[WsChatConversationChatFailedEvent], object],
    ) -> None: ...

    @overload
    def on(
        self,
        event_type: Literal[WsChatEventType.CONVERSATION_CHAT_CANCELED],
        handler: Callable[[WsChatConversationChatCanceledEvent], object],
    ) -> None: ...

    @overload
    def on(
        self,
        event_type: Literal[WsChatEventType.CONVERSATION_CLEARED],
        handler: Callable[[WsChatConversationClearedEvent], object],
    ) -> None: ...

    @overload
    def on(
        self,
        event_type: Literal[WsChatEventType.INPUT_AUDIO_BUFFER_COMPLETED],
        handler: Callable[[WsChatInputAudioBufferCompletedEvent], object],
    ) -> None: ...

    @overload
    def on(
        self,
        event_type: Literal[WsChatEventType.INPUT_AUDIO_BUFFER_CLEARED],
        handler: Callable[[WsChatInputAudioBufferClearedEvent], object],
    ) -> None: ...

    @overload
    def on(
        self,
        event_type: Literal[WsChatEventType.INPUT_AUDIO_BUFFER_SPEECH_STARTED],
        handler: Callable[[WsChatInputAudioBufferSpeechStartedEvent], object],
    ) -> None: ...

    @overload
    def on(
        self,
        event_type: Literal[WsChatEventType.INPUT_AUDIO_BUFFER_SPEECH_STOPPED],
        handler: Callable[[WsChatInputAudioBufferSpeechStoppedEvent], object],
    ) -> None: ...

    @overload
    def on(
        self, event_type: Literal[WsChatEventType.DUMP_AUDIO], handler: Callable[[WsChatDumpAudioEvent], object]
    ) -> None: ...

    @overload
    def on(self, event_type: Literal[WsChatEventType.ERROR], handler: Callable[[WsChatErrorEvent], object]) -> None: ...

    @overload
    def on(self, event_type: str, handler: Callable[[WsChatServerEvent | UnknownSocketEvent], object]) -> None:
        """Call `handler` with every event of this type as iteration reaches it."""


class AsyncChatSocket(AsyncSocket[WsChatServerEvent, WsChatClientEvent], Protocol):
    """Chat with a bot by voice or text in real time (`/v1/chat`): iterate its
    `WsChatServerEvent`s.
    """

    async def chat_update(
        self, data: WsChatUpdate | Mapping[str, object] | None = None, *, id: str | None = None
    ) -> None:
        """Send one `chat.update` frame."""
        ...

    async def input_audio_buffer_append(
        self, data: WsAudioDelta | Mapping[str, object] | None = None, *, id: str | None = None
    ) -> None:
        """Send one `input_audio_buffer.append` frame."""
        ...

    async def input_audio_buffer_complete(self, *, id: str | None = None) -> None:
        """Send one `input_audio_buffer.complete` frame."""
        ...

    async def input_audio_buffer_clear(self, *, id: str | None = None) -> None:
        """Send one `input_audio_buffer.clear` frame."""
        ...

    async def conversation_message_create(
        self, data: WsMessageCreate | Mapping[str, object] | None = None, *, id: str | None = None
    ) -> None:
        """Send one `conversation.message.create` frame."""
        ...

    async def conversation_clear(self, *, id: str | None = None) -> None:
        """Send one `conversation.clear` frame."""
        ...

    async def conversation_chat_submit_tool_outputs(
        self, data: WsSubmitToolOutputs | Mapping[str, object] | None = None, *, id: str | None = None
    ) -> None:
        """Send one `conversation.chat.submit_tool_outputs` frame."""
        ...

    async def conversation_chat_cancel(self, *, id: str | None = None) -> None:
        """Send one `conversation.chat.cancel` frame."""
        ...

    async def input_text_generate_audio(
        self, data: WsGenerateAudio | Mapping[str, object] | None = None, *, id: str | None = None
    ) -> None:
        """Send one `input_text.generate_audio` frame."""
        ...

    @overload
    def on(
        self, event_type: Literal[WsChatEventType.CHAT_CREATED], handler: Callable[[WsChatCreatedEvent], object]
    ) -> None: ...

    @overload
    def on(
        self, event_type: Literal[WsChatEventType.CHAT_UPDATED], handler: Callable[[WsChatUpdatedEvent], object]
    ) -> None: ...

    @overload
    def on(
        self,
        event_type: Literal[WsChatEventType.CONVERSATION_CHAT_CREATED],
        handler: Callable[[WsChatConversationChatCreatedEvent], object],
    ) -> None: ...

    @overload
    def on(
        self,
        event_type: Literal[WsChatEventType.CONVERSATION_CHAT_IN_PROGRESS],
        handler: Callable[[WsChatConversationChatInProgressEvent], object],
    ) -> None: ...

    @overload
    def on(
        self,
        event_type: Literal[WsChatEventType.CONVERSATION_MESSAGE_DELTA],
        handler: Callable[[WsChatConversationMessageDeltaEvent], object],
    ) -> None: ...

    @overload
    def on(
        self,
        event_type: Literal[WsChatEventType.CONVERSATION_MESSAGE_COMPLETED],
        handler: Callable[[WsChatConversationMessageCompletedEvent], object],
    ) -> None: ...

    @overload
    def on(
        self,
        event_type: Literal[WsChatEventType.CONVERSATION_AUDIO_SENTENCE_START],
        handler: Callable[[WsChatConversationAudioSentenceStartEvent], object],
    ) -> None: ...

    @overload
    def on(
        self,
        event_type: Literal[WsChatEventType.CONVERSATION_AUDIO_DELTA],
        handler: Callable[[WsChatConversationAudioDeltaEvent], object],
    ) -> None: ...

    @overload
    def on(
        self,
        event_type: Literal[WsChatEventType.CONVERSATION_AUDIO_COMPLETED],
        handler: Callable[[WsChatConversationAudioCompletedEvent], object],
    ) -> None: ...

    @overload
    def on(
        self,
        event_type: Literal[WsChatEventType.CONVERSATION_AUDIO_TRANSCRIPT_UPDATE],
        handler: Callable[[WsChatConversationAudioTranscriptUpdateEvent], object],
    ) -> None: ...

    @overload
    def on(
        self,
        event_type: Literal[WsChatEventType.CONVERSATION_AUDIO_TRANSCRIPT_COMPLETED],
        handler: Callable[[WsChatConversationAudioTranscriptCompletedEvent], object],
    ) -> None: ...

    @overload
    def on(
        self,
        event_type: Literal[WsChatEventType.CONVERSATION_CHAT_REQUIRES_ACTION],
        handler: Callable[[WsChatConversationChatRequiresActionEvent], object],
    ) -> None: ...

    @overload
    def on(
        self,
        event_type: Literal[WsChatEventType.CONVERSATION_CHAT_COMPLETED],
        handler: Callable[[WsChatConversationChatCompletedEvent], object],
    ) -> None: ...

    @overload
    def on(
        self,
        event_type: Literal[WsChatEventType.CONVERSATION_CHAT_FAILED],
        handler: Callable[[WsChatConversationChatFailedEvent], object],
    ) -> None: ...

    @overload
    def on(
        self,
        event_type: Literal[WsChatEventType.CONVERSATION_CHAT_CANCELED],
        handler: Callable[[WsChatConversationChatCanceledEvent], object],
    ) -> None: ...

    @overload
    def on(
        self,
        event_type: Literal[WsChatEventType.CONVERSATION_CLEARED],
        handler: Callable[[WsChatConversationClearedEvent], object],
    ) -> None: ...

    @overload
    def on(
        self,
        event_type: Literal[WsChatEventType.INPUT_AUDIO_BUFFER_COMPLETED],
        handler: Callable[[WsChatInputAudioBufferCompletedEvent], object],
    ) -> None: ...

    @overload
    def on(
        self,
        event_type: Literal[WsChatEventType.INPUT_AUDIO_BUFFER_CLEARED],
        handler: Callable[[WsChatInputAudioBufferClearedEvent], object],
    ) -> None: ...

    @overload
    def on(
        self,
        event_type: Literal[WsChatEventType.INPUT_AUDIO_BUFFER_SPEECH_STARTED],
        handler: Callable[[WsChatInputAudioBufferSpeechStartedEvent], object],
    ) -> None: ...

    @overload
    def on(
        self,
        event_type: Literal[WsChatEventType.INPUT_AUDIO_BUFFER_SPEECH_STOPPED],
        handler: Callable[[WsChatInputAudioBufferSpeechStoppedEvent], object],
    ) -> None: ...

    @overload
    def on(
        self, event_type: Literal[WsChatEventType.DUMP_AUDIO], handler: Callable[[WsChatDumpAudioEvent], object]
    ) -> None: ...

    @overload
    def on(self, event_type: Literal[WsChatEventType.ERROR], handler: Callable[[WsChatErrorEvent], object]) -> None: ...

    @overload
    def on(self, event_type: str, handler: Callable[[WsChatServerEvent | UnknownSocketEvent], object]) -> None:
        """Call `handler` with every event of this type as iteration reaches it."""


class WsSpeechEventType(StrEnum):
    """The names of the `WsSpeechServerEvent` events, equal to their wire names.

    Events the server sends on a speech synthesis WebSocket (websockets.audio.speech).
    """

    SPEECH_CREATED = "speech.created"
    SPEECH_UPDATED = "speech.updated"
    INPUT_TEXT_BUFFER_COMPLETED = "input_text_buffer.completed"
    CONVERSATION_AUDIO_SENTENCE_START = "conversation.audio.sentence_start"
    SPEECH_AUDIO_UPDATE = "speech.audio.update"
    SPEECH_AUDIO_COMPLETED = "speech.audio.completed"
    ERROR = "error"


class WsSpeechCreatedEvent(SocketEvent):
    """The `speech.created` frame; `data` is the decoded JSON, if any."""

    __slots__ = ()
    event_type: Literal[WsSpeechEventType.SPEECH_CREATED] = WsSpeechEventType.SPEECH_CREATED
    data: JsonValue
    detail: WsEventDetail


class WsSpeechUpdatedEvent(SocketEvent):
    """The `speech.updated` frame; `data` is a `WsSpeechUpdate`."""

    __slots__ = ()
    event_type: Literal[WsSpeechEventType.SPEECH_UPDATED] = WsSpeechEventType.SPEECH_UPDATED
    data: WsSpeechUpdate
    detail: WsEventDetail
    data_model = WsSpeechUpdate


class WsSpeechInputTextBufferCompletedEvent(SocketEvent):
    """The `input_text_buffer.completed` frame; `data` is the decoded JSON, if any."""

    __slots__ = ()
    event_type: Literal[WsSpeechEventType.INPUT_TEXT_BUFFER_COMPLETED] = WsSpeechEventType.INPUT_TEXT_BUFFER_COMPLETED
    data: JsonValue
    detail: WsEventDetail


class WsSpeechConversationAudioSentenceStartEvent(SocketEvent):
    """The `conversation.audio.sentence_start` frame; `data` is a `WsAudioSentence`."""

    __slots__ = ()
    event_type: Literal[WsSpeechEventType.CONVERSATION_AUDIO_SENTENCE_START] = (
        WsSpeechEventType.CONVERSATION_AUDIO_SENTENCE_START
    )
    data: WsAudioSentence
    detail: WsEventDetail
    data_model = WsAudioSentence


class WsSpeechAudioUpdateEvent(SocketEvent):
    """The `speech.audio.update` frame; `data` is a `WsAudioDelta`."""

    __slots__ = ()
    event_type: Literal[WsSpeechEventType.SPEECH_AUDIO_UPDATE] = WsSpeechEventType.SPEECH_AUDIO_UPDATE
    data: WsAudioDelta
    detail: WsEventDetail
    data_model = WsAudioDelta


class WsSpeechAudioCompletedEvent(SocketEvent):
    """The `speech.audio.completed` frame; `data` is the decoded JSON, if any."""

    __slots__ = ()
    event_type: Literal[WsSpeechEventType.SPEECH_AUDIO_COMPLETED] = WsSpeechEventType.SPEECH_AUDIO_COMPLETED
    data: JsonValue
    detail: WsEventDetail


class WsSpeechErrorEvent(SocketEvent):
    """The `error` frame; `data` is a `WsError`."""

    __slots__ = ()
    event_type: Literal[WsSpeechEventType.ERROR] = WsSpeechEventType.ERROR
    data: WsError
    detail: WsEventDetail
    data_model = WsError


WsSpeechServerEvent: TypeAlias = (
    WsSpeechCreatedEvent
    | WsSpeechUpdatedEvent
    | WsSpeechInputTextBufferCompletedEvent
    | WsSpeechConversationAudioSentenceStartEvent
    | WsSpeechAudioUpdateEvent
    | WsSpeechAudioCompletedEvent
    | WsSpeechErrorEvent
)
"""Events the server sends on a speech synthesis WebSocket (websockets.audio.speech)."""


class WsSpeechClientEventType(StrEnum):
    """The names of the `WsSpeechClientEvent` events, equal to their wire names.

    Events the client sends on a speech synthesis WebSocket (websockets.audio.speech).
    """

    SPEECH_UPDATE = "speech.update"
    INPUT_TEXT_BUFFER_APPEND = "input_text_buffer.append"
    INPUT_TEXT_BUFFER_COMPLETE = "input_text_buffer.complete"


class WsSpeechUpdateEvent(ClientEvent):
    """The `speech.update` frame a client sends; `data` is a `WsSpeechUpdate`."""

    __slots__ = ()
    event_type: Literal[WsSpeechClientEventType.SPEECH_UPDATE] = WsSpeechClientEventType.SPEECH_UPDATE
    data: WsSpeechUpdate | Mapping[str, object] | None
    data_model = WsSpeechUpdate

    def __init__(self, data: WsSpeechUpdate | Mapping[str, object] | None = None, *, id: str | None = None) -> None:
        self.data = data
        self.id = id


class WsSpeechInputTextBufferAppendEvent(ClientEvent):
    """The `input_text_buffer.append` frame a client sends; `data` is a `WsTextDelta`."""

    __slots__ = ()
    event_type: Literal[WsSpeechClientEventType.INPUT_TEXT_BUFFER_APPEND] = (
        WsSpeechClientEventType.INPUT_TEXT_BUFFER_APPEND
    )
    data: WsTextDelta | Mapping[str, object] | None
    data_model = WsTextDelta

    def __init__(self, data: WsTextDelta | Mapping[str, object] | None = None, *, id: str | None = None) -> None:
        self.data = data
        self.id = id


class WsSpeechInputTextBufferCompleteEvent(ClientEvent):
    """The `input_text_buffer.complete` frame a client sends (it carries no data)."""

    __slots__ = ()
    event_type: Literal[WsSpeechClientEventType.INPUT_TEXT_BUFFER_COMPLETE] = (
        WsSpeechClientEventType.INPUT_TEXT_BUFFER_COMPLETE
    )
    data: None

    def __init__(self, *, id: str | None = None) -> None:
        self.data = None
        self.id = id


WsSpeechClientEvent: TypeAlias = (
    WsSpeechUpdateEvent | WsSpeechInputTextBufferAppendEvent | WsSpeechInputTextBufferCompleteEvent
)
"""Events the client sends on a speech synthesis WebSocket (websockets.audio.speech)."""


class SpeechSocketSenders:
    """One typed sender per frame a `/v1/audio/speech` client sends (the socket provides
    `send`).
    """

    def speech_update(
        self: _Sender, data: WsSpeechUpdate | Mapping[str, object] | None = None, *, id: str | None = None
    ) -> None:
        """Send one `speech.update` frame."""
        self.send(WsSpeechUpdateEvent(data, id=id))

    def input_text_buffer_append(
        self: _Sender, data: WsTextDelta | Mapping[str, object] | None = None, *, id: str | None = None
    ) -> None:
        """Send one `input_text_buffer.append` frame."""
        self.send(WsSpeechInputTextBufferAppendEvent(data, id=id))

    def input_text_buffer_complete(self: _Sender, *, id: str | None = None) -> None:
        """Send one `input_text_buffer.complete` frame."""
        self.send(WsSpeechInputTextBufferCompleteEvent(id=id))


class AsyncSpeechSocketSenders:
    """One typed sender per frame a `/v1/audio/speech` client sends (the socket provides
    `send`).
    """

    async def speech_update(
        self: _AsyncSender, data: WsSpeechUpdate | Mapping[str, object] | None = None, *, id: str | None = None
    ) -> None:
        """Send one `speech.update` frame."""
        await self.send(WsSpeechUpdateEvent(data, id=id))

    async def input_text_buffer_append(
        self: _AsyncSender, data: WsTextDelta | Mapping[str, object] | None = None, *, id: str | None = None
    ) -> None:
        """Send one `input_text_buffer.append` frame."""
        await self.send(WsSpeechInputTextBufferAppendEvent(data, id=id))

    async def input_text_buffer_complete(self: _AsyncSender, *, id: str | None = None) -> None:
        """Send one `input_text_buffer.complete` frame."""
        await self.send(WsSpeechInputTextBufferCompleteEvent(id=id))


class SpeechSocket(Socket[WsSpeechServerEvent, WsSpeechClientEvent], Protocol):
    """Turn text into speech as it is typed (`/v1/audio/speech`): iterate its
    `WsSpeechServerEvent`s.
    """

    def speech_update(
        self, data: WsSpeechUpdate | Mapping[str, object] | None = None, *, id: str | None = None
    ) -> None:
        """Send one `speech.update` frame."""
        ...

    def input_text_buffer_append(
        self, data: WsTextDelta | Mapping[str, object] | None = None, *, id: str | None = None
    ) -> None:
        """Send one `input_text_buffer.append` frame."""
        ...

    def input_text_buffer_complete(self, *, id: str | None = None) -> None:
        """Send one `input_text_buffer.complete` frame."""
        ...

    @overload
    def on(
        self, event_type: Literal[WsSpeechEventType.SPEECH_CREATED], handler: Callable[[WsSpeechCreatedEvent], object]
    ) -> None: ...

    @overload
    def on(
        self, event_type: Literal[WsSpeechEventType.SPEECH_UPDATED], handler: Callable[[WsSpeechUpdatedEvent], object]
    ) -> None: ...

    @overload
    def on(
        self,
        event_type: Literal[WsSpeechEventType.INPUT_TEXT_BUFFER_COMPLETED],
        handler: Callable[[WsSpeechInputTextBufferCompletedEvent], object],
    ) -> None: ...

    @overload
    def on(
        self,
        event_type: Literal[WsSpeechEventType.CONVERSATION_AUDIO_SENTENCE_START],
        handler: Callable[[WsSpeechConversationAudioSentenceStartEvent], object],
    ) -> None: ...

    @overload
    def on(
        self,
        event_type: Literal[WsSpeechEventType.SPEECH_AUDIO_UPDATE],
        handler: Callable[[WsSpeechAudioUpdateEvent], object],
    ) -> None: ...

    @overload
    def on(
        self,
        event_type: Literal[WsSpeechEventType.SPEECH_AUDIO_COMPLETED],
        handler: Callable[[WsSpeechAudioCompletedEvent], object],
    ) -> None: ...

    @overload
    def on(
        self, event_type: Literal[WsSpeechEventType.ERROR], handler: Callable[[WsSpeechErrorEvent], object]
    ) -> None: ...

    @overload
    def on(self, event_type: str, handler: Callable[[WsSpeechServerEvent | UnknownSocketEvent], object]) -> None:
        """Call `handler` with every event of this type as iteration reaches it."""


class AsyncSpeechSocket(AsyncSocket[WsSpeechServerEvent, WsSpeechClientEvent], Protocol):
    """Turn text into speech as it is typed (`/v1/audio/speech`): iterate its
    `WsSpeechServerEvent`s.
    """

    async def speech_update(
        self, data: WsSpeechUpdate | Mapping[str, object] | None = None, *, id: str | None = None
    ) -> None:
        """Send one `speech.update` frame."""
        ...

    async def input_text_buffer_append(
        self, data: WsTextDelta | Mapping[str, object] | None = None, *, id: str | None = None
    ) -> None:
        """Send one `input_text_buffer.append` frame."""
        ...

    async def input_text_buffer_complete(self, *, id: str | None = None) -> None:
        """Send one `input_text_buffer.complete` frame."""
        ...

    @overload
    def on(
        self, event_type: Literal[WsSpeechEventType.SPEECH_CREATED], handler: Callable[[WsSpeechCreatedEvent], object]
    ) -> None: ...

    @overload
    def on(
        self, event_type: Literal[WsSpeechEventType.SPEECH_UPDATED], handler: Callable[[WsSpeechUpdatedEvent], object]
    ) -> None: ...

    @overload
    def on(
        self,
        event_type: Literal[WsSpeechEventType.INPUT_TEXT_BUFFER_COMPLETED],
        handler: Callable[[WsSpeechInputTextBufferCompletedEvent], object],
    ) -> None: ...

    @overload
    def on(
        self,
        event_type: Literal[WsSpeechEventType.CONVERSATION_AUDIO_SENTENCE_START],
        handler: Callable[[WsSpeechConversationAudioSentenceStartEvent], object],
    ) -> None: ...

    @overload
    def on(
        self,
        event_type: Literal[WsSpeechEventType.SPEECH_AUDIO_UPDATE],
        handler: Callable[[WsSpeechAudioUpdateEvent], object],
    ) -> None: ...

    @overload
    def on(
        self,
        event_type: Literal[WsSpeechEventType.SPEECH_AUDIO_COMPLETED],
        handler: Callable[[WsSpeechAudioCompletedEvent], object],
    ) -> None: ...

    @overload
    def on(
        self, event_type: Literal[WsSpeechEventType.ERROR], handler: Callable[[WsSpeechErrorEvent], object]
    ) -> None: ...

    @overload
    def on(self, event_type: str, handler: Callable[[WsSpeechServerEvent | UnknownSocketEvent], object]) -> None:
        """Call `handler` with every event of this type as iteration reaches it."""


class WsTranscriptionsEventType(StrEnum):
    """The names of the `WsTranscriptionsServerEvent` events, equal to their wire names.

    Events the server sends on a speech recognition WebSocket
    (websockets.audio.transcriptions).
    """

    TRANSCRIPTIONS_CREATED = "transcriptions.created"
    TRANSCRIPTIONS_UPDATED = "transcriptions.updated"
    INPUT_AUDIO_BUFFER_COMPLETED = "input_audio_buffer.completed"
    INPUT_AUDIO_BUFFER_CLEARED = "input_audio_buffer.cleared"
    TRANSCRIPTIONS_MESSAGE_UPDATE = "transcriptions.message.update"
    TRANSCRIPTIONS_MESSAGE_COMPLETED = "transcriptions.message.completed"
    ERROR = "error"


class WsTranscriptionsCreatedEvent(SocketEvent):
    """The `transcriptions.created` frame; `data` is the decoded JSON, if any."""

    __slots__ = ()
    event_type: Literal[WsTranscriptionsEventType.TRANSCRIPTIONS_CREATED] = (
        WsTranscriptionsEventType.TRANSCRIPTIONS_CREATED
    )
    data: JsonValue
    detail: WsEventDetail


class WsTranscriptionsUpdatedEvent(SocketEvent):
    """The `transcriptions.updated` frame; `data` is a `WsTranscriptionsUpdate`."""

    __slots__ = ()
    event_type: Literal[WsTranscriptionsEventType.TRANSCRIPTIONS_UPDATED] = (
        WsTranscriptionsEventType.TRANSCRIPTIONS_UPDATED
    )
    data: WsTranscriptionsUpdate
    detail: WsEventDetail
    data_model = WsTranscriptionsUpdate


class WsTranscriptionsInputAudioBufferCompletedEvent(SocketEvent):
    """The `input_audio_buffer.completed` frame; `data` is the decoded JSON, if any."""

    __slots__ = ()
    event_type: Literal[WsTranscriptionsEventType.INPUT_AUDIO_BUFFER_COMPLETED] = (
        WsTranscriptionsEventType.INPUT_AUDIO_BUFFER_COMPLETED
    )
    data: JsonValue
    detail: WsEventDetail


class WsTranscriptionsInputAudioBufferClearedEvent(SocketEvent):
    """The `input_audio_buffer.cleared` frame; `data` is the decoded JSON, if any."""

    __slots__ = ()
    event_type: Literal[WsTranscriptionsEventType.INPUT_AUDIO_BUFFER_CLEARED] = (
        WsTranscriptionsEventType.INPUT_AUDIO_BUFFER_CLEARED
    )
    data: JsonValue
    detail: WsEventDetail


class WsTranscriptionsMessageUpdateEvent(SocketEvent):
    """The `transcriptions.message.update` frame; `data` is a `WsTranscript`."""

    __slots__ = ()
    event_type: Literal[WsTranscriptionsEventType.TRANSCRIPTIONS_MESSAGE_UPDATE] = (
        WsTranscriptionsEventType.TRANSCRIPTIONS_MESSAGE_UPDATE
    )
    data: WsTranscript
    detail: WsEventDetail
    data_model = WsTranscript


class WsTranscriptionsMessageCompletedEvent(SocketEvent):
    """The `transcriptions.message.completed` frame; `data` is the decoded JSON, if any."""

    __slots__ = ()
    event_type: Literal[WsTranscriptionsEventType.TRANSCRIPTIONS_MESSAGE_COMPLETED] = (
        WsTranscriptionsEventType.TRANSCRIPTIONS_MESSAGE_COMPLETED
    )
    data: JsonValue
    detail: WsEventDetail


class WsTranscriptionsErrorEvent(SocketEvent):
    """The `error` frame; `data` is a `WsError`."""

    __slots__ = ()
    event_type: Literal[WsTranscriptionsEventType.ERROR] = WsTranscriptionsEventType.ERROR
    data: WsError
    detail: WsEventDetail
    data_model = WsError


WsTranscriptionsServerEvent: TypeAlias = (
    WsTranscriptionsCreatedEvent
    | WsTranscriptionsUpdatedEvent
    | WsTranscriptionsInputAudioBufferCompletedEvent
    | WsTranscriptionsInputAudioBufferClearedEvent
    | WsTranscriptionsMessageUpdateEvent
    | WsTranscriptionsMessageCompletedEvent
    | WsTranscriptionsErrorEvent
)
"""Events the server sends on a speech recognition WebSocket (websockets.audio.transcriptions)."""


class WsTranscriptionsClientEventType(StrEnum):
    """The names of the `WsTranscriptionsClientEvent` events, equal to their wire names.

    Events the client sends on a speech recognition WebSocket
    (websockets.audio.transcriptions).
    """

    TRANSCRIPTIONS_UPDATE = "transcriptions.update"
    INPUT_AUDIO_BUFFER_APPEND = "input_audio_buffer.append"
    INPUT_AUDIO_BUFFER_COMPLETE = "input_audio_buffer.complete"
    INPUT_AUDIO_BUFFER_CLEAR = "input_audio_buffer.clear"


class WsTranscriptionsUpdateEvent(ClientEvent):
    """The `transcriptions.update` frame a client sends; `data` is a
    `WsTranscriptionsUpdate`.
    """

    __slots__ = ()
    event_type: Literal[WsTranscriptionsClientEventType.TRANSCRIPTIONS_UPDATE] = (
        WsTranscriptionsClientEventType.TRANSCRIPTIONS_UPDATE
    )
    data: WsTranscriptionsUpdate | Mapping[str, object] | None
    data_model = WsTranscriptionsUpdate

    def __init__(
        self, data: WsTranscriptionsUpdate | Mapping[str, object] | None = None, *, id: str | None = None
    ) -> None:
        self.data = data
        self.id = id


class WsTranscriptionsInputAudioBufferAppendEvent(ClientEvent):
    """The `input_audio_buffer.append` frame a client sends; `data` is a `WsAudioDelta`."""

    __slots__ = ()
    event_type: Literal[WsTranscriptionsClientEventType.INPUT_AUDIO_BUFFER_APPEND] = (
        WsTranscriptionsClientEventType.INPUT_AUDIO_BUFFER_APPEND
    )
    data: WsAudioDelta | Mapping[str, object] | None
    data_model = WsAudioDelta

    def __init__(self, data: WsAudioDelta | Mapping[str, object] | None = None, *, id: str | None = None) -> None:
        self.data = data
        self.id = id


class WsTranscriptionsInputAudioBufferCompleteEvent(ClientEvent):
    """The `input_audio_buffer.complete` frame a client sends (it carries no data)."""

    __slots__ = ()
    event_type: Literal[WsTranscriptionsClientEventType.INPUT_AUDIO_BUFFER_COMPLETE] = (
        WsTranscriptionsClientEventType.INPUT_AUDIO_BUFFER_COMPLETE
    )
    data: None

    def __init__(self, *, id: str | None = None) -> None:
        self.data = None
        self.id = id


class WsTranscriptionsInputAudioBufferClearEvent(ClientEvent):
    """The `input_audio_buffer.clear` frame a client sends (it carries no data)."""

    __slots__ = ()
    event_type: Literal[WsTranscriptionsClientEventType.INPUT_AUDIO_BUFFER_CLEAR] = (
        WsTranscriptionsClientEventType.INPUT_AUDIO_BUFFER_CLEAR
    )
    data: None

    def __init__(self, *, id: str | None = None) -> None:
        self.data = None
        self.id = id


WsTranscriptionsClientEvent: TypeAlias = (
    WsTranscriptionsUpdateEvent
    | WsTranscriptionsInputAudioBufferAppendEvent
    | WsTranscriptionsInputAudioBufferCompleteEvent
    | WsTranscriptionsInputAudioBufferClearEvent
)
"""Events the client sends on a speech recognition WebSocket (websockets.audio.transcriptions)."""


class TranscriptionsSocketSenders:
    """One typed sender per frame a `/v1/audio/transcriptions` client sends (the socket
    provides `send`).
    """

    def transcriptions_update(
        self: _Sender, data: WsTranscriptionsUpdate | Mapping[str, object] | None = None, *, id: str | None = None
    ) -> None:
        """Send one `transcriptions.update` frame."""
        self.send(WsTranscriptionsUpdateEvent(data, id=id))

    def input_audio_buffer_append(
        self: _Sender, data: WsAudioDelta | Mapping[str, object] | None = None, *, id: str | None = None
    ) -> None:
        """Send one `input_audio_buffer.append` frame."""
        self.send(WsTranscriptionsInputAudioBufferAppendEvent(data, id=id))

    def input_audio_buffer_complete(self: _Sender, *, id: str | None = None) -> None:
        """Send one `input_audio_buffer.complete` frame."""
        self.send(WsTranscriptionsInputAudioBufferCompleteEvent(id=id))

    def input_audio_buffer_clear(self: _Sender, *, id: str | None = None) -> None:
        """Send one `input_audio_buffer.clear` frame."""
        self.send(WsTranscriptionsInputAudioBufferClearEvent(id=id))


class AsyncTranscriptionsSocketSenders:
    """One typed sender per frame a `/v1/audio/transcriptions` client sends (the socket
    provides `send`).
    """

    async def transcriptions_update(
        self: _AsyncSender, data: WsTranscriptionsUpdate | Mapping[str, object] | None = None, *, id: str | None = None
    ) -> None:
        """Send one `transcriptions.update` frame."""
        await self.send(WsTranscriptionsUpdateEvent(data, id=id))

    async def input_audio_buffer_append(
        self: _AsyncSender, data: WsAudioDelta | Mapping[str, object] | None = None, *, id: str | None = None
    ) -> None:
        """Send one `input_audio_buffer.append` frame."""
        await self.send(WsTranscriptionsInputAudioBufferAppendEvent(data, id=id))

    async def input_audio_buffer_complete(self: _AsyncSender, *, id: str | None = None) -> None:
        """Send one `input_audio_buffer.complete` frame."""
        await self.send(WsTranscriptionsInputAudioBufferCompleteEvent(id=id))

    async def input_audio_buffer_clear(self: _AsyncSender, *, id: str | None = None) -> None:
        """Send one `input_audio_buffer.clear` frame."""
        await self.send(WsTranscriptionsInputAudioBufferClearEvent(id=id))


class TranscriptionsSocket(Socket[WsTranscriptionsServerEvent, WsTranscriptionsClientEvent], Protocol):
    """Turn speech into text as it is spoken (`/v1/audio/transcriptions`): iterate its
    `WsTranscriptionsServerEvent`s.
    """

    def transcriptions_update(
        self, data: WsTranscriptionsUpdate | Mapping[str, object] | None = None, *, id: str | None = None
    ) -> None:
        """Send one `transcriptions.update` frame."""
        ...

    def input_audio_buffer_append(
        self, data: WsAudioDelta | Mapping[str, object] | None = None, *, id: str | None = None
    ) -> None:
        """Send one `input_audio_buffer.append` frame."""
        ...

    def input_audio_buffer_complete(self, *, id: str | None = None) -> None:
        """Send one `input_audio_buffer.complete` frame."""
        ...

    def input_audio_buffer_clear(self, *, id: str | None = None) -> None:
        """Send one `input_audio_buffer.clear` frame."""
        ...

    @overload
    def on(
        self,
        event_type: Literal[WsTranscriptionsEventType.TRANSCRIPTIONS_CREATED],
        handler: Callable[[WsTranscriptionsCreatedEvent], object],
    ) -> None: ...

    @overload
    def on(
        self,
        event_type: Literal[WsTranscriptionsEventType.TRANSCRIPTIONS_UPDATED],
        handler: Callable[[WsTranscriptionsUpdatedEvent], object],
    ) -> None: ...

    @overload
    def on(
        self,
        event_type: Literal[WsTranscriptionsEventType.INPUT_AUDIO_BUFFER_COMPLETED],
        handler: Callable[[WsTranscriptionsInputAudioBufferCompletedEvent], object],
    ) -> None: ...

    @overload
    def on(
        self,
        event_type: Literal[WsTranscriptionsEventType.INPUT_AUDIO_BUFFER_CLEARED],
        handler: Callable[[WsTranscriptionsInputAudioBufferClearedEvent], object],
    ) -> None: ...

    @overload
    def on(
        self,
        event_type: Literal[WsTranscriptionsEventType.TRANSCRIPTIONS_MESSAGE_UPDATE],
        handler: Callable[[WsTranscriptionsMessageUpdateEvent], object],
    ) -> None: ...

    @overload
    def on(
        self,
        event_type: Literal[WsTranscriptionsEventType.TRANSCRIPTIONS_MESSAGE_COMPLETED],
        handler: Callable[[WsTranscriptionsMessageCompletedEvent], object],
    ) -> None: ...

    @overload
    def on(
        self,
        event_type: Literal[WsTranscriptionsEventType.ERROR],
        handler: Callable[[WsTranscriptionsErrorEvent], object],
    ) -> None: ...

    @overload
    def on(
        self, event_type: str, handler: Callable[[WsTranscriptionsServerEvent | UnknownSocketEvent], object]
    ) -> None:
        """Call `handler` with every event of this type as iteration reaches it."""


class AsyncTranscriptionsSocket(AsyncSocket[WsTranscriptionsServerEvent, WsTranscriptionsClientEvent], Protocol):
    """Turn speech into text as it is spoken (`/v1/audio/transcriptions`): iterate its
    `WsTranscriptionsServerEvent`s.
    """

    async def transcriptions_update(
        self, data: WsTranscriptionsUpdate | Mapping[str, object] | None = None, *, id: str | None = None
    ) -> None:
        """Send one `transcriptions.update` frame."""
        ...

    async def input_audio_buffer_append(
        self, data: WsAudioDelta | Mapping[str, object] | None = None, *, id: str | None = None
    ) -> None:
        """Send one `input_audio_buffer.append` frame."""
        ...

    async def input_audio_buffer_complete(self, *, id: str | None = None) -> None:
        """Send one `input_audio_buffer.complete` frame."""
        ...

    async def input_audio_buffer_clear(self, *, id: str | None = None) -> None:
        """Send one `input_audio_buffer.clear` frame."""
        ...

    @overload
    def on(
        self,
        event_type: Literal[WsTranscriptionsEventType.TRANSCRIPTIONS_CREATED],
        handler: Callable[[WsTranscriptionsCreatedEvent], object],
    ) -> None: ...

    @overload
    def on(
        self,
        event_type: Literal[WsTranscriptionsEventType.TRANSCRIPTIONS_UPDATED],
        handler: Callable[[WsTranscriptionsUpdatedEvent], object],
    ) -> None: ...

    @overload
    def on(
        self,
        event_type: Literal[WsTranscriptionsEventType.INPUT_AUDIO_BUFFER_COMPLETED],
        handler: Callable[[WsTranscriptionsInputAudioBufferCompletedEvent], object],
    ) -> None: ...

    @overload
    def on(
        self,
        event_type: Literal[WsTranscriptionsEventType.INPUT_AUDIO_BUFFER_CLEARED],
        handler: Callable[[WsTranscriptionsInputAudioBufferClearedEvent], object],
    ) -> None: ...

    @overload
    def on(
        self,
        event_type: Literal[WsTranscriptionsEventType.TRANSCRIPTIONS_MESSAGE_UPDATE],
        handler: Callable[[WsTranscriptionsMessageUpdateEvent], object],
    ) -> None: ...

    @overload
    def on(
        self,
        event_type: Literal[WsTranscriptionsEventType.TRANSCRIPTIONS_MESSAGE_COMPLETED],
        handler: Callable[[WsTranscriptionsMessageCompletedEvent], object],
    ) -> None: ...

    @overload
    def on(
        self,
        event_type: Literal[WsTranscriptionsEventType.ERROR],
        handler: Callable[[WsTranscriptionsErrorEvent], object],
    ) -> None: ...

    @overload
    def on(
        self, event_type: str, handler: Callable[[WsTranscriptionsServerEvent | UnknownSocketEvent], object]
    ) -> None:
        """Call `handler` with every event of this type as iteration reaches it."""


class WsSimultInterpretationEventType(StrEnum):
    """The names of the `WsSimultInterpretationServerEvent` events, equal to their wire
    names.

    Events the server sends on a simultaneous interpretation WebSocket
    (websockets.audio.simult_interpretation).
    """

    SIMULT_INTERPRETATION_CREATED = "simult_interpretation.created"
    SIMULT_INTERPRETATION_UPDATED = "simult_interpretation.updated"
    INPUT_AUDIO_BUFFER_COMPLETED = "input_audio_buffer.completed"
    SIMULT_INTERPRETATION_TRANSCRIPTION_DELTA = "simult_interpretation.transcription.delta"
    SIMULT_INTERPRETATION_TRANSLATION_DELTA = "simult_interpretation.translation.delta"
    SIMULT_INTERPRETATION_AUDIO_DELTA = "simult_interpretation.audio.delta"
    SIMULT_INTERPRETATION_MESSAGE_COMPLETED = "simult_interpretation.message.completed"
    ERROR = "error"


class WsSimultInterpretationCreatedEvent(SocketEvent):
    """The `simult_interpretation.created` frame; `data` is the decoded JSON, if any."""

    __slots__ = ()
    event_type: Literal[WsSimultInterpretationEventType.SIMULT_INTERPRETATION_CREATED] = (
        WsSimultInterpretationEventType.SIMULT_INTERPRETATION_CREATED
    )
    data: JsonValue
    detail: WsEventDetail


class WsSimultInterpretationUpdatedEvent(SocketEvent):
    """The `simult_interpretation.updated` frame; `data` is a
    `WsSimultInterpretationUpdate`.
    """

    __slots__ = ()
    event_type: Literal[WsSimultInterpretationEventType.SIMULT_INTERPRETATION_UPDATED] = (
        WsSimultInterpretationEventType.SIMULT_INTERPRETATION_UPDATED
    )
    data: WsSimultInterpretationUpdate
    detail: WsEventDetail
    data_model = WsSimultInterpretationUpdate


class WsSimultInterpretationInputAudioBufferCompletedEvent(SocketEvent):
    """The `input_audio_buffer.completed` frame; `data` is the decoded JSON, if any."""

    __slots__ = ()
    event_type: Literal[WsSimultInterpretationEventType.INPUT_AUDIO_BUFFER_COMPLETED] = (
        WsSimultInterpretationEventType.INPUT_AUDIO_BUFFER_COMPLETED
    )
    data: JsonValue
    detail: WsEventDetail


class WsSimultInterpretationTranscriptionDeltaEvent(SocketEvent):
    """The `simult_interpretation.transcription.delta` frame; `data` is a `WsTextDelta`."""

    __slots__ = ()
    event_type: Literal[WsSimultInterpretationEventType.SIMULT_INTERPRETATION_TRANSCRIPTION_DELTA] = (
        WsSimultInterpretationEventType.SIMULT_INTERPRETATION_TRANSCRIPTION_DELTA
    )
    data: WsTextDelta
    detail: WsEventDetail
    data_model = WsTextDelta


class WsSimultInterpretationTranslationDeltaEvent(SocketEvent):
    """The `simult_interpretation.translation.delta` frame; `data` is a `WsTextDelta`."""

    __slots__ = ()
    event_type: Literal[WsSimultInterpretationEventType.SIMULT_INTERPRETATION_TRANSLATION_DELTA] = (
        WsSimultInterpretationEventType.SIMULT_INTERPRETATION_TRANSLATION_DELTA
    )
    data: WsTextDelta
    detail: WsEventDetail
    data_model = WsTextDelta


class WsSimultInterpretationAudioDeltaEvent(SocketEvent):
    """The `simult_interpretation.audio.delta` frame; `data` is a `WsAudioDelta`."""

    __slots__ = ()
    event_type: Literal[WsSimultInterpretationEventType.SIMULT_INTERPRETATION_AUDIO_DELTA] = (
        WsSimultInterpretationEventType.SIMULT_INTERPRETATION_AUDIO_DELTA
    )
    data: WsAudioDelta
    detail: WsEventDetail
    data_model = WsAudioDelta


class WsSimultInterpretationMessageCompletedEvent(SocketEvent):
    """The `simult_interpretation.message.completed` frame; `data` is the decoded JSON, if
    any.
    """

    __slots__ = ()
    event_type: Literal[WsSimultInterpretationEventType.SIMULT_INTERPRETATION_MESSAGE_COMPLETED] = (
        WsSimultInterpretationEventType.SIMULT_INTERPRETATION_MESSAGE_COMPLETED
    )
    data: JsonValue
    detail: WsEventDetail


class WsSimultInterpretationErrorEvent(SocketEvent):
    """The `error` frame; `data` is a `WsError`."""

    __slots__ = ()
    event_type: Literal[WsSimultInterpretationEventType.ERROR] = WsSimultInterpretationEventType.ERROR
    data: WsError
    detail: WsEventDetail
    data_model = WsError


WsSimultInterpretationServerEvent: TypeAlias = (
    WsSimultInterpretationCreatedEvent
    | WsSimultInterpretationUpdatedEvent
    | WsSimultInterpretationInputAudioBufferCompletedEvent
    | WsSimultInterpretationTranscriptionDeltaEvent
    | WsSimultInterpretationTranslationDeltaEvent
    | WsSimultInterpretationAudioDeltaEvent
    | WsSimultInterpretationMessageCompletedEvent
    | WsSimultInterpretationErrorEvent
)
"""Events the server sends on a simultaneous interpretation WebSocket (websockets.audio.simult_interpretation)."""


class WsSimultInterpretationClientEventType(StrEnum):
    """The names of the `WsSimultInterpretationClientEvent` events, equal to their wire
    names.

    Events the client sends on a simultaneous interpretation WebSocket
    (websockets.audio.simult_interpretation).
    """

    SIMULT_INTERPRETATION_UPDATE = "simult_interpretation.update"
    INPUT_AUDIO_BUFFER_APPEND = "input_audio_buffer.append"
    INPUT_AUDIO_BUFFER_COMPLETE = "input_audio_buffer.complete"


class WsSimultInterpretationUpdateEvent(ClientEvent):
    """The `simult_interpretation.update` frame a client sends; `data` is a
    `WsSimultInterpretationUpdate`.
    """

    __slots__ = ()
    event_type: Literal[WsSimultInterpretationClientEventType.SIMULT_INTERPRETATION_UPDATE] = (
        WsSimultInterpretationClientEventType.SIMULT_INTERPRETATION_UPDATE
    )
    data: WsSimultInterpretationUpdate | Mapping[str, object] | None
    data_model = WsSimultInterpretationUpdate

    def __init__(
        self, data: WsSimultInterpretationUpdate | Mapping[str, object] | None = None, *, id: str | None = None
    ) -> None:
        self.data = data
        self.id = id


class WsSimultInterpretationInputAudioBufferAppendEvent(ClientEvent):
    """The `input_audio_buffer.append` frame a client sends; `data` is a `WsAudioDelta`."""

    __slots__ = ()
    event_type: Literal[WsSimultInterpretationClientEventType.INPUT_AUDIO_BUFFER_APPEND] = (
        WsSimultInterpretationClientEventType.INPUT_AUDIO_BUFFER_APPEND
    )
    data: WsAudioDelta | Mapping[str, object] | None
    data_model = WsAudioDelta

    def __init__(self, data: WsAudioDelta | Mapping[str, object] | None = None, *, id: str | None = None) -> None:
        self.data = data
        self.id = id


class WsSimultInterpretationInputAudioBufferCompleteEvent(ClientEvent):
    """The `input_audio_buffer.complete` frame a client sends (it carries no data)."""

    __slots__ = ()
    event_type: Literal[WsSimultInterpretationClientEventType.INPUT_AUDIO_BUFFER_COMPLETE] = (
        WsSimultInterpretationClientEventType.INPUT_AUDIO_BUFFER_COMPLETE
    )
    data: None

    def __init__(self, *, id: str | None = None) -> None:
        self.data = None
        self.id = id


WsSimultInterpretationClientEvent: TypeAlias = (
    WsSimultInterpretationUpdateEvent
    | WsSimultInterpretationInputAudioBufferAppendEvent
    | WsSimultInterpretationInputAudioBufferCompleteEvent
)
"""Events the client sends on a simultaneous interpretation WebSocket (websockets.audio.simult_interpretation)."""


class SimultInterpretationSocketSenders:
    """One typed sender per frame a `/v1/audio/simult_interpretation` client sends (the
    socket provides `send`).
    """

    def simult_interpretation_update(
        self: _Sender, data: WsSimultInterpretationUpdate | Mapping[str, object] | None = None, *, id: str | None = None
    ) -> None:
        """Send one `simult_interpretation.update` frame."""
        self.send(WsSimultInterpretationUpdateEvent(data, id=id))

    def input_audio_buffer_append(
        self: _Sender, data: WsAudioDelta | Mapping[str, object] | None = None, *, id: str | None = None
    ) -> None:
        """Send one `input_audio_buffer.append` frame."""
        self.send(WsSimultInterpretationInputAudioBufferAppendEvent(data, id=id))

    def input_audio_buffer_complete(self: _Sender, *, id: str | None = None) -> None:
        """Send one `input_audio_buffer.complete` frame."""
        self.send(WsSimultInterpretationInputAudioBufferCompleteEvent(id=id))


class AsyncSimultInterpretationSocketSenders:
    """One typed sender per frame a `/v1/audio/simult_interpretation` client sends (the
    socket provides `send`).
    """

    async def simult_interpretation_update(
        self: _AsyncSender,
        data: WsSimultInterpretationUpdate | Mapping[str, object] | None = None,
        *,
        id: str | None = None,
    ) -> None:
        """Send one `simult_interpretation.update` frame."""
        await self.send(WsSimultInterpretationUpdateEvent(data, id=id))

    async def input_audio_buffer_append(
        self: _AsyncSender, data: WsAudioDelta | Mapping[str, object] | None = None, *, id: str | None = None
    ) -> None:
        """Send one `input_audio_buffer.append` frame."""
        await self.send(WsSimultInterpretationInputAudioBufferAppendEvent(data, id=id))

    async def input_audio_buffer_complete(self: _AsyncSender, *, id: str | None = None) -> None:
        """Send one `input_audio_buffer.complete` frame."""
        await self.send(WsSimultInterpretationInputAudioBufferCompleteEvent(id=id))


class SimultInterpretationSocket(
    Socket[WsSimultInterpretationServerEvent, WsSimultInterpretationClientEvent], Protocol
):
    """Interpret speech into another language as it is spoken
    (`/v1/audio/simult_interpretation`): iterate its
    `WsSimultInterpretationServerEvent`s.
    """

    def simult_interpretation_update(
        self, data: WsSimultInterpretationUpdate | Mapping[str, object] | None = None, *, id: str | None = None
    ) -> None:
        """Send one `simult_interpretation.update` frame."""
        ...

    def input_audio_buffer_append(
        self, data: WsAudioDelta | Mapping[str, object] | None = None, *, id: str | None = None
    ) -> None:
        """Send one `input_audio_buffer.append` frame."""
        ...

    def input_audio_buffer_complete(self, *, id: str | None = None) -> None:
        """Send one `input_audio_buffer.complete` frame."""
        ...

    @overload
    def on(
        self,
        event_type: Literal[WsSimultInterpretationEventType.SIMULT_INTERPRETATION_CREATED],
        handler: Callable[[WsSimultInterpretationCreatedEvent], object],
    ) -> None: ...

    @overload
    def on(
        self,
        event_type: Literal[WsSimultInterpretationEventType.SIMULT_INTERPRETATION_UPDATED],
        handler: Callable[[WsSimultInterpretationUpdatedEvent], object],
    ) -> None: ...

    @overload
    def on(
        self,
        event_type: Literal[WsSimultInterpretationEventType.INPUT_AUDIO_BUFFER_COMPLETED],
        handler: Callable[[WsSimultInterpretationInputAudioBufferCompletedEvent], object],
    ) -> None: ...

    @overload
    def on(
        self,
        event_type: Literal[WsSimultInterpretationEventType.SIMULT_INTERPRETATION_TRANSCRIPTION_DELTA],
        handler: Callable[[WsSimultInterpretationTranscriptionDeltaEvent], object],
    ) -> None: ...

    @overload
    def on(
        self,
        event_type: Literal[WsSimultInterpretationEventType.SIMULT_INTERPRETATION_TRANSLATION_DELTA],
        handler: Callable[[WsSimultInterpretationTranslationDeltaEvent], object],
    ) -> None: ...

    @overload
    def on(
        self,
        event_type: Literal[WsSimultInterpretationEventType.SIMULT_INTERPRETATION_AUDIO_DELTA],
        handler: Callable[[WsSimultInterpretationAudioDeltaEvent], object],
    ) -> None: ...

    @overload
    def on(
        self,
        event_type: Literal[WsSimultInterpretationEventType.SIMULT_INTERPRETATION_MESSAGE_COMPLETED],
        handler: Callable[[WsSimultInterpretationMessageCompletedEvent], object],
    ) -> None: ...

    @overload
    def on(
        self,
        event_type: Literal[WsSimultInterpretationEventType.ERROR],
        handler: Callable[[WsSimultInterpretationErrorEvent], object],
    ) -> None: ...

    @overload
    def on(
        self, event_type: str, handler: Callable[[WsSimultInterpretationServerEvent | UnknownSocketEvent], object]
    ) -> None:
        """Call `handler` with every event of this type as iteration reaches it."""


class AsyncSimultInterpretationSocket(
    AsyncSocket[WsSimultInterpretationServerEvent, WsSimultInterpretationClientEvent], Protocol
):
    """Interpret speech into another language as it is spoken
    (`/v1/audio/simult_interpretation`): iterate its
    `WsSimultInterpretationServerEvent`s.
    """

    async def simult_interpretation_update(
        self, data: WsSimultInterpretationUpdate | Mapping[str, object] | None = None, *, id: str | None = None
    ) -> None:
        """Send one `simult_interpretation.update` frame."""
        ...

    async def input_audio_buffer_append(
        self, data: WsAudioDelta | Mapping[str, object] | None = None, *, id: str | None = None
    ) -> None:
        """Send one `input_audio_buffer.append` frame."""
        ...

    async def input_audio_buffer_complete(self, *, id: str | None = None) -> None:
        """Send one `input_audio_buffer.complete` frame."""
        ...

    @overload
    def on(
        self,
        event_type: Literal[WsSimultInterpretationEventType.SIMULT_INTERPRETATION_CREATED],
        handler: Callable[[WsSimultInterpretationCreatedEvent], object],
    ) -> None: ...

    @overload
    def on(
        self,
        event_type: Literal[WsSimultInterpretationEventType.SIMULT_INTERPRETATION_UPDATED],
        handler: Callable[[WsSimultInterpretationUpdatedEvent], object],
    ) -> None: ...

    @overload
    def on(
        self,
        event_type: Literal[WsSimultInterpretationEventType.INPUT_AUDIO_BUFFER_COMPLETED],
        handler: Callable[[WsSimultInterpretationInputAudioBufferCompletedEvent], object],
    ) -> None: ...

    @overload
    def on(
        self,
        event_type: Literal[WsSimultInterpretationEventType.SIMULT_INTERPRETATION_TRANSCRIPTION_DELTA],
        handler: Callable[[WsSimultInterpretationTranscriptionDeltaEvent], object],
    ) -> None: ...

    @overload
    def on(
        self,
        event_type: Literal[WsSimultInterpretationEventType.SIMULT_INTERPRETATION_TRANSLATION_DELTA],
        handler: Callable[[WsSimultInterpretationTranslationDeltaEvent], object],
    ) -> None: ...

    @overload
    def on(
        self,
        event_type: Literal[WsSimultInterpretationEventType.SIMULT_INTERPRETATION_AUDIO_DELTA],
        handler: Callable[[WsSimultInterpretationAudioDeltaEvent], object],
    ) -> None: ...

    @overload
    def on(
        self,
        event_type: Literal[WsSimultInterpretationEventType.SIMULT_INTERPRETATION_MESSAGE_COMPLETED],
        handler: Callable[[WsSimultInterpretationMessageCompletedEvent], object],
    ) -> None: ...

    @overload
    def on(
        self,
        event_type: Literal[WsSimultInterpretationEventType.ERROR],
        handler: Callable[[WsSimultInterpretationErrorEvent], object],
    ) -> None: ...

    @overload
    def on(
        self, event_type: str, handler: Callable[[WsSimultInterpretationServerEvent | UnknownSocketEvent], object]
    ) -> None:
        """Call `handler` with every event of this type as iteration reaches it."""


WSCHATSERVEREVENT = EventMap(
    "WsChatServerEvent",
    {
        "chat.created": WsChatCreatedEvent,
        "chat.updated": WsChatUpdatedEvent,
        "conversation.chat.created": WsChatConversationChatCreatedEvent,
        "conversation.chat.in_progress": WsChatConversationChatInProgressEvent,
        "conversation.message.delta": WsChatConversationMessageDeltaEvent,
        "conversation.message.completed": WsChatConversationMessageCompletedEvent,
        "conversation.audio.sentence_start": WsChatConversationAudioSentenceStartEvent,
        "conversation.audio.delta": WsChatConversationAudioDeltaEvent,
        "conversation.audio.completed": WsChatConversationAudioCompletedEvent,
        "conversation.audio_transcript.update": WsChatConversationAudioTranscriptUpdateEvent,
        "conversation.audio_transcript.completed": WsChatConversationAudioTranscriptCompletedEvent,
        "conversation.chat.requires_action": WsChatConversationChatRequiresActionEvent,
        "conversation.chat.completed": WsChatConversationChatCompletedEvent,
        "conversation.chat.failed": WsChatConversationChatFailedEvent,
        "conversation.chat.canceled": WsChatConversationChatCanceledEvent,
        "conversation.cleared": WsChatConversationClearedEvent,
        "input_audio_buffer.completed": WsChatInputAudioBufferCompletedEvent,
        "input_audio_buffer.cleared": WsChatInputAudioBufferClearedEvent,
        "input_audio_buffer.speech_started": WsChatInputAudioBufferSpeechStartedEvent,
        "input_audio_buffer.speech_stopped": WsChatInputAudioBufferSpeechStoppedEvent,
        "dump.audio": WsChatDumpAudioEvent,
        "error": WsChatErrorEvent,
    },
)
WSCHATCLIENTEVENT = EventMap(
    "WsChatClientEvent",
    {
        "chat.update": WsChatUpdateEvent,
        "input_audio_buffer.append": WsChatInputAudioBufferAppendEvent,
        "input_audio_buffer.complete": WsChatInputAudioBufferCompleteEvent,
        "input_audio_buffer.clear": WsChatInputAudioBufferClearEvent,
        "conversation.message.create": WsChatConversationMessageCreateEvent,
        "conversation.clear": WsChatConversationClearEvent,
        "conversation.chat.submit_tool_outputs": WsChatConversationChatSubmitToolOutputsEvent,
        "conversation.chat.cancel": WsChatConversationChatCancelEvent,
        "input_text.generate_audio": WsChatInputTextGenerateAudioEvent,
    },
)
WSSPEECHSERVEREVENT = EventMap(
    "WsSpeechServerEvent",
    {
        "speech.created": WsSpeechCreatedEvent,
        "speech.updated": WsSpeechUpdatedEvent,
        "input_text_buffer.completed": WsSpeechInputTextBufferCompletedEvent,
        "conversation.audio.sentence_start": WsSpeechConversationAudioSentenceStartEvent,
        "speech.audio.update": WsSpeechAudioUpdateEvent,
        "speech.audio.completed": WsSpeechAudioCompletedEvent,
        "error": WsSpeechErrorEvent,
    },
)
WSSPEECHCLIENTEVENT = EventMap(
    "WsSpeechClientEvent",
    {
        "speech.update": WsSpeechUpdateEvent,
        "input_text_buffer.append": WsSpeechInputTextBufferAppendEvent,
        "input_text_buffer.complete": WsSpeechInputTextBufferCompleteEvent,
    },
)
WSTRANSCRIPTIONSSERVEREVENT = EventMap(
    "WsTranscriptionsServerEvent",
    {
        "transcriptions.created": WsTranscriptionsCreatedEvent,
        "transcriptions.updated": WsTranscriptionsUpdatedEvent,
        "input_audio_buffer.completed": WsTranscriptionsInputAudioBufferCompletedEvent,
        "input_audio_buffer.cleared": WsTranscriptionsInputAudioBufferClearedEvent,
        "transcriptions.message.update": WsTranscriptionsMessageUpdateEvent,
        "transcriptions.message.completed": WsTranscriptionsMessageCompletedEvent,
        "error": WsTranscriptionsErrorEvent,
    },
)
WSTRANSCRIPTIONSCLIENTEVENT = EventMap(
    "WsTranscriptionsClientEvent",
    {
        "transcriptions.update": WsTranscriptionsUpdateEvent,
        "input_audio_buffer.append": WsTranscriptionsInputAudioBufferAppendEvent,
        "input_audio_buffer.complete": WsTranscriptionsInputAudioBufferCompleteEvent,
        "input_audio_buffer.clear": WsTranscriptionsInputAudioBufferClearEvent,
    },
)
WSSIMULTINTERPRETATIONSERVEREVENT = EventMap(
    "WsSimultInterpretationServerEvent",
    {
        "simult_interpretation.created": WsSimultInterpretationCreatedEvent,
        "simult_interpretation.updated": WsSimultInterpretationUpdatedEvent,
        "input_audio_buffer.completed": WsSimultInterpretationInputAudioBufferCompletedEvent,
        "simult_interpretation.transcription.delta": WsSimultInterpretationTranscriptionDeltaEvent,
        "simult_interpretation.translation.delta": WsSimultInterpretationTranslationDeltaEvent,
        "simult_interpretation.audio.delta": WsSimultInterpretationAudioDeltaEvent,
        "simult_interpretation.message.completed": WsSimultInterpretationMessageCompletedEvent,
        "error": WsSimultInterpretationErrorEvent,
    },
)
WSSIMULTINTERPRETATIONCLIENTEVENT = EventMap(
    "WsSimultInterpretationClientEvent",
    {
        "simult_interpretation.update": WsSimultInterpretationUpdateEvent,
        "input_audio_buffer.append": WsSimultInterpretationInputAudioBufferAppendEvent,
        "input_audio_buffer.complete": WsSimultInterpretationInputAudioBufferCompleteEvent,
    },
)
EVENT_MAPS: dict[str, EventMap] = {
    "WsChatServerEvent": WSCHATSERVEREVENT,
    "WsChatClientEvent": WSCHATCLIENTEVENT,
    "WsSpeechServerEvent": WSSPEECHSERVEREVENT,
    "WsSpeechClientEvent": WSSPEECHCLIENTEVENT,
    "WsTranscriptionsServerEvent": WSTRANSCRIPTIONSSERVEREVENT,
    "WsTranscriptionsClientEvent": WSTRANSCRIPTIONSCLIENTEVENT,
    "WsSimultInterpretationServerEvent": WSSIMULTINTERPRETATIONSERVEREVENT,
    "WsSimultInterpretationClientEvent": WSSIMULTINTERPRETATIONCLIENTEVENT,
}

__all__ = [
    "AsyncChatSocket",
    "AsyncChatSocketSenders",
    "AsyncSimultInterpretationSocket",
    "AsyncSimultInterpretationSocketSenders",
    "AsyncSpeechSocket",
    "AsyncSpeechSocketSenders",
    "AsyncTranscriptionsSocket",
    "AsyncTranscriptionsSocketSenders",
    "ChatSocket",
    "ChatSocketSenders",
    "SimultInterpretationSocket",
    "SimultInterpretationSocketSenders",
    "SpeechSocket",
    "SpeechSocketSenders",
    "TranscriptionsSocket",
    "TranscriptionsSocketSenders",
    "WsChatClientEvent",
    "WsChatClientEventType",
    "WsChatConversationAudioCompletedEvent",
    "WsChatConversationAudioDeltaEvent",
    "WsChatConversationAudioSentenceStartEvent",
    "WsChatConversationAudioTranscriptCompletedEvent",
    "WsChatConversationAudioTranscriptUpdateEvent",
    "WsChatConversationChatCancelEvent",
    "WsChatConversationChatCanceledEvent",
    "WsChatConversationChatCompletedEvent",
    "WsChatConversationChatCreatedEvent",
    "WsChatConversationChatFailedEvent",
    "WsChatConversationChatInProgressEvent",
    "WsChatConversationChatRequiresActionEvent",
    "WsChatConversationChatSubmitToolOutputsEvent",
    "WsChatConversationClearEvent",
    "WsChatConversationClearedEvent",
    "WsChatConversationMessageCompletedEvent",
    "WsChatConversationMessageCreateEvent",
    "WsChatConversationMessageDeltaEvent",
    "WsChatCreatedEvent",
    "WsChatDumpAudioEvent",
    "WsChatErrorEvent",
    "WsChatEventType",
    "WsChatInputAudioBufferAppendEvent",
    "WsChatInputAudioBufferClearEvent",
    "WsChatInputAudioBufferClearedEvent",
    "WsChatInputAudioBufferCompleteEvent",
    "WsChatInputAudioBufferCompletedEvent",
    "WsChatInputAudioBufferSpeechStartedEvent",
    "WsChatInputAudioBufferSpeechStoppedEvent",
    "WsChatInputTextGenerateAudioEvent",
    "WsChatServerEvent",
    "WsChatUpdateEvent",
    "WsChatUpdatedEvent",
    "WsSimultInterpretationAudioDeltaEvent",
    "WsSimultInterpretationClientEvent",
    "WsSimultInterpretationClientEventType",
    "WsSimultInterpretationCreatedEvent",
    "WsSimultInterpretationErrorEvent",
    "WsSimultInterpretationEventType",
    "WsSimultInterpretationInputAudioBufferAppendEvent",
    "WsSimultInterpretationInputAudioBufferCompleteEvent",
    "WsSimultInterpretationInputAudioBufferCompletedEvent",
    "WsSimultInterpretationMessageCompletedEvent",
    "WsSimultInterpretationServerEvent",
    "WsSimultInterpretationTranscriptionDeltaEvent",
    "WsSimultInterpretationTranslationDeltaEvent",
    "WsSimultInterpretationUpdateEvent",
    "WsSimultInterpretationUpdatedEvent",
    "WsSpeechAudioCompletedEvent",
    "WsSpeechAudioUpdateEvent",
    "WsSpeechClientEvent",
    "WsSpeechClientEventType",
    "WsSpeechConversationAudioSentenceStartEvent",
    "WsSpeechCreatedEvent",
    "WsSpeechErrorEvent",
    "WsSpeechEventType",
    "WsSpeechInputTextBufferAppendEvent",
    "WsSpeechInputTextBufferCompleteEvent",
    "WsSpeechInputTextBufferCompletedEvent",
    "WsSpeechServerEvent",
    "WsSpeechUpdateEvent",
    "WsSpeechUpdatedEvent",
    "WsTranscriptionsClientEvent",
    "WsTranscriptionsClientEventType",
    "WsTranscriptionsCreatedEvent",
    "WsTranscriptionsErrorEvent",
    "WsTranscriptionsEventType",
    "WsTranscriptionsInputAudioBufferAppendEvent",
    "WsTranscriptionsInputAudioBufferClearEvent",
    "WsTranscriptionsInputAudioBufferClearedEvent",
    "WsTranscriptionsInputAudioBufferCompleteEvent",
    "WsTranscriptionsInputAudioBufferCompletedEvent",
    "WsTranscriptionsMessageCompletedEvent",
    "WsTranscriptionsMessageUpdateEvent",
    "WsTranscriptionsServerEvent",
    "WsTranscriptionsUpdateEvent",
    "WsTranscriptionsUpdatedEvent",
]
