"""The typed events of every stream: their name enums, classes, unions and stream protocols.

Generated from openapi/coze.yaml by `make gen`; never edit by hand.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import Literal, Protocol, TypeAlias

from ._events import EventMap, StreamEvent
from ._runtime import AsyncEventStream, PollResult, SyncEventStream
from .models._shared import (
    Chat,
    ChatError,
    ChatMessage,
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
from .models.workflows import WorkflowChatDone, WorkflowDone, WorkflowError, WorkflowInterrupt, WorkflowMessage
from .types import JsonValue


class ChatEventType(StrEnum):
    """Event names: Events of a chat stream (chat.stream, chat.submit_tool_outputs_stream)."""

    CONVERSATION_CHAT_CREATED = "conversation.chat.created"
    CONVERSATION_CHAT_IN_PROGRESS = "conversation.chat.in_progress"
    CONVERSATION_MESSAGE_DELTA = "conversation.message.delta"
    CONVERSATION_MESSAGE_COMPLETED = "conversation.message.completed"
    CONVERSATION_AUDIO_DELTA = "conversation.audio.delta"
    CONVERSATION_CHAT_COMPLETED = "conversation.chat.completed"
    CONVERSATION_CHAT_FAILED = "conversation.chat.failed"
    CONVERSATION_CHAT_REQUIRES_ACTION = "conversation.chat.requires_action"
    ERROR = "error"
    DONE = "done"


class ConversationChatCreatedEvent(StreamEvent):
    """The `conversation.chat.created` event; `data` is a `Chat`."""

    __slots__ = ()
    event: Literal[ChatEventType.CONVERSATION_CHAT_CREATED] = ChatEventType.CONVERSATION_CHAT_CREATED
    data: Chat
    data_model = Chat

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> Chat:
        return self.data


class ConversationChatInProgressEvent(StreamEvent):
    """The `conversation.chat.in_progress` event; `data` is a `Chat`."""

    __slots__ = ()
    event: Literal[ChatEventType.CONVERSATION_CHAT_IN_PROGRESS] = ChatEventType.CONVERSATION_CHAT_IN_PROGRESS
    data: Chat
    data_model = Chat

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> Chat:
        return self.data


class ConversationMessageDeltaEvent(StreamEvent):
    """The `conversation.message.delta` event; `data` is a `ChatMessage`."""

    __slots__ = ()
    event: Literal[ChatEventType.CONVERSATION_MESSAGE_DELTA] = ChatEventType.CONVERSATION_MESSAGE_DELTA
    data: ChatMessage
    data_model = ChatMessage

    @property
    def message(self) -> ChatMessage:
        return self.data

    @property
    def chat(self) -> None:
        return None


class ConversationMessageCompletedEvent(StreamEvent):
    """The `conversation.message.completed` event; `data` is a `ChatMessage`."""

    __slots__ = ()
    event: Literal[ChatEventType.CONVERSATION_MESSAGE_COMPLETED] = ChatEventType.CONVERSATION_MESSAGE_COMPLETED
    data: ChatMessage
    data_model = ChatMessage

    @property
    def message(self) -> ChatMessage:
        return self.data

    @property
    def chat(self) -> None:
        return None


class ConversationAudioDeltaEvent(StreamEvent):
    """The `conversation.audio.delta` event; `data` is a `ChatMessage`."""

    __slots__ = ()
    event: Literal[ChatEventType.CONVERSATION_AUDIO_DELTA] = ChatEventType.CONVERSATION_AUDIO_DELTA
    data: ChatMessage
    data_model = ChatMessage

    @property
    def message(self) -> ChatMessage:
        return self.data

    @property
    def chat(self) -> None:
        return None


class ConversationChatCompletedEvent(StreamEvent):
    """The `conversation.chat.completed` event; `data` is a `Chat`."""

    __slots__ = ()
    event: Literal[ChatEventType.CONVERSATION_CHAT_COMPLETED] = ChatEventType.CONVERSATION_CHAT_COMPLETED
    data: Chat
    data_model = Chat

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> Chat:
        return self.data


class ConversationChatFailedEvent(StreamEvent):
    """The `conversation.chat.failed` event; `data` is a `Chat`."""

    __slots__ = ()
    event: Literal[ChatEventType.CONVERSATION_CHAT_FAILED] = ChatEventType.CONVERSATION_CHAT_FAILED
    data: Chat
    data_model = Chat

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> Chat:
        return self.data


class ConversationChatRequiresActionEvent(StreamEvent):
    """The `conversation.chat.requires_action` event; `data` is a `Chat`."""

    __slots__ = ()
    event: Literal[ChatEventType.CONVERSATION_CHAT_REQUIRES_ACTION] = ChatEventType.CONVERSATION_CHAT_REQUIRES_ACTION
    data: Chat
    data_model = Chat

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> Chat:
        return self.data


class ChatErrorEvent(StreamEvent):
    """The `error` event; `data` is a `ChatError`."""

    __slots__ = ()
    event: Literal[ChatEventType.ERROR] = ChatEventType.ERROR
    data: ChatError
    data_model = ChatError

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> None:
        return None


class ChatDoneEvent(StreamEvent):
    """The `done` event; `data` is the decoded JSON (or the text, if it is not JSON)."""

    __slots__ = ()
    event: Literal[ChatEventType.DONE] = ChatEventType.DONE
    data: JsonValue

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> None:
        return None


ChatEvent: TypeAlias = (
    ConversationChatCreatedEvent
    | ConversationChatInProgressEvent
    | ConversationMessageDeltaEvent
    | ConversationMessageCompletedEvent
    | ConversationAudioDeltaEvent
    | ConversationChatCompletedEvent
    | ConversationChatRequiresActionEvent
    | ChatDoneEvent
)
"""Every event a stream of this family delivers: Events of a chat stream (chat.stream, chat.submit_tool_outputs_stream)."""


class ChatEventStream(SyncEventStream[ChatEvent], Protocol):
    """A stream of `ChatEvent`s: Events of a chat stream (chat.stream,
    chat.submit_tool_outputs_stream).
    """

    def messages(self) -> list[ChatMessage]:
        """Read the rest of the stream; return its completed messages, in order."""
        ...

    def final_chat(self) -> Chat | None:
        """Read the rest of the stream; return the chat as its last chat event left it."""
        ...

    def recover(
        self,
        *,
        poll_timeout: float | None = ...,
        poll_interval: float = ...,
        on_status: Callable[[Chat], object] | None = ...,
    ) -> PollResult[Chat, ChatMessage]:
        """Finish a chat whose stream broke off by polling it to its end."""
        ...


class AsyncChatEventStream(AsyncEventStream[ChatEvent], Protocol):
    """The async twin of `ChatEventStream`."""

    async def messages(self) -> list[ChatMessage]: ...

    async def final_chat(self) -> Chat | None: ...

    async def recover(
        self,
        *,
        poll_timeout: float | None = ...,
        poll_interval: float = ...,
        on_status: Callable[[Chat], object] | None = ...,
    ) -> PollResult[Chat, ChatMessage]: ...


class WorkflowChatDoneEvent(StreamEvent):
    """The `done` event; `data` is a `WorkflowChatDone`."""

    __slots__ = ()
    event: Literal[ChatEventType.DONE] = ChatEventType.DONE
    data: WorkflowChatDone
    data_model = WorkflowChatDone

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> None:
        return None


WorkflowChatEvent: TypeAlias = (
    ConversationChatCreatedEvent
    | ConversationChatInProgressEvent
    | ConversationMessageDeltaEvent
    | ConversationMessageCompletedEvent
    | ConversationAudioDeltaEvent
    | ConversationChatCompletedEvent
    | ConversationChatRequiresActionEvent
    | WorkflowChatDoneEvent
)
"""Every event a stream of this family delivers: Events of a chatflow stream (workflows.chat.stream); a chat stream whose done event carries a debug URL."""


class WorkflowChatEventStream(SyncEventStream[WorkflowChatEvent], Protocol):
    """A stream of `WorkflowChatEvent`s: Events of a chatflow stream
    (workflows.chat.stream); a chat stream whose done event carries a debug URL.
    """

    def messages(self) -> list[ChatMessage]:
        """Read the rest of the stream; return its completed messages, in order."""
        ...

    def final_chat(self) -> Chat | None:
        """Read the rest of the stream; return the chat as its last chat event left it."""
        ...

    def recover(
        self,
        *,
        poll_timeout: float | None = ...,
        poll_interval: float = ...,
        on_status: Callable[[Chat], object] | None = ...,
    ) -> PollResult[Chat, ChatMessage]:
        """Finish a chat whose stream broke off by polling it to its end."""
        ...


class AsyncWorkflowChatEventStream(AsyncEventStream[WorkflowChatEvent], Protocol):
    """The async twin of `WorkflowChatEventStream`."""

    async def messages(self) -> list[ChatMessage]: ...

    async def final_chat(self) -> Chat | None: ...

    async def recover(
        self,
        *,
        poll_timeout: float | None = ...,
        poll_interval: float = ...,
        on_status: Callable[[Chat], object] | None = ...,
    ) -> PollResult[Chat, ChatMessage]: ...


class WorkflowEventType(StrEnum):
    """Event names: Events of a workflow run stream (workflows.runs.stream,
    workflows.runs.resume).
    """

    MESSAGE = "Message"
    INTERRUPT = "Interrupt"
    ERROR = "Error"
    DONE = "Done"
    PING = "PING"


class WorkflowMessageEvent(StreamEvent):
    """The `Message` event; `data` is a `WorkflowMessage`."""

    __slots__ = ()
    event: Literal[WorkflowEventType.MESSAGE] = WorkflowEventType.MESSAGE
    data: WorkflowMessage
    data_model = WorkflowMessage

    @property
    def message(self) -> WorkflowMessage:
        return self.data

    @property
    def chat(self) -> None:
        return None


class WorkflowInterruptEvent(StreamEvent):
    """The `Interrupt` event; `data` is a `WorkflowInterrupt`."""

    __slots__ = ()
    event: Literal[WorkflowEventType.INTERRUPT] = WorkflowEventType.INTERRUPT
    data: WorkflowInterrupt
    data_model = WorkflowInterrupt

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> None:
        return None


class WorkflowErrorEvent(StreamEvent):
    """The `Error` event; `data` is a `WorkflowError`."""

    __slots__ = ()
    event: Literal[WorkflowEventType.ERROR] = WorkflowEventType.ERROR
    data: WorkflowError
    data_model = WorkflowError

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> None:
        return None


class WorkflowDoneEvent(StreamEvent):
    """The `Done` event; `data` is a `WorkflowDone`."""

    __slots__ = ()
    event: Literal[WorkflowEventType.DONE] = WorkflowEventType.DONE
    data: WorkflowDone
    data_model = WorkflowDone

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> None:
        return None


class WorkflowPingEvent(StreamEvent):
    """The `PING` event; `data` is the decoded JSON (or the text, if it is not JSON)."""

    __slots__ = ()
    event: Literal[WorkflowEventType.PING] = WorkflowEventType.PING
    data: JsonValue

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> None:
        return None


WorkflowEvent: TypeAlias = WorkflowMessageEvent | WorkflowInterruptEvent | WorkflowDoneEvent | WorkflowPingEvent
"""Every event a stream of this family delivers: Events of a workflow run stream (workflows.runs.stream, workflows.runs.resume)."""


class WorkflowEventStream(SyncEventStream[WorkflowEvent], Protocol):
    """A stream of `WorkflowEvent`s: Events of a workflow run stream
    (workflows.runs.stream, workflows.runs.resume).
    """

    def messages(self) -> list[WorkflowMessage]:
        """Read the rest of the stream; return its completed messages, in order."""
        ...


class AsyncWorkflowEventStream(AsyncEventStream[WorkflowEvent], Protocol):
    """The async twin of `WorkflowEventStream`."""

    async def messages(self) -> list[WorkflowMessage]: ...


class WsChatEventType(StrEnum):
    """Event names: Events the server sends on a chat WebSocket (websockets.chat)."""

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


class WsChatCreatedEvent(StreamEvent):
    """The `chat.created` event; `data` is the decoded JSON (or the text, if it is not
    JSON).
    """

    __slots__ = ()
    event: Literal[WsChatEventType.CHAT_CREATED] = WsChatEventType.CHAT_CREATED
    data: JsonValue

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> None:
        return None


class WsChatUpdatedEvent(StreamEvent):
    """The `chat.updated` event; `data` is a `WsChatUpdate`."""

    __slots__ = ()
    event: Literal[WsChatEventType.CHAT_UPDATED] = WsChatEventType.CHAT_UPDATED
    data: WsChatUpdate
    data_model = WsChatUpdate

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> None:
        return None


class WsChatConversationChatCreatedEvent(StreamEvent):
    """The `conversation.chat.created` event; `data` is a `Chat`."""

    __slots__ = ()
    event: Literal[WsChatEventType.CONVERSATION_CHAT_CREATED] = WsChatEventType.CONVERSATION_CHAT_CREATED
    data: Chat
    data_model = Chat

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> None:
        return None


class WsChatConversationChatInProgressEvent(StreamEvent):
    """The `conversation.chat.in_progress` event; `data` is a `Chat`."""

    __slots__ = ()
    event: Literal[WsChatEventType.CONVERSATION_CHAT_IN_PROGRESS] = WsChatEventType.CONVERSATION_CHAT_IN_PROGRESS
    data: Chat
    data_model = Chat

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> None:
        return None


class WsChatConversationMessageDeltaEvent(StreamEvent):
    """The `conversation.message.delta` event; `data` is a `ChatMessage`."""

    __slots__ = ()
    event: Literal[WsChatEventType.CONVERSATION_MESSAGE_DELTA] = WsChatEventType.CONVERSATION_MESSAGE_DELTA
    data: ChatMessage
    data_model = ChatMessage

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> None:
        return None


class WsChatConversationMessageCompletedEvent(StreamEvent):
    """The `conversation.message.completed` event; `data` is a `ChatMessage`."""

    __slots__ = ()
    event: Literal[WsChatEventType.CONVERSATION_MESSAGE_COMPLETED] = WsChatEventType.CONVERSATION_MESSAGE_COMPLETED
    data: ChatMessage
    data_model = ChatMessage

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> None:
        return None


class WsChatConversationAudioSentenceStartEvent(StreamEvent):
    """The `conversation.audio.sentence_start` event; `data` is a `WsAudioSentence`."""

    __slots__ = ()
    event: Literal[WsChatEventType.CONVERSATION_AUDIO_SENTENCE_START] = (
        WsChatEventType.CONVERSATION_AUDIO_SENTENCE_START
    )
    data: WsAudioSentence
    data_model = WsAudioSentence

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> None:
        return None


class WsChatConversationAudioDeltaEvent(StreamEvent):
    """The `conversation.audio.delta` event; `data` is a `ChatMessage`."""

    __slots__ = ()
    event: Literal[WsChatEventType.CONVERSATION_AUDIO_DELTA] = WsChatEventType.CONVERSATION_AUDIO_DELTA
    data: ChatMessage
    data_model = ChatMessage

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> None:
        return None


class WsChatConversationAudioCompletedEvent(StreamEvent):
    """The `conversation.audio.completed` event; `data` is a `ChatMessage`."""

    __slots__ = ()
    event: Literal[WsChatEventType.CONVERSATION_AUDIO_COMPLETED] = WsChatEventType.CONVERSATION_AUDIO_COMPLETED
    data: ChatMessage
    data_model = ChatMessage

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> None:
        return None


class WsChatConversationAudioTranscriptUpdateEvent(StreamEvent):
    """The `conversation.audio_transcript.update` event; `data` is a `WsTranscript`."""

    __slots__ = ()
    event: Literal[WsChatEventType.CONVERSATION_AUDIO_TRANSCRIPT_UPDATE] = (
        WsChatEventType.CONVERSATION_AUDIO_TRANSCRIPT_UPDATE
    )
    data: WsTranscript
    data_model = WsTranscript

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> None:
        return None


class WsChatConversationAudioTranscriptCompletedEvent(StreamEvent):
    """The `conversation.audio_transcript.completed` event; `data` is a `WsTranscript`."""

    __slots__ = ()
    event: Literal[WsChatEventType.CONVERSATION_AUDIO_TRANSCRIPT_COMPLETED] = (
        WsChatEventType.CONVERSATION_AUDIO_TRANSCRIPT_COMPLETED
    )
    data: WsTranscript
    data_model = WsTranscript

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> None:
        return None


class WsChatConversationChatRequiresActionEvent(StreamEvent):
    """The `conversation.chat.requires_action` event; `data` is a `Chat`."""

    __slots__ = ()
    event: Literal[WsChatEventType.CONVERSATION_CHAT_REQUIRES_ACTION] = (
        WsChatEventType.CONVERSATION_CHAT_REQUIRES_ACTION
    )
    data: Chat
    data_model = Chat

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> None:
        return None


class WsChatConversationChatCompletedEvent(StreamEvent):
    """The `conversation.chat.completed` event; `data` is a `Chat`."""

    __slots__ = ()
    event: Literal[WsChatEventType.CONVERSATION_CHAT_COMPLETED] = WsChatEventType.CONVERSATION_CHAT_COMPLETED
    data: Chat
    data_model = Chat

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> None:
        return None


class WsChatConversationChatFailedEvent(StreamEvent):
    """The `conversation.chat.failed` event; `data` is a `Chat`."""

    __slots__ = ()
    event: Literal[WsChatEventType.CONVERSATION_CHAT_FAILED] = WsChatEventType.CONVERSATION_CHAT_FAILED
    data: Chat
    data_model = Chat

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> None:
        return None


class WsChatConversationChatCanceledEvent(StreamEvent):
    """The `conversation.chat.canceled` event; `data` is a `WsChatCanceled`."""

    __slots__ = ()
    event: Literal[WsChatEventType.CONVERSATION_CHAT_CANCELED] = WsChatEventType.CONVERSATION_CHAT_CANCELED
    data: WsChatCanceled
    data_model = WsChatCanceled

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> None:
        return None


class WsChatConversationClearedEvent(StreamEvent):
    """The `conversation.cleared` event; `data` is the decoded JSON (or the text, if it is
    not JSON).
    """

    __slots__ = ()
    event: Literal[WsChatEventType.CONVERSATION_CLEARED] = WsChatEventType.CONVERSATION_CLEARED
    data: JsonValue

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> None:
        return None


class WsChatInputAudioBufferCompletedEvent(StreamEvent):
    """The `input_audio_buffer.completed` event; `data` is the decoded JSON (or the text,
    if it is not JSON).
    """

    __slots__ = ()
    event: Literal[WsChatEventType.INPUT_AUDIO_BUFFER_COMPLETED] = WsChatEventType.INPUT_AUDIO_BUFFER_COMPLETED
    data: JsonValue

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> None:
        return None


class WsChatInputAudioBufferClearedEvent(StreamEvent):
    """The `input_audio_buffer.cleared` event; `data` is the decoded JSON (or the text, if
    it is not JSON).
    """

    __slots__ = ()
    event: Literal[WsChatEventType.INPUT_AUDIO_BUFFER_CLEARED] = WsChatEventType.INPUT_AUDIO_BUFFER_CLEARED
    data: JsonValue

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> None:
        return None


class WsChatInputAudioBufferSpeechStartedEvent(StreamEvent):
    """The `input_audio_buffer.speech_started` event; `data` is the decoded JSON (or the
    text, if it is not JSON).
    """

    __slots__ = ()
    event: Literal[WsChatEventType.INPUT_AUDIO_BUFFER_SPEECH_STARTED] = (
        WsChatEventType.INPUT_AUDIO_BUFFER_SPEECH_STARTED
    )
    data: JsonValue

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> None:
        return None


class WsChatInputAudioBufferSpeechStoppedEvent(StreamEvent):
    """The `input_audio_buffer.speech_stopped` event; `data` is the decoded JSON (or the
    text, if it is not JSON).
    """

    __slots__ = ()
    event: Literal[WsChatEventType.INPUT_AUDIO_BUFFER_SPEECH_STOPPED] = (
        WsChatEventType.INPUT_AUDIO_BUFFER_SPEECH_STOPPED
    )
    data: JsonValue

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> None:
        return None


class WsChatDumpAudioEvent(StreamEvent):
    """The `dump.audio` event; `data` is a `WsAudioDump`."""

    __slots__ = ()
    event: Literal[WsChatEventType.DUMP_AUDIO] = WsChatEventType.DUMP_AUDIO
    data: WsAudioDump
    data_model = WsAudioDump

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> None:
        return None


class WsChatErrorEvent(StreamEvent):
    """The `error` event; `data` is a `WsError`."""

    __slots__ = ()
    event: Literal[WsChatEventType.ERROR] = WsChatEventType.ERROR
    data: WsError
    data_model = WsError

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> None:
        return None


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
"""Every event a stream of this family delivers: Events the server sends on a chat WebSocket (websockets.chat)."""


class WsChatServerEventStream(SyncEventStream[WsChatServerEvent], Protocol):
    """A stream of `WsChatServerEvent`s: Events the server sends on a chat WebSocket
    (websockets.chat).
    """

    pass


class AsyncWsChatServerEventStream(AsyncEventStream[WsChatServerEvent], Protocol):
    """The async twin of `WsChatServerEventStream`."""

    pass


class WsChatClientEventType(StrEnum):
    """Event names: Events the client sends on a chat WebSocket (websockets.chat)."""

    CHAT_UPDATE = "chat.update"
    INPUT_AUDIO_BUFFER_APPEND = "input_audio_buffer.append"
    INPUT_AUDIO_BUFFER_COMPLETE = "input_audio_buffer.complete"
    INPUT_AUDIO_BUFFER_CLEAR = "input_audio_buffer.clear"
    CONVERSATION_MESSAGE_CREATE = "conversation.message.create"
    CONVERSATION_CLEAR = "conversation.clear"
    CONVERSATION_CHAT_SUBMIT_TOOL_OUTPUTS = "conversation.chat.submit_tool_outputs"
    CONVERSATION_CHAT_CANCEL = "conversation.chat.cancel"
    INPUT_TEXT_GENERATE_AUDIO = "input_text.generate_audio"


class WsChatUpdateEvent(StreamEvent):
    """The `chat.update` event; `data` is a `WsChatUpdate`."""

    __slots__ = ()
    event: Literal[WsChatClientEventType.CHAT_UPDATE] = WsChatClientEventType.CHAT_UPDATE
    data: WsChatUpdate
    data_model = WsChatUpdate

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> None:
        return None


class WsChatInputAudioBufferAppendEvent(StreamEvent):
    """The `input_audio_buffer.append` event; `data` is a `WsAudioDelta`."""

    __slots__ = ()
    event: Literal[WsChatClientEventType.INPUT_AUDIO_BUFFER_APPEND] = WsChatClientEventType.INPUT_AUDIO_BUFFER_APPEND
    data: WsAudioDelta
    data_model = WsAudioDelta

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> None:
        return None


class WsChatInputAudioBufferCompleteEvent(StreamEvent):
    """The `input_audio_buffer.complete` event; `data` is the decoded JSON (or the text, if
    it is not JSON).
    """

    __slots__ = ()
    event: Literal[WsChatClientEventType.INPUT_AUDIO_BUFFER_COMPLETE] = (
        WsChatClientEventType.INPUT_AUDIO_BUFFER_COMPLETE
    )
    data: JsonValue

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> None:
        return None


class WsChatInputAudioBufferClearEvent(StreamEvent):
    """The `input_audio_buffer.clear` event; `data` is the decoded JSON (or the text, if it
    is not JSON).
    """

    __slots__ = ()
    event: Literal[WsChatClientEventType.INPUT_AUDIO_BUFFER_CLEAR] = WsChatClientEventType.INPUT_AUDIO_BUFFER_CLEAR
    data: JsonValue

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> None:
        return None


class WsChatConversationMessageCreateEvent(StreamEvent):
    """The `conversation.message.create` event; `data` is a `WsMessageCreate`."""

    __slots__ = ()
    event: Literal[WsChatClientEventType.CONVERSATION_MESSAGE_CREATE] = (
        WsChatClientEventType.CONVERSATION_MESSAGE_CREATE
    )
    data: WsMessageCreate
    data_model = WsMessageCreate

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> None:
        return None


class WsChatConversationClearEvent(StreamEvent):
    """The `conversation.clear` event; `data` is the decoded JSON (or the text, if it is
    not JSON).
    """

    __slots__ = ()
    event: Literal[WsChatClientEventType.CONVERSATION_CLEAR] = WsChatClientEventType.CONVERSATION_CLEAR
    data: JsonValue

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> None:
        return None


class WsChatConversationChatSubmitToolOutputsEvent(StreamEvent):
    """The `conversation.chat.submit_tool_outputs` event; `data` is a
    `WsSubmitToolOutputs`.
    """

    __slots__ = ()
    event: Literal[WsChatClientEventType.CONVERSATION_CHAT_SUBMIT_TOOL_OUTPUTS] = (
        WsChatClientEventType.CONVERSATION_CHAT_SUBMIT_TOOL_OUTPUTS
    )
    data: WsSubmitToolOutputs
    data_model = WsSubmitToolOutputs

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> None:
        return None


class WsChatConversationChatCancelEvent(StreamEvent):
    """The `conversation.chat.cancel` event; `data` is the decoded JSON (or the text, if it
    is not JSON).
    """

    __slots__ = ()
    event: Literal[WsChatClientEventType.CONVERSATION_CHAT_CANCEL] = WsChatClientEventType.CONVERSATION_CHAT_CANCEL
    data: JsonValue

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> None:
        return None


class WsChatInputTextGenerateAudioEvent(StreamEvent):
    """The `input_text.generate_audio` event; `data` is a `WsGenerateAudio`."""

    __slots__ = ()
    event: Literal[WsChatClientEventType.INPUT_TEXT_GENERATE_AUDIO] = WsChatClientEventType.INPUT_TEXT_GENERATE_AUDIO
    data: WsGenerateAudio
    data_model = WsGenerateAudio

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> None:
        return None


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
"""Every event a stream of this family delivers: Events the client sends on a chat WebSocket (websockets.chat)."""


class WsChatClientEventStream(SyncEventStream[WsChatClientEvent], Protocol):
    """A stream of `WsChatClientEvent`s: Events the client sends on a chat WebSocket
    (websockets.chat).
    """

    pass


class AsyncWsChatClientEventStream(AsyncEventStream[WsChatClientEvent], Protocol):
    """The async twin of `WsChatClientEventStream`."""

    pass


class WsSpeechEventType(StrEnum):
    """Event names: Events the server sends on a speech synthesis WebSocket
    (websockets.audio.speech).
    """

    SPEECH_CREATED = "speech.created"
    SPEECH_UPDATED = "speech.updated"
    INPUT_TEXT_BUFFER_COMPLETED = "input_text_buffer.completed"
    CONVERSATION_AUDIO_SENTENCE_START = "conversation.audio.sentence_start"
    SPEECH_AUDIO_UPDATE = "speech.audio.update"
    SPEECH_AUDIO_COMPLETED = "speech.audio.completed"
    ERROR = "error"


class WsSpeechCreatedEvent(StreamEvent):
    """The `speech.created` event; `data` is the decoded JSON (or the text, if it is not
    JSON).
    """

    __slots__ = ()
    event: Literal[WsSpeechEventType.SPEECH_CREATED] = WsSpeechEventType.SPEECH_CREATED
    data: JsonValue

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> None:
        return None


class WsSpeechUpdatedEvent(StreamEvent):
    """The `speech.updated` event; `data` is a `WsSpeechUpdate`."""

    __slots__ = ()
    event: Literal[WsSpeechEventType.SPEECH_UPDATED] = WsSpeechEventType.SPEECH_UPDATED
    data: WsSpeechUpdate
    data_model = WsSpeechUpdate

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> None:
        return None


class WsSpeechInputTextBufferCompletedEvent(StreamEvent):
    """The `input_text_buffer.completed` event; `data` is the decoded JSON (or the text, if
    it is not JSON).
    """

    __slots__ = ()
    event: Literal[WsSpeechEventType.INPUT_TEXT_BUFFER_COMPLETED] = WsSpeechEventType.INPUT_TEXT_BUFFER_COMPLETED
    data: JsonValue

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> None:
        return None


class WsSpeechConversationAudioSentenceStartEvent(StreamEvent):
    """The `conversation.audio.sentence_start` event; `data` is a `WsAudioSentence`."""

    __slots__ = ()
    event: Literal[WsSpeechEventType.CONVERSATION_AUDIO_SENTENCE_START] = (
        WsSpeechEventType.CONVERSATION_AUDIO_SENTENCE_START
    )
    data: WsAudioSentence
    data_model = WsAudioSentence

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> None:
        return None


class WsSpeechAudioUpdateEvent(StreamEvent):
    """The `speech.audio.update` event; `data` is a `WsAudioDelta`."""

    __slots__ = ()
    event: Literal[WsSpeechEventType.SPEECH_AUDIO_UPDATE] = WsSpeechEventType.SPEECH_AUDIO_UPDATE
    data: WsAudioDelta
    data_model = WsAudioDelta

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> None:
        return None


class WsSpeechAudioCompletedEvent(StreamEvent):
    """The `speech.audio.completed` event; `data` is the decoded JSON (or the text, if it
    is not JSON).
    """

    __slots__ = ()
    event: Literal[WsSpeechEventType.SPEECH_AUDIO_COMPLETED] = WsSpeechEventType.SPEECH_AUDIO_COMPLETED
    data: JsonValue

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> None:
        return None


class WsSpeechErrorEvent(StreamEvent):
    """The `error` event; `data` is a `WsError`."""

    __slots__ = ()
    event: Literal[WsSpeechEventType.ERROR] = WsSpeechEventType.ERROR
    data: WsError
    data_model = WsError

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> None:
        return None


WsSpeechServerEvent: TypeAlias = (
    WsSpeechCreatedEvent
    | WsSpeechUpdatedEvent
    | WsSpeechInputTextBufferCompletedEvent
    | WsSpeechConversationAudioSentenceStartEvent
    | WsSpeechAudioUpdateEvent
    | WsSpeechAudioCompletedEvent
    | WsSpeechErrorEvent
)
"""Every event a stream of this family delivers: Events the server sends on a speech synthesis WebSocket (websockets.audio.speech)."""


class WsSpeechServerEventStream(SyncEventStream[WsSpeechServerEvent], Protocol):
    """A stream of `WsSpeechServerEvent`s: Events the server sends on a speech synthesis
    WebSocket (websockets.audio.speech).
    """

    pass


class AsyncWsSpeechServerEventStream(AsyncEventStream[WsSpeechServerEvent], Protocol):
    """The async twin of `WsSpeechServerEventStream`."""

    pass


class WsSpeechClientEventType(StrEnum):
    """Event names: Events the client sends on a speech synthesis WebSocket
    (websockets.audio.speech).
    """

    SPEECH_UPDATE = "speech.update"
    INPUT_TEXT_BUFFER_APPEND = "input_text_buffer.append"
    INPUT_TEXT_BUFFER_COMPLETE = "input_text_buffer.complete"


class WsSpeechUpdateEvent(StreamEvent):
    """The `speech.update` event; `data` is a `WsSpeechUpdate`."""

    __slots__ = ()
    event: Literal[WsSpeechClientEventType.SPEECH_UPDATE] = WsSpeechClientEventType.SPEECH_UPDATE
    data: WsSpeechUpdate
    data_model = WsSpeechUpdate

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> None:
        return None


class WsSpeechInputTextBufferAppendEvent(StreamEvent):
    """The `input_text_buffer.append` event; `data` is a `WsTextDelta`."""

    __slots__ = ()
    event: Literal[WsSpeechClientEventType.INPUT_TEXT_BUFFER_APPEND] = WsSpeechClientEventType.INPUT_TEXT_BUFFER_APPEND
    data: WsTextDelta
    data_model = WsTextDelta

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> None:
        return None


class WsSpeechInputTextBufferCompleteEvent(StreamEvent):
    """The `input_text_buffer.complete` event; `data` is the decoded JSON (or the text, if
    it is not JSON).
    """

    __slots__ = ()
    event: Literal[WsSpeechClientEventType.INPUT_TEXT_BUFFER_COMPLETE] = (
        WsSpeechClientEventType.INPUT_TEXT_BUFFER_COMPLETE
    )
    data: JsonValue

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> None:
        return None


WsSpeechClientEvent: TypeAlias = (
    WsSpeechUpdateEvent | WsSpeechInputTextBufferAppendEvent | WsSpeechInputTextBufferCompleteEvent
)
"""Every event a stream of this family delivers: Events the client sends on a speech synthesis WebSocket (websockets.audio.speech)."""


class WsSpeechClientEventStream(SyncEventStream[WsSpeechClientEvent], Protocol):
    """A stream of `WsSpeechClientEvent`s: Events the client sends on a speech synthesis
    WebSocket (websockets.audio.speech).
    """

    pass


class AsyncWsSpeechClientEventStream(AsyncEventStream[WsSpeechClientEvent], Protocol):
    """The async twin of `WsSpeechClientEventStream`."""

    pass


class WsTranscriptionsEventType(StrEnum):
    """Event names: Events the server sends on a speech recognition WebSocket
    (websockets.audio.transcriptions).
    """

    TRANSCRIPTIONS_CREATED = "transcriptions.created"
    TRANSCRIPTIONS_UPDATED = "transcriptions.updated"
    INPUT_AUDIO_BUFFER_COMPLETED = "input_audio_buffer.completed"
    INPUT_AUDIO_BUFFER_CLEARED = "input_audio_buffer.cleared"
    TRANSCRIPTIONS_MESSAGE_UPDATE = "transcriptions.message.update"
    TRANSCRIPTIONS_MESSAGE_COMPLETED = "transcriptions.message.completed"
    ERROR = "error"


class WsTranscriptionsCreatedEvent(StreamEvent):
    """The `transcriptions.created` event; `data` is the decoded JSON (or the text, if it
    is not JSON).
    """

    __slots__ = ()
    event: Literal[WsTranscriptionsEventType.TRANSCRIPTIONS_CREATED] = WsTranscriptionsEventType.TRANSCRIPTIONS_CREATED
    data: JsonValue

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> None:
        return None


class WsTranscriptionsUpdatedEvent(StreamEvent):
    """The `transcriptions.updated` event; `data` is a `WsTranscriptionsUpdate`."""

    __slots__ = ()
    event: Literal[WsTranscriptionsEventType.TRANSCRIPTIONS_UPDATED] = WsTranscriptionsEventType.TRANSCRIPTIONS_UPDATED
    data: WsTranscriptionsUpdate
    data_model = WsTranscriptionsUpdate

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> None:
        return None


class WsTranscriptionsInputAudioBufferCompletedEvent(StreamEvent):
    """The `input_audio_buffer.completed` event; `data` is the decoded JSON (or the text,
    if it is not JSON).
    """

    __slots__ = ()
    event: Literal[WsTranscriptionsEventType.INPUT_AUDIO_BUFFER_COMPLETED] = (
        WsTranscriptionsEventType.INPUT_AUDIO_BUFFER_COMPLETED
    )
    data: JsonValue

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> None:
        return None


class WsTranscriptionsInputAudioBufferClearedEvent(StreamEvent):
    """The `input_audio_buffer.cleared` event; `data` is the decoded JSON (or the text, if
    it is not JSON).
    """

    __slots__ = ()
    event: Literal[WsTranscriptionsEventType.INPUT_AUDIO_BUFFER_CLEARED] = (
        WsTranscriptionsEventType.INPUT_AUDIO_BUFFER_CLEARED
    )
    data: JsonValue

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> None:
        return None


class WsTranscriptionsMessageUpdateEvent(StreamEvent):
    """The `transcriptions.message.update` event; `data` is a `WsTranscript`."""

    __slots__ = ()
    event: Literal[WsTranscriptionsEventType.TRANSCRIPTIONS_MESSAGE_UPDATE] = (
        WsTranscriptionsEventType.TRANSCRIPTIONS_MESSAGE_UPDATE
    )
    data: WsTranscript
    data_model = WsTranscript

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> None:
        return None


class WsTranscriptionsMessageCompletedEvent(StreamEvent):
    """The `transcriptions.message.completed` event; `data` is the decoded JSON (or the
    text, if it is not JSON).
    """

    __slots__ = ()
    event: Literal[WsTranscriptionsEventType.TRANSCRIPTIONS_MESSAGE_COMPLETED] = (
        WsTranscriptionsEventType.TRANSCRIPTIONS_MESSAGE_COMPLETED
    )
    data: JsonValue

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> None:
        return None


class WsTranscriptionsErrorEvent(StreamEvent):
    """The `error` event; `data` is a `WsError`."""

    __slots__ = ()
    event: Literal[WsTranscriptionsEventType.ERROR] = WsTranscriptionsEventType.ERROR
    data: WsError
    data_model = WsError

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> None:
        return None


WsTranscriptionsServerEvent: TypeAlias = (
    WsTranscriptionsCreatedEvent
    | WsTranscriptionsUpdatedEvent
    | WsTranscriptionsInputAudioBufferCompletedEvent
    | WsTranscriptionsInputAudioBufferClearedEvent
    | WsTranscriptionsMessageUpdateEvent
    | WsTranscriptionsMessageCompletedEvent
    | WsTranscriptionsErrorEvent
)
"""Every event a stream of this family delivers: Events the server sends on a speech recognition WebSocket (websockets.audio.transcriptions)."""


class WsTranscriptionsServerEventStream(SyncEventStream[WsTranscriptionsServerEvent], Protocol):
    """A stream of `WsTranscriptionsServerEvent`s: Events the server sends on a speech
    recognition WebSocket (websockets.audio.transcriptions).
    """

    pass


class AsyncWsTranscriptionsServerEventStream(AsyncEventStream[WsTranscriptionsServerEvent], Protocol):
    """The async twin of `WsTranscriptionsServerEventStream`."""

    pass


class WsTranscriptionsClientEventType(StrEnum):
    """Event names: Events the client sends on a speech recognition WebSocket
    (websockets.audio.transcriptions).
    """

    TRANSCRIPTIONS_UPDATE = "transcriptions.update"
    INPUT_AUDIO_BUFFER_APPEND = "input_audio_buffer.append"
    INPUT_AUDIO_BUFFER_COMPLETE = "input_audio_buffer.complete"
    INPUT_AUDIO_BUFFER_CLEAR = "input_audio_buffer.clear"


class WsTranscriptionsUpdateEvent(StreamEvent):
    """The `transcriptions.update` event; `data` is a `WsTranscriptionsUpdate`."""

    __slots__ = ()
    event: Literal[WsTranscriptionsClientEventType.TRANSCRIPTIONS_UPDATE] = (
        WsTranscriptionsClientEventType.TRANSCRIPTIONS_UPDATE
    )
    data: WsTranscriptionsUpdate
    data_model = WsTranscriptionsUpdate

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> None:
        return None


class WsTranscriptionsInputAudioBufferAppendEvent(StreamEvent):
    """The `input_audio_buffer.append` event; `data` is a `WsAudioDelta`."""

    __slots__ = ()
    event: Literal[WsTranscriptionsClientEventType.INPUT_AUDIO_BUFFER_APPEND] = (
        WsTranscriptionsClientEventType.INPUT_AUDIO_BUFFER_APPEND
    )
    data: WsAudioDelta
    data_model = WsAudioDelta

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> None:
        return None


class WsTranscriptionsInputAudioBufferCompleteEvent(StreamEvent):
    """The `input_audio_buffer.complete` event; `data` is the decoded JSON (or the text, if
    it is not JSON).
    """

    __slots__ = ()
    event: Literal[WsTranscriptionsClientEventType.INPUT_AUDIO_BUFFER_COMPLETE] = (
        WsTranscriptionsClientEventType.INPUT_AUDIO_BUFFER_COMPLETE
    )
    data: JsonValue

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> None:
        return None


class WsTranscriptionsInputAudioBufferClearEvent(StreamEvent):
    """The `input_audio_buffer.clear` event; `data` is the decoded JSON (or the text, if it
    is not JSON).
    """

    __slots__ = ()
    event: Literal[WsTranscriptionsClientEventType.INPUT_AUDIO_BUFFER_CLEAR] = (
        WsTranscriptionsClientEventType.INPUT_AUDIO_BUFFER_CLEAR
    )
    data: JsonValue

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> None:
        return None


WsTranscriptionsClientEvent: TypeAlias = (
    WsTranscriptionsUpdateEvent
    | WsTranscriptionsInputAudioBufferAppendEvent
    | WsTranscriptionsInputAudioBufferCompleteEvent
    | WsTranscriptionsInputAudioBufferClearEvent
)
"""Every event a stream of this family delivers: Events the client sends on a speech recognition WebSocket (websockets.audio.transcriptions)."""


class WsTranscriptionsClientEventStream(SyncEventStream[WsTranscriptionsClientEvent], Protocol):
    """A stream of `WsTranscriptionsClientEvent`s: Events the client sends on a speech
    recognition WebSocket (websockets.audio.transcriptions).
    """

    pass


class AsyncWsTranscriptionsClientEventStream(AsyncEventStream[WsTranscriptionsClientEvent], Protocol):
    """The async twin of `WsTranscriptionsClientEventStream`."""

    pass


class WsSimultInterpretationEventType(StrEnum):
    """Event names: Events the server sends on a simultaneous interpretation WebSocket
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


