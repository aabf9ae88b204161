"""The typed resource tree of the Coze API (`coze.chat.messages.list(...)`), sync and async.

Generated from openapi/coze.yaml by `make gen`; never edit by hand.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, Protocol

from . import operations as _ops
from ._runtime import (
    AsyncBinaryResult,
    AsyncEventStream,
    AsyncPage,
    AsyncRequester,
    BinaryResult,
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
    from .models.api_app import ApiApp
    from .models.api_app_event import ApiAppEvent
    from .models.api_app_event_type import ApiAppEventType
    from .models.api_app_type import ApiAppType
    from .models.api_apps_delete_response import ApiAppsDeleteResponse
    from .models.api_apps_events_create_response import ApiAppsEventsCreateResponse
    from .models.api_apps_events_delete_response import ApiAppsEventsDeleteResponse
    from .models.api_apps_update_response import ApiAppsUpdateResponse
    from .models.app_collaborator import AppCollaborator
    from .models.app_publish_status import AppPublishStatus
    from .models.apps_collaborators_create_response import AppsCollaboratorsCreateResponse
    from .models.apps_collaborators_delete_response import AppsCollaboratorsDeleteResponse
    from .models.audio_live_info import AudioLiveInfo
    from .models.audio_speech_create_request_response_format import AudioSpeechCreateRequestResponseFormat
    from .models.audio_speech_create_request_sample_rate import AudioSpeechCreateRequestSampleRate
    from .models.audio_transcription import AudioTranscription
    from .models.audio_voiceprint_groups_delete_response import AudioVoiceprintGroupsDeleteResponse
    from .models.audio_voiceprint_groups_features_delete_response import AudioVoiceprintGroupsFeaturesDeleteResponse
    from .models.audio_voiceprint_groups_features_update_response import AudioVoiceprintGroupsFeaturesUpdateResponse
    from .models.audio_voiceprint_groups_update_response import AudioVoiceprintGroupsUpdateResponse
    from .models.audio_voices_clone_request_audio_format import AudioVoicesCloneRequestAudioFormat
    from .models.benefit_limitation import BenefitLimitation
    from .models.benefit_limitation_active_mode import BenefitLimitationActiveMode
    from .models.benefit_limitation_created import BenefitLimitationCreated
    from .models.benefit_limitation_entity_type import BenefitLimitationEntityType
    from .models.benefit_limitation_input import BenefitLimitationInput
    from .models.benefit_limitation_status import BenefitLimitationStatus
    from .models.benefit_limitation_trigger_unit import BenefitLimitationTriggerUnit
    from .models.benefit_limitation_type import BenefitLimitationType
    from .models.benefit_overview import BenefitOverview
    from .models.benefit_type import BenefitType
    from .models.benefits_limitations_update_response import BenefitsLimitationsUpdateResponse
    from .models.benefits_retrieve_resource_id import BenefitsRetrieveResourceId
    from .models.bill_task import BillTask
    from .models.bot import Bot
    from .models.bot_collaborator import BotCollaborator
    from .models.bot_knowledge_config import BotKnowledgeConfig
    from .models.bot_model_info import BotModelInfo
    from .models.bot_onboarding_info import BotOnboardingInfo
    from .models.bot_plugin_id_list import BotPluginIdList
    from .models.bot_prompt_info import BotPromptInfo
    from .models.bot_publish_status import BotPublishStatus
    from .models.bot_published_bot_v1 import BotPublishedBotV1
    from .models.bot_suggest_reply_info import BotSuggestReplyInfo
    from .models.bot_version import BotVersion
    from .models.bot_workflow_id_list import BotWorkflowIdList
    from .models.bots_collaboration_modes_update_request_collaboration_mode import (
        BotsCollaborationModesUpdateRequestCollaborationMode,
    )
    from .models.bots_collaboration_modes_update_response import BotsCollaborationModesUpdateResponse
    from .models.bots_collaborators_create_response import BotsCollaboratorsCreateResponse
    from .models.bots_collaborators_delete_response import BotsCollaboratorsDeleteResponse
    from .models.bots_create_result import BotsCreateResult
    from .models.bots_publish_result import BotsPublishResult
    from .models.bots_unpublish_response import BotsUnpublishResponse
    from .models.bots_update_response import BotsUpdateResponse
    from .models.bots_versions_list_publish_status import BotsVersionsListPublishStatus
    from .models.chat import Chat
    from .models.chat_error import ChatError
    from .models.chat_message import ChatMessage
    from .models.chat_message_role import ChatMessageRole
    from .models.chat_publish_status import ChatPublishStatus
    from .models.chat_shortcut_command import ChatShortcutCommand
    from .models.chat_tool_output import ChatToolOutput
    from .models.connector_bot_audit_status import ConnectorBotAuditStatus
    from .models.connector_user_config import ConnectorUserConfig
    from .models.connectors_bind_response import ConnectorsBindResponse
    from .models.connectors_bots_update_response import ConnectorsBotsUpdateResponse
    from .models.connectors_install_response import ConnectorsInstallResponse
    from .models.conversation import Conversation
    from .models.conversation_message_feedback_type import ConversationMessageFeedbackType
    from .models.conversation_message_order import ConversationMessageOrder
    from .models.conversation_section import ConversationSection
    from .models.conversation_sort_order import ConversationSortOrder
    from .models.conversations_delete_response import ConversationsDeleteResponse
    from .models.conversations_messages_feedback_create_response import ConversationsMessagesFeedbackCreateResponse
    from .models.conversations_messages_feedback_delete_response import ConversationsMessagesFeedbackDeleteResponse
    from .models.conversations_messages_update_response import ConversationsMessagesUpdateResponse
    from .models.dataset import Dataset
    from .models.dataset_chunk_strategy import DatasetChunkStrategy
    from .models.dataset_document import DatasetDocument
    from .models.dataset_document_base import DatasetDocumentBase
    from .models.dataset_format_type import DatasetFormatType
    from .models.dataset_photo import DatasetPhoto
    from .models.dataset_update_rule import DatasetUpdateRule
    from .models.datasets_create_result import DatasetsCreateResult
    from .models.datasets_delete_response import DatasetsDeleteResponse
    from .models.datasets_documents_create_response import DatasetsDocumentsCreateResponse
    from .models.datasets_documents_delete_response import DatasetsDocumentsDeleteResponse
    from .models.datasets_documents_update_response import DatasetsDocumentsUpdateResponse
    from .models.datasets_images_update_response import DatasetsImagesUpdateResponse
    from .models.datasets_process_result import DatasetsProcessResult
    from .models.datasets_update_response import DatasetsUpdateResponse
    from .models.enter_message import EnterMessage
    from .models.enter_message_content_type import EnterMessageContentType
    from .models.enterprise_member_input import EnterpriseMemberInput
    from .models.enterprise_member_role import EnterpriseMemberRole
    from .models.enterprise_organization import EnterpriseOrganization
    from .models.enterprise_organization_created import EnterpriseOrganizationCreated
    from .models.enterprise_organization_member import EnterpriseOrganizationMember
    from .models.enterprise_organization_member_input import EnterpriseOrganizationMemberInput
    from .models.enterprise_organization_role_type import EnterpriseOrganizationRoleType
    from .models.enterprises_members_create_response import EnterprisesMembersCreateResponse
    from .models.enterprises_members_delete_response import EnterprisesMembersDeleteResponse
    from .models.enterprises_members_update_response import EnterprisesMembersUpdateResponse
    from .models.enterprises_organizations_members_create_response import EnterprisesOrganizationsMembersCreateResponse
    from .models.enterprises_organizations_members_delete_response import EnterprisesOrganizationsMembersDeleteResponse
    from .models.enterprises_organizations_members_update_response import EnterprisesOrganizationsMembersUpdateResponse
    from .models.enterprises_organizations_update_response import EnterprisesOrganizationsUpdateResponse
    from .models.entity_copy_task import EntityCopyTask
    from .models.entity_copy_task_created import EntityCopyTaskCreated
    from .models.entity_copy_type import EntityCopyType
    from .models.file import File
    from .models.folder_type import FolderType
    from .models.o_auth_device_code import OAuthDeviceCode
    from .models.o_auth_grant_type import OAuthGrantType
    from .models.o_auth_jwt_grant_type import OAuthJwtGrantType
    from .models.o_auth_scope import OAuthScope
    from .models.o_auth_token import OAuthToken
    from .models.plugin_detail import PluginDetail
    from .models.plugin_detail_list import PluginDetailList
    from .models.plugin_store_category import PluginStoreCategory
    from .models.plugin_store_item import PluginStoreItem
    from .models.plugin_tool_call_result import PluginToolCallResult
    from .models.plugins_categories_list_entity_type import PluginsCategoriesListEntityType
    from .models.plugins_list_sort_type import PluginsListSortType
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
    from .models.voice_model_type import VoiceModelType
    from .models.voice_state import VoiceState
    from .models.voiceprint_feature import VoiceprintFeature
    from .models.voiceprint_feature_create_result import VoiceprintFeatureCreateResult
    from .models.voiceprint_group import VoiceprintGroup
    from .models.voiceprint_group_create_result import VoiceprintGroupCreateResult
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
    from .models.workflow_message_event import WorkflowMessageEvent
    from .models.workflow_mode import WorkflowMode
    from .models.workflow_node_execute_history import WorkflowNodeExecuteHistory
    from .models.workflow_publish_status import WorkflowPublishStatus
    from .models.workflow_run_history import WorkflowRunHistory
    from .models.workflow_run_result import WorkflowRunResult
    from .models.workflow_version import WorkflowVersion
    from .models.workflows_collaboration_modes_update_response import WorkflowsCollaborationModesUpdateResponse
    from .models.workflows_collaborators_create_response import WorkflowsCollaboratorsCreateResponse
    from .models.workflows_collaborators_delete_response import WorkflowsCollaboratorsDeleteResponse
    from .models.workspace import Workspace
    from .models.workspace_member import WorkspaceMember
    from .models.workspace_new_member import WorkspaceNewMember
    from .models.workspaces_create_result import WorkspacesCreateResult
    from .models.workspaces_members_create_result import WorkspacesMembersCreateResult
    from .models.workspaces_members_delete_result import WorkspacesMembersDeleteResult
    from .models.workspaces_update_response import WorkspacesUpdateResponse

__all__ = ["CozeResources", "AsyncCozeResources"]


if TYPE_CHECKING:

    class ChatStreamEvent(StreamEvent[Chat | ChatMessage | ChatError | str | None], Protocol):
        """An event of `chat.stream`: `data` is the model the spec names for its event name."""

        @property
        def message(self) -> ChatMessage | None: ...

        @property
        def chat(self) -> Chat | None: ...

    class ChatSubmitToolOutputsStreamEvent(StreamEvent[Chat | ChatMessage | ChatError | str | None], Protocol):
        """An event of `chat.submit_tool_outputs_stream`: `data` is the model the spec names for its event name."""

        @property
        def message(self) -> ChatMessage | None: ...

        @property
        def chat(self) -> Chat | None: ...

    class WorkflowsRunsStreamEvent(
        StreamEvent[
            WorkflowMessageEvent | WorkflowInterruptEvent | WorkflowErrorEvent | WorkflowDoneEvent | str | None
        ],
        Protocol,
    ):
        """An event of `workflows.runs.stream`: `data` is the model the spec names for its event name."""

        @property
        def message(self) -> WorkflowMessageEvent | None: ...

        @property
        def chat(self) -> None: ...

    class WorkflowsRunsResumeEvent(
        StreamEvent[
            WorkflowMessageEvent | WorkflowInterruptEvent | WorkflowErrorEvent | WorkflowDoneEvent | str | None
        ],
        Protocol,
    ):
        """An event of `workflows.runs.resume`: `data` is the model the spec names for its event name."""

        @property
        def message(self) -> WorkflowMessageEvent | None: ...

        @property
        def chat(self) -> None: ...

    class WorkflowsChatStreamEvent(
        StreamEvent[Chat | ChatMessage | ChatError | WorkflowChatDoneEvent | str | None], Protocol
    ):
        """An event of `workflows.chat.stream`: `data` is the model the spec names for its event name."""

        @property
        def message(self) -> ChatMessage | None: ...

        @property
        def chat(self) -> Chat | None: ...

else:
    ChatStreamEvent = ChatSubmitToolOutputsStreamEvent = WorkflowsRunsStreamEvent = WorkflowsRunsResumeEvent = (
        WorkflowsChatStreamEvent
    ) = StreamEvent


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
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> builtins.list[ChatMessage]:
        """List the messages of a chat.

        Returns every message a chat produced (answers, tool calls, tool responses, follow-ups,
        verbose packets) except the user's query; call it once the chat has finished.

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
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> builtins.list[ChatMessage]:
        """List the messages of a chat.

        Returns every message a chat produced (answers, tool calls, tool responses, follow-ups,
        verbose packets) except the user's query; call it once the chat has finished.

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
        conversation_id: str | Unset = UNSET,
        additional_messages: Sequence[EnterMessage | Mapping[str, Any]] | Unset = UNSET,
        custom_variables: Mapping[str, str] | Unset = UNSET,
        auto_save_history: bool | Unset = UNSET,
        meta_data: Mapping[str, str] | Unset = UNSET,
        extra_params: Mapping[str, str] | Unset = UNSET,
        shortcut_command: ChatShortcutCommand | Mapping[str, Any] | Unset = UNSET,
        parameters: Mapping[str, Any] | Unset = UNSET,
        enable_card: bool | Unset = UNSET,
        publish_status: ChatPublishStatus | str | Unset = UNSET,
        bot_version: str | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> Chat:
        """Start a chat.

        Sends messages to a bot and starts one chat turn; without streaming the answer only
        holds the chat's state, so poll chat_retrieve and then list the chat's messages.

        Args:
            conversation_id: The conversation to chat in; when left out the server creates a
                new conversation for this chat.
            bot_id: The bot to chat with.
            user_id: Caller-chosen id of the end user; conversation memory is kept apart per
                user_id.
            additional_messages: Up to 100 messages appended to the conversation for this
                chat; the last one is the query and should have role user.
            custom_variables: Values for the {{variables}} of the bot's prompt (Jinja2
                allowed); not passed to workflows.
            auto_save_history: Store the chat's messages in the conversation (server default
                true); must stay true for non-streaming chats and client plugins.
            meta_data: Key-value pairs echoed back on the chat, at most 16 (keys 1-64 chars,
                values 1-512 chars).
            extra_params: Extra inputs for the model; the keys latitude and longitude are
                supported.
            shortcut_command: A shortcut command of the bot to run in this chat; it builds
                the user's query.
            parameters: Values for the custom input parameters of a chatflow bot's start
                node.
            enable_card: Return question-node content as cards (server default false).
            publish_status: Which version of the bot to talk to.
            bot_version: Chat with this published version of the bot (server default the
                latest); not allowed with unpublished_draft.
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
        conversation_id: str | Unset = UNSET,
        additional_messages: Sequence[EnterMessage | Mapping[str, Any]] | Unset = UNSET,
        custom_variables: Mapping[str, str] | Unset = UNSET,
        auto_save_history: bool | Unset = UNSET,
        meta_data: Mapping[str, str] | Unset = UNSET,
        extra_params: Mapping[str, str] | Unset = UNSET,
        shortcut_command: ChatShortcutCommand | Mapping[str, Any] | Unset = UNSET,
        parameters: Mapping[str, Any] | Unset = UNSET,
        enable_card: bool | Unset = UNSET,
        publish_status: ChatPublishStatus | str | Unset = UNSET,
        bot_version: str | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> SyncEventStream[ChatStreamEvent]:
        """Start a chat (streaming).

        Sends messages to a bot and starts one chat turn; without streaming the answer only
        holds the chat's state, so poll chat_retrieve and then list the chat's messages.

        Args:
            conversation_id: The conversation to chat in; when left out the server creates a
                new conversation for this chat.
            bot_id: The bot to chat with.
            user_id: Caller-chosen id of the end user; conversation memory is kept apart per
                user_id.
            additional_messages: Up to 100 messages appended to the conversation for this
                chat; the last one is the query and should have role user.
            custom_variables: Values for the {{variables}} of the bot's prompt (Jinja2
                allowed); not passed to workflows.
            auto_save_history: Store the chat's messages in the conversation (server default
                true); must stay true for non-streaming chats and client plugins.
            meta_data: Key-value pairs echoed back on the chat, at most 16 (keys 1-64 chars,
                values 1-512 chars).
            extra_params: Extra inputs for the model; the keys latitude and longitude are
                supported.
            shortcut_command: A shortcut command of the bot to run in this chat; it builds
                the user's query.
            parameters: Values for the custom input parameters of a chatflow bot's start
                node.
            enable_card: Return question-node content as cards (server default false).
            publish_status: Which version of the bot to talk to.
            bot_version: Chat with this published version of the bot (server default the
                latest); not allowed with unpublished_draft.
        """
        return self._requester.stream(
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

    def retrieve(
        self,
        *,
        conversation_id: str,
        chat_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
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
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> Chat:
        """Cancel a chat.

        Moves a chat that is still running to the canceled state so a new chat can start in its
        conversation; it does not cut an open event stream.

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
        tool_outputs: Sequence[ChatToolOutput | Mapping[str, Any]],
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> Chat:
        """Submit tool outputs.

        Sends the results of the tool calls a chat asked for (status requires_action) so the bot
        can continue the same chat.

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
        tool_outputs: Sequence[ChatToolOutput | Mapping[str, Any]],
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> SyncEventStream[ChatSubmitToolOutputsStreamEvent]:
        """Submit tool outputs (streaming).

        Sends the results of the tool calls a chat asked for (status requires_action) so the bot
        can continue the same chat.

        Args:
            conversation_id: The conversation the chat belongs to.
            chat_id: The chat waiting for tool outputs.
            tool_outputs: One output per pending tool call.
        """
        return self._requester.stream(
            _ops.CHAT_SUBMIT_TOOL_OUTPUTS,
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
        conversation_id: str | Unset = UNSET,
        additional_messages: Sequence[EnterMessage | Mapping[str, Any]] | Unset = UNSET,
        custom_variables: Mapping[str, str] | Unset = UNSET,
        auto_save_history: bool | Unset = UNSET,
        meta_data: Mapping[str, str] | Unset = UNSET,
        extra_params: Mapping[str, str] | Unset = UNSET,
        shortcut_command: ChatShortcutCommand | Mapping[str, Any] | Unset = UNSET,
        parameters: Mapping[str, Any] | Unset = UNSET,
        enable_card: bool | Unset = UNSET,
        publish_status: ChatPublishStatus | str | Unset = UNSET,
        bot_version: str | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> Chat:
        """Start a chat.

        Sends messages to a bot and starts one chat turn; without streaming the answer only
        holds the chat's state, so poll chat_retrieve and then list the chat's messages.

        Args:
            conversation_id: The conversation to chat in; when left out the server creates a
                new conversation for this chat.
            bot_id: The bot to chat with.
            user_id: Caller-chosen id of the end user; conversation memory is kept apart per
                user_id.
            additional_messages: Up to 100 messages appended to the conversation for this
                chat; the last one is the query and should have role user.
            custom_variables: Values for the {{variables}} of the bot's prompt (Jinja2
                allowed); not passed to workflows.
            auto_save_history: Store the chat's messages in the conversation (server default
                true); must stay true for non-streaming chats and client plugins.
            meta_data: Key-value pairs echoed back on the chat, at most 16 (keys 1-64 chars,
                values 1-512 chars).
            extra_params: Extra inputs for the model; the keys latitude and longitude are
                supported.
            shortcut_command: A shortcut command of the bot to run in this chat; it builds
                the user's query.
            parameters: Values for the custom input parameters of a chatflow bot's start
                node.
            enable_card: Return question-node content as cards (server default false).
            publish_status: Which version of the bot to talk to.
            bot_version: Chat with this published version of the bot (server default the
                latest); not allowed with unpublished_draft.
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
        conversation_id: str | Unset = UNSET,
        additional_messages: Sequence[EnterMessage | Mapping[str, Any]] | Unset = UNSET,
        custom_variables: Mapping[str, str] | Unset = UNSET,
        auto_save_history: bool | Unset = UNSET,
        meta_data: Mapping[str, str] | Unset = UNSET,
        extra_params: Mapping[str, str] | Unset = UNSET,
        shortcut_command: ChatShortcutCommand | Mapping[str, Any] | Unset = UNSET,
        parameters: Mapping[str, Any] | Unset = UNSET,
        enable_card: bool | Unset = UNSET,
        publish_status: ChatPublishStatus | str | Unset = UNSET,
        bot_version: str | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> AsyncEventStream[ChatStreamEvent]:
        """Start a chat (streaming).

        Sends messages to a bot and starts one chat turn; without streaming the answer only
        holds the chat's state, so poll chat_retrieve and then list the chat's messages.

        Args:
            conversation_id: The conversation to chat in; when left out the server creates a
                new conversation for this chat.
            bot_id: The bot to chat with.
            user_id: Caller-chosen id of the end user; conversation memory is kept apart per
                user_id.
            additional_messages: Up to 100 messages appended to the conversation for this
                chat; the last one is the query and should have role user.
            custom_variables: Values for the {{variables}} of the bot's prompt (Jinja2
                allowed); not passed to workflows.
            auto_save_history: Store the chat's messages in the conversation (server default
                true); must stay true for non-streaming chats and client plugins.
            meta_data: Key-value pairs echoed back on the chat, at most 16 (keys 1-64 chars,
                values 1-512 chars).
            extra_params: Extra inputs for the model; the keys latitude and longitude are
                supported.
            shortcut_command: A shortcut command of the bot to run in this chat; it builds
                the user's query.
            parameters: Values for the custom input parameters of a chatflow bot's start
                node.
            enable_card: Return question-node content as cards (server default false).
            publish_status: Which version of the bot to talk to.
            bot_version: Chat with this published version of the bot (server default the
                latest); not allowed with unpublished_draft.
        """
        return await self._requester.stream(
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

    async def retrieve(
        self,
        *,
        conversation_id: str,
        chat_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
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
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> Chat:
        """Cancel a chat.

        Moves a chat that is still running to the canceled state so a new chat can start in its
        conversation; it does not cut an open event stream.

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
        tool_outputs: Sequence[ChatToolOutput | Mapping[str, Any]],
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> Chat:
        """Submit tool outputs.

        Sends the results of the tool calls a chat asked for (status requires_action) so the bot
        can continue the same chat.

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
        tool_outputs: Sequence[ChatToolOutput | Mapping[str, Any]],
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> AsyncEventStream[ChatSubmitToolOutputsStreamEvent]:
        """Submit tool outputs (streaming).

        Sends the results of the tool calls a chat asked for (status requires_action) so the bot
        can continue the same chat.

        Args:
            conversation_id: The conversation the chat belongs to.
            chat_id: The chat waiting for tool outputs.
            tool_outputs: One output per pending tool call.
        """
        return await self._requester.stream(
            _ops.CHAT_SUBMIT_TOOL_OUTPUTS,
            {"conversation_id": conversation_id, "chat_id": chat_id, "tool_outputs": tool_outputs},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class ConversationsMessagesFeedbackResource:
    """The `conversations.messages.feedback` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def create(
        self,
        *,
        conversation_id: str,
        message_id: str,
        feedback_type: ConversationMessageFeedbackType | str,
        reason_types: Sequence[str] | Unset = UNSET,
        comment: str | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> ConversationsMessagesFeedbackCreateResponse:
        """Rate a message.

        Records a like or unlike, with optional reasons and comment, on a bot answer; a later
        rating of the same message replaces the earlier one.

        Args:
            conversation_id: The conversation the message belongs to.
            message_id: The answer message to rate.
            feedback_type: The rating of a message.
            reason_types: Caller-defined reason labels, at most 10 of up to 30 characters
                each.
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
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
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
        feedback_type: ConversationMessageFeedbackType | str,
        reason_types: Sequence[str] | Unset = UNSET,
        comment: str | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> ConversationsMessagesFeedbackCreateResponse:
        """Rate a message.

        Records a like or unlike, with optional reasons and comment, on a bot answer; a later
        rating of the same message replaces the earlier one.

        Args:
            conversation_id: The conversation the message belongs to.
            message_id: The answer message to rate.
            feedback_type: The rating of a message.
            reason_types: Caller-defined reason labels, at most 10 of up to 30 characters
                each.
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
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
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
        role: ChatMessageRole | str,
        content: str,
        content_type: EnterMessageContentType | str,
        meta_data: Mapping[str, str] | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> ChatMessage:
        """Create a message.

        Adds one message to the newest context section of a conversation; messages are kept for
        180 days.

        Args:
            conversation_id: The conversation to add the message to.
            role: Who sent a message.
            content: Plain text, or for object_string a JSON-encoded array of
                ObjectStringItem.
            content_type: How the server should read the content: text, or object_string for
                a JSON array of ObjectStringItem; required when content is set.
            meta_data: Key-value pairs stored with the message, at most 16 (keys 1-64 chars,
                values 1-512 chars).
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
        order: ConversationMessageOrder | str | Unset = UNSET,
        chat_id: str | Unset = UNSET,
        before_id: str | Unset = UNSET,
        after_id: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        include_middle_message: bool | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> SyncPage[ChatMessage]:
        """List the messages of a conversation.

        Lists the messages of a conversation (queries, inserted messages and answers, without
        intermediate tool messages) with id cursors.

        Args:
            conversation_id: The conversation whose messages to list.
            order: Sort direction of messages by creation time.
            chat_id: Only list the messages of this chat.
            before_id: List messages before this message id (the first_id of a page, to page
                backwards).
            after_id: List messages after this message id (the last_id of a page, to page
                forwards).
            limit: Messages per page, 1 to 50 (server default 50).
            include_middle_message: Also return intermediate messages such as function calls
                and tool responses.
        """
        return self._requester.paginate(
            _ops.CONVERSATIONS_MESSAGES_LIST,
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
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
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
        content: str | Unset = UNSET,
        content_type: EnterMessageContentType | str | Unset = UNSET,
        meta_data: Mapping[str, str] | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> ConversationsMessagesUpdateResponse:
        """Modify a message.

        Replaces the content and/or the metadata of a message.

        Args:
            conversation_id: The conversation the message belongs to.
            message_id: The message to modify.
            content: The new content; give content_type with it.
            content_type: How the server should read the content: text, or object_string for
                a JSON array of ObjectStringItem; required when content is set.
            meta_data: The new key-value pairs of the message, at most 16 (keys 1-64 chars,
                values 1-512 chars).
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
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> ChatMessage:
        """Delete a message.

        Deletes one question or answer message; deleting an answer also deletes its intermediate
        messages.

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
        role: ChatMessageRole | str,
        content: str,
        content_type: EnterMessageContentType | str,
        meta_data: Mapping[str, str] | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> ChatMessage:
        """Create a message.

        Adds one message to the newest context section of a conversation; messages are kept for
        180 days.

        Args:
            conversation_id: The conversation to add the message to.
            role: Who sent a message.
            content: Plain text, or for object_string a JSON-encoded array of
                ObjectStringItem.
            content_type: How the server should read the content: text, or object_string for
                a JSON array of ObjectStringItem; required when content is set.
            meta_data: Key-value pairs stored with the message, at most 16 (keys 1-64 chars,
                values 1-512 chars).
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
        order: ConversationMessageOrder | str | Unset = UNSET,
        chat_id: str | Unset = UNSET,
        before_id: str | Unset = UNSET,
        after_id: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        include_middle_message: bool | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPage[ChatMessage]:
        """List the messages of a conversation.

        Lists the messages of a conversation (queries, inserted messages and answers, without
        intermediate tool messages) with id cursors.

        Args:
            conversation_id: The conversation whose messages to list.
            order: Sort direction of messages by creation time.
            chat_id: Only list the messages of this chat.
            before_id: List messages before this message id (the first_id of a page, to page
                backwards).
            after_id: List messages after this message id (the last_id of a page, to page
                forwards).
            limit: Messages per page, 1 to 50 (server default 50).
            include_middle_message: Also return intermediate messages such as function calls
                and tool responses.
        """
        return self._requester.paginate(
            _ops.CONVERSATIONS_MESSAGES_LIST,
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
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
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
        content: str | Unset = UNSET,
        content_type: EnterMessageContentType | str | Unset = UNSET,
        meta_data: Mapping[str, str] | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> ConversationsMessagesUpdateResponse:
        """Modify a message.

        Replaces the content and/or the metadata of a message.

        Args:
            conversation_id: The conversation the message belongs to.
            message_id: The message to modify.
            content: The new content; give content_type with it.
            content_type: How the server should read the content: text, or object_string for
                a JSON array of ObjectStringItem; required when content is set.
            meta_data: The new key-value pairs of the message, at most 16 (keys 1-64 chars,
                values 1-512 chars).
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
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> ChatMessage:
        """Delete a message.

        Deletes one question or answer message; deleting an answer also deletes its intermediate
        messages.

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
        bot_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        messages: Sequence[EnterMessage | Mapping[str, Any]] | Unset = UNSET,
        meta_data: Mapping[str, str] | Unset = UNSET,
        connector_id: str | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> Conversation:
        """Create a conversation.

        Creates a conversation, optionally seeded with messages that later chats see as context.

        Args:
            bot_id: The bot the conversation is for; needed to find it again with
                conversations_list.
            name: Conversation name, up to 100 characters (server default empty).
            messages: Up to 16 messages to seed the conversation with.
            meta_data: Key-value pairs stored with the conversation, at most 16 (keys 1-64
                chars, values 1-512 chars).
            connector_id: Channel to create the conversation on, 1024 API or 999 Chat SDK or
                a custom channel id (server default 1024).
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
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
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
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        sort_order: ConversationSortOrder | str | Unset = UNSET,
        connector_id: str | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> SyncPage[Conversation]:
        """List conversations.

        Lists the caller's conversations with one bot on the API or Chat SDK channel, page by
        page.

        Args:
            bot_id: The bot whose conversations to list.
            page_num: Page number, starting at 1 (server default 1).
            page_size: Conversations per page, at most 50 (server default 50).
            sort_order: Order by creation time, ASC or DESC (server default DESC, newest
                first).
            connector_id: Channel to list, 1024 for the API or 999 for the Chat SDK (server
                default 1024).
        """
        return self._requester.paginate(
            _ops.CONVERSATIONS_LIST,
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
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
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
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
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
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> ConversationSection:
        """Clear a conversation's context.

        Starts a new empty context section so later chats no longer see earlier messages; the
        old messages stay readable.

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
        bot_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        messages: Sequence[EnterMessage | Mapping[str, Any]] | Unset = UNSET,
        meta_data: Mapping[str, str] | Unset = UNSET,
        connector_id: str | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> Conversation:
        """Create a conversation.

        Creates a conversation, optionally seeded with messages that later chats see as context.

        Args:
            bot_id: The bot the conversation is for; needed to find it again with
                conversations_list.
            name: Conversation name, up to 100 characters (server default empty).
            messages: Up to 16 messages to seed the conversation with.
            meta_data: Key-value pairs stored with the conversation, at most 16 (keys 1-64
                chars, values 1-512 chars).
            connector_id: Channel to create the conversation on, 1024 API or 999 Chat SDK or
                a custom channel id (server default 1024).
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
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
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
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        sort_order: ConversationSortOrder | str | Unset = UNSET,
        connector_id: str | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPage[Conversation]:
        """List conversations.

        Lists the caller's conversations with one bot on the API or Chat SDK channel, page by
        page.

        Args:
            bot_id: The bot whose conversations to list.
            page_num: Page number, starting at 1 (server default 1).
            page_size: Conversations per page, at most 50 (server default 50).
            sort_order: Order by creation time, ASC or DESC (server default DESC, newest
                first).
            connector_id: Channel to list, 1024 for the API or 999 for the Chat SDK (server
                default 1024).
        """
        return self._requester.paginate(
            _ops.CONVERSATIONS_LIST,
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
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
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
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
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
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> ConversationSection:
        """Clear a conversation's context.

        Starts a new empty context section so later chats no longer see earlier messages; the
        old messages stay readable.

        Args:
            conversation_id: The conversation whose context to clear.
        """
        return await self._requester.request(
            _ops.CONVERSATIONS_CLEAR,
            {"conversation_id": conversation_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class BotsVersionsResource:
    """The `bots.versions` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        bot_id: str,
        publish_status: BotsVersionsListPublishStatus | str | Unset = UNSET,
        connector_id: str | Unset = UNSET,
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> SyncPage[BotVersion]:
        """List bot versions.

        Lists the versions of a bot, published ones or drafts.

        Args:
            bot_id: The bot whose versions are listed.
            publish_status: Published versions (published_online) or drafts
                (unpublished_draft); the server default is published_online.
            connector_id: Only versions published to this channel; by default versions of
                every channel are returned.
            page_num: Page number, starting at 1 (the server default).
            page_size: Versions per page, 1 to 30; the server default is 10.
        """
        return self._requester.paginate(
            _ops.BOTS_VERSIONS_LIST,
            {
                "bot_id": bot_id,
                "publish_status": publish_status,
                "connector_id": connector_id,
                "page_num": page_num,
                "page_size": page_size,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncBotsVersionsResource:
    """The `bots.versions` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        bot_id: str,
        publish_status: BotsVersionsListPublishStatus | str | Unset = UNSET,
        connector_id: str | Unset = UNSET,
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPage[BotVersion]:
        """List bot versions.

        Lists the versions of a bot, published ones or drafts.

        Args:
            bot_id: The bot whose versions are listed.
            publish_status: Published versions (published_online) or drafts
                (unpublished_draft); the server default is published_online.
            connector_id: Only versions published to this channel; by default versions of
                every channel are returned.
            page_num: Page number, starting at 1 (the server default).
            page_size: Versions per page, 1 to 30; the server default is 10.
        """
        return self._requester.paginate(
            _ops.BOTS_VERSIONS_LIST,
            {
                "bot_id": bot_id,
                "publish_status": publish_status,
                "connector_id": connector_id,
                "page_num": page_num,
                "page_size": page_size,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class BotsCollaboratorsResource:
    """The `bots.collaborators` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def create(
        self,
        *,
        bot_id: str,
        collaborators: Sequence[BotCollaborator | Mapping[str, Any]],
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> BotsCollaboratorsCreateResponse:
        """Add a bot collaborator.

        Adds a member of the bot's workspace as a collaborator; the bot must be in collaboration
        mode.

        Args:
            bot_id: The bot to add the collaborator to.
            collaborators: The collaborators to add; the server accepts one per request.
        """
        return self._requester.request(
            _ops.BOTS_COLLABORATORS_CREATE,
            {"bot_id": bot_id, "collaborators": collaborators},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def delete(
        self,
        *,
        bot_id: str,
        user_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> BotsCollaboratorsDeleteResponse:
        """Remove a bot collaborator.

        Removes one collaborator from a bot.

        Args:
            bot_id: The bot to remove the collaborator from.
            user_id: The Coze user id of the collaborator to remove.
        """
        return self._requester.request(
            _ops.BOTS_COLLABORATORS_DELETE,
            {"bot_id": bot_id, "user_id": user_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncBotsCollaboratorsResource:
    """The `bots.collaborators` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def create(
        self,
        *,
        bot_id: str,
        collaborators: Sequence[BotCollaborator | Mapping[str, Any]],
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> BotsCollaboratorsCreateResponse:
        """Add a bot collaborator.

        Adds a member of the bot's workspace as a collaborator; the bot must be in collaboration
        mode.

        Args:
            bot_id: The bot to add the collaborator to.
            collaborators: The collaborators to add; the server accepts one per request.
        """
        return await self._requester.request(
            _ops.BOTS_COLLABORATORS_CREATE,
            {"bot_id": bot_id, "collaborators": collaborators},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def delete(
        self,
        *,
        bot_id: str,
        user_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> BotsCollaboratorsDeleteResponse:
        """Remove a bot collaborator.

        Removes one collaborator from a bot.

        Args:
            bot_id: The bot to remove the collaborator from.
            user_id: The Coze user id of the collaborator to remove.
        """
        return await self._requester.request(
            _ops.BOTS_COLLABORATORS_DELETE,
            {"bot_id": bot_id, "user_id": user_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class BotsCollaborationModesResource:
    """The `bots.collaboration_modes` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def update(
        self,
        *,
        bot_id: str,
        collaboration_mode: BotsCollaborationModesUpdateRequestCollaborationMode | str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> BotsCollaborationModesUpdateResponse:
        """Switch a bot's collaboration mode.

        Turns multi-user collaboration on or off for a bot; collaborators must be removed before
        switching back to single mode.

        Args:
            bot_id: The bot whose mode is switched.
            collaboration_mode: single for one developer, collaboration for multi-user
                editing.
        """
        return self._requester.request(
            _ops.BOTS_COLLABORATION_MODES_UPDATE,
            {"bot_id": bot_id, "collaboration_mode": collaboration_mode},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncBotsCollaborationModesResource:
    """The `bots.collaboration_modes` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def update(
        self,
        *,
        bot_id: str,
        collaboration_mode: BotsCollaborationModesUpdateRequestCollaborationMode | str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> BotsCollaborationModesUpdateResponse:
        """Switch a bot's collaboration mode.

        Turns multi-user collaboration on or off for a bot; collaborators must be removed before
        switching back to single mode.

        Args:
            bot_id: The bot whose mode is switched.
            collaboration_mode: single for one developer, collaboration for multi-user
                editing.
        """
        return await self._requester.request(
            _ops.BOTS_COLLABORATION_MODES_UPDATE,
            {"bot_id": bot_id, "collaboration_mode": collaboration_mode},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class BotsResource:
    """The `bots` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    @cached_property
    def versions(self) -> BotsVersionsResource:
        """The `bots.versions` resource group."""
        return BotsVersionsResource(self._requester)

    @cached_property
    def collaborators(self) -> BotsCollaboratorsResource:
        """The `bots.collaborators` resource group."""
        return BotsCollaboratorsResource(self._requester)

    @cached_property
    def collaboration_modes(self) -> BotsCollaborationModesResource:
        """The `bots.collaboration_modes` resource group."""
        return BotsCollaborationModesResource(self._requester)

    def create(
        self,
        *,
        space_id: str,
        name: str,
        description: str | Unset = UNSET,
        icon_file_id: str | Unset = UNSET,
        prompt_info: BotPromptInfo | Mapping[str, Any] | Unset = UNSET,
        onboarding_info: BotOnboardingInfo | Mapping[str, Any] | Unset = UNSET,
        suggest_reply_info: BotSuggestReplyInfo | Mapping[str, Any] | Unset = UNSET,
        model_info_config: BotModelInfo | Mapping[str, Any] | Unset = UNSET,
        plugin_id_list: BotPluginIdList | Mapping[str, Any] | Unset = UNSET,
        workflow_id_list: BotWorkflowIdList | Mapping[str, Any] | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> BotsCreateResult:
        """Create a bot.

        Creates a new bot as an unpublished draft in a workspace and returns its id.

        Args:
            space_id: The workspace to create the bot in.
            name: The bot name, 1 to 20 characters.
            description: What the bot does, up to 500 characters.
            icon_file_id: Id of an uploaded file to use as avatar; a default avatar is used
                when omitted.
            prompt_info: The bot's persona and reply logic (system prompt).
            onboarding_info: What the bot shows when a conversation starts.
            suggest_reply_info: Whether the bot suggests follow-up questions after replying.
            model_info_config: The model a bot uses and its generation settings; supported
                settings and ranges vary by model.
            plugin_id_list: Plugin tools to bind to a bot.
            workflow_id_list: Workflows to bind to a bot.
        """
        return self._requester.request(
            _ops.BOTS_CREATE,
            {
                "space_id": space_id,
                "name": name,
                "description": description,
                "icon_file_id": icon_file_id,
                "prompt_info": prompt_info,
                "onboarding_info": onboarding_info,
                "suggest_reply_info": suggest_reply_info,
                "model_info_config": model_info_config,
                "plugin_id_list": plugin_id_list,
                "workflow_id_list": workflow_id_list,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def update(
        self,
        *,
        bot_id: str,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        icon_file_id: str | Unset = UNSET,
        prompt_info: BotPromptInfo | Mapping[str, Any] | Unset = UNSET,
        onboarding_info: BotOnboardingInfo | Mapping[str, Any] | Unset = UNSET,
        knowledge: BotKnowledgeConfig | Mapping[str, Any] | Unset = UNSET,
        suggest_reply_info: BotSuggestReplyInfo | Mapping[str, Any] | Unset = UNSET,
        model_info_config: BotModelInfo | Mapping[str, Any] | Unset = UNSET,
        plugin_id_list: BotPluginIdList | Mapping[str, Any] | Unset = UNSET,
        workflow_id_list: BotWorkflowIdList | Mapping[str, Any] | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> BotsUpdateResponse:
        """Update a bot.

        Changes the draft configuration of a bot; fields left out keep their current value.

        Args:
            bot_id: The bot to update.
            name: New name, 1 to 20 characters.
            description: New description, up to 500 characters.
            icon_file_id: Id of an uploaded file to use as avatar.
            prompt_info: The bot's persona and reply logic (system prompt).
            onboarding_info: What the bot shows when a conversation starts.
            knowledge: Knowledge bases to attach to a bot; the list replaces the current
                one.
            suggest_reply_info: Whether the bot suggests follow-up questions after replying.
            model_info_config: The model a bot uses and its generation settings; supported
                settings and ranges vary by model.
            plugin_id_list: Plugin tools to bind to a bot.
            workflow_id_list: Workflows to bind to a bot.
        """
        return self._requester.request(
            _ops.BOTS_UPDATE,
            {
                "bot_id": bot_id,
                "name": name,
                "description": description,
                "icon_file_id": icon_file_id,
                "prompt_info": prompt_info,
                "onboarding_info": onboarding_info,
                "knowledge": knowledge,
                "suggest_reply_info": suggest_reply_info,
                "model_info_config": model_info_config,
                "plugin_id_list": plugin_id_list,
                "workflow_id_list": workflow_id_list,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def publish(
        self,
        *,
        bot_id: str,
        connector_ids: Sequence[str],
        connectors: Mapping[str, Mapping[str, str]] | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> BotsPublishResult:
        """Publish a bot.

        Publishes the current draft of a bot to the API, Chat SDK or custom channels.

        Args:
            bot_id: The bot to publish.
            connector_ids: Channels to publish to; 1024 is the API, 999 the Chat SDK, other
                ids are custom channels.
            connectors: Extra settings per custom channel id, each a map of keys to
                JSON-encoded values; custom channels also need the API channel.
        """
        return self._requester.request(
            _ops.BOTS_PUBLISH,
            {"bot_id": bot_id, "connector_ids": connector_ids, "connectors": connectors},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def unpublish(
        self,
        *,
        bot_id: str,
        connector_id: str,
        unpublish_reason: str | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> BotsUnpublishResponse:
        """Unpublish a bot.

        Takes a published bot off one channel.

        Args:
            bot_id: The bot to unpublish.
            connector_id: The channel to unpublish from, e.g. 1024 (API), 999 (Chat SDK) or
                a custom channel id.
            unpublish_reason: Why the bot is unpublished, up to 1024 characters; shown in
                the workspace's publish page.
        """
        return self._requester.request(
            _ops.BOTS_UNPUBLISH,
            {"bot_id": bot_id, "connector_id": connector_id, "unpublish_reason": unpublish_reason},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def retrieve(
        self,
        *,
        bot_id: str,
        is_published: bool | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> Bot:
        """Retrieve a bot.

        Returns the full configuration of a bot, either its published version or its current
        draft.

        Args:
            bot_id: The bot to retrieve.
            is_published: True for the published version, false for the current draft; the
                server default is true.
        """
        return self._requester.request(
            _ops.BOTS_RETRIEVE,
            {"bot_id": bot_id, "is_published": is_published},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def retrieve_v1(
        self,
        *,
        bot_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> Bot:
        """Retrieve a published bot (deprecated).

        Returns the configuration of a bot published to the API channel; superseded by
        bots.retrieve.

        Args:
            bot_id: The bot to retrieve; it must be published to the API channel.
        """
        return self._requester.request(
            _ops.BOTS_RETRIEVE_V1,
            {"bot_id": bot_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def list(
        self,
        *,
        workspace_id: str,
        publish_status: BotPublishStatus | str | Unset = UNSET,
        connector_id: str | Unset = UNSET,
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> SyncPage[SimpleBot]:
        """List bots.

        Lists the bots of a workspace, drafts and published ones, filtered by publish status.

        Args:
            workspace_id: The workspace whose bots are listed.
            publish_status: Which bots to return by publish state; the server default is
                published_online.
            connector_id: Channel whose published versions are returned (with
                published_online or published_draft); the server default is 1024, the API
                channel.
            page_num: Page number, starting at 1 (the server default).
            page_size: Bots per page; the server default is 20.
        """
        return self._requester.paginate(
            _ops.BOTS_LIST,
            {
                "workspace_id": workspace_id,
                "publish_status": publish_status,
                "connector_id": connector_id,
                "page_num": page_num,
                "page_size": page_size,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def list_v1(
        self,
        *,
        space_id: str,
        page_index: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> SyncPage[BotPublishedBotV1]:
        """List bots published to the API (deprecated).

        Lists the bots of a workspace that are published to the API channel; superseded by
        bots.list.

        Args:
            space_id: The workspace whose published bots are listed.
            page_index: Page number, starting at 1 (the server default).
            page_size: Bots per page; the server default is 20.
        """
        return self._requester.paginate(
            _ops.BOTS_LIST_V1,
            {"space_id": space_id, "page_index": page_index, "page_size": page_size},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncBotsResource:
    """The `bots` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @cached_property
    def versions(self) -> AsyncBotsVersionsResource:
        """The `bots.versions` resource group."""
        return AsyncBotsVersionsResource(self._requester)

    @cached_property
    def collaborators(self) -> AsyncBotsCollaboratorsResource:
        """The `bots.collaborators` resource group."""
        return AsyncBotsCollaboratorsResource(self._requester)

    @cached_property
    def collaboration_modes(self) -> AsyncBotsCollaborationModesResource:
        """The `bots.collaboration_modes` resource group."""
        return AsyncBotsCollaborationModesResource(self._requester)

    async def create(
        self,
        *,
        space_id: str,
        name: str,
        description: str | Unset = UNSET,
        icon_file_id: str | Unset = UNSET,
        prompt_info: BotPromptInfo | Mapping[str, Any] | Unset = UNSET,
        onboarding_info: BotOnboardingInfo | Mapping[str, Any] | Unset = UNSET,
        suggest_reply_info: BotSuggestReplyInfo | Mapping[str, Any] | Unset = UNSET,
        model_info_config: BotModelInfo | Mapping[str, Any] | Unset = UNSET,
        plugin_id_list: BotPluginIdList | Mapping[str, Any] | Unset = UNSET,
        workflow_id_list: BotWorkflowIdList | Mapping[str, Any] | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> BotsCreateResult:
        """Create a bot.

        Creates a new bot as an unpublished draft in a workspace and returns its id.

        Args:
            space_id: The workspace to create the bot in.
            name: The bot name, 1 to 20 characters.
            description: What the bot does, up to 500 characters.
            icon_file_id: Id of an uploaded file to use as avatar; a default avatar is used
                when omitted.
            prompt_info: The bot's persona and reply logic (system prompt).
            onboarding_info: What the bot shows when a conversation starts.
            suggest_reply_info: Whether the bot suggests follow-up questions after replying.
            model_info_config: The model a bot uses and its generation settings; supported
                settings and ranges vary by model.
            plugin_id_list: Plugin tools to bind to a bot.
            workflow_id_list: Workflows to bind to a bot.
        """
        return await self._requester.request(
            _ops.BOTS_CREATE,
            {
                "space_id": space_id,
                "name": name,
                "description": description,
                "icon_file_id": icon_file_id,
                "prompt_info": prompt_info,
                "onboarding_info": onboarding_info,
                "suggest_reply_info": suggest_reply_info,
                "model_info_config": model_info_config,
                "plugin_id_list": plugin_id_list,
                "workflow_id_list": workflow_id_list,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def update(
        self,
        *,
        bot_id: str,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        icon_file_id: str | Unset = UNSET,
        prompt_info: BotPromptInfo | Mapping[str, Any] | Unset = UNSET,
        onboarding_info: BotOnboardingInfo | Mapping[str, Any] | Unset = UNSET,
        knowledge: BotKnowledgeConfig | Mapping[str, Any] | Unset = UNSET,
        suggest_reply_info: BotSuggestReplyInfo | Mapping[str, Any] | Unset = UNSET,
        model_info_config: BotModelInfo | Mapping[str, Any] | Unset = UNSET,
        plugin_id_list: BotPluginIdList | Mapping[str, Any] | Unset = UNSET,
        workflow_id_list: BotWorkflowIdList | Mapping[str, Any] | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> BotsUpdateResponse:
        """Update a bot.

        Changes the draft configuration of a bot; fields left out keep their current value.

        Args:
            bot_id: The bot to update.
            name: New name, 1 to 20 characters.
            description: New description, up to 500 characters.
            icon_file_id: Id of an uploaded file to use as avatar.
            prompt_info: The bot's persona and reply logic (system prompt).
            onboarding_info: What the bot shows when a conversation starts.
            knowledge: Knowledge bases to attach to a bot; the list replaces the current
                one.
            suggest_reply_info: Whether the bot suggests follow-up questions after replying.
            model_info_config: The model a bot uses and its generation settings; supported
                settings and ranges vary by model.
            plugin_id_list: Plugin tools to bind to a bot.
            workflow_id_list: Workflows to bind to a bot.
        """
        return await self._requester.request(
            _ops.BOTS_UPDATE,
            {
                "bot_id": bot_id,
                "name": name,
                "description": description,
                "icon_file_id": icon_file_id,
                "prompt_info": prompt_info,
                "onboarding_info": onboarding_info,
                "knowledge": knowledge,
                "suggest_reply_info": suggest_reply_info,
                "model_info_config": model_info_config,
                "plugin_id_list": plugin_id_list,
                "workflow_id_list": workflow_id_list,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def publish(
        self,
        *,
        bot_id: str,
        connector_ids: Sequence[str],
        connectors: Mapping[str, Mapping[str, str]] | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> BotsPublishResult:
        """Publish a bot.

        Publishes the current draft of a bot to the API, Chat SDK or custom channels.

        Args:
            bot_id: The bot to publish.
            connector_ids: Channels to publish to; 1024 is the API, 999 the Chat SDK, other
                ids are custom channels.
            connectors: Extra settings per custom channel id, each a map of keys to
                JSON-encoded values; custom channels also need the API channel.
        """
        return await self._requester.request(
            _ops.BOTS_PUBLISH,
            {"bot_id": bot_id, "connector_ids": connector_ids, "connectors": connectors},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def unpublish(
        self,
        *,
        bot_id: str,
        connector_id: str,
        unpublish_reason: str | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> BotsUnpublishResponse:
        """Unpublish a bot.

        Takes a published bot off one channel.

        Args:
            bot_id: The bot to unpublish.
            connector_id: The channel to unpublish from, e.g. 1024 (API), 999 (Chat SDK) or
                a custom channel id.
            unpublish_reason: Why the bot is unpublished, up to 1024 characters; shown in
                the workspace's publish page.
        """
        return await self._requester.request(
            _ops.BOTS_UNPUBLISH,
            {"bot_id": bot_id, "connector_id": connector_id, "unpublish_reason": unpublish_reason},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def retrieve(
        self,
        *,
        bot_id: str,
        is_published: bool | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> Bot:
        """Retrieve a bot.

        Returns the full configuration of a bot, either its published version or its current
        draft.

        Args:
            bot_id: The bot to retrieve.
            is_published: True for the published version, false for the current draft; the
                server default is true.
        """
        return await self._requester.request(
            _ops.BOTS_RETRIEVE,
            {"bot_id": bot_id, "is_published": is_published},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def retrieve_v1(
        self,
        *,
        bot_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> Bot:
        """Retrieve a published bot (deprecated).

        Returns the configuration of a bot published to the API channel; superseded by
        bots.retrieve.

        Args:
            bot_id: The bot to retrieve; it must be published to the API channel.
        """
        return await self._requester.request(
            _ops.BOTS_RETRIEVE_V1,
            {"bot_id": bot_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def list(
        self,
        *,
        workspace_id: str,
        publish_status: BotPublishStatus | str | Unset = UNSET,
        connector_id: str | Unset = UNSET,
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPage[SimpleBot]:
        """List bots.

        Lists the bots of a workspace, drafts and published ones, filtered by publish status.

        Args:
            workspace_id: The workspace whose bots are listed.
            publish_status: Which bots to return by publish state; the server default is
                published_online.
            connector_id: Channel whose published versions are returned (with
                published_online or published_draft); the server default is 1024, the API
                channel.
            page_num: Page number, starting at 1 (the server default).
            page_size: Bots per page; the server default is 20.
        """
        return self._requester.paginate(
            _ops.BOTS_LIST,
            {
                "workspace_id": workspace_id,
                "publish_status": publish_status,
                "connector_id": connector_id,
                "page_num": page_num,
                "page_size": page_size,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def list_v1(
        self,
        *,
        space_id: str,
        page_index: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPage[BotPublishedBotV1]:
        """List bots published to the API (deprecated).

        Lists the bots of a workspace that are published to the API channel; superseded by
        bots.list.

        Args:
            space_id: The workspace whose published bots are listed.
            page_index: Page number, starting at 1 (the server default).
            page_size: Bots per page; the server default is 20.
        """
        return self._requester.paginate(
            _ops.BOTS_LIST_V1,
            {"space_id": space_id, "page_index": page_index, "page_size": page_size},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AppsCollaboratorsResource:
    """The `apps.collaborators` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def create(
        self,
        *,
        app_id: str,
        collaborators: Sequence[AppCollaborator | Mapping[str, Any]],
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> AppsCollaboratorsCreateResponse:
        """Add an app collaborator.

        Adds a member of the app's workspace as a collaborator of a low-code app.

        Args:
            app_id: The app to add the collaborator to.
            collaborators: The collaborators to add; the server accepts one per request.
        """
        return self._requester.request(
            _ops.APPS_COLLABORATORS_CREATE,
            {"app_id": app_id, "collaborators": collaborators},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def delete(
        self,
        *,
        app_id: str,
        user_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> AppsCollaboratorsDeleteResponse:
        """Remove an app collaborator.

        Removes one collaborator from a low-code app.

        Args:
            app_id: The app to remove the collaborator from.
            user_id: The Coze user id of the collaborator to remove.
        """
        return self._requester.request(
            _ops.APPS_COLLABORATORS_DELETE,
            {"app_id": app_id, "user_id": user_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncAppsCollaboratorsResource:
    """The `apps.collaborators` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def create(
        self,
        *,
        app_id: str,
        collaborators: Sequence[AppCollaborator | Mapping[str, Any]],
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> AppsCollaboratorsCreateResponse:
        """Add an app collaborator.

        Adds a member of the app's workspace as a collaborator of a low-code app.

        Args:
            app_id: The app to add the collaborator to.
            collaborators: The collaborators to add; the server accepts one per request.
        """
        return await self._requester.request(
            _ops.APPS_COLLABORATORS_CREATE,
            {"app_id": app_id, "collaborators": collaborators},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def delete(
        self,
        *,
        app_id: str,
        user_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> AppsCollaboratorsDeleteResponse:
        """Remove an app collaborator.

        Removes one collaborator from a low-code app.

        Args:
            app_id: The app to remove the collaborator from.
            user_id: The Coze user id of the collaborator to remove.
        """
        return await self._requester.request(
            _ops.APPS_COLLABORATORS_DELETE,
            {"app_id": app_id, "user_id": user_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AppsResource:
    """The `apps` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    @cached_property
    def collaborators(self) -> AppsCollaboratorsResource:
        """The `apps.collaborators` resource group."""
        return AppsCollaboratorsResource(self._requester)

    def list(
        self,
        *,
        workspace_id: str,
        publish_status: AppPublishStatus | str | Unset = UNSET,
        connector_id: str | Unset = UNSET,
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> SyncPage[SimpleApp]:
        """List apps.

        Lists the low-code apps of a workspace, drafts and published ones, filtered by publish
        status.

        Args:
            workspace_id: The workspace whose apps are listed.
            publish_status: Which apps to return by publish state; the server default is
                published_online.
            connector_id: Channel whose published versions are returned (with
                published_online or published_draft); the server default is 1024, the API
                channel.
            page_num: Page number, starting at 1 (the server default).
            page_size: Apps per page; the server default is 20.
        """
        return self._requester.paginate(
            _ops.APPS_LIST,
            {
                "workspace_id": workspace_id,
                "publish_status": publish_status,
                "connector_id": connector_id,
                "page_num": page_num,
                "page_size": page_size,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncAppsResource:
    """The `apps` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @cached_property
    def collaborators(self) -> AsyncAppsCollaboratorsResource:
        """The `apps.collaborators` resource group."""
        return AsyncAppsCollaboratorsResource(self._requester)

    def list(
        self,
        *,
        workspace_id: str,
        publish_status: AppPublishStatus | str | Unset = UNSET,
        connector_id: str | Unset = UNSET,
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPage[SimpleApp]:
        """List apps.

        Lists the low-code apps of a workspace, drafts and published ones, filtered by publish
        status.

        Args:
            workspace_id: The workspace whose apps are listed.
            publish_status: Which apps to return by publish state; the server default is
                published_online.
            connector_id: Channel whose published versions are returned (with
                published_online or published_draft); the server default is 1024, the API
                channel.
            page_num: Page number, starting at 1 (the server default).
            page_size: Apps per page; the server default is 20.
        """
        return self._requester.paginate(
            _ops.APPS_LIST,
            {
                "workspace_id": workspace_id,
                "publish_status": publish_status,
                "connector_id": connector_id,
                "page_num": page_num,
                "page_size": page_size,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class TemplatesResource:
    """The `templates` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def duplicate(
        self,
        *,
        template_id: str,
        workspace_id: str,
        name: str | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> TemplateDuplicateResult:
        """Duplicate a template.

        Copies a template into a workspace and returns the id of the entity it created.

        Args:
            template_id: The template to copy.
            workspace_id: The workspace to copy the template into.
            name: Name of the copy; the template's name when omitted.
        """
        return self._requester.request(
            _ops.TEMPLATES_DUPLICATE,
            {"template_id": template_id, "workspace_id": workspace_id, "name": name},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncTemplatesResource:
    """The `templates` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def duplicate(
        self,
        *,
        template_id: str,
        workspace_id: str,
        name: str | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> TemplateDuplicateResult:
        """Duplicate a template.

        Copies a template into a workspace and returns the id of the entity it created.

        Args:
            template_id: The template to copy.
            workspace_id: The workspace to copy the template into.
            name: Name of the copy; the template's name when omitted.
        """
        return await self._requester.request(
            _ops.TEMPLATES_DUPLICATE,
            {"template_id": template_id, "workspace_id": workspace_id, "name": name},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class WorkspacesMembersResource:
    """The `workspaces.members` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        workspace_id: str,
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> SyncPage[WorkspaceMember]:
        """List workspace members.

        Lists the members of a workspace with their roles.

        Args:
            workspace_id: The workspace whose members are listed.
            page_num: Page number, starting at 1 (the server default).
            page_size: Members per page, 1 to 50; the server default is 20.
        """
        return self._requester.paginate(
            _ops.WORKSPACES_MEMBERS_LIST,
            {"workspace_id": workspace_id, "page_num": page_num, "page_size": page_size},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def create(
        self,
        *,
        workspace_id: str,
        users: Sequence[WorkspaceNewMember | Mapping[str, Any]],
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> WorkspacesMembersCreateResult:
        """Add workspace members.

        Adds or invites up to 20 users to a workspace and reports what happened to each.

        Args:
            workspace_id: The workspace to add users to.
            users: The users to add, at most 20.
        """
        return self._requester.request(
            _ops.WORKSPACES_MEMBERS_CREATE,
            {"workspace_id": workspace_id, "users": users},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def delete(
        self,
        *,
        workspace_id: str,
        user_ids: Sequence[str],
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> WorkspacesMembersDeleteResult:
        """Remove workspace members.

        Removes up to 5 members from a workspace and reports what happened to each; the owner
        cannot be removed.

        Args:
            workspace_id: The workspace to remove users from.
            user_ids: The users to remove, at most 5.
        """
        return self._requester.request(
            _ops.WORKSPACES_MEMBERS_DELETE,
            {"workspace_id": workspace_id, "user_ids": user_ids},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncWorkspacesMembersResource:
    """The `workspaces.members` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        workspace_id: str,
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPage[WorkspaceMember]:
        """List workspace members.

        Lists the members of a workspace with their roles.

        Args:
            workspace_id: The workspace whose members are listed.
            page_num: Page number, starting at 1 (the server default).
            page_size: Members per page, 1 to 50; the server default is 20.
        """
        return self._requester.paginate(
            _ops.WORKSPACES_MEMBERS_LIST,
            {"workspace_id": workspace_id, "page_num": page_num, "page_size": page_size},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def create(
        self,
        *,
        workspace_id: str,
        users: Sequence[WorkspaceNewMember | Mapping[str, Any]],
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> WorkspacesMembersCreateResult:
        """Add workspace members.

        Adds or invites up to 20 users to a workspace and reports what happened to each.

        Args:
            workspace_id: The workspace to add users to.
            users: The users to add, at most 20.
        """
        return await self._requester.request(
            _ops.WORKSPACES_MEMBERS_CREATE,
            {"workspace_id": workspace_id, "users": users},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def delete(
        self,
        *,
        workspace_id: str,
        user_ids: Sequence[str],
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> WorkspacesMembersDeleteResult:
        """Remove workspace members.

        Removes up to 5 members from a workspace and reports what happened to each; the owner
        cannot be removed.

        Args:
            workspace_id: The workspace to remove users from.
            user_ids: The users to remove, at most 5.
        """
        return await self._requester.request(
            _ops.WORKSPACES_MEMBERS_DELETE,
            {"workspace_id": workspace_id, "user_ids": user_ids},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class WorkspacesResource:
    """The `workspaces` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    @cached_property
    def members(self) -> WorkspacesMembersResource:
        """The `workspaces.members` resource group."""
        return WorkspacesMembersResource(self._requester)

    def list(
        self,
        *,
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        enterprise_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        coze_account_id: str | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> SyncPage[Workspace]:
        """List workspaces.

        Lists the workspaces the current user (or a given user in an organization) created or
        joined.

        Args:
            page_num: Page number, starting at 1 (the server default).
            page_size: Workspaces per page, at most 50; the server default is 20.
            enterprise_id: Only workspaces of this enterprise (enterprise plans only).
            user_id: List the workspaces of this Coze user instead of the caller; requires
                coze_account_id.
            coze_account_id: The organization to look in together with user_id (equal to the
                user id on personal plans).
        """
        return self._requester.paginate(
            _ops.WORKSPACES_LIST,
            {
                "page_num": page_num,
                "page_size": page_size,
                "enterprise_id": enterprise_id,
                "user_id": user_id,
                "coze_account_id": coze_account_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def create(
        self,
        *,
        name: str,
        description: str,
        icon_file_id: str | Unset = UNSET,
        coze_account_id: str | Unset = UNSET,
        owner_uid: str | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> WorkspacesCreateResult:
        """Create a workspace.

        Creates a workspace, in the caller's personal account or in an organization.

        Args:
            name: The workspace name, up to 50 characters.
            description: What the workspace is for, up to 2000 characters.
            icon_file_id: Id of an uploaded file to use as icon; the default icon when
                omitted.
            coze_account_id: Organization to create the workspace in; the caller's personal
                account when omitted.
            owner_uid: Coze user id of the owner (enterprise plans); the token's creator
                when omitted.
        """
        return self._requester.request(
            _ops.WORKSPACES_CREATE,
            {
                "name": name,
                "description": description,
                "icon_file_id": icon_file_id,
                "coze_account_id": coze_account_id,
                "owner_uid": owner_uid,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def update(
        self,
        *,
        workspace_id: str,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> WorkspacesUpdateResponse:
        """Update a workspace.

        Renames a workspace or changes its description.

        Args:
            workspace_id: The workspace to update.
            name: New name, up to 50 characters.
            description: New description, up to 2000 characters.
        """
        return self._requester.request(
            _ops.WORKSPACES_UPDATE,
            {"workspace_id": workspace_id, "name": name, "description": description},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncWorkspacesResource:
    """The `workspaces` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @cached_property
    def members(self) -> AsyncWorkspacesMembersResource:
        """The `workspaces.members` resource group."""
        return AsyncWorkspacesMembersResource(self._requester)

    def list(
        self,
        *,
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        enterprise_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        coze_account_id: str | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPage[Workspace]:
        """List workspaces.

        Lists the workspaces the current user (or a given user in an organization) created or
        joined.

        Args:
            page_num: Page number, starting at 1 (the server default).
            page_size: Workspaces per page, at most 50; the server default is 20.
            enterprise_id: Only workspaces of this enterprise (enterprise plans only).
            user_id: List the workspaces of this Coze user instead of the caller; requires
                coze_account_id.
            coze_account_id: The organization to look in together with user_id (equal to the
                user id on personal plans).
        """
        return self._requester.paginate(
            _ops.WORKSPACES_LIST,
            {
                "page_num": page_num,
                "page_size": page_size,
                "enterprise_id": enterprise_id,
                "user_id": user_id,
                "coze_account_id": coze_account_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def create(
        self,
        *,
        name: str,
        description: str,
        icon_file_id: str | Unset = UNSET,
        coze_account_id: str | Unset = UNSET,
        owner_uid: str | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> WorkspacesCreateResult:
        """Create a workspace.

        Creates a workspace, in the caller's personal account or in an organization.

        Args:
            name: The workspace name, up to 50 characters.
            description: What the workspace is for, up to 2000 characters.
            icon_file_id: Id of an uploaded file to use as icon; the default icon when
                omitted.
            coze_account_id: Organization to create the workspace in; the caller's personal
                account when omitted.
            owner_uid: Coze user id of the owner (enterprise plans); the token's creator
                when omitted.
        """
        return await self._requester.request(
            _ops.WORKSPACES_CREATE,
            {
                "name": name,
                "description": description,
                "icon_file_id": icon_file_id,
                "coze_account_id": coze_account_id,
                "owner_uid": owner_uid,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def update(
        self,
        *,
        workspace_id: str,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> WorkspacesUpdateResponse:
        """Update a workspace.

        Renames a workspace or changes its description.

        Args:
            workspace_id: The workspace to update.
            name: New name, up to 50 characters.
            description: New description, up to 2000 characters.
        """
        return await self._requester.request(
            _ops.WORKSPACES_UPDATE,
            {"workspace_id": workspace_id, "name": name, "description": description},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class UsersResource:
    """The `users` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def me(
        self,
        *,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> User:
        """Retrieve the current user.

        Returns the Coze account that owns the access token.
        """
        return self._requester.request(
            _ops.USERS_ME,
            {},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncUsersResource:
    """The `users` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def me(
        self,
        *,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> User:
        """Retrieve the current user.

        Returns the Coze account that owns the access token.
        """
        return await self._requester.request(
            _ops.USERS_ME,
            {},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class VariablesResource:
    """The `variables` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def retrieve(
        self,
        *,
        connector_uid: str,
        keywords: Sequence[str] | Unset = UNSET,
        app_id: str | Unset = UNSET,
        bot_id: str | Unset = UNSET,
        connector_id: str | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> VariablesRetrieveResult:
        """Retrieve user variable values.

        Returns the values one end user has for the user variables of a bot or an app.

        Args:
            connector_uid: The end user whose values are read (the user_id used in chats or
                the ext.user_id of workflow runs).
            keywords: Names of the variables to read, sent comma-joined; all variables when
                omitted.
            app_id: The app whose variables are read; give this or bot_id.
            bot_id: The bot whose variables are read; give this or app_id.
            connector_id: Channel of the bot or app, 1024 (API) or 999 (Chat SDK); the
                server default is 1024.
        """
        return self._requester.request(
            _ops.VARIABLES_RETRIEVE,
            {
                "connector_uid": connector_uid,
                "keywords": keywords,
                "app_id": app_id,
                "bot_id": bot_id,
                "connector_id": connector_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def update(
        self,
        *,
        connector_uid: str,
        data: Sequence[VariableAssignment | Mapping[str, Any]],
        app_id: str | Unset = UNSET,
        bot_id: str | Unset = UNSET,
        connector_id: str | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> VariablesUpdateResponse:
        """Set user variable values.

        Sets the values of user variables of a bot or an app for one end user.

        Args:
            connector_uid: The end user whose values are set (the user_id used in chats or
                workflow runs).
            data: The values to set; must not be empty.
            app_id: The app whose variables are set; give this or bot_id.
            bot_id: The bot whose variables are set; give this or app_id.
            connector_id: Channel of the bot or app, 1024 (API) or 999 (Chat SDK); the
                server default is 1024.
        """
        return self._requester.request(
            _ops.VARIABLES_UPDATE,
            {
                "connector_uid": connector_uid,
                "data": data,
                "app_id": app_id,
                "bot_id": bot_id,
                "connector_id": connector_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncVariablesResource:
    """The `variables` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def retrieve(
        self,
        *,
        connector_uid: str,
        keywords: Sequence[str] | Unset = UNSET,
        app_id: str | Unset = UNSET,
        bot_id: str | Unset = UNSET,
        connector_id: str | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> VariablesRetrieveResult:
        """Retrieve user variable values.

        Returns the values one end user has for the user variables of a bot or an app.

        Args:
            connector_uid: The end user whose values are read (the user_id used in chats or
                the ext.user_id of workflow runs).
            keywords: Names of the variables to read, sent comma-joined; all variables when
                omitted.
            app_id: The app whose variables are read; give this or bot_id.
            bot_id: The bot whose variables are read; give this or app_id.
            connector_id: Channel of the bot or app, 1024 (API) or 999 (Chat SDK); the
                server default is 1024.
        """
        return await self._requester.request(
            _ops.VARIABLES_RETRIEVE,
            {
                "connector_uid": connector_uid,
                "keywords": keywords,
                "app_id": app_id,
                "bot_id": bot_id,
                "connector_id": connector_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def update(
        self,
        *,
        connector_uid: str,
        data: Sequence[VariableAssignment | Mapping[str, Any]],
        app_id: str | Unset = UNSET,
        bot_id: str | Unset = UNSET,
        connector_id: str | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> VariablesUpdateResponse:
        """Set user variable values.

        Sets the values of user variables of a bot or an app for one end user.

        Args:
            connector_uid: The end user whose values are set (the user_id used in chats or
                workflow runs).
            data: The values to set; must not be empty.
            app_id: The app whose variables are set; give this or bot_id.
            bot_id: The bot whose variables are set; give this or app_id.
            connector_id: Channel of the bot or app, 1024 (API) or 999 (Chat SDK); the
                server default is 1024.
        """
        return await self._requester.request(
            _ops.VARIABLES_UPDATE,
            {
                "connector_uid": connector_uid,
                "data": data,
                "app_id": app_id,
                "bot_id": bot_id,
                "connector_id": connector_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class FoldersResource:
    """The `folders` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        workspace_id: str,
        folder_type: FolderType | str,
        parent_folder_id: str | Unset = UNSET,
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> SyncPage[SimpleFolder]:
        """List folders.

        Lists the folders directly under the root of a workspace or under a parent folder.

        Args:
            workspace_id: The workspace whose folders are listed.
            folder_type: The kind of folders to list.
            parent_folder_id: List the sub-folders of this folder; the workspace root when
                omitted or 0.
            page_num: Page number, starting at 1 (the server default).
            page_size: Folders per page, at most 50; the server default is 20.
        """
        return self._requester.paginate(
            _ops.FOLDERS_LIST,
            {
                "workspace_id": workspace_id,
                "folder_type": folder_type,
                "parent_folder_id": parent_folder_id,
                "page_num": page_num,
                "page_size": page_size,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def retrieve(
        self,
        *,
        folder_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> SimpleFolder:
        """Retrieve a folder.

        Returns one folder of a workspace.

        Args:
            folder_id: The folder to retrieve.
        """
        return self._requester.request(
            _ops.FOLDERS_RETRIEVE,
            {"folder_id": folder_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncFoldersResource:
    """The `folders` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        workspace_id: str,
        folder_type: FolderType | str,
        parent_folder_id: str | Unset = UNSET,
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPage[SimpleFolder]:
        """List folders.

        Lists the folders directly under the root of a workspace or under a parent folder.

        Args:
            workspace_id: The workspace whose folders are listed.
            folder_type: The kind of folders to list.
            parent_folder_id: List the sub-folders of this folder; the workspace root when
                omitted or 0.
            page_num: Page number, starting at 1 (the server default).
            page_size: Folders per page, at most 50; the server default is 20.
        """
        return self._requester.paginate(
            _ops.FOLDERS_LIST,
            {
                "workspace_id": workspace_id,
                "folder_type": folder_type,
                "parent_folder_id": parent_folder_id,
                "page_num": page_num,
                "page_size": page_size,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def retrieve(
        self,
        *,
        folder_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> SimpleFolder:
        """Retrieve a folder.

        Returns one folder of a workspace.

        Args:
            folder_id: The folder to retrieve.
        """
        return await self._requester.request(
            _ops.FOLDERS_RETRIEVE,
            {"folder_id": folder_id},
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
        """Upload a file.

        Uploads a local file (at most 512 MB) so that chats, workflows and knowledge bases can
        refer to it by its file id; files are kept for three months.

        Args:
            file: The file's content; the multipart part's filename becomes the file name.
        """
        return self._requester.request(
            _ops.FILES_UPLOAD,
            {"file": file},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def retrieve(
        self,
        *,
        file_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> File:
        """Retrieve a file.

        Returns the metadata of a file uploaded earlier; the content itself cannot be
        downloaded.

        Args:
            file_id: The id returned by files.upload.
        """
        return self._requester.request(
            _ops.FILES_RETRIEVE,
            {"file_id": file_id},
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
        """Upload a file.

        Uploads a local file (at most 512 MB) so that chats, workflows and knowledge bases can
        refer to it by its file id; files are kept for three months.

        Args:
            file: The file's content; the multipart part's filename becomes the file name.
        """
        return await self._requester.request(
            _ops.FILES_UPLOAD,
            {"file": file},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def retrieve(
        self,
        *,
        file_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> File:
        """Retrieve a file.

        Returns the metadata of a file uploaded earlier; the content itself cannot be
        downloaded.

        Args:
            file_id: The id returned by files.upload.
        """
        return await self._requester.request(
            _ops.FILES_RETRIEVE,
            {"file_id": file_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class DatasetsImagesResource:
    """The `datasets.images` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        dataset_id: str,
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        keyword: str | Unset = UNSET,
        has_caption: bool | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> SyncPage[DatasetPhoto]:
        """List images of a knowledge base.

        Lists the images in an image knowledge base, optionally filtered by caption.

        Args:
            dataset_id: The image knowledge base.
            page_num: Page number, starting at 1 (the server default).
            page_size: Images per page, 1 to 299; the server default is 10.
            keyword: Only return images whose caption contains this text.
            has_caption: Only return images with (true) or without (false) a caption.
        """
        return self._requester.paginate(
            _ops.DATASETS_IMAGES_LIST,
            {
                "dataset_id": dataset_id,
                "page_num": page_num,
                "page_size": page_size,
                "keyword": keyword,
                "has_caption": has_caption,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def update(
        self,
        *,
        dataset_id: str,
        document_id: str,
        caption: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> DatasetsImagesUpdateResponse:
        """Update an image caption.

        Sets the caption of one image in an image knowledge base.

        Args:
            dataset_id: The image knowledge base.
            document_id: The image whose caption is set.
            caption: The image's new caption.
        """
        return self._requester.request(
            _ops.DATASETS_IMAGES_UPDATE,
            {"dataset_id": dataset_id, "document_id": document_id, "caption": caption},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncDatasetsImagesResource:
    """The `datasets.images` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        dataset_id: str,
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        keyword: str | Unset = UNSET,
        has_caption: bool | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPage[DatasetPhoto]:
        """List images of a knowledge base.

        Lists the images in an image knowledge base, optionally filtered by caption.

        Args:
            dataset_id: The image knowledge base.
            page_num: Page number, starting at 1 (the server default).
            page_size: Images per page, 1 to 299; the server default is 10.
            keyword: Only return images whose caption contains this text.
            has_caption: Only return images with (true) or without (false) a caption.
        """
        return self._requester.paginate(
            _ops.DATASETS_IMAGES_LIST,
            {
                "dataset_id": dataset_id,
                "page_num": page_num,
                "page_size": page_size,
                "keyword": keyword,
                "has_caption": has_caption,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def update(
        self,
        *,
        dataset_id: str,
        document_id: str,
        caption: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> DatasetsImagesUpdateResponse:
        """Update an image caption.

        Sets the caption of one image in an image knowledge base.

        Args:
            dataset_id: The image knowledge base.
            document_id: The image whose caption is set.
            caption: The image's new caption.
        """
        return await self._requester.request(
            _ops.DATASETS_IMAGES_UPDATE,
            {"dataset_id": dataset_id, "document_id": document_id, "caption": caption},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class DatasetsDocumentsResource:
    """The `datasets.documents` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def create(
        self,
        *,
        dataset_id: str,
        document_bases: Sequence[DatasetDocumentBase | Mapping[str, Any]],
        chunk_strategy: DatasetChunkStrategy | Mapping[str, Any],
        format_type: DatasetFormatType | int,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> DatasetsDocumentsCreateResponse:
        """Add files to a knowledge base.

        Adds up to 10 files to a knowledge base you own, as base64 local files or web pages
        (text) or as uploaded file ids (images); one upload method per request.

        Args:
            dataset_id: The knowledge base to add the files to.
            document_bases: The files to add, at most 10 (one for table knowledge bases),
                all with the same upload method.
            chunk_strategy: How files are split into chunks (text) or captioned (images).
            format_type: Kind of knowledge base or file; 0 text documents (txt, pdf, web
                pages, ...), 1 tables (xls, ...), 2 images (png, ...).
        """
        return self._requester.request(
            _ops.DATASETS_DOCUMENTS_CREATE,
            {
                "dataset_id": dataset_id,
                "document_bases": document_bases,
                "chunk_strategy": chunk_strategy,
                "format_type": format_type,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def update(
        self,
        *,
        document_id: str,
        document_name: str | Unset = UNSET,
        update_rule: DatasetUpdateRule | Mapping[str, Any] | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> DatasetsDocumentsUpdateResponse:
        """Update a knowledge base file.

        Renames a file in a knowledge base and changes how often an added web page is refreshed.

        Args:
            document_id: The file to update.
            document_name: New name of the file.
            update_rule: Refresh policy of a file added from a web page.
        """
        return self._requester.request(
            _ops.DATASETS_DOCUMENTS_UPDATE,
            {"document_id": document_id, "document_name": document_name, "update_rule": update_rule},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def delete(
        self,
        *,
        document_ids: Sequence[str],
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> DatasetsDocumentsDeleteResponse:
        """Delete knowledge base files.

        Deletes up to 100 files (text, table or image) from a knowledge base you own.

        Args:
            document_ids: Ids of the files to delete, at most 100.
        """
        return self._requester.request(
            _ops.DATASETS_DOCUMENTS_DELETE,
            {"document_ids": document_ids},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def list(
        self,
        *,
        dataset_id: str,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> SyncPage[DatasetDocument]:
        """List knowledge base files.

        Lists the files (documents, tables or images) of a knowledge base.

        Args:
            dataset_id: The knowledge base whose files are listed.
            page: Page number, starting at 1 (the server default).
            size: Files per page; the server default is 10.
        """
        return self._requester.paginate(
            _ops.DATASETS_DOCUMENTS_LIST,
            {"dataset_id": dataset_id, "page": page, "size": size},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncDatasetsDocumentsResource:
    """The `datasets.documents` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def create(
        self,
        *,
        dataset_id: str,
        document_bases: Sequence[DatasetDocumentBase | Mapping[str, Any]],
        chunk_strategy: DatasetChunkStrategy | Mapping[str, Any],
        format_type: DatasetFormatType | int,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> DatasetsDocumentsCreateResponse:
        """Add files to a knowledge base.

        Adds up to 10 files to a knowledge base you own, as base64 local files or web pages
        (text) or as uploaded file ids (images); one upload method per request.

        Args:
            dataset_id: The knowledge base to add the files to.
            document_bases: The files to add, at most 10 (one for table knowledge bases),
                all with the same upload method.
            chunk_strategy: How files are split into chunks (text) or captioned (images).
            format_type: Kind of knowledge base or file; 0 text documents (txt, pdf, web
                pages, ...), 1 tables (xls, ...), 2 images (png, ...).
        """
        return await self._requester.request(
            _ops.DATASETS_DOCUMENTS_CREATE,
            {
                "dataset_id": dataset_id,
                "document_bases": document_bases,
                "chunk_strategy": chunk_strategy,
                "format_type": format_type,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def update(
        self,
        *,
        document_id: str,
        document_name: str | Unset = UNSET,
        update_rule: DatasetUpdateRule | Mapping[str, Any] | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> DatasetsDocumentsUpdateResponse:
        """Update a knowledge base file.

        Renames a file in a knowledge base and changes how often an added web page is refreshed.

        Args:
            document_id: The file to update.
            document_name: New name of the file.
            update_rule: Refresh policy of a file added from a web page.
        """
        return await self._requester.request(
            _ops.DATASETS_DOCUMENTS_UPDATE,
            {"document_id": document_id, "document_name": document_name, "update_rule": update_rule},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def delete(
        self,
        *,
        document_ids: Sequence[str],
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> DatasetsDocumentsDeleteResponse:
        """Delete knowledge base files.

        Deletes up to 100 files (text, table or image) from a knowledge base you own.

        Args:
            document_ids: Ids of the files to delete, at most 100.
        """
        return await self._requester.request(
            _ops.DATASETS_DOCUMENTS_DELETE,
            {"document_ids": document_ids},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def list(
        self,
        *,
        dataset_id: str,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPage[DatasetDocument]:
        """List knowledge base files.

        Lists the files (documents, tables or images) of a knowledge base.

        Args:
            dataset_id: The knowledge base whose files are listed.
            page: Page number, starting at 1 (the server default).
            size: Files per page; the server default is 10.
        """
        return self._requester.paginate(
            _ops.DATASETS_DOCUMENTS_LIST,
            {"dataset_id": dataset_id, "page": page, "size": size},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class DatasetsResource:
    """The `datasets` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    @cached_property
    def images(self) -> DatasetsImagesResource:
        """The `datasets.images` resource group."""
        return DatasetsImagesResource(self._requester)

    @cached_property
    def documents(self) -> DatasetsDocumentsResource:
        """The `datasets.documents` resource group."""
        return DatasetsDocumentsResource(self._requester)

    def list(
        self,
        *,
        space_id: str,
        name: str | Unset = UNSET,
        format_type: DatasetFormatType | int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> SyncPage[Dataset]:
        """List knowledge bases.

        Lists the knowledge bases in a workspace's library, whoever owns them, optionally
        filtered by name and type.

        Args:
            space_id: The workspace whose knowledge bases are listed.
            name: Only return knowledge bases whose name matches this text (fuzzy match).
            format_type: Only return knowledge bases of this type.
            page_num: Page number, starting at 1 (the server default).
            page_size: Knowledge bases per page, 1 to 300; the server default is 10.
        """
        return self._requester.paginate(
            _ops.DATASETS_LIST,
            {
                "space_id": space_id,
                "name": name,
                "format_type": format_type,
                "page_num": page_num,
                "page_size": page_size,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def create(
        self,
        *,
        name: str,
        space_id: str,
        format_type: DatasetFormatType | int,
        description: str | Unset = UNSET,
        file_id: str | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> DatasetsCreateResult:
        """Create a knowledge base.

        Creates an empty text or image knowledge base in a workspace; add files to it with
        datasets.documents.create.

        Args:
            name: Name of the knowledge base, at most 100 characters.
            space_id: The workspace to create the knowledge base in.
            format_type: Kind of knowledge base or file; 0 text documents (txt, pdf, web
                pages, ...), 1 tables (xls, ...), 2 images (png, ...).
            description: Description of the knowledge base.
            file_id: Id of an image uploaded with files.upload, used as the icon.
        """
        return self._requester.request(
            _ops.DATASETS_CREATE,
            {
                "name": name,
                "space_id": space_id,
                "format_type": format_type,
                "description": description,
                "file_id": file_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def update(
        self,
        *,
        dataset_id: str,
        name: str,
        file_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> DatasetsUpdateResponse:
        """Update a knowledge base.

        Replaces the name, icon and description of a knowledge base you own; fields left out are
        reset to their defaults.

        Args:
            dataset_id: The knowledge base to update.
            name: New name, at most 100 characters.
            file_id: Id of an image uploaded with files.upload, used as the icon; left out,
                the icon is reset to the default.
            description: New description; left out, the description is cleared.
        """
        return self._requester.request(
            _ops.DATASETS_UPDATE,
            {"dataset_id": dataset_id, "name": name, "file_id": file_id, "description": description},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def delete(
        self,
        *,
        dataset_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> DatasetsDeleteResponse:
        """Delete a knowledge base.

        Deletes a knowledge base with all its files and unbinds it from every bot that uses it.

        Args:
            dataset_id: The knowledge base to delete; members may delete their own,
                workspace admins any.
        """
        return self._requester.request(
            _ops.DATASETS_DELETE,
            {"dataset_id": dataset_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def process(
        self,
        *,
        dataset_id: str,
        document_ids: Sequence[str],
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> DatasetsProcessResult:
        """Get file processing progress.

        Reports how far the server has got in processing files uploaded to one knowledge base.

        Args:
            dataset_id: The knowledge base holding the files.
            document_ids: Ids of the files to report on, all in the same knowledge base.
        """
        return self._requester.request(
            _ops.DATASETS_PROCESS,
            {"dataset_id": dataset_id, "document_ids": document_ids},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncDatasetsResource:
    """The `datasets` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @cached_property
    def images(self) -> AsyncDatasetsImagesResource:
        """The `datasets.images` resource group."""
        return AsyncDatasetsImagesResource(self._requester)

    @cached_property
    def documents(self) -> AsyncDatasetsDocumentsResource:
        """The `datasets.documents` resource group."""
        return AsyncDatasetsDocumentsResource(self._requester)

    def list(
        self,
        *,
        space_id: str,
        name: str | Unset = UNSET,
        format_type: DatasetFormatType | int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPage[Dataset]:
        """List knowledge bases.

        Lists the knowledge bases in a workspace's library, whoever owns them, optionally
        filtered by name and type.

        Args:
            space_id: The workspace whose knowledge bases are listed.
            name: Only return knowledge bases whose name matches this text (fuzzy match).
            format_type: Only return knowledge bases of this type.
            page_num: Page number, starting at 1 (the server default).
            page_size: Knowledge bases per page, 1 to 300; the server default is 10.
        """
        return self._requester.paginate(
            _ops.DATASETS_LIST,
            {
                "space_id": space_id,
                "name": name,
                "format_type": format_type,
                "page_num": page_num,
                "page_size": page_size,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def create(
        self,
        *,
        name: str,
        space_id: str,
        format_type: DatasetFormatType | int,
        description: str | Unset = UNSET,
        file_id: str | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> DatasetsCreateResult:
        """Create a knowledge base.

        Creates an empty text or image knowledge base in a workspace; add files to it with
        datasets.documents.create.

        Args:
            name: Name of the knowledge base, at most 100 characters.
            space_id: The workspace to create the knowledge base in.
            format_type: Kind of knowledge base or file; 0 text documents (txt, pdf, web
                pages, ...), 1 tables (xls, ...), 2 images (png, ...).
            description: Description of the knowledge base.
            file_id: Id of an image uploaded with files.upload, used as the icon.
        """
        return await self._requester.request(
            _ops.DATASETS_CREATE,
            {
                "name": name,
                "space_id": space_id,
                "format_type": format_type,
                "description": description,
                "file_id": file_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def update(
        self,
        *,
        dataset_id: str,
        name: str,
        file_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> DatasetsUpdateResponse:
        """Update a knowledge base.

        Replaces the name, icon and description of a knowledge base you own; fields left out are
        reset to their defaults.

        Args:
            dataset_id: The knowledge base to update.
            name: New name, at most 100 characters.
            file_id: Id of an image uploaded with files.upload, used as the icon; left out,
                the icon is reset to the default.
            description: New description; left out, the description is cleared.
        """
        return await self._requester.request(
            _ops.DATASETS_UPDATE,
            {"dataset_id": dataset_id, "name": name, "file_id": file_id, "description": description},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def delete(
        self,
        *,
        dataset_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> DatasetsDeleteResponse:
        """Delete a knowledge base.

        Deletes a knowledge base with all its files and unbinds it from every bot that uses it.

        Args:
            dataset_id: The knowledge base to delete; members may delete their own,
                workspace admins any.
        """
        return await self._requester.request(
            _ops.DATASETS_DELETE,
            {"dataset_id": dataset_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def process(
        self,
        *,
        dataset_id: str,
        document_ids: Sequence[str],
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> DatasetsProcessResult:
        """Get file processing progress.

        Reports how far the server has got in processing files uploaded to one knowledge base.

        Args:
            dataset_id: The knowledge base holding the files.
            document_ids: Ids of the files to report on, all in the same knowledge base.
        """
        return await self._requester.request(
            _ops.DATASETS_PROCESS,
            {"dataset_id": dataset_id, "document_ids": document_ids},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class WorkflowsRunsHistoriesExecuteNodesResource:
    """The `workflows.runs.histories.execute_nodes` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def retrieve(
        self,
        *,
        workflow_id: str,
        execute_id: str,
        node_execute_uuid: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> WorkflowNodeExecuteHistory:
        """Retrieve a node's output of a workflow run.

        Returns the full output of one output-node execution of a run, for outputs too large
        (over 1 MB) for the run history; kept 24 hours.

        Args:
            workflow_id: The workflow that was run.
            execute_id: The execute id of the run.
            node_execute_uuid: The node execution, from node_execute_status of the run
                history.
        """
        return self._requester.request(
            _ops.WORKFLOWS_RUNS_HISTORIES_EXECUTE_NODES_RETRIEVE,
            {"workflow_id": workflow_id, "execute_id": execute_id, "node_execute_uuid": node_execute_uuid},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncWorkflowsRunsHistoriesExecuteNodesResource:
    """The `workflows.runs.histories.execute_nodes` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def retrieve(
        self,
        *,
        workflow_id: str,
        execute_id: str,
        node_execute_uuid: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> WorkflowNodeExecuteHistory:
        """Retrieve a node's output of a workflow run.

        Returns the full output of one output-node execution of a run, for outputs too large
        (over 1 MB) for the run history; kept 24 hours.

        Args:
            workflow_id: The workflow that was run.
            execute_id: The execute id of the run.
            node_execute_uuid: The node execution, from node_execute_status of the run
                history.
        """
        return await self._requester.request(
            _ops.WORKFLOWS_RUNS_HISTORIES_EXECUTE_NODES_RETRIEVE,
            {"workflow_id": workflow_id, "execute_id": execute_id, "node_execute_uuid": node_execute_uuid},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class WorkflowsRunsHistoriesResource:
    """The `workflows.runs.histories` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    @cached_property
    def execute_nodes(self) -> WorkflowsRunsHistoriesExecuteNodesResource:
        """The `workflows.runs.histories.execute_nodes` resource group."""
        return WorkflowsRunsHistoriesExecuteNodesResource(self._requester)

    def retrieve(
        self,
        *,
        workflow_id: str,
        execute_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> builtins.list[WorkflowRunHistory]:
        """Retrieve a workflow run.

        Returns the status and output of one workflow run, typically an asynchronous one; poll
        it until execute_status leaves Running.

        Args:
            workflow_id: The workflow that was run.
            execute_id: The execute id returned when the run was started.
        """
        return self._requester.request(
            _ops.WORKFLOWS_RUNS_HISTORIES_RETRIEVE,
            {"workflow_id": workflow_id, "execute_id": execute_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncWorkflowsRunsHistoriesResource:
    """The `workflows.runs.histories` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @cached_property
    def execute_nodes(self) -> AsyncWorkflowsRunsHistoriesExecuteNodesResource:
        """The `workflows.runs.histories.execute_nodes` resource group."""
        return AsyncWorkflowsRunsHistoriesExecuteNodesResource(self._requester)

    async def retrieve(
        self,
        *,
        workflow_id: str,
        execute_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> builtins.list[WorkflowRunHistory]:
        """Retrieve a workflow run.

        Returns the status and output of one workflow run, typically an asynchronous one; poll
        it until execute_status leaves Running.

        Args:
            workflow_id: The workflow that was run.
            execute_id: The execute id returned when the run was started.
        """
        return await self._requester.request(
            _ops.WORKFLOWS_RUNS_HISTORIES_RETRIEVE,
            {"workflow_id": workflow_id, "execute_id": execute_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class WorkflowsRunsResource:
    """The `workflows.runs` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    @cached_property
    def histories(self) -> WorkflowsRunsHistoriesResource:
        """The `workflows.runs.histories` resource group."""
        return WorkflowsRunsHistoriesResource(self._requester)

    def create(
        self,
        *,
        workflow_id: str,
        parameters: Mapping[str, Any] | Unset = UNSET,
        bot_id: str | Unset = UNSET,
        app_id: str | Unset = UNSET,
        is_async: bool | Unset = UNSET,
        ext: Mapping[str, str] | Unset = UNSET,
        workflow_version: str | Unset = UNSET,
        connector_id: str | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> WorkflowRunResult:
        """Run a workflow.

        Runs a published workflow and waits for its output, or with is_async only starts it and
        returns an execute_id to poll run histories with.

        Args:
            workflow_id: The published workflow to run.
            parameters: Values of the start node's inputs by name; files as a URL or as a
                JSON string with a file_id.
            bot_id: Bot to run the workflow for, needed by workflows with database or
                variable nodes; not together with app_id (error 4000).
            app_id: The app the workflow belongs to, only for workflows of an app.
            is_async: Start the run and return at once with an execute_id (paid plans only,
                server default false).
            ext: Extra values some plugins read; supported keys are latitude, longitude and
                user_id.
            workflow_version: Version of a library workflow to run (server default the
                latest).
            connector_id: Channel to run on, such as 1024 for the API (server default 1024).
        """
        return self._requester.request(
            _ops.WORKFLOWS_RUNS_CREATE,
            {
                "workflow_id": workflow_id,
                "parameters": parameters,
                "bot_id": bot_id,
                "app_id": app_id,
                "is_async": is_async,
                "ext": ext,
                "workflow_version": workflow_version,
                "connector_id": connector_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def stream(
        self,
        *,
        workflow_id: str,
        parameters: Mapping[str, Any] | Unset = UNSET,
        bot_id: str | Unset = UNSET,
        app_id: str | Unset = UNSET,
        ext: Mapping[str, str] | Unset = UNSET,
        workflow_version: str | Unset = UNSET,
        connector_id: str | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> SyncEventStream[WorkflowsRunsStreamEvent]:
        """Run a workflow, streaming.

        Runs a published workflow and streams node output messages, interruptions and errors as
        server-sent events until Done.

        Args:
            workflow_id: The published workflow to run.
            parameters: Values of the start node's inputs by name; files as a URL or as a
                JSON string with a file_id.
            bot_id: Bot to run the workflow for, needed by workflows with database or
                variable nodes; not together with app_id (error 4000).
            app_id: The app the workflow belongs to, only for workflows of an app.
            ext: Extra values some plugins read; supported keys are latitude, longitude and
                user_id.
            workflow_version: Version of a library workflow to run (server default the
                latest).
            connector_id: Channel to run on, such as 1024 for the API (server default 1024).
        """
        return self._requester.stream(
            _ops.WORKFLOWS_RUNS_STREAM,
            {
                "workflow_id": workflow_id,
                "parameters": parameters,
                "bot_id": bot_id,
                "app_id": app_id,
                "ext": ext,
                "workflow_version": workflow_version,
                "connector_id": connector_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def resume(
        self,
        *,
        workflow_id: str,
        event_id: str,
        resume_data: str,
        interrupt_type: WorkflowInterruptType | int,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> SyncEventStream[WorkflowsRunsResumeEvent]:
        """Resume an interrupted workflow, streaming.

        Answers the interruption of a streamed run (question, input or client plugin node) and
        streams the rest of the run; event ids start again at 0.

        Args:
            workflow_id: The workflow of the interrupted run.
            event_id: event_id of the Interrupt event.
            resume_data: The answer to the interruption; files as a JSON string with a
                file_id.
            interrupt_type: What interrupted a run: 2 a question node, 5 an input node, 6 a
                client plugin, 7 an OAuth plugin; pass it as interrupt_type when resuming.
        """
        return self._requester.stream(
            _ops.WORKFLOWS_RUNS_RESUME,
            {
                "workflow_id": workflow_id,
                "event_id": event_id,
                "resume_data": resume_data,
                "interrupt_type": interrupt_type,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def resume_nonstream(
        self,
        *,
        workflow_id: str,
        event_id: str,
        resume_data: str,
        interrupt_type: WorkflowInterruptType | int,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> WorkflowRunResult:
        """Resume an interrupted workflow.

        Answers the interruption of a run started with workflows.runs.create and returns like
        it, synchronously or, for an asynchronous run, with an execute_id to poll.

        Args:
            workflow_id: The workflow of the interrupted run.
            event_id: event_id of the run's interrupt_data.
            resume_data: The answer to the interruption; files as a JSON string with a
                file_id.
            interrupt_type: What interrupted a run: 2 a question node, 5 an input node, 6 a
                client plugin, 7 an OAuth plugin; pass it as interrupt_type when resuming.
        """
        return self._requester.request(
            _ops.WORKFLOWS_RUNS_RESUME_NONSTREAM,
            {
                "workflow_id": workflow_id,
                "event_id": event_id,
                "resume_data": resume_data,
                "interrupt_type": interrupt_type,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncWorkflowsRunsResource:
    """The `workflows.runs` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @cached_property
    def histories(self) -> AsyncWorkflowsRunsHistoriesResource:
        """The `workflows.runs.histories` resource group."""
        return AsyncWorkflowsRunsHistoriesResource(self._requester)

    async def create(
        self,
        *,
        workflow_id: str,
        parameters: Mapping[str, Any] | Unset = UNSET,
        bot_id: str | Unset = UNSET,
        app_id: str | Unset = UNSET,
        is_async: bool | Unset = UNSET,
        ext: Mapping[str, str] | Unset = UNSET,
        workflow_version: str | Unset = UNSET,
        connector_id: str | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> WorkflowRunResult:
        """Run a workflow.

        Runs a published workflow and waits for its output, or with is_async only starts it and
        returns an execute_id to poll run histories with.

        Args:
            workflow_id: The published workflow to run.
            parameters: Values of the start node's inputs by name; files as a URL or as a
                JSON string with a file_id.
            bot_id: Bot to run the workflow for, needed by workflows with database or
                variable nodes; not together with app_id (error 4000).
            app_id: The app the workflow belongs to, only for workflows of an app.
            is_async: Start the run and return at once with an execute_id (paid plans only,
                server default false).
            ext: Extra values some plugins read; supported keys are latitude, longitude and
                user_id.
            workflow_version: Version of a library workflow to run (server default the
                latest).
            connector_id: Channel to run on, such as 1024 for the API (server default 1024).
        """
        return await self._requester.request(
            _ops.WORKFLOWS_RUNS_CREATE,
            {
                "workflow_id": workflow_id,
                "parameters": parameters,
                "bot_id": bot_id,
                "app_id": app_id,
                "is_async": is_async,
                "ext": ext,
                "workflow_version": workflow_version,
                "connector_id": connector_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def stream(
        self,
        *,
        workflow_id: str,
        parameters: Mapping[str, Any] | Unset = UNSET,
        bot_id: str | Unset = UNSET,
        app_id: str | Unset = UNSET,
        ext: Mapping[str, str] | Unset = UNSET,
        workflow_version: str | Unset = UNSET,
        connector_id: str | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> AsyncEventStream[WorkflowsRunsStreamEvent]:
        """Run a workflow, streaming.

        Runs a published workflow and streams node output messages, interruptions and errors as
        server-sent events until Done.

        Args:
            workflow_id: The published workflow to run.
            parameters: Values of the start node's inputs by name; files as a URL or as a
                JSON string with a file_id.
            bot_id: Bot to run the workflow for, needed by workflows with database or
                variable nodes; not together with app_id (error 4000).
            app_id: The app the workflow belongs to, only for workflows of an app.
            ext: Extra values some plugins read; supported keys are latitude, longitude and
                user_id.
            workflow_version: Version of a library workflow to run (server default the
                latest).
            connector_id: Channel to run on, such as 1024 for the API (server default 1024).
        """
        return await self._requester.stream(
            _ops.WORKFLOWS_RUNS_STREAM,
            {
                "workflow_id": workflow_id,
                "parameters": parameters,
                "bot_id": bot_id,
                "app_id": app_id,
                "ext": ext,
                "workflow_version": workflow_version,
                "connector_id": connector_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def resume(
        self,
        *,
        workflow_id: str,
        event_id: str,
        resume_data: str,
        interrupt_type: WorkflowInterruptType | int,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> AsyncEventStream[WorkflowsRunsResumeEvent]:
        """Resume an interrupted workflow, streaming.

        Answers the interruption of a streamed run (question, input or client plugin node) and
        streams the rest of the run; event ids start again at 0.

        Args:
            workflow_id: The workflow of the interrupted run.
            event_id: event_id of the Interrupt event.
            resume_data: The answer to the interruption; files as a JSON string with a
                file_id.
            interrupt_type: What interrupted a run: 2 a question node, 5 an input node, 6 a
                client plugin, 7 an OAuth plugin; pass it as interrupt_type when resuming.
        """
        return await self._requester.stream(
            _ops.WORKFLOWS_RUNS_RESUME,
            {
                "workflow_id": workflow_id,
                "event_id": event_id,
                "resume_data": resume_data,
                "interrupt_type": interrupt_type,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def resume_nonstream(
        self,
        *,
        workflow_id: str,
        event_id: str,
        resume_data: str,
        interrupt_type: WorkflowInterruptType | int,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> WorkflowRunResult:
        """Resume an interrupted workflow.

        Answers the interruption of a run started with workflows.runs.create and returns like
        it, synchronously or, for an asynchronous run, with an execute_id to poll.

        Args:
            workflow_id: The workflow of the interrupted run.
            event_id: event_id of the run's interrupt_data.
            resume_data: The answer to the interruption; files as a JSON string with a
                file_id.
            interrupt_type: What interrupted a run: 2 a question node, 5 an input node, 6 a
                client plugin, 7 an OAuth plugin; pass it as interrupt_type when resuming.
        """
        return await self._requester.request(
            _ops.WORKFLOWS_RUNS_RESUME_NONSTREAM,
            {
                "workflow_id": workflow_id,
                "event_id": event_id,
                "resume_data": resume_data,
                "interrupt_type": interrupt_type,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class WorkflowsChatResource:
    """The `workflows.chat` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def stream(
        self,
        *,
        workflow_id: str,
        additional_messages: Sequence[EnterMessage | Mapping[str, Any]],
        parameters: Mapping[str, Any] | Unset = UNSET,
        app_id: str | Unset = UNSET,
        bot_id: str | Unset = UNSET,
        conversation_id: str | Unset = UNSET,
        ext: Mapping[str, str] | Unset = UNSET,
        workflow_version: str | Unset = UNSET,
        connector_id: str | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> SyncEventStream[WorkflowsChatStreamEvent]:
        """Run a chatflow, streaming.

        Runs a published chatflow with the user's messages and streams chat events like a
        streaming bot chat; an interrupted chatflow is continued by calling it again with the
        answer.

        Args:
            workflow_id: The published chatflow to run.
            additional_messages: The conversation so far, at most 50 messages, ending with
                the user's new question (the chatflow's USER_INPUT).
            parameters: Values of the chatflow's custom inputs by name; CONVERSATION_NAME
                picks the conversation of an app chatflow.
            app_id: The app to run in; required for an app's chatflow, not together with
                bot_id.
            bot_id: The bot to run a library chatflow in; not together with app_id.
            conversation_id: Conversation to store the messages in; overrides
                CONVERSATION_NAME. With bot_id and none given, a new one is created.
            ext: Extra values some plugins read; supported keys are latitude, longitude and
                user_id.
            workflow_version: Version of a library chatflow to run (server default the
                latest).
            connector_id: Channel to run on, such as 1024 for the API (server default 1024).
        """
        return self._requester.stream(
            _ops.WORKFLOWS_CHAT_STREAM,
            {
                "workflow_id": workflow_id,
                "additional_messages": additional_messages,
                "parameters": parameters,
                "app_id": app_id,
                "bot_id": bot_id,
                "conversation_id": conversation_id,
                "ext": ext,
                "workflow_version": workflow_version,
                "connector_id": connector_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncWorkflowsChatResource:
    """The `workflows.chat` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def stream(
        self,
        *,
        workflow_id: str,
        additional_messages: Sequence[EnterMessage | Mapping[str, Any]],
        parameters: Mapping[str, Any] | Unset = UNSET,
        app_id: str | Unset = UNSET,
        bot_id: str | Unset = UNSET,
        conversation_id: str | Unset = UNSET,
        ext: Mapping[str, str] | Unset = UNSET,
        workflow_version: str | Unset = UNSET,
        connector_id: str | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> AsyncEventStream[WorkflowsChatStreamEvent]:
        """Run a chatflow, streaming.

        Runs a published chatflow with the user's messages and streams chat events like a
        streaming bot chat; an interrupted chatflow is continued by calling it again with the
        answer.

        Args:
            workflow_id: The published chatflow to run.
            additional_messages: The conversation so far, at most 50 messages, ending with
                the user's new question (the chatflow's USER_INPUT).
            parameters: Values of the chatflow's custom inputs by name; CONVERSATION_NAME
                picks the conversation of an app chatflow.
            app_id: The app to run in; required for an app's chatflow, not together with
                bot_id.
            bot_id: The bot to run a library chatflow in; not together with app_id.
            conversation_id: Conversation to store the messages in; overrides
                CONVERSATION_NAME. With bot_id and none given, a new one is created.
            ext: Extra values some plugins read; supported keys are latitude, longitude and
                user_id.
            workflow_version: Version of a library chatflow to run (server default the
                latest).
            connector_id: Channel to run on, such as 1024 for the API (server default 1024).
        """
        return await self._requester.stream(
            _ops.WORKFLOWS_CHAT_STREAM,
            {
                "workflow_id": workflow_id,
                "additional_messages": additional_messages,
                "parameters": parameters,
                "app_id": app_id,
                "bot_id": bot_id,
                "conversation_id": conversation_id,
                "ext": ext,
                "workflow_version": workflow_version,
                "connector_id": connector_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class WorkflowsVersionsResource:
    """The `workflows.versions` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        workflow_id: str,
        publish_status: WorkflowPublishStatus | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        include_input_output: bool | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> SyncPage[WorkflowVersion]:
        """List a workflow's versions.

        Lists the versions of a workflow, newest first, with page tokens.

        Args:
            workflow_id: The workflow whose versions to list.
            publish_status: Which publish state to list (server default published_online).
            page_size: Versions per page, 1 to 30 (server default 10).
            page_token: The next_page_token of the previous page; empty for the first page.
            include_input_output: Also return each version's input and output parameter
                shapes (server default false).
        """
        return self._requester.paginate(
            _ops.WORKFLOWS_VERSIONS_LIST,
            {
                "workflow_id": workflow_id,
                "publish_status": publish_status,
                "page_size": page_size,
                "page_token": page_token,
                "include_input_output": include_input_output,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncWorkflowsVersionsResource:
    """The `workflows.versions` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        workflow_id: str,
        publish_status: WorkflowPublishStatus | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        include_input_output: bool | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPage[WorkflowVersion]:
        """List a workflow's versions.

        Lists the versions of a workflow, newest first, with page tokens.

        Args:
            workflow_id: The workflow whose versions to list.
            publish_status: Which publish state to list (server default published_online).
            page_size: Versions per page, 1 to 30 (server default 10).
            page_token: The next_page_token of the previous page; empty for the first page.
            include_input_output: Also return each version's input and output parameter
                shapes (server default false).
        """
        return self._requester.paginate(
            _ops.WORKFLOWS_VERSIONS_LIST,
            {
                "workflow_id": workflow_id,
                "publish_status": publish_status,
                "page_size": page_size,
                "page_token": page_token,
                "include_input_output": include_input_output,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class WorkflowsCollaboratorsResource:
    """The `workflows.collaborators` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def create(
        self,
        *,
        workflow_id: str,
        collaborators: Sequence[WorkflowCollaborator | Mapping[str, Any]],
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> WorkflowsCollaboratorsCreateResponse:
        """Add a workflow collaborator.

        Adds one workspace member as a collaborator of a workflow in collaboration mode
        (enterprise plans only).

        Args:
            workflow_id: The workflow to add a collaborator to.
            collaborators: The collaborator to add; at most one per request.
        """
        return self._requester.request(
            _ops.WORKFLOWS_COLLABORATORS_CREATE,
            {"workflow_id": workflow_id, "collaborators": collaborators},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def delete(
        self,
        *,
        workflow_id: str,
        user_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> WorkflowsCollaboratorsDeleteResponse:
        """Remove a workflow collaborator.

        Removes one collaborator from a workflow.

        Args:
            workflow_id: The workflow to remove the collaborator from.
            user_id: Coze user id of the collaborator to remove.
        """
        return self._requester.request(
            _ops.WORKFLOWS_COLLABORATORS_DELETE,
            {"workflow_id": workflow_id, "user_id": user_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncWorkflowsCollaboratorsResource:
    """The `workflows.collaborators` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def create(
        self,
        *,
        workflow_id: str,
        collaborators: Sequence[WorkflowCollaborator | Mapping[str, Any]],
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> WorkflowsCollaboratorsCreateResponse:
        """Add a workflow collaborator.

        Adds one workspace member as a collaborator of a workflow in collaboration mode
        (enterprise plans only).

        Args:
            workflow_id: The workflow to add a collaborator to.
            collaborators: The collaborator to add; at most one per request.
        """
        return await self._requester.request(
            _ops.WORKFLOWS_COLLABORATORS_CREATE,
            {"workflow_id": workflow_id, "collaborators": collaborators},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def delete(
        self,
        *,
        workflow_id: str,
        user_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> WorkflowsCollaboratorsDeleteResponse:
        """Remove a workflow collaborator.

        Removes one collaborator from a workflow.

        Args:
            workflow_id: The workflow to remove the collaborator from.
            user_id: Coze user id of the collaborator to remove.
        """
        return await self._requester.request(
            _ops.WORKFLOWS_COLLABORATORS_DELETE,
            {"workflow_id": workflow_id, "user_id": user_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class WorkflowsCollaborationModesResource:
    """The `workflows.collaboration_modes` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def update(
        self,
        *,
        workflow_id: str,
        collaboration_mode: WorkflowCollaborationMode | str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> WorkflowsCollaborationModesUpdateResponse:
        """Switch a workflow's collaboration mode.

        Turns multi-user collaboration on or off for a library workflow or chatflow (enterprise
        plans only); remove all collaborators before switching back to single.

        Args:
            workflow_id: The workflow whose mode to set.
            collaboration_mode: single for one developer, collaboration for several.
        """
        return self._requester.request(
            _ops.WORKFLOWS_COLLABORATION_MODES_UPDATE,
            {"workflow_id": workflow_id, "collaboration_mode": collaboration_mode},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncWorkflowsCollaborationModesResource:
    """The `workflows.collaboration_modes` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def update(
        self,
        *,
        workflow_id: str,
        collaboration_mode: WorkflowCollaborationMode | str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> WorkflowsCollaborationModesUpdateResponse:
        """Switch a workflow's collaboration mode.

        Turns multi-user collaboration on or off for a library workflow or chatflow (enterprise
        plans only); remove all collaborators before switching back to single.

        Args:
            workflow_id: The workflow whose mode to set.
            collaboration_mode: single for one developer, collaboration for several.
        """
        return await self._requester.request(
            _ops.WORKFLOWS_COLLABORATION_MODES_UPDATE,
            {"workflow_id": workflow_id, "collaboration_mode": collaboration_mode},
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

    @cached_property
    def chat(self) -> WorkflowsChatResource:
        """The `workflows.chat` resource group."""
        return WorkflowsChatResource(self._requester)

    @cached_property
    def versions(self) -> WorkflowsVersionsResource:
        """The `workflows.versions` resource group."""
        return WorkflowsVersionsResource(self._requester)

    @cached_property
    def collaborators(self) -> WorkflowsCollaboratorsResource:
        """The `workflows.collaborators` resource group."""
        return WorkflowsCollaboratorsResource(self._requester)

    @cached_property
    def collaboration_modes(self) -> WorkflowsCollaborationModesResource:
        """The `workflows.collaboration_modes` resource group."""
        return WorkflowsCollaborationModesResource(self._requester)

    def retrieve(
        self,
        *,
        workflow_id: str,
        include_input_output: bool | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> WorkflowInfo:
        """Retrieve a workflow.

        Returns a workflow's basic information and, on request, the shape of its inputs and
        outputs.

        Args:
            workflow_id: The workflow to retrieve.
            include_input_output: Also return the input and output parameter shapes (server
                default false).
        """
        return self._requester.request(
            _ops.WORKFLOWS_RETRIEVE,
            {"workflow_id": workflow_id, "include_input_output": include_input_output},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def list(
        self,
        *,
        workspace_id: str,
        page_num: int,
        page_size: int | Unset = UNSET,
        workflow_mode: WorkflowMode | str | Unset = UNSET,
        app_id: str | Unset = UNSET,
        publish_status: WorkflowPublishStatus | str | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> SyncPage[WorkflowBasic]:
        """List workflows.

        Lists the workflows and chatflows of a workspace, or of one app in it, page by page.

        Args:
            workspace_id: The workspace whose workflows to list.
            page_num: Page number, starting at 1 (the list walks on from it).
            page_size: Workflows per page, 1 to 30 (server default 10).
            workflow_mode: Only workflows or only chatflows (server default both).
            app_id: Only the workflows of this app.
            publish_status: Which publish state to list (server default published_online).
        """
        return self._requester.paginate(
            _ops.WORKFLOWS_LIST,
            {
                "workspace_id": workspace_id,
                "page_num": page_num,
                "page_size": page_size,
                "workflow_mode": workflow_mode,
                "app_id": app_id,
                "publish_status": publish_status,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncWorkflowsResource:
    """The `workflows` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @cached_property
    def runs(self) -> AsyncWorkflowsRunsResource:
        """The `workflows.runs` resource group."""
        return AsyncWorkflowsRunsResource(self._requester)

    @cached_property
    def chat(self) -> AsyncWorkflowsChatResource:
        """The `workflows.chat` resource group."""
        return AsyncWorkflowsChatResource(self._requester)

    @cached_property
    def versions(self) -> AsyncWorkflowsVersionsResource:
        """The `workflows.versions` resource group."""
        return AsyncWorkflowsVersionsResource(self._requester)

    @cached_property
    def collaborators(self) -> AsyncWorkflowsCollaboratorsResource:
        """The `workflows.collaborators` resource group."""
        return AsyncWorkflowsCollaboratorsResource(self._requester)

    @cached_property
    def collaboration_modes(self) -> AsyncWorkflowsCollaborationModesResource:
        """The `workflows.collaboration_modes` resource group."""
        return AsyncWorkflowsCollaborationModesResource(self._requester)

    async def retrieve(
        self,
        *,
        workflow_id: str,
        include_input_output: bool | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> WorkflowInfo:
        """Retrieve a workflow.

        Returns a workflow's basic information and, on request, the shape of its inputs and
        outputs.

        Args:
            workflow_id: The workflow to retrieve.
            include_input_output: Also return the input and output parameter shapes (server
                default false).
        """
        return await self._requester.request(
            _ops.WORKFLOWS_RETRIEVE,
            {"workflow_id": workflow_id, "include_input_output": include_input_output},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def list(
        self,
        *,
        workspace_id: str,
        page_num: int,
        page_size: int | Unset = UNSET,
        workflow_mode: WorkflowMode | str | Unset = UNSET,
        app_id: str | Unset = UNSET,
        publish_status: WorkflowPublishStatus | str | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPage[WorkflowBasic]:
        """List workflows.

        Lists the workflows and chatflows of a workspace, or of one app in it, page by page.

        Args:
            workspace_id: The workspace whose workflows to list.
            page_num: Page number, starting at 1 (the list walks on from it).
            page_size: Workflows per page, 1 to 30 (server default 10).
            workflow_mode: Only workflows or only chatflows (server default both).
            app_id: Only the workflows of this app.
            publish_status: Which publish state to list (server default published_online).
        """
        return self._requester.paginate(
            _ops.WORKFLOWS_LIST,
            {
                "workspace_id": workspace_id,
                "page_num": page_num,
                "page_size": page_size,
                "workflow_mode": workflow_mode,
                "app_id": app_id,
                "publish_status": publish_status,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AudioSpeechResource:
    """The `audio.speech` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def create(
        self,
        *,
        input_: str,
        voice_id: str,
        response_format: AudioSpeechCreateRequestResponseFormat | str | Unset = UNSET,
        speed: float | Unset = UNSET,
        sample_rate: AudioSpeechCreateRequestSampleRate | int | Unset = UNSET,
        emotion: VoiceEmotion | str | Unset = UNSET,
        emotion_scale: float | Unset = UNSET,
        loudness_rate: int | Unset = UNSET,
        context_texts: str | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> BinaryResult:
        """Synthesize speech.

        Turns a short text into spoken audio with the chosen voice and returns the audio bytes
        directly.

        Args:
            input_: The text to speak, at most 1024 bytes of UTF-8.
            voice_id: The voice to speak with, as returned by the voice list.
            response_format: Audio encoding of the result; the server default is mp3.
            speed: Speaking rate multiplier, 0.2 to 3 for small-model voices and 0.5 to 2
                for large-model voices; the server default is 1.
            sample_rate: Sample rate of the result in Hz; the server default is 24000.
            emotion: An emotion a multi-emotion voice can speak with.
            emotion_scale: Strength of the emotion, 1.0 to 5.0; the server default is 4.0.
            loudness_rate: Volume change in percent, -50 (half) to 100 (double); the server
                default is 0.
            context_texts: Free-text speaking instructions (mood, dialect, tone); only
                honoured by newer large-model voices.
        """
        return self._requester.request(
            _ops.AUDIO_SPEECH_CREATE,
            {
                "input_": input_,
                "voice_id": voice_id,
                "response_format": response_format,
                "speed": speed,
                "sample_rate": sample_rate,
                "emotion": emotion,
                "emotion_scale": emotion_scale,
                "loudness_rate": loudness_rate,
                "context_texts": context_texts,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncAudioSpeechResource:
    """The `audio.speech` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def create(
        self,
        *,
        input_: str,
        voice_id: str,
        response_format: AudioSpeechCreateRequestResponseFormat | str | Unset = UNSET,
        speed: float | Unset = UNSET,
        sample_rate: AudioSpeechCreateRequestSampleRate | int | Unset = UNSET,
        emotion: VoiceEmotion | str | Unset = UNSET,
        emotion_scale: float | Unset = UNSET,
        loudness_rate: int | Unset = UNSET,
        context_texts: str | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> AsyncBinaryResult:
        """Synthesize speech.

        Turns a short text into spoken audio with the chosen voice and returns the audio bytes
        directly.

        Args:
            input_: The text to speak, at most 1024 bytes of UTF-8.
            voice_id: The voice to speak with, as returned by the voice list.
            response_format: Audio encoding of the result; the server default is mp3.
            speed: Speaking rate multiplier, 0.2 to 3 for small-model voices and 0.5 to 2
                for large-model voices; the server default is 1.
            sample_rate: Sample rate of the result in Hz; the server default is 24000.
            emotion: An emotion a multi-emotion voice can speak with.
            emotion_scale: Strength of the emotion, 1.0 to 5.0; the server default is 4.0.
            loudness_rate: Volume change in percent, -50 (half) to 100 (double); the server
                default is 0.
            context_texts: Free-text speaking instructions (mood, dialect, tone); only
                honoured by newer large-model voices.
        """
        return await self._requester.request(
            _ops.AUDIO_SPEECH_CREATE,
            {
                "input_": input_,
                "voice_id": voice_id,
                "response_format": response_format,
                "speed": speed,
                "sample_rate": sample_rate,
                "emotion": emotion,
                "emotion_scale": emotion_scale,
                "loudness_rate": loudness_rate,
                "context_texts": context_texts,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AudioTranscriptionsResource:
    """The `audio.transcriptions` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def create(
        self,
        *,
        file: FileInput,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> AudioTranscription:
        """Transcribe an audio file.

        Uploads one audio file and returns the recognized text.

        Args:
            file: The audio file (ogg, mp3, wav, m4a and more), at most 10 MB and under 30
                minutes.
        """
        return self._requester.request(
            _ops.AUDIO_TRANSCRIPTIONS_CREATE,
            {"file": file},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncAudioTranscriptionsResource:
    """The `audio.transcriptions` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def create(
        self,
        *,
        file: FileInput,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> AudioTranscription:
        """Transcribe an audio file.

        Uploads one audio file and returns the recognized text.

        Args:
            file: The audio file (ogg, mp3, wav, m4a and more), at most 10 MB and under 30
                minutes.
        """
        return await self._requester.request(
            _ops.AUDIO_TRANSCRIPTIONS_CREATE,
            {"file": file},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AudioVoicesResource:
    """The `audio.voices` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def clone(
        self,
        *,
        file: FileInput,
        voice_name: str,
        audio_format: AudioVoicesCloneRequestAudioFormat | str,
        language: VoiceLanguage | str | Unset = UNSET,
        voice_id: str | Unset = UNSET,
        preview_text: str | Unset = UNSET,
        text: str | Unset = UNSET,
        space_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> VoiceCloneResult:
        """Clone a voice.

        Creates a custom voice from a recorded sample, or retrains an existing cloned voice when
        voice_id is given.

        Args:
            file: The voice sample, at most 10 MB; 10 to 30 seconds of one speaker works
                best.
            voice_name: Name of the voice, at most 128 bytes.
            audio_format: Format of the uploaded sample; pcm must be 24 kHz mono.
            language: A language code accepted for voice cloning.
            voice_id: A previously cloned voice to retrain in place; omit to create a new
                voice.
            preview_text: Text for the preview audio generated after cloning; the server
                uses a stock sentence when omitted.
            text: Transcript of the sample, at most 1024 bytes; a large mismatch fails with
                code 1109.
            space_id: Workspace to store the voice in; the server default is the caller's
                personal workspace.
            description: Free-text description of the voice.
        """
        return self._requester.request(
            _ops.AUDIO_VOICES_CLONE,
            {
                "file": file,
                "voice_name": voice_name,
                "audio_format": audio_format,
                "language": language,
                "voice_id": voice_id,
                "preview_text": preview_text,
                "text": text,
                "space_id": space_id,
                "description": description,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def list(
        self,
        *,
        filter_system_voice: bool | Unset = UNSET,
        model_type: VoiceModelType | str | Unset = UNSET,
        voice_state: VoiceState | str | Unset = UNSET,
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> SyncPage[Voice]:
        """List voices.

        Lists the voices available to the caller, both system voices and voices cloned in the
        caller's workspaces.

        Args:
            filter_system_voice: When true, system voices are left out; the server default
                is false.
            model_type: Only return voices of this model type; both types are returned when
                omitted.
            voice_state: Only return voices in this clone state (`all` for any); the server
                default is `cloned`.
            page_num: Page number, starting at 1 (the server default).
            page_size: Voices per page, 1 to 100; the server default is 100.
        """
        return self._requester.paginate(
            _ops.AUDIO_VOICES_LIST,
            {
                "filter_system_voice": filter_system_voice,
                "model_type": model_type,
                "voice_state": voice_state,
                "page_num": page_num,
                "page_size": page_size,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncAudioVoicesResource:
    """The `audio.voices` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def clone(
        self,
        *,
        file: FileInput,
        voice_name: str,
        audio_format: AudioVoicesCloneRequestAudioFormat | str,
        language: VoiceLanguage | str | Unset = UNSET,
        voice_id: str | Unset = UNSET,
        preview_text: str | Unset = UNSET,
        text: str | Unset = UNSET,
        space_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> VoiceCloneResult:
        """Clone a voice.

        Creates a custom voice from a recorded sample, or retrains an existing cloned voice when
        voice_id is given.

        Args:
            file: The voice sample, at most 10 MB; 10 to 30 seconds of one speaker works
                best.
            voice_name: Name of the voice, at most 128 bytes.
            audio_format: Format of the uploaded sample; pcm must be 24 kHz mono.
            language: A language code accepted for voice cloning.
            voice_id: A previously cloned voice to retrain in place; omit to create a new
                voice.
            preview_text: Text for the preview audio generated after cloning; the server
                uses a stock sentence when omitted.
            text: Transcript of the sample, at most 1024 bytes; a large mismatch fails with
                code 1109.
            space_id: Workspace to store the voice in; the server default is the caller's
                personal workspace.
            description: Free-text description of the voice.
        """
        return await self._requester.request(
            _ops.AUDIO_VOICES_CLONE,
            {
                "file": file,
                "voice_name": voice_name,
                "audio_format": audio_format,
                "language": language,
                "voice_id": voice_id,
                "preview_text": preview_text,
                "text": text,
                "space_id": space_id,
                "description": description,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def list(
        self,
        *,
        filter_system_voice: bool | Unset = UNSET,
        model_type: VoiceModelType | str | Unset = UNSET,
        voice_state: VoiceState | str | Unset = UNSET,
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPage[Voice]:
        """List voices.

        Lists the voices available to the caller, both system voices and voices cloned in the
        caller's workspaces.

        Args:
            filter_system_voice: When true, system voices are left out; the server default
                is false.
            model_type: Only return voices of this model type; both types are returned when
                omitted.
            voice_state: Only return voices in this clone state (`all` for any); the server
                default is `cloned`.
            page_num: Page number, starting at 1 (the server default).
            page_size: Voices per page, 1 to 100; the server default is 100.
        """
        return self._requester.paginate(
            _ops.AUDIO_VOICES_LIST,
            {
                "filter_system_voice": filter_system_voice,
                "model_type": model_type,
                "voice_state": voice_state,
                "page_num": page_num,
                "page_size": page_size,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AudioRoomsResource:
    """The `audio.rooms` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def create(
        self,
        *,
        bot_id: str,
        conversation_id: str | Unset = UNSET,
        voice_id: str | Unset = UNSET,
        uid: str | Unset = UNSET,
        workflow_id: str | Unset = UNSET,
        connector_id: str | Unset = UNSET,
        config: RoomConfig | Mapping[str, Any] | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> RoomJoinInfo:
        """Create an RTC room.

        Creates a real-time voice room, puts the bot in it and returns what a client needs to
        join; billing starts at once.

        Args:
            bot_id: The bot that joins the room.
            conversation_id: Conversation to record the call in; the server creates one when
                omitted.
            voice_id: Voice the bot speaks with; the server uses a default voice when
                omitted.
            uid: Your own id for the end user; conversation memory is kept apart per uid.
            workflow_id: A workflow to drive the conversation instead of the bot's own
                logic.
            connector_id: The channel (connector) the call is attributed to.
            config: Audio, video and behaviour settings of a room.
        """
        return self._requester.request(
            _ops.AUDIO_ROOMS_CREATE,
            {
                "bot_id": bot_id,
                "conversation_id": conversation_id,
                "voice_id": voice_id,
                "uid": uid,
                "workflow_id": workflow_id,
                "connector_id": connector_id,
                "config": config,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncAudioRoomsResource:
    """The `audio.rooms` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def create(
        self,
        *,
        bot_id: str,
        conversation_id: str | Unset = UNSET,
        voice_id: str | Unset = UNSET,
        uid: str | Unset = UNSET,
        workflow_id: str | Unset = UNSET,
        connector_id: str | Unset = UNSET,
        config: RoomConfig | Mapping[str, Any] | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> RoomJoinInfo:
        """Create an RTC room.

        Creates a real-time voice room, puts the bot in it and returns what a client needs to
        join; billing starts at once.

        Args:
            bot_id: The bot that joins the room.
            conversation_id: Conversation to record the call in; the server creates one when
                omitted.
            voice_id: Voice the bot speaks with; the server uses a default voice when
                omitted.
            uid: Your own id for the end user; conversation memory is kept apart per uid.
            workflow_id: A workflow to drive the conversation instead of the bot's own
                logic.
            connector_id: The channel (connector) the call is attributed to.
            config: Audio, video and behaviour settings of a room.
        """
        return await self._requester.request(
            _ops.AUDIO_ROOMS_CREATE,
            {
                "bot_id": bot_id,
                "conversation_id": conversation_id,
                "voice_id": voice_id,
                "uid": uid,
                "workflow_id": workflow_id,
                "connector_id": connector_id,
                "config": config,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AudioLiveResource:
    """The `audio.live` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def retrieve(
        self,
        *,
        live_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> AudioLiveInfo:
        """Retrieve a live session.

        Returns the RTC app id and the audio streams (original and translated) of a live
        session.

        Args:
            live_id: The live session to look up.
        """
        return self._requester.request(
            _ops.AUDIO_LIVE_RETRIEVE,
            {"live_id": live_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncAudioLiveResource:
    """The `audio.live` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def retrieve(
        self,
        *,
        live_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> AudioLiveInfo:
        """Retrieve a live session.

        Returns the RTC app id and the audio streams (original and translated) of a live
        session.

        Args:
            live_id: The live session to look up.
        """
        return await self._requester.request(
            _ops.AUDIO_LIVE_RETRIEVE,
            {"live_id": live_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AudioVoiceprintGroupsFeaturesResource:
    """The `audio.voiceprint_groups.features` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        group_id: str,
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> SyncPage[VoiceprintFeature]:
        """List voiceprints.

        Lists the voiceprints of a voiceprint group.

        Args:
            group_id: The voiceprint group whose voiceprints to list.
            page_num: Page number, starting at 1 (the server default).
            page_size: Voiceprints per page, 1 to 200; the server default is 10.
        """
        return self._requester.paginate(
            _ops.AUDIO_VOICEPRINT_GROUPS_FEATURES_LIST,
            {"group_id": group_id, "page_num": page_num, "page_size": page_size},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def create(
        self,
        *,
        group_id: str,
        file: FileInput,
        name: str,
        desc: str | Unset = UNSET,
        sample_rate: int | Unset = UNSET,
        channel: int | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> VoiceprintFeatureCreateResult:
        """Create a voiceprint.

        Adds a voiceprint, built from an uploaded recording, to a voiceprint group (at most 10
        per group).

        Args:
            group_id: The voiceprint group to add the voiceprint to.
            file: A recording of one speaker, wav or pcm (16 kHz, mono, 16-bit), at most 4
                MB.
            name: Name of the voiceprint.
            desc: Description of the voiceprint.
            sample_rate: Sample rate of a pcm recording in Hz; the server default is 16000.
            channel: Channel count of a pcm recording; the server default is 1 (mono).
        """
        return self._requester.request(
            _ops.AUDIO_VOICEPRINT_GROUPS_FEATURES_CREATE,
            {
                "group_id": group_id,
                "file": file,
                "name": name,
                "desc": desc,
                "sample_rate": sample_rate,
                "channel": channel,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def update(
        self,
        *,
        group_id: str,
        feature_id: str,
        file: FileInput | Unset = UNSET,
        name: str | Unset = UNSET,
        desc: str | Unset = UNSET,
        sample_rate: int | Unset = UNSET,
        channel: int | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> AudioVoiceprintGroupsFeaturesUpdateResponse:
        """Update a voiceprint.

        Renames a voiceprint or replaces its recording; only its creator may do this.

        Args:
            group_id: The voiceprint group the voiceprint belongs to.
            feature_id: The voiceprint to update.
            file: A new recording to replace the old one, wav or pcm (16 kHz, mono, 16-bit),
                at most 4 MB.
            name: New name of the voiceprint.
            desc: New description of the voiceprint.
            sample_rate: Sample rate of a pcm recording in Hz; the server default is 16000.
            channel: Channel count of a pcm recording; the server default is 1 (mono).
        """
        return self._requester.request(
            _ops.AUDIO_VOICEPRINT_GROUPS_FEATURES_UPDATE,
            {
                "group_id": group_id,
                "feature_id": feature_id,
                "file": file,
                "name": name,
                "desc": desc,
                "sample_rate": sample_rate,
                "channel": channel,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def delete(
        self,
        *,
        group_id: str,
        feature_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> AudioVoiceprintGroupsFeaturesDeleteResponse:
        """Delete a voiceprint.

        Removes a voiceprint from its group; only its creator may do this.

        Args:
            group_id: The voiceprint group the voiceprint belongs to.
            feature_id: The voiceprint to delete.
        """
        return self._requester.request(
            _ops.AUDIO_VOICEPRINT_GROUPS_FEATURES_DELETE,
            {"group_id": group_id, "feature_id": feature_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncAudioVoiceprintGroupsFeaturesResource:
    """The `audio.voiceprint_groups.features` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        group_id: str,
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPage[VoiceprintFeature]:
        """List voiceprints.

        Lists the voiceprints of a voiceprint group.

        Args:
            group_id: The voiceprint group whose voiceprints to list.
            page_num: Page number, starting at 1 (the server default).
            page_size: Voiceprints per page, 1 to 200; the server default is 10.
        """
        return self._requester.paginate(
            _ops.AUDIO_VOICEPRINT_GROUPS_FEATURES_LIST,
            {"group_id": group_id, "page_num": page_num, "page_size": page_size},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def create(
        self,
        *,
        group_id: str,
        file: FileInput,
        name: str,
        desc: str | Unset = UNSET,
        sample_rate: int | Unset = UNSET,
        channel: int | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> VoiceprintFeatureCreateResult:
        """Create a voiceprint.

        Adds a voiceprint, built from an uploaded recording, to a voiceprint group (at most 10
        per group).

        Args:
            group_id: The voiceprint group to add the voiceprint to.
            file: A recording of one speaker, wav or pcm (16 kHz, mono, 16-bit), at most 4
                MB.
            name: Name of the voiceprint.
            desc: Description of the voiceprint.
            sample_rate: Sample rate of a pcm recording in Hz; the server default is 16000.
            channel: Channel count of a pcm recording; the server default is 1 (mono).
        """
        return await self._requester.request(
            _ops.AUDIO_VOICEPRINT_GROUPS_FEATURES_CREATE,
            {
                "group_id": group_id,
                "file": file,
                "name": name,
                "desc": desc,
                "sample_rate": sample_rate,
                "channel": channel,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def update(
        self,
        *,
        group_id: str,
        feature_id: str,
        file: FileInput | Unset = UNSET,
        name: str | Unset = UNSET,
        desc: str | Unset = UNSET,
        sample_rate: int | Unset = UNSET,
        channel: int | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> AudioVoiceprintGroupsFeaturesUpdateResponse:
        """Update a voiceprint.

        Renames a voiceprint or replaces its recording; only its creator may do this.

        Args:
            group_id: The voiceprint group the voiceprint belongs to.
            feature_id: The voiceprint to update.
            file: A new recording to replace the old one, wav or pcm (16 kHz, mono, 16-bit),
                at most 4 MB.
            name: New name of the voiceprint.
            desc: New description of the voiceprint.
            sample_rate: Sample rate of a pcm recording in Hz; the server default is 16000.
            channel: Channel count of a pcm recording; the server default is 1 (mono).
        """
        return await self._requester.request(
            _ops.AUDIO_VOICEPRINT_GROUPS_FEATURES_UPDATE,
            {
                "group_id": group_id,
                "feature_id": feature_id,
                "file": file,
                "name": name,
                "desc": desc,
                "sample_rate": sample_rate,
                "channel": channel,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def delete(
        self,
        *,
        group_id: str,
        feature_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> AudioVoiceprintGroupsFeaturesDeleteResponse:
        """Delete a voiceprint.

        Removes a voiceprint from its group; only its creator may do this.

        Args:
            group_id: The voiceprint group the voiceprint belongs to.
            feature_id: The voiceprint to delete.
        """
        return await self._requester.request(
            _ops.AUDIO_VOICEPRINT_GROUPS_FEATURES_DELETE,
            {"group_id": group_id, "feature_id": feature_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AudioVoiceprintGroupsResource:
    """The `audio.voiceprint_groups` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    @cached_property
    def features(self) -> AudioVoiceprintGroupsFeaturesResource:
        """The `audio.voiceprint_groups.features` resource group."""
        return AudioVoiceprintGroupsFeaturesResource(self._requester)

    def list(
        self,
        *,
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        name: str | Unset = UNSET,
        group_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        coze_account_id: str | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> SyncPage[VoiceprintGroup]:
        """List voiceprint groups.

        Lists the voiceprint groups of the team or enterprise, optionally filtered by name
        prefix, group or creator.

        Args:
            page_num: Page number, starting at 1 (the server default).
            page_size: Groups per page, 1 to 200; the server default is 10.
            name: Only return groups whose name starts with this text.
            group_id: Only return the group with this id.
            user_id: Only return groups created by this Coze user; it may only be the
                caller's own user id.
            coze_account_id: The Coze account (team or enterprise) whose groups to list.
        """
        return self._requester.paginate(
            _ops.AUDIO_VOICEPRINT_GROUPS_LIST,
            {
                "page_num": page_num,
                "page_size": page_size,
                "name": name,
                "group_id": group_id,
                "user_id": user_id,
                "coze_account_id": coze_account_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def create(
        self,
        *,
        name: str,
        desc: str | Unset = UNSET,
        coze_account_id: str | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> VoiceprintGroupCreateResult:
        """Create a voiceprint group.

        Creates an empty voiceprint group that speaker identification searches in.

        Args:
            name: Group name, at most 20 characters.
            desc: Group description, at most 500 characters.
            coze_account_id: The Coze account (team or enterprise) to create the group in.
        """
        return self._requester.request(
            _ops.AUDIO_VOICEPRINT_GROUPS_CREATE,
            {"name": name, "desc": desc, "coze_account_id": coze_account_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def update(
        self,
        *,
        group_id: str,
        name: str | Unset = UNSET,
        desc: str | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> AudioVoiceprintGroupsUpdateResponse:
        """Update a voiceprint group.

        Changes the name or description of a voiceprint group.

        Args:
            group_id: The voiceprint group to update.
            name: New group name, at most 20 characters.
            desc: New group description, at most 500 characters.
        """
        return self._requester.request(
            _ops.AUDIO_VOICEPRINT_GROUPS_UPDATE,
            {"group_id": group_id, "name": name, "desc": desc},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def delete(
        self,
        *,
        group_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> AudioVoiceprintGroupsDeleteResponse:
        """Delete a voiceprint group.

        Deletes a voiceprint group and every voiceprint in it; only its creator may do this.

        Args:
            group_id: The voiceprint group to delete.
        """
        return self._requester.request(
            _ops.AUDIO_VOICEPRINT_GROUPS_DELETE,
            {"group_id": group_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def speaker_identify(
        self,
        *,
        group_id: str,
        file: FileInput,
        top_k: int | Unset = UNSET,
        sample_rate: int | Unset = UNSET,
        channel: int | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> VoiceprintSpeakerIdentifyResult:
        """Identify a speaker.

        Compares a voice sample with the voiceprints of a group and returns a similarity score
        for each.

        Args:
            group_id: The voiceprint group to search.
            file: The voice sample, wav or pcm (16 kHz, mono, 16-bit), at most 4 MB.
            top_k: Return only the k best matches; all matches are returned when omitted.
            sample_rate: Sample rate of a pcm sample in Hz; the server default is 16000.
            channel: Channel count of a pcm sample; the server default is 1 (mono).
        """
        return self._requester.request(
            _ops.AUDIO_VOICEPRINT_GROUPS_SPEAKER_IDENTIFY,
            {"group_id": group_id, "file": file, "top_k": top_k, "sample_rate": sample_rate, "channel": channel},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncAudioVoiceprintGroupsResource:
    """The `audio.voiceprint_groups` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @cached_property
    def features(self) -> AsyncAudioVoiceprintGroupsFeaturesResource:
        """The `audio.voiceprint_groups.features` resource group."""
        return AsyncAudioVoiceprintGroupsFeaturesResource(self._requester)

    def list(
        self,
        *,
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        name: str | Unset = UNSET,
        group_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        coze_account_id: str | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPage[VoiceprintGroup]:
        """List voiceprint groups.

        Lists the voiceprint groups of the team or enterprise, optionally filtered by name
        prefix, group or creator.

        Args:
            page_num: Page number, starting at 1 (the server default).
            page_size: Groups per page, 1 to 200; the server default is 10.
            name: Only return groups whose name starts with this text.
            group_id: Only return the group with this id.
            user_id: Only return groups created by this Coze user; it may only be the
                caller's own user id.
            coze_account_id: The Coze account (team or enterprise) whose groups to list.
        """
        return self._requester.paginate(
            _ops.AUDIO_VOICEPRINT_GROUPS_LIST,
            {
                "page_num": page_num,
                "page_size": page_size,
                "name": name,
                "group_id": group_id,
                "user_id": user_id,
                "coze_account_id": coze_account_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def create(
        self,
        *,
        name: str,
        desc: str | Unset = UNSET,
        coze_account_id: str | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> VoiceprintGroupCreateResult:
        """Create a voiceprint group.

        Creates an empty voiceprint group that speaker identification searches in.

        Args:
            name: Group name, at most 20 characters.
            desc: Group description, at most 500 characters.
            coze_account_id: The Coze account (team or enterprise) to create the group in.
        """
        return await self._requester.request(
            _ops.AUDIO_VOICEPRINT_GROUPS_CREATE,
            {"name": name, "desc": desc, "coze_account_id": coze_account_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def update(
        self,
        *,
        group_id: str,
        name: str | Unset = UNSET,
        desc: str | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> AudioVoiceprintGroupsUpdateResponse:
        """Update a voiceprint group.

        Changes the name or description of a voiceprint group.

        Args:
            group_id: The voiceprint group to update.
            name: New group name, at most 20 characters.
            desc: New group description, at most 500 characters.
        """
        return await self._requester.request(
            _ops.AUDIO_VOICEPRINT_GROUPS_UPDATE,
            {"group_id": group_id, "name": name, "desc": desc},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def delete(
        self,
        *,
        group_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> AudioVoiceprintGroupsDeleteResponse:
        """Delete a voiceprint group.

        Deletes a voiceprint group and every voiceprint in it; only its creator may do this.

        Args:
            group_id: The voiceprint group to delete.
        """
        return await self._requester.request(
            _ops.AUDIO_VOICEPRINT_GROUPS_DELETE,
            {"group_id": group_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def speaker_identify(
        self,
        *,
        group_id: str,
        file: FileInput,
        top_k: int | Unset = UNSET,
        sample_rate: int | Unset = UNSET,
        channel: int | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> VoiceprintSpeakerIdentifyResult:
        """Identify a speaker.

        Compares a voice sample with the voiceprints of a group and returns a similarity score
        for each.

        Args:
            group_id: The voiceprint group to search.
            file: The voice sample, wav or pcm (16 kHz, mono, 16-bit), at most 4 MB.
            top_k: Return only the k best matches; all matches are returned when omitted.
            sample_rate: Sample rate of a pcm sample in Hz; the server default is 16000.
            channel: Channel count of a pcm sample; the server default is 1 (mono).
        """
        return await self._requester.request(
            _ops.AUDIO_VOICEPRINT_GROUPS_SPEAKER_IDENTIFY,
            {"group_id": group_id, "file": file, "top_k": top_k, "sample_rate": sample_rate, "channel": channel},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AudioResource:
    """The `audio` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    @cached_property
    def speech(self) -> AudioSpeechResource:
        """The `audio.speech` resource group."""
        return AudioSpeechResource(self._requester)

    @cached_property
    def transcriptions(self) -> AudioTranscriptionsResource:
        """The `audio.transcriptions` resource group."""
        return AudioTranscriptionsResource(self._requester)

    @cached_property
    def voices(self) -> AudioVoicesResource:
        """The `audio.voices` resource group."""
        return AudioVoicesResource(self._requester)

    @cached_property
    def rooms(self) -> AudioRoomsResource:
        """The `audio.rooms` resource group."""
        return AudioRoomsResource(self._requester)

    @cached_property
    def live(self) -> AudioLiveResource:
        """The `audio.live` resource group."""
        return AudioLiveResource(self._requester)

    @cached_property
    def voiceprint_groups(self) -> AudioVoiceprintGroupsResource:
        """The `audio.voiceprint_groups` resource group."""
        return AudioVoiceprintGroupsResource(self._requester)


class AsyncAudioResource:
    """The `audio` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @cached_property
    def speech(self) -> AsyncAudioSpeechResource:
        """The `audio.speech` resource group."""
        return AsyncAudioSpeechResource(self._requester)

    @cached_property
    def transcriptions(self) -> AsyncAudioTranscriptionsResource:
        """The `audio.transcriptions` resource group."""
        return AsyncAudioTranscriptionsResource(self._requester)

    @cached_property
    def voices(self) -> AsyncAudioVoicesResource:
        """The `audio.voices` resource group."""
        return AsyncAudioVoicesResource(self._requester)

    @cached_property
    def rooms(self) -> AsyncAudioRoomsResource:
        """The `audio.rooms` resource group."""
        return AsyncAudioRoomsResource(self._requester)

    @cached_property
    def live(self) -> AsyncAudioLiveResource:
        """The `audio.live` resource group."""
        return AsyncAudioLiveResource(self._requester)

    @cached_property
    def voiceprint_groups(self) -> AsyncAudioVoiceprintGroupsResource:
        """The `audio.voiceprint_groups` resource group."""
        return AsyncAudioVoiceprintGroupsResource(self._requester)


class EnterprisesMembersResource:
    """The `enterprises.members` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def create(
        self,
        *,
        enterprise_id: str,
        users: Sequence[EnterpriseMemberInput | Mapping[str, Any]],
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> EnterprisesMembersCreateResponse:
        """Add an enterprise member.

        Adds an existing Volcengine sub-user to the enterprise with the given role; one user per
        request, and requests must not run concurrently.

        Args:
            enterprise_id: The enterprise to add the user to (shown on the organization
                settings page, e.g. volcano_2101957731).
            users: The user to add; exactly one per request.
        """
        return self._requester.request(
            _ops.ENTERPRISES_MEMBERS_CREATE,
            {"enterprise_id": enterprise_id, "users": users},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def update(
        self,
        *,
        enterprise_id: str,
        user_id: str,
        role: EnterpriseMemberRole | str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> EnterprisesMembersUpdateResponse:
        """Change an enterprise member's role.

        Switches an enterprise employee between enterprise admin and ordinary member; guests
        cannot be changed.

        Args:
            enterprise_id: The enterprise the employee belongs to.
            user_id: The Coze user id (UID) of the employee.
            role: A role in the enterprise: enterprise_admin or enterprise_member.
        """
        return self._requester.request(
            _ops.ENTERPRISES_MEMBERS_UPDATE,
            {"enterprise_id": enterprise_id, "user_id": user_id, "role": role},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def delete(
        self,
        *,
        enterprise_id: str,
        user_id: str,
        receiver_user_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> EnterprisesMembersDeleteResponse:
        """Remove an enterprise member.

        Removes a user from the enterprise and hands their workspaces, bots and workflows to an
        enterprise admin; remove the user from every organization first.

        Args:
            enterprise_id: The enterprise to remove the user from.
            user_id: The Coze user id (UID) of the user to remove.
            receiver_user_id: UID of the enterprise super admin or admin who receives the
                removed user's resources.
        """
        return self._requester.request(
            _ops.ENTERPRISES_MEMBERS_DELETE,
            {"enterprise_id": enterprise_id, "user_id": user_id, "receiver_user_id": receiver_user_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncEnterprisesMembersResource:
    """The `enterprises.members` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def create(
        self,
        *,
        enterprise_id: str,
        users: Sequence[EnterpriseMemberInput | Mapping[str, Any]],
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> EnterprisesMembersCreateResponse:
        """Add an enterprise member.

        Adds an existing Volcengine sub-user to the enterprise with the given role; one user per
        request, and requests must not run concurrently.

        Args:
            enterprise_id: The enterprise to add the user to (shown on the organization
                settings page, e.g. volcano_2101957731).
            users: The user to add; exactly one per request.
        """
        return await self._requester.request(
            _ops.ENTERPRISES_MEMBERS_CREATE,
            {"enterprise_id": enterprise_id, "users": users},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def update(
        self,
        *,
        enterprise_id: str,
        user_id: str,
        role: EnterpriseMemberRole | str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> EnterprisesMembersUpdateResponse:
        """Change an enterprise member's role.

        Switches an enterprise employee between enterprise admin and ordinary member; guests
        cannot be changed.

        Args:
            enterprise_id: The enterprise the employee belongs to.
            user_id: The Coze user id (UID) of the employee.
            role: A role in the enterprise: enterprise_admin or enterprise_member.
        """
        return await self._requester.request(
            _ops.ENTERPRISES_MEMBERS_UPDATE,
            {"enterprise_id": enterprise_id, "user_id": user_id, "role": role},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def delete(
        self,
        *,
        enterprise_id: str,
        user_id: str,
        receiver_user_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> EnterprisesMembersDeleteResponse:
        """Remove an enterprise member.

        Removes a user from the enterprise and hands their workspaces, bots and workflows to an
        enterprise admin; remove the user from every organization first.

        Args:
            enterprise_id: The enterprise to remove the user from.
            user_id: The Coze user id (UID) of the user to remove.
            receiver_user_id: UID of the enterprise super admin or admin who receives the
                removed user's resources.
        """
        return await self._requester.request(
            _ops.ENTERPRISES_MEMBERS_DELETE,
            {"enterprise_id": enterprise_id, "user_id": user_id, "receiver_user_id": receiver_user_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class EnterprisesOrganizationsMembersResource:
    """The `enterprises.organizations.members` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        organization_id: str,
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> SyncPage[EnterpriseOrganizationMember]:
        """List organization members.

        Lists the members of an organization with their roles.

        Args:
            organization_id: The organization whose members are listed.
            page_num: Page number, starting at 1 (server default 1).
            page_size: Members per page, at most 50 (server default 20).
        """
        return self._requester.paginate(
            _ops.ENTERPRISES_ORGANIZATIONS_MEMBERS_LIST,
            {"organization_id": organization_id, "page_num": page_num, "page_size": page_size},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def create(
        self,
        *,
        organization_id: str,
        organization_people: Sequence[EnterpriseOrganizationMemberInput | Mapping[str, Any]],
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> EnterprisesOrganizationsMembersCreateResponse:
        """Add an organization member.

        Adds an enterprise employee or guest to an organization with a role; one user per
        request, and requests must not run concurrently.

        Args:
            organization_id: The organization to add the user to.
            organization_people: The user to add; one per request (guests can only be
                organization_guest).
        """
        return self._requester.request(
            _ops.ENTERPRISES_ORGANIZATIONS_MEMBERS_CREATE,
            {"organization_id": organization_id, "organization_people": organization_people},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def update(
        self,
        *,
        organization_id: str,
        user_id: str,
        organization_role_type: EnterpriseOrganizationRoleType | str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> EnterprisesOrganizationsMembersUpdateResponse:
        """Change an organization member's role.

        Changes the role of an organization member; guests stay guests and employees cannot
        become guests.

        Args:
            organization_id: The organization the member belongs to.
            user_id: The Coze user id (UID) of the member.
            organization_role_type: A role in an organization: organization_super_admin,
                organization_admin, organization_member or organization_guest.
        """
        return self._requester.request(
            _ops.ENTERPRISES_ORGANIZATIONS_MEMBERS_UPDATE,
            {"organization_id": organization_id, "user_id": user_id, "organization_role_type": organization_role_type},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def delete(
        self,
        *,
        organization_id: str,
        user_id: str,
        receiver_user_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> EnterprisesOrganizationsMembersDeleteResponse:
        """Remove an organization member.

        Removes a user from an organization (not from the enterprise) and hands their resources
        to an organization super admin.

        Args:
            organization_id: The organization to remove the user from.
            user_id: The Coze user id (UID) of the user to remove.
            receiver_user_id: UID of the organization super admin who receives the removed
                user's resources.
        """
        return self._requester.request(
            _ops.ENTERPRISES_ORGANIZATIONS_MEMBERS_DELETE,
            {"organization_id": organization_id, "user_id": user_id, "receiver_user_id": receiver_user_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncEnterprisesOrganizationsMembersResource:
    """The `enterprises.organizations.members` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        organization_id: str,
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPage[EnterpriseOrganizationMember]:
        """List organization members.

        Lists the members of an organization with their roles.

        Args:
            organization_id: The organization whose members are listed.
            page_num: Page number, starting at 1 (server default 1).
            page_size: Members per page, at most 50 (server default 20).
        """
        return self._requester.paginate(
            _ops.ENTERPRISES_ORGANIZATIONS_MEMBERS_LIST,
            {"organization_id": organization_id, "page_num": page_num, "page_size": page_size},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def create(
        self,
        *,
        organization_id: str,
        organization_people: Sequence[EnterpriseOrganizationMemberInput | Mapping[str, Any]],
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> EnterprisesOrganizationsMembersCreateResponse:
        """Add an organization member.

        Adds an enterprise employee or guest to an organization with a role; one user per
        request, and requests must not run concurrently.

        Args:
            organization_id: The organization to add the user to.
            organization_people: The user to add; one per request (guests can only be
                organization_guest).
        """
        return await self._requester.request(
            _ops.ENTERPRISES_ORGANIZATIONS_MEMBERS_CREATE,
            {"organization_id": organization_id, "organization_people": organization_people},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def update(
        self,
        *,
        organization_id: str,
        user_id: str,
        organization_role_type: EnterpriseOrganizationRoleType | str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> EnterprisesOrganizationsMembersUpdateResponse:
        """Change an organization member's role.

        Changes the role of an organization member; guests stay guests and employees cannot
        become guests.

        Args:
            organization_id: The organization the member belongs to.
            user_id: The Coze user id (UID) of the member.
            organization_role_type: A role in an organization: organization_super_admin,
                organization_admin, organization_member or organization_guest.
        """
        return await self._requester.request(
            _ops.ENTERPRISES_ORGANIZATIONS_MEMBERS_UPDATE,
            {"organization_id": organization_id, "user_id": user_id, "organization_role_type": organization_role_type},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def delete(
        self,
        *,
        organization_id: str,
        user_id: str,
        receiver_user_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> EnterprisesOrganizationsMembersDeleteResponse:
        """Remove an organization member.

        Removes a user from an organization (not from the enterprise) and hands their resources
        to an organization super admin.

        Args:
            organization_id: The organization to remove the user from.
            user_id: The Coze user id (UID) of the user to remove.
            receiver_user_id: UID of the organization super admin who receives the removed
                user's resources.
        """
        return await self._requester.request(
            _ops.ENTERPRISES_ORGANIZATIONS_MEMBERS_DELETE,
            {"organization_id": organization_id, "user_id": user_id, "receiver_user_id": receiver_user_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class EnterprisesOrganizationsResource:
    """The `enterprises.organizations` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    @cached_property
    def members(self) -> EnterprisesOrganizationsMembersResource:
        """The `enterprises.organizations.members` resource group."""
        return EnterprisesOrganizationsMembersResource(self._requester)

    def list(
        self,
        *,
        enterprise_id: str,
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> SyncPage[EnterpriseOrganization]:
        """List organizations.

        Lists the organizations of an enterprise, the default one included.

        Args:
            enterprise_id: The enterprise whose organizations are listed.
            page_num: Page number, starting at 1 (server default 1).
            page_size: Organizations per page, at most 20 (server default 20).
        """
        return self._requester.paginate(
            _ops.ENTERPRISES_ORGANIZATIONS_LIST,
            {"enterprise_id": enterprise_id, "page_num": page_num, "page_size": page_size},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def create(
        self,
        *,
        enterprise_id: str,
        name: str,
        super_admin_user_id: str,
        description: str | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> EnterpriseOrganizationCreated:
        """Create an organization.

        Creates an organization inside the enterprise (at most 20 per enterprise) with the given
        super admin.

        Args:
            enterprise_id: The enterprise the organization is created in.
            name: The organization name, at most 30 characters.
            super_admin_user_id: UID of an enterprise employee who becomes the
                organization's super admin.
            description: A description, at most 100 characters (server default empty).
        """
        return self._requester.request(
            _ops.ENTERPRISES_ORGANIZATIONS_CREATE,
            {
                "enterprise_id": enterprise_id,
                "name": name,
                "super_admin_user_id": super_admin_user_id,
                "description": description,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def update(
        self,
        *,
        organization_id: str,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> EnterprisesOrganizationsUpdateResponse:
        """Update an organization.

        Renames an organization or changes its description; fields left out stay unchanged.

        Args:
            organization_id: The organization to update.
            name: The new name, at most 30 characters; unchanged when absent.
            description: The new description, at most 100 characters; unchanged when absent.
        """
        return self._requester.request(
            _ops.ENTERPRISES_ORGANIZATIONS_UPDATE,
            {"organization_id": organization_id, "name": name, "description": description},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncEnterprisesOrganizationsResource:
    """The `enterprises.organizations` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @cached_property
    def members(self) -> AsyncEnterprisesOrganizationsMembersResource:
        """The `enterprises.organizations.members` resource group."""
        return AsyncEnterprisesOrganizationsMembersResource(self._requester)

    def list(
        self,
        *,
        enterprise_id: str,
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPage[EnterpriseOrganization]:
        """List organizations.

        Lists the organizations of an enterprise, the default one included.

        Args:
            enterprise_id: The enterprise whose organizations are listed.
            page_num: Page number, starting at 1 (server default 1).
            page_size: Organizations per page, at most 20 (server default 20).
        """
        return self._requester.paginate(
            _ops.ENTERPRISES_ORGANIZATIONS_LIST,
            {"enterprise_id": enterprise_id, "page_num": page_num, "page_size": page_size},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def create(
        self,
        *,
        enterprise_id: str,
        name: str,
        super_admin_user_id: str,
        description: str | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> EnterpriseOrganizationCreated:
        """Create an organization.

        Creates an organization inside the enterprise (at most 20 per enterprise) with the given
        super admin.

        Args:
            enterprise_id: The enterprise the organization is created in.
            name: The organization name, at most 30 characters.
            super_admin_user_id: UID of an enterprise employee who becomes the
                organization's super admin.
            description: A description, at most 100 characters (server default empty).
        """
        return await self._requester.request(
            _ops.ENTERPRISES_ORGANIZATIONS_CREATE,
            {
                "enterprise_id": enterprise_id,
                "name": name,
                "super_admin_user_id": super_admin_user_id,
                "description": description,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def update(
        self,
        *,
        organization_id: str,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> EnterprisesOrganizationsUpdateResponse:
        """Update an organization.

        Renames an organization or changes its description; fields left out stay unchanged.

        Args:
            organization_id: The organization to update.
            name: The new name, at most 30 characters; unchanged when absent.
            description: The new description, at most 100 characters; unchanged when absent.
        """
        return await self._requester.request(
            _ops.ENTERPRISES_ORGANIZATIONS_UPDATE,
            {"organization_id": organization_id, "name": name, "description": description},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class EnterprisesResource:
    """The `enterprises` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    @cached_property
    def members(self) -> EnterprisesMembersResource:
        """The `enterprises.members` resource group."""
        return EnterprisesMembersResource(self._requester)

    @cached_property
    def organizations(self) -> EnterprisesOrganizationsResource:
        """The `enterprises.organizations` resource group."""
        return EnterprisesOrganizationsResource(self._requester)


class AsyncEnterprisesResource:
    """The `enterprises` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @cached_property
    def members(self) -> AsyncEnterprisesMembersResource:
        """The `enterprises.members` resource group."""
        return AsyncEnterprisesMembersResource(self._requester)

    @cached_property
    def organizations(self) -> AsyncEnterprisesOrganizationsResource:
        """The `enterprises.organizations` resource group."""
        return AsyncEnterprisesOrganizationsResource(self._requester)


class BenefitsLimitationsResource:
    """The `benefits.limitations` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        entity_type: BenefitLimitationEntityType | str,
        benefit_type: BenefitLimitationType | str,
        entity_id: str | Unset = UNSET,
        status: BenefitLimitationStatus | str | Unset = UNSET,
        page_token: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> SyncPage[BenefitLimitation]:
        """List device quotas.

        Lists the quotas configured for one kind of target and one quota type.

        Args:
            entity_type: The kind of target whose quotas are listed.
            entity_id: The device id or custom consumer id; only for single_device and
                single_custom_consumer.
            benefit_type: The quota type to list.
            status: Only quotas in this state (server default valid).
            page_token: The page_token of the previous page; empty for the first page.
            page_size: Quotas per page, 1 to 200 (server default 20).
        """
        return self._requester.paginate(
            _ops.BENEFITS_LIMITATIONS_LIST,
            {
                "entity_type": entity_type,
                "entity_id": entity_id,
                "benefit_type": benefit_type,
                "status": status,
                "page_token": page_token,
                "page_size": page_size,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def create(
        self,
        *,
        entity_type: BenefitLimitationEntityType | str,
        benefit_info: BenefitLimitationInput | Mapping[str, Any],
        entity_id: str | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> BenefitLimitationCreated:
        """Create a device quota.

        Creates a usage quota (resource points or voice-call seconds) for all devices, all
        custom consumers, one device or one custom consumer of the enterprise.

        Args:
            entity_type: What a quota applies to: enterprise_all_devices,
                enterprise_all_custom_consumers, single_device or single_custom_consumer.
            benefit_info: The quota to create.
            entity_id: The device id (single_device) or custom consumer id
                (single_custom_consumer); omit for the other types.
        """
        return self._requester.request(
            _ops.BENEFITS_LIMITATIONS_CREATE,
            {"entity_type": entity_type, "benefit_info": benefit_info, "entity_id": entity_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def update(
        self,
        *,
        benefit_id: str,
        active_mode: BenefitLimitationActiveMode | str | Unset = UNSET,
        started_at: int | Unset = UNSET,
        ended_at: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        status: BenefitLimitationStatus | str | Unset = UNSET,
        trigger_unit: BenefitLimitationTriggerUnit | str | Unset = UNSET,
        trigger_time: int | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> BenefitsLimitationsUpdateResponse:
        """Update a device quota.

        Changes the amount, validity window, reset period or state of a quota; fields left out
        stay unchanged.

        Args:
            benefit_id: The quota to update, as returned when it was created.
            active_mode: How the validity window is set; only absolute_time (started_at to
                ended_at) exists.
            started_at: When the quota takes effect, in unix seconds.
            ended_at: When the quota stops applying, in unix seconds.
            limit: The new amount.
            status: The quota state: valid or frozen.
            trigger_unit: How often the quota resets: never (a lifetime cap), minute, hour
                or day.
            trigger_time: Reset every this many trigger_units.
        """
        return self._requester.request(
            _ops.BENEFITS_LIMITATIONS_UPDATE,
            {
                "benefit_id": benefit_id,
                "active_mode": active_mode,
                "started_at": started_at,
                "ended_at": ended_at,
                "limit": limit,
                "status": status,
                "trigger_unit": trigger_unit,
                "trigger_time": trigger_time,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncBenefitsLimitationsResource:
    """The `benefits.limitations` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        entity_type: BenefitLimitationEntityType | str,
        benefit_type: BenefitLimitationType | str,
        entity_id: str | Unset = UNSET,
        status: BenefitLimitationStatus | str | Unset = UNSET,
        page_token: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPage[BenefitLimitation]:
        """List device quotas.

        Lists the quotas configured for one kind of target and one quota type.

        Args:
            entity_type: The kind of target whose quotas are listed.
            entity_id: The device id or custom consumer id; only for single_device and
                single_custom_consumer.
            benefit_type: The quota type to list.
            status: Only quotas in this state (server default valid).
            page_token: The page_token of the previous page; empty for the first page.
            page_size: Quotas per page, 1 to 200 (server default 20).
        """
        return self._requester.paginate(
            _ops.BENEFITS_LIMITATIONS_LIST,
            {
                "entity_type": entity_type,
                "entity_id": entity_id,
                "benefit_type": benefit_type,
                "status": status,
                "page_token": page_token,
                "page_size": page_size,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def create(
        self,
        *,
        entity_type: BenefitLimitationEntityType | str,
        benefit_info: BenefitLimitationInput | Mapping[str, Any],
        entity_id: str | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> BenefitLimitationCreated:
        """Create a device quota.

        Creates a usage quota (resource points or voice-call seconds) for all devices, all
        custom consumers, one device or one custom consumer of the enterprise.

        Args:
            entity_type: What a quota applies to: enterprise_all_devices,
                enterprise_all_custom_consumers, single_device or single_custom_consumer.
            benefit_info: The quota to create.
            entity_id: The device id (single_device) or custom consumer id
                (single_custom_consumer); omit for the other types.
        """
        return await self._requester.request(
            _ops.BENEFITS_LIMITATIONS_CREATE,
            {"entity_type": entity_type, "benefit_info": benefit_info, "entity_id": entity_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def update(
        self,
        *,
        benefit_id: str,
        active_mode: BenefitLimitationActiveMode | str | Unset = UNSET,
        started_at: int | Unset = UNSET,
        ended_at: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        status: BenefitLimitationStatus | str | Unset = UNSET,
        trigger_unit: BenefitLimitationTriggerUnit | str | Unset = UNSET,
        trigger_time: int | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> BenefitsLimitationsUpdateResponse:
        """Update a device quota.

        Changes the amount, validity window, reset period or state of a quota; fields left out
        stay unchanged.

        Args:
            benefit_id: The quota to update, as returned when it was created.
            active_mode: How the validity window is set; only absolute_time (started_at to
                ended_at) exists.
            started_at: When the quota takes effect, in unix seconds.
            ended_at: When the quota stops applying, in unix seconds.
            limit: The new amount.
            status: The quota state: valid or frozen.
            trigger_unit: How often the quota resets: never (a lifetime cap), minute, hour
                or day.
            trigger_time: Reset every this many trigger_units.
        """
        return await self._requester.request(
            _ops.BENEFITS_LIMITATIONS_UPDATE,
            {
                "benefit_id": benefit_id,
                "active_mode": active_mode,
                "started_at": started_at,
                "ended_at": ended_at,
                "limit": limit,
                "status": status,
                "trigger_unit": trigger_unit,
                "trigger_time": trigger_time,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class BenefitsResource:
    """The `benefits` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    @cached_property
    def limitations(self) -> BenefitsLimitationsResource:
        """The `benefits.limitations` resource group."""
        return BenefitsLimitationsResource(self._requester)

    def retrieve(
        self,
        *,
        benefit_type_list: Sequence[BenefitType | str] | Unset = UNSET,
        resource_id: BenefitsRetrieveResourceId | str | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> BenefitOverview:
        """Retrieve plan benefits.

        Returns the account's plan level and, on request, its API QPS quotas and paid-plugin
        call limits.

        Args:
            benefit_type_list: Benefit kinds to return, sent comma-joined; empty returns
                only the plan level.
            resource_id: The API family whose QPS is asked for; needed with api_run_qps.
        """
        return self._requester.request(
            _ops.BENEFITS_RETRIEVE,
            {"benefit_type_list": benefit_type_list, "resource_id": resource_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncBenefitsResource:
    """The `benefits` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @cached_property
    def limitations(self) -> AsyncBenefitsLimitationsResource:
        """The `benefits.limitations` resource group."""
        return AsyncBenefitsLimitationsResource(self._requester)

    async def retrieve(
        self,
        *,
        benefit_type_list: Sequence[BenefitType | str] | Unset = UNSET,
        resource_id: BenefitsRetrieveResourceId | str | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> BenefitOverview:
        """Retrieve plan benefits.

        Returns the account's plan level and, on request, its API QPS quotas and paid-plugin
        call limits.

        Args:
            benefit_type_list: Benefit kinds to return, sent comma-joined; empty returns
                only the plan level.
            resource_id: The API family whose QPS is asked for; needed with api_run_qps.
        """
        return await self._requester.request(
            _ops.BENEFITS_RETRIEVE,
            {"benefit_type_list": benefit_type_list, "resource_id": resource_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class BillTasksResource:
    """The `bill_tasks` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        task_ids: Sequence[str] | Unset = UNSET,
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> SyncPage[BillTask]:
        """List bill export tasks.

        Lists bill export tasks with their state and, once they succeeded, the download links
        (valid for 7 days).

        Args:
            task_ids: Up to 100 task ids, sent comma-joined; without them the tasks of the
                last 7 days are returned.
            page_num: Page number, starting at 1 (server default 1).
            page_size: Tasks per page, 1 to 200 (server default 20).
        """
        return self._requester.paginate(
            _ops.BILL_TASKS_LIST,
            {"task_ids": task_ids, "page_num": page_num, "page_size": page_size},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def create(
        self,
        *,
        started_at: int | Unset = UNSET,
        ended_at: int | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> BillTask:
        """Export end-user bills.

        Starts an asynchronous export of the end users' usage bill for whole days; poll
        bill_tasks.list for the file links.

        Args:
            started_at: First day to export, in unix seconds; moved to 00:00:00 of that day,
                not today and not before 2025-03-13.
            ended_at: Last day to export, in unix seconds; moved to 23:59:59 of that day,
                not today.
        """
        return self._requester.request(
            _ops.BILL_TASKS_CREATE,
            {"started_at": started_at, "ended_at": ended_at},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncBillTasksResource:
    """The `bill_tasks` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        task_ids: Sequence[str] | Unset = UNSET,
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPage[BillTask]:
        """List bill export tasks.

        Lists bill export tasks with their state and, once they succeeded, the download links
        (valid for 7 days).

        Args:
            task_ids: Up to 100 task ids, sent comma-joined; without them the tasks of the
                last 7 days are returned.
            page_num: Page number, starting at 1 (server default 1).
            page_size: Tasks per page, 1 to 200 (server default 20).
        """
        return self._requester.paginate(
            _ops.BILL_TASKS_LIST,
            {"task_ids": task_ids, "page_num": page_num, "page_size": page_size},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def create(
        self,
        *,
        started_at: int | Unset = UNSET,
        ended_at: int | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> BillTask:
        """Export end-user bills.

        Starts an asynchronous export of the end users' usage bill for whole days; poll
        bill_tasks.list for the file links.

        Args:
            started_at: First day to export, in unix seconds; moved to 00:00:00 of that day,
                not today and not before 2025-03-13.
            ended_at: Last day to export, in unix seconds; moved to 23:59:59 of that day,
                not today.
        """
        return await self._requester.request(
            _ops.BILL_TASKS_CREATE,
            {"started_at": started_at, "ended_at": ended_at},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class PluginsToolsResource:
    """The `plugins.tools` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def call(
        self,
        *,
        plugin_id: str,
        tool_name: str,
        arguments: Mapping[str, Any],
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> PluginToolCallResult:
        """Call a plugin tool.

        Runs one tool of a paid plugin with the given arguments and returns its result; paid
        plans only.

        Args:
            plugin_id: The paid plugin whose tool is called.
            tool_name: The tool to run (a name from the plugin's tools).
            arguments: The tool's arguments, shaped by its inputSchema.
        """
        return self._requester.request(
            _ops.PLUGINS_TOOLS_CALL,
            {"plugin_id": plugin_id, "tool_name": tool_name, "arguments": arguments},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncPluginsToolsResource:
    """The `plugins.tools` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def call(
        self,
        *,
        plugin_id: str,
        tool_name: str,
        arguments: Mapping[str, Any],
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> PluginToolCallResult:
        """Call a plugin tool.

        Runs one tool of a paid plugin with the given arguments and returns its result; paid
        plans only.

        Args:
            plugin_id: The paid plugin whose tool is called.
            tool_name: The tool to run (a name from the plugin's tools).
            arguments: The tool's arguments, shaped by its inputSchema.
        """
        return await self._requester.request(
            _ops.PLUGINS_TOOLS_CALL,
            {"plugin_id": plugin_id, "tool_name": tool_name, "arguments": arguments},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class PluginsCategoriesResource:
    """The `plugins.categories` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        entity_type: PluginsCategoriesListEntityType | str,
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> SyncPage[PluginStoreCategory]:
        """List store categories.

        Lists the categories of the plugin store, whose ids filter plugins.list.

        Args:
            entity_type: The kind of store entity; only plugin exists today.
            page_num: Page number, starting at 1 (server default 1).
            page_size: Categories per page, at most 100 (server default 20).
        """
        return self._requester.paginate(
            _ops.PLUGINS_CATEGORIES_LIST,
            {"entity_type": entity_type, "page_num": page_num, "page_size": page_size},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncPluginsCategoriesResource:
    """The `plugins.categories` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        entity_type: PluginsCategoriesListEntityType | str,
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPage[PluginStoreCategory]:
        """List store categories.

        Lists the categories of the plugin store, whose ids filter plugins.list.

        Args:
            entity_type: The kind of store entity; only plugin exists today.
            page_num: Page number, starting at 1 (server default 1).
            page_size: Categories per page, at most 100 (server default 20).
        """
        return self._requester.paginate(
            _ops.PLUGINS_CATEGORIES_LIST,
            {"entity_type": entity_type, "page_num": page_num, "page_size": page_size},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class PluginsResource:
    """The `plugins` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    @cached_property
    def tools(self) -> PluginsToolsResource:
        """The `plugins.tools` resource group."""
        return PluginsToolsResource(self._requester)

    @cached_property
    def categories(self) -> PluginsCategoriesResource:
        """The `plugins.categories` resource group."""
        return PluginsCategoriesResource(self._requester)

    def retrieve(
        self,
        *,
        plugin_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> PluginDetail:
        """Retrieve a plugin.

        Returns an official, third-party or library plugin with its tools and, for paid plugins,
        an MCP server configuration.

        Args:
            plugin_id: The plugin id (the entity_id of a store listing, or the id in a
                library plugin's URL); store product ids are not accepted.
        """
        return self._requester.request(
            _ops.PLUGINS_RETRIEVE,
            {"plugin_id": plugin_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def batch_retrieve(
        self,
        *,
        ids: Sequence[str],
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> PluginDetailList:
        """Retrieve several plugins.

        Returns up to 20 plugins at once, each with its tools and, for paid plugins, an MCP
        server configuration.

        Args:
            ids: Up to 20 plugin ids, sent comma-joined.
        """
        return self._requester.request(
            _ops.PLUGINS_BATCH_RETRIEVE,
            {"ids": ids},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def list(
        self,
        *,
        keyword: str | Unset = UNSET,
        is_official: bool | Unset = UNSET,
        category_ids: Sequence[str] | Unset = UNSET,
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        sort_type: PluginsListSortType | str | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> SyncPage[PluginStoreItem]:
        """List store plugins.

        Lists the paid plugins of the plugin store, official and third-party, optionally
        filtered by keyword or category.

        Args:
            keyword: Fuzzy search term.
            is_official: true for official plugins only, false for third-party only; both
                when absent.
            category_ids: Category ids to filter by, sent comma-joined; all categories when
                absent.
            page_num: Page number, starting at 1 (server default 1).
            page_size: Plugins per page, at most 100 (server default 20).
            sort_type: Order: heat (most popular), newest, or relative (relevance, for
                keyword searches).
        """
        return self._requester.paginate(
            _ops.PLUGINS_LIST,
            {
                "keyword": keyword,
                "is_official": is_official,
                "category_ids": category_ids,
                "page_num": page_num,
                "page_size": page_size,
                "sort_type": sort_type,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncPluginsResource:
    """The `plugins` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @cached_property
    def tools(self) -> AsyncPluginsToolsResource:
        """The `plugins.tools` resource group."""
        return AsyncPluginsToolsResource(self._requester)

    @cached_property
    def categories(self) -> AsyncPluginsCategoriesResource:
        """The `plugins.categories` resource group."""
        return AsyncPluginsCategoriesResource(self._requester)

    async def retrieve(
        self,
        *,
        plugin_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> PluginDetail:
        """Retrieve a plugin.

        Returns an official, third-party or library plugin with its tools and, for paid plugins,
        an MCP server configuration.

        Args:
            plugin_id: The plugin id (the entity_id of a store listing, or the id in a
                library plugin's URL); store product ids are not accepted.
        """
        return await self._requester.request(
            _ops.PLUGINS_RETRIEVE,
            {"plugin_id": plugin_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def batch_retrieve(
        self,
        *,
        ids: Sequence[str],
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> PluginDetailList:
        """Retrieve several plugins.

        Returns up to 20 plugins at once, each with its tools and, for paid plugins, an MCP
        server configuration.

        Args:
            ids: Up to 20 plugin ids, sent comma-joined.
        """
        return await self._requester.request(
            _ops.PLUGINS_BATCH_RETRIEVE,
            {"ids": ids},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def list(
        self,
        *,
        keyword: str | Unset = UNSET,
        is_official: bool | Unset = UNSET,
        category_ids: Sequence[str] | Unset = UNSET,
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        sort_type: PluginsListSortType | str | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPage[PluginStoreItem]:
        """List store plugins.

        Lists the paid plugins of the plugin store, official and third-party, optionally
        filtered by keyword or category.

        Args:
            keyword: Fuzzy search term.
            is_official: true for official plugins only, false for third-party only; both
                when absent.
            category_ids: Category ids to filter by, sent comma-joined; all categories when
                absent.
            page_num: Page number, starting at 1 (server default 1).
            page_size: Plugins per page, at most 100 (server default 20).
            sort_type: Order: heat (most popular), newest, or relative (relevance, for
                keyword searches).
        """
        return self._requester.paginate(
            _ops.PLUGINS_LIST,
            {
                "keyword": keyword,
                "is_official": is_official,
                "category_ids": category_ids,
                "page_num": page_num,
                "page_size": page_size,
                "sort_type": sort_type,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class ConnectorsBotsResource:
    """The `connectors.bots` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def update(
        self,
        *,
        connector_id: str,
        bot_id: str,
        audit_status: ConnectorBotAuditStatus | int | Unset = UNSET,
        reason: str | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> ConnectorsBotsUpdateResponse:
        """Report a channel review result.

        Lets a custom channel tell Coze the final review outcome of a bot published to it.

        Args:
            connector_id: The channel; it must match the channel of the token.
            bot_id: The bot that was reviewed.
            audit_status: A review state: 1 in review, 2 approved, 3 rejected.
            reason: Why the bot was rejected; expected when audit_status is 3.
        """
        return self._requester.request(
            _ops.CONNECTORS_BOTS_UPDATE,
            {"connector_id": connector_id, "bot_id": bot_id, "audit_status": audit_status, "reason": reason},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncConnectorsBotsResource:
    """The `connectors.bots` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def update(
        self,
        *,
        connector_id: str,
        bot_id: str,
        audit_status: ConnectorBotAuditStatus | int | Unset = UNSET,
        reason: str | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> ConnectorsBotsUpdateResponse:
        """Report a channel review result.

        Lets a custom channel tell Coze the final review outcome of a bot published to it.

        Args:
            connector_id: The channel; it must match the channel of the token.
            bot_id: The bot that was reviewed.
            audit_status: A review state: 1 in review, 2 approved, 3 rejected.
            reason: Why the bot was rejected; expected when audit_status is 3.
        """
        return await self._requester.request(
            _ops.CONNECTORS_BOTS_UPDATE,
            {"connector_id": connector_id, "bot_id": bot_id, "audit_status": audit_status, "reason": reason},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class ConnectorsResource:
    """The `connectors` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    @cached_property
    def bots(self) -> ConnectorsBotsResource:
        """The `connectors.bots` resource group."""
        return ConnectorsBotsResource(self._requester)

    def bind(
        self,
        *,
        connector_id: str,
        configs: Sequence[ConnectorUserConfig | Mapping[str, Any]],
        user_id: str | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> ConnectorsBindResponse:
        """Bind devices to a channel.

        Binds a batch of the enterprise's hardware devices to a custom channel, so developers
        can pick them when publishing there; the channel must first be enabled for this by Coze.

        Args:
            connector_id: The enterprise custom channel id.
            configs: The device configurations to bind.
            user_id: UID of the bot developer the devices are bound for.
        """
        return self._requester.request(
            _ops.CONNECTORS_BIND,
            {"connector_id": connector_id, "configs": configs, "user_id": user_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def install(
        self,
        *,
        connector_id: str,
        workspace_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> ConnectorsInstallResponse:
        """Add a channel to a workspace.

        Adds a public or enterprise custom publishing channel to a workspace so its developers
        can publish there.

        Args:
            connector_id: The channel to add.
            workspace_id: The workspace that gets the channel.
        """
        return self._requester.request(
            _ops.CONNECTORS_INSTALL,
            {"connector_id": connector_id, "workspace_id": workspace_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncConnectorsResource:
    """The `connectors` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @cached_property
    def bots(self) -> AsyncConnectorsBotsResource:
        """The `connectors.bots` resource group."""
        return AsyncConnectorsBotsResource(self._requester)

    async def bind(
        self,
        *,
        connector_id: str,
        configs: Sequence[ConnectorUserConfig | Mapping[str, Any]],
        user_id: str | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> ConnectorsBindResponse:
        """Bind devices to a channel.

        Binds a batch of the enterprise's hardware devices to a custom channel, so developers
        can pick them when publishing there; the channel must first be enabled for this by Coze.

        Args:
            connector_id: The enterprise custom channel id.
            configs: The device configurations to bind.
            user_id: UID of the bot developer the devices are bound for.
        """
        return await self._requester.request(
            _ops.CONNECTORS_BIND,
            {"connector_id": connector_id, "configs": configs, "user_id": user_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def install(
        self,
        *,
        connector_id: str,
        workspace_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> ConnectorsInstallResponse:
        """Add a channel to a workspace.

        Adds a public or enterprise custom publishing channel to a workspace so its developers
        can publish there.

        Args:
            connector_id: The channel to add.
            workspace_id: The workspace that gets the channel.
        """
        return await self._requester.request(
            _ops.CONNECTORS_INSTALL,
            {"connector_id": connector_id, "workspace_id": workspace_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class ApiAppsEventsResource:
    """The `api_apps.events` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        api_app_id: str,
        page_token: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> SyncPage[ApiAppEvent]:
        """List subscribed events.

        Lists the event types a callback app is subscribed to.

        Args:
            api_app_id: The callback app whose subscriptions are listed.
            page_token: The next_page_token of the previous page; empty for the first page.
            page_size: Events per page, 1 to 50 (server default 50).
        """
        return self._requester.paginate(
            _ops.API_APPS_EVENTS_LIST,
            {"api_app_id": api_app_id, "page_token": page_token, "page_size": page_size},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def create(
        self,
        *,
        api_app_id: str,
        event_types: Sequence[ApiAppEventType | str],
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> ApiAppsEventsCreateResponse:
        """Subscribe to events.

        Subscribes a callback app to more event types.

        Args:
            api_app_id: The callback app that receives the events.
            event_types: The event kinds to subscribe to.
        """
        return self._requester.request(
            _ops.API_APPS_EVENTS_CREATE,
            {"api_app_id": api_app_id, "event_types": event_types},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def delete(
        self,
        *,
        api_app_id: str,
        event_types: Sequence[ApiAppEventType | str],
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> ApiAppsEventsDeleteResponse:
        """Unsubscribe from events.

        Stops delivering the given event types to a callback app.

        Args:
            api_app_id: The callback app to unsubscribe.
            event_types: The event kinds to stop receiving.
        """
        return self._requester.request(
            _ops.API_APPS_EVENTS_DELETE,
            {"api_app_id": api_app_id, "event_types": event_types},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncApiAppsEventsResource:
    """The `api_apps.events` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        api_app_id: str,
        page_token: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPage[ApiAppEvent]:
        """List subscribed events.

        Lists the event types a callback app is subscribed to.

        Args:
            api_app_id: The callback app whose subscriptions are listed.
            page_token: The next_page_token of the previous page; empty for the first page.
            page_size: Events per page, 1 to 50 (server default 50).
        """
        return self._requester.paginate(
            _ops.API_APPS_EVENTS_LIST,
            {"api_app_id": api_app_id, "page_token": page_token, "page_size": page_size},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def create(
        self,
        *,
        api_app_id: str,
        event_types: Sequence[ApiAppEventType | str],
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> ApiAppsEventsCreateResponse:
        """Subscribe to events.

        Subscribes a callback app to more event types.

        Args:
            api_app_id: The callback app that receives the events.
            event_types: The event kinds to subscribe to.
        """
        return await self._requester.request(
            _ops.API_APPS_EVENTS_CREATE,
            {"api_app_id": api_app_id, "event_types": event_types},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def delete(
        self,
        *,
        api_app_id: str,
        event_types: Sequence[ApiAppEventType | str],
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> ApiAppsEventsDeleteResponse:
        """Unsubscribe from events.

        Stops delivering the given event types to a callback app.

        Args:
            api_app_id: The callback app to unsubscribe.
            event_types: The event kinds to stop receiving.
        """
        return await self._requester.request(
            _ops.API_APPS_EVENTS_DELETE,
            {"api_app_id": api_app_id, "event_types": event_types},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class ApiAppsResource:
    """The `api_apps` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    @cached_property
    def events(self) -> ApiAppsEventsResource:
        """The `api_apps.events` resource group."""
        return ApiAppsEventsResource(self._requester)

    def list(
        self,
        *,
        app_type: ApiAppType | str | Unset = UNSET,
        page_token: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> SyncPage[ApiApp]:
        """List callback apps.

        Lists the callback apps the caller may manage.

        Args:
            app_type: Only apps of this type; all types when absent.
            page_token: The next_page_token of the previous page; empty for the first page.
            page_size: Apps per page, 1 to 50 (server default 50).
        """
        return self._requester.paginate(
            _ops.API_APPS_LIST,
            {"app_type": app_type, "page_token": page_token, "page_size": page_size},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def create(
        self,
        *,
        app_type: ApiAppType | str,
        name: str | Unset = UNSET,
        connector_id: str | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> ApiApp:
        """Create a callback app.

        Creates a callback app that receives Coze event notifications, either a normal one or
        one for a channel.

        Args:
            app_type: A callback app kind: normal, or connector (receives the events of one
                channel).
            name: The app name, at most 128 characters; needed for normal apps.
            connector_id: The channel id; needed for connector apps.
        """
        return self._requester.request(
            _ops.API_APPS_CREATE,
            {"app_type": app_type, "name": name, "connector_id": connector_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def update(
        self,
        *,
        api_app_id: str,
        name: str | Unset = UNSET,
        callback_url: str | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> ApiAppsUpdateResponse:
        """Update a callback app.

        Renames a callback app or changes its callback URL; Coze verifies a new URL with a
        challenge request that must be echoed within 3 seconds.

        Args:
            api_app_id: The callback app to update.
            name: The new name.
            callback_url: The new delivery URL; it must echo Coze's challenge request within
                3 seconds.
        """
        return self._requester.request(
            _ops.API_APPS_UPDATE,
            {"api_app_id": api_app_id, "name": name, "callback_url": callback_url},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def delete(
        self,
        *,
        api_app_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> ApiAppsDeleteResponse:
        """Delete a callback app.

        Deletes a callback app; its subscribed events are no longer delivered.

        Args:
            api_app_id: The callback app to delete.
        """
        return self._requester.request(
            _ops.API_APPS_DELETE,
            {"api_app_id": api_app_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncApiAppsResource:
    """The `api_apps` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @cached_property
    def events(self) -> AsyncApiAppsEventsResource:
        """The `api_apps.events` resource group."""
        return AsyncApiAppsEventsResource(self._requester)

    def list(
        self,
        *,
        app_type: ApiAppType | str | Unset = UNSET,
        page_token: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPage[ApiApp]:
        """List callback apps.

        Lists the callback apps the caller may manage.

        Args:
            app_type: Only apps of this type; all types when absent.
            page_token: The next_page_token of the previous page; empty for the first page.
            page_size: Apps per page, 1 to 50 (server default 50).
        """
        return self._requester.paginate(
            _ops.API_APPS_LIST,
            {"app_type": app_type, "page_token": page_token, "page_size": page_size},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def create(
        self,
        *,
        app_type: ApiAppType | str,
        name: str | Unset = UNSET,
        connector_id: str | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> ApiApp:
        """Create a callback app.

        Creates a callback app that receives Coze event notifications, either a normal one or
        one for a channel.

        Args:
            app_type: A callback app kind: normal, or connector (receives the events of one
                channel).
            name: The app name, at most 128 characters; needed for normal apps.
            connector_id: The channel id; needed for connector apps.
        """
        return await self._requester.request(
            _ops.API_APPS_CREATE,
            {"app_type": app_type, "name": name, "connector_id": connector_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def update(
        self,
        *,
        api_app_id: str,
        name: str | Unset = UNSET,
        callback_url: str | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> ApiAppsUpdateResponse:
        """Update a callback app.

        Renames a callback app or changes its callback URL; Coze verifies a new URL with a
        challenge request that must be echoed within 3 seconds.

        Args:
            api_app_id: The callback app to update.
            name: The new name.
            callback_url: The new delivery URL; it must echo Coze's challenge request within
                3 seconds.
        """
        return await self._requester.request(
            _ops.API_APPS_UPDATE,
            {"api_app_id": api_app_id, "name": name, "callback_url": callback_url},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def delete(
        self,
        *,
        api_app_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> ApiAppsDeleteResponse:
        """Delete a callback app.

        Deletes a callback app; its subscribed events are no longer delivered.

        Args:
            api_app_id: The callback app to delete.
        """
        return await self._requester.request(
            _ops.API_APPS_DELETE,
            {"api_app_id": api_app_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class EntitiesCopyTasksResource:
    """The `entities.copy_tasks` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def create(
        self,
        *,
        entity_id: str | Unset = UNSET,
        entity_type: EntityCopyType | str | Unset = UNSET,
        to_workspace_id: str | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> EntityCopyTaskCreated:
        """Copy a bot, app or workflow.

        Copies a bot, app or workflow within its workspace or into another workspace of the same
        enterprise or team; bot copies in place finish at once, the rest run as a task.

        Args:
            entity_id: The id of the resource to copy, of the kind given in entity_type.
            entity_type: A copyable resource kind: app, bot or workflow.
            to_workspace_id: The workspace to copy into, in the same enterprise or team; the
                source workspace when absent.
        """
        return self._requester.request(
            _ops.ENTITIES_COPY_TASKS_CREATE,
            {"entity_id": entity_id, "entity_type": entity_type, "to_workspace_id": to_workspace_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def retrieve(
        self,
        *,
        task_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> EntityCopyTask:
        """Retrieve a copy task.

        Returns the state of an asynchronous copy task and, when done, the id of the copy or why
        it failed.

        Args:
            task_id: The task id returned by entities.copy_tasks.create.
        """
        return self._requester.request(
            _ops.ENTITIES_COPY_TASKS_RETRIEVE,
            {"task_id": task_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncEntitiesCopyTasksResource:
    """The `entities.copy_tasks` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def create(
        self,
        *,
        entity_id: str | Unset = UNSET,
        entity_type: EntityCopyType | str | Unset = UNSET,
        to_workspace_id: str | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> EntityCopyTaskCreated:
        """Copy a bot, app or workflow.

        Copies a bot, app or workflow within its workspace or into another workspace of the same
        enterprise or team; bot copies in place finish at once, the rest run as a task.

        Args:
            entity_id: The id of the resource to copy, of the kind given in entity_type.
            entity_type: A copyable resource kind: app, bot or workflow.
            to_workspace_id: The workspace to copy into, in the same enterprise or team; the
                source workspace when absent.
        """
        return await self._requester.request(
            _ops.ENTITIES_COPY_TASKS_CREATE,
            {"entity_id": entity_id, "entity_type": entity_type, "to_workspace_id": to_workspace_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def retrieve(
        self,
        *,
        task_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> EntityCopyTask:
        """Retrieve a copy task.

        Returns the state of an asynchronous copy task and, when done, the id of the copy or why
        it failed.

        Args:
            task_id: The task id returned by entities.copy_tasks.create.
        """
        return await self._requester.request(
            _ops.ENTITIES_COPY_TASKS_RETRIEVE,
            {"task_id": task_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class EntitiesResource:
    """The `entities` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    @cached_property
    def copy_tasks(self) -> EntitiesCopyTasksResource:
        """The `entities.copy_tasks` resource group."""
        return EntitiesCopyTasksResource(self._requester)


class AsyncEntitiesResource:
    """The `entities` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @cached_property
    def copy_tasks(self) -> AsyncEntitiesCopyTasksResource:
        """The `entities.copy_tasks` resource group."""
        return AsyncEntitiesCopyTasksResource(self._requester)


class OauthResource:
    """The `oauth` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def token(
        self,
        *,
        grant_type: OAuthGrantType | str,
        client_id: str | Unset = UNSET,
        code: str | Unset = UNSET,
        redirect_uri: str | Unset = UNSET,
        code_verifier: str | Unset = UNSET,
        refresh_token: str | Unset = UNSET,
        device_code: str | Unset = UNSET,
        duration_seconds: int | Unset = UNSET,
        scope: OAuthScope | Mapping[str, Any] | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> OAuthToken:
        """Get an OAuth access token.

        Exchanges an authorization code, a refresh token, a device code or a signed JWT for an
        access token; the body depends on grant_type.

        Args:
            grant_type: The grant: authorization_code (web and PKCE apps), refresh_token,
                urn:ietf:params:oauth:grant-type:jwt-bearer (JWT apps) or
                urn:ietf:params:oauth:grant-type:device_code (device apps).
            client_id: The OAuth app's client id (authorization_code, refresh_token and
                device_code grants).
            code: The code from the redirect after the user agreed (authorization_code
                grant).
            redirect_uri: The redirect URL registered for the app, as used in the authorize
                URL (authorization_code grant).
            code_verifier: The random verifier behind the code_challenge of the authorize
                URL (authorization_code grant, PKCE apps only).
            refresh_token: A refresh token from an earlier answer, valid for 30 days and
                used up by this call (refresh_token grant).
            device_code: The device_code from oauth.device_code (device_code grant).
            duration_seconds: Token lifetime in seconds, at most 86399 (server default 900;
                jwt-bearer grant).
            scope: Narrows a channel app's JWT token to some permissions and bots; without
                it the token has all granted permissions.
        """
        return self._requester.request(
            _ops.OAUTH_TOKEN,
            {
                "grant_type": grant_type,
                "client_id": client_id,
                "code": code,
                "redirect_uri": redirect_uri,
                "code_verifier": code_verifier,
                "refresh_token": refresh_token,
                "device_code": device_code,
                "duration_seconds": duration_seconds,
                "scope": scope,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def token_for_account(
        self,
        *,
        account_id: str,
        grant_type: OAuthJwtGrantType | str,
        duration_seconds: int | Unset = UNSET,
        scope: OAuthScope | Mapping[str, Any] | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> OAuthToken:
        """Get a JWT access token for an account.

        Exchanges a signed JWT for an access token scoped to one account, an organization of a
        multi-organization enterprise or the owner of a shared workspace.

        Args:
            account_id: The organization id (multi-organization enterprises) or the UID of
                the workspace owner (cross-account access).
            grant_type: The JWT bearer grant, the only one the account and enterprise token
                endpoints take.
            duration_seconds: Token lifetime in seconds, at most 86399 (server default 900).
            scope: Narrows a channel app's JWT token to some permissions and bots; without
                it the token has all granted permissions.
        """
        return self._requester.request(
            _ops.OAUTH_TOKEN_FOR_ACCOUNT,
            {"account_id": account_id, "grant_type": grant_type, "duration_seconds": duration_seconds, "scope": scope},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def token_for_enterprise(
        self,
        *,
        enterprise_id: str,
        grant_type: OAuthJwtGrantType | str,
        duration_seconds: int | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> OAuthToken:
        """Get a JWT access token for an enterprise.

        Exchanges a JWT signed by an enterprise privileged app for an access token that may call
        the enterprise administration APIs.

        Args:
            enterprise_id: The enterprise the token acts for (e.g. volcano_2101957731).
            grant_type: The JWT bearer grant, the only one the account and enterprise token
                endpoints take.
            duration_seconds: Token lifetime in seconds, at most 86399 (server default 900).
        """
        return self._requester.request(
            _ops.OAUTH_TOKEN_FOR_ENTERPRISE,
            {"enterprise_id": enterprise_id, "grant_type": grant_type, "duration_seconds": duration_seconds},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def device_code(
        self,
        *,
        client_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> OAuthDeviceCode:
        """Start a device authorization.

        Asks for a device code and a user code; the user enters the code at verification_uri
        while the device polls oauth.token with the device code grant.

        Args:
            client_id: The device OAuth app's client id.
        """
        return self._requester.request(
            _ops.OAUTH_DEVICE_CODE,
            {"client_id": client_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def device_code_for_workspace(
        self,
        *,
        workspace_id: str,
        client_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> OAuthDeviceCode:
        """Start a device authorization for a workspace.

        Like oauth.device_code, but the token will only reach the resources of one workspace
        (enterprise editions only).

        Args:
            workspace_id: The workspace the token will be limited to.
            client_id: The device OAuth app's client id.
        """
        return self._requester.request(
            _ops.OAUTH_DEVICE_CODE_FOR_WORKSPACE,
            {"workspace_id": workspace_id, "client_id": client_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncOauthResource:
    """The `oauth` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def token(
        self,
        *,
        grant_type: OAuthGrantType | str,
        client_id: str | Unset = UNSET,
        code: str | Unset = UNSET,
        redirect_uri: str | Unset = UNSET,
        code_verifier: str | Unset = UNSET,
        refresh_token: str | Unset = UNSET,
        device_code: str | Unset = UNSET,
        duration_seconds: int | Unset = UNSET,
        scope: OAuthScope | Mapping[str, Any] | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> OAuthToken:
        """Get an OAuth access token.

        Exchanges an authorization code, a refresh token, a device code or a signed JWT for an
        access token; the body depends on grant_type.

        Args:
            grant_type: The grant: authorization_code (web and PKCE apps), refresh_token,
                urn:ietf:params:oauth:grant-type:jwt-bearer (JWT apps) or
                urn:ietf:params:oauth:grant-type:device_code (device apps).
            client_id: The OAuth app's client id (authorization_code, refresh_token and
                device_code grants).
            code: The code from the redirect after the user agreed (authorization_code
                grant).
            redirect_uri: The redirect URL registered for the app, as used in the authorize
                URL (authorization_code grant).
            code_verifier: The random verifier behind the code_challenge of the authorize
                URL (authorization_code grant, PKCE apps only).
            refresh_token: A refresh token from an earlier answer, valid for 30 days and
                used up by this call (refresh_token grant).
            device_code: The device_code from oauth.device_code (device_code grant).
            duration_seconds: Token lifetime in seconds, at most 86399 (server default 900;
                jwt-bearer grant).
            scope: Narrows a channel app's JWT token to some permissions and bots; without
                it the token has all granted permissions.
        """
        return await self._requester.request(
            _ops.OAUTH_TOKEN,
            {
                "grant_type": grant_type,
                "client_id": client_id,
                "code": code,
                "redirect_uri": redirect_uri,
                "code_verifier": code_verifier,
                "refresh_token": refresh_token,
                "device_code": device_code,
                "duration_seconds": duration_seconds,
                "scope": scope,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def token_for_account(
        self,
        *,
        account_id: str,
        grant_type: OAuthJwtGrantType | str,
        duration_seconds: int | Unset = UNSET,
        scope: OAuthScope | Mapping[str, Any] | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> OAuthToken:
        """Get a JWT access token for an account.

        Exchanges a signed JWT for an access token scoped to one account, an organization of a
        multi-organization enterprise or the owner of a shared workspace.

        Args:
            account_id: The organization id (multi-organization enterprises) or the UID of
                the workspace owner (cross-account access).
            grant_type: The JWT bearer grant, the only one the account and enterprise token
                endpoints take.
            duration_seconds: Token lifetime in seconds, at most 86399 (server default 900).
            scope: Narrows a channel app's JWT token to some permissions and bots; without
                it the token has all granted permissions.
        """
        return await self._requester.request(
            _ops.OAUTH_TOKEN_FOR_ACCOUNT,
            {"account_id": account_id, "grant_type": grant_type, "duration_seconds": duration_seconds, "scope": scope},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def token_for_enterprise(
        self,
        *,
        enterprise_id: str,
        grant_type: OAuthJwtGrantType | str,
        duration_seconds: int | Unset = UNSET,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> OAuthToken:
        """Get a JWT access token for an enterprise.

        Exchanges a JWT signed by an enterprise privileged app for an access token that may call
        the enterprise administration APIs.

        Args:
            enterprise_id: The enterprise the token acts for (e.g. volcano_2101957731).
            grant_type: The JWT bearer grant, the only one the account and enterprise token
                endpoints take.
            duration_seconds: Token lifetime in seconds, at most 86399 (server default 900).
        """
        return await self._requester.request(
            _ops.OAUTH_TOKEN_FOR_ENTERPRISE,
            {"enterprise_id": enterprise_id, "grant_type": grant_type, "duration_seconds": duration_seconds},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def device_code(
        self,
        *,
        client_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> OAuthDeviceCode:
        """Start a device authorization.

        Asks for a device code and a user code; the user enters the code at verification_uri
        while the device polls oauth.token with the device code grant.

        Args:
            client_id: The device OAuth app's client id.
        """
        return await self._requester.request(
            _ops.OAUTH_DEVICE_CODE,
            {"client_id": client_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def device_code_for_workspace(
        self,
        *,
        workspace_id: str,
        client_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> OAuthDeviceCode:
        """Start a device authorization for a workspace.

        Like oauth.device_code, but the token will only reach the resources of one workspace
        (enterprise editions only).

        Args:
            workspace_id: The workspace the token will be limited to.
            client_id: The device OAuth app's client id.
        """
        return await self._requester.request(
            _ops.OAUTH_DEVICE_CODE_FOR_WORKSPACE,
            {"workspace_id": workspace_id, "client_id": client_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


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
    def bots(self) -> BotsResource:
        """The `bots` resource group."""
        return BotsResource(self._requester)

    @cached_property
    def apps(self) -> AppsResource:
        """The `apps` resource group."""
        return AppsResource(self._requester)

    @cached_property
    def templates(self) -> TemplatesResource:
        """The `templates` resource group."""
        return TemplatesResource(self._requester)

    @cached_property
    def workspaces(self) -> WorkspacesResource:
        """The `workspaces` resource group."""
        return WorkspacesResource(self._requester)

    @cached_property
    def users(self) -> UsersResource:
        """The `users` resource group."""
        return UsersResource(self._requester)

    @cached_property
    def variables(self) -> VariablesResource:
        """The `variables` resource group."""
        return VariablesResource(self._requester)

    @cached_property
    def folders(self) -> FoldersResource:
        """The `folders` resource group."""
        return FoldersResource(self._requester)

    @cached_property
    def files(self) -> FilesResource:
        """The `files` resource group."""
        return FilesResource(self._requester)

    @cached_property
    def datasets(self) -> DatasetsResource:
        """The `datasets` resource group."""
        return DatasetsResource(self._requester)

    @cached_property
    def workflows(self) -> WorkflowsResource:
        """The `workflows` resource group."""
        return WorkflowsResource(self._requester)

    @cached_property
    def audio(self) -> AudioResource:
        """The `audio` resource group."""
        return AudioResource(self._requester)

    @cached_property
    def enterprises(self) -> EnterprisesResource:
        """The `enterprises` resource group."""
        return EnterprisesResource(self._requester)

    @cached_property
    def benefits(self) -> BenefitsResource:
        """The `benefits` resource group."""
        return BenefitsResource(self._requester)

    @cached_property
    def bill_tasks(self) -> BillTasksResource:
        """The `bill_tasks` resource group."""
        return BillTasksResource(self._requester)

    @cached_property
    def plugins(self) -> PluginsResource:
        """The `plugins` resource group."""
        return PluginsResource(self._requester)

    @cached_property
    def connectors(self) -> ConnectorsResource:
        """The `connectors` resource group."""
        return ConnectorsResource(self._requester)

    @cached_property
    def api_apps(self) -> ApiAppsResource:
        """The `api_apps` resource group."""
        return ApiAppsResource(self._requester)

    @cached_property
    def entities(self) -> EntitiesResource:
        """The `entities` resource group."""
        return EntitiesResource(self._requester)

    @cached_property
    def oauth(self) -> OauthResource:
        """The `oauth` resource group."""
        return OauthResource(self._requester)


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
    def bots(self) -> AsyncBotsResource:
        """The `bots` resource group."""
        return AsyncBotsResource(self._requester)

    @cached_property
    def apps(self) -> AsyncAppsResource:
        """The `apps` resource group."""
        return AsyncAppsResource(self._requester)

    @cached_property
    def templates(self) -> AsyncTemplatesResource:
        """The `templates` resource group."""
        return AsyncTemplatesResource(self._requester)

    @cached_property
    def workspaces(self) -> AsyncWorkspacesResource:
        """The `workspaces` resource group."""
        return AsyncWorkspacesResource(self._requester)

    @cached_property
    def users(self) -> AsyncUsersResource:
        """The `users` resource group."""
        return AsyncUsersResource(self._requester)

    @cached_property
    def variables(self) -> AsyncVariablesResource:
        """The `variables` resource group."""
        return AsyncVariablesResource(self._requester)

    @cached_property
    def folders(self) -> AsyncFoldersResource:
        """The `folders` resource group."""
        return AsyncFoldersResource(self._requester)

    @cached_property
    def files(self) -> AsyncFilesResource:
        """The `files` resource group."""
        return AsyncFilesResource(self._requester)

    @cached_property
    def datasets(self) -> AsyncDatasetsResource:
        """The `datasets` resource group."""
        return AsyncDatasetsResource(self._requester)

    @cached_property
    def workflows(self) -> AsyncWorkflowsResource:
        """The `workflows` resource group."""
        return AsyncWorkflowsResource(self._requester)

    @cached_property
    def audio(self) -> AsyncAudioResource:
        """The `audio` resource group."""
        return AsyncAudioResource(self._requester)

    @cached_property
    def enterprises(self) -> AsyncEnterprisesResource:
        """The `enterprises` resource group."""
        return AsyncEnterprisesResource(self._requester)

    @cached_property
    def benefits(self) -> AsyncBenefitsResource:
        """The `benefits` resource group."""
        return AsyncBenefitsResource(self._requester)

    @cached_property
    def bill_tasks(self) -> AsyncBillTasksResource:
        """The `bill_tasks` resource group."""
        return AsyncBillTasksResource(self._requester)

    @cached_property
    def plugins(self) -> AsyncPluginsResource:
        """The `plugins` resource group."""
        return AsyncPluginsResource(self._requester)

    @cached_property
    def connectors(self) -> AsyncConnectorsResource:
        """The `connectors` resource group."""
        return AsyncConnectorsResource(self._requester)

    @cached_property
    def api_apps(self) -> AsyncApiAppsResource:
        """The `api_apps` resource group."""
        return AsyncApiAppsResource(self._requester)

    @cached_property
    def entities(self) -> AsyncEntitiesResource:
        """The `entities` resource group."""
        return AsyncEntitiesResource(self._requester)

    @cached_property
    def oauth(self) -> AsyncOauthResource:
        """The `oauth` resource group."""
        return AsyncOauthResource(self._requester)
