"""The keyword arguments of every operation, as TypedDicts.

Generated from openapi/coze.yaml by `make gen`; never edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Required, TypedDict

from ._runtime import FileInput, TimeoutInput
from .types import Unset

if TYPE_CHECKING:
    from .models.api_app_event_type import ApiAppEventType
    from .models.api_app_type import ApiAppType
    from .models.app_collaborator import AppCollaborator
    from .models.app_publish_status import AppPublishStatus
    from .models.audio_speech_create_request_response_format import AudioSpeechCreateRequestResponseFormat
    from .models.audio_speech_create_request_sample_rate import AudioSpeechCreateRequestSampleRate
    from .models.audio_voices_clone_request_audio_format import AudioVoicesCloneRequestAudioFormat
    from .models.benefit_limitation_active_mode import BenefitLimitationActiveMode
    from .models.benefit_limitation_entity_type import BenefitLimitationEntityType
    from .models.benefit_limitation_input import BenefitLimitationInput
    from .models.benefit_limitation_status import BenefitLimitationStatus
    from .models.benefit_limitation_trigger_unit import BenefitLimitationTriggerUnit
    from .models.benefit_limitation_type import BenefitLimitationType
    from .models.benefit_type import BenefitType
    from .models.benefits_retrieve_resource_id import BenefitsRetrieveResourceId
    from .models.bot_collaborator import BotCollaborator
    from .models.bot_knowledge_config import BotKnowledgeConfig
    from .models.bot_model_info import BotModelInfo
    from .models.bot_onboarding_info import BotOnboardingInfo
    from .models.bot_plugin_id_list import BotPluginIdList
    from .models.bot_prompt_info import BotPromptInfo
    from .models.bot_publish_status import BotPublishStatus
    from .models.bot_suggest_reply_info import BotSuggestReplyInfo
    from .models.bot_workflow_id_list import BotWorkflowIdList
    from .models.bots_collaboration_modes_update_request_collaboration_mode import (
        BotsCollaborationModesUpdateRequestCollaborationMode,
    )
    from .models.bots_versions_list_publish_status import BotsVersionsListPublishStatus
    from .models.chat_message_role import ChatMessageRole
    from .models.chat_publish_status import ChatPublishStatus
    from .models.chat_shortcut_command import ChatShortcutCommand
    from .models.chat_tool_output import ChatToolOutput
    from .models.connector_bot_audit_status import ConnectorBotAuditStatus
    from .models.connector_user_config import ConnectorUserConfig
    from .models.conversation_message_feedback_type import ConversationMessageFeedbackType
    from .models.conversation_message_order import ConversationMessageOrder
    from .models.conversation_sort_order import ConversationSortOrder
    from .models.dataset_chunk_strategy import DatasetChunkStrategy
    from .models.dataset_document_base import DatasetDocumentBase
    from .models.dataset_format_type import DatasetFormatType
    from .models.dataset_update_rule import DatasetUpdateRule
    from .models.enter_message import EnterMessage
    from .models.enter_message_content_type import EnterMessageContentType
    from .models.enterprise_member_input import EnterpriseMemberInput
    from .models.enterprise_member_role import EnterpriseMemberRole
    from .models.enterprise_organization_member_input import EnterpriseOrganizationMemberInput
    from .models.enterprise_organization_role_type import EnterpriseOrganizationRoleType
    from .models.entity_copy_type import EntityCopyType
    from .models.folder_type import FolderType
    from .models.o_auth_grant_type import OAuthGrantType
    from .models.o_auth_jwt_grant_type import OAuthJwtGrantType
    from .models.o_auth_scope import OAuthScope
    from .models.plugins_categories_list_entity_type import PluginsCategoriesListEntityType
    from .models.plugins_list_sort_type import PluginsListSortType
    from .models.plugins_tools_call_request_arguments import PluginsToolsCallRequestArguments
    from .models.room_config import RoomConfig
    from .models.room_join_info import RoomJoinInfo
    from .models.simple_app import SimpleApp
    from .models.simple_bot import SimpleBot
    from .models.simple_folder import SimpleFolder
    from .models.template_duplicate_result import TemplateDuplicateResult
    from .models.user import User
    from .models.variable_assignment import VariableAssignment
    from .models.variables_retrieve_result import VariablesRetrieveResult
    from .models.variables_update_response import VariablesUpdateResponse
    from .models.voice import Voice
    from .models.voice_clone_result import VoiceCloneResult
    from .models.voice_emotion import VoiceEmotion
    from .models.voice_language import VoiceLanguage
    from .models.voice_list_result import VoiceListResult
    from .models.voice_model_type import VoiceModelType
    from .models.voice_state import VoiceState
    from .models.voiceprint_feature import VoiceprintFeature
    from .models.voiceprint_feature_create_result import VoiceprintFeatureCreateResult
    from .models.voiceprint_feature_list_result import VoiceprintFeatureListResult
    from .models.voiceprint_group import VoiceprintGroup
    from .models.voiceprint_group_create_result import VoiceprintGroupCreateResult
    from .models.voiceprint_group_list_result import VoiceprintGroupListResult
    from .models.voiceprint_speaker_identify_result import VoiceprintSpeakerIdentifyResult
    from .models.workflow_basic import WorkflowBasic
    from .models.workflow_chat_done_event import WorkflowChatDoneEvent
    from .models.workflow_collaboration_mode import WorkflowCollaborationMode
    from .models.workflow_collaborator import WorkflowCollaborator
    from .models.workflow_done_event import WorkflowDoneEvent
    from .models.workflow_error_event import WorkflowErrorEvent
    from .models.workflow_info import WorkflowInfo
    from .models.workflow_interrupt_event import WorkflowInterruptEvent
    from .models.workflow_interrupt_type import WorkflowInterruptType
    from .models.workflow_list_result import WorkflowListResult
    from .models.workflow_message_event import WorkflowMessageEvent
    from .models.workflow_mode import WorkflowMode
    from .models.workflow_node_execute_history import WorkflowNodeExecuteHistory
    from .models.workflow_publish_status import WorkflowPublishStatus
    from .models.workflow_run_history import WorkflowRunHistory
    from .models.workflow_run_result import WorkflowRunResult
    from .models.workflow_version import WorkflowVersion
    from .models.workflow_version_list_result import WorkflowVersionListResult
    from .models.workflows_chat_stream_request_ext import WorkflowsChatStreamRequestExt
    from .models.workflows_chat_stream_request_parameters import WorkflowsChatStreamRequestParameters
    from .models.workflows_collaboration_modes_update_response import WorkflowsCollaborationModesUpdateResponse
    from .models.workflows_collaborators_create_response import WorkflowsCollaboratorsCreateResponse
    from .models.workflows_collaborators_delete_response import WorkflowsCollaboratorsDeleteResponse
    from .models.workflows_runs_create_request_ext import WorkflowsRunsCreateRequestExt
    from .models.workflows_runs_create_request_parameters import WorkflowsRunsCreateRequestParameters
    from .models.workflows_runs_stream_request_ext import WorkflowsRunsStreamRequestExt
    from .models.workflows_runs_stream_request_parameters import WorkflowsRunsStreamRequestParameters
    from .models.workspace import Workspace
    from .models.workspace_member import WorkspaceMember
    from .models.workspace_new_member import WorkspaceNewMember
    from .models.workspaces_create_result import WorkspacesCreateResult
    from .models.workspaces_list_result import WorkspacesListResult
    from .models.workspaces_members_create_result import WorkspacesMembersCreateResult
    from .models.workspaces_members_delete_result import WorkspacesMembersDeleteResult
    from .models.workspaces_members_list_result import WorkspacesMembersListResult
    from .models.workspaces_update_response import WorkspacesUpdateResponse


class ChatCreateParams(TypedDict, total=False):
    """The arguments of `chat_create`."""

    conversation_id: str | Unset
    bot_id: Required[str]
    user_id: Required[str]
    additional_messages: Sequence[EnterMessage | Mapping[str, Any]] | Unset
    custom_variables: Mapping[str, str] | Unset
    auto_save_history: bool | Unset
    meta_data: Mapping[str, str] | Unset
    extra_params: Mapping[str, str] | Unset
    shortcut_command: ChatShortcutCommand | Mapping[str, Any] | Unset
    parameters: Mapping[str, Any] | Unset
    enable_card: bool | Unset
    publish_status: ChatPublishStatus | str | Unset
    bot_version: str | Unset
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class ChatRetrieveParams(TypedDict, total=False):
    """The arguments of `chat_retrieve`."""

    conversation_id: Required[str]
    chat_id: Required[str]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class ChatCancelParams(TypedDict, total=False):
    """The arguments of `chat_cancel`."""

    conversation_id: Required[str]
    chat_id: Required[str]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class ChatSubmitToolOutputsParams(TypedDict, total=False):
    """The arguments of `chat_submit_tool_outputs`."""

    conversation_id: Required[str]
    chat_id: Required[str]
    tool_outputs: Required[Sequence[ChatToolOutput | Mapping[str, Any]]]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class ChatMessagesListParams(TypedDict, total=False):
    """The arguments of `chat_messages_list`."""

    conversation_id: Required[str]
    chat_id: Required[str]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class ConversationsCreateParams(TypedDict, total=False):
    """The arguments of `conversations_create`."""

    bot_id: str | Unset
    name: str | Unset
    messages: Sequence[EnterMessage | Mapping[str, Any]] | Unset
    meta_data: Mapping[str, str] | Unset
    connector_id: str | Unset
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class ConversationsRetrieveParams(TypedDict, total=False):
    """The arguments of `conversations_retrieve`."""

    conversation_id: Required[str]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class ConversationsListParams(TypedDict, total=False):
    """The arguments of `conversations_list`."""

    bot_id: Required[str]
    page_num: int | Unset
    page_size: int | Unset
    sort_order: ConversationSortOrder | str | Unset
    connector_id: str | Unset
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class ConversationsUpdateParams(TypedDict, total=False):
    """The arguments of `conversations_update`."""

    conversation_id: Required[str]
    name: Required[str]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class ConversationsDeleteParams(TypedDict, total=False):
    """The arguments of `conversations_delete`."""

    conversation_id: Required[str]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class ConversationsClearParams(TypedDict, total=False):
    """The arguments of `conversations_clear`."""

    conversation_id: Required[str]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class ConversationsMessagesCreateParams(TypedDict, total=False):
    """The arguments of `conversations_messages_create`."""

    conversation_id: Required[str]
    role: Required[ChatMessageRole | str]
    content: Required[str]
    content_type: Required[EnterMessageContentType | str]
    meta_data: Mapping[str, str] | Unset
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class ConversationsMessagesListParams(TypedDict, total=False):
    """The arguments of `conversations_messages_list`."""

    conversation_id: Required[str]
    order: ConversationMessageOrder | str | Unset
    chat_id: str | Unset
    before_id: str | Unset
    after_id: str | Unset
    limit: int | Unset
    include_middle_message: bool | Unset
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class ConversationsMessagesRetrieveParams(TypedDict, total=False):
    """The arguments of `conversations_messages_retrieve`."""

    conversation_id: Required[str]
    message_id: Required[str]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class ConversationsMessagesUpdateParams(TypedDict, total=False):
    """The arguments of `conversations_messages_update`."""

    conversation_id: Required[str]
    message_id: Required[str]
    content: str | Unset
    content_type: EnterMessageContentType | str | Unset
    meta_data: Mapping[str, str] | Unset
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class ConversationsMessagesDeleteParams(TypedDict, total=False):
    """The arguments of `conversations_messages_delete`."""

    conversation_id: Required[str]
    message_id: Required[str]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class ConversationsMessagesFeedbackCreateParams(TypedDict, total=False):
    """The arguments of `conversations_messages_feedback_create`."""

    conversation_id: Required[str]
    message_id: Required[str]
    feedback_type: Required[ConversationMessageFeedbackType | str]
    reason_types: Sequence[str] | Unset
    comment: str | Unset
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class ConversationsMessagesFeedbackDeleteParams(TypedDict, total=False):
    """The arguments of `conversations_messages_feedback_delete`."""

    conversation_id: Required[str]
    message_id: Required[str]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class BotsCreateParams(TypedDict, total=False):
    """The arguments of `bots_create`."""

    space_id: Required[str]
    name: Required[str]
    description: str | Unset
    icon_file_id: str | Unset
    prompt_info: BotPromptInfo | Mapping[str, Any] | Unset
    onboarding_info: BotOnboardingInfo | Mapping[str, Any] | Unset
    suggest_reply_info: BotSuggestReplyInfo | Mapping[str, Any] | Unset
    model_info_config: BotModelInfo | Mapping[str, Any] | Unset
    plugin_id_list: BotPluginIdList | Mapping[str, Any] | Unset
    workflow_id_list: BotWorkflowIdList | Mapping[str, Any] | Unset
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class BotsUpdateParams(TypedDict, total=False):
    """The arguments of `bots_update`."""

    bot_id: Required[str]
    name: str | Unset
    description: str | Unset
    icon_file_id: str | Unset
    prompt_info: BotPromptInfo | Mapping[str, Any] | Unset
    onboarding_info: BotOnboardingInfo | Mapping[str, Any] | Unset
    knowledge: BotKnowledgeConfig | Mapping[str, Any] | Unset
    suggest_reply_info: BotSuggestReplyInfo | Mapping[str, Any] | Unset
    model_info_config: BotModelInfo | Mapping[str, Any] | Unset
    plugin_id_list: BotPluginIdList | Mapping[str, Any] | Unset
    workflow_id_list: BotWorkflowIdList | Mapping[str, Any] | Unset
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class BotsPublishParams(TypedDict, total=False):
    """The arguments of `bots_publish`."""

    bot_id: Required[str]
    connector_ids: Required[Sequence[str]]
    connectors: Mapping[str, Mapping[str, str]] | Unset
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class BotsUnpublishParams(TypedDict, total=False):
    """The arguments of `bots_unpublish`."""

    bot_id: Required[str]
    connector_id: Required[str]
    unpublish_reason: str | Unset
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class BotsRetrieveParams(TypedDict, total=False):
    """The arguments of `bots_retrieve`."""

    bot_id: Required[str]
    is_published: bool | Unset
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class BotsRetrieveV1Params(TypedDict, total=False):
    """The arguments of `bots_retrieve_v1`."""

    bot_id: Required[str]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class BotsListParams(TypedDict, total=False):
    """The arguments of `bots_list`."""

    workspace_id: Required[str]
    publish_status: BotPublishStatus | str | Unset
    connector_id: str | Unset
    page_num: int | Unset
    page_size: int | Unset
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class BotsListV1Params(TypedDict, total=False):
    """The arguments of `bots_list_v1`."""

    space_id: Required[str]
    page_index: int | Unset
    page_size: int | Unset
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class BotsVersionsListParams(TypedDict, total=False):
    """The arguments of `bots_versions_list`."""

    bot_id: Required[str]
    publish_status: BotsVersionsListPublishStatus | str | Unset
    connector_id: str | Unset
    page_num: int | Unset
    page_size: int | Unset
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class BotsCollaboratorsCreateParams(TypedDict, total=False):
    """The arguments of `bots_collaborators_create`."""

    bot_id: Required[str]
    collaborators: Required[Sequence[BotCollaborator | Mapping[str, Any]]]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class BotsCollaboratorsDeleteParams(TypedDict, total=False):
    """The arguments of `bots_collaborators_delete`."""

    bot_id: Required[str]
    user_id: Required[str]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class BotsCollaborationModesUpdateParams(TypedDict, total=False):
    """The arguments of `bots_collaboration_modes_update`."""

    bot_id: Required[str]
    collaboration_mode: Required[BotsCollaborationModesUpdateRequestCollaborationMode | str]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class AppsListParams(TypedDict, total=False):
    """The arguments of `apps_list`."""

    workspace_id: Required[str]
    publish_status: AppPublishStatus | str | Unset
    connector_id: str | Unset
    page_num: int | Unset
    page_size: int | Unset
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class AppsCollaboratorsCreateParams(TypedDict, total=False):
    """The arguments of `apps_collaborators_create`."""

    app_id: Required[str]
    collaborators: Required[Sequence[AppCollaborator | Mapping[str, Any]]]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class AppsCollaboratorsDeleteParams(TypedDict, total=False):
    """The arguments of `apps_collaborators_delete`."""

    app_id: Required[str]
    user_id: Required[str]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class TemplatesDuplicateParams(TypedDict, total=False):
    """The arguments of `templates_duplicate`."""

    template_id: Required[str]
    workspace_id: Required[str]
    name: str | Unset
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class WorkspacesListParams(TypedDict, total=False):
    """The arguments of `workspaces_list`."""

    page_num: int | Unset
    page_size: int | Unset
    enterprise_id: str | Unset
    user_id: str | Unset
    coze_account_id: str | Unset
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class WorkspacesCreateParams(TypedDict, total=False):
    """The arguments of `workspaces_create`."""

    name: Required[str]
    description: Required[str]
    icon_file_id: str | Unset
    coze_account_id: str | Unset
    owner_uid: str | Unset
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class WorkspacesUpdateParams(TypedDict, total=False):
    """The arguments of `workspaces_update`."""

    workspace_id: Required[str]
    name: str | Unset
    description: str | Unset
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class WorkspacesMembersListParams(TypedDict, total=False):
    """The arguments of `workspaces_members_list`."""

    workspace_id: Required[str]
    page_num: int | Unset
    page_size: int | Unset
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class WorkspacesMembersCreateParams(TypedDict, total=False):
    """The arguments of `workspaces_members_create`."""

    workspace_id: Required[str]
    users: Required[Sequence[WorkspaceNewMember | Mapping[str, Any]]]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class WorkspacesMembersDeleteParams(TypedDict, total=False):
    """The arguments of `workspaces_members_delete`."""

    workspace_id: Required[str]
    user_ids: Required[Sequence[str]]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class UsersMeParams(TypedDict, total=False):
    """The arguments of `users_me`."""

    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class VariablesRetrieveParams(TypedDict, total=False):
    """The arguments of `variables_retrieve`."""

    connector_uid: Required[str]
    keywords: Sequence[str] | Unset
    app_id: str | Unset
    bot_id: str | Unset
    connector_id: str | Unset
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class VariablesUpdateParams(TypedDict, total=False):
    """The arguments of `variables_update`."""

    connector_uid: Required[str]
    data: Required[Sequence[VariableAssignment | Mapping[str, Any]]]
    app_id: str | Unset
    bot_id: str | Unset
    connector_id: str | Unset
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class FoldersListParams(TypedDict, total=False):
    """The arguments of `folders_list`."""

    workspace_id: Required[str]
    folder_type: Required[FolderType | str]
    parent_folder_id: str | Unset
    page_num: int | Unset
    page_size: int | Unset
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class FoldersRetrieveParams(TypedDict, total=False):
    """The arguments of `folders_retrieve`."""

    folder_id: Required[str]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class FilesUploadParams(TypedDict, total=False):
    """The arguments of `files_upload`."""

    file: Required[FileInput]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class FilesRetrieveParams(TypedDict, total=False):
    """The arguments of `files_retrieve`."""

    file_id: Required[str]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class DatasetsListParams(TypedDict, total=False):
    """The arguments of `datasets_list`."""

    space_id: Required[str]
    name: str | Unset
    format_type: DatasetFormatType | int | Unset
    page_num: int | Unset
    page_size: int | Unset
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class DatasetsCreateParams(TypedDict, total=False):
    """The arguments of `datasets_create`."""

    name: Required[str]
    space_id: Required[str]
    format_type: Required[DatasetFormatType | int]
    description: str | Unset
    file_id: str | Unset
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class DatasetsUpdateParams(TypedDict, total=False):
    """The arguments of `datasets_update`."""

    dataset_id: Required[str]
    name: Required[str]
    file_id: str | Unset
    description: str | Unset
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class DatasetsDeleteParams(TypedDict, total=False):
    """The arguments of `datasets_delete`."""

    dataset_id: Required[str]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class DatasetsProcessParams(TypedDict, total=False):
    """The arguments of `datasets_process`."""

    dataset_id: Required[str]
    document_ids: Required[Sequence[str]]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class DatasetsImagesListParams(TypedDict, total=False):
    """The arguments of `datasets_images_list`."""

    dataset_id: Required[str]
    page_num: int | Unset
    page_size: int | Unset
    keyword: str | Unset
    has_caption: bool | Unset
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class DatasetsImagesUpdateParams(TypedDict, total=False):
    """The arguments of `datasets_images_update`."""

    dataset_id: Required[str]
    document_id: Required[str]
    caption: Required[str]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class DatasetsDocumentsCreateParams(TypedDict, total=False):
    """The arguments of `datasets_documents_create`."""

    dataset_id: Required[str]
    document_bases: Required[Sequence[DatasetDocumentBase | Mapping[str, Any]]]
    chunk_strategy: Required[DatasetChunkStrategy | Mapping[str, Any]]
    format_type: Required[DatasetFormatType | int]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class DatasetsDocumentsUpdateParams(TypedDict, total=False):
    """The arguments of `datasets_documents_update`."""

    document_id: Required[str]
    document_name: str | Unset
    update_rule: DatasetUpdateRule | Mapping[str, Any] | Unset
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class DatasetsDocumentsDeleteParams(TypedDict, total=False):
    """The arguments of `datasets_documents_delete`."""

    document_ids: Required[Sequence[str]]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class DatasetsDocumentsListParams(TypedDict, total=False):
    """The arguments of `datasets_documents_list`."""

    dataset_id: Required[str]
    page: int | Unset
    size: int | Unset
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class WorkflowsRunsCreateParams(TypedDict, total=False):
    """The arguments of `workflows_runs_create`."""

    workflow_id: Required[str]
    parameters: Mapping[str, Any] | Unset
    bot_id: str | Unset
    app_id: str | Unset
    is_async: bool | Unset
    ext: Mapping[str, str] | Unset
    workflow_version: str | Unset
    connector_id: str | Unset
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class WorkflowsRunsStreamParams(TypedDict, total=False):
    """The arguments of `workflows_runs_stream`."""

    workflow_id: Required[str]
    parameters: Mapping[str, Any] | Unset
    bot_id: str | Unset
    app_id: str | Unset
    ext: Mapping[str, str] | Unset
    workflow_version: str | Unset
    connector_id: str | Unset
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class WorkflowsRunsResumeParams(TypedDict, total=False):
    """The arguments of `workflows_runs_resume`."""

    workflow_id: Required[str]
    event_id: Required[str]
    resume_data: Required[str]
    interrupt_type: Required[WorkflowInterruptType | int]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class WorkflowsRunsResumeNonstreamParams(TypedDict, total=False):
    """The arguments of `workflows_runs_resume_nonstream`."""

    workflow_id: Required[str]
    event_id: Required[str]
    resume_data: Required[str]
    interrupt_type: Required[WorkflowInterruptType | int]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class WorkflowsRunsHistoriesRetrieveParams(TypedDict, total=False):
    """The arguments of `workflows_runs_histories_retrieve`."""

    workflow_id: Required[str]
    execute_id: Required[str]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class WorkflowsRunsHistoriesExecuteNodesRetrieveParams(TypedDict, total=False):
    """The arguments of `workflows_runs_histories_execute_nodes_retrieve`."""

    workflow_id: Required[str]
    execute_id: Required[str]
    node_execute_uuid: Required[str]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class WorkflowsChatStreamParams(TypedDict, total=False):
    """The arguments of `workflows_chat_stream`."""

    workflow_id: Required[str]
    additional_messages: Required[Sequence[EnterMessage | Mapping[str, Any]]]
    parameters: Mapping[str, Any] | Unset
    app_id: str | Unset
    bot_id: str | Unset
    conversation_id: str | Unset
    ext: Mapping[str, str] | Unset
    workflow_version: str | Unset
    connector_id: str | Unset
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class WorkflowsRetrieveParams(TypedDict, total=False):
    """The arguments of `workflows_retrieve`."""

    workflow_id: Required[str]
    include_input_output: bool | Unset
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class WorkflowsListParams(TypedDict, total=False):
    """The arguments of `workflows_list`."""

    workspace_id: Required[str]
    page_num: Required[int]
    page_size: int | Unset
    workflow_mode: WorkflowMode | str | Unset
    app_id: str | Unset
    publish_status: WorkflowPublishStatus | str | Unset
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class WorkflowsVersionsListParams(TypedDict, total=False):
    """The arguments of `workflows_versions_list`."""

    workflow_id: Required[str]
    publish_status: WorkflowPublishStatus | str | Unset
    page_size: int | Unset
    page_token: str | Unset
    include_input_output: bool | Unset
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class WorkflowsCollaboratorsCreateParams(TypedDict, total=False):
    """The arguments of `workflows_collaborators_create`."""

    workflow_id: Required[str]
    collaborators: Required[Sequence[WorkflowCollaborator | Mapping[str, Any]]]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class WorkflowsCollaboratorsDeleteParams(TypedDict, total=False):
    """The arguments of `workflows_collaborators_delete`."""

    workflow_id: Required[str]
    user_id: Required[str]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class WorkflowsCollaborationModesUpdateParams(TypedDict, total=False):
    """The arguments of `workflows_collaboration_modes_update`."""

    workflow_id: Required[str]
    collaboration_mode: Required[WorkflowCollaborationMode | str]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class AudioSpeechCreateParams(TypedDict, total=False):
    """The arguments of `audio_speech_create`."""

    input_: Required[str]
    voice_id: Required[str]
    response_format: AudioSpeechCreateRequestResponseFormat | str | Unset
    speed: float | Unset
    sample_rate: AudioSpeechCreateRequestSampleRate | int | Unset
    emotion: VoiceEmotion | str | Unset
    emotion_scale: float | Unset
    loudness_rate: int | Unset
    context_texts: str | Unset
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class AudioTranscriptionsCreateParams(TypedDict, total=False):
    """The arguments of `audio_transcriptions_create`."""

    file: Required[FileInput]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class AudioVoicesCloneParams(TypedDict, total=False):
    """The arguments of `audio_voices_clone`."""

    file: Required[FileInput]
    voice_name: Required[str]
    audio_format: Required[AudioVoicesCloneRequestAudioFormat | str]
    language: VoiceLanguage | str | Unset
    voice_id: str | Unset
    preview_text: str | Unset
    text: str | Unset
    space_id: str | Unset
    description: str | Unset
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class AudioVoicesListParams(TypedDict, total=False):
    """The arguments of `audio_voices_list`."""

    filter_system_voice: bool | Unset
    model_type: VoiceModelType | str | Unset
    voice_state: VoiceState | str | Unset
    page_num: int | Unset
    page_size: int | Unset
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class AudioRoomsCreateParams(TypedDict, total=False):
    """The arguments of `audio_rooms_create`."""

    bot_id: Required[str]
    conversation_id: str | Unset
    voice_id: str | Unset
    uid: str | Unset
    workflow_id: str | Unset
    connector_id: str | Unset
    config: RoomConfig | Mapping[str, Any] | Unset
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class AudioLiveRetrieveParams(TypedDict, total=False):
    """The arguments of `audio_live_retrieve`."""

    live_id: Required[str]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class AudioVoiceprintGroupsListParams(TypedDict, total=False):
    """The arguments of `audio_voiceprint_groups_list`."""

    page_num: int | Unset
    page_size: int | Unset
    name: str | Unset
    group_id: str | Unset
    user_id: str | Unset
    coze_account_id: str | Unset
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class AudioVoiceprintGroupsCreateParams(TypedDict, total=False):
    """The arguments of `audio_voiceprint_groups_create`."""

    name: Required[str]
    desc: str | Unset
    coze_account_id: str | Unset
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class AudioVoiceprintGroupsUpdateParams(TypedDict, total=False):
    """The arguments of `audio_voiceprint_groups_update`."""

    group_id: Required[str]
    name: str | Unset
    desc: str | Unset
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class AudioVoiceprintGroupsDeleteParams(TypedDict, total=False):
    """The arguments of `audio_voiceprint_groups_delete`."""

    group_id: Required[str]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class AudioVoiceprintGroupsSpeakerIdentifyParams(TypedDict, total=False):
    """The arguments of `audio_voiceprint_groups_speaker_identify`."""

    group_id: Required[str]
    file: Required[FileInput]
    top_k: int | Unset
    sample_rate: int | Unset
    channel: int | Unset
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class AudioVoiceprintGroupsFeaturesListParams(TypedDict, total=False):
    """The arguments of `audio_voiceprint_groups_features_list`."""

    group_id: Required[str]
    page_num: int | Unset
    page_size: int | Unset
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class AudioVoiceprintGroupsFeaturesCreateParams(TypedDict, total=False):
    """The arguments of `audio_voiceprint_groups_features_create`."""

    group_id: Required[str]
    file: Required[FileInput]
    name: Required[str]
    desc: str | Unset
    sample_rate: int | Unset
    channel: int | Unset
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class AudioVoiceprintGroupsFeaturesUpdateParams(TypedDict, total=False):
    """The arguments of `audio_voiceprint_groups_features_update`."""

    group_id: Required[str]
    feature_id: Required[str]
    file: FileInput | Unset
    name: str | Unset
    desc: str | Unset
    sample_rate: int | Unset
    channel: int | Unset
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class AudioVoiceprintGroupsFeaturesDeleteParams(TypedDict, total=False):
    """The arguments of `audio_voiceprint_groups_features_delete`."""

    group_id: Required[str]
    feature_id: Required[str]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class EnterprisesMembersCreateParams(TypedDict, total=False):
    """The arguments of `enterprises_members_create`."""

    enterprise_id: Required[str]
    users: Required[Sequence[EnterpriseMemberInput | Mapping[str, Any]]]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class EnterprisesMembersUpdateParams(TypedDict, total=False):
    """The arguments of `enterprises_members_update`."""

    enterprise_id: Required[str]
    user_id: Required[str]
    role: Required[EnterpriseMemberRole | str]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class EnterprisesMembersDeleteParams(TypedDict, total=False):
    """The arguments of `enterprises_members_delete`."""

    enterprise_id: Required[str]
    user_id: Required[str]
    receiver_user_id: Required[str]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class EnterprisesOrganizationsListParams(TypedDict, total=False):
    """The arguments of `enterprises_organizations_list`."""

    enterprise_id: Required[str]
    page_num: int | Unset
    page_size: int | Unset
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class EnterprisesOrganizationsCreateParams(TypedDict, total=False):
    """The arguments of `enterprises_organizations_create`."""

    enterprise_id: Required[str]
    name: Required[str]
    super_admin_user_id: Required[str]
    description: str | Unset
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class EnterprisesOrganizationsUpdateParams(TypedDict, total=False):
    """The arguments of `enterprises_organizations_update`."""

    organization_id: Required[str]
    name: str | Unset
    description: str | Unset
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class EnterprisesOrganizationsMembersListParams(TypedDict, total=False):
    """The arguments of `enterprises_organizations_members_list`."""

    organization_id: Required[str]
    page_num: int | Unset
    page_size: int | Unset
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class EnterprisesOrganizationsMembersCreateParams(TypedDict, total=False):
    """The arguments of `enterprises_organizations_members_create`."""

    organization_id: Required[str]
    organization_people: Required[Sequence[EnterpriseOrganizationMemberInput | Mapping[str, Any]]]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class EnterprisesOrganizationsMembersUpdateParams(TypedDict, total=False):
    """The arguments of `enterprises_organizations_members_update`."""

    organization_id: Required[str]
    user_id: Required[str]
    organization_role_type: Required[EnterpriseOrganizationRoleType | str]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class EnterprisesOrganizationsMembersDeleteParams(TypedDict, total=False):
    """The arguments of `enterprises_organizations_members_delete`."""

    organization_id: Required[str]
    user_id: Required[str]
    receiver_user_id: Required[str]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class BenefitsRetrieveParams(TypedDict, total=False):
    """The arguments of `benefits_retrieve`."""

    benefit_type_list: Sequence[BenefitType | str] | Unset
    resource_id: BenefitsRetrieveResourceId | str | Unset
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class BenefitsLimitationsListParams(TypedDict, total=False):
    """The arguments of `benefits_limitations_list`."""

    entity_type: Required[BenefitLimitationEntityType | str]
    entity_id: str | Unset
    benefit_type: Required[BenefitLimitationType | str]
    status: BenefitLimitationStatus | str | Unset
    page_token: str | Unset
    page_size: int | Unset
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class BenefitsLimitationsCreateParams(TypedDict, total=False):
    """The arguments of `benefits_limitations_create`."""

    entity_type: Required[BenefitLimitationEntityType | str]
    benefit_info: Required[BenefitLimitationInput | Mapping[str, Any]]
    entity_id: str | Unset
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class BenefitsLimitationsUpdateParams(TypedDict, total=False):
    """The arguments of `benefits_limitations_update`."""

    benefit_id: Required[str]
    active_mode: BenefitLimitationActiveMode | str | Unset
    started_at: int | Unset
    ended_at: int | Unset
    limit: int | Unset
    status: BenefitLimitationStatus | str | Unset
    trigger_unit: BenefitLimitationTriggerUnit | str | Unset
    trigger_time: int | Unset
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class BillTasksListParams(TypedDict, total=False):
    """The arguments of `bill_tasks_list`."""

    task_ids: Sequence[str] | Unset
    page_num: int | Unset
    page_size: int | Unset
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class BillTasksCreateParams(TypedDict, total=False):
    """The arguments of `bill_tasks_create`."""

    started_at: int | Unset
    ended_at: int | Unset
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class PluginsRetrieveParams(TypedDict, total=False):
    """The arguments of `plugins_retrieve`."""

    plugin_id: Required[str]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class PluginsBatchRetrieveParams(TypedDict, total=False):
    """The arguments of `plugins_batch_retrieve`."""

    ids: Required[Sequence[str]]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class PluginsToolsCallParams(TypedDict, total=False):
    """The arguments of `plugins_tools_call`."""

    plugin_id: Required[str]
    tool_name: Required[str]
    arguments: Required[Mapping[str, Any]]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class PluginsListParams(TypedDict, total=False):
    """The arguments of `plugins_list`."""

    keyword: str | Unset
    is_official: bool | Unset
    category_ids: Sequence[str] | Unset
    page_num: int | Unset
    page_size: int | Unset
    sort_type: PluginsListSortType | str | Unset
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class PluginsCategoriesListParams(TypedDict, total=False):
    """The arguments of `plugins_categories_list`."""

    entity_type: Required[PluginsCategoriesListEntityType | str]
    page_num: int | Unset
    page_size: int | Unset
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class ConnectorsBindParams(TypedDict, total=False):
    """The arguments of `connectors_bind`."""

    connector_id: Required[str]
    configs: Required[Sequence[ConnectorUserConfig | Mapping[str, Any]]]
    user_id: str | Unset
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class ConnectorsInstallParams(TypedDict, total=False):
    """The arguments of `connectors_install`."""

    connector_id: Required[str]
    workspace_id: Required[str]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class ConnectorsBotsUpdateParams(TypedDict, total=False):
    """The arguments of `connectors_bots_update`."""

    connector_id: Required[str]
    bot_id: Required[str]
    audit_status: ConnectorBotAuditStatus | int | Unset
    reason: str | Unset
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class ApiAppsListParams(TypedDict, total=False):
    """The arguments of `api_apps_list`."""

    app_type: ApiAppType | str | Unset
    page_token: str | Unset
    page_size: int | Unset
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class ApiAppsCreateParams(TypedDict, total=False):
    """The arguments of `api_apps_create`."""

    app_type: Required[ApiAppType | str]
    name: str | Unset
    connector_id: str | Unset
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class ApiAppsUpdateParams(TypedDict, total=False):
    """The arguments of `api_apps_update`."""

    api_app_id: Required[str]
    name: str | Unset
    callback_url: str | Unset
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class ApiAppsDeleteParams(TypedDict, total=False):
    """The arguments of `api_apps_delete`."""

    api_app_id: Required[str]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class ApiAppsEventsListParams(TypedDict, total=False):
    """The arguments of `api_apps_events_list`."""

    api_app_id: Required[str]
    page_token: str | Unset
    page_size: int | Unset
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class ApiAppsEventsCreateParams(TypedDict, total=False):
    """The arguments of `api_apps_events_create`."""

    api_app_id: Required[str]
    event_types: Required[Sequence[ApiAppEventType | str]]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class ApiAppsEventsDeleteParams(TypedDict, total=False):
    """The arguments of `api_apps_events_delete`."""

    api_app_id: Required[str]
    event_types: Required[Sequence[ApiAppEventType | str]]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class EntitiesCopyTasksCreateParams(TypedDict, total=False):
    """The arguments of `entities_copy_tasks_create`."""

    entity_id: str | Unset
    entity_type: EntityCopyType | str | Unset
    to_workspace_id: str | Unset
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class EntitiesCopyTasksRetrieveParams(TypedDict, total=False):
    """The arguments of `entities_copy_tasks_retrieve`."""

    task_id: Required[str]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class OauthTokenParams(TypedDict, total=False):
    """The arguments of `oauth_token`."""

    grant_type: Required[OAuthGrantType | str]
    client_id: str | Unset
    code: str | Unset
    redirect_uri: str | Unset
    code_verifier: str | Unset
    refresh_token: str | Unset
    device_code: str | Unset
    duration_seconds: int | Unset
    scope: OAuthScope | Mapping[str, Any] | Unset
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class OauthTokenForAccountParams(TypedDict, total=False):
    """The arguments of `oauth_token_for_account`."""

    account_id: Required[str]
    grant_type: Required[OAuthJwtGrantType | str]
    duration_seconds: int | Unset
    scope: OAuthScope | Mapping[str, Any] | Unset
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class OauthTokenForEnterpriseParams(TypedDict, total=False):
    """The arguments of `oauth_token_for_enterprise`."""

    enterprise_id: Required[str]
    grant_type: Required[OAuthJwtGrantType | str]
    duration_seconds: int | Unset
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class OauthDeviceCodeParams(TypedDict, total=False):
    """The arguments of `oauth_device_code`."""

    client_id: Required[str]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset


class OauthDeviceCodeForWorkspaceParams(TypedDict, total=False):
    """The arguments of `oauth_device_code_for_workspace`."""

    workspace_id: Required[str]
    client_id: Required[str]
    timeout: TimeoutInput | Unset
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    max_retries: int | Unset