class WsSimultInterpretationCreatedEvent(StreamEvent):
    """The `simult_interpretation.created` event; `data` is the decoded JSON (or the text,
    if it is not JSON).
    """

    __slots__ = ()
    event: Literal[WsSimultInterpretationEventType.SIMULT_INTERPRETATION_CREATED] = (
        WsSimultInterpretationEventType.SIMULT_INTERPRETATION_CREATED
    )
    data: JsonValue

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> None:
        return None


class WsSimultInterpretationUpdatedEvent(StreamEvent):
    """The `simult_interpretation.updated` event; `data` is a
    `WsSimultInterpretationUpdate`.
    """

    __slots__ = ()
    event: Literal[WsSimultInterpretationEventType.SIMULT_INTERPRETATION_UPDATED] = (
        WsSimultInterpretationEventType.SIMULT_INTERPRETATION_UPDATED
    )
    data: WsSimultInterpretationUpdate
    data_model = WsSimultInterpretationUpdate

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> None:
        return None


class WsSimultInterpretationInputAudioBufferCompletedEvent(StreamEvent):
    """The `input_audio_buffer.completed` event; `data` is the decoded JSON (or the text,
    if it is not JSON).
    """

    __slots__ = ()
    event: Literal[WsSimultInterpretationEventType.INPUT_AUDIO_BUFFER_COMPLETED] = (
        WsSimultInterpretationEventType.INPUT_AUDIO_BUFFER_COMPLETED
    )
    data: JsonValue

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> None:
        return None


