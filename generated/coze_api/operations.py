"""Every Coze operation, as the runtime needs it to build requests and read answers.

Generated from openapi/coze.yaml by `make gen`; never edit by hand.
"""

from ._runtime import ModelRef, Operation, Pagination, Param, StreamSpec

CHAT_CREATE = Operation(
    id="chat_create",
    method="POST",
    path="/v3/chat",
    params=(
        Param("conversation_id", "conversation_id", "query", "string", False),
        Param("bot_id", "bot_id", "body", "string", True),
        Param("user_id", "user_id", "body", "string", True),
        Param("additional_messages", "additional_messages", "body", "array", False),
        Param("custom_variables", "custom_variables", "body", "object", False),
    ),
    body="json",
    envelope="data",
    retry_safe=False,
    result=ModelRef("chat", "Chat"),
    pagination=None,
    stream=StreamSpec(
        events={
            "conversation.chat.created": ModelRef("chat", "Chat"),
            "conversation.message.delta": ModelRef("chat_message", "ChatMessage"),
            "error": ModelRef("chat_error", "ChatError"),
            "done": None,
        },
        terminal=("done",),
        errors=("error",),
        flag="stream",
    ),
    headers={},
    authenticated=True,
)

CONVERSATIONS_LIST = Operation(
    id="conversations_list",
    method="GET",
    path="/v1/conversations",
    params=(
        Param("bot_id", "bot_id", "query", "string", True),
        Param("page_num", "page_num", "query", "integer", False),
        Param("page_size", "page_size", "query", "integer", False),
    ),
    body=None,
    envelope="data",
    retry_safe=True,
    result=ModelRef("conversations_list_data", "ConversationsListData"),
    pagination=Pagination(
        style="page_number", items="conversations", size_param="page_size", page_param="page_num", has_more="has_more"
    ),
    stream=None,
    headers={},
    authenticated=True,
)

FILES_UPLOAD = Operation(
    id="files_upload",
    method="POST",
    path="/v1/files/upload",
    params=(Param("file", "file", "file", "file", True),),
    body="multipart",
    envelope="data",
    retry_safe=False,
    result=ModelRef("file", "File"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

WORKFLOWS_RUNS_STREAM = Operation(
    id="workflows_runs_stream",
    method="POST",
    path="/v1/workflow/stream_run",
    params=(
        Param("workflow_id", "workflow_id", "body", "string", True),
        Param("parameters", "parameters", "body", "object", False),
    ),
    body="json",
    envelope="none",
    retry_safe=False,
    result=None,
    pagination=None,
    stream=StreamSpec(
        events={"Message": ModelRef("chat_message", "ChatMessage"), "Done": None}, terminal=("Done",), errors=()
    ),
    headers={},
    authenticated=True,
)

OPERATIONS: dict[str, Operation] = {
    CHAT_CREATE.id: CHAT_CREATE,
    CONVERSATIONS_LIST.id: CONVERSATIONS_LIST,
    FILES_UPLOAD.id: FILES_UPLOAD,
    WORKFLOWS_RUNS_STREAM.id: WORKFLOWS_RUNS_STREAM,
}
