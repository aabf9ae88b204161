"""The `chat` resource group, sync and async, and its `with_raw_response` twins.

Generated from openapi/coze.yaml by `make gen`; never edit by hand.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Literal

from .. import operations as _ops
from .._runtime import (
    AsyncRawMethod,
    AsyncRequester,
    RawGroup,
    RawMethod,
    RequestOptions,
    SyncRequester,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..events import AsyncChatEventStream, ChatEventStream
    from ..models import BotPublishStatus, Chat, ChatMessage, ChatShortcutCommand, ChatToolOutput, EnterMessage
    from ..types import JsonValue, TimeoutInput

__all__ = [
    "AsyncChatMessagesResource",
    "AsyncChatResource",
    "AsyncRawChatMessagesResource",
    "AsyncRawChatResource",
    "ChatMessagesResource",
    "ChatResource",
    "RawChatMessagesResource",
    "RawChatResource",
]


class ChatMessagesResource:
    """The `chat.messages` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        conversation_id: str,
        chat_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> builtins.list[ChatMessage]:
        """List the messages of a chat.

        Returns every message a chat produced (answers, tool calls, tool responses,
        follow-ups, verbose packets) except the user's query; call it once the chat has
        finished.

        Args:
            conversation_id: The conversation the chat belongs to.
            chat_id: The chat whose messages to list.
        """
        return self._requester.request(
            _ops.CHAT_MESSAGES_LIST,
            {"conversation_id": conversation_id, "chat_id": chat_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncChatMessagesResource:
    """The `chat.messages` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def list(
        self,
        *,
        conversation_id: str,
        chat_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> builtins.list[ChatMessage]:
        """List the messages of a chat.

        Returns every message a chat produced (answers, tool calls, tool responses,
        follow-ups, verbose packets) except the user's query; call it once the chat has
        finished.

        Args:
            conversation_id: The conversation the chat belongs to.
            chat_id: The chat whose messages to list.
        """
        return await self._requester.request(
            _ops.CHAT_MESSAGES_LIST,
            {"conversation_id": conversation_id, "chat_id": chat_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class ChatResource:
    """The `chat` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    @cached_property
    def messages(self) -> ChatMessagesResource:
        """The `chat.messages` resource group."""
        return ChatMessagesResource(self._requester)

    def create(
        self,
        *,
        bot_id: str,
        user_id: str,
        conversation_id: str | None = None,
        additional_messages: Sequence[EnterMessage | Mapping[str, object]] | None = None,
        custom_variables: Mapping[str, str] | None = None,
        auto_save_history: bool | None = None,
        meta_data: Mapping[str, str] | None = None,
        extra_params: Mapping[str, str] | None = None,
        shortcut_command: ChatShortcutCommand | Mapping[str, object] | None = None,
        parameters: Mapping[str, JsonValue] | None = None,
        enable_card: bool | None = None,
        publish_status: BotPublishStatus
        | Literal["all", "published_online", "published_draft", "unpublished_draft"]
        | None = None,
        bot_version: str | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> Chat:
        """Start a chat.

        Sends messages to a bot and starts one chat turn; without streaming the answer
        only holds the chat's state, so poll chat_retrieve and then list the chat's
        messages.

        Args:
            conversation_id: The conversation to chat in; when left out the server
                creates a new conversation for this chat.
            bot_id: The bot to chat with.
            user_id: Caller-chosen id of the end user; conversation memory is kept
                apart per user_id.
            additional_messages: Up to 100 messages appended to the conversation for
                this chat; the last one is the query and should have role user.
            custom_variables: Values for the {{variables}} of the bot's prompt
                (Jinja2 allowed); not passed to workflows.
            auto_save_history: Store the chat's messages in the conversation (server
                default true); must stay true for non-streaming chats and client
                plugins.
            meta_data: Key-value pairs echoed back on the chat, at most 16 (keys
                1-64 chars, values 1-512 chars).
            extra_params: Extra inputs for the model; the keys latitude and
                longitude are supported.
            shortcut_command: A shortcut command of the bot to run in this chat; it
                builds the user's query.
            parameters: Values for the custom input parameters of a chatflow bot's
                start node.
            enable_card: Return question-node content as cards (server default
                false).
            publish_status: Which version of the bot to talk to: published_online
                (server default) or unpublished_draft.
            bot_version: Chat with this published version of the bot (server default
                the latest); not allowed with unpublished_draft.
        """
        return self._requester.request(
            _ops.CHAT_CREATE,
            {
                "conversation_id": conversation_id,
                "bot_id": bot_id,
                "user_id": user_id,
                "additional_messages": additional_messages,
                "custom_variables": custom_variables,
                "auto_save_history": auto_save_history,
                "meta_data": meta_data,
                "extra_params": extra_params,
                "shortcut_command": shortcut_command,
                "parameters": parameters,
                "enable_card": enable_card,
                "publish_status": publish_status,
                "bot_version": bot_version,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def stream(
        self,
        *,
        bot_id: str,
        user_id: str,
        conversation_id: str | None = None,
        additional_messages: Sequence[EnterMessage | Mapping[str, object]] | None = None,
        custom_variables: Mapping[str, str] | None = None,
        auto_save_history: bool | None = None,
        meta_data: Mapping[str, str] | None = None,
        extra_params: Mapping[str, str] | None = None,
        shortcut_command: ChatShortcutCommand | Mapping[str, object] | None = None,
        parameters: Mapping[str, JsonValue] | None = None,
        enable_card: bool | None = None,
        publish_status: BotPublishStatus
        | Literal["all", "published_online", "published_draft", "unpublished_draft"]
        | None = None,
        bot_version: str | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> ChatEventStream:
        """Start a chat (streaming).

        Sends messages to a bot and starts one chat turn; without streaming the answer
        only holds the chat's state, so poll chat_retrieve and then list the chat's
        messages.

        Args:
            conversation_id: The conversation to chat in; when left out the server
                creates a new conversation for this chat.
            bot_id: The bot to chat with.
            user_id: Caller-chosen id of the end user; conversation memory is kept
                apart per user_id.
            additional_messages: Up to 100 messages appended to the conversation for
                this chat; the last one is the query and should have role user.
            custom_variables: Values for the {{variables}} of the bot's prompt
                (Jinja2 allowed); not passed to workflows.
            auto_save_history: Store the chat's messages in the conversation (server
                default true); must stay true for non-streaming chats and client
                plugins.
            meta_data: Key-value pairs echoed back on the chat, at most 16 (keys
                1-64 chars, values 1-512 chars).
            extra_params: Extra inputs for the model; the keys latitude and
                longitude are supported.
            shortcut_command: A shortcut command of the bot to run in this chat; it
                builds the user's query.
            parameters: Values for the custom input parameters of a chatflow bot's
                start node.
            enable_card: Return question-node content as cards (server default
                false).
            publish_status: Which version of the bot to talk to: published_online
                (server default) or unpublished_draft.
            bot_version: Chat with this published version of the bot (server default
                the latest); not allowed with unpublished_draft.
        """
        return self._requester.stream(
            _ops.CHAT_CREATE_STREAM,
            {
                "conversation_id": conversation_id,
                "bot_id": bot_id,
                "user_id": user_id,
                "additional_messages": additional_messages,
                "custom_variables": custom_variables,
                "auto_save_history": auto_save_history,
                "meta_data": meta_data,
                "extra_params": extra_params,
                "shortcut_command": shortcut_command,
                "parameters": parameters,
                "enable_card": enable_card,
                "publish_status": publish_status,
                "bot_version": bot_version,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def retrieve(
        self,
        *,
        conversation_id: str,
        chat_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> Chat:
        """Retrieve a chat.

        Returns the current state of a chat; poll it to follow a non-streaming chat to
        completion.

        Args:
            conversation_id: The conversation the chat belongs to.
            chat_id: The chat to retrieve.
        """
        return self._requester.request(
            _ops.CHAT_RETRIEVE,
            {"conversation_id": conversation_id, "chat_id": chat_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def cancel(
        self,
        *,
        conversation_id: str,
        chat_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> Chat:
        """Cancel a chat.

        Moves a chat that is still running to the canceled state so a new chat can start
        in its conversation; it does not cut an open event stream.

        Args:
            conversation_id: The conversation the chat belongs to.
            chat_id: The running chat to cancel.
        """
        return self._requester.request(
            _ops.CHAT_CANCEL,
            {"conversation_id": conversation_id, "chat_id": chat_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def submit_tool_outputs(
        self,
        *,
        conversation_id: str,
        chat_id: str,
        tool_outputs: Sequence[ChatToolOutput | Mapping[str, object]],
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> Chat:
        """Submit tool outputs.

        Sends the results of the tool calls a chat asked for (status requires_action) so
        the bot can continue the same chat.

        Args:
            conversation_id: The conversation the chat belongs to.
            chat_id: The chat waiting for tool outputs.
            tool_outputs: One output per pending tool call.
        """
        return self._requester.request(
            _ops.CHAT_SUBMIT_TOOL_OUTPUTS,
            {"conversation_id": conversation_id, "chat_id": chat_id, "tool_outputs": tool_outputs},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def submit_tool_outputs_stream(
        self,
        *,
        conversation_id: str,
        chat_id: str,
        tool_outputs: Sequence[ChatToolOutput | Mapping[str, object]],
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> ChatEventStream:
        """Submit tool outputs (streaming).

        Sends the results of the tool calls a chat asked for (status requires_action) so
        the bot can continue the same chat.

        Args:
            conversation_id: The conversation the chat belongs to.
            chat_id: The chat waiting for tool outputs.
            tool_outputs: One output per pending tool call.
        """
        return self._requester.stream(
            _ops.CHAT_SUBMIT_TOOL_OUTPUTS_STREAM,
            {"conversation_id": conversation_id, "chat_id": chat_id, "tool_outputs": tool_outputs},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncChatResource:
    """The `chat` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @cached_property
    def messages(self) -> AsyncChatMessagesResource:
        """The `chat.messages` resource group."""
        return AsyncChatMessagesResource(self._requester)

    async def create(
        self,
        *,
        bot_id: str,
        user_id: str,
        conversation_id: str | None = None,
        additional_messages: Sequence[EnterMessage | Mapping[str, object]] | None = None,
        custom_variables: Mapping[str, str] | None = None,
        auto_save_history: bool | None = None,
        meta_data: Mapping[str, str] | None = None,
        extra_params: Mapping[str, str] | None = None,
        shortcut_command: ChatShortcutCommand | Mapping[str, object] | None = None,
        parameters: Mapping[str, JsonValue] | None = None,
        enable_card: bool | None = None,
        publish_status: BotPublishStatus
        | Literal["all", "published_online", "published_draft", "unpublished_draft"]
        | None = None,
        bot_version: str | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> Chat:
        """Start a chat.

        Sends messages to a bot and starts one chat turn; without streaming the answer
        only holds the chat's state, so poll chat_retrieve and then list the chat's
        messages.

        Args:
            conversation_id: The conversation to chat in; when left out the server
                creates a new conversation for this chat.
            bot_id: The bot to chat with.
            user_id: Caller-chosen id of the end user; conversation memory is kept
                apart per user_id.
            additional_messages: Up to 100 messages appended to the conversation for
                this chat; the last one is the query and should have role user.
            custom_variables: Values for the {{variables}} of the bot's prompt
                (Jinja2 allowed); not passed to workflows.
            auto_save_history: Store the chat's messages in the conversation (server
                default true); must stay true for non-streaming chats and client
                plugins.
            meta_data: Key-value pairs echoed back on the chat, at most 16 (keys
                1-64 chars, values 1-512 chars).
            extra_params: Extra inputs for the model; the keys latitude and
                longitude are supported.
            shortcut_command: A shortcut command of the bot to run in this chat; it
                builds the user's query.
            parameters: Values for the custom input parameters of a chatflow bot's
                start node.
            enable_card: Return question-node content as cards (server default
                false).
            publish_status: Which version of the bot to talk to: published_online
                (server default) or unpublished_draft.
            bot_version: Chat with this published version of the bot (server default
                the latest); not allowed with unpublished_draft.
        """
        return await self._requester.request(
            _ops.CHAT_CREATE,
            {
                "conversation_id": conversation_id,
                "bot_id": bot_id,
                "user_id": user_id,
                "additional_messages": additional_messages,
                "custom_variables": custom_variables,
                "auto_save_history": auto_save_history,
                "meta_data": meta_data,
                "extra_params": extra_params,
                "shortcut_command": shortcut_command,
                "parameters": parameters,
                "enable_card": enable_card,
                "publish_status": publish_status,
                "bot_version": bot_version,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def stream(
        self,
        *,
        bot_id: str,
        user_id: str,
        conversation_id: str | None = None,
        additional_messages: Sequence[EnterMessage | Mapping[str, object]] | None = None,
        custom_variables: Mapping[str, str] | None = None,
        auto_save_history: bool | None = None,
        meta_data: Mapping[str, str] | None = None,
        extra_params: Mapping[str, str] | None = None,
        shortcut_command: ChatShortcutCommand | Mapping[str, object] | None = None,
        parameters: Mapping[str, JsonValue] | None = None,
        enable_card: bool | None = None,
        publish_status: BotPublishStatus
        | Literal["all", "published_online", "published_draft", "unpublished_draft"]
        | None = None,
        bot_version: str | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> AsyncChatEventStream:
        """Start a chat (streaming).

        Sends messages to a bot and starts one chat turn; without streaming the answer
        only holds the chat's state, so poll chat_retrieve and then list the chat's
        messages.

        Args:
            conversation_id: The conversation to chat in; when left out the server
                creates a new conversation for this chat.
            bot_id: The bot to chat with.
            user_id: Caller-chosen id of the end user; conversation memory is kept
                apart per user_id.
            additional_messages: Up to 100 messages appended to the conversation for
                this chat; the last one is the query and should have role user.
            custom_variables: Values for the {{variables}} of the bot's prompt
                (Jinja2 allowed); not passed to workflows.
            auto_save_history: Store the chat's messages in the conversation (server
                default true); must stay true for non-streaming chats and client
                plugins.
            meta_data: Key-value pairs echoed back on the chat, at most 16 (keys
                1-64 chars, values 1-512 chars).
            extra_params: Extra inputs for the model; the keys latitude and
                longitude are supported.
            shortcut_command: A shortcut command of the bot to run in this chat; it
                builds the user's query.
            parameters: Values for the custom input parameters of a chatflow bot's
                start node.
            enable_card: Return question-node content as cards (server default
                false).
            publish_status: Which version of the bot to talk to: published_online
                (server default) or unpublished_draft.
            bot_version: Chat with this published version of the bot (server default
                the latest); not allowed with unpublished_draft.
        """
        return await self._requester.stream(
            _ops.CHAT_CREATE_STREAM,
            {
                "conversation_id": conversation_id,
                "bot_id": bot_id,
                "user_id": user_id,
                "additional_messages": additional_messages,
                "custom_variables": custom_variables,
                "auto_save_history": auto_save_history,
                "meta_data": meta_data,
                "extra_params": extra_params,
                "shortcut_command": shortcut_command,
                "parameters": parameters,
                "enable_card": enable_card,
                "publish_status": publish_status,
                "bot_version": bot_version,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def retrieve(
        self,
        *,
        conversation_id: str,
        chat_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> Chat:
        """Retrieve a chat.

        Returns the current state of a chat; poll it to follow a non-streaming chat to
        completion.

        Args:
            conversation_id: The conversation the chat belongs to.
            chat_id: The chat to retrieve.
        """
        return await self._requester.request(
            _ops.CHAT_RETRIEVE,
            {"conversation_id": conversation_id, "chat_id": chat_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def cancel(
        self,
        *,
        conversation_id: str,
        chat_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> Chat:
        """Cancel a chat.

        Moves a chat that is still running to the canceled state so a new chat can start
        in its conversation; it does not cut an open event stream.

        Args:
            conversation_id: The conversation the chat belongs to.
            chat_id: The running chat to cancel.
        """
        return await self._requester.request(
            _ops.CHAT_CANCEL,
            {"conversation_id": conversation_id, "chat_id": chat_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def submit_tool_outputs(
        self,
        *,
        conversation_id: str,
        chat_id: str,
        tool_outputs: Sequence[ChatToolOutput | Mapping[str, object]],
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> Chat:
        """Submit tool outputs.

        Sends the results of the tool calls a chat asked for (status requires_action) so
        the bot can continue the same chat.

        Args:
            conversation_id: The conversation the chat belongs to.
            chat_id: The chat waiting for tool outputs.
            tool_outputs: One output per pending tool call.
        """
        return await self._requester.request(
            _ops.CHAT_SUBMIT_TOOL_OUTPUTS,
            {"conversation_id": conversation_id, "chat_id": chat_id, "tool_outputs": tool_outputs},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def submit_tool_outputs_stream(
        self,
        *,
        conversation_id: str,
        chat_id: str,
        tool_outputs: Sequence[ChatToolOutput | Mapping[str, object]],
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> AsyncChatEventStream:
        """Submit tool outputs (streaming).

        Sends the results of the tool calls a chat asked for (status requires_action) so
        the bot can continue the same chat.

        Args:
            conversation_id: The conversation the chat belongs to.
            chat_id: The chat waiting for tool outputs.
            tool_outputs: One output per pending tool call.
        """
        return await self._requester.stream(
            _ops.CHAT_SUBMIT_TOOL_OUTPUTS_STREAM,
            {"conversation_id": conversation_id, "chat_id": chat_id, "tool_outputs": tool_outputs},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class RawChatMessagesResource(RawGroup):
    """The `chat.messages` methods, each returning the raw HTTP answer (a `RawResponse`)."""

    list = RawMethod(ChatMessagesResource.list)


class AsyncRawChatMessagesResource(RawGroup):
    """The `chat.messages` methods, each returning the raw HTTP answer (a `RawResponse`)."""

    list = AsyncRawMethod(AsyncChatMessagesResource.list)


class RawChatResource(RawGroup):
    """The `chat` methods, each returning the raw HTTP answer (a `RawResponse`)."""

    @cached_property
    def messages(self) -> RawChatMessagesResource:
        return RawChatMessagesResource(self._resource.messages)

    create = RawMethod(ChatResource.create)
    stream = RawMethod(ChatResource.stream)
    retrieve = RawMethod(ChatResource.retrieve)
    cancel = RawMethod(ChatResource.cancel)
    submit_tool_outputs = RawMethod(ChatResource.submit_tool_outputs)
    submit_tool_outputs_stream = RawMethod(ChatResource.submit_tool_outputs_stream)


class AsyncRawChatResource(RawGroup):
    """The `chat` methods, each returning the raw HTTP answer (a `RawResponse`)."""

    @cached_property
    def messages(self) -> AsyncRawChatMessagesResource:
        return AsyncRawChatMessagesResource(self._resource.messages)

    create = AsyncRawMethod(AsyncChatResource.create)
    stream = AsyncRawMethod(AsyncChatResource.stream)
    retrieve = AsyncRawMethod(AsyncChatResource.retrieve)
    cancel = AsyncRawMethod(AsyncChatResource.cancel)
    submit_tool_outputs = AsyncRawMethod(AsyncChatResource.submit_tool_outputs)
    submit_tool_outputs_stream = AsyncRawMethod(AsyncChatResource.submit_tool_outputs_stream)