class WsSimultInterpretationTranscriptionDeltaEvent(StreamEvent):
    """The `simult_interpretation.transcription.delta` event; `data` is a `WsTextDelta`."""

    __slots__ = ()
    event: Literal[WsSimultInterpretationEventType.SIMULT_INTERPRETATION_TRANSCRIPTION_DELTA] = (
        WsSimultInterpretationEventType.SIMULT_INTERPRETATION_TRANSCRIPTION_DELTA
    )
    data: WsTextDelta
    data_model = WsTextDelta

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> None:
        return None


class WsSimultInterpretationTranslationDeltaEvent(StreamEvent):
    """The `simult_interpretation.translation.delta` event; `data` is a `WsTextDelta`."""

    __slots__ = ()
    event: Literal[WsSimultInterpretationEventType.SIMULT_INTERPRETATION_TRANSLATION_DELTA] = (
        WsSimultInterpretationEventType.SIMULT_INTERPRETATION_TRANSLATION_DELTA
    )
    data: WsTextDelta
    data_model = WsTextDelta

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> None:
        return None


class WsSimultInterpretationAudioDeltaEvent(StreamEvent):
    """The `simult_interpretation.audio.delta` event; `data` is a `WsAudioDelta`."""

    __slots__ = ()
    event: Literal[WsSimultInterpretationEventType.SIMULT_INTERPRETATION_AUDIO_DELTA] = (
        WsSimultInterpretationEventType.SIMULT_INTERPRETATION_AUDIO_DELTA
    )
    data: WsAudioDelta
    data_model = WsAudioDelta

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> None:
        return None


