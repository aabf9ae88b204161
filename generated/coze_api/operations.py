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
        Param("auto_save_history", "auto_save_history", "body", "boolean", False),
        Param("meta_data", "meta_data", "body", "object", False),
        Param("extra_params", "extra_params", "body", "object", False),
        Param("shortcut_command", "shortcut_command", "body", "object", False),
        Param("parameters", "parameters", "body", "object", False),
        Param("enable_card", "enable_card", "body", "boolean", False),
        Param("publish_status", "publish_status", "body", "string", False),
        Param("bot_version", "bot_version", "body", "string", False),
    ),
    body="json",
    envelope="data",
    retry_safe=False,
    result=ModelRef("chat", "Chat"),
    pagination=None,
    stream=StreamSpec(
        events={
            "conversation.chat.created": ModelRef("chat", "Chat"),
            "conversation.chat.in_progress": ModelRef("chat", "Chat"),
            "conversation.message.delta": ModelRef("chat_message", "ChatMessage"),
            "conversation.message.completed": ModelRef("chat_message", "ChatMessage"),
            "conversation.audio.delta": ModelRef("chat_message", "ChatMessage"),
            "conversation.chat.completed": ModelRef("chat", "Chat"),
            "conversation.chat.failed": ModelRef("chat", "Chat"),
            "conversation.chat.requires_action": ModelRef("chat", "Chat"),
            "error": ModelRef("chat_error", "ChatError"),
            "done": None,
        },
        terminal=("done",),
        errors=("error", "conversation.chat.failed"),
        flag="stream",
        message_events=("conversation.message.delta", "conversation.message.completed", "conversation.audio.delta"),
        chat_events=(
            "conversation.chat.created",
            "conversation.chat.in_progress",
            "conversation.chat.completed",
            "conversation.chat.failed",
            "conversation.chat.requires_action",
        ),
    ),
    headers={},
    authenticated=True,
)

