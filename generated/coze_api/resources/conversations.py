"""The `conversations` resource group, sync and async, and its `with_raw_response` twins.

Generated from openapi/coze.yaml by `make gen`; never edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Literal

from .. import operations as _ops
from .._runtime import (
    AsyncRawMethod,
    AsyncRawPagedMethod,
    AsyncRequester,
    RawGroup,
    RawMethod,
    RequestOptions,
    SyncRequester,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .._runtime import AsyncPage, SyncPage
    from ..models import (
        ChatMessage,
        Conversation,
        ConversationMessageFeedbackType,
        ConversationMessageOrder,
        ConversationsDeleteResponse,
        ConversationSection,
        ConversationsMessagesFeedbackCreateResponse,
        ConversationsMessagesFeedbackDeleteResponse,
        ConversationsMessagesUpdateResponse,
        ConversationSortOrder,
        EnterMessage,
        MessageContentType,
        RoleType,
    )
    from ..types import TimeoutInput

__all__ = [
    "AsyncConversationsMessagesFeedbackResource",
    "AsyncConversationsMessagesResource",
    "AsyncConversationsResource",
    "AsyncRawConversationsMessagesFeedbackResource",
    "AsyncRawConversationsMessagesResource",
    "AsyncRawConversationsResource",
    "ConversationsMessagesFeedbackResource",
    "ConversationsMessagesResource",
    "ConversationsResource",
    "RawConversationsMessagesFeedbackResource",
    "RawConversationsMessagesResource",
    "RawConversationsResource",
]


class ConversationsMessagesFeedbackResource:
    """The `conversations.messages.feedback` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def create(
        self,
        *,
        conversation_id: str,
        message_id: str,
        feedback_type: ConversationMessageFeedbackType | Literal["like", "unlike"],
        reason_types: Sequence[str] | None = None,
        comment: str | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> ConversationsMessagesFeedbackCreateResponse:
        """Rate a message.

        Records a like or unlike, with optional reasons and comment, on a bot answer; a
        later rating of the same message replaces the earlier one.

        Args:
            conversation_id: The conversation the message belongs to.
            message_id: The answer message to rate.
            feedback_type: The rating of a message.
            reason_types: Caller-defined reason labels, at most 10 of up to 30
                characters each.
            comment: Free-text comment, up to 250 characters.
        """
        return self._requester.request(
            _ops.CONVERSATIONS_MESSAGES_FEEDBACK_CREATE,
            {
                "conversation_id": conversation_id,
                "message_id": message_id,
                "feedback_type": feedback_type,
                "reason_types": reason_types,
                "comment": comment,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def delete(
        self,
        *,
        conversation_id: str,
        message_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> ConversationsMessagesFeedbackDeleteResponse:
        """Delete a message rating.

        Removes the rating of a message.

        Args:
            conversation_id: The conversation the message belongs to.
            message_id: The message whose rating to remove.
        """
        return self._requester.request(
            _ops.CONVERSATIONS_MESSAGES_FEEDBACK_DELETE,
            {"conversation_id": conversation_id, "message_id": message_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncConversationsMessagesFeedbackResource:
    """The `conversations.messages.feedback` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def create(
        self,
        *,
        conversation_id: str,
        message_id: str,
        feedback_type: ConversationMessageFeedbackType | Literal["like", "unlike"],
        reason_types: Sequence[str] | None = None,
        comment: str | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> ConversationsMessagesFeedbackCreateResponse:
        """Rate a message.

        Records a like or unlike, with optional reasons and comment, on a bot answer; a
        later rating of the same message replaces the earlier one.

        Args:
            conversation_id: The conversation the message belongs to.
            message_id: The answer message to rate.
            feedback_type: The rating of a message.
            reason_types: Caller-defined reason labels, at most 10 of up to 30
                characters each.
            comment: Free-text comment, up to 250 characters.
        """
        return await self._requester.request(
            _ops.CONVERSATIONS_MESSAGES_FEEDBACK_CREATE,
            {
                "conversation_id": conversation_id,
                "message_id": message_id,
                "feedback_type": feedback_type,
                "reason_types": reason_types,
                "comment": comment,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def delete(
        self,
        *,
        conversation_id: str,
        message_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> ConversationsMessagesFeedbackDeleteResponse:
        """Delete a message rating.

        Removes the rating of a message.

        Args:
            conversation_id: The conversation the message belongs to.
            message_id: The message whose rating to remove.
        """
        return await self._requester.request(
            _ops.CONVERSATIONS_MESSAGES_FEEDBACK_DELETE,
            {"conversation_id": conversation_id, "message_id": message_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class ConversationsMessagesResource:
    """The `conversations.messages` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    @cached_property
    def feedback(self) -> ConversationsMessagesFeedbackResource:
        """The `conversations.messages.feedback` resource group."""
        return ConversationsMessagesFeedbackResource(self._requester)

    def create(
        self,
        *,
        conversation_id: str,
        role: RoleType | Literal["user", "assistant"],
        content: str,
        content_type: MessageContentType | Literal["text", "object_string", "card", "audio"],
        meta_data: Mapping[str, str] | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> ChatMessage:
        """Create a message.

        Adds one message to the newest context section of a conversation; messages are
        kept for 180 days.

        Args:
            conversation_id: The conversation to add the message to.
            role: Who sent a message.
            content: Plain text, or for object_string a JSON-encoded array of
                ObjectStringItem.
            content_type: text, or object_string for a JSON-encoded array of
                ObjectStringItem.
            meta_data: Key-value pairs stored with the message, at most 16 (keys
                1-64 chars, values 1-512 chars).
        """
        return self._requester.request(
            _ops.CONVERSATIONS_MESSAGES_CREATE,
            {
                "conversation_id": conversation_id,
                "role": role,
                "content": content,
                "content_type": content_type,
                "meta_data": meta_data,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def list(
        self,
        *,
        conversation_id: str,
        order: ConversationMessageOrder | Literal["desc", "asc"] | None = None,
        chat_id: str | None = None,
        before_id: str | None = None,
        after_id: str | None = None,
        limit: int | None = None,
        include_middle_message: bool | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> SyncPage[ChatMessage]:
        """List the messages of a conversation.

        Lists the messages of a conversation (queries, inserted messages and answers,
        without intermediate tool messages) with id cursors.

        Args:
            conversation_id: The conversation whose messages to list.
            order: Sort direction of messages by creation time.
            chat_id: Only list the messages of this chat.
            before_id: List messages before this message id (the first_id of a page,
                to page backwards).
            after_id: List messages after this message id (the last_id of a page, to
                page forwards).
            limit: Messages per page, 1 to 50 (server default 50).
            include_middle_message: Also return intermediate messages such as
                function calls and tool responses.
        """
        return self._requester.paginate(
            _ops.CONVERSATIONS_MESSAGES_LIST_PAGES,
            {
                "conversation_id": conversation_id,
                "order": order,
                "chat_id": chat_id,
                "before_id": before_id,
                "after_id": after_id,
                "limit": limit,
                "include_middle_message": include_middle_message,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def retrieve(
        self,
        *,
        conversation_id: str,
        message_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> ChatMessage:
        """Retrieve a message.

        Returns one message of a conversation.

        Args:
            conversation_id: The conversation the message belongs to.
            message_id: The message to retrieve.
        """
        return self._requester.request(
            _ops.CONVERSATIONS_MESSAGES_RETRIEVE,
            {"conversation_id": conversation_id, "message_id": message_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def update(
        self,
        *,
        conversation_id: str,
        message_id: str,
        content: str | None = None,
        content_type: MessageContentType | Literal["text", "object_string", "card", "audio"] | None = None,
        meta_data: Mapping[str, str] | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> ConversationsMessagesUpdateResponse:
        """Modify a message.

        Replaces the content and/or the metadata of a message.

        Args:
            conversation_id: The conversation the message belongs to.
            message_id: The message to modify.
            content: The new content; give content_type with it.
            content_type: text, or object_string for a JSON-encoded array of
                ObjectStringItem.
            meta_data: The new key-value pairs of the message, at most 16 (keys 1-64
                chars, values 1-512 chars).
        """
        return self._requester.request(
            _ops.CONVERSATIONS_MESSAGES_UPDATE,
            {
                "conversation_id": conversation_id,
                "message_id": message_id,
                "content": content,
                "content_type": content_type,
                "meta_data": meta_data,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def delete(
        self,
        *,
        conversation_id: str,
        message_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> ChatMessage:
        """Delete a message.

        Deletes one question or answer message; deleting an answer also deletes its
        intermediate messages.

        Args:
            conversation_id: The conversation the message belongs to.
            message_id: The message to delete (type question or answer only).
        """
        return self._requester.request(
            _ops.CONVERSATIONS_MESSAGES_DELETE,
            {"conversation_id": conversation_id, "message_id": message_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncConversationsMessagesResource:
    """The `conversations.messages` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @cached_property
    def feedback(self) -> AsyncConversationsMessagesFeedbackResource:
        """The `conversations.messages.feedback` resource group."""
        return AsyncConversationsMessagesFeedbackResource(self._requester)

    async def create(
        self,
        *,
        conversation_id: str,
        role: RoleType | Literal["user", "assistant"],
        content: str,
        content_type: MessageContentType | Literal["text", "object_string", "card", "audio"],
        meta_data: Mapping[str, str] | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> ChatMessage:
        """Create a message.

        Adds one message to the newest context section of a conversation; messages are
        kept for 180 days.

        Args:
            conversation_id: The conversation to add the message to.
            role: Who sent a message.
            content: Plain text, or for object_string a JSON-encoded array of
                ObjectStringItem.
            content_type: text, or object_string for a JSON-encoded array of
                ObjectStringItem.
            meta_data: Key-value pairs stored with the message, at most 16 (keys
                1-64 chars, values 1-512 chars).
        """
        return await self._requester.request(
            _ops.CONVERSATIONS_MESSAGES_CREATE,
            {
                "conversation_id": conversation_id,
                "role": role,
                "content": content,
                "content_type": content_type,
                "meta_data": meta_data,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def list(
        self,
        *,
        conversation_id: str,
        order: ConversationMessageOrder | Literal["desc", "asc"] | None = None,
        chat_id: str | None = None,
        before_id: str | None = None,
        after_id: str | None = None,
        limit: int | None = None,
        include_middle_message: bool | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> AsyncPage[ChatMessage]:
        """List the messages of a conversation.

        Lists the messages of a conversation (queries, inserted messages and answers,
        without intermediate tool messages) with id cursors.

        Args:
            conversation_id: The conversation whose messages to list.
            order: Sort direction of messages by creation time.
            chat_id: Only list the messages of this chat.
            before_id: List messages before this message id (the first_id of a page,
                to page backwards).
            after_id: List messages after this message id (the last_id of a page, to
                page forwards).
            limit: Messages per page, 1 to 50 (server default 50).
            include_middle_message: Also return intermediate messages such as
                function calls and tool responses.
        """
        return self._requester.paginate(
            _ops.CONVERSATIONS_MESSAGES_LIST_PAGES,
            {
                "conversation_id": conversation_id,
                "order": order,
                "chat_id": chat_id,
                "before_id": before_id,
                "after_id": after_id,
                "limit": limit,
                "include_middle_message": include_middle_message,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def retrieve(
        self,
        *,
        conversation_id: str,
        message_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> ChatMessage:
        """Retrieve a message.

        Returns one message of a conversation.

        Args:
            conversation_id: The conversation the message belongs to.
            message_id: The message to retrieve.
        """
        return await self._requester.request(
            _ops.CONVERSATIONS_MESSAGES_RETRIEVE,
            {"conversation_id": conversation_id, "message_id": message_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def update(
        self,
        *,
        conversation_id: str,
        message_id: str,
        content: str | None = None,
        content_type: MessageContentType | Literal["text", "object_string", "card", "audio"] | None = None,
        meta_data: Mapping[str, str] | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> ConversationsMessagesUpdateResponse:
        """Modify a message.

        Replaces the content and/or the metadata of a message.

        Args:
            conversation_id: The conversation the message belongs to.
            message_id: The message to modify.
            content: The new content; give content_type with it.
            content_type: text, or object_string for a JSON-encoded array of
                ObjectStringItem.
            meta_data: The new key-value pairs of the message, at most 16 (keys 1-64
                chars, values 1-512 chars).
        """
        return await self._requester.request(
            _ops.CONVERSATIONS_MESSAGES_UPDATE,
            {
                "conversation_id": conversation_id,
                "message_id": message_id,
                "content": content,
                "content_type": content_type,
                "meta_data": meta_data,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def delete(
        self,
        *,
        conversation_id: str,
        message_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> ChatMessage:
        """Delete a message.

        Deletes one question or answer message; deleting an answer also deletes its
        intermediate messages.

        Args:
            conversation_id: The conversation the message belongs to.
            message_id: The message to delete (type question or answer only).
        """
        return await self._requester.request(
            _ops.CONVERSATIONS_MESSAGES_DELETE,
            {"conversation_id": conversation_id, "message_id": message_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class ConversationsResource:
    """The `conversations` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    @cached_property
    def messages(self) -> ConversationsMessagesResource:
        """The `conversations.messages` resource group."""
        return ConversationsMessagesResource(self._requester)

    def create(
        self,
        *,
        bot_id: str | None = None,
        name: str | None = None,
        messages: Sequence[EnterMessage | Mapping[str, object]] | None = None,
        meta_data: Mapping[str, str] | None = None,
        connector_id: str | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> Conversation:
        """Create a conversation.

        Creates a conversation, optionally seeded with messages that later chats see as
        context.

        Args:
            bot_id: The bot the conversation is for; needed to find it again with
                conversations_list.
            name: Conversation name, up to 100 characters (server default empty).
            messages: Up to 16 messages to seed the conversation with.
            meta_data: Key-value pairs stored with the conversation, at most 16
                (keys 1-64 chars, values 1-512 chars).
            connector_id: Channel to create the conversation on, 1024 API or 999
                Chat SDK or a custom channel id (server default 1024).
        """
        return self._requester.request(
            _ops.CONVERSATIONS_CREATE,
            {
                "bot_id": bot_id,
                "name": name,
                "messages": messages,
                "meta_data": meta_data,
                "connector_id": connector_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def retrieve(
        self,
        *,
        conversation_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> Conversation:
        """Retrieve a conversation.

        Returns one conversation created by the caller.

        Args:
            conversation_id: The conversation to retrieve.
        """
        return self._requester.request(
            _ops.CONVERSATIONS_RETRIEVE,
            {"conversation_id": conversation_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def list(
        self,
        *,
        bot_id: str,
        page_num: int | None = None,
        page_size: int | None = None,
        sort_order: ConversationSortOrder | Literal["ASC", "DESC"] | None = None,
        connector_id: str | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> SyncPage[Conversation]:
        """List conversations.

        Lists the caller's conversations with one bot on the API or Chat SDK channel,
        page by page.

        Args:
            bot_id: The bot whose conversations to list.
            page_num: Page number, starting at 1 (server default 1).
            page_size: Conversations per page, at most 50 (server default 50).
            sort_order: Order by creation time, ASC or DESC (server default DESC,
                newest first).
            connector_id: Channel to list, 1024 for the API or 999 for the Chat SDK
                (server default 1024).
        """
        return self._requester.paginate(
            _ops.CONVERSATIONS_LIST_PAGES,
            {
                "bot_id": bot_id,
                "page_num": page_num,
                "page_size": page_size,
                "sort_order": sort_order,
                "connector_id": connector_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def update(
        self,
        *,
        conversation_id: str,
        name: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> Conversation:
        """Rename a conversation.

        Changes the name of a conversation; only its creator may do so.

        Args:
            conversation_id: The conversation to rename.
            name: The new name, up to 100 characters.
        """
        return self._requester.request(
            _ops.CONVERSATIONS_UPDATE,
            {"conversation_id": conversation_id, "name": name},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def delete(
        self,
        *,
        conversation_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> ConversationsDeleteResponse:
        """Delete a conversation.

        Permanently deletes a conversation and its messages; only its creator may do so.

        Args:
            conversation_id: The conversation to delete.
        """
        return self._requester.request(
            _ops.CONVERSATIONS_DELETE,
            {"conversation_id": conversation_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def clear(
        self,
        *,
        conversation_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> ConversationSection:
        """Clear a conversation's context.

        Starts a new empty context section so later chats no longer see earlier
        messages; the old messages stay readable.

        Args:
            conversation_id: The conversation whose context to clear.
        """
        return self._requester.request(
            _ops.CONVERSATIONS_CLEAR,
            {"conversation_id": conversation_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncConversationsResource:
    """The `conversations` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @cached_property
    def messages(self) -> AsyncConversationsMessagesResource:
        """The `conversations.messages` resource group."""
        return AsyncConversationsMessagesResource(self._requester)

    async def create(
        self,
        *,
        bot_id: str | None = None,
        name: str | None = None,
        messages: Sequence[EnterMessage | Mapping[str, object]] | None = None,
        meta_data: Mapping[str, str] | None = None,
        connector_id: str | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> Conversation:
        """Create a conversation.

        Creates a conversation, optionally seeded with messages that later chats see as
        context.

        Args:
            bot_id: The bot the conversation is for; needed to find it again with
                conversations_list.
            name: Conversation name, up to 100 characters (server default empty).
            messages: Up to 16 messages to seed the conversation with.
            meta_data: Key-value pairs stored with the conversation, at most 16
                (keys 1-64 chars, values 1-512 chars).
            connector_id: Channel to create the conversation on, 1024 API or 999
                Chat SDK or a custom channel id (server default 1024).
        """
        return await self._requester.request(
            _ops.CONVERSATIONS_CREATE,
            {
                "bot_id": bot_id,
                "name": name,
                "messages": messages,
                "meta_data": meta_data,
                "connector_id": connector_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def retrieve(
        self,
        *,
        conversation_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> Conversation:
        """Retrieve a conversation.

        Returns one conversation created by the caller.

        Args:
            conversation_id: The conversation to retrieve.
        """
        return await self._requester.request(
            _ops.CONVERSATIONS_RETRIEVE,
            {"conversation_id": conversation_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def list(
        self,
        *,
        bot_id: str,
        page_num: int | None = None,
        page_size: int | None = None,
        sort_order: ConversationSortOrder | Literal["ASC", "DESC"] | None = None,
        connector_id: str | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> AsyncPage[Conversation]:
        """List conversations.

        Lists the caller's conversations with one bot on the API or Chat SDK channel,
        page by page.

        Args:
            bot_id: The bot whose conversations to list.
            page_num: Page number, starting at 1 (server default 1).
            page_size: Conversations per page, at most 50 (server default 50).
            sort_order: Order by creation time, ASC or DESC (server default DESC,
                newest first).
            connector_id: Channel to list, 1024 for the API or 999 for the Chat SDK
                (server default 1024).
        """
        return self._requester.paginate(
            _ops.CONVERSATIONS_LIST_PAGES,
            {
                "bot_id": bot_id,
                "page_num": page_num,
                "page_size": page_size,
                "sort_order": sort_order,
                "connector_id": connector_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def update(
        self,
        *,
        conversation_id: str,
        name: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> Conversation:
        """Rename a conversation.

        Changes the name of a conversation; only its creator may do so.

        Args:
            conversation_id: The conversation to rename.
            name: The new name, up to 100 characters.
        """
        return await self._requester.request(
            _ops.CONVERSATIONS_UPDATE,
            {"conversation_id": conversation_id, "name": name},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def delete(
        self,
        *,
        conversation_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> ConversationsDeleteResponse:
        """Delete a conversation.

        Permanently deletes a conversation and its messages; only its creator may do so.

        Args:
            conversation_id: The conversation to delete.
        """
        return await self._requester.request(
            _ops.CONVERSATIONS_DELETE,
            {"conversation_id": conversation_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def clear(
        self,
        *,
        conversation_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> ConversationSection:
        """Clear a conversation's context.

        Starts a new empty context section so later chats no longer see earlier
        messages; the old messages stay readable.

        Args:
            conversation_id: The conversation whose context to clear.
        """
        return await self._requester.request(
            _ops.CONVERSATIONS_CLEAR,
            {"conversation_id": conversation_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class RawConversationsMessagesFeedbackResource(RawGroup):
    """The `conversations.messages.feedback` methods, each returning the raw HTTP answer (a
    `RawResponse`).
    """

    create = RawMethod(ConversationsMessagesFeedbackResource.create)
    delete = RawMethod(ConversationsMessagesFeedbackResource.delete)


class AsyncRawConversationsMessagesFeedbackResource(RawGroup):
    """The `conversations.messages.feedback` methods, each returning the raw HTTP answer (a
    `RawResponse`).
    """

    create = AsyncRawMethod(AsyncConversationsMessagesFeedbackResource.create)
    delete = AsyncRawMethod(AsyncConversationsMessagesFeedbackResource.delete)


class RawConversationsMessagesResource(RawGroup):
    """The `conversations.messages` methods, each returning the raw HTTP answer (a
    `RawResponse`).
    """

    @cached_property
    def feedback(self) -> RawConversationsMessagesFeedbackResource:
        return RawConversationsMessagesFeedbackResource(self._resource.feedback)

    create = RawMethod(ConversationsMessagesResource.create)
    list = RawMethod(ConversationsMessagesResource.list)
    retrieve = RawMethod(ConversationsMessagesResource.retrieve)
    update = RawMethod(ConversationsMessagesResource.update)
    delete = RawMethod(ConversationsMessagesResource.delete)


class AsyncRawConversationsMessagesResource(RawGroup):
    """The `conversations.messages` methods, each returning the raw HTTP answer (a
    `RawResponse`).
    """

    @cached_property
    def feedback(self) -> AsyncRawConversationsMessagesFeedbackResource:
        return AsyncRawConversationsMessagesFeedbackResource(self._resource.feedback)

    create = AsyncRawMethod(AsyncConversationsMessagesResource.create)
    list = AsyncRawPagedMethod(AsyncConversationsMessagesResource.list)
    retrieve = AsyncRawMethod(AsyncConversationsMessagesResource.retrieve)
    update = AsyncRawMethod(AsyncConversationsMessagesResource.update)
    delete = AsyncRawMethod(AsyncConversationsMessagesResource.delete)


class RawConversationsResource(RawGroup):
    """The `conversations` methods, each returning the raw HTTP answer (a `RawResponse`)."""

    @cached_property
    def messages(self) -> RawConversationsMessagesResource:
        return RawConversationsMessagesResource(self._resource.messages)

    create = RawMethod(ConversationsResource.create)
    retrieve = RawMethod(ConversationsResource.retrieve)
    list = RawMethod(ConversationsResource.list)
    update = RawMethod(ConversationsResource.update)
    delete = RawMethod(ConversationsResource.delete)
    clear = RawMethod(ConversationsResource.clear)


class AsyncRawConversationsResource(RawGroup):
    """The `conversations` methods, each returning the raw HTTP answer (a `RawResponse`)."""

    @cached_property
    def messages(self) -> AsyncRawConversationsMessagesResource:
        return AsyncRawConversationsMessagesResource(self._resource.messages)

    create = AsyncRawMethod(AsyncConversationsResource.create)
    retrieve = AsyncRawMethod(AsyncConversationsResource.retrieve)
    list = AsyncRawPagedMethod(AsyncConversationsResource.list)
    update = AsyncRawMethod(AsyncConversationsResource.update)
    delete = AsyncRawMethod(AsyncConversationsResource.delete)
    clear = AsyncRawMethod(AsyncConversationsResource.clear)
