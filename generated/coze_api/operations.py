"""Every Coze operation and WebSocket endpoint, as the runtime needs it.

Generated from openapi/coze.yaml by `make gen`; never edit by hand.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._runtime import (
    Connected,
    ModelRef,
    Operation,
    Paged,
    Pagination,
    Param,
    SocketSpec,
    Streamed,
    StreamSpec,
)

if TYPE_CHECKING:
    from .events import (
        AsyncChatEventStream,
        AsyncWorkflowChatEventStream,
        AsyncWorkflowEventStream,
        ChatEventStream,
        WorkflowChatEventStream,
        WorkflowEventStream,
    )
    from .models import (
        ApiApp,
        ApiAppEvent,
        ApiAppEventList,
        ApiAppList,
        ApiAppsDeleteResponse,
        ApiAppsEventsCreateResponse,
        ApiAppsEventsDeleteResponse,
        ApiAppsUpdateResponse,
        AppsCollaboratorsCreateResponse,
        AppsCollaboratorsDeleteResponse,
        AppsListResult,
        AudioLiveInfo,
        AudioTranscription,
        AudioVoiceprintGroupsDeleteResponse,
        AudioVoiceprintGroupsFeaturesDeleteResponse,
        AudioVoiceprintGroupsFeaturesUpdateResponse,
        AudioVoiceprintGroupsUpdateResponse,
        BenefitLimitation,
        BenefitLimitationCreated,
        BenefitLimitationList,
        BenefitOverview,
        BenefitsLimitationsUpdateResponse,
        BillTask,
        BillTaskList,
        Bot,
        BotPublishedBotV1,
        BotsCollaborationModesUpdateResponse,
        BotsCollaboratorsCreateResponse,
        BotsCollaboratorsDeleteResponse,
        BotsCreateResult,
        BotsListResult,
        BotsListV1Result,
        BotsPublishResult,
        BotsUnpublishResponse,
        BotsUpdateResponse,
        BotsVersionsListResult,
        BotVersion,
        Chat,
        ChatMessage,
        ConnectorsBindResponse,
        ConnectorsBotsUpdateResponse,
        ConnectorsInstallResponse,
        Conversation,
        ConversationListResult,
        ConversationsDeleteResponse,
        ConversationSection,
        ConversationsMessagesFeedbackCreateResponse,
        ConversationsMessagesFeedbackDeleteResponse,
        ConversationsMessagesListResponse,
        ConversationsMessagesUpdateResponse,
        Dataset,
        DatasetDocument,
        DatasetPhoto,
        DatasetsCreateResult,
        DatasetsDeleteResponse,
        DatasetsDocumentsCreateResponse,
        DatasetsDocumentsDeleteResponse,
        DatasetsDocumentsListResponse,
        DatasetsDocumentsUpdateResponse,
        DatasetsImagesListResult,
        DatasetsImagesUpdateResponse,
        DatasetsListResult,
        DatasetsProcessResult,
        DatasetsUpdateResponse,
        EnterpriseOrganization,
        EnterpriseOrganizationCreated,
        EnterpriseOrganizationList,
        EnterpriseOrganizationMember,
        EnterpriseOrganizationMemberList,
        EnterprisesMembersCreateResponse,
        EnterprisesMembersDeleteResponse,
        EnterprisesMembersUpdateResponse,
        EnterprisesOrganizationsMembersCreateResponse,
        EnterprisesOrganizationsMembersDeleteResponse,
        EnterprisesOrganizationsMembersUpdateResponse,
        EnterprisesOrganizationsUpdateResponse,
        EntityCopyTask,
        EntityCopyTaskCreated,
        File,
        FoldersListResult,
        OAuthDeviceCode,
        OAuthToken,
        PluginDetail,
        PluginDetailList,
        PluginStoreCategory,
        PluginStoreCategoryList,
        PluginStoreItem,
        PluginStoreList,
        PluginToolCallResult,
        RoomJoinInfo,
        SimpleApp,
        SimpleBot,
        SimpleFolder,
        TemplateDuplicateResult,
        User,
        VariablesRetrieveResult,
        VariablesUpdateResponse,
        Voice,
        VoiceCloneResult,
        VoiceListResult,
        VoiceprintFeature,
        VoiceprintFeatureCreateResult,
        VoiceprintFeatureListResult,
        VoiceprintGroup,
        VoiceprintGroupCreateResult,
        VoiceprintGroupListResult,
        VoiceprintSpeakerIdentifyResult,
        WorkflowBasic,
        WorkflowInfo,
        WorkflowListResult,
        WorkflowNodeExecuteHistory,
        WorkflowRunHistory,
        WorkflowRunResult,
        WorkflowsCollaborationModesUpdateResponse,
        WorkflowsCollaboratorsCreateResponse,
        WorkflowsCollaboratorsDeleteResponse,
        WorkflowVersion,
        WorkflowVersionListResult,
        Workspace,
        WorkspaceMember,
        WorkspacesCreateResult,
        WorkspacesListResult,
        WorkspacesMembersCreateResult,
        WorkspacesMembersDeleteResult,
        WorkspacesMembersListResult,
        WorkspacesUpdateResponse,
    )
    from .sockets import (
        AsyncChatSocket,
        AsyncSimultInterpretationSocket,
        AsyncSpeechSocket,
        AsyncTranscriptionsSocket,
        ChatSocket,
        SimultInterpretationSocket,
        SpeechSocket,
        TranscriptionsSocket,
    )


CHAT_CREATE: Operation[Chat] = Operation(
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
    result=ModelRef("_shared", "Chat"),
    stream=StreamSpec("ChatEvent", flag="stream"),
)
CHAT_CREATE_STREAM: Streamed[ChatEventStream, AsyncChatEventStream] = Streamed(CHAT_CREATE)

CHAT_RETRIEVE: Operation[Chat] = Operation(
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
    result=ModelRef("_shared", "Chat"),
)

CHAT_CANCEL: Operation[Chat] = Operation(
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
    result=ModelRef("_shared", "Chat"),
)

CHAT_SUBMIT_TOOL_OUTPUTS: Operation[Chat] = Operation(
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
    result=ModelRef("_shared", "Chat"),
    stream=StreamSpec("ChatEvent", flag="stream"),
)
CHAT_SUBMIT_TOOL_OUTPUTS_STREAM: Streamed[ChatEventStream, AsyncChatEventStream] = Streamed(CHAT_SUBMIT_TOOL_OUTPUTS)

CHAT_MESSAGES_LIST: Operation[list[ChatMessage]] = Operation(
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
    result=ModelRef("_shared", "ChatMessage", many=True),
)

CONVERSATIONS_CREATE: Operation[Conversation] = Operation(
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
    result=ModelRef("conversations", "Conversation"),
)

CONVERSATIONS_RETRIEVE: Operation[Conversation] = Operation(
    id="conversations_retrieve",
    method="GET",
    path="/v1/conversation/retrieve",
    params=(Param("conversation_id", "conversation_id", "query", "string", True),),
    body=None,
    envelope="data",
    retry_safe=True,
    result=ModelRef("conversations", "Conversation"),
)

CONVERSATIONS_LIST: Operation[ConversationListResult] = Operation(
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
    result=ModelRef("conversations", "ConversationListResult"),
    pagination=Pagination(
        style="page_number", page_param="page_num", size_param="page_size", items="conversations", has_more="has_more"
    ),
)
CONVERSATIONS_LIST_PAGES: Paged[Conversation] = Paged(CONVERSATIONS_LIST)

CONVERSATIONS_UPDATE: Operation[Conversation] = Operation(
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
    result=ModelRef("conversations", "Conversation"),
)

CONVERSATIONS_DELETE: Operation[ConversationsDeleteResponse] = Operation(
    id="conversations_delete",
    method="DELETE",
    path="/v1/conversations/{conversation_id}",
    params=(Param("conversation_id", "conversation_id", "path", "string", True),),
    body=None,
    envelope="none",
    retry_safe=True,
    result=ModelRef("conversations", "ConversationsDeleteResponse"),
)

CONVERSATIONS_CLEAR: Operation[ConversationSection] = Operation(
    id="conversations_clear",
    method="POST",
    path="/v1/conversations/{conversation_id}/clear",
    params=(Param("conversation_id", "conversation_id", "path", "string", True),),
    body=None,
    envelope="data",
    retry_safe=True,
    result=ModelRef("conversations", "ConversationSection"),
)

CONVERSATIONS_MESSAGES_CREATE: Operation[ChatMessage] = Operation(
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
    result=ModelRef("_shared", "ChatMessage"),
)

CONVERSATIONS_MESSAGES_LIST: Operation[ConversationsMessagesListResponse] = Operation(
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
    result=ModelRef("conversations", "ConversationsMessagesListResponse"),
    pagination=Pagination(
        style="cursor",
        cursor_param="after_id",
        next_cursor="last_id",
        size_param="limit",
        items="data",
        has_more="has_more",
    ),
)
CONVERSATIONS_MESSAGES_LIST_PAGES: Paged[ChatMessage] = Paged(CONVERSATIONS_MESSAGES_LIST)

CONVERSATIONS_MESSAGES_RETRIEVE: Operation[ChatMessage] = Operation(
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
    result=ModelRef("_shared", "ChatMessage"),
)

CONVERSATIONS_MESSAGES_UPDATE: Operation[ConversationsMessagesUpdateResponse] = Operation(
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
    result=ModelRef("conversations", "ConversationsMessagesUpdateResponse"),
)

CONVERSATIONS_MESSAGES_DELETE: Operation[ChatMessage] = Operation(
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
    result=ModelRef("_shared", "ChatMessage"),
)

CONVERSATIONS_MESSAGES_FEEDBACK_CREATE: Operation[ConversationsMessagesFeedbackCreateResponse] = Operation(
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
    result=ModelRef("conversations", "ConversationsMessagesFeedbackCreateResponse"),
)

CONVERSATIONS_MESSAGES_FEEDBACK_DELETE: Operation[ConversationsMessagesFeedbackDeleteResponse] = Operation(
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
    result=ModelRef("conversations", "ConversationsMessagesFeedbackDeleteResponse"),
)

BOTS_CREATE: Operation[BotsCreateResult] = Operation(
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
    result=ModelRef("bots", "BotsCreateResult"),
)

BOTS_UPDATE: Operation[BotsUpdateResponse] = Operation(
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
    result=ModelRef("bots", "BotsUpdateResponse"),
)

BOTS_PUBLISH: Operation[BotsPublishResult] = Operation(
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
    result=ModelRef("bots", "BotsPublishResult"),
)

BOTS_UNPUBLISH: Operation[BotsUnpublishResponse] = Operation(
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
    result=ModelRef("bots", "BotsUnpublishResponse"),
)

BOTS_RETRIEVE: Operation[Bot] = Operation(
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
    result=ModelRef("bots", "Bot"),
)

BOTS_RETRIEVE_V1: Operation[Bot] = Operation(
    id="bots_retrieve_v1",
    method="GET",
    path="/v1/bot/get_online_info",
    params=(Param("bot_id", "bot_id", "query", "string", True),),
    body=None,
    envelope="data",
    retry_safe=True,
    result=ModelRef("bots", "Bot"),
)

BOTS_LIST: Operation[BotsListResult] = Operation(
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
    result=ModelRef("bots", "BotsListResult"),
    pagination=Pagination(
        style="page_number", page_param="page_num", size_param="page_size", items="items", total="total"
    ),
)
BOTS_LIST_PAGES: Paged[SimpleBot] = Paged(BOTS_LIST)

BOTS_LIST_V1: Operation[BotsListV1Result] = Operation(
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
    result=ModelRef("bots", "BotsListV1Result"),
    pagination=Pagination(
        style="page_number", page_param="page_index", size_param="page_size", items="space_bots", total="total"
    ),
)
BOTS_LIST_V1_PAGES: Paged[BotPublishedBotV1] = Paged(BOTS_LIST_V1)

BOTS_VERSIONS_LIST: Operation[BotsVersionsListResult] = Operation(
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
    result=ModelRef("bots", "BotsVersionsListResult"),
    pagination=Pagination(
        style="page_number",
        page_param="page_num",
        size_param="page_size",
        items="items",
        has_more="has_more",
        total="total",
    ),
)
BOTS_VERSIONS_LIST_PAGES: Paged[BotVersion] = Paged(BOTS_VERSIONS_LIST)

BOTS_COLLABORATORS_CREATE: Operation[BotsCollaboratorsCreateResponse] = Operation(
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
    result=ModelRef("bots", "BotsCollaboratorsCreateResponse"),
)

BOTS_COLLABORATORS_DELETE: Operation[BotsCollaboratorsDeleteResponse] = Operation(
    id="bots_collaborators_delete",
    method="DELETE",
    path="/v1/bots/{bot_id}/collaborators/{user_id}",
    params=(Param("bot_id", "bot_id", "path", "string", True), Param("user_id", "user_id", "path", "string", True)),
    body=None,
    envelope="none",
    retry_safe=True,
    result=ModelRef("bots", "BotsCollaboratorsDeleteResponse"),
)

BOTS_COLLABORATION_MODES_UPDATE: Operation[BotsCollaborationModesUpdateResponse] = Operation(
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
    result=ModelRef("bots", "BotsCollaborationModesUpdateResponse"),
)

APPS_LIST: Operation[AppsListResult] = Operation(
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
    result=ModelRef("apps", "AppsListResult"),
    pagination=Pagination(
        style="page_number", page_param="page_num", size_param="page_size", items="items", total="total"
    ),
)
APPS_LIST_PAGES: Paged[SimpleApp] = Paged(APPS_LIST)

APPS_COLLABORATORS_CREATE: Operation[AppsCollaboratorsCreateResponse] = Operation(
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
    result=ModelRef("apps", "AppsCollaboratorsCreateResponse"),
)

APPS_COLLABORATORS_DELETE: Operation[AppsCollaboratorsDeleteResponse] = Operation(
    id="apps_collaborators_delete",
    method="DELETE",
    path="/v1/apps/{app_id}/collaborators/{user_id}",
    params=(Param("app_id", "app_id", "path", "string", True), Param("user_id", "user_id", "path", "string", True)),
    body=None,
    envelope="none",
    retry_safe=True,
    result=ModelRef("apps", "AppsCollaboratorsDeleteResponse"),
)

TEMPLATES_DUPLICATE: Operation[TemplateDuplicateResult] = Operation(
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
    result=ModelRef("templates", "TemplateDuplicateResult"),
)

WORKSPACES_LIST: Operation[WorkspacesListResult] = Operation(
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
    result=ModelRef("workspaces", "WorkspacesListResult"),
    pagination=Pagination(
        style="page_number", page_param="page_num", size_param="page_size", items="workspaces", total="total_count"
    ),
)
WORKSPACES_LIST_PAGES: Paged[Workspace] = Paged(WORKSPACES_LIST)

WORKSPACES_CREATE: Operation[WorkspacesCreateResult] = Operation(
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
    result=ModelRef("workspaces", "WorkspacesCreateResult"),
)

WORKSPACES_UPDATE: Operation[WorkspacesUpdateResponse] = Operation(
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
    result=ModelRef("workspaces", "WorkspacesUpdateResponse"),
)

WORKSPACES_MEMBERS_LIST: Operation[WorkspacesMembersListResult] = Operation(
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
    result=ModelRef("workspaces", "WorkspacesMembersListResult"),
    pagination=Pagination(
        style="page_number", page_param="page_num", size_param="page_size", items="items", total="total_count"
    ),
)
WORKSPACES_MEMBERS_LIST_PAGES: Paged[WorkspaceMember] = Paged(WORKSPACES_MEMBERS_LIST)

WORKSPACES_MEMBERS_CREATE: Operation[WorkspacesMembersCreateResult] = Operation(
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
    result=ModelRef("workspaces", "WorkspacesMembersCreateResult"),
)

WORKSPACES_MEMBERS_DELETE: Operation[WorkspacesMembersDeleteResult] = Operation(
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
    result=ModelRef("workspaces", "WorkspacesMembersDeleteResult"),
)

USERS_ME: Operation[User] = Operation(
    id="users_me",
    method="GET",
    path="/v1/users/me",
    params=(),
    body=None,
    envelope="data",
    retry_safe=True,
    result=ModelRef("users", "User"),
)

VARIABLES_RETRIEVE: Operation[VariablesRetrieveResult] = Operation(
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
    result=ModelRef("variables", "VariablesRetrieveResult"),
)

VARIABLES_UPDATE: Operation[VariablesUpdateResponse] = Operation(
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
    result=ModelRef("variables", "VariablesUpdateResponse"),
)

FOLDERS_LIST: Operation[FoldersListResult] = Operation(
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
    result=ModelRef("folders", "FoldersListResult"),
    pagination=Pagination(
        style="page_number",
        page_param="page_num",
        size_param="page_size",
        items="items",
        has_more="has_more",
        total="total_count",
    ),
)
FOLDERS_LIST_PAGES: Paged[SimpleFolder] = Paged(FOLDERS_LIST)

FOLDERS_RETRIEVE: Operation[SimpleFolder] = Operation(
    id="folders_retrieve",
    method="GET",
    path="/v1/folders/{folder_id}",
    params=(Param("folder_id", "folder_id", "path", "string", True),),
    body=None,
    envelope="data",
    retry_safe=True,
    result=ModelRef("folders", "SimpleFolder"),
)

FILES_UPLOAD: Operation[File] = Operation(
    id="files_upload",
    method="POST",
    path="/v1/files/upload",
    params=(Param("file", "file", "file", "file", True),),
    body="multipart",
    envelope="data",
    retry_safe=False,
    result=ModelRef("files", "File"),
)

FILES_RETRIEVE: Operation[File] = Operation(
    id="files_retrieve",
    method="GET",
    path="/v1/files/retrieve",
    params=(Param("file_id", "file_id", "query", "string", True),),
    body=None,
    envelope="data",
    retry_safe=True,
    result=ModelRef("files", "File"),
)

DATASETS_LIST: Operation[DatasetsListResult] = Operation(
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
    result=ModelRef("datasets", "DatasetsListResult"),
    pagination=Pagination(
        style="page_number", page_param="page_num", size_param="page_size", items="dataset_list", total="total_count"
    ),
)
DATASETS_LIST_PAGES: Paged[Dataset] = Paged(DATASETS_LIST)

DATASETS_CREATE: Operation[DatasetsCreateResult] = Operation(
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
    result=ModelRef("datasets", "DatasetsCreateResult"),
)

DATASETS_UPDATE: Operation[DatasetsUpdateResponse] = Operation(
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
    result=ModelRef("datasets", "DatasetsUpdateResponse"),
)

DATASETS_DELETE: Operation[DatasetsDeleteResponse] = Operation(
    id="datasets_delete",
    method="DELETE",
    path="/v1/datasets/{dataset_id}",
    params=(Param("dataset_id", "dataset_id", "path", "string", True),),
    body=None,
    envelope="none",
    retry_safe=True,
    result=ModelRef("datasets", "DatasetsDeleteResponse"),
)

DATASETS_PROCESS: Operation[DatasetsProcessResult] = Operation(
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
    result=ModelRef("datasets", "DatasetsProcessResult"),
)

DATASETS_IMAGES_LIST: Operation[DatasetsImagesListResult] = Operation(
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
    result=ModelRef("datasets", "DatasetsImagesListResult"),
    pagination=Pagination(
        style="page_number", page_param="page_num", size_param="page_size", items="photo_infos", total="total_count"
    ),
)
DATASETS_IMAGES_LIST_PAGES: Paged[DatasetPhoto] = Paged(DATASETS_IMAGES_LIST)

DATASETS_IMAGES_UPDATE: Operation[DatasetsImagesUpdateResponse] = Operation(
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
    result=ModelRef("datasets", "DatasetsImagesUpdateResponse"),
)

DATASETS_DOCUMENTS_CREATE: Operation[DatasetsDocumentsCreateResponse] = Operation(
    id="datasets_documents_create",
    method="POST",
    path="/open_api/knowledge/document/create",
    params=(
        Param("dataset_id", "dataset_id", "body", "string", True),
        Param("document_bases", "document_bases", "body", "array", True),
        Param("chunk_strategy", "chunk_strategy", "body", "object", False),
        Param("format_type", "format_type", "body", "integer", True),
    ),
    body="json",
    envelope="none",
    retry_safe=False,
    result=ModelRef("datasets", "DatasetsDocumentsCreateResponse"),
    headers={"Agw-Js-Conv": "str"},
)

DATASETS_DOCUMENTS_UPDATE: Operation[DatasetsDocumentsUpdateResponse] = Operation(
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
    result=ModelRef("datasets", "DatasetsDocumentsUpdateResponse"),
    headers={"Agw-Js-Conv": "str"},
)

DATASETS_DOCUMENTS_DELETE: Operation[DatasetsDocumentsDeleteResponse] = Operation(
    id="datasets_documents_delete",
    method="POST",
    path="/open_api/knowledge/document/delete",
    params=(Param("document_ids", "document_ids", "body", "array", True),),
    body="json",
    envelope="none",
    retry_safe=True,
    result=ModelRef("datasets", "DatasetsDocumentsDeleteResponse"),
    headers={"Agw-Js-Conv": "str"},
)

DATASETS_DOCUMENTS_LIST: Operation[DatasetsDocumentsListResponse] = Operation(
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
    result=ModelRef("datasets", "DatasetsDocumentsListResponse"),
    pagination=Pagination(
        style="page_number", page_param="page", size_param="size", items="document_infos", total="total"
    ),
    headers={"Agw-Js-Conv": "str"},
)
DATASETS_DOCUMENTS_LIST_PAGES: Paged[DatasetDocument] = Paged(DATASETS_DOCUMENTS_LIST)

WORKFLOWS_RUNS_CREATE: Operation[WorkflowRunResult] = Operation(
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
    result=ModelRef("workflows", "WorkflowRunResult"),
)

WORKFLOWS_RUNS_STREAM: Operation[None] = Operation(
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
    stream=StreamSpec("WorkflowEvent"),
)
WORKFLOWS_RUNS_STREAM_STREAM: Streamed[WorkflowEventStream, AsyncWorkflowEventStream] = Streamed(WORKFLOWS_RUNS_STREAM)

WORKFLOWS_RUNS_RESUME: Operation[None] = Operation(
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
    stream=StreamSpec("WorkflowEvent"),
)
WORKFLOWS_RUNS_RESUME_STREAM: Streamed[WorkflowEventStream, AsyncWorkflowEventStream] = Streamed(WORKFLOWS_RUNS_RESUME)

WORKFLOWS_RUNS_RESUME_NONSTREAM: Operation[WorkflowRunResult] = Operation(
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
    result=ModelRef("workflows", "WorkflowRunResult"),
)

WORKFLOWS_RUNS_HISTORIES_RETRIEVE: Operation[list[WorkflowRunHistory]] = Operation(
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
    result=ModelRef("workflows", "WorkflowRunHistory", many=True),
)

WORKFLOWS_RUNS_HISTORIES_EXECUTE_NODES_RETRIEVE: Operation[WorkflowNodeExecuteHistory] = Operation(
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
    result=ModelRef("workflows", "WorkflowNodeExecuteHistory"),
)

WORKFLOWS_CHAT_STREAM: Operation[None] = Operation(
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
    stream=StreamSpec("WorkflowChatEvent"),
)
WORKFLOWS_CHAT_STREAM_STREAM: Streamed[WorkflowChatEventStream, AsyncWorkflowChatEventStream] = Streamed(
    WORKFLOWS_CHAT_STREAM
)

WORKFLOWS_RETRIEVE: Operation[WorkflowInfo] = Operation(
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
    result=ModelRef("workflows", "WorkflowInfo"),
)

WORKFLOWS_LIST: Operation[WorkflowListResult] = Operation(
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
    result=ModelRef("workflows", "WorkflowListResult"),
    pagination=Pagination(
        style="page_number", page_param="page_num", size_param="page_size", items="items", has_more="has_more"
    ),
)
WORKFLOWS_LIST_PAGES: Paged[WorkflowBasic] = Paged(WORKFLOWS_LIST)

WORKFLOWS_VERSIONS_LIST: Operation[WorkflowVersionListResult] = Operation(
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
    result=ModelRef("workflows", "WorkflowVersionListResult"),
    pagination=Pagination(
        style="page_token",
        token_param="page_token",
        next_token="next_page_token",
        size_param="page_size",
        items="items",
        has_more="has_more",
    ),
)
WORKFLOWS_VERSIONS_LIST_PAGES: Paged[WorkflowVersion] = Paged(WORKFLOWS_VERSIONS_LIST)

WORKFLOWS_COLLABORATORS_CREATE: Operation[WorkflowsCollaboratorsCreateResponse] = Operation(
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
    result=ModelRef("workflows", "WorkflowsCollaboratorsCreateResponse"),
)

WORKFLOWS_COLLABORATORS_DELETE: Operation[WorkflowsCollaboratorsDeleteResponse] = Operation(
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
    result=ModelRef("workflows", "WorkflowsCollaboratorsDeleteResponse"),
)

WORKFLOWS_COLLABORATION_MODES_UPDATE: Operation[WorkflowsCollaborationModesUpdateResponse] = Operation(
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
    result=ModelRef("workflows", "WorkflowsCollaborationModesUpdateResponse"),
)

AUDIO_SPEECH_CREATE: Operation[None] = Operation(
    id="audio_speech_create",
    method="POST",
    path="/v1/audio/speech",
    params=(
        Param("input", "input", "body", "string", True),
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
)

AUDIO_TRANSCRIPTIONS_CREATE: Operation[AudioTranscription] = Operation(
    id="audio_transcriptions_create",
    method="POST",
    path="/v1/audio/transcriptions",
    params=(Param("file", "file", "file", "file", True),),
    body="multipart",
    envelope="data",
    retry_safe=True,
    result=ModelRef("audio", "AudioTranscription"),
)

AUDIO_VOICES_CLONE: Operation[VoiceCloneResult] = Operation(
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
    result=ModelRef("audio", "VoiceCloneResult"),
)

AUDIO_VOICES_LIST: Operation[VoiceListResult] = Operation(
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
    result=ModelRef("audio", "VoiceListResult"),
    pagination=Pagination(
        style="page_number", page_param="page_num", size_param="page_size", items="voice_list", has_more="has_more"
    ),
)
AUDIO_VOICES_LIST_PAGES: Paged[Voice] = Paged(AUDIO_VOICES_LIST)

AUDIO_ROOMS_CREATE: Operation[RoomJoinInfo] = Operation(
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
    result=ModelRef("audio", "RoomJoinInfo"),
)

AUDIO_LIVE_RETRIEVE: Operation[AudioLiveInfo] = Operation(
    id="audio_live_retrieve",
    method="GET",
    path="/v1/audio/live/{live_id}",
    params=(Param("live_id", "live_id", "path", "string", True),),
    body=None,
    envelope="data",
    retry_safe=True,
    result=ModelRef("audio", "AudioLiveInfo"),
)

AUDIO_VOICEPRINT_GROUPS_LIST: Operation[VoiceprintGroupListResult] = Operation(
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
    result=ModelRef("audio", "VoiceprintGroupListResult"),
    pagination=Pagination(
        style="page_number", page_param="page_num", size_param="page_size", items="items", total="total"
    ),
)
AUDIO_VOICEPRINT_GROUPS_LIST_PAGES: Paged[VoiceprintGroup] = Paged(AUDIO_VOICEPRINT_GROUPS_LIST)

AUDIO_VOICEPRINT_GROUPS_CREATE: Operation[VoiceprintGroupCreateResult] = Operation(
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
    result=ModelRef("audio", "VoiceprintGroupCreateResult"),
)

AUDIO_VOICEPRINT_GROUPS_UPDATE: Operation[AudioVoiceprintGroupsUpdateResponse] = Operation(
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
    result=ModelRef("audio", "AudioVoiceprintGroupsUpdateResponse"),
)

AUDIO_VOICEPRINT_GROUPS_DELETE: Operation[AudioVoiceprintGroupsDeleteResponse] = Operation(
    id="audio_voiceprint_groups_delete",
    method="DELETE",
    path="/v1/audio/voiceprint_groups/{group_id}",
    params=(Param("group_id", "group_id", "path", "string", True),),
    body=None,
    envelope="none",
    retry_safe=True,
    result=ModelRef("audio", "AudioVoiceprintGroupsDeleteResponse"),
)

AUDIO_VOICEPRINT_GROUPS_SPEAKER_IDENTIFY: Operation[VoiceprintSpeakerIdentifyResult] = Operation(
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
    result=ModelRef("audio", "VoiceprintSpeakerIdentifyResult"),
)

AUDIO_VOICEPRINT_GROUPS_FEATURES_LIST: Operation[VoiceprintFeatureListResult] = Operation(
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
    result=ModelRef("audio", "VoiceprintFeatureListResult"),
    pagination=Pagination(
        style="page_number", page_param="page_num", size_param="page_size", items="items", total="total"
    ),
)
AUDIO_VOICEPRINT_GROUPS_FEATURES_LIST_PAGES: Paged[VoiceprintFeature] = Paged(AUDIO_VOICEPRINT_GROUPS_FEATURES_LIST)

AUDIO_VOICEPRINT_GROUPS_FEATURES_CREATE: Operation[VoiceprintFeatureCreateResult] = Operation(
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
    result=ModelRef("audio", "VoiceprintFeatureCreateResult"),
)

AUDIO_VOICEPRINT_GROUPS_FEATURES_UPDATE: Operation[AudioVoiceprintGroupsFeaturesUpdateResponse] = Operation(
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
    result=ModelRef("audio", "AudioVoiceprintGroupsFeaturesUpdateResponse"),
)

AUDIO_VOICEPRINT_GROUPS_FEATURES_DELETE: Operation[AudioVoiceprintGroupsFeaturesDeleteResponse] = Operation(
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
    result=ModelRef("audio", "AudioVoiceprintGroupsFeaturesDeleteResponse"),
)

ENTERPRISES_MEMBERS_CREATE: Operation[EnterprisesMembersCreateResponse] = Operation(
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
    result=ModelRef("enterprises", "EnterprisesMembersCreateResponse"),
)

ENTERPRISES_MEMBERS_UPDATE: Operation[EnterprisesMembersUpdateResponse] = Operation(
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
    result=ModelRef("enterprises", "EnterprisesMembersUpdateResponse"),
)

ENTERPRISES_MEMBERS_DELETE: Operation[EnterprisesMembersDeleteResponse] = Operation(
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
    result=ModelRef("enterprises", "EnterprisesMembersDeleteResponse"),
)

ENTERPRISES_ORGANIZATIONS_LIST: Operation[EnterpriseOrganizationList] = Operation(
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
    result=ModelRef("enterprises", "EnterpriseOrganizationList"),
    pagination=Pagination(
        style="page_number", page_param="page_num", size_param="page_size", items="items", total="total_count"
    ),
)
ENTERPRISES_ORGANIZATIONS_LIST_PAGES: Paged[EnterpriseOrganization] = Paged(ENTERPRISES_ORGANIZATIONS_LIST)

ENTERPRISES_ORGANIZATIONS_CREATE: Operation[EnterpriseOrganizationCreated] = Operation(
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
    result=ModelRef("enterprises", "EnterpriseOrganizationCreated"),
)

ENTERPRISES_ORGANIZATIONS_UPDATE: Operation[EnterprisesOrganizationsUpdateResponse] = Operation(
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
    result=ModelRef("enterprises", "EnterprisesOrganizationsUpdateResponse"),
)

ENTERPRISES_ORGANIZATIONS_MEMBERS_LIST: Operation[EnterpriseOrganizationMemberList] = Operation(
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
    result=ModelRef("enterprises", "EnterpriseOrganizationMemberList"),
    pagination=Pagination(
        style="page_number", page_param="page_num", size_param="page_size", items="items", total="total_count"
    ),
)
ENTERPRISES_ORGANIZATIONS_MEMBERS_LIST_PAGES: Paged[EnterpriseOrganizationMember] = Paged(
    ENTERPRISES_ORGANIZATIONS_MEMBERS_LIST
)

ENTERPRISES_ORGANIZATIONS_MEMBERS_CREATE: Operation[EnterprisesOrganizationsMembersCreateResponse] = Operation(
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
    result=ModelRef("enterprises", "EnterprisesOrganizationsMembersCreateResponse"),
)

ENTERPRISES_ORGANIZATIONS_MEMBERS_UPDATE: Operation[EnterprisesOrganizationsMembersUpdateResponse] = Operation(
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
    result=ModelRef("enterprises", "EnterprisesOrganizationsMembersUpdateResponse"),
)

ENTERPRISES_ORGANIZATIONS_MEMBERS_DELETE: Operation[EnterprisesOrganizationsMembersDeleteResponse] = Operation(
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
    result=ModelRef("enterprises", "EnterprisesOrganizationsMembersDeleteResponse"),
)

BENEFITS_RETRIEVE: Operation[BenefitOverview] = Operation(
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
    result=ModelRef("benefits", "BenefitOverview"),
)

BENEFITS_LIMITATIONS_LIST: Operation[BenefitLimitationList] = Operation(
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
    result=ModelRef("benefits", "BenefitLimitationList"),
    pagination=Pagination(
        style="page_token",
        token_param="page_token",
        next_token="page_token",
        size_param="page_size",
        items="benefit_infos",
        has_more="has_more",
    ),
)
BENEFITS_LIMITATIONS_LIST_PAGES: Paged[BenefitLimitation] = Paged(BENEFITS_LIMITATIONS_LIST)

BENEFITS_LIMITATIONS_CREATE: Operation[BenefitLimitationCreated] = Operation(
    id="benefits_limitations_create",
    method="POST",
    path="/v1/commerce/benefit/limitations",
    params=(
        Param("entity_type", "entity_type", "body", "string", True),
        Param("entity_id", "entity_id", "body", "string", False),
        Param("benefit_info", "benefit_info", "body", "object", True),
    ),
    body="json",
    envelope="data",
    retry_safe=False,
    result=ModelRef("benefits", "BenefitLimitationCreated"),
)

BENEFITS_LIMITATIONS_UPDATE: Operation[BenefitsLimitationsUpdateResponse] = Operation(
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
    result=ModelRef("benefits", "BenefitsLimitationsUpdateResponse"),
)

BILL_TASKS_LIST: Operation[BillTaskList] = Operation(
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
    result=ModelRef("bill_tasks", "BillTaskList"),
    pagination=Pagination(
        style="page_number", page_param="page_num", size_param="page_size", items="task_infos", total="total"
    ),
)
BILL_TASKS_LIST_PAGES: Paged[BillTask] = Paged(BILL_TASKS_LIST)

BILL_TASKS_CREATE: Operation[BillTask] = Operation(
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
    result=ModelRef("bill_tasks", "BillTask"),
)

PLUGINS_RETRIEVE: Operation[PluginDetail] = Operation(
    id="plugins_retrieve",
    method="GET",
    path="/v1/plugins/{plugin_id}",
    params=(Param("plugin_id", "plugin_id", "path", "string", True),),
    body=None,
    envelope="data",
    retry_safe=True,
    result=ModelRef("plugins", "PluginDetail"),
)

PLUGINS_BATCH_RETRIEVE: Operation[PluginDetailList] = Operation(
    id="plugins_batch_retrieve",
    method="GET",
    path="/v1/plugins/mget",
    params=(Param("ids", "ids", "query", "array", True, joined=True),),
    body=None,
    envelope="data",
    retry_safe=True,
    result=ModelRef("plugins", "PluginDetailList"),
)

PLUGINS_TOOLS_CALL: Operation[PluginToolCallResult] = Operation(
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
    result=ModelRef("plugins", "PluginToolCallResult"),
)

PLUGINS_LIST: Operation[PluginStoreList] = Operation(
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
    result=ModelRef("plugins", "PluginStoreList"),
    pagination=Pagination(
        style="page_number", page_param="page_num", size_param="page_size", items="items", has_more="has_more"
    ),
)
PLUGINS_LIST_PAGES: Paged[PluginStoreItem] = Paged(PLUGINS_LIST)

PLUGINS_CATEGORIES_LIST: Operation[PluginStoreCategoryList] = Operation(
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
    result=ModelRef("plugins", "PluginStoreCategoryList"),
    pagination=Pagination(
        style="page_number", page_param="page_num", size_param="page_size", items="items", has_more="has_more"
    ),
)
PLUGINS_CATEGORIES_LIST_PAGES: Paged[PluginStoreCategory] = Paged(PLUGINS_CATEGORIES_LIST)

CONNECTORS_BIND: Operation[ConnectorsBindResponse] = Operation(
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
    result=ModelRef("connectors", "ConnectorsBindResponse"),
)

CONNECTORS_INSTALL: Operation[ConnectorsInstallResponse] = Operation(
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
    result=ModelRef("connectors", "ConnectorsInstallResponse"),
)

CONNECTORS_BOTS_UPDATE: Operation[ConnectorsBotsUpdateResponse] = Operation(
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
    result=ModelRef("connectors", "ConnectorsBotsUpdateResponse"),
)

API_APPS_LIST: Operation[ApiAppList] = Operation(
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
    result=ModelRef("api_apps", "ApiAppList"),
    pagination=Pagination(
        style="page_token",
        token_param="page_token",
        next_token="next_page_token",
        size_param="page_size",
        items="items",
        has_more="has_more",
    ),
)
API_APPS_LIST_PAGES: Paged[ApiApp] = Paged(API_APPS_LIST)

API_APPS_CREATE: Operation[ApiApp] = Operation(
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
    result=ModelRef("api_apps", "ApiApp"),
)

API_APPS_UPDATE: Operation[ApiAppsUpdateResponse] = Operation(
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
    result=ModelRef("api_apps", "ApiAppsUpdateResponse"),
)

API_APPS_DELETE: Operation[ApiAppsDeleteResponse] = Operation(
    id="api_apps_delete",
    method="DELETE",
    path="/v1/api_apps/{api_app_id}",
    params=(Param("api_app_id", "api_app_id", "path", "string", True),),
    body=None,
    envelope="none",
    retry_safe=True,
    result=ModelRef("api_apps", "ApiAppsDeleteResponse"),
)

API_APPS_EVENTS_LIST: Operation[ApiAppEventList] = Operation(
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
    result=ModelRef("api_apps", "ApiAppEventList"),
    pagination=Pagination(
        style="page_token",
        token_param="page_token",
        next_token="next_page_token",
        size_param="page_size",
        items="items",
        has_more="has_more",
    ),
)
API_APPS_EVENTS_LIST_PAGES: Paged[ApiAppEvent] = Paged(API_APPS_EVENTS_LIST)

API_APPS_EVENTS_CREATE: Operation[ApiAppsEventsCreateResponse] = Operation(
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
    result=ModelRef("api_apps", "ApiAppsEventsCreateResponse"),
)

API_APPS_EVENTS_DELETE: Operation[ApiAppsEventsDeleteResponse] = Operation(
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
    result=ModelRef("api_apps", "ApiAppsEventsDeleteResponse"),
)

ENTITIES_COPY_TASKS_CREATE: Operation[EntityCopyTaskCreated] = Operation(
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
    result=ModelRef("entities", "EntityCopyTaskCreated"),
)

ENTITIES_COPY_TASKS_RETRIEVE: Operation[EntityCopyTask] = Operation(
    id="entities_copy_tasks_retrieve",
    method="GET",
    path="/v1/entities/copy_tasks/{task_id}",
    params=(Param("task_id", "task_id", "path", "string", True),),
    body=None,
    envelope="data",
    retry_safe=True,
    result=ModelRef("entities", "EntityCopyTask"),
)

OAUTH_TOKEN: Operation[OAuthToken] = Operation(
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
    result=ModelRef("oauth", "OAuthToken"),
    authenticated=False,
)

OAUTH_TOKEN_FOR_ACCOUNT: Operation[OAuthToken] = Operation(
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
    result=ModelRef("oauth", "OAuthToken"),
    authenticated=False,
)

OAUTH_TOKEN_FOR_ENTERPRISE: Operation[OAuthToken] = Operation(
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
    result=ModelRef("oauth", "OAuthToken"),
    authenticated=False,
)

OAUTH_DEVICE_CODE: Operation[OAuthDeviceCode] = Operation(
    id="oauth_device_code",
    method="POST",
    path="/api/permission/oauth2/device/code",
    params=(Param("client_id", "client_id", "body", "string", True),),
    body="json",
    envelope="none",
    retry_safe=False,
    result=ModelRef("oauth", "OAuthDeviceCode"),
    authenticated=False,
)

OAUTH_DEVICE_CODE_FOR_WORKSPACE: Operation[OAuthDeviceCode] = Operation(
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
    result=ModelRef("oauth", "OAuthDeviceCode"),
    authenticated=False,
)

WEBSOCKETS_CHAT_CONNECT: Connected[ChatSocket, AsyncChatSocket] = Connected(
    SocketSpec(
        id="websockets_chat",
        path="/v1/chat",
        params=(
            Param("bot_id", "bot_id", "query", "string", True),
            Param("workflow_id", "workflow_id", "query", "string", False),
            Param("device_id", "device_id", "query", "string", False),
        ),
        events="WsChatServerEvent",
        upstream="WsChatClientEvent",
        senders=("ChatSocketSenders", "AsyncChatSocketSenders"),
    )
)

WEBSOCKETS_AUDIO_SPEECH_CONNECT: Connected[SpeechSocket, AsyncSpeechSocket] = Connected(
    SocketSpec(
        id="websockets_audio_speech",
        path="/v1/audio/speech",
        params=(
            Param("entity_type", "entity_type", "query", "string", False),
            Param("entity_id", "entity_id", "query", "string", False),
        ),
        events="WsSpeechServerEvent",
        upstream="WsSpeechClientEvent",
        senders=("SpeechSocketSenders", "AsyncSpeechSocketSenders"),
    )
)

WEBSOCKETS_AUDIO_TRANSCRIPTIONS_CONNECT: Connected[TranscriptionsSocket, AsyncTranscriptionsSocket] = Connected(
    SocketSpec(
        id="websockets_audio_transcriptions",
        path="/v1/audio/transcriptions",
        params=(
            Param("entity_type", "entity_type", "query", "string", False),
            Param("entity_id", "entity_id", "query", "string", False),
        ),
        events="WsTranscriptionsServerEvent",
        upstream="WsTranscriptionsClientEvent",
        senders=("TranscriptionsSocketSenders", "AsyncTranscriptionsSocketSenders"),
    )
)

WEBSOCKETS_AUDIO_SIMULT_INTERPRETATION_CONNECT: Connected[
    SimultInterpretationSocket, AsyncSimultInterpretationSocket
] = Connected(
    SocketSpec(
        id="websockets_audio_simult_interpretation",
        path="/v1/audio/simult_interpretation",
        params=(),
        events="WsSimultInterpretationServerEvent",
        upstream="WsSimultInterpretationClientEvent",
        senders=("SimultInterpretationSocketSenders", "AsyncSimultInterpretationSocketSenders"),
    )
)

OPERATIONS: dict[str, Operation[Any]] = {
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