class WsSimultInterpretationMessageCompletedEvent(StreamEvent):
    """The `simult_interpretation.message.completed` event; `data` is the decoded JSON (or
    the text, if it is not JSON).
    """

    __slots__ = ()
    event: Literal[WsSimultInterpretationEventType.SIMULT_INTERPRETATION_MESSAGE_COMPLETED] = (
        WsSimultInterpretationEventType.SIMULT_INTERPRETATION_MESSAGE_COMPLETED
    )
    data: JsonValue

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> None:
        return None


class WsSimultInterpretationErrorEvent(StreamEvent):
    """The `error` event; `data` is a `WsError`."""

    __slots__ = ()
    event: Literal[WsSimultInterpretationEventType.ERROR] = WsSimultInterpretationEventType.ERROR
    data: WsError
    data_model = WsError

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> None:
        return None


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
"""Every event a stream of this family delivers: Events the server sends on a simultaneous interpretation WebSocket (websockets.audio.simult_interpretation)."""


class WsSimultInterpretationServerEventStream(SyncEventStream[WsSimultInterpretationServerEvent], Protocol):
    """A stream of `WsSimultInterpretationServerEvent`s: Events the server sends on a
    simultaneous interpretation WebSocket (websockets.audio.simult_interpretation).
    """

    pass