CHAT_RETRIEVE = Operation(
    id="chat_retrieve",
    method="POST",
    path="/v3/chat/retrieve",
    params=(
        Param("conversation_id", "conversation_id", "query", "string", True),
        Param("chat_id", "chat_id", "query", "string", True),
    ),
    body=None,
    envelope="data",
    retry_safe=True,
    result=ModelRef("chat", "Chat"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

CHAT_CANCEL = Operation(
    id="chat_cancel",
    method="POST",
    path="/v3/chat/cancel",
    params=(
        Param("conversation_id", "conversation_id", "body", "string", True),
        Param("chat_id", "chat_id", "body", "string", True),
    ),
    body="json",
    envelope="data",
    retry_safe=False,
    result=ModelRef("chat", "Chat"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

CHAT_SUBMIT_TOOL_OUTPUTS = Operation(
    id="chat_submit_tool_outputs",
    method="POST",
    path="/v3/chat/submit_tool_outputs",
    params=(
        Param("conversation_id", "conversation_id", "query", "string", True),
        Param("chat_id", "chat_id", "query", "string", True),
        Param("tool_outputs", "tool_outputs", "body", "array", True),
    ),
    body="json",
    envelope="data",
    retry_safe=False,
    result=ModelRef("chat", "Chat"),
    pagination=None,
    stream=StreamSpec(
        events={
            "conversation.chat.created": ModelRef("chat", "Chat"),
            "conversation.chat.in_progress": ModelRef("chat", "Chat"),
            "conversation.message.delta": ModelRef("chat_message", "ChatMessage"),
            "conversation.message.completed": ModelRef("chat_message", "ChatMessage"),
            "conversation.audio.delta": ModelRef("chat_message", "ChatMessage"),
            "conversation.chat.completed": ModelRef("chat", "Chat"),
            "conversation.chat.failed": ModelRef("chat", "Chat"),
            "conversation.chat.requires_action": ModelRef("chat", "Chat"),
            "error": ModelRef("chat_error", "ChatError"),
            "done": None,
        },
        terminal=("done",),
        errors=("error", "conversation.chat.failed"),
        flag="stream",
        message_events=("conversation.message.delta", "conversation.message.completed", "conversation.audio.delta"),
        chat_events=(
            "conversation.chat.created",
            "conversation.chat.in_progress",
            "conversation.chat.completed",
            "conversation.chat.failed",
            "conversation.chat.requires_action",
        ),
    ),
    headers={},
    authenticated=True,
)

CHAT_MESSAGES_LIST = Operation(
    id="chat_messages_list",
    method="GET",
    path="/v3/chat/message/list",
    params=(
        Param("conversation_id", "conversation_id", "query", "string", True),
        Param("chat_id", "chat_id", "query", "string", True),
    ),
    body=None,
    envelope="data",
    retry_safe=True,
    result=ModelRef("chat_message", "ChatMessage", many=True),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

CONVERSATIONS_CREATE = Operation(
    id="conversations_create",
    method="POST",
    path="/v1/conversation/create",
    params=(
        Param("bot_id", "bot_id", "body", "string", False),
        Param("name", "name", "body", "string", False),
        Param("messages", "messages", "body", "array", False),
        Param("meta_data", "meta_data", "body", "object", False),
        Param("connector_id", "connector_id", "body", "string", False),
    ),
    body="json",
    envelope="data",
    retry_safe=False,
    result=ModelRef("conversation", "Conversation"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

CONVERSATIONS_RETRIEVE = Operation(
    id="conversations_retrieve",
    method="GET",
    path="/v1/conversation/retrieve",
    params=(Param("conversation_id", "conversation_id", "query", "string", True),),
    body=None,
    envelope="data",
    retry_safe=True,
    result=ModelRef("conversation", "Conversation"),
    pagination=None,
    stream=None,
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
        Param("sort_order", "sort_order", "query", "string", False),
        Param("connector_id", "connector_id", "query", "string", False),
    ),
    body=None,
    envelope="data",
    retry_safe=True,
    result=ModelRef("conversation_list_result", "ConversationListResult"),
    pagination=Pagination(
        style="page_number", items="conversations", size_param="page_size", page_param="page_num", has_more="has_more"
    ),
    stream=None,
    headers={},
    authenticated=True,
)

CONVERSATIONS_UPDATE = Operation(
    id="conversations_update",
    method="PUT",
    path="/v1/conversations/{conversation_id}",
    params=(
        Param("conversation_id", "conversation_id", "path", "string", True),
        Param("name", "name", "body", "string", True),
    ),
    body="json",
    envelope="data",
    retry_safe=True,
    result=ModelRef("conversation", "Conversation"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

CONVERSATIONS_DELETE = Operation(
    id="conversations_delete",
    method="DELETE",
    path="/v1/conversations/{conversation_id}",
    params=(Param("conversation_id", "conversation_id", "path", "string", True),),
    body=None,
    envelope="none",
    retry_safe=True,
    result=ModelRef("conversations_delete_response", "ConversationsDeleteResponse"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

CONVERSATIONS_CLEAR = Operation(
    id="conversations_clear",
    method="POST",
    path="/v1/conversations/{conversation_id}/clear",
    params=(Param("conversation_id", "conversation_id", "path", "string", True),),
    body=None,
    envelope="data",
    retry_safe=True,
    result=ModelRef("conversation_section", "ConversationSection"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

CONVERSATIONS_MESSAGES_CREATE = Operation(
    id="conversations_messages_create",
    method="POST",
    path="/v1/conversation/message/create",
    params=(
        Param("conversation_id", "conversation_id", "query", "string", True),
        Param("role", "role", "body", "string", True),
        Param("content", "content", "body", "string", True),
        Param("content_type", "content_type", "body", "string", True),
        Param("meta_data", "meta_data", "body", "object", False),
    ),
    body="json",
    envelope="data",
    retry_safe=False,
    result=ModelRef("chat_message", "ChatMessage"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

CONVERSATIONS_MESSAGES_LIST = Operation(
    id="conversations_messages_list",
    method="POST",
    path="/v1/conversation/message/list",
    params=(
        Param("conversation_id", "conversation_id", "query", "string", True),
        Param("order", "order", "body", "string", False),
        Param("chat_id", "chat_id", "body", "string", False),
        Param("before_id", "before_id", "body", "string", False),
        Param("after_id", "after_id", "body", "string", False),
        Param("limit", "limit", "body", "integer", False),
        Param("include_middle_message", "include_middle_message", "body", "boolean", False),
    ),
    body="json",
    envelope="none",
    retry_safe=True,
    result=ModelRef("conversations_messages_list_response", "ConversationsMessagesListResponse"),
    pagination=Pagination(
        style="cursor",
        items="data",
        size_param="limit",
        has_more="has_more",
        cursor_param="after_id",
        next_cursor="last_id",
    ),
    stream=None,
    headers={},
    authenticated=True,
)

CONVERSATIONS_MESSAGES_RETRIEVE = Operation(
    id="conversations_messages_retrieve",
    method="GET",
    path="/v1/conversation/message/retrieve",
    params=(
        Param("conversation_id", "conversation_id", "query", "string", True),
        Param("message_id", "message_id", "query", "string", True),
    ),
    body=None,
    envelope="data",
    retry_safe=True,
    result=ModelRef("chat_message", "ChatMessage"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

CONVERSATIONS_MESSAGES_UPDATE = Operation(
    id="conversations_messages_update",
    method="POST",
    path="/v1/conversation/message/modify",
    params=(
        Param("conversation_id", "conversation_id", "query", "string", True),
        Param("message_id", "message_id", "query", "string", True),
        Param("content", "content", "body", "string", False),
        Param("content_type", "content_type", "body", "string", False),
        Param("meta_data", "meta_data", "body", "object", False),
    ),
    body="json",
    envelope="none",
    retry_safe=True,
    result=ModelRef("conversations_messages_update_response", "ConversationsMessagesUpdateResponse"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

CONVERSATIONS_MESSAGES_DELETE = Operation(
    id="conversations_messages_delete",
    method="POST",
    path="/v1/conversation/message/delete",
    params=(
        Param("conversation_id", "conversation_id", "query", "string", True),
        Param("message_id", "message_id", "query", "string", True),
    ),
    body=None,
    envelope="data",
    retry_safe=True,
    result=ModelRef("chat_message", "ChatMessage"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

CONVERSATIONS_MESSAGES_FEEDBACK_CREATE = Operation(
    id="conversations_messages_feedback_create",
    method="POST",
    path="/v1/conversations/{conversation_id}/messages/{message_id}/feedback",
    params=(
        Param("conversation_id", "conversation_id", "path", "string", True),
        Param("message_id", "message_id", "path", "string", True),
        Param("feedback_type", "feedback_type", "body", "string", True),
        Param("reason_types", "reason_types", "body", "array", False),
        Param("comment", "comment", "body", "string", False),
    ),
    body="json",
    envelope="none",
    retry_safe=True,
    result=ModelRef("conversations_messages_feedback_create_response", "ConversationsMessagesFeedbackCreateResponse"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

CONVERSATIONS_MESSAGES_FEEDBACK_DELETE = Operation(
    id="conversations_messages_feedback_delete",
    method="DELETE",
    path="/v1/conversations/{conversation_id}/messages/{message_id}/feedback",
    params=(
        Param("conversation_id", "conversation_id", "path", "string", True),
        Param("message_id", "message_id", "path", "string", True),
    ),
    body=None,
    envelope="none",
    retry_safe=True,
    result=ModelRef("conversations_messages_feedback_delete_response", "ConversationsMessagesFeedbackDeleteResponse"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

BOTS_CREATE = Operation(
    id="bots_create",
    method="POST",
    path="/v1/bot/create",
    params=(
        Param("space_id", "space_id", "body", "string", True),
        Param("name", "name", "body", "string", True),
        Param("description", "description", "body", "string", False),
        Param("icon_file_id", "icon_file_id", "body", "string", False),
        Param("prompt_info", "prompt_info", "body", "object", False),
        Param("onboarding_info", "onboarding_info", "body", "object", False),
        Param("suggest_reply_info", "suggest_reply_info", "body", "object", False),
        Param("model_info_config", "model_info_config", "body", "object", False),
        Param("plugin_id_list", "plugin_id_list", "body", "object", False),
        Param("workflow_id_list", "workflow_id_list", "body", "object", False),
    ),
    body="json",
    envelope="data",
    retry_safe=False,
    result=ModelRef("bots_create_result", "BotsCreateResult"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

BOTS_UPDATE = Operation(
    id="bots_update",
    method="POST",
    path="/v1/bot/update",
    params=(
        Param("bot_id", "bot_id", "body", "string", True),
        Param("name", "name", "body", "string", False),
        Param("description", "description", "body", "string", False),
        Param("icon_file_id", "icon_file_id", "body", "string", False),
        Param("prompt_info", "prompt_info", "body", "object", False),
        Param("onboarding_info", "onboarding_info", "body", "object", False),
        Param("knowledge", "knowledge", "body", "object", False),
        Param("suggest_reply_info", "suggest_reply_info", "body", "object", False),
        Param("model_info_config", "model_info_config", "body", "object", False),
        Param("plugin_id_list", "plugin_id_list", "body", "object", False),
        Param("workflow_id_list", "workflow_id_list", "body", "object", False),
    ),
    body="json",
    envelope="none",
    retry_safe=True,
    result=ModelRef("bots_update_response", "BotsUpdateResponse"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

BOTS_PUBLISH = Operation(
    id="bots_publish",
    method="POST",
    path="/v1/bot/publish",
    params=(
        Param("bot_id", "bot_id", "body", "string", True),
        Param("connector_ids", "connector_ids", "body", "array", True),
        Param("connectors", "connectors", "body", "object", False),
    ),
    body="json",
    envelope="data",
    retry_safe=True,
    result=ModelRef("bots_publish_result", "BotsPublishResult"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

BOTS_UNPUBLISH = Operation(
    id="bots_unpublish",
    method="POST",
    path="/v1/bots/{bot_id}/unpublish",
    params=(
        Param("bot_id", "bot_id", "path", "string", True),
        Param("connector_id", "connector_id", "body", "string", True),
        Param("unpublish_reason", "unpublish_reason", "body", "string", False),
    ),
    body="json",
    envelope="none",
    retry_safe=True,
    result=ModelRef("bots_unpublish_response", "BotsUnpublishResponse"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

BOTS_RETRIEVE = Operation(
    id="bots_retrieve",
    method="GET",
    path="/v1/bots/{bot_id}",
    params=(
        Param("bot_id", "bot_id", "path", "string", True),
        Param("is_published", "is_published", "query", "boolean", False),
    ),
    body=None,
    envelope="data",
    retry_safe=True,
    result=ModelRef("bot", "Bot"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

BOTS_RETRIEVE_V1 = Operation(
    id="bots_retrieve_v1",
    method="GET",
    path="/v1/bot/get_online_info",
    params=(Param("bot_id", "bot_id", "query", "string", True),),
    body=None,
    envelope="data",
    retry_safe=True,
    result=ModelRef("bot", "Bot"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

BOTS_LIST = Operation(
    id="bots_list",
    method="GET",
    path="/v1/bots",
    params=(
        Param("workspace_id", "workspace_id", "query", "string", True),
        Param("publish_status", "publish_status", "query", "string", False),
        Param("connector_id", "connector_id", "query", "string", False),
        Param("page_num", "page_num", "query", "integer", False),
        Param("page_size", "page_size", "query", "integer", False),
    ),
    body=None,
    envelope="data",
    retry_safe=True,
    result=ModelRef("bots_list_result", "BotsListResult"),
    pagination=Pagination(
        style="page_number", items="items", size_param="page_size", page_param="page_num", total="total"
    ),
    stream=None,
    headers={},
    authenticated=True,
)

BOTS_LIST_V1 = Operation(
    id="bots_list_v1",
    method="GET",
    path="/v1/space/published_bots_list",
    params=(
        Param("space_id", "space_id", "query", "string", True),
        Param("page_index", "page_index", "query", "integer", False),
        Param("page_size", "page_size", "query", "integer", False),
    ),
    body=None,
    envelope="data",
    retry_safe=True,
    result=ModelRef("bots_list_v1_result", "BotsListV1Result"),
    pagination=Pagination(
        style="page_number", items="space_bots", size_param="page_size", page_param="page_index", total="total"
    ),
    stream=None,
    headers={},
    authenticated=True,
)

BOTS_VERSIONS_LIST = Operation(
    id="bots_versions_list",
    method="GET",
    path="/v1/bots/{bot_id}/versions",
    params=(
        Param("bot_id", "bot_id", "path", "string", True),
        Param("publish_status", "publish_status", "query", "string", False),
        Param("connector_id", "connector_id", "query", "string", False),
        Param("page_num", "page_num", "query", "integer", False),
        Param("page_size", "page_size", "query", "integer", False),
    ),
    body=None,
    envelope="data",
    retry_safe=True,
    result=ModelRef("bots_versions_list_result", "BotsVersionsListResult"),
    pagination=Pagination(
        style="page_number",
        items="items",
        size_param="page_size",
        page_param="page_num",
        has_more="has_more",
        total="total",
    ),
    stream=None,
    headers={},
    authenticated=True,
)

BOTS_COLLABORATORS_CREATE = Operation(
    id="bots_collaborators_create",
    method="POST",
    path="/v1/bots/{bot_id}/collaborators",
    params=(
        Param("bot_id", "bot_id", "path", "string", True),
        Param("collaborators", "collaborators", "body", "array", True),
    ),
    body="json",
    envelope="none",
    retry_safe=False,
    result=ModelRef("bots_collaborators_create_response", "BotsCollaboratorsCreateResponse"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

BOTS_COLLABORATORS_DELETE = Operation(
    id="bots_collaborators_delete",
    method="DELETE",
    path="/v1/bots/{bot_id}/collaborators/{user_id}",
    params=(Param("bot_id", "bot_id", "path", "string", True), Param("user_id", "user_id", "path", "string", True)),
    body=None,
    envelope="none",
    retry_safe=True,
    result=ModelRef("bots_collaborators_delete_response", "BotsCollaboratorsDeleteResponse"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

BOTS_COLLABORATION_MODES_UPDATE = Operation(
    id="bots_collaboration_modes_update",
    method="POST",
    path="/v1/bots/{bot_id}/collaboration_mode",
    params=(
        Param("bot_id", "bot_id", "path", "string", True),
        Param("collaboration_mode", "collaboration_mode", "body", "string", True),
    ),
    body="json",
    envelope="none",
    retry_safe=True,
    result=ModelRef("bots_collaboration_modes_update_response", "BotsCollaborationModesUpdateResponse"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

APPS_LIST = Operation(
    id="apps_list",
    method="GET",
    path="/v1/apps",
    params=(
        Param("workspace_id", "workspace_id", "query", "string", True),
        Param("publish_status", "publish_status", "query", "string", False),
        Param("connector_id", "connector_id", "query", "string", False),
        Param("page_num", "page_num", "query", "integer", False),
        Param("page_size", "page_size", "query", "integer", False),
    ),
    body=None,
    envelope="data",
    retry_safe=True,
    result=ModelRef("apps_list_result", "AppsListResult"),
    pagination=Pagination(
        style="page_number", items="items", size_param="page_size", page_param="page_num", total="total"
    ),
    stream=None,
    headers={},
    authenticated=True,
)

APPS_COLLABORATORS_CREATE = Operation(
    id="apps_collaborators_create",
    method="POST",
    path="/v1/apps/{app_id}/collaborators",
    params=(
        Param("app_id", "app_id", "path", "string", True),
        Param("collaborators", "collaborators", "body", "array", True),
    ),
    body="json",
    envelope="none",
    retry_safe=False,
    result=ModelRef("apps_collaborators_create_response", "AppsCollaboratorsCreateResponse"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

APPS_COLLABORATORS_DELETE = Operation(
    id="apps_collaborators_delete",
    method="DELETE",
    path="/v1/apps/{app_id}/collaborators/{user_id}",
    params=(Param("app_id", "app_id", "path", "string", True), Param("user_id", "user_id", "path", "string", True)),
    body=None,
    envelope="none",
    retry_safe=True,
    result=ModelRef("apps_collaborators_delete_response", "AppsCollaboratorsDeleteResponse"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

TEMPLATES_DUPLICATE = Operation(
    id="templates_duplicate",
    method="POST",
    path="/v1/templates/{template_id}/duplicate",
    params=(
        Param("template_id", "template_id", "path", "string", True),
        Param("workspace_id", "workspace_id", "body", "string", True),
        Param("name", "name", "body", "string", False),
    ),
    body="json",
    envelope="data",
    retry_safe=False,
    result=ModelRef("template_duplicate_result", "TemplateDuplicateResult"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

WORKSPACES_LIST = Operation(
    id="workspaces_list",
    method="GET",
    path="/v1/workspaces",
    params=(
        Param("page_num", "page_num", "query", "integer", False),
        Param("page_size", "page_size", "query", "integer", False),
        Param("enterprise_id", "enterprise_id", "query", "string", False),
        Param("user_id", "user_id", "query", "string", False),
        Param("coze_account_id", "coze_account_id", "query", "string", False),
    ),
    body=None,
    envelope="data",
    retry_safe=True,
    result=ModelRef("workspaces_list_result", "WorkspacesListResult"),
    pagination=Pagination(
        style="page_number", items="workspaces", size_param="page_size", page_param="page_num", total="total_count"
    ),
    stream=None,
    headers={},
    authenticated=True,
)

WORKSPACES_CREATE = Operation(
    id="workspaces_create",
    method="POST",
    path="/v1/workspaces",
    params=(
        Param("name", "name", "body", "string", True),
        Param("description", "description", "body", "string", True),
        Param("icon_file_id", "icon_file_id", "body", "string", False),
        Param("coze_account_id", "coze_account_id", "body", "string", False),
        Param("owner_uid", "owner_uid", "body", "string", False),
    ),
    body="json",
    envelope="data",
    retry_safe=False,
    result=ModelRef("workspaces_create_result", "WorkspacesCreateResult"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

WORKSPACES_UPDATE = Operation(
    id="workspaces_update",
    method="PUT",
    path="/v1/workspaces/{workspace_id}",
    params=(
        Param("workspace_id", "workspace_id", "path", "string", True),
        Param("name", "name", "body", "string", False),
        Param("description", "description", "body", "string", False),
    ),
    body="json",
    envelope="none",
    retry_safe=True,
    result=ModelRef("workspaces_update_response", "WorkspacesUpdateResponse"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

WORKSPACES_MEMBERS_LIST = Operation(
    id="workspaces_members_list",
    method="GET",
    path="/v1/workspaces/{workspace_id}/members",
    params=(
        Param("workspace_id", "workspace_id", "path", "string", True),
        Param("page_num", "page_num", "query", "integer", False),
        Param("page_size", "page_size", "query", "integer", False),
    ),
    body=None,
    envelope="data",
    retry_safe=True,
    result=ModelRef("workspaces_members_list_result", "WorkspacesMembersListResult"),
    pagination=Pagination(
        style="page_number", items="items", size_param="page_size", page_param="page_num", total="total_count"
    ),
    stream=None,
    headers={},
    authenticated=True,
)

WORKSPACES_MEMBERS_CREATE = Operation(
    id="workspaces_members_create",
    method="POST",
    path="/v1/workspaces/{workspace_id}/members",
    params=(
        Param("workspace_id", "workspace_id", "path", "string", True),
        Param("users", "users", "body", "array", True),
    ),
    body="json",
    envelope="data",
    retry_safe=False,
    result=ModelRef("workspaces_members_create_result", "WorkspacesMembersCreateResult"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

WORKSPACES_MEMBERS_DELETE = Operation(
    id="workspaces_members_delete",
    method="DELETE",
    path="/v1/workspaces/{workspace_id}/members",
    params=(
        Param("workspace_id", "workspace_id", "path", "string", True),
        Param("user_ids", "user_ids", "body", "array", True),
    ),
    body="json",
    envelope="data",
    retry_safe=True,
    result=ModelRef("workspaces_members_delete_result", "WorkspacesMembersDeleteResult"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

USERS_ME = Operation(
    id="users_me",
    method="GET",
    path="/v1/users/me",
    params=(),
    body=None,
    envelope="data",
    retry_safe=True,
    result=ModelRef("user", "User"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

VARIABLES_RETRIEVE = Operation(
    id="variables_retrieve",
    method="GET",
    path="/v1/variables",
    params=(
        Param("connector_uid", "connector_uid", "query", "string", True),
        Param("keywords", "keywords", "query", "array", False, joined=True),
        Param("app_id", "app_id", "query", "string", False),
        Param("bot_id", "bot_id", "query", "string", False),
        Param("connector_id", "connector_id", "query", "string", False),
    ),
    body=None,
    envelope="data",
    retry_safe=True,
    result=ModelRef("variables_retrieve_result", "VariablesRetrieveResult"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

VARIABLES_UPDATE = Operation(
    id="variables_update",
    method="PUT",
    path="/v1/variables",
    params=(
        Param("connector_uid", "connector_uid", "body", "string", True),
        Param("data", "data", "body", "array", True),
        Param("app_id", "app_id", "body", "string", False),
        Param("bot_id", "bot_id", "body", "string", False),
        Param("connector_id", "connector_id", "body", "string", False),
    ),
    body="json",
    envelope="none",
    retry_safe=True,
    result=ModelRef("variables_update_response", "VariablesUpdateResponse"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

FOLDERS_LIST = Operation(
    id="folders_list",
    method="GET",
    path="/v1/folders",
    params=(
        Param("workspace_id", "workspace_id", "query", "string", True),
        Param("folder_type", "folder_type", "query", "string", True),
        Param("parent_folder_id", "parent_folder_id", "query", "string", False),
        Param("page_num", "page_num", "query", "integer", False),
        Param("page_size", "page_size", "query", "integer", False),
    ),
    body=None,
    envelope="data",
    retry_safe=True,
    result=ModelRef("folders_list_result", "FoldersListResult"),
    pagination=Pagination(
        style="page_number",
        items="items",
        size_param="page_size",
        page_param="page_num",
        has_more="has_more",
        total="total_count",
    ),
    stream=None,
    headers={},
    authenticated=True,
)

FOLDERS_RETRIEVE = Operation(
    id="folders_retrieve",
    method="GET",
    path="/v1/folders/{folder_id}",
    params=(Param("folder_id", "folder_id", "path", "string", True),),
    body=None,
    envelope="data",
    retry_safe=True,
    result=ModelRef("simple_folder", "SimpleFolder"),
    pagination=None,
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

FILES_RETRIEVE = Operation(
    id="files_retrieve",
    method="GET",
    path="/v1/files/retrieve",
    params=(Param("file_id", "file_id", "query", "string", True),),
    body=None,
    envelope="data",
    retry_safe=True,
    result=ModelRef("file", "File"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

DATASETS_LIST = Operation(
    id="datasets_list",
    method="GET",
    path="/v1/datasets",
    params=(
        Param("space_id", "space_id", "query", "string", True),
        Param("name", "name", "query", "string", False),
        Param("format_type", "format_type", "query", "integer", False),
        Param("page_num", "page_num", "query", "integer", False),
        Param("page_size", "page_size", "query", "integer", False),
    ),
    body=None,
    envelope="data",
    retry_safe=True,
    result=ModelRef("datasets_list_result", "DatasetsListResult"),
    pagination=Pagination(
        style="page_number", items="dataset_list", size_param="page_size", page_param="page_num", total="total_count"
    ),
    stream=None,
    headers={},
    authenticated=True,
)

DATASETS_CREATE = Operation(
    id="datasets_create",
    method="POST",
    path="/v1/datasets",
    params=(
        Param("name", "name", "body", "string", True),
        Param("space_id", "space_id", "body", "string", True),
        Param("format_type", "format_type", "body", "integer", True),
        Param("description", "description", "body", "string", False),
        Param("file_id", "file_id", "body", "string", False),
    ),
    body="json",
    envelope="data",
    retry_safe=False,
    result=ModelRef("datasets_create_result", "DatasetsCreateResult"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

DATASETS_UPDATE = Operation(
    id="datasets_update",
    method="PUT",
    path="/v1/datasets/{dataset_id}",
    params=(
        Param("dataset_id", "dataset_id", "path", "string", True),
        Param("name", "name", "body", "string", True),
        Param("file_id", "file_id", "body", "string", False),
        Param("description", "description", "body", "string", False),
    ),
    body="json",
    envelope="none",
    retry_safe=True,
    result=ModelRef("datasets_update_response", "DatasetsUpdateResponse"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

DATASETS_DELETE = Operation(
    id="datasets_delete",
    method="DELETE",
    path="/v1/datasets/{dataset_id}",
    params=(Param("dataset_id", "dataset_id", "path", "string", True),),
    body=None,
    envelope="none",
    retry_safe=True,
    result=ModelRef("datasets_delete_response", "DatasetsDeleteResponse"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

DATASETS_PROCESS = Operation(
    id="datasets_process",
    method="POST",
    path="/v1/datasets/{dataset_id}/process",
    params=(
        Param("dataset_id", "dataset_id", "path", "string", True),
        Param("document_ids", "document_ids", "body", "array", True),
    ),
    body="json",
    envelope="data",
    retry_safe=True,
    result=ModelRef("datasets_process_result", "DatasetsProcessResult"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

DATASETS_IMAGES_LIST = Operation(
    id="datasets_images_list",
    method="GET",
    path="/v1/datasets/{dataset_id}/images",
    params=(
        Param("dataset_id", "dataset_id", "path", "string", True),
        Param("page_num", "page_num", "query", "integer", False),
        Param("page_size", "page_size", "query", "integer", False),
        Param("keyword", "keyword", "query", "string", False),
        Param("has_caption", "has_caption", "query", "boolean", False),
    ),
    body=None,
    envelope="data",
    retry_safe=True,
    result=ModelRef("datasets_images_list_result", "DatasetsImagesListResult"),
    pagination=Pagination(
        style="page_number", items="photo_infos", size_param="page_size", page_param="page_num", total="total_count"
    ),
    stream=None,
    headers={},
    authenticated=True,
)

DATASETS_IMAGES_UPDATE = Operation(
    id="datasets_images_update",
    method="PUT",
    path="/v1/datasets/{dataset_id}/images/{document_id}",
    params=(
        Param("dataset_id", "dataset_id", "path", "string", True),
        Param("document_id", "document_id", "path", "string", True),
        Param("caption", "caption", "body", "string", True),
    ),
    body="json",
    envelope="none",
    retry_safe=True,
    result=ModelRef("datasets_images_update_response", "DatasetsImagesUpdateResponse"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

DATASETS_DOCUMENTS_CREATE = Operation(
    id="datasets_documents_create",
    method="POST",
    path="/open_api/knowledge/document/create",
    params=(
        Param("dataset_id", "dataset_id", "body", "string", True),
        Param("document_bases", "document_bases", "body", "array", True),
        Param("chunk_strategy", "chunk_strategy", "body", "object", True),
        Param("format_type", "format_type", "body", "integer", True),
    ),
    body="json",
    envelope="none",
    retry_safe=False,
    result=ModelRef("datasets_documents_create_response", "DatasetsDocumentsCreateResponse"),
    pagination=None,
    stream=None,
    headers={"Agw-Js-Conv": "str"},
    authenticated=True,
)

DATASETS_DOCUMENTS_UPDATE = Operation(
    id="datasets_documents_update",
    method="POST",
    path="/open_api/knowledge/document/update",
    params=(
        Param("document_id", "document_id", "body", "string", True),
        Param("document_name", "document_name", "body", "string", False),
        Param("update_rule", "update_rule", "body", "object", False),
    ),
    body="json",
    envelope="none",
    retry_safe=True,
    result=ModelRef("datasets_documents_update_response", "DatasetsDocumentsUpdateResponse"),
    pagination=None,
    stream=None,
    headers={"Agw-Js-Conv": "str"},
    authenticated=True,
)

DATASETS_DOCUMENTS_DELETE = Operation(
    id="datasets_documents_delete",
    method="POST",
    path="/open_api/knowledge/document/delete",
    params=(Param("document_ids", "document_ids", "body", "array", True),),
    body="json",
    envelope="none",
    retry_safe=True,
    result=ModelRef("datasets_documents_delete_response", "DatasetsDocumentsDeleteResponse"),
    pagination=None,
    stream=None,
    headers={"Agw-Js-Conv": "str"},
    authenticated=True,
)

DATASETS_DOCUMENTS_LIST = Operation(
    id="datasets_documents_list",
    method="POST",
    path="/open_api/knowledge/document/list",
    params=(
        Param("dataset_id", "dataset_id", "body", "string", True),
        Param("page", "page", "body", "integer", False),
        Param("size", "size", "body", "integer", False),
    ),
    body="json",
    envelope="none",
    retry_safe=True,
    result=ModelRef("datasets_documents_list_response", "DatasetsDocumentsListResponse"),
    pagination=Pagination(
        style="page_number", items="document_infos", size_param="size", page_param="page", total="total"
    ),
    stream=None,
    headers={"Agw-Js-Conv": "str"},
    authenticated=True,
)

WORKFLOWS_RUNS_CREATE = Operation(
    id="workflows_runs_create",
    method="POST",
    path="/v1/workflow/run",
    params=(
        Param("workflow_id", "workflow_id", "body", "string", True),
        Param("parameters", "parameters", "body", "object", False),
        Param("bot_id", "bot_id", "body", "string", False),
        Param("app_id", "app_id", "body", "string", False),
        Param("is_async", "is_async", "body", "boolean", False),
        Param("ext", "ext", "body", "object", False),
        Param("workflow_version", "workflow_version", "body", "string", False),
        Param("connector_id", "connector_id", "body", "string", False),
    ),
    body="json",
    envelope="none",
    retry_safe=False,
    result=ModelRef("workflow_run_result", "WorkflowRunResult"),
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
        Param("bot_id", "bot_id", "body", "string", False),
        Param("app_id", "app_id", "body", "string", False),
        Param("ext", "ext", "body", "object", False),
        Param("workflow_version", "workflow_version", "body", "string", False),
        Param("connector_id", "connector_id", "body", "string", False),
    ),
    body="json",
    envelope="none",
    retry_safe=False,
    result=None,
    pagination=None,
    stream=StreamSpec(
        events={
            "Message": ModelRef("workflow_message_event", "WorkflowMessageEvent"),
            "Interrupt": ModelRef("workflow_interrupt_event", "WorkflowInterruptEvent"),
            "Error": ModelRef("workflow_error_event", "WorkflowErrorEvent"),
            "Done": ModelRef("workflow_done_event", "WorkflowDoneEvent"),
            "PING": None,
        },
        terminal=("Done",),
        errors=("Error",),
        message_events=("Message",),
        chat_events=(),
    ),
    headers={},
    authenticated=True,
)

WORKFLOWS_RUNS_RESUME = Operation(
    id="workflows_runs_resume",
    method="POST",
    path="/v1/workflow/stream_resume",
    params=(
        Param("workflow_id", "workflow_id", "body", "string", True),
        Param("event_id", "event_id", "body", "string", True),
        Param("resume_data", "resume_data", "body", "string", True),
        Param("interrupt_type", "interrupt_type", "body", "integer", True),
    ),
    body="json",
    envelope="none",
    retry_safe=False,
    result=None,
    pagination=None,
    stream=StreamSpec(
        events={
            "Message": ModelRef("workflow_message_event", "WorkflowMessageEvent"),
            "Interrupt": ModelRef("workflow_interrupt_event", "WorkflowInterruptEvent"),
            "Error": ModelRef("workflow_error_event", "WorkflowErrorEvent"),
            "Done": ModelRef("workflow_done_event", "WorkflowDoneEvent"),
            "PING": None,
        },
        terminal=("Done",),
        errors=("Error",),
        message_events=("Message",),
        chat_events=(),
    ),
    headers={},
    authenticated=True,
)

WORKFLOWS_RUNS_RESUME_NONSTREAM = Operation(
    id="workflows_runs_resume_nonstream",
    method="POST",
    path="/v1/workflows/resume",
    params=(
        Param("workflow_id", "workflow_id", "body", "string", True),
        Param("event_id", "event_id", "body", "string", True),
        Param("resume_data", "resume_data", "body", "string", True),
        Param("interrupt_type", "interrupt_type", "body", "integer", True),
    ),
    body="json",
    envelope="none",
    retry_safe=False,
    result=ModelRef("workflow_run_result", "WorkflowRunResult"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

WORKFLOWS_RUNS_HISTORIES_RETRIEVE = Operation(
    id="workflows_runs_histories_retrieve",
    method="GET",
    path="/v1/workflows/{workflow_id}/run_histories/{execute_id}",
    params=(
        Param("workflow_id", "workflow_id", "path", "string", True),
        Param("execute_id", "execute_id", "path", "string", True),
    ),
    body=None,
    envelope="data",
    retry_safe=True,
    result=ModelRef("workflow_run_history", "WorkflowRunHistory", many=True),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

WORKFLOWS_RUNS_HISTORIES_EXECUTE_NODES_RETRIEVE = Operation(
    id="workflows_runs_histories_execute_nodes_retrieve",
    method="GET",
    path="/v1/workflows/{workflow_id}/run_histories/{execute_id}/execute_nodes/{node_execute_uuid}",
    params=(
        Param("workflow_id", "workflow_id", "path", "string", True),
        Param("execute_id", "execute_id", "path", "string", True),
        Param("node_execute_uuid", "node_execute_uuid", "path", "string", True),
    ),
    body=None,
    envelope="data",
    retry_safe=True,
    result=ModelRef("workflow_node_execute_history", "WorkflowNodeExecuteHistory"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

WORKFLOWS_CHAT_STREAM = Operation(
    id="workflows_chat_stream",
    method="POST",
    path="/v1/workflows/chat",
    params=(
        Param("workflow_id", "workflow_id", "body", "string", True),
        Param("additional_messages", "additional_messages", "body", "array", True),
        Param("parameters", "parameters", "body", "object", False),
        Param("app_id", "app_id", "body", "string", False),
        Param("bot_id", "bot_id", "body", "string", False),
        Param("conversation_id", "conversation_id", "body", "string", False),
        Param("ext", "ext", "body", "object", False),
        Param("workflow_version", "workflow_version", "body", "string", False),
        Param("connector_id", "connector_id", "body", "string", False),
    ),
    body="json",
    envelope="none",
    retry_safe=False,
    result=None,
    pagination=None,
    stream=StreamSpec(
        events={
            "conversation.chat.created": ModelRef("chat", "Chat"),
            "conversation.chat.in_progress": ModelRef("chat", "Chat"),
            "conversation.message.delta": ModelRef("chat_message", "ChatMessage"),
            "conversation.message.completed": ModelRef("chat_message", "ChatMessage"),
            "conversation.audio.delta": ModelRef("chat_message", "ChatMessage"),
            "conversation.chat.completed": ModelRef("chat", "Chat"),
            "conversation.chat.failed": ModelRef("chat", "Chat"),
            "conversation.chat.requires_action": ModelRef("chat", "Chat"),
            "error": ModelRef("chat_error", "ChatError"),
            "done": ModelRef("workflow_chat_done_event", "WorkflowChatDoneEvent"),
        },
        terminal=("done",),
        errors=("error", "conversation.chat.failed"),
        message_events=("conversation.message.delta", "conversation.message.completed", "conversation.audio.delta"),
        chat_events=(
            "conversation.chat.created",
            "conversation.chat.in_progress",
            "conversation.chat.completed",
            "conversation.chat.failed",
            "conversation.chat.requires_action",
        ),
    ),
    headers={},
    authenticated=True,
)

WORKFLOWS_RETRIEVE = Operation(
    id="workflows_retrieve",
    method="GET",
    path="/v1/workflows/{workflow_id}",
    params=(
        Param("workflow_id", "workflow_id", "path", "string", True),
        Param("include_input_output", "include_input_output", "query", "boolean", False),
    ),
    body=None,
    envelope="data",
    retry_safe=True,
    result=ModelRef("workflow_info", "WorkflowInfo"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

WORKFLOWS_LIST = Operation(
    id="workflows_list",
    method="GET",
    path="/v1/workflows",
    params=(
        Param("workspace_id", "workspace_id", "query", "string", True),
        Param("page_num", "page_num", "query", "integer", True),
        Param("page_size", "page_size", "query", "integer", False),
        Param("workflow_mode", "workflow_mode", "query", "string", False),
        Param("app_id", "app_id", "query", "string", False),
        Param("publish_status", "publish_status", "query", "string", False),
    ),
    body=None,
    envelope="data",
    retry_safe=True,
    result=ModelRef("workflow_list_result", "WorkflowListResult"),
    pagination=Pagination(
        style="page_number", items="items", size_param="page_size", page_param="page_num", has_more="has_more"
    ),
    stream=None,
    headers={},
    authenticated=True,
)

WORKFLOWS_VERSIONS_LIST = Operation(
    id="workflows_versions_list",
    method="GET",
    path="/v1/workflows/{workflow_id}/versions",
    params=(
        Param("workflow_id", "workflow_id", "path", "string", True),
        Param("publish_status", "publish_status", "query", "string", False),
        Param("page_size", "page_size", "query", "integer", False),
        Param("page_token", "page_token", "query", "string", False),
        Param("include_input_output", "include_input_output", "query", "boolean", False),
    ),
    body=None,
    envelope="data",
    retry_safe=True,
    result=ModelRef("workflow_version_list_result", "WorkflowVersionListResult"),
    pagination=Pagination(
        style="page_token",
        items="items",
        size_param="page_size",
        has_more="has_more",
        token_param="page_token",
        next_token="next_page_token",
    ),
    stream=None,
    headers={},
    authenticated=True,
)

WORKFLOWS_COLLABORATORS_CREATE = Operation(
    id="workflows_collaborators_create",
    method="POST",
    path="/v1/workflows/{workflow_id}/collaborators",
    params=(
        Param("workflow_id", "workflow_id", "path", "string", True),
        Param("collaborators", "collaborators", "body", "array", True),
    ),
    body="json",
    envelope="none",
    retry_safe=False,
    result=ModelRef("workflows_collaborators_create_response", "WorkflowsCollaboratorsCreateResponse"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

WORKFLOWS_COLLABORATORS_DELETE = Operation(
    id="workflows_collaborators_delete",
    method="DELETE",
    path="/v1/workflows/{workflow_id}/collaborators/{user_id}",
    params=(
        Param("workflow_id", "workflow_id", "path", "string", True),
        Param("user_id", "user_id", "path", "string", True),
    ),
    body=None,
    envelope="none",
    retry_safe=True,
    result=ModelRef("workflows_collaborators_delete_response", "WorkflowsCollaboratorsDeleteResponse"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

WORKFLOWS_COLLABORATION_MODES_UPDATE = Operation(
    id="workflows_collaboration_modes_update",
    method="POST",
    path="/v1/workflows/{workflow_id}/collaboration_mode",
    params=(
        Param("workflow_id", "workflow_id", "path", "string", True),
        Param("collaboration_mode", "collaboration_mode", "body", "string", True),
    ),
    body="json",
    envelope="none",
    retry_safe=True,
    result=ModelRef("workflows_collaboration_modes_update_response", "WorkflowsCollaborationModesUpdateResponse"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

AUDIO_SPEECH_CREATE = Operation(
    id="audio_speech_create",
    method="POST",
    path="/v1/audio/speech",
    params=(
        Param("input_", "input", "body", "string", True),
        Param("voice_id", "voice_id", "body", "string", True),
        Param("response_format", "response_format", "body", "string", False),
        Param("speed", "speed", "body", "number", False),
        Param("sample_rate", "sample_rate", "body", "integer", False),
        Param("emotion", "emotion", "body", "string", False),
        Param("emotion_scale", "emotion_scale", "body", "number", False),
        Param("loudness_rate", "loudness_rate", "body", "integer", False),
        Param("context_texts", "context_texts", "body", "string", False),
    ),
    body="json",
    envelope="binary",
    retry_safe=True,
    result=None,
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

AUDIO_TRANSCRIPTIONS_CREATE = Operation(
    id="audio_transcriptions_create",
    method="POST",
    path="/v1/audio/transcriptions",
    params=(Param("file", "file", "file", "file", True),),
    body="multipart",
    envelope="data",
    retry_safe=True,
    result=ModelRef("audio_transcription", "AudioTranscription"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

AUDIO_VOICES_CLONE = Operation(
    id="audio_voices_clone",
    method="POST",
    path="/v1/audio/voices/clone",
    params=(
        Param("file", "file", "file", "file", True),
        Param("voice_name", "voice_name", "form", "string", True),
        Param("audio_format", "audio_format", "form", "string", True),
        Param("language", "language", "form", "string", False),
        Param("voice_id", "voice_id", "form", "string", False),
        Param("preview_text", "preview_text", "form", "string", False),
        Param("text", "text", "form", "string", False),
        Param("space_id", "space_id", "form", "string", False),
        Param("description", "description", "form", "string", False),
    ),
    body="multipart",
    envelope="data",
    retry_safe=False,
    result=ModelRef("voice_clone_result", "VoiceCloneResult"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

AUDIO_VOICES_LIST = Operation(
    id="audio_voices_list",
    method="GET",
    path="/v1/audio/voices",
    params=(
        Param("filter_system_voice", "filter_system_voice", "query", "boolean", False),
        Param("model_type", "model_type", "query", "string", False),
        Param("voice_state", "voice_state", "query", "string", False),
        Param("page_num", "page_num", "query", "integer", False),
        Param("page_size", "page_size", "query", "integer", False),
    ),
    body=None,
    envelope="data",
    retry_safe=True,
    result=ModelRef("voice_list_result", "VoiceListResult"),
    pagination=Pagination(
        style="page_number", items="voice_list", size_param="page_size", page_param="page_num", has_more="has_more"
    ),
    stream=None,
    headers={},
    authenticated=True,
)

AUDIO_ROOMS_CREATE = Operation(
    id="audio_rooms_create",
    method="POST",
    path="/v1/audio/rooms",
    params=(
        Param("bot_id", "bot_id", "body", "string", True),
        Param("conversation_id", "conversation_id", "body", "string", False),
        Param("voice_id", "voice_id", "body", "string", False),
        Param("uid", "uid", "body", "string", False),
        Param("workflow_id", "workflow_id", "body", "string", False),
        Param("connector_id", "connector_id", "body", "string", False),
        Param("config", "config", "body", "object", False),
    ),
    body="json",
    envelope="data",
    retry_safe=False,
    result=ModelRef("room_join_info", "RoomJoinInfo"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

AUDIO_LIVE_RETRIEVE = Operation(
    id="audio_live_retrieve",
    method="GET",
    path="/v1/audio/live/{live_id}",
    params=(Param("live_id", "live_id", "path", "string", True),),
    body=None,
    envelope="data",
    retry_safe=True,
    result=ModelRef("audio_live_info", "AudioLiveInfo"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

AUDIO_VOICEPRINT_GROUPS_LIST = Operation(
    id="audio_voiceprint_groups_list",
    method="GET",
    path="/v1/audio/voiceprint_groups",
    params=(
        Param("page_num", "page_num", "query", "integer", False),
        Param("page_size", "page_size", "query", "integer", False),
        Param("name", "name", "query", "string", False),
        Param("group_id", "group_id", "query", "string", False),
        Param("user_id", "user_id", "query", "string", False),
        Param("coze_account_id", "coze_account_id", "query", "string", False),
    ),
    body=None,
    envelope="data",
    retry_safe=True,
    result=ModelRef("voiceprint_group_list_result", "VoiceprintGroupListResult"),
    pagination=Pagination(
        style="page_number", items="items", size_param="page_size", page_param="page_num", total="total"
    ),
    stream=None,
    headers={},
    authenticated=True,
)

AUDIO_VOICEPRINT_GROUPS_CREATE = Operation(
    id="audio_voiceprint_groups_create",
    method="POST",
    path="/v1/audio/voiceprint_groups",
    params=(
        Param("name", "name", "body", "string", True),
        Param("desc", "desc", "body", "string", False),
        Param("coze_account_id", "coze_account_id", "body", "string", False),
    ),
    body="json",
    envelope="data",
    retry_safe=False,
    result=ModelRef("voiceprint_group_create_result", "VoiceprintGroupCreateResult"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

AUDIO_VOICEPRINT_GROUPS_UPDATE = Operation(
    id="audio_voiceprint_groups_update",
    method="PUT",
    path="/v1/audio/voiceprint_groups/{group_id}",
    params=(
        Param("group_id", "group_id", "path", "string", True),
        Param("name", "name", "body", "string", False),
        Param("desc", "desc", "body", "string", False),
    ),
    body="json",
    envelope="none",
    retry_safe=True,
    result=ModelRef("audio_voiceprint_groups_update_response", "AudioVoiceprintGroupsUpdateResponse"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

AUDIO_VOICEPRINT_GROUPS_DELETE = Operation(
    id="audio_voiceprint_groups_delete",
    method="DELETE",
    path="/v1/audio/voiceprint_groups/{group_id}",
    params=(Param("group_id", "group_id", "path", "string", True),),
    body=None,
    envelope="none",
    retry_safe=True,
    result=ModelRef("audio_voiceprint_groups_delete_response", "AudioVoiceprintGroupsDeleteResponse"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

AUDIO_VOICEPRINT_GROUPS_SPEAKER_IDENTIFY = Operation(
    id="audio_voiceprint_groups_speaker_identify",
    method="POST",
    path="/v1/audio/voiceprint_groups/{group_id}/speaker_identify",
    params=(
        Param("group_id", "group_id", "path", "string", True),
        Param("file", "file", "file", "file", True),
        Param("top_k", "top_k", "form", "integer", False),
        Param("sample_rate", "sample_rate", "form", "integer", False),
        Param("channel", "channel", "form", "integer", False),
    ),
    body="multipart",
    envelope="data",
    retry_safe=True,
    result=ModelRef("voiceprint_speaker_identify_result", "VoiceprintSpeakerIdentifyResult"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

AUDIO_VOICEPRINT_GROUPS_FEATURES_LIST = Operation(
    id="audio_voiceprint_groups_features_list",
    method="GET",
    path="/v1/audio/voiceprint_groups/{group_id}/features",
    params=(
        Param("group_id", "group_id", "path", "string", True),
        Param("page_num", "page_num", "query", "integer", False),
        Param("page_size", "page_size", "query", "integer", False),
    ),
    body=None,
    envelope="data",
    retry_safe=True,
    result=ModelRef("voiceprint_feature_list_result", "VoiceprintFeatureListResult"),
    pagination=Pagination(
        style="page_number", items="items", size_param="page_size", page_param="page_num", total="total"
    ),
    stream=None,
    headers={},
    authenticated=True,
)

AUDIO_VOICEPRINT_GROUPS_FEATURES_CREATE = Operation(
    id="audio_voiceprint_groups_features_create",
    method="POST",
    path="/v1/audio/voiceprint_groups/{group_id}/features",
    params=(
        Param("group_id", "group_id", "path", "string", True),
        Param("file", "file", "file", "file", True),
        Param("name", "name", "form", "string", True),
        Param("desc", "desc", "form", "string", False),
        Param("sample_rate", "sample_rate", "form", "integer", False),
        Param("channel", "channel", "form", "integer", False),
    ),
    body="multipart",
    envelope="data",
    retry_safe=False,
    result=ModelRef("voiceprint_feature_create_result", "VoiceprintFeatureCreateResult"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

AUDIO_VOICEPRINT_GROUPS_FEATURES_UPDATE = Operation(
    id="audio_voiceprint_groups_features_update",
    method="PUT",
    path="/v1/audio/voiceprint_groups/{group_id}/features/{feature_id}",
    params=(
        Param("group_id", "group_id", "path", "string", True),
        Param("feature_id", "feature_id", "path", "string", True),
        Param("file", "file", "file", "file", False),
        Param("name", "name", "form", "string", False),
        Param("desc", "desc", "form", "string", False),
        Param("sample_rate", "sample_rate", "form", "integer", False),
        Param("channel", "channel", "form", "integer", False),
    ),
    body="multipart",
    envelope="none",
    retry_safe=True,
    result=ModelRef("audio_voiceprint_groups_features_update_response", "AudioVoiceprintGroupsFeaturesUpdateResponse"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

AUDIO_VOICEPRINT_GROUPS_FEATURES_DELETE = Operation(
    id="audio_voiceprint_groups_features_delete",
    method="DELETE",
    path="/v1/audio/voiceprint_groups/{group_id}/features/{feature_id}",
    params=(
        Param("group_id", "group_id", "path", "string", True),
        Param("feature_id", "feature_id", "path", "string", True),
    ),
    body=None,
    envelope="none",
    retry_safe=True,
    result=ModelRef("audio_voiceprint_groups_features_delete_response", "AudioVoiceprintGroupsFeaturesDeleteResponse"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

ENTERPRISES_MEMBERS_CREATE = Operation(
    id="enterprises_members_create",
    method="POST",
    path="/v1/enterprises/{enterprise_id}/members",
    params=(
        Param("enterprise_id", "enterprise_id", "path", "string", True),
        Param("users", "users", "body", "array", True),
    ),
    body="json",
    envelope="none",
    retry_safe=True,
    result=ModelRef("enterprises_members_create_response", "EnterprisesMembersCreateResponse"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

ENTERPRISES_MEMBERS_UPDATE = Operation(
    id="enterprises_members_update",
    method="PUT",
    path="/v1/enterprises/{enterprise_id}/members/{user_id}",
    params=(
        Param("enterprise_id", "enterprise_id", "path", "string", True),
        Param("user_id", "user_id", "path", "string", True),
        Param("role", "role", "body", "string", True),
    ),
    body="json",
    envelope="none",
    retry_safe=True,
    result=ModelRef("enterprises_members_update_response", "EnterprisesMembersUpdateResponse"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

ENTERPRISES_MEMBERS_DELETE = Operation(
    id="enterprises_members_delete",
    method="DELETE",
    path="/v1/enterprises/{enterprise_id}/members/{user_id}",
    params=(
        Param("enterprise_id", "enterprise_id", "path", "string", True),
        Param("user_id", "user_id", "path", "string", True),
        Param("receiver_user_id", "receiver_user_id", "body", "string", True),
    ),
    body="json",
    envelope="none",
    retry_safe=True,
    result=ModelRef("enterprises_members_delete_response", "EnterprisesMembersDeleteResponse"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

ENTERPRISES_ORGANIZATIONS_LIST = Operation(
    id="enterprises_organizations_list",
    method="GET",
    path="/v1/enterprises/{enterprise_id}/organizations",
    params=(
        Param("enterprise_id", "enterprise_id", "path", "string", True),
        Param("page_num", "page_num", "query", "integer", False),
        Param("page_size", "page_size", "query", "integer", False),
    ),
    body=None,
    envelope="data",
    retry_safe=True,
    result=ModelRef("enterprise_organization_list", "EnterpriseOrganizationList"),
    pagination=Pagination(
        style="page_number", items="items", size_param="page_size", page_param="page_num", total="total_count"
    ),
    stream=None,
    headers={},
    authenticated=True,
)

ENTERPRISES_ORGANIZATIONS_CREATE = Operation(
    id="enterprises_organizations_create",
    method="POST",
    path="/v1/enterprises/{enterprise_id}/organizations",
    params=(
        Param("enterprise_id", "enterprise_id", "path", "string", True),
        Param("name", "name", "body", "string", True),
        Param("super_admin_user_id", "super_admin_user_id", "body", "string", True),
        Param("description", "description", "body", "string", False),
    ),
    body="json",
    envelope="data",
    retry_safe=False,
    result=ModelRef("enterprise_organization_created", "EnterpriseOrganizationCreated"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

ENTERPRISES_ORGANIZATIONS_UPDATE = Operation(
    id="enterprises_organizations_update",
    method="PUT",
    path="/v1/organizations/{organization_id}",
    params=(
        Param("organization_id", "organization_id", "path", "string", True),
        Param("name", "name", "body", "string", False),
        Param("description", "description", "body", "string", False),
    ),
    body="json",
    envelope="none",
    retry_safe=True,
    result=ModelRef("enterprises_organizations_update_response", "EnterprisesOrganizationsUpdateResponse"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

ENTERPRISES_ORGANIZATIONS_MEMBERS_LIST = Operation(
    id="enterprises_organizations_members_list",
    method="GET",
    path="/v1/organizations/{organization_id}/members",
    params=(
        Param("organization_id", "organization_id", "path", "string", True),
        Param("page_num", "page_num", "query", "integer", False),
        Param("page_size", "page_size", "query", "integer", False),
    ),
    body=None,
    envelope="data",
    retry_safe=True,
    result=ModelRef("enterprise_organization_member_list", "EnterpriseOrganizationMemberList"),
    pagination=Pagination(
        style="page_number", items="items", size_param="page_size", page_param="page_num", total="total_count"
    ),
    stream=None,
    headers={},
    authenticated=True,
)

ENTERPRISES_ORGANIZATIONS_MEMBERS_CREATE = Operation(
    id="enterprises_organizations_members_create",
    method="POST",
    path="/v1/organizations/{organization_id}/members",
    params=(
        Param("organization_id", "organization_id", "path", "string", True),
        Param("organization_people", "organization_people", "body", "array", True),
    ),
    body="json",
    envelope="none",
    retry_safe=True,
    result=ModelRef(
        "enterprises_organizations_members_create_response", "EnterprisesOrganizationsMembersCreateResponse"
    ),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

ENTERPRISES_ORGANIZATIONS_MEMBERS_UPDATE = Operation(
    id="enterprises_organizations_members_update",
    method="PUT",
    path="/v1/organizations/{organization_id}/members/{user_id}",
    params=(
        Param("organization_id", "organization_id", "path", "string", True),
        Param("user_id", "user_id", "path", "string", True),
        Param("organization_role_type", "organization_role_type", "body", "string", True),
    ),
    body="json",
    envelope="none",
    retry_safe=True,
    result=ModelRef(
        "enterprises_organizations_members_update_response", "EnterprisesOrganizationsMembersUpdateResponse"
    ),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

ENTERPRISES_ORGANIZATIONS_MEMBERS_DELETE = Operation(
    id="enterprises_organizations_members_delete",
    method="DELETE",
    path="/v1/organizations/{organization_id}/members/{user_id}",
    params=(
        Param("organization_id", "organization_id", "path", "string", True),
        Param("user_id", "user_id", "path", "string", True),
        Param("receiver_user_id", "receiver_user_id", "body", "string", True),
    ),
    body="json",
    envelope="none",
    retry_safe=True,
    result=ModelRef(
        "enterprises_organizations_members_delete_response", "EnterprisesOrganizationsMembersDeleteResponse"
    ),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

BENEFITS_RETRIEVE = Operation(
    id="benefits_retrieve",
    method="GET",
    path="/v1/commerce/benefit/benefits/get",
    params=(
        Param("benefit_type_list", "benefit_type_list", "query", "array", False, joined=True),
        Param("resource_id", "resource_id", "query", "string", False),
    ),
    body=None,
    envelope="data",
    retry_safe=True,
    result=ModelRef("benefit_overview", "BenefitOverview"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

BENEFITS_LIMITATIONS_LIST = Operation(
    id="benefits_limitations_list",
    method="GET",
    path="/v1/commerce/benefit/limitations",
    params=(
        Param("entity_type", "entity_type", "query", "string", True),
        Param("entity_id", "entity_id", "query", "string", False),
        Param("benefit_type", "benefit_type", "query", "string", True),
        Param("status", "status", "query", "string", False),
        Param("page_token", "page_token", "query", "string", False),
        Param("page_size", "page_size", "query", "integer", False),
    ),
    body=None,
    envelope="data",
    retry_safe=True,
    result=ModelRef("benefit_limitation_list", "BenefitLimitationList"),
    pagination=Pagination(
        style="page_token",
        items="benefit_infos",
        size_param="page_size",
        has_more="has_more",
        token_param="page_token",
        next_token="page_token",
    ),
    stream=None,
    headers={},
    authenticated=True,
)

BENEFITS_LIMITATIONS_CREATE = Operation(
    id="benefits_limitations_create",
    method="POST",
    path="/v1/commerce/benefit/limitations",
    params=(
        Param("entity_type", "entity_type", "body", "string", True),
        Param("benefit_info", "benefit_info", "body", "object", True),
        Param("entity_id", "entity_id", "body", "string", False),
    ),
    body="json",
    envelope="data",
    retry_safe=False,
    result=ModelRef("benefit_limitation_created", "BenefitLimitationCreated"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

BENEFITS_LIMITATIONS_UPDATE = Operation(
    id="benefits_limitations_update",
    method="PUT",
    path="/v1/commerce/benefit/limitations/{benefit_id}",
    params=(
        Param("benefit_id", "benefit_id", "path", "string", True),
        Param("active_mode", "active_mode", "body", "string", False),
        Param("started_at", "started_at", "body", "integer", False),
        Param("ended_at", "ended_at", "body", "integer", False),
        Param("limit", "limit", "body", "integer", False),
        Param("status", "status", "body", "string", False),
        Param("trigger_unit", "trigger_unit", "body", "string", False),
        Param("trigger_time", "trigger_time", "body", "integer", False),
    ),
    body="json",
    envelope="none",
    retry_safe=True,
    result=ModelRef("benefits_limitations_update_response", "BenefitsLimitationsUpdateResponse"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

BILL_TASKS_LIST = Operation(
    id="bill_tasks_list",
    method="GET",
    path="/v1/commerce/benefit/bill_tasks",
    params=(
        Param("task_ids", "task_ids", "query", "array", False, joined=True),
        Param("page_num", "page_num", "query", "integer", False),
        Param("page_size", "page_size", "query", "integer", False),
    ),
    body=None,
    envelope="data",
    retry_safe=True,
    result=ModelRef("bill_task_list", "BillTaskList"),
    pagination=Pagination(
        style="page_number", items="task_infos", size_param="page_size", page_param="page_num", total="total"
    ),
    stream=None,
    headers={},
    authenticated=True,
)

BILL_TASKS_CREATE = Operation(
    id="bill_tasks_create",
    method="POST",
    path="/v1/commerce/benefit/bill_tasks",
    params=(
        Param("started_at", "started_at", "body", "integer", False),
        Param("ended_at", "ended_at", "body", "integer", False),
    ),
    body="json",
    envelope="data",
    retry_safe=False,
    result=ModelRef("bill_task", "BillTask"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

PLUGINS_RETRIEVE = Operation(
    id="plugins_retrieve",
    method="GET",
    path="/v1/plugins/{plugin_id}",
    params=(Param("plugin_id", "plugin_id", "path", "string", True),),
    body=None,
    envelope="data",
    retry_safe=True,
    result=ModelRef("plugin_detail", "PluginDetail"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

PLUGINS_BATCH_RETRIEVE = Operation(
    id="plugins_batch_retrieve",
    method="GET",
    path="/v1/plugins/mget",
    params=(Param("ids", "ids", "query", "array", True, joined=True),),
    body=None,
    envelope="data",
    retry_safe=True,
    result=ModelRef("plugin_detail_list", "PluginDetailList"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

PLUGINS_TOOLS_CALL = Operation(
    id="plugins_tools_call",
    method="POST",
    path="/v1/plugins/{plugin_id}/tools/call",
    params=(
        Param("plugin_id", "plugin_id", "path", "string", True),
        Param("tool_name", "tool_name", "body", "string", True),
        Param("arguments", "arguments", "body", "object", True),
    ),
    body="json",
    envelope="data",
    retry_safe=False,
    result=ModelRef("plugin_tool_call_result", "PluginToolCallResult"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

PLUGINS_LIST = Operation(
    id="plugins_list",
    method="GET",
    path="/v1/stores/plugins",
    params=(
        Param("keyword", "keyword", "query", "string", False),
        Param("is_official", "is_official", "query", "boolean", False),
        Param("category_ids", "category_ids", "query", "array", False, joined=True),
        Param("page_num", "page_num", "query", "integer", False),
        Param("page_size", "page_size", "query", "integer", False),
        Param("sort_type", "sort_type", "query", "string", False),
    ),
    body=None,
    envelope="data",
    retry_safe=True,
    result=ModelRef("plugin_store_list", "PluginStoreList"),
    pagination=Pagination(
        style="page_number", items="items", size_param="page_size", page_param="page_num", has_more="has_more"
    ),
    stream=None,
    headers={},
    authenticated=True,
)

PLUGINS_CATEGORIES_LIST = Operation(
    id="plugins_categories_list",
    method="GET",
    path="/v1/stores/categories",
    params=(
        Param("entity_type", "entity_type", "query", "string", True),
        Param("page_num", "page_num", "query", "integer", False),
        Param("page_size", "page_size", "query", "integer", False),
    ),
    body=None,
    envelope="data",
    retry_safe=True,
    result=ModelRef("plugin_store_category_list", "PluginStoreCategoryList"),
    pagination=Pagination(
        style="page_number", items="items", size_param="page_size", page_param="page_num", has_more="has_more"
    ),
    stream=None,
    headers={},
    authenticated=True,
)

CONNECTORS_BIND = Operation(
    id="connectors_bind",
    method="POST",
    path="/v1/connectors/{connector_id}/user_configs",
    params=(
        Param("connector_id", "connector_id", "path", "string", True),
        Param("configs", "configs", "body", "array", True),
        Param("user_id", "user_id", "body", "string", False),
    ),
    body="json",
    envelope="none",
    retry_safe=True,
    result=ModelRef("connectors_bind_response", "ConnectorsBindResponse"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

CONNECTORS_INSTALL = Operation(
    id="connectors_install",
    method="POST",
    path="/v1/connectors/{connector_id}/install",
    params=(
        Param("connector_id", "connector_id", "path", "string", True),
        Param("workspace_id", "workspace_id", "body", "string", True),
    ),
    body="json",
    envelope="none",
    retry_safe=True,
    result=ModelRef("connectors_install_response", "ConnectorsInstallResponse"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

CONNECTORS_BOTS_UPDATE = Operation(
    id="connectors_bots_update",
    method="PUT",
    path="/v1/connectors/{connector_id}/bots/{bot_id}",
    params=(
        Param("connector_id", "connector_id", "path", "string", True),
        Param("bot_id", "bot_id", "path", "string", True),
        Param("audit_status", "audit_status", "body", "integer", False),
        Param("reason", "reason", "body", "string", False),
    ),
    body="json",
    envelope="none",
    retry_safe=True,
    result=ModelRef("connectors_bots_update_response", "ConnectorsBotsUpdateResponse"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

API_APPS_LIST = Operation(
    id="api_apps_list",
    method="GET",
    path="/v1/api_apps",
    params=(
        Param("app_type", "app_type", "query", "string", False),
        Param("page_token", "page_token", "query", "string", False),
        Param("page_size", "page_size", "query", "integer", False),
    ),
    body=None,
    envelope="data",
    retry_safe=True,
    result=ModelRef("api_app_list", "ApiAppList"),
    pagination=Pagination(
        style="page_token",
        items="items",
        size_param="page_size",
        has_more="has_more",
        token_param="page_token",
        next_token="next_page_token",
    ),
    stream=None,
    headers={},
    authenticated=True,
)

API_APPS_CREATE = Operation(
    id="api_apps_create",
    method="POST",
    path="/v1/api_apps",
    params=(
        Param("app_type", "app_type", "body", "string", True),
        Param("name", "name", "body", "string", False),
        Param("connector_id", "connector_id", "body", "string", False),
    ),
    body="json",
    envelope="data",
    retry_safe=False,
    result=ModelRef("api_app", "ApiApp"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

API_APPS_UPDATE = Operation(
    id="api_apps_update",
    method="PUT",
    path="/v1/api_apps/{api_app_id}",
    params=(
        Param("api_app_id", "api_app_id", "path", "string", True),
        Param("name", "name", "body", "string", False),
        Param("callback_url", "callback_url", "body", "string", False),
    ),
    body="json",
    envelope="none",
    retry_safe=True,
    result=ModelRef("api_apps_update_response", "ApiAppsUpdateResponse"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

API_APPS_DELETE = Operation(
    id="api_apps_delete",
    method="DELETE",
    path="/v1/api_apps/{api_app_id}",
    params=(Param("api_app_id", "api_app_id", "path", "string", True),),
    body=None,
    envelope="none",
    retry_safe=True,
    result=ModelRef("api_apps_delete_response", "ApiAppsDeleteResponse"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

API_APPS_EVENTS_LIST = Operation(
    id="api_apps_events_list",
    method="GET",
    path="/v1/api_apps/{api_app_id}/events",
    params=(
        Param("api_app_id", "api_app_id", "path", "string", True),
        Param("page_token", "page_token", "query", "string", False),
        Param("page_size", "page_size", "query", "integer", False),
    ),
    body=None,
    envelope="data",
    retry_safe=True,
    result=ModelRef("api_app_event_list", "ApiAppEventList"),
    pagination=Pagination(
        style="page_token",
        items="items",
        size_param="page_size",
        has_more="has_more",
        token_param="page_token",
        next_token="next_page_token",
    ),
    stream=None,
    headers={},
    authenticated=True,
)

API_APPS_EVENTS_CREATE = Operation(
    id="api_apps_events_create",
    method="POST",
    path="/v1/api_apps/{api_app_id}/events",
    params=(
        Param("api_app_id", "api_app_id", "path", "string", True),
        Param("event_types", "event_types", "body", "array", True),
    ),
    body="json",
    envelope="none",
    retry_safe=True,
    result=ModelRef("api_apps_events_create_response", "ApiAppsEventsCreateResponse"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

API_APPS_EVENTS_DELETE = Operation(
    id="api_apps_events_delete",
    method="DELETE",
    path="/v1/api_apps/{api_app_id}/events",
    params=(
        Param("api_app_id", "api_app_id", "path", "string", True),
        Param("event_types", "event_types", "body", "array", True),
    ),
    body="json",
    envelope="none",
    retry_safe=True,
    result=ModelRef("api_apps_events_delete_response", "ApiAppsEventsDeleteResponse"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

ENTITIES_COPY_TASKS_CREATE = Operation(
    id="entities_copy_tasks_create",
    method="POST",
    path="/v1/entities/copy_tasks",
    params=(
        Param("entity_id", "entity_id", "body", "string", False),
        Param("entity_type", "entity_type", "body", "string", False),
        Param("to_workspace_id", "to_workspace_id", "body", "string", False),
    ),
    body="json",
    envelope="data",
    retry_safe=False,
    result=ModelRef("entity_copy_task_created", "EntityCopyTaskCreated"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

ENTITIES_COPY_TASKS_RETRIEVE = Operation(
    id="entities_copy_tasks_retrieve",
    method="GET",
    path="/v1/entities/copy_tasks/{task_id}",
    params=(Param("task_id", "task_id", "path", "string", True),),
    body=None,
    envelope="data",
    retry_safe=True,
    result=ModelRef("entity_copy_task", "EntityCopyTask"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=True,
)

OAUTH_TOKEN = Operation(
    id="oauth_token",
    method="POST",
    path="/api/permission/oauth2/token",
    params=(
        Param("grant_type", "grant_type", "body", "string", True),
        Param("client_id", "client_id", "body", "string", False),
        Param("code", "code", "body", "string", False),
        Param("redirect_uri", "redirect_uri", "body", "string", False),
        Param("code_verifier", "code_verifier", "body", "string", False),
        Param("refresh_token", "refresh_token", "body", "string", False),
        Param("device_code", "device_code", "body", "string", False),
        Param("duration_seconds", "duration_seconds", "body", "integer", False),
        Param("scope", "scope", "body", "object", False),
    ),
    body="json",
    envelope="none",
    retry_safe=False,
    result=ModelRef("o_auth_token", "OAuthToken"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=False,
)

OAUTH_TOKEN_FOR_ACCOUNT = Operation(
    id="oauth_token_for_account",
    method="POST",
    path="/api/permission/oauth2/account/{account_id}/token",
    params=(
        Param("account_id", "account_id", "path", "string", True),
        Param("grant_type", "grant_type", "body", "string", True),
        Param("duration_seconds", "duration_seconds", "body", "integer", False),
        Param("scope", "scope", "body", "object", False),
    ),
    body="json",
    envelope="none",
    retry_safe=False,
    result=ModelRef("o_auth_token", "OAuthToken"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=False,
)

OAUTH_TOKEN_FOR_ENTERPRISE = Operation(
    id="oauth_token_for_enterprise",
    method="POST",
    path="/api/permission/oauth2/enterprise_id/{enterprise_id}/token",
    params=(
        Param("enterprise_id", "enterprise_id", "path", "string", True),
        Param("grant_type", "grant_type", "body", "string", True),
        Param("duration_seconds", "duration_seconds", "body", "integer", False),
    ),
    body="json",
    envelope="none",
    retry_safe=False,
    result=ModelRef("o_auth_token", "OAuthToken"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=False,
)

OAUTH_DEVICE_CODE = Operation(
    id="oauth_device_code",
    method="POST",
    path="/api/permission/oauth2/device/code",
    params=(Param("client_id", "client_id", "body", "string", True),),
    body="json",
    envelope="none",
    retry_safe=False,
    result=ModelRef("o_auth_device_code", "OAuthDeviceCode"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=False,
)

OAUTH_DEVICE_CODE_FOR_WORKSPACE = Operation(
    id="oauth_device_code_for_workspace",
    method="POST",
    path="/api/permission/oauth2/workspace_id/{workspace_id}/device/code",
    params=(
        Param("workspace_id", "workspace_id", "path", "string", True),
        Param("client_id", "client_id", "body", "string", True),
    ),
    body="json",
    envelope="none",
    retry_safe=False,
    result=ModelRef("o_auth_device_code", "OAuthDeviceCode"),
    pagination=None,
    stream=None,
    headers={},
    authenticated=False,
)

OPERATIONS: dict[str, Operation] = {
    CHAT_CREATE.id: CHAT_CREATE,
    CHAT_RETRIEVE.id: CHAT_RETRIEVE,
    CHAT_CANCEL.id: CHAT_CANCEL,
    CHAT_SUBMIT_TOOL_OUTPUTS.id: CHAT_SUBMIT_TOOL_OUTPUTS,
    CHAT_MESSAGES_LIST.id: CHAT_MESSAGES_LIST,
    CONVERSATIONS_CREATE.id: CONVERSATIONS_CREATE,
    CONVERSATIONS_RETRIEVE.id: CONVERSATIONS_RETRIEVE,
    CONVERSATIONS_LIST.id: CONVERSATIONS_LIST,
    CONVERSATIONS_UPDATE.id: CONVERSATIONS_UPDATE,
    CONVERSATIONS_DELETE.id: CONVERSATIONS_DELETE,
    CONVERSATIONS_CLEAR.id: CONVERSATIONS_CLEAR,
    CONVERSATIONS_MESSAGES_CREATE.id: CONVERSATIONS_MESSAGES_CREATE,
    CONVERSATIONS_MESSAGES_LIST.id: CONVERSATIONS_MESSAGES_LIST,
    CONVERSATIONS_MESSAGES_RETRIEVE.id: CONVERSATIONS_MESSAGES_RETRIEVE,
    CONVERSATIONS_MESSAGES_UPDATE.id: CONVERSATIONS_MESSAGES_UPDATE,
    CONVERSATIONS_MESSAGES_DELETE.id: CONVERSATIONS_MESSAGES_DELETE,
    CONVERSATIONS_MESSAGES_FEEDBACK_CREATE.id: CONVERSATIONS_MESSAGES_FEEDBACK_CREATE,
    CONVERSATIONS_MESSAGES_FEEDBACK_DELETE.id: CONVERSATIONS_MESSAGES_FEEDBACK_DELETE,
    BOTS_CREATE.id: BOTS_CREATE,
    BOTS_UPDATE.id: BOTS_UPDATE,
    BOTS_PUBLISH.id: BOTS_PUBLISH,
    BOTS_UNPUBLISH.id: BOTS_UNPUBLISH,
    BOTS_RETRIEVE.id: BOTS_RETRIEVE,
    BOTS_RETRIEVE_V1.id: BOTS_RETRIEVE_V1,
    BOTS_LIST.id: BOTS_LIST,
    BOTS_LIST_V1.id: BOTS_LIST_V1,
    BOTS_VERSIONS_LIST.id: BOTS_VERSIONS_LIST,
    BOTS_COLLABORATORS_CREATE.id: BOTS_COLLABORATORS_CREATE,
    BOTS_COLLABORATORS_DELETE.id: BOTS_COLLABORATORS_DELETE,
    BOTS_COLLABORATION_MODES_UPDATE.id: BOTS_COLLABORATION_MODES_UPDATE,
    APPS_LIST.id: APPS_LIST,
    APPS_COLLABORATORS_CREATE.id: APPS_COLLABORATORS_CREATE,
    APPS_COLLABORATORS_DELETE.id: APPS_COLLABORATORS_DELETE,
    TEMPLATES_DUPLICATE.id: TEMPLATES_DUPLICATE,
    WORKSPACES_LIST.id: WORKSPACES_LIST,
    WORKSPACES_CREATE.id: WORKSPACES_CREATE,
    WORKSPACES_UPDATE.id: WORKSPACES_UPDATE,
    WORKSPACES_MEMBERS_LIST.id: WORKSPACES_MEMBERS_LIST,
    WORKSPACES_MEMBERS_CREATE.id: WORKSPACES_MEMBERS_CREATE,
    WORKSPACES_MEMBERS_DELETE.id: WORKSPACES_MEMBERS_DELETE,
    USERS_ME.id: USERS_ME,
    VARIABLES_RETRIEVE.id: VARIABLES_RETRIEVE,
    VARIABLES_UPDATE.id: VARIABLES_UPDATE,
    FOLDERS_LIST.id: FOLDERS_LIST,
    FOLDERS_RETRIEVE.id: FOLDERS_RETRIEVE,
    FILES_UPLOAD.id: FILES_UPLOAD,
    FILES_RETRIEVE.id: FILES_RETRIEVE,
    DATASETS_LIST.id: DATASETS_LIST,
    DATASETS_CREATE.id: DATASETS_CREATE,
    DATASETS_UPDATE.id: DATASETS_UPDATE,
    DATASETS_DELETE.id: DATASETS_DELETE,
    DATASETS_PROCESS.id: DATASETS_PROCESS,
    DATASETS_IMAGES_LIST.id: DATASETS_IMAGES_LIST,
    DATASETS_IMAGES_UPDATE.id: DATASETS_IMAGES_UPDATE,
    DATASETS_DOCUMENTS_CREATE.id: DATASETS_DOCUMENTS_CREATE,
    DATASETS_DOCUMENTS_UPDATE.id: DATASETS_DOCUMENTS_UPDATE,
    DATASETS_DOCUMENTS_DELETE.id: DATASETS_DOCUMENTS_DELETE,
    DATASETS_DOCUMENTS_LIST.id: DATASETS_DOCUMENTS_LIST,
    WORKFLOWS_RUNS_CREATE.id: WORKFLOWS_RUNS_CREATE,
    WORKFLOWS_RUNS_STREAM.id: WORKFLOWS_RUNS_STREAM,
    WORKFLOWS_RUNS_RESUME.id: WORKFLOWS_RUNS_RESUME,
    WORKFLOWS_RUNS_RESUME_NONSTREAM.id: WORKFLOWS_RUNS_RESUME_NONSTREAM,
    WORKFLOWS_RUNS_HISTORIES_RETRIEVE.id: WORKFLOWS_RUNS_HISTORIES_RETRIEVE,
    WORKFLOWS_RUNS_HISTORIES_EXECUTE_NODES_RETRIEVE.id: WORKFLOWS_RUNS_HISTORIES_EXECUTE_NODES_RETRIEVE,
    WORKFLOWS_CHAT_STREAM.id: WORKFLOWS_CHAT_STREAM,
    WORKFLOWS_RETRIEVE.id: WORKFLOWS_RETRIEVE,
    WORKFLOWS_LIST.id: WORKFLOWS_LIST,
    WORKFLOWS_VERSIONS_LIST.id: WORKFLOWS_VERSIONS_LIST,
    WORKFLOWS_COLLABORATORS_CREATE.id: WORKFLOWS_COLLABORATORS_CREATE,
    WORKFLOWS_COLLABORATORS_DELETE.id: WORKFLOWS_COLLABORATORS_DELETE,
    WORKFLOWS_COLLABORATION_MODES_UPDATE.id: WORKFLOWS_COLLABORATION_MODES_UPDATE,
    AUDIO_SPEECH_CREATE.id: AUDIO_SPEECH_CREATE,
    AUDIO_TRANSCRIPTIONS_CREATE.id: AUDIO_TRANSCRIPTIONS_CREATE,
    AUDIO_VOICES_CLONE.id: AUDIO_VOICES_CLONE,
    AUDIO_VOICES_LIST.id: AUDIO_VOICES_LIST,
    AUDIO_ROOMS_CREATE.id: AUDIO_ROOMS_CREATE,
    AUDIO_LIVE_RETRIEVE.id: AUDIO_LIVE_RETRIEVE,
    AUDIO_VOICEPRINT_GROUPS_LIST.id: AUDIO_VOICEPRINT_GROUPS_LIST,
    AUDIO_VOICEPRINT_GROUPS_CREATE.id: AUDIO_VOICEPRINT_GROUPS_CREATE,
    AUDIO_VOICEPRINT_GROUPS_UPDATE.id: AUDIO_VOICEPRINT_GROUPS_UPDATE,
    AUDIO_VOICEPRINT_GROUPS_DELETE.id: AUDIO_VOICEPRINT_GROUPS_DELETE,
    AUDIO_VOICEPRINT_GROUPS_SPEAKER_IDENTIFY.id: AUDIO_VOICEPRINT_GROUPS_SPEAKER_IDENTIFY,
    AUDIO_VOICEPRINT_GROUPS_FEATURES_LIST.id: AUDIO_VOICEPRINT_GROUPS_FEATURES_LIST,
    AUDIO_VOICEPRINT_GROUPS_FEATURES_CREATE.id: AUDIO_VOICEPRINT_GROUPS_FEATURES_CREATE,
    AUDIO_VOICEPRINT_GROUPS_FEATURES_UPDATE.id: AUDIO_VOICEPRINT_GROUPS_FEATURES_UPDATE,
    AUDIO_VOICEPRINT_GROUPS_FEATURES_DELETE.id: AUDIO_VOICEPRINT_GROUPS_FEATURES_DELETE,
    ENTERPRISES_MEMBERS_CREATE.id: ENTERPRISES_MEMBERS_CREATE,
    ENTERPRISES_MEMBERS_UPDATE.id: ENTERPRISES_MEMBERS_UPDATE,
    ENTERPRISES_MEMBERS_DELETE.id: ENTERPRISES_MEMBERS_DELETE,
    ENTERPRISES_ORGANIZATIONS_LIST.id: ENTERPRISES_ORGANIZATIONS_LIST,
    ENTERPRISES_ORGANIZATIONS_CREATE.id: ENTERPRISES_ORGANIZATIONS_CREATE,
    ENTERPRISES_ORGANIZATIONS_UPDATE.id: ENTERPRISES_ORGANIZATIONS_UPDATE,
    ENTERPRISES_ORGANIZATIONS_MEMBERS_LIST.id: ENTERPRISES_ORGANIZATIONS_MEMBERS_LIST,
    ENTERPRISES_ORGANIZATIONS_MEMBERS_CREATE.id: ENTERPRISES_ORGANIZATIONS_MEMBERS_CREATE,
    ENTERPRISES_ORGANIZATIONS_MEMBERS_UPDATE.id: ENTERPRISES_ORGANIZATIONS_MEMBERS_UPDATE,
    ENTERPRISES_ORGANIZATIONS_MEMBERS_DELETE.id: ENTERPRISES_ORGANIZATIONS_MEMBERS_DELETE,
    BENEFITS_RETRIEVE.id: BENEFITS_RETRIEVE,
    BENEFITS_LIMITATIONS_LIST.id: BENEFITS_LIMITATIONS_LIST,
    BENEFITS_LIMITATIONS_CREATE.id: BENEFITS_LIMITATIONS_CREATE,
    BENEFITS_LIMITATIONS_UPDATE.id: BENEFITS_LIMITATIONS_UPDATE,
    BILL_TASKS_LIST.id: BILL_TASKS_LIST,
    BILL_TASKS_CREATE.id: BILL_TASKS_CREATE,
    PLUGINS_RETRIEVE.id: PLUGINS_RETRIEVE,
    PLUGINS_BATCH_RETRIEVE.id: PLUGINS_BATCH_RETRIEVE,
    PLUGINS_TOOLS_CALL.id: PLUGINS_TOOLS_CALL,
    PLUGINS_LIST.id: PLUGINS_LIST,
    PLUGINS_CATEGORIES_LIST.id: PLUGINS_CATEGORIES_LIST,
    CONNECTORS_BIND.id: CONNECTORS_BIND,
    CONNECTORS_INSTALL.id: CONNECTORS_INSTALL,
    CONNECTORS_BOTS_UPDATE.id: CONNECTORS_BOTS_UPDATE,
    API_APPS_LIST.id: API_APPS_LIST,
    API_APPS_CREATE.id: API_APPS_CREATE,
    API_APPS_UPDATE.id: API_APPS_UPDATE,
    API_APPS_DELETE.id: API_APPS_DELETE,
    API_APPS_EVENTS_LIST.id: API_APPS_EVENTS_LIST,
    API_APPS_EVENTS_CREATE.id: API_APPS_EVENTS_CREATE,
    API_APPS_EVENTS_DELETE.id: API_APPS_EVENTS_DELETE,
    ENTITIES_COPY_TASKS_CREATE.id: ENTITIES_COPY_TASKS_CREATE,
    ENTITIES_COPY_TASKS_RETRIEVE.id: ENTITIES_COPY_TASKS_RETRIEVE,
    OAUTH_TOKEN.id: OAUTH_TOKEN,
    OAUTH_TOKEN_FOR_ACCOUNT.id: OAUTH_TOKEN_FOR_ACCOUNT,
    OAUTH_TOKEN_FOR_ENTERPRISE.id: OAUTH_TOKEN_FOR_ENTERPRISE,
    OAUTH_DEVICE_CODE.id: OAUTH_DEVICE_CODE,
    OAUTH_DEVICE_CODE_FOR_WORKSPACE.id: OAUTH_DEVICE_CODE_FOR_WORKSPACE,
}
