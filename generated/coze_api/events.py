"""The typed events of every stream: their name enums, classes, unions and stream protocols.

Generated from openapi/coze.yaml by `make gen`; never edit by hand.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import Literal, Protocol, TypeAlias

from ._events import EventMap, StreamEvent
from ._runtime import AsyncStream, Stream
from .models._shared import Chat, ChatError, ChatMessage
from .models.workflows import WorkflowChatDone, WorkflowDone, WorkflowError, WorkflowInterrupt, WorkflowMessage
from .types import JsonValue


class ChatPoll:
    """A chat polled to its end (`create_and_poll`, a stream's `recover()`): the final
    `Chat` and its `ChatMessage`s.
    """

    __slots__ = ("chat", "messages")

    def __init__(self, chat: Chat, messages: list[ChatMessage]) -> None:
        self.chat = chat
        self.messages = messages

    @property
    def logid(self) -> str | None:
        """The logid of the last look at the chat."""
        return self.chat.logid

    def __repr__(self) -> str:
        return f"ChatPoll(chat={self.chat!r}, messages=[{len(self.messages)} messages])"


class ChatEventType(StrEnum):
    """The names of the `ChatEvent` events, equal to their wire names.

    Events of a chat stream (chat.stream, chat.submit_tool_outputs_stream).
    """

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


class ChatEventStream(Stream[ChatEvent], Protocol):
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
    ) -> ChatPoll:
        """Finish a chat whose stream broke off by polling it to its end."""
        ...


class AsyncChatEventStream(AsyncStream[ChatEvent], Protocol):
    """The async twin of `ChatEventStream`."""

    async def messages(self) -> list[ChatMessage]: ...

    async def final_chat(self) -> Chat | None: ...

    async def recover(
        self,
        *,
        poll_timeout: float | None = ...,
        poll_interval: float = ...,
        on_status: Callable[[Chat], object] | None = ...,
    ) -> ChatPoll: ...


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


class WorkflowChatEventStream(Stream[WorkflowChatEvent], Protocol):
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
    ) -> ChatPoll:
        """Finish a chat whose stream broke off by polling it to its end."""
        ...


class AsyncWorkflowChatEventStream(AsyncStream[WorkflowChatEvent], Protocol):
    """The async twin of `WorkflowChatEventStream`."""

    async def messages(self) -> list[ChatMessage]: ...

    async def final_chat(self) -> Chat | None: ...

    async def recover(
        self,
        *,
        poll_timeout: float | None = ...,
        poll_interval: float = ...,
        on_status: Callable[[Chat], object] | None = ...,
    ) -> ChatPoll: ...


class WorkflowEventType(StrEnum):
    """The names of the `WorkflowEvent` events, equal to their wire names.

    Events of a workflow run stream (workflows.runs.stream, workflows.runs.resume).
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


class WorkflowEventStream(Stream[WorkflowEvent], Protocol):
    """A stream of `WorkflowEvent`s: Events of a workflow run stream
    (workflows.runs.stream, workflows.runs.resume).
    """

    def messages(self) -> list[WorkflowMessage]:
        """Read the rest of the stream; return its completed messages, in order."""
        ...


class AsyncWorkflowEventStream(AsyncStream[WorkflowEvent], Protocol):
    """The async twin of `WorkflowEventStream`."""

    async def messages(self) -> list[WorkflowMessage]: ...


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
EVENT_MAPS: dict[str, EventMap] = {
    "ChatEvent": CHATEVENT,
    "WorkflowChatEvent": WORKFLOWCHATEVENT,
    "WorkflowEvent": WORKFLOWEVENT,
}

__all__ = [
    "AsyncChatEventStream",
    "AsyncWorkflowChatEventStream",
    "AsyncWorkflowEventStream",
    "ChatDoneEvent",
    "ChatErrorEvent",
    "ChatEvent",
    "ChatEventStream",
    "ChatEventType",
    "ChatPoll",
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
]
