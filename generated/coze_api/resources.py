"""The typed resource tree of the Coze API (`coze.chat.messages.list(...)`), sync and async.

Generated from openapi/coze.yaml by `make gen`; never edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any

from . import operations as _ops
from ._runtime import (
    AsyncEventStream,
    AsyncPage,
    AsyncRequester,
    FileInput,
    RequestOptions,
    StreamEvent,
    SyncEventStream,
    SyncPage,
    SyncRequester,
    TimeoutInput,
)
from .types import UNSET, Unset

if TYPE_CHECKING:
    from .models.chat import Chat
    from .models.chat_error import ChatError
    from .models.chat_message import ChatMessage
    from .models.enter_message import EnterMessage
    from .models.file import File

__all__ = ["CozeResources", "AsyncCozeResources"]


class ChatResource:
    """The `chat` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def create(
        self,
        *,
        bot_id: str,
        user_id: str,
        conversation_id: str | Unset = UNSET,
        additional_messages: Sequence[EnterMessage | Mapping[str, Any]] | Unset = UNSET,
        custom_variables: Mapping[str, str] | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> Chat:
        """Start a chat.

        Args:
            conversation_id: The conversation.
        """
        return self._requester.request(
            _ops.CHAT_CREATE,
            {
                "conversation_id": conversation_id,
                "bot_id": bot_id,
                "user_id": user_id,
                "additional_messages": additional_messages,
                "custom_variables": custom_variables,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def stream(
        self,
        *,
        bot_id: str,
        user_id: str,
        conversation_id: str | Unset = UNSET,
        additional_messages: Sequence[EnterMessage | Mapping[str, Any]] | Unset = UNSET,
        custom_variables: Mapping[str, str] | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> SyncEventStream[StreamEvent[Chat | ChatMessage | ChatError | str | None]]:
        """Start a chat (streaming).

        Args:
            conversation_id: The conversation.
        """
        return self._requester.stream(
            _ops.CHAT_CREATE,
            {
                "conversation_id": conversation_id,
                "bot_id": bot_id,
                "user_id": user_id,
                "additional_messages": additional_messages,
                "custom_variables": custom_variables,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncChatResource:
    """The `chat` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def create(
        self,
        *,
        bot_id: str,
        user_id: str,
        conversation_id: str | Unset = UNSET,
        additional_messages: Sequence[EnterMessage | Mapping[str, Any]] | Unset = UNSET,
        custom_variables: Mapping[str, str] | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> Chat:
        """Start a chat.

        Args:
            conversation_id: The conversation.
        """
        return await self._requester.request(
            _ops.CHAT_CREATE,
            {
                "conversation_id": conversation_id,
                "bot_id": bot_id,
                "user_id": user_id,
                "additional_messages": additional_messages,
                "custom_variables": custom_variables,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def stream(
        self,
        *,
        bot_id: str,
        user_id: str,
        conversation_id: str | Unset = UNSET,
        additional_messages: Sequence[EnterMessage | Mapping[str, Any]] | Unset = UNSET,
        custom_variables: Mapping[str, str] | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> AsyncEventStream[StreamEvent[Chat | ChatMessage | ChatError | str | None]]:
        """Start a chat (streaming).

        Args:
            conversation_id: The conversation.
        """
        return await self._requester.stream(
            _ops.CHAT_CREATE,
            {
                "conversation_id": conversation_id,
                "bot_id": bot_id,
                "user_id": user_id,
                "additional_messages": additional_messages,
                "custom_variables": custom_variables,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class ConversationsResource:
    """The `conversations` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        bot_id: str,
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> SyncPage[Conversation]:
        """List conversations."""
        return self._requester.paginate(
            _ops.CONVERSATIONS_LIST,
            {"bot_id": bot_id, "page_num": page_num, "page_size": page_size},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncConversationsResource:
    """The `conversations` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        bot_id: str,
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPage[Conversation]:
        """List conversations."""
        return self._requester.paginate(
            _ops.CONVERSATIONS_LIST,
            {"bot_id": bot_id, "page_num": page_num, "page_size": page_size},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class FilesResource:
    """The `files` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def upload(
        self,
        *,
        file: FileInput,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> File:
        """Upload a file."""
        return self._requester.request(
            _ops.FILES_UPLOAD,
            {"file": file},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncFilesResource:
    """The `files` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def upload(
        self,
        *,
        file: FileInput,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> File:
        """Upload a file."""
        return await self._requester.request(
            _ops.FILES_UPLOAD,
            {"file": file},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class WorkflowsRunsResource:
    """The `workflows.runs` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def stream(
        self,
        *,
        workflow_id: str,
        parameters: Mapping[str, Any] | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> SyncEventStream[StreamEvent[ChatMessage | str | None]]:
        """Run a workflow, streaming."""
        return self._requester.stream(
            _ops.WORKFLOWS_RUNS_STREAM,
            {"workflow_id": workflow_id, "parameters": parameters},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncWorkflowsRunsResource:
    """The `workflows.runs` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def stream(
        self,
        *,
        workflow_id: str,
        parameters: Mapping[str, Any] | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> AsyncEventStream[StreamEvent[ChatMessage | str | None]]:
        """Run a workflow, streaming."""
        return await self._requester.stream(
            _ops.WORKFLOWS_RUNS_STREAM,
            {"workflow_id": workflow_id, "parameters": parameters},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class WorkflowsResource:
    """The `workflows` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    @cached_property
    def runs(self) -> WorkflowsRunsResource:
        """The `workflows.runs` resource group."""
        return WorkflowsRunsResource(self._requester)


class AsyncWorkflowsResource:
    """The `workflows` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @cached_property
    def runs(self) -> AsyncWorkflowsRunsResource:
        """The `workflows.runs` resource group."""
        return AsyncWorkflowsRunsResource(self._requester)


class CozeResources:
    """The root of the resource tree of the Coze API."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    @cached_property
    def chat(self) -> ChatResource:
        """The `chat` resource group."""
        return ChatResource(self._requester)

    @cached_property
    def conversations(self) -> ConversationsResource:
        """The `conversations` resource group."""
        return ConversationsResource(self._requester)

    @cached_property
    def files(self) -> FilesResource:
        """The `files` resource group."""
        return FilesResource(self._requester)

    @cached_property
    def workflows(self) -> WorkflowsResource:
        """The `workflows` resource group."""
        return WorkflowsResource(self._requester)


class AsyncCozeResources:
    """The root of the resource tree of the Coze API."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @cached_property
    def chat(self) -> AsyncChatResource:
        """The `chat` resource group."""
        return AsyncChatResource(self._requester)

    @cached_property
    def conversations(self) -> AsyncConversationsResource:
        """The `conversations` resource group."""
        return AsyncConversationsResource(self._requester)

    @cached_property
    def files(self) -> AsyncFilesResource:
        """The `files` resource group."""
        return AsyncFilesResource(self._requester)

    @cached_property
    def workflows(self) -> AsyncWorkflowsResource:
        """The `workflows` resource group."""
        return AsyncWorkflowsResource(self._requester)
