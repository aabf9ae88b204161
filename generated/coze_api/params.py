"""The keyword arguments of every operation, as TypedDicts.

Generated from openapi/coze.yaml by `make gen`; never edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Literal, Required, TypedDict

from .types import FileInput, JsonValue, TimeoutInput, Unset

if TYPE_CHECKING:
    from .models import (
        ApiAppEventType,
        ApiAppType,
        AppCollaborator,
        BenefitLimitationActiveMode,
        BenefitLimitationEntityType,
        BenefitLimitationInput,
        BenefitLimitationStatus,
        BenefitLimitationTriggerUnit,
        BenefitLimitationType,
        BenefitType,
        BotCollaborator,
        BotKnowledgeConfig,
        BotModelInfo,
        BotOnboardingInfo,
        BotPluginIdList,
        BotPromptInfo,
        BotPublishStatus,
        BotSuggestReplyInfo,
        BotWorkflowIdList,
        ChatShortcutCommand,
        ChatToolOutput,
        CollaborationMode,
        ConnectorBotAuditStatus,
        ConnectorUserConfig,
        ConversationMessageFeedbackType,
        ConversationMessageOrder,
        ConversationSortOrder,
        DatasetChunkStrategy,
        DatasetDocumentBase,
        DatasetFormatType,
        DatasetUpdateRule,
        EnterMessage,
        EnterpriseMemberInput,
        EnterpriseMemberRole,
        EnterpriseOrganizationMemberInput,
        EnterpriseOrganizationRoleType,
        EntityCopyType,
        FolderType,
        MessageContentType,
        OAuthGrantType,
        OAuthJwtGrantType,
        OAuthScope,
        RoleType,
        RoomConfig,
        VariableAssignment,
        VoiceEmotion,
        VoiceLanguage,
        VoiceModelType,
        VoiceState,
        WorkflowCollaborator,
        WorkflowInterruptType,
        WorkflowMode,
        WorkspaceNewMember,
    )


class ChatCreateParams(TypedDict, total=False):
    """The arguments of `chat.create`."""

    conversation_id: str | None
    bot_id: Required[str]
    user_id: Required[str]
    additional_messages: Sequence[EnterMessage | Mapping[str, object]] | None
    custom_variables: Mapping[str, str] | None
    auto_save_history: bool | None
    meta_data: Mapping[str, str] | None
    extra_params: Mapping[str, str] | None
    shortcut_command: ChatShortcutCommand | Mapping[str, object] | None
    parameters: Mapping[str, JsonValue] | None
    enable_card: bool | None
    publish_status: BotPublishStatus | Literal["all", "published_online", "published_draft", "unpublished_draft"] | None
    bot_version: str | None
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class ChatRetrieveParams(TypedDict, total=False):
    """The arguments of `chat.retrieve`."""

    conversation_id: Required[str]
    chat_id: Required[str]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class ChatCancelParams(TypedDict, total=False):
    """The arguments of `chat.cancel`."""

    conversation_id: Required[str]
    chat_id: Required[str]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class ChatSubmitToolOutputsParams(TypedDict, total=False):
    """The arguments of `chat.submit_tool_outputs`."""

    conversation_id: Required[str]
    chat_id: Required[str]
    tool_outputs: Required[Sequence[ChatToolOutput | Mapping[str, object]]]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class ChatMessagesListParams(TypedDict, total=False):
    """The arguments of `chat.messages.list`."""

    conversation_id: Required[str]
    chat_id: Required[str]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class ConversationsCreateParams(TypedDict, total=False):
    """The arguments of `conversations.create`."""

    bot_id: str | None
    name: str | None
    messages: Sequence[EnterMessage | Mapping[str, object]] | None
    meta_data: Mapping[str, str] | None
    connector_id: str | None
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class ConversationsRetrieveParams(TypedDict, total=False):
    """The arguments of `conversations.retrieve`."""

    conversation_id: Required[str]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class ConversationsListParams(TypedDict, total=False):
    """The arguments of `conversations.list`."""

    bot_id: Required[str]
    page_num: int | None
    page_size: int | None
    sort_order: ConversationSortOrder | Literal["ASC", "DESC"] | None
    connector_id: str | None
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class ConversationsUpdateParams(TypedDict, total=False):
    """The arguments of `conversations.update`."""

    conversation_id: Required[str]
    name: Required[str]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class ConversationsDeleteParams(TypedDict, total=False):
    """The arguments of `conversations.delete`."""

    conversation_id: Required[str]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class ConversationsClearParams(TypedDict, total=False):
    """The arguments of `conversations.clear`."""

    conversation_id: Required[str]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class ConversationsMessagesCreateParams(TypedDict, total=False):
    """The arguments of `conversations.messages.create`."""

    conversation_id: Required[str]
    role: Required[RoleType | Literal["user", "assistant"]]
    content: Required[str]
    content_type: Required[MessageContentType | Literal["text", "object_string", "card", "audio"]]
    meta_data: Mapping[str, str] | None
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class ConversationsMessagesListParams(TypedDict, total=False):
    """The arguments of `conversations.messages.list`."""

    conversation_id: Required[str]
    order: ConversationMessageOrder | Literal["desc", "asc"] | None
    chat_id: str | None
    before_id: str | None
    after_id: str | None
    limit: int | None
    include_middle_message: bool | None
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class ConversationsMessagesRetrieveParams(TypedDict, total=False):
    """The arguments of `conversations.messages.retrieve`."""

    conversation_id: Required[str]
    message_id: Required[str]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class ConversationsMessagesUpdateParams(TypedDict, total=False):
    """The arguments of `conversations.messages.update`."""

    conversation_id: Required[str]
    message_id: Required[str]
    content: str | None
    content_type: MessageContentType | Literal["text", "object_string", "card", "audio"] | None
    meta_data: Mapping[str, str] | None
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class ConversationsMessagesDeleteParams(TypedDict, total=False):
    """The arguments of `conversations.messages.delete`."""

    conversation_id: Required[str]
    message_id: Required[str]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class ConversationsMessagesFeedbackCreateParams(TypedDict, total=False):
    """The arguments of `conversations.messages.feedback.create`."""

    conversation_id: Required[str]
    message_id: Required[str]
    feedback_type: Required[ConversationMessageFeedbackType | Literal["like", "unlike"]]
    reason_types: Sequence[str] | None
    comment: str | None
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class ConversationsMessagesFeedbackDeleteParams(TypedDict, total=False):
    """The arguments of `conversations.messages.feedback.delete`."""

    conversation_id: Required[str]
    message_id: Required[str]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class BotsCreateParams(TypedDict, total=False):
    """The arguments of `bots.create`."""

    space_id: Required[str]
    name: Required[str]
    description: str | None
    icon_file_id: str | None
    prompt_info: BotPromptInfo | Mapping[str, object] | None
    onboarding_info: BotOnboardingInfo | Mapping[str, object] | None
    suggest_reply_info: BotSuggestReplyInfo | Mapping[str, object] | None
    model_info_config: BotModelInfo | Mapping[str, object] | None
    plugin_id_list: BotPluginIdList | Mapping[str, object] | None
    workflow_id_list: BotWorkflowIdList | Mapping[str, object] | None
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class BotsUpdateParams(TypedDict, total=False):
    """The arguments of `bots.update`."""

    bot_id: Required[str]
    name: str | None
    description: str | None
    icon_file_id: str | None
    prompt_info: BotPromptInfo | Mapping[str, object] | None
    onboarding_info: BotOnboardingInfo | Mapping[str, object] | None
    knowledge: BotKnowledgeConfig | Mapping[str, object] | None
    suggest_reply_info: BotSuggestReplyInfo | Mapping[str, object] | None
    model_info_config: BotModelInfo | Mapping[str, object] | None
    plugin_id_list: BotPluginIdList | Mapping[str, object] | None
    workflow_id_list: BotWorkflowIdList | Mapping[str, object] | None
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class BotsPublishParams(TypedDict, total=False):
    """The arguments of `bots.publish`."""

    bot_id: Required[str]
    connector_ids: Sequence[str]
    connectors: Mapping[str, Mapping[str, str]] | None
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class BotsUnpublishParams(TypedDict, total=False):
    """The arguments of `bots.unpublish`."""

    bot_id: Required[str]
    connector_id: Required[str]
    unpublish_reason: str | None
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class BotsRetrieveParams(TypedDict, total=False):
    """The arguments of `bots.retrieve`."""

    bot_id: Required[str]
    is_published: bool | None
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class BotsRetrieveV1Params(TypedDict, total=False):
    """The arguments of `bots.retrieve_v1`."""

    bot_id: Required[str]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class BotsListParams(TypedDict, total=False):
    """The arguments of `bots.list`."""

    workspace_id: Required[str]
    publish_status: BotPublishStatus | Literal["all", "published_online", "published_draft", "unpublished_draft"] | None
    connector_id: str | None
    page_num: int | None
    page_size: int | None
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class BotsListV1Params(TypedDict, total=False):
    """The arguments of `bots.list_v1`."""

    space_id: Required[str]
    page_index: int | None
    page_size: int | None
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class BotsVersionsListParams(TypedDict, total=False):
    """The arguments of `bots.versions.list`."""

    bot_id: Required[str]
    publish_status: BotPublishStatus | Literal["all", "published_online", "published_draft", "unpublished_draft"] | None
    connector_id: str | None
    page_num: int | None
    page_size: int | None
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class BotsCollaboratorsCreateParams(TypedDict, total=False):
    """The arguments of `bots.collaborators.create`."""

    bot_id: Required[str]
    collaborators: Required[Sequence[BotCollaborator | Mapping[str, object]]]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class BotsCollaboratorsDeleteParams(TypedDict, total=False):
    """The arguments of `bots.collaborators.delete`."""

    bot_id: Required[str]
    user_id: Required[str]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class BotsCollaborationModesUpdateParams(TypedDict, total=False):
    """The arguments of `bots.collaboration_modes.update`."""

    bot_id: Required[str]
    collaboration_mode: Required[CollaborationMode | Literal["single", "collaboration"]]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class AppsListParams(TypedDict, total=False):
    """The arguments of `apps.list`."""

    workspace_id: Required[str]
    publish_status: BotPublishStatus | Literal["all", "published_online", "published_draft", "unpublished_draft"] | None
    connector_id: str | None
    page_num: int | None
    page_size: int | None
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class AppsCollaboratorsCreateParams(TypedDict, total=False):
    """The arguments of `apps.collaborators.create`."""

    app_id: Required[str]
    collaborators: Required[Sequence[AppCollaborator | Mapping[str, object]]]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class AppsCollaboratorsDeleteParams(TypedDict, total=False):
    """The arguments of `apps.collaborators.delete`."""

    app_id: Required[str]
    user_id: Required[str]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class TemplatesDuplicateParams(TypedDict, total=False):
    """The arguments of `templates.duplicate`."""

    template_id: Required[str]
    workspace_id: Required[str]
    name: str | None
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class WorkspacesListParams(TypedDict, total=False):
    """The arguments of `workspaces.list`."""

    page_num: int | None
    page_size: int | None
    enterprise_id: str | None
    user_id: str | None
    coze_account_id: str | None
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class WorkspacesCreateParams(TypedDict, total=False):
    """The arguments of `workspaces.create`."""

    name: Required[str]
    description: Required[str]
    icon_file_id: str | None
    coze_account_id: str | None
    owner_uid: str | None
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class WorkspacesUpdateParams(TypedDict, total=False):
    """The arguments of `workspaces.update`."""

    workspace_id: Required[str]
    name: str | None
    description: str | None
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class WorkspacesMembersListParams(TypedDict, total=False):
    """The arguments of `workspaces.members.list`."""

    workspace_id: Required[str]
    page_num: int | None
    page_size: int | None
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class WorkspacesMembersCreateParams(TypedDict, total=False):
    """The arguments of `workspaces.members.create`."""

    workspace_id: Required[str]
    users: Required[Sequence[WorkspaceNewMember | Mapping[str, object]]]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class WorkspacesMembersDeleteParams(TypedDict, total=False):
    """The arguments of `workspaces.members.delete`."""

    workspace_id: Required[str]
    user_ids: Required[Sequence[str]]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class UsersMeParams(TypedDict, total=False):
    """The arguments of `users.me`."""

    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class VariablesRetrieveParams(TypedDict, total=False):
    """The arguments of `variables.retrieve`."""

    connector_uid: Required[str]
    keywords: Sequence[str] | None
    app_id: str | None
    bot_id: str | None
    connector_id: str | None
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class VariablesUpdateParams(TypedDict, total=False):
    """The arguments of `variables.update`."""

    connector_uid: Required[str]
    data: Required[Sequence[VariableAssignment | Mapping[str, object]]]
    app_id: str | None
    bot_id: str | None
    connector_id: str | None
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class FoldersListParams(TypedDict, total=False):
    """The arguments of `folders.list`."""

    workspace_id: Required[str]
    folder_type: Required[FolderType | Literal["development", "library"]]
    parent_folder_id: str | None
    page_num: int | None
    page_size: int | None
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class FoldersRetrieveParams(TypedDict, total=False):
    """The arguments of `folders.retrieve`."""

    folder_id: Required[str]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class FilesUploadParams(TypedDict, total=False):
    """The arguments of `files.upload`."""

    file: Required[FileInput]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class FilesRetrieveParams(TypedDict, total=False):
    """The arguments of `files.retrieve`."""

    file_id: Required[str]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class DatasetsListParams(TypedDict, total=False):
    """The arguments of `datasets.list`."""

    space_id: Required[str]
    name: str | None
    format_type: DatasetFormatType | Literal[0, 1, 2] | None
    page_num: int | None
    page_size: int | None
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class DatasetsCreateParams(TypedDict, total=False):
    """The arguments of `datasets.create`."""

    name: Required[str]
    space_id: Required[str]
    format_type: Required[DatasetFormatType | Literal[0, 1, 2]]
    description: str | None
    file_id: str | None
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class DatasetsUpdateParams(TypedDict, total=False):
    """The arguments of `datasets.update`."""

    dataset_id: Required[str]
    name: Required[str]
    file_id: str | None
    description: str | None
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class DatasetsDeleteParams(TypedDict, total=False):
    """The arguments of `datasets.delete`."""

    dataset_id: Required[str]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class DatasetsProcessParams(TypedDict, total=False):
    """The arguments of `datasets.process`."""

    dataset_id: Required[str]
    document_ids: Required[Sequence[str]]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class DatasetsImagesListParams(TypedDict, total=False):
    """The arguments of `datasets.images.list`."""

    dataset_id: Required[str]
    page_num: int | None
    page_size: int | None
    keyword: str | None
    has_caption: bool | None
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class DatasetsImagesUpdateParams(TypedDict, total=False):
    """The arguments of `datasets.images.update`."""

    dataset_id: Required[str]
    document_id: Required[str]
    caption: Required[str]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class DatasetsDocumentsCreateParams(TypedDict, total=False):
    """The arguments of `datasets.documents.create`."""

    dataset_id: Required[str]
    document_bases: Required[Sequence[DatasetDocumentBase | Mapping[str, object]]]
    chunk_strategy: DatasetChunkStrategy | Mapping[str, object] | None
    format_type: DatasetFormatType | Literal[0, 1, 2]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class DatasetsDocumentsUpdateParams(TypedDict, total=False):
    """The arguments of `datasets.documents.update`."""

    document_id: Required[str]
    document_name: str | None
    update_rule: DatasetUpdateRule | Mapping[str, object] | None
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class DatasetsDocumentsDeleteParams(TypedDict, total=False):
    """The arguments of `datasets.documents.delete`."""

    document_ids: Required[Sequence[str]]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class DatasetsDocumentsListParams(TypedDict, total=False):
    """The arguments of `datasets.documents.list`."""

    dataset_id: Required[str]
    page: int | None
    size: int | None
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class WorkflowsRunsCreateParams(TypedDict, total=False):
    """The arguments of `workflows.runs.create`."""

    workflow_id: Required[str]
    parameters: Mapping[str, JsonValue] | None
    bot_id: str | None
    app_id: str | None
    is_async: bool | None
    ext: Mapping[str, str] | None
    workflow_version: str | None
    connector_id: str | None
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class WorkflowsRunsStreamParams(TypedDict, total=False):
    """The arguments of `workflows.runs.stream`."""

    workflow_id: Required[str]
    parameters: Mapping[str, JsonValue] | None
    bot_id: str | None
    app_id: str | None
    ext: Mapping[str, str] | None
    workflow_version: str | None
    connector_id: str | None
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class WorkflowsRunsResumeParams(TypedDict, total=False):
    """The arguments of `workflows.runs.resume`."""

    workflow_id: Required[str]
    event_id: Required[str]
    resume_data: Required[str]
    interrupt_type: Required[WorkflowInterruptType | Literal[2, 5, 6, 7]]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class WorkflowsRunsResumeNonstreamParams(TypedDict, total=False):
    """The arguments of `workflows.runs.resume_nonstream`."""

    workflow_id: Required[str]
    event_id: Required[str]
    resume_data: Required[str]
    interrupt_type: Required[WorkflowInterruptType | Literal[2, 5, 6, 7]]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class WorkflowsRunsHistoriesRetrieveParams(TypedDict, total=False):
    """The arguments of `workflows.runs.histories.retrieve`."""

    workflow_id: Required[str]
    execute_id: Required[str]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class WorkflowsRunsHistoriesExecuteNodesRetrieveParams(TypedDict, total=False):
    """The arguments of `workflows.runs.histories.execute_nodes.retrieve`."""

    workflow_id: Required[str]
    execute_id: Required[str]
    node_execute_uuid: Required[str]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class WorkflowsChatStreamParams(TypedDict, total=False):
    """The arguments of `workflows.chat.stream`."""

    workflow_id: Required[str]
    additional_messages: Required[Sequence[EnterMessage | Mapping[str, object]]]
    parameters: Mapping[str, JsonValue] | None
    app_id: str | None
    bot_id: str | None
    conversation_id: str | None
    ext: Mapping[str, str] | None
    workflow_version: str | None
    connector_id: str | None
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class WorkflowsRetrieveParams(TypedDict, total=False):
    """The arguments of `workflows.retrieve`."""

    workflow_id: Required[str]
    include_input_output: bool | None
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class WorkflowsListParams(TypedDict, total=False):
    """The arguments of `workflows.list`."""

    workspace_id: Required[str]
    page_num: int
    page_size: int | None
    workflow_mode: WorkflowMode | Literal["workflow", "chatflow"] | None
    app_id: str | None
    publish_status: BotPublishStatus | Literal["all", "published_online", "published_draft", "unpublished_draft"] | None
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class WorkflowsVersionsListParams(TypedDict, total=False):
    """The arguments of `workflows.versions.list`."""

    workflow_id: Required[str]
    publish_status: BotPublishStatus | Literal["all", "published_online", "published_draft", "unpublished_draft"] | None
    page_size: int | None
    page_token: str | None
    include_input_output: bool | None
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class WorkflowsCollaboratorsCreateParams(TypedDict, total=False):
    """The arguments of `workflows.collaborators.create`."""

    workflow_id: Required[str]
    collaborators: Required[Sequence[WorkflowCollaborator | Mapping[str, object]]]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class WorkflowsCollaboratorsDeleteParams(TypedDict, total=False):
    """The arguments of `workflows.collaborators.delete`."""

    workflow_id: Required[str]
    user_id: Required[str]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class WorkflowsCollaborationModesUpdateParams(TypedDict, total=False):
    """The arguments of `workflows.collaboration_modes.update`."""

    workflow_id: Required[str]
    collaboration_mode: Required[CollaborationMode | Literal["single", "collaboration"]]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class AudioSpeechCreateParams(TypedDict, total=False):
    """The arguments of `audio.speech.create`."""

    input: Required[str]
    voice_id: Required[str]
    response_format: Literal["wav", "pcm", "ogg_opus", "mp3"] | None
    speed: float | None
    sample_rate: Literal[8000, 16000, 22050, 24000, 32000, 44100, 48000] | None
    emotion: (
        VoiceEmotion
        | Literal["happy", "sad", "angry", "surprised", "fear", "hate", "excited", "coldness", "neutral"]
        | None
    )
    emotion_scale: float | None
    loudness_rate: int | None
    context_texts: str | None
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class AudioTranscriptionsCreateParams(TypedDict, total=False):
    """The arguments of `audio.transcriptions.create`."""

    file: Required[FileInput]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class AudioVoicesCloneParams(TypedDict, total=False):
    """The arguments of `audio.voices.clone`."""

    file: Required[FileInput]
    voice_name: Required[str]
    audio_format: Required[Literal["wav", "mp3", "ogg", "m4a", "aac", "pcm"]]
    language: VoiceLanguage | Literal["zh", "en", "ja", "es", "id", "pt"] | None
    voice_id: str | None
    preview_text: str | None
    text: str | None
    space_id: str | None
    description: str | None
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class AudioVoicesListParams(TypedDict, total=False):
    """The arguments of `audio.voices.list`."""

    filter_system_voice: bool | None
    model_type: VoiceModelType | Literal["big", "small"] | None
    voice_state: VoiceState | Literal["init", "cloned", "all"] | None
    page_num: int | None
    page_size: int | None
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class AudioRoomsCreateParams(TypedDict, total=False):
    """The arguments of `audio.rooms.create`."""

    bot_id: Required[str]
    conversation_id: str | None
    voice_id: str | None
    uid: str | None
    workflow_id: str | None
    connector_id: str | None
    config: RoomConfig | Mapping[str, object] | None
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class AudioLiveRetrieveParams(TypedDict, total=False):
    """The arguments of `audio.live.retrieve`."""

    live_id: Required[str]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class AudioVoiceprintGroupsListParams(TypedDict, total=False):
    """The arguments of `audio.voiceprint_groups.list`."""

    page_num: int | None
    page_size: int | None
    name: str | None
    group_id: str | None
    user_id: str | None
    coze_account_id: str | None
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class AudioVoiceprintGroupsCreateParams(TypedDict, total=False):
    """The arguments of `audio.voiceprint_groups.create`."""

    name: Required[str]
    desc: str | None
    coze_account_id: str | None
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class AudioVoiceprintGroupsUpdateParams(TypedDict, total=False):
    """The arguments of `audio.voiceprint_groups.update`."""

    group_id: Required[str]
    name: str | None
    desc: str | None
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class AudioVoiceprintGroupsDeleteParams(TypedDict, total=False):
    """The arguments of `audio.voiceprint_groups.delete`."""

    group_id: Required[str]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class AudioVoiceprintGroupsSpeakerIdentifyParams(TypedDict, total=False):
    """The arguments of `audio.voiceprint_groups.speaker_identify`."""

    group_id: Required[str]
    file: Required[FileInput]
    top_k: int | None
    sample_rate: int | None
    channel: int | None
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class AudioVoiceprintGroupsFeaturesListParams(TypedDict, total=False):
    """The arguments of `audio.voiceprint_groups.features.list`."""

    group_id: Required[str]
    page_num: int | None
    page_size: int | None
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class AudioVoiceprintGroupsFeaturesCreateParams(TypedDict, total=False):
    """The arguments of `audio.voiceprint_groups.features.create`."""

    group_id: Required[str]
    file: Required[FileInput]
    name: Required[str]
    desc: str | None
    sample_rate: int | None
    channel: int | None
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class AudioVoiceprintGroupsFeaturesUpdateParams(TypedDict, total=False):
    """The arguments of `audio.voiceprint_groups.features.update`."""

    group_id: Required[str]
    feature_id: Required[str]
    file: FileInput | None
    name: str | None
    desc: str | None
    sample_rate: int | None
    channel: int | None
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class AudioVoiceprintGroupsFeaturesDeleteParams(TypedDict, total=False):
    """The arguments of `audio.voiceprint_groups.features.delete`."""

    group_id: Required[str]
    feature_id: Required[str]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class EnterprisesMembersCreateParams(TypedDict, total=False):
    """The arguments of `enterprises.members.create`."""

    enterprise_id: Required[str]
    users: Required[Sequence[EnterpriseMemberInput | Mapping[str, object]]]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class EnterprisesMembersUpdateParams(TypedDict, total=False):
    """The arguments of `enterprises.members.update`."""

    enterprise_id: Required[str]
    user_id: Required[str]
    role: Required[EnterpriseMemberRole | Literal["enterprise_admin", "enterprise_member"]]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class EnterprisesMembersDeleteParams(TypedDict, total=False):
    """The arguments of `enterprises.members.delete`."""

    enterprise_id: Required[str]
    user_id: Required[str]
    receiver_user_id: Required[str]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class EnterprisesOrganizationsListParams(TypedDict, total=False):
    """The arguments of `enterprises.organizations.list`."""

    enterprise_id: Required[str]
    page_num: int | None
    page_size: int | None
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class EnterprisesOrganizationsCreateParams(TypedDict, total=False):
    """The arguments of `enterprises.organizations.create`."""

    enterprise_id: Required[str]
    name: Required[str]
    super_admin_user_id: Required[str]
    description: str | None
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class EnterprisesOrganizationsUpdateParams(TypedDict, total=False):
    """The arguments of `enterprises.organizations.update`."""

    organization_id: Required[str]
    name: str | None
    description: str | None
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class EnterprisesOrganizationsMembersListParams(TypedDict, total=False):
    """The arguments of `enterprises.organizations.members.list`."""

    organization_id: Required[str]
    page_num: int | None
    page_size: int | None
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class EnterprisesOrganizationsMembersCreateParams(TypedDict, total=False):
    """The arguments of `enterprises.organizations.members.create`."""

    organization_id: Required[str]
    organization_people: Required[Sequence[EnterpriseOrganizationMemberInput | Mapping[str, object]]]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class EnterprisesOrganizationsMembersUpdateParams(TypedDict, total=False):
    """The arguments of `enterprises.organizations.members.update`."""

    organization_id: Required[str]
    user_id: Required[str]
    organization_role_type: Required[
        EnterpriseOrganizationRoleType
        | Literal["organization_super_admin", "organization_admin", "organization_member", "organization_guest"]
    ]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class EnterprisesOrganizationsMembersDeleteParams(TypedDict, total=False):
    """The arguments of `enterprises.organizations.members.delete`."""

    organization_id: Required[str]
    user_id: Required[str]
    receiver_user_id: Required[str]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class BenefitsRetrieveParams(TypedDict, total=False):
    """The arguments of `benefits.retrieve`."""

    benefit_type_list: Sequence[BenefitType | Literal["api_run_qps", "call_tool_limit"]] | None
    resource_id: Literal["plugin", "chat", "workflow"] | None
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class BenefitsLimitationsListParams(TypedDict, total=False):
    """The arguments of `benefits.limitations.list`."""

    entity_type: Required[
        BenefitLimitationEntityType
        | Literal[
            "enterprise_all_devices", "enterprise_all_custom_consumers", "single_device", "single_custom_consumer"
        ]
    ]
    entity_id: str | None
    benefit_type: Required[
        BenefitLimitationType
        | Literal["resource_point", "voice_unified_duration_system", "voice_unified_duration_custom"]
    ]
    status: BenefitLimitationStatus | Literal["valid", "frozen"] | None
    page_token: str | None
    page_size: int | None
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class BenefitsLimitationsCreateParams(TypedDict, total=False):
    """The arguments of `benefits.limitations.create`."""

    entity_type: Required[
        BenefitLimitationEntityType
        | Literal[
            "enterprise_all_devices", "enterprise_all_custom_consumers", "single_device", "single_custom_consumer"
        ]
    ]
    entity_id: str | None
    benefit_info: Required[BenefitLimitationInput | Mapping[str, object]]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class BenefitsLimitationsUpdateParams(TypedDict, total=False):
    """The arguments of `benefits.limitations.update`."""

    benefit_id: Required[str]
    active_mode: BenefitLimitationActiveMode | Literal["absolute_time"] | None
    started_at: int | None
    ended_at: int | None
    limit: int | None
    status: BenefitLimitationStatus | Literal["valid", "frozen"] | None
    trigger_unit: BenefitLimitationTriggerUnit | Literal["never", "minute", "hour", "day"] | None
    trigger_time: int | None
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class BillTasksListParams(TypedDict, total=False):
    """The arguments of `bill_tasks.list`."""

    task_ids: Sequence[str] | None
    page_num: int | None
    page_size: int | None
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class BillTasksCreateParams(TypedDict, total=False):
    """The arguments of `bill_tasks.create`."""

    started_at: int | None
    ended_at: int | None
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class PluginsRetrieveParams(TypedDict, total=False):
    """The arguments of `plugins.retrieve`."""

    plugin_id: Required[str]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class PluginsBatchRetrieveParams(TypedDict, total=False):
    """The arguments of `plugins.batch_retrieve`."""

    ids: Required[Sequence[str]]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class PluginsToolsCallParams(TypedDict, total=False):
    """The arguments of `plugins.tools.call`."""

    plugin_id: Required[str]
    tool_name: Required[str]
    arguments: Required[Mapping[str, JsonValue]]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class PluginsListParams(TypedDict, total=False):
    """The arguments of `plugins.list`."""

    keyword: str | None
    is_official: bool | None
    category_ids: Sequence[str] | None
    page_num: int | None
    page_size: int | None
    sort_type: Literal["heat", "newest", "relative"] | None
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class PluginsCategoriesListParams(TypedDict, total=False):
    """The arguments of `plugins.categories.list`."""

    entity_type: Required[Literal["plugin"]]
    page_num: int | None
    page_size: int | None
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class ConnectorsBindParams(TypedDict, total=False):
    """The arguments of `connectors.bind`."""

    connector_id: Required[str]
    configs: Required[Sequence[ConnectorUserConfig | Mapping[str, object]]]
    user_id: str | None
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class ConnectorsInstallParams(TypedDict, total=False):
    """The arguments of `connectors.install`."""

    connector_id: Required[str]
    workspace_id: Required[str]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class ConnectorsBotsUpdateParams(TypedDict, total=False):
    """The arguments of `connectors.bots.update`."""

    connector_id: Required[str]
    bot_id: Required[str]
    audit_status: ConnectorBotAuditStatus | Literal[1, 2, 3] | None
    reason: str | None
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class ApiAppsListParams(TypedDict, total=False):
    """The arguments of `api_apps.list`."""

    app_type: ApiAppType | Literal["normal", "connector"] | None
    page_token: str | None
    page_size: int | None
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class ApiAppsCreateParams(TypedDict, total=False):
    """The arguments of `api_apps.create`."""

    app_type: Required[ApiAppType | Literal["normal", "connector"]]
    name: str | None
    connector_id: str | None
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class ApiAppsUpdateParams(TypedDict, total=False):
    """The arguments of `api_apps.update`."""

    api_app_id: Required[str]
    name: str | None
    callback_url: str | None
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class ApiAppsDeleteParams(TypedDict, total=False):
    """The arguments of `api_apps.delete`."""

    api_app_id: Required[str]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class ApiAppsEventsListParams(TypedDict, total=False):
    """The arguments of `api_apps.events.list`."""

    api_app_id: Required[str]
    page_token: str | None
    page_size: int | None
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class ApiAppsEventsCreateParams(TypedDict, total=False):
    """The arguments of `api_apps.events.create`."""

    api_app_id: Required[str]
    event_types: Required[
        Sequence[
            ApiAppEventType
            | Literal[
                "bot.published",
                "bot.deleted",
                "bot.unpublished",
                "benefit.usage",
                "benefit.plugin.scale.requested",
                "benefit.plugin.scale.expired",
            ]
        ]
    ]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class ApiAppsEventsDeleteParams(TypedDict, total=False):
    """The arguments of `api_apps.events.delete`."""

    api_app_id: Required[str]
    event_types: Required[
        Sequence[
            ApiAppEventType
            | Literal[
                "bot.published",
                "bot.deleted",
                "bot.unpublished",
                "benefit.usage",
                "benefit.plugin.scale.requested",
                "benefit.plugin.scale.expired",
            ]
        ]
    ]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class EntitiesCopyTasksCreateParams(TypedDict, total=False):
    """The arguments of `entities.copy_tasks.create`."""

    entity_id: str | None
    entity_type: EntityCopyType | Literal["app", "bot", "workflow"] | None
    to_workspace_id: str | None
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class EntitiesCopyTasksRetrieveParams(TypedDict, total=False):
    """The arguments of `entities.copy_tasks.retrieve`."""

    task_id: Required[str]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class OauthTokenParams(TypedDict, total=False):
    """The arguments of `oauth.token`."""

    grant_type: Required[
        OAuthGrantType
        | Literal[
            "authorization_code",
            "refresh_token",
            "urn:ietf:params:oauth:grant-type:jwt-bearer",
            "urn:ietf:params:oauth:grant-type:device_code",
        ]
    ]
    client_id: str | None
    code: str | None
    redirect_uri: str | None
    code_verifier: str | None
    refresh_token: str | None
    device_code: str | None
    duration_seconds: int | None
    scope: OAuthScope | Mapping[str, object] | None
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class OauthTokenForAccountParams(TypedDict, total=False):
    """The arguments of `oauth.token_for_account`."""

    account_id: Required[str]
    grant_type: Required[OAuthJwtGrantType | Literal["urn:ietf:params:oauth:grant-type:jwt-bearer"]]
    duration_seconds: int | None
    scope: OAuthScope | Mapping[str, object] | None
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class OauthTokenForEnterpriseParams(TypedDict, total=False):
    """The arguments of `oauth.token_for_enterprise`."""

    enterprise_id: Required[str]
    grant_type: Required[OAuthJwtGrantType | Literal["urn:ietf:params:oauth:grant-type:jwt-bearer"]]
    duration_seconds: int | None
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class OauthDeviceCodeParams(TypedDict, total=False):
    """The arguments of `oauth.device_code`."""

    client_id: Required[str]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None


class OauthDeviceCodeForWorkspaceParams(TypedDict, total=False):
    """The arguments of `oauth.device_code_for_workspace`."""

    workspace_id: Required[str]
    client_id: Required[str]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    max_retries: int | None
