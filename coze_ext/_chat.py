"""`coze.chat` with what the generated tree cannot express: polling a chat to its end.

`ChatResource` / `AsyncChatResource` extend the generated groups with `create_and_poll`
(start a chat, wait for it, return it with its messages) and `poll` (the same for a chat
that already exists, e.g. one whose stream broke off). Both share `poll_flow`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Unpack

from coze_api.resources import chat as _generated
from coze_api.types import UNSET, TimeoutInput, Unset

from ._errors import ChatFailedError
from ._polling import PollPolicy, arun_poll, poll_flow, run_poll

if TYPE_CHECKING:
    from coze_api.models import Chat, ChatMessage
    from coze_api.params import ChatCreateParams

__all__ = ["AsyncChatResource", "ChatFailedError", "ChatPoll", "ChatResource"]

# Statuses after which a chat no longer changes by itself.
CHAT_DONE = frozenset({"completed", "failed", "requires_action", "canceled"})
DEFAULT_CHAT_POLL_TIMEOUT = 600.0


class ChatPoll:
    """A finished chat and its messages (answers, tool calls, follow-ups...)."""

    __slots__ = ("chat", "messages")

    chat: Chat
    messages: list[ChatMessage]

    def __init__(self, chat: Chat, messages: list[ChatMessage]) -> None:
        self.chat = chat
        self.messages = messages

    @property
    def logid(self) -> str | None:
        """The logid of the last look at the chat."""
        return self.chat.logid

    def __repr__(self) -> str:
        return f"ChatPoll(chat={self.chat!r}, messages=[{len(self.messages)} messages])"


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


def _policy(poll_timeout: float | None, poll_interval: float) -> PollPolicy:
    return PollPolicy(interval=poll_interval, timeout=poll_timeout)


def _call_options(options: Mapping[str, Any]) -> dict[str, Any]:
    """The per-call options that also apply to the polling calls (not extra_query/extra_body)."""
    return {k: options[k] for k in ("timeout", "extra_headers", "max_retries") if k in options}


class ChatResource(_generated.ChatResource):
    """The `chat` resource group, with `create_and_poll` and `poll`."""

    def create_and_poll(
        self,
        *,
        poll_timeout: float | None = DEFAULT_CHAT_POLL_TIMEOUT,
        poll_interval: float = 0.5,
        on_status: Callable[[Chat], Any] | None = None,
        **params: Unpack[ChatCreateParams],
    ) -> ChatPoll:
        """Start a chat without streaming, wait until it ends, return it with its messages.

        Takes every argument of `create`. Polls `retrieve` from `poll_interval` seconds,
        backing off to 5 s; ends on completed, requires_action (submit the tool outputs, then
        poll again) and canceled. A failed chat raises `ChatFailedError`. After `poll_timeout`
        seconds (None: no limit) the chat is canceled and returned as the cancel left it.
        `on_status(chat)` is called with the chat whenever its status changes.
        """
        policy = _policy(poll_timeout, poll_interval)  # bad settings fail before the chat starts
        chat = self.create(**params)
        return self._finish(chat, policy, on_status, _call_options(params))

    def poll(
        self,
        *,
        conversation_id: str,
        chat_id: str,
        poll_timeout: float | None = DEFAULT_CHAT_POLL_TIMEOUT,
        poll_interval: float = 0.5,
        on_status: Callable[[Chat], Any] | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> ChatPoll:
        """Wait for an existing chat to end; return it with its messages (see `create_and_poll`)."""
        options: dict[str, Any] = {"timeout": timeout, "extra_headers": extra_headers, "max_retries": max_retries}
        chat = self.retrieve(conversation_id=conversation_id, chat_id=chat_id, **options)
        return self._finish(chat, _policy(poll_timeout, poll_interval), on_status, options)

    def _finish(
        self, chat: Chat, policy: PollPolicy, on_status: Callable[[Chat], Any] | None, options: dict[str, Any]
    ) -> ChatPoll:
        ids: dict[str, Any] = {"conversation_id": chat.conversation_id, "chat_id": chat.id}
        flow = poll_flow(
            chat, finished=_finished, status=_status, policy=policy, clock=time.monotonic, on_status=on_status
        )
        chat = run_poll(flow, lambda: self.retrieve(**ids, **options), lambda: self.cancel(**ids, **options))
        if _status(chat) == "failed":
            raise chat_failed(chat)
        return ChatPoll(chat, self.messages.list(**ids, **options))


class AsyncChatResource(_generated.AsyncChatResource):
    """The async `chat` resource group, with `create_and_poll` and `poll`."""

    async def create_and_poll(
        self,
        *,
        poll_timeout: float | None = DEFAULT_CHAT_POLL_TIMEOUT,
        poll_interval: float = 0.5,
        on_status: Callable[[Chat], Any] | None = None,
        **params: Unpack[ChatCreateParams],
    ) -> ChatPoll:
        """The async twin of `ChatResource.create_and_poll`."""
        policy = _policy(poll_timeout, poll_interval)
        chat = await self.create(**params)
        return await self._finish(chat, policy, on_status, _call_options(params))

    async def poll(
        self,
        *,
        conversation_id: str,
        chat_id: str,
        poll_timeout: float | None = DEFAULT_CHAT_POLL_TIMEOUT,
        poll_interval: float = 0.5,
        on_status: Callable[[Chat], Any] | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> ChatPoll:
        """The async twin of `ChatResource.poll`."""
        options: dict[str, Any] = {"timeout": timeout, "extra_headers": extra_headers, "max_retries": max_retries}
        chat = await self.retrieve(conversation_id=conversation_id, chat_id=chat_id, **options)
        return await self._finish(chat, _policy(poll_timeout, poll_interval), on_status, options)

    async def _finish(
        self, chat: Chat, policy: PollPolicy, on_status: Callable[[Chat], Any] | None, options: dict[str, Any]
    ) -> ChatPoll:
        ids: dict[str, Any] = {"conversation_id": chat.conversation_id, "chat_id": chat.id}
        flow = poll_flow(
            chat, finished=_finished, status=_status, policy=policy, clock=time.monotonic, on_status=on_status
        )
        chat = await arun_poll(flow, lambda: self.retrieve(**ids, **options), lambda: self.cancel(**ids, **options))
        if _status(chat) == "failed":
            raise chat_failed(chat)
        return ChatPoll(chat, await self.messages.list(**ids, **options))
