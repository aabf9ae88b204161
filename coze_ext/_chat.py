"""`coze.chat` with what the generated tree cannot express: polling a chat to its end, and
the chat helpers of chat streams.

`PollingChatResource` / `AsyncPollingChatResource` extend the generated `chat` group with
`create_and_poll` (start a chat, wait for it, return it with its messages) and `poll` (the
same for a chat that already exists). `ChatStream` / `AsyncChatStream` are the streams of
chat events (`coze.chat.stream`, `coze.workflows.chat.stream`): besides the events, they
read the final chat (`final_chat`) and finish a chat whose stream broke off (`recover`),
polling as `poll` does. Both polls share `poll_flow`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, TypedDict, TypeVar, Unpack, cast

from coze_api._events import StreamEvent
from coze_api.resources.chat import AsyncChatResource, ChatResource
from coze_api.types import TimeoutInput, Unset

from ._errors import ChatFailedError, CozeError
from ._polling import PollPolicy, arun_poll, poll_flow, run_poll
from ._streaming import AsyncMessageStream, MessageStream

if TYPE_CHECKING:
    # Loaded when a chat is polled, not when the client is created (import time counts).
    from coze_api.events import ChatPoll
    from coze_api.models import Chat, ChatMessage
    from coze_api.params import ChatCreateParams

__all__ = ["AsyncChatStream", "AsyncPollingChatResource", "ChatStream", "PollingChatResource"]

E = TypeVar("E", bound=StreamEvent)

# Statuses after which a chat no longer changes by itself.
CHAT_DONE = frozenset({"completed", "failed", "requires_action", "canceled"})
DEFAULT_CHAT_POLL_TIMEOUT = 600.0


class CallOptions(TypedDict, total=False):
    """The per-call options that also apply to a poll's calls (not extra_query/extra_body)."""

    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    max_retries: int | None


def call_options(params: Mapping[str, object]) -> CallOptions:
    """The options among a call's arguments that its poll's calls take too."""
    return cast(CallOptions, {key: params[key] for key in CallOptions.__annotations__ if key in params})


def polled(chat: Chat, messages: list[ChatMessage]) -> ChatPoll:
    from coze_api.events import ChatPoll

    return ChatPoll(chat, messages)


def chat_failed(chat: Chat) -> ChatFailedError:
    error = chat.last_error
    code = error.code if error is not None else None
    msg = (error.msg or None) if error is not None else None
    text = f"chat {chat.id} failed: " + (f"code {code}: " if code is not None else "") + (msg or "no reason given")
    if chat.logid:
        text += f" (logid: {chat.logid})"
    return ChatFailedError(text, chat=chat, code=code, msg=msg, logid=chat.logid, body=chat.to_dict())


def _status(chat: Chat) -> str:
    return str(chat.status) if chat.status is not None else "unknown"


def _finished(chat: Chat) -> bool:
    return _status(chat) in CHAT_DONE


class PollingChatResource(ChatResource):
    """The `chat` resource group, with `create_and_poll` and `poll`."""

    def create_and_poll(
        self,
        *,
        poll_timeout: float | None = DEFAULT_CHAT_POLL_TIMEOUT,
        poll_interval: float = 0.5,
        on_status: Callable[[Chat], object] | None = None,
        **params: Unpack[ChatCreateParams],
    ) -> ChatPoll:
        """Start a chat without streaming, wait until it ends, return it with its messages.

        Takes every argument of `create`. Polls `retrieve` from `poll_interval` seconds,
        backing off to 5 s; ends on completed, requires_action (submit the tool outputs, then
        poll again) and canceled. A failed chat raises `ChatFailedError`. After `poll_timeout`
        seconds (None: no limit) the chat is canceled and returned as the cancel left it.
        `on_status(chat)` is called with the chat whenever its status changes.
        """
        policy = PollPolicy(interval=poll_interval, timeout=poll_timeout)  # bad settings fail before the chat starts
        chat = self.create(**params)
        return self._finish(chat, policy, on_status, call_options(params))

    def poll(
        self,
        *,
        conversation_id: str,
        chat_id: str,
        poll_timeout: float | None = DEFAULT_CHAT_POLL_TIMEOUT,
        poll_interval: float = 0.5,
        on_status: Callable[[Chat], object] | None = None,
        **options: Unpack[CallOptions],
    ) -> ChatPoll:
        """Wait for an existing chat to end; return it with its messages (see `create_and_poll`)."""
        chat = self.retrieve(conversation_id=conversation_id, chat_id=chat_id, **options)
        return self._finish(chat, PollPolicy(interval=poll_interval, timeout=poll_timeout), on_status, options)

    def _finish(
        self, chat: Chat, policy: PollPolicy, on_status: Callable[[Chat], object] | None, options: CallOptions
    ) -> ChatPoll:
        conversation_id, chat_id = chat.conversation_id, chat.id
        flow = poll_flow(
            chat, finished=_finished, status=_status, policy=policy, clock=time.monotonic, on_status=on_status
        )
        chat = run_poll(
            flow,
            lambda: self.retrieve(conversation_id=conversation_id, chat_id=chat_id, **options),
            lambda: self.cancel(conversation_id=conversation_id, chat_id=chat_id, **options),
        )
        if _status(chat) == "failed":
            raise chat_failed(chat)
        return polled(chat, self.messages.list(conversation_id=conversation_id, chat_id=chat_id, **options))


