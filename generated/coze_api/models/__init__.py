"""Every data model of the Coze API. Imported lazily: a model's module loads on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .chat import Chat
    from .chat_create_request import ChatCreateRequest
    from .chat_create_request_custom_variables import ChatCreateRequestCustomVariables
    from .chat_create_response import ChatCreateResponse
    from .chat_error import ChatError
    from .chat_message import ChatMessage
    from .chat_message_role import ChatMessageRole
    from .chat_meta_data import ChatMetaData
    from .chat_status import ChatStatus
    from .conversation import Conversation
    from .conversations_list_data import ConversationsListData
    from .conversations_list_response import ConversationsListResponse
    from .enter_message import EnterMessage
    from .enter_message_role import EnterMessageRole
    from .error_response import ErrorResponse
    from .file import File
    from .files_upload_request import FilesUploadRequest
    from .files_upload_response import FilesUploadResponse
    from .response_detail import ResponseDetail
    from .workflows_runs_stream_request import WorkflowsRunsStreamRequest
    from .workflows_runs_stream_request_parameters import WorkflowsRunsStreamRequestParameters

_MODULES = {
    "Chat": ".chat",
    "ChatCreateRequest": ".chat_create_request",
    "ChatCreateRequestCustomVariables": ".chat_create_request_custom_variables",
    "ChatCreateResponse": ".chat_create_response",
    "ChatError": ".chat_error",
    "ChatMessage": ".chat_message",
    "ChatMessageRole": ".chat_message_role",
    "ChatMetaData": ".chat_meta_data",
    "ChatStatus": ".chat_status",
    "Conversation": ".conversation",
    "ConversationsListData": ".conversations_list_data",
    "ConversationsListResponse": ".conversations_list_response",
    "EnterMessage": ".enter_message",
    "EnterMessageRole": ".enter_message_role",
    "ErrorResponse": ".error_response",
    "File": ".file",
    "FilesUploadRequest": ".files_upload_request",
    "FilesUploadResponse": ".files_upload_response",
    "ResponseDetail": ".response_detail",
    "WorkflowsRunsStreamRequest": ".workflows_runs_stream_request",
    "WorkflowsRunsStreamRequestParameters": ".workflows_runs_stream_request_parameters",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(_MODULES)


__all__ = (
    "Chat",
    "ChatCreateRequest",
    "ChatCreateRequestCustomVariables",
    "ChatCreateResponse",
    "ChatError",
    "ChatMessage",
    "ChatMessageRole",
    "ChatMetaData",
    "ChatStatus",
    "Conversation",
    "ConversationsListData",
    "ConversationsListResponse",
    "EnterMessage",
    "EnterMessageRole",
    "ErrorResponse",
    "File",
    "FilesUploadRequest",
    "FilesUploadResponse",
    "ResponseDetail",
    "WorkflowsRunsStreamRequest",
    "WorkflowsRunsStreamRequestParameters",
)