class AsyncWsSimultInterpretationServerEventStream(AsyncEventStream[WsSimultInterpretationServerEvent], Protocol):
    """The async twin of `WsSimultInterpretationServerEventStream`."""

    pass


class WsSimultInterpretationClientEventType(StrEnum):
    """Event names: Events the client sends on a simultaneous interpretation WebSocket
    (websockets.audio.simult_interpretation).
    """

    SIMULT_INTERPRETATION_UPDATE = "simult_interpretation.update"
    INPUT_AUDIO_BUFFER_APPEND = "input_audio_buffer.append"
    INPUT_AUDIO_BUFFER_COMPLETE = "input_audio_buffer.complete"


class WsSimultInterpretationUpdateEvent(StreamEvent):
    """The `simult_interpretation.update` event; `data` is a
    `WsSimultInterpretationUpdate`.
    """

    __slots__ = ()
    event: Literal[WsSimultInterpretationClientEventType.SIMULT_INTERPRETATION_UPDATE] = (
        WsSimultInterpretationClientEventType.SIMULT_INTERPRETATION_UPDATE
    )
    data: WsSimultInterpretationUpdate
    data_model = WsSimultInterpretationUpdate

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> None:
        return None


class WsSimultInterpretationInputAudioBufferAppendEvent(StreamEvent):
    """The `input_audio_buffer.append` event; `data` is a `WsAudioDelta`."""

    __slots__ = ()
    event: Literal[WsSimultInterpretationClientEventType.INPUT_AUDIO_BUFFER_APPEND] = (
        WsSimultInterpretationClientEventType.INPUT_AUDIO_BUFFER_APPEND
    )
    data: WsAudioDelta
    data_model = WsAudioDelta

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> None:
        return None