class AsyncPollingChatResource(AsyncChatResource):
    """The async `chat` resource group, with `create_and_poll` and `poll`."""

    async def create_and_poll(
        self,
        *,
        poll_timeout: float | None = DEFAULT_CHAT_POLL_TIMEOUT,
        poll_interval: float = 0.5,
        on_status: Callable[[Chat], object] | None = None,
        **params: Unpack[ChatCreateParams],
    ) -> ChatPoll:
        """The async twin of `PollingChatResource.create_and_poll`."""
        policy = PollPolicy(interval=poll_interval, timeout=poll_timeout)
        chat = await self.create(**params)
        return await self._finish(chat, policy, on_status, call_options(params))

    async def poll(
        self,
        *,
        conversation_id: str,
        chat_id: str,
        poll_timeout: float | None = DEFAULT_CHAT_POLL_TIMEOUT,
        poll_interval: float = 0.5,
        on_status: Callable[[Chat], object] | None = None,
        **options: Unpack[CallOptions],
    ) -> ChatPoll:
        """The async twin of `PollingChatResource.poll`."""
        chat = await self.retrieve(conversation_id=conversation_id, chat_id=chat_id, **options)
        return await self._finish(chat, PollPolicy(interval=poll_interval, timeout=poll_timeout), on_status, options)

    async def _finish(
        self, chat: Chat, policy: PollPolicy, on_status: Callable[[Chat], object] | None, options: CallOptions
    ) -> ChatPoll:
        conversation_id, chat_id = chat.conversation_id, chat.id
        flow = poll_flow(
            chat, finished=_finished, status=_status, policy=policy, clock=time.monotonic, on_status=on_status
        )
        chat = await arun_poll(
            flow,
            lambda: self.retrieve(conversation_id=conversation_id, chat_id=chat_id, **options),
            lambda: self.cancel(conversation_id=conversation_id, chat_id=chat_id, **options),
        )
        if _status(chat) == "failed":
            raise chat_failed(chat)
        messages = await self.messages.list(conversation_id=conversation_id, chat_id=chat_id, **options)
        return polled(chat, messages)


class ChatStream(MessageStream[E, "ChatMessage"]):
    """A stream of chat events, with the chat helpers: `messages()`, `final_chat()`,
    `recover()`."""

    def final_chat(self) -> Chat | None:
        """Read the rest of the stream; return the chat as its last chat event left it (or None)."""
        for _ in self:
            pass
        return _last_chat(self._reader.last_chat)

    def recover(
        self,
        *,
        poll_timeout: float | None = DEFAULT_CHAT_POLL_TIMEOUT,
        poll_interval: float = 0.5,
        on_status: Callable[[Chat], object] | None = None,
    ) -> ChatPoll:
        """Finish a chat whose stream broke off: poll the chat the stream announced until it
        ends, and return it with its messages (as `chat.create_and_poll` does).

        Call it after `StreamIncomplete` or a connection error, once `conversation.chat.created`
        has arrived. Takes `create_and_poll`'s polling options.
        """
        self.close()
        conversation_id, chat_id = _recoverable(self._reader.last_chat)
        return PollingChatResource(self._requester).poll(
            conversation_id=conversation_id,
            chat_id=chat_id,
            poll_timeout=poll_timeout,
            poll_interval=poll_interval,
            on_status=on_status,
        )


class AsyncChatStream(AsyncMessageStream[E, "ChatMessage"]):
    """The async twin of `ChatStream`."""

    async def final_chat(self) -> Chat | None:
        """Read the rest of the stream; return the chat as its last chat event left it (or None)."""
        async for _ in self:
            pass
        return _last_chat(self._reader.last_chat)

    async def recover(
        self,
        *,
        poll_timeout: float | None = DEFAULT_CHAT_POLL_TIMEOUT,
        poll_interval: float = 0.5,
        on_status: Callable[[Chat], object] | None = None,
    ) -> ChatPoll:
        """The async twin of `ChatStream.recover`."""
        await self.close()
        conversation_id, chat_id = _recoverable(self._reader.last_chat)
        return await AsyncPollingChatResource(self._requester).poll(
            conversation_id=conversation_id,
            chat_id=chat_id,
            poll_timeout=poll_timeout,
            poll_interval=poll_interval,
            on_status=on_status,
        )


def _last_chat(event: StreamEvent | None) -> Chat | None:
    from coze_api.models import Chat

    chat = event.data if event is not None else None
    return chat if isinstance(chat, Chat) else None


def _recoverable(event: StreamEvent | None) -> tuple[str, str]:
    chat = _last_chat(event)
    if chat is None or not chat.conversation_id or not chat.id:
        raise CozeError("nothing to recover: the stream broke off before conversation.chat.created")
    return chat.conversation_id, chat.id