class WsSimultInterpretationInputAudioBufferCompleteEvent(StreamEvent):
    """The `input_audio_buffer.complete` event; `data` is the decoded JSON (or the text, if
    it is not JSON).
    """

    __slots__ = ()
    event: Literal[WsSimultInterpretationClientEventType.INPUT_AUDIO_BUFFER_COMPLETE] = (
        WsSimultInterpretationClientEventType.INPUT_AUDIO_BUFFER_COMPLETE
    )
    data: JsonValue

    @property
    def message(self) -> None:
        return None

    @property
    def chat(self) -> None:
        return None


WsSimultInterpretationClientEvent: TypeAlias = (
    WsSimultInterpretationUpdateEvent
    | WsSimultInterpretationInputAudioBufferAppendEvent
    | WsSimultInterpretationInputAudioBufferCompleteEvent
)
"""Every event a stream of this family delivers: Events the client sends on a simultaneous interpretation WebSocket (websockets.audio.simult_interpretation)."""


class WsSimultInterpretationClientEventStream(SyncEventStream[WsSimultInterpretationClientEvent], Protocol):
    """A stream of `WsSimultInterpretationClientEvent`s: Events the client sends on a
    simultaneous interpretation WebSocket (websockets.audio.simult_interpretation).
    """

    pass


class AsyncWsSimultInterpretationClientEventStream(AsyncEventStream[WsSimultInterpretationClientEvent], Protocol):
    """The async twin of `WsSimultInterpretationClientEventStream`."""

    pass


CHATEVENT = EventMap(
    "ChatEvent",
    {
        "conversation.chat.created": ConversationChatCreatedEvent,
        "conversation.chat.in_progress": ConversationChatInProgressEvent,
        "conversation.message.delta": ConversationMessageDeltaEvent,
        "conversation.message.completed": ConversationMessageCompletedEvent,
        "conversation.audio.delta": ConversationAudioDeltaEvent,
        "conversation.chat.completed": ConversationChatCompletedEvent,
        "conversation.chat.failed": ConversationChatFailedEvent,
        "conversation.chat.requires_action": ConversationChatRequiresActionEvent,
        "error": ChatErrorEvent,
        "done": ChatDoneEvent,
    },
    terminal=frozenset(("done",)),
    errors=frozenset(("error", "conversation.chat.failed")),
    message_events=frozenset(
        ("conversation.message.delta", "conversation.message.completed", "conversation.audio.delta")
    ),
    chat_events=frozenset(
        (
            "conversation.chat.created",
            "conversation.chat.in_progress",
            "conversation.chat.completed",
            "conversation.chat.failed",
            "conversation.chat.requires_action",
        )
    ),
    text_events=frozenset(("conversation.message.delta",)),
    complete_message_events=frozenset(("conversation.message.completed",)),
)
WORKFLOWCHATEVENT = EventMap(
    "WorkflowChatEvent",
    {
        "conversation.chat.created": ConversationChatCreatedEvent,
        "conversation.chat.in_progress": ConversationChatInProgressEvent,
        "conversation.message.delta": ConversationMessageDeltaEvent,
        "conversation.message.completed": ConversationMessageCompletedEvent,
        "conversation.audio.delta": ConversationAudioDeltaEvent,
        "conversation.chat.completed": ConversationChatCompletedEvent,
        "conversation.chat.failed": ConversationChatFailedEvent,
        "conversation.chat.requires_action": ConversationChatRequiresActionEvent,
        "error": ChatErrorEvent,
        "done": WorkflowChatDoneEvent,
    },
    terminal=frozenset(("done",)),
    errors=frozenset(("error", "conversation.chat.failed")),
    message_events=frozenset(
        ("conversation.message.delta", "conversation.message.completed", "conversation.audio.delta")
    ),
    chat_events=frozenset(
        (
            "conversation.chat.created",
            "conversation.chat.in_progress",
            "conversation.chat.completed",
            "conversation.chat.failed",
            "conversation.chat.requires_action",
        )
    ),
    text_events=frozenset(("conversation.message.delta",)),
    complete_message_events=frozenset(("conversation.message.completed",)),
)
WORKFLOWEVENT = EventMap(
    "WorkflowEvent",
    {
        "Message": WorkflowMessageEvent,
        "Interrupt": WorkflowInterruptEvent,
        "Error": WorkflowErrorEvent,
        "Done": WorkflowDoneEvent,
        "PING": WorkflowPingEvent,
    },
    terminal=frozenset(("Done",)),
    errors=frozenset(("Error",)),
    message_events=frozenset(("Message",)),
    text_events=frozenset(("Message",)),
    complete_message_events=frozenset(("Message",)),
)
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
    "ChatEvent": CHATEVENT,
    "WorkflowChatEvent": WORKFLOWCHATEVENT,
    "WorkflowEvent": WORKFLOWEVENT,
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
    "AsyncChatEventStream",
    "AsyncWorkflowChatEventStream",
    "AsyncWorkflowEventStream",
    "AsyncWsChatClientEventStream",
    "AsyncWsChatServerEventStream",
    "AsyncWsSimultInterpretationClientEventStream",
    "AsyncWsSimultInterpretationServerEventStream",
    "AsyncWsSpeechClientEventStream",
    "AsyncWsSpeechServerEventStream",
    "AsyncWsTranscriptionsClientEventStream",
    "AsyncWsTranscriptionsServerEventStream",
    "ChatDoneEvent",
    "ChatErrorEvent",
    "ChatEvent",
    "ChatEventStream",
    "ChatEventType",
    "ConversationAudioDeltaEvent",
    "ConversationChatCompletedEvent",
    "ConversationChatCreatedEvent",
    "ConversationChatFailedEvent",
    "ConversationChatInProgressEvent",
    "ConversationChatRequiresActionEvent",
    "ConversationMessageCompletedEvent",
    "ConversationMessageDeltaEvent",
    "WorkflowChatDoneEvent",
    "WorkflowChatEvent",
    "WorkflowChatEventStream",
    "WorkflowDoneEvent",
    "WorkflowErrorEvent",
    "WorkflowEvent",
    "WorkflowEventStream",
    "WorkflowEventType",
    "WorkflowInterruptEvent",
    "WorkflowMessageEvent",
    "WorkflowPingEvent",
    "WsChatClientEvent",
    "WsChatClientEventStream",
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
    "WsChatServerEventStream",
    "WsChatUpdateEvent",
    "WsChatUpdatedEvent",
    "WsSimultInterpretationAudioDeltaEvent",
    "WsSimultInterpretationClientEvent",
    "WsSimultInterpretationClientEventStream",
    "WsSimultInterpretationClientEventType",
    "WsSimultInterpretationCreatedEvent",
    "WsSimultInterpretationErrorEvent",
    "WsSimultInterpretationEventType",
    "WsSimultInterpretationInputAudioBufferAppendEvent",
    "WsSimultInterpretationInputAudioBufferCompleteEvent",
    "WsSimultInterpretationInputAudioBufferCompletedEvent",
    "WsSimultInterpretationMessageCompletedEvent",
    "WsSimultInterpretationServerEvent",
    "WsSimultInterpretationServerEventStream",
    "WsSimultInterpretationTranscriptionDeltaEvent",
    "WsSimultInterpretationTranslationDeltaEvent",
    "WsSimultInterpretationUpdateEvent",
    "WsSimultInterpretationUpdatedEvent",
    "WsSpeechAudioCompletedEvent",
    "WsSpeechAudioUpdateEvent",
    "WsSpeechClientEvent",
    "WsSpeechClientEventStream",
    "WsSpeechClientEventType",
    "WsSpeechConversationAudioSentenceStartEvent",
    "WsSpeechCreatedEvent",
    "WsSpeechErrorEvent",
    "WsSpeechEventType",
    "WsSpeechInputTextBufferAppendEvent",
    "WsSpeechInputTextBufferCompleteEvent",
    "WsSpeechInputTextBufferCompletedEvent",
    "WsSpeechServerEvent",
    "WsSpeechServerEventStream",
    "WsSpeechUpdateEvent",
    "WsSpeechUpdatedEvent",
    "WsTranscriptionsClientEvent",
    "WsTranscriptionsClientEventStream",
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
    "WsTranscriptionsServerEventStream",
    "WsTranscriptionsUpdateEvent",
    "WsTranscriptionsUpdatedEvent",
]
