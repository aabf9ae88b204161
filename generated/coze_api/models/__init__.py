"""Every data model of the Coze API. Imported lazily: a model's module loads on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api_app import ApiApp
    from .api_app_event import ApiAppEvent
    from .api_app_event_list import ApiAppEventList
    from .api_app_event_type import ApiAppEventType
    from .api_app_list import ApiAppList
    from .api_app_type import ApiAppType
    from .api_apps_create_request import ApiAppsCreateRequest
    from .api_apps_create_response import ApiAppsCreateResponse
    from .api_apps_delete_response import ApiAppsDeleteResponse
    from .api_apps_events_create_request import ApiAppsEventsCreateRequest
    from .api_apps_events_create_response import ApiAppsEventsCreateResponse
    from .api_apps_events_delete_request import ApiAppsEventsDeleteRequest
    from .api_apps_events_delete_response import ApiAppsEventsDeleteResponse
    from .api_apps_events_list_response import ApiAppsEventsListResponse
    from .api_apps_list_response import ApiAppsListResponse
    from .api_apps_update_request import ApiAppsUpdateRequest
    from .api_apps_update_response import ApiAppsUpdateResponse
    from .app_collaborator import AppCollaborator
    from .app_publish_status import AppPublishStatus
    from .apps_collaborators_create_request import AppsCollaboratorsCreateRequest
    from .apps_collaborators_create_response import AppsCollaboratorsCreateResponse
    from .apps_collaborators_delete_response import AppsCollaboratorsDeleteResponse
    from .apps_list_response import AppsListResponse
    from .apps_list_result import AppsListResult
    from .audio_live_info import AudioLiveInfo
    from .audio_live_retrieve_response import AudioLiveRetrieveResponse
    from .audio_live_stream_info import AudioLiveStreamInfo
    from .audio_live_type import AudioLiveType
    from .audio_rooms_create_request import AudioRoomsCreateRequest
    from .audio_rooms_create_response import AudioRoomsCreateResponse
    from .audio_speech_create_request import AudioSpeechCreateRequest
    from .audio_speech_create_request_response_format import AudioSpeechCreateRequestResponseFormat
    from .audio_speech_create_request_sample_rate import AudioSpeechCreateRequestSampleRate
    from .audio_transcription import AudioTranscription
    from .audio_transcriptions_create_request import AudioTranscriptionsCreateRequest
    from .audio_transcriptions_create_response import AudioTranscriptionsCreateResponse
    from .audio_voiceprint_groups_create_request import AudioVoiceprintGroupsCreateRequest
    from .audio_voiceprint_groups_create_response import AudioVoiceprintGroupsCreateResponse
    from .audio_voiceprint_groups_delete_response import AudioVoiceprintGroupsDeleteResponse
    from .audio_voiceprint_groups_features_create_request import AudioVoiceprintGroupsFeaturesCreateRequest
    from .audio_voiceprint_groups_features_create_response import AudioVoiceprintGroupsFeaturesCreateResponse
    from .audio_voiceprint_groups_features_delete_response import AudioVoiceprintGroupsFeaturesDeleteResponse
    from .audio_voiceprint_groups_features_list_response import AudioVoiceprintGroupsFeaturesListResponse
    from .audio_voiceprint_groups_features_update_request import AudioVoiceprintGroupsFeaturesUpdateRequest
    from .audio_voiceprint_groups_features_update_response import AudioVoiceprintGroupsFeaturesUpdateResponse
    from .audio_voiceprint_groups_list_response import AudioVoiceprintGroupsListResponse
    from .audio_voiceprint_groups_speaker_identify_request import AudioVoiceprintGroupsSpeakerIdentifyRequest
    from .audio_voiceprint_groups_speaker_identify_response import AudioVoiceprintGroupsSpeakerIdentifyResponse
    from .audio_voiceprint_groups_update_request import AudioVoiceprintGroupsUpdateRequest
    from .audio_voiceprint_groups_update_response import AudioVoiceprintGroupsUpdateResponse
    from .audio_voices_clone_request import AudioVoicesCloneRequest
    from .audio_voices_clone_request_audio_format import AudioVoicesCloneRequestAudioFormat
    from .audio_voices_clone_response import AudioVoicesCloneResponse
    from .audio_voices_list_response import AudioVoicesListResponse
    from .benefit_basic_info import BenefitBasicInfo
    from .benefit_basic_info_user_level import BenefitBasicInfoUserLevel
    from .benefit_info import BenefitInfo
    from .benefit_item_info import BenefitItemInfo
    from .benefit_item_info_strategy import BenefitItemInfoStrategy
    from .benefit_limitation import BenefitLimitation
    from .benefit_limitation_active_mode import BenefitLimitationActiveMode
    from .benefit_limitation_created import BenefitLimitationCreated
    from .benefit_limitation_entity_type import BenefitLimitationEntityType
    from .benefit_limitation_input import BenefitLimitationInput
    from .benefit_limitation_list import BenefitLimitationList
    from .benefit_limitation_status import BenefitLimitationStatus
    from .benefit_limitation_trigger_unit import BenefitLimitationTriggerUnit
    from .benefit_limitation_type import BenefitLimitationType
    from .benefit_overview import BenefitOverview
    from .benefit_status_info import BenefitStatusInfo
    from .benefit_status_info_status import BenefitStatusInfoStatus
    from .benefit_type import BenefitType
    from .benefits_limitations_create_request import BenefitsLimitationsCreateRequest
    from .benefits_limitations_create_response import BenefitsLimitationsCreateResponse
    from .benefits_limitations_list_response import BenefitsLimitationsListResponse
    from .benefits_limitations_update_request import BenefitsLimitationsUpdateRequest
    from .benefits_limitations_update_response import BenefitsLimitationsUpdateResponse
    from .benefits_retrieve_resource_id import BenefitsRetrieveResourceId
    from .benefits_retrieve_response import BenefitsRetrieveResponse
    from .bill_task import BillTask
    from .bill_task_list import BillTaskList
    from .bill_task_status import BillTaskStatus
    from .bill_tasks_create_request import BillTasksCreateRequest
    from .bill_tasks_create_response import BillTasksCreateResponse
    from .bill_tasks_list_response import BillTasksListResponse
    from .bot import Bot
    from .bot_background_image import BotBackgroundImage
    from .bot_background_image_info import BotBackgroundImageInfo
    from .bot_bot_mode import BotBotMode
    from .bot_canvas_position import BotCanvasPosition
    from .bot_collaborator import BotCollaborator
    from .bot_default_user_input_type import BotDefaultUserInputType
    from .bot_gradient_position import BotGradientPosition
    from .bot_knowledge import BotKnowledge
    from .bot_knowledge_config import BotKnowledgeConfig
    from .bot_knowledge_config_search_strategy import BotKnowledgeConfigSearchStrategy
    from .bot_knowledge_info import BotKnowledgeInfo
    from .bot_knowledge_search_strategy import BotKnowledgeSearchStrategy
    from .bot_media_config import BotMediaConfig
    from .bot_model_info import BotModelInfo
    from .bot_model_info_api_mode import BotModelInfoApiMode
    from .bot_model_info_cache_type import BotModelInfoCacheType
    from .bot_model_info_parameters import BotModelInfoParameters
    from .bot_model_info_response_format import BotModelInfoResponseFormat
    from .bot_onboarding_info import BotOnboardingInfo
    from .bot_plugin_api_info import BotPluginApiInfo
    from .bot_plugin_id_info import BotPluginIdInfo
    from .bot_plugin_id_list import BotPluginIdList
    from .bot_plugin_info import BotPluginInfo
    from .bot_prefix_prompt_info import BotPrefixPromptInfo
    from .bot_prompt_info import BotPromptInfo
    from .bot_prompt_info_prompt_mode import BotPromptInfoPromptMode
    from .bot_publish_status import BotPublishStatus
    from .bot_published_bot_v1 import BotPublishedBotV1
    from .bot_shortcut_command import BotShortcutCommand
    from .bot_shortcut_command_component import BotShortcutCommandComponent
    from .bot_shortcut_command_component_type import BotShortcutCommandComponentType
    from .bot_shortcut_command_tool import BotShortcutCommandTool
    from .bot_shortcut_command_tool_type import BotShortcutCommandToolType
    from .bot_suggest_reply_info import BotSuggestReplyInfo
    from .bot_suggest_reply_info_reply_mode import BotSuggestReplyInfoReplyMode
    from .bot_variable import BotVariable
    from .bot_variable_channel import BotVariableChannel
    from .bot_variable_variable_type import BotVariableVariableType
    from .bot_version import BotVersion
    from .bot_version_publish_status import BotVersionPublishStatus
    from .bot_voice_info import BotVoiceInfo
    from .bot_workflow_id_info import BotWorkflowIdInfo
    from .bot_workflow_id_list import BotWorkflowIdList
    from .bot_workflow_info import BotWorkflowInfo
    from .bots_collaboration_modes_update_request import BotsCollaborationModesUpdateRequest
    from .bots_collaboration_modes_update_request_collaboration_mode import (
        BotsCollaborationModesUpdateRequestCollaborationMode,
    )
    from .bots_collaboration_modes_update_response import BotsCollaborationModesUpdateResponse
    from .bots_collaborators_create_request import BotsCollaboratorsCreateRequest
    from .bots_collaborators_create_response import BotsCollaboratorsCreateResponse
    from .bots_collaborators_delete_response import BotsCollaboratorsDeleteResponse
    from .bots_create_request import BotsCreateRequest
    from .bots_create_response import BotsCreateResponse
    from .bots_create_result import BotsCreateResult
    from .bots_list_response import BotsListResponse
    from .bots_list_result import BotsListResult
    from .bots_list_v1_response import BotsListV1Response
    from .bots_list_v1_result import BotsListV1Result
    from .bots_publish_request import BotsPublishRequest
    from .bots_publish_request_connectors import BotsPublishRequestConnectors
    from .bots_publish_request_connectors_additional_property import BotsPublishRequestConnectorsAdditionalProperty
    from .bots_publish_response import BotsPublishResponse
    from .bots_publish_result import BotsPublishResult
    from .bots_retrieve_response import BotsRetrieveResponse
    from .bots_retrieve_v1_response import BotsRetrieveV1Response
    from .bots_unpublish_request import BotsUnpublishRequest
    from .bots_unpublish_response import BotsUnpublishResponse
    from .bots_update_request import BotsUpdateRequest
    from .bots_update_response import BotsUpdateResponse
    from .bots_versions_list_publish_status import BotsVersionsListPublishStatus
    from .bots_versions_list_response import BotsVersionsListResponse
    from .bots_versions_list_result import BotsVersionsListResult
    from .chat import Chat
    from .chat_cancel_request import ChatCancelRequest
    from .chat_cancel_response import ChatCancelResponse
    from .chat_create_request import ChatCreateRequest
    from .chat_create_request_custom_variables import ChatCreateRequestCustomVariables
    from .chat_create_request_extra_params import ChatCreateRequestExtraParams
    from .chat_create_request_meta_data import ChatCreateRequestMetaData
    from .chat_create_request_parameters import ChatCreateRequestParameters
    from .chat_create_response import ChatCreateResponse
    from .chat_error import ChatError
    from .chat_inserted_message import ChatInsertedMessage
    from .chat_message import ChatMessage
    from .chat_message_content_type import ChatMessageContentType
    from .chat_message_meta_data import ChatMessageMetaData
    from .chat_message_role import ChatMessageRole
    from .chat_message_type import ChatMessageType
    from .chat_messages_list_response import ChatMessagesListResponse
    from .chat_meta_data import ChatMetaData
    from .chat_pending_tool_calls import ChatPendingToolCalls
    from .chat_publish_status import ChatPublishStatus
    from .chat_required_action import ChatRequiredAction
    from .chat_required_action_type import ChatRequiredActionType
    from .chat_retrieve_response import ChatRetrieveResponse
    from .chat_shortcut_command import ChatShortcutCommand
    from .chat_shortcut_command_parameters import ChatShortcutCommandParameters
    from .chat_status import ChatStatus
    from .chat_submit_tool_outputs_request import ChatSubmitToolOutputsRequest
    from .chat_submit_tool_outputs_response import ChatSubmitToolOutputsResponse
    from .chat_tool_call import ChatToolCall
    from .chat_tool_call_function import ChatToolCallFunction
    from .chat_tool_call_type import ChatToolCallType
    from .chat_tool_output import ChatToolOutput
    from .connector_bot_audit_status import ConnectorBotAuditStatus
    from .connector_user_config import ConnectorUserConfig
    from .connector_user_config_enum import ConnectorUserConfigEnum
    from .connectors_bind_request import ConnectorsBindRequest
    from .connectors_bind_response import ConnectorsBindResponse
    from .connectors_bots_update_request import ConnectorsBotsUpdateRequest
    from .connectors_bots_update_response import ConnectorsBotsUpdateResponse
    from .connectors_install_request import ConnectorsInstallRequest
    from .connectors_install_response import ConnectorsInstallResponse
    from .conversation import Conversation
    from .conversation_list_result import ConversationListResult
    from .conversation_message_feedback_type import ConversationMessageFeedbackType
    from .conversation_message_order import ConversationMessageOrder
    from .conversation_meta_data import ConversationMetaData
    from .conversation_section import ConversationSection
    from .conversation_sort_order import ConversationSortOrder
    from .conversations_clear_response import ConversationsClearResponse
    from .conversations_create_request import ConversationsCreateRequest
    from .conversations_create_request_meta_data import ConversationsCreateRequestMetaData
    from .conversations_create_response import ConversationsCreateResponse
    from .conversations_delete_response import ConversationsDeleteResponse
    from .conversations_list_response import ConversationsListResponse
    from .conversations_messages_create_request import ConversationsMessagesCreateRequest
    from .conversations_messages_create_request_meta_data import ConversationsMessagesCreateRequestMetaData
    from .conversations_messages_create_response import ConversationsMessagesCreateResponse
    from .conversations_messages_delete_response import ConversationsMessagesDeleteResponse
    from .conversations_messages_feedback_create_request import ConversationsMessagesFeedbackCreateRequest
    from .conversations_messages_feedback_create_response import ConversationsMessagesFeedbackCreateResponse
    from .conversations_messages_feedback_delete_response import ConversationsMessagesFeedbackDeleteResponse
    from .conversations_messages_list_request import ConversationsMessagesListRequest
    from .conversations_messages_list_response import ConversationsMessagesListResponse
    from .conversations_messages_retrieve_response import ConversationsMessagesRetrieveResponse
    from .conversations_messages_update_request import ConversationsMessagesUpdateRequest
    from .conversations_messages_update_request_meta_data import ConversationsMessagesUpdateRequestMetaData
    from .conversations_messages_update_response import ConversationsMessagesUpdateResponse
    from .conversations_retrieve_response import ConversationsRetrieveResponse
    from .conversations_update_request import ConversationsUpdateRequest
    from .conversations_update_response import ConversationsUpdateResponse
    from .dataset import Dataset
    from .dataset_chunk_strategy import DatasetChunkStrategy
    from .dataset_chunk_strategy_caption_type import DatasetChunkStrategyCaptionType
    from .dataset_chunk_strategy_chunk_type import DatasetChunkStrategyChunkType
    from .dataset_dataset_type import DatasetDatasetType
    from .dataset_document import DatasetDocument
    from .dataset_document_base import DatasetDocumentBase
    from .dataset_document_progress import DatasetDocumentProgress
    from .dataset_document_source import DatasetDocumentSource
    from .dataset_document_status import DatasetDocumentStatus
    from .dataset_format_type import DatasetFormatType
    from .dataset_photo import DatasetPhoto
    from .dataset_source_info import DatasetSourceInfo
    from .dataset_status import DatasetStatus
    from .dataset_update_rule import DatasetUpdateRule
    from .dataset_update_type import DatasetUpdateType
    from .datasets_create_request import DatasetsCreateRequest
    from .datasets_create_response import DatasetsCreateResponse
    from .datasets_create_result import DatasetsCreateResult
    from .datasets_delete_response import DatasetsDeleteResponse
    from .datasets_documents_create_request import DatasetsDocumentsCreateRequest
    from .datasets_documents_create_response import DatasetsDocumentsCreateResponse
    from .datasets_documents_delete_request import DatasetsDocumentsDeleteRequest
    from .datasets_documents_delete_response import DatasetsDocumentsDeleteResponse
    from .datasets_documents_list_request import DatasetsDocumentsListRequest
    from .datasets_documents_list_response import DatasetsDocumentsListResponse
    from .datasets_documents_update_request import DatasetsDocumentsUpdateRequest
    from .datasets_documents_update_response import DatasetsDocumentsUpdateResponse
    from .datasets_images_list_response import DatasetsImagesListResponse
    from .datasets_images_list_result import DatasetsImagesListResult
    from .datasets_images_update_request import DatasetsImagesUpdateRequest
    from .datasets_images_update_response import DatasetsImagesUpdateResponse
    from .datasets_list_response import DatasetsListResponse
    from .datasets_list_result import DatasetsListResult
    from .datasets_process_request import DatasetsProcessRequest
    from .datasets_process_response import DatasetsProcessResponse
    from .datasets_process_result import DatasetsProcessResult
    from .datasets_update_request import DatasetsUpdateRequest
    from .datasets_update_response import DatasetsUpdateResponse
    from .enter_message import EnterMessage
    from .enter_message_content_type import EnterMessageContentType
    from .enter_message_meta_data import EnterMessageMetaData
    from .enter_message_type import EnterMessageType
    from .enterprise_member_input import EnterpriseMemberInput
    from .enterprise_member_role import EnterpriseMemberRole
    from .enterprise_organization import EnterpriseOrganization
    from .enterprise_organization_created import EnterpriseOrganizationCreated
    from .enterprise_organization_list import EnterpriseOrganizationList
    from .enterprise_organization_member import EnterpriseOrganizationMember
    from .enterprise_organization_member_input import EnterpriseOrganizationMemberInput
    from .enterprise_organization_member_list import EnterpriseOrganizationMemberList
    from .enterprise_organization_member_people_type import EnterpriseOrganizationMemberPeopleType
    from .enterprise_organization_role_type import EnterpriseOrganizationRoleType
    from .enterprises_members_create_request import EnterprisesMembersCreateRequest
    from .enterprises_members_create_response import EnterprisesMembersCreateResponse
    from .enterprises_members_delete_request import EnterprisesMembersDeleteRequest
    from .enterprises_members_delete_response import EnterprisesMembersDeleteResponse
    from .enterprises_members_update_request import EnterprisesMembersUpdateRequest
    from .enterprises_members_update_response import EnterprisesMembersUpdateResponse
    from .enterprises_organizations_create_request import EnterprisesOrganizationsCreateRequest
    from .enterprises_organizations_create_response import EnterprisesOrganizationsCreateResponse
    from .enterprises_organizations_list_response import EnterprisesOrganizationsListResponse
    from .enterprises_organizations_members_create_request import EnterprisesOrganizationsMembersCreateRequest
    from .enterprises_organizations_members_create_response import EnterprisesOrganizationsMembersCreateResponse
    from .enterprises_organizations_members_delete_request import EnterprisesOrganizationsMembersDeleteRequest
    from .enterprises_organizations_members_delete_response import EnterprisesOrganizationsMembersDeleteResponse
    from .enterprises_organizations_members_list_response import EnterprisesOrganizationsMembersListResponse
    from .enterprises_organizations_members_update_request import EnterprisesOrganizationsMembersUpdateRequest
    from .enterprises_organizations_members_update_response import EnterprisesOrganizationsMembersUpdateResponse
    from .enterprises_organizations_update_request import EnterprisesOrganizationsUpdateRequest
    from .enterprises_organizations_update_response import EnterprisesOrganizationsUpdateResponse
    from .entities_copy_tasks_create_request import EntitiesCopyTasksCreateRequest
    from .entities_copy_tasks_create_response import EntitiesCopyTasksCreateResponse
    from .entities_copy_tasks_retrieve_response import EntitiesCopyTasksRetrieveResponse
    from .entity_copy_task import EntityCopyTask
    from .entity_copy_task_created import EntityCopyTaskCreated
    from .entity_copy_task_failed_reason import EntityCopyTaskFailedReason
    from .entity_copy_task_failed_reason_entity_type import EntityCopyTaskFailedReasonEntityType
    from .entity_copy_task_status import EntityCopyTaskStatus
    from .entity_copy_type import EntityCopyType
    from .error_response import ErrorResponse
    from .file import File
    from .files_retrieve_response import FilesRetrieveResponse
    from .files_upload_request import FilesUploadRequest
    from .files_upload_response import FilesUploadResponse
    from .folder_type import FolderType
    from .folders_list_response import FoldersListResponse
    from .folders_list_result import FoldersListResult
    from .folders_retrieve_response import FoldersRetrieveResponse
    from .o_auth_device_code import OAuthDeviceCode
    from .o_auth_device_code_for_workspace_request import OAuthDeviceCodeForWorkspaceRequest
    from .o_auth_device_code_request import OAuthDeviceCodeRequest
    from .o_auth_error import OAuthError
    from .o_auth_grant_type import OAuthGrantType
    from .o_auth_jwt_grant_type import OAuthJwtGrantType
    from .o_auth_scope import OAuthScope
    from .o_auth_scope_account_permission import OAuthScopeAccountPermission
    from .o_auth_scope_attribute_constraint import OAuthScopeAttributeConstraint
    from .o_auth_scope_bot_chat_attribute import OAuthScopeBotChatAttribute
    from .o_auth_token import OAuthToken
    from .o_auth_token_for_account_request import OAuthTokenForAccountRequest
    from .o_auth_token_for_enterprise_request import OAuthTokenForEnterpriseRequest
    from .o_auth_token_request import OAuthTokenRequest
    from .object_string_item import ObjectStringItem
    from .object_string_item_type import ObjectStringItemType
    from .plugin_detail import PluginDetail
    from .plugin_detail_list import PluginDetailList
    from .plugin_store_category import PluginStoreCategory
    from .plugin_store_category_list import PluginStoreCategoryList
    from .plugin_store_item import PluginStoreItem
    from .plugin_store_list import PluginStoreList
    from .plugin_store_metainfo import PluginStoreMetainfo
    from .plugin_store_stats import PluginStoreStats
    from .plugin_store_user import PluginStoreUser
    from .plugin_tool import PluginTool
    from .plugin_tool_call_result import PluginToolCallResult
    from .plugin_tool_call_result_result import PluginToolCallResultResult
    from .plugin_tool_input_schema import PluginToolInputSchema
    from .plugin_tool_output_schema import PluginToolOutputSchema
    from .plugins_batch_retrieve_response import PluginsBatchRetrieveResponse
    from .plugins_categories_list_entity_type import PluginsCategoriesListEntityType
    from .plugins_categories_list_response import PluginsCategoriesListResponse
    from .plugins_list_response import PluginsListResponse
    from .plugins_list_sort_type import PluginsListSortType
    from .plugins_retrieve_response import PluginsRetrieveResponse
    from .plugins_tools_call_request import PluginsToolsCallRequest
    from .plugins_tools_call_request_arguments import PluginsToolsCallRequestArguments
    from .plugins_tools_call_response import PluginsToolsCallResponse
    from .response_detail import ResponseDetail
    from .room_audio_config import RoomAudioConfig
    from .room_audio_config_codec import RoomAudioConfigCodec
    from .room_config import RoomConfig
    from .room_join_info import RoomJoinInfo
    from .room_mode import RoomMode
    from .room_translate_config import RoomTranslateConfig
    from .room_turn_detection import RoomTurnDetection
    from .room_turn_detection_type import RoomTurnDetectionType
    from .room_video_config import RoomVideoConfig
    from .room_video_config_codec import RoomVideoConfigCodec
    from .room_video_config_stream_video_type import RoomVideoConfigStreamVideoType
    from .simple_app import SimpleApp
    from .simple_bot import SimpleBot
    from .simple_folder import SimpleFolder
    from .template_duplicate_result import TemplateDuplicateResult
    from .template_duplicate_result_entity_type import TemplateDuplicateResultEntityType
    from .templates_duplicate_request import TemplatesDuplicateRequest
    from .templates_duplicate_response import TemplatesDuplicateResponse
    from .usage import Usage
    from .user import User
    from .user_info import UserInfo
    from .users_me_response import UsersMeResponse
    from .variable_assignment import VariableAssignment
    from .variable_value import VariableValue
    from .variables_retrieve_response import VariablesRetrieveResponse
    from .variables_retrieve_result import VariablesRetrieveResult
    from .variables_update_request import VariablesUpdateRequest
    from .variables_update_response import VariablesUpdateResponse
    from .voice import Voice
    from .voice_clone_result import VoiceCloneResult
    from .voice_emotion import VoiceEmotion
    from .voice_emotion_info import VoiceEmotionInfo
    from .voice_emotion_interval import VoiceEmotionInterval
    from .voice_language import VoiceLanguage
    from .voice_list_result import VoiceListResult
    from .voice_model_type import VoiceModelType
    from .voice_state import VoiceState
    from .voiceprint_feature import VoiceprintFeature
    from .voiceprint_feature_create_result import VoiceprintFeatureCreateResult
    from .voiceprint_feature_list_result import VoiceprintFeatureListResult
    from .voiceprint_feature_score import VoiceprintFeatureScore
    from .voiceprint_group import VoiceprintGroup
    from .voiceprint_group_create_result import VoiceprintGroupCreateResult
    from .voiceprint_group_list_result import VoiceprintGroupListResult
    from .voiceprint_speaker_identify_result import VoiceprintSpeakerIdentifyResult
    from .workflow_basic import WorkflowBasic
    from .workflow_chat_done_event import WorkflowChatDoneEvent
    from .workflow_collaboration_mode import WorkflowCollaborationMode
    from .workflow_collaborator import WorkflowCollaborator
    from .workflow_done_event import WorkflowDoneEvent
    from .workflow_error_event import WorkflowErrorEvent
    from .workflow_execute_status import WorkflowExecuteStatus
    from .workflow_info import WorkflowInfo
    from .workflow_input import WorkflowInput
    from .workflow_input_parameters import WorkflowInputParameters
    from .workflow_interrupt_data import WorkflowInterruptData
    from .workflow_interrupt_data_required_parameters import WorkflowInterruptDataRequiredParameters
    from .workflow_interrupt_event import WorkflowInterruptEvent
    from .workflow_interrupt_type import WorkflowInterruptType
    from .workflow_list_result import WorkflowListResult
    from .workflow_message_event import WorkflowMessageEvent
    from .workflow_message_event_ext import WorkflowMessageEventExt
    from .workflow_mode import WorkflowMode
    from .workflow_node_execute_history import WorkflowNodeExecuteHistory
    from .workflow_node_execute_status import WorkflowNodeExecuteStatus
    from .workflow_output import WorkflowOutput
    from .workflow_output_parameters import WorkflowOutputParameters
    from .workflow_parameter import WorkflowParameter
    from .workflow_parameter_properties import WorkflowParameterProperties
    from .workflow_publish_status import WorkflowPublishStatus
    from .workflow_run_history import WorkflowRunHistory
    from .workflow_run_history_node_execute_status import WorkflowRunHistoryNodeExecuteStatus
    from .workflow_run_mode import WorkflowRunMode
    from .workflow_run_result import WorkflowRunResult
    from .workflow_terminate_plan import WorkflowTerminatePlan
    from .workflow_version import WorkflowVersion
    from .workflow_version_list_result import WorkflowVersionListResult
    from .workflows_chat_stream_request import WorkflowsChatStreamRequest
    from .workflows_chat_stream_request_ext import WorkflowsChatStreamRequestExt
    from .workflows_chat_stream_request_parameters import WorkflowsChatStreamRequestParameters
    from .workflows_collaboration_modes_update_request import WorkflowsCollaborationModesUpdateRequest
    from .workflows_collaboration_modes_update_response import WorkflowsCollaborationModesUpdateResponse
    from .workflows_collaborators_create_request import WorkflowsCollaboratorsCreateRequest
    from .workflows_collaborators_create_response import WorkflowsCollaboratorsCreateResponse
    from .workflows_collaborators_delete_response import WorkflowsCollaboratorsDeleteResponse
    from .workflows_list_response import WorkflowsListResponse
    from .workflows_retrieve_response import WorkflowsRetrieveResponse
    from .workflows_runs_create_request import WorkflowsRunsCreateRequest
    from .workflows_runs_create_request_ext import WorkflowsRunsCreateRequestExt
    from .workflows_runs_create_request_parameters import WorkflowsRunsCreateRequestParameters
    from .workflows_runs_histories_execute_nodes_retrieve_response import (
        WorkflowsRunsHistoriesExecuteNodesRetrieveResponse,
    )
    from .workflows_runs_histories_retrieve_response import WorkflowsRunsHistoriesRetrieveResponse
    from .workflows_runs_resume_nonstream_request import WorkflowsRunsResumeNonstreamRequest
    from .workflows_runs_resume_request import WorkflowsRunsResumeRequest
    from .workflows_runs_stream_request import WorkflowsRunsStreamRequest
    from .workflows_runs_stream_request_ext import WorkflowsRunsStreamRequestExt
    from .workflows_runs_stream_request_parameters import WorkflowsRunsStreamRequestParameters
    from .workflows_versions_list_response import WorkflowsVersionsListResponse
    from .workspace import Workspace
    from .workspace_joined_status import WorkspaceJoinedStatus
    from .workspace_member import WorkspaceMember
    from .workspace_new_member import WorkspaceNewMember
    from .workspace_new_member_role_type import WorkspaceNewMemberRoleType
    from .workspace_role_type import WorkspaceRoleType
    from .workspace_workspace_type import WorkspaceWorkspaceType
    from .workspaces_create_request import WorkspacesCreateRequest
    from .workspaces_create_response import WorkspacesCreateResponse
    from .workspaces_create_result import WorkspacesCreateResult
    from .workspaces_list_response import WorkspacesListResponse
    from .workspaces_list_result import WorkspacesListResult
    from .workspaces_members_create_request import WorkspacesMembersCreateRequest
    from .workspaces_members_create_response import WorkspacesMembersCreateResponse
    from .workspaces_members_create_result import WorkspacesMembersCreateResult
    from .workspaces_members_delete_request import WorkspacesMembersDeleteRequest
    from .workspaces_members_delete_response import WorkspacesMembersDeleteResponse
    from .workspaces_members_delete_result import WorkspacesMembersDeleteResult
    from .workspaces_members_list_response import WorkspacesMembersListResponse
    from .workspaces_members_list_result import WorkspacesMembersListResult
    from .workspaces_update_request import WorkspacesUpdateRequest
    from .workspaces_update_response import WorkspacesUpdateResponse

_MODULES = {
    "ApiApp": ".api_app",
    "ApiAppEvent": ".api_app_event",
    "ApiAppEventList": ".api_app_event_list",
    "ApiAppEventType": ".api_app_event_type",
    "ApiAppList": ".api_app_list",
    "ApiAppType": ".api_app_type",
    "ApiAppsCreateRequest": ".api_apps_create_request",
    "ApiAppsCreateResponse": ".api_apps_create_response",
    "ApiAppsDeleteResponse": ".api_apps_delete_response",
    "ApiAppsEventsCreateRequest": ".api_apps_events_create_request",
    "ApiAppsEventsCreateResponse": ".api_apps_events_create_response",
    "ApiAppsEventsDeleteRequest": ".api_apps_events_delete_request",
    "ApiAppsEventsDeleteResponse": ".api_apps_events_delete_response",
    "ApiAppsEventsListResponse": ".api_apps_events_list_response",
    "ApiAppsListResponse": ".api_apps_list_response",
    "ApiAppsUpdateRequest": ".api_apps_update_request",
    "ApiAppsUpdateResponse": ".api_apps_update_response",
    "AppCollaborator": ".app_collaborator",
    "AppPublishStatus": ".app_publish_status",
    "AppsCollaboratorsCreateRequest": ".apps_collaborators_create_request",
    "AppsCollaboratorsCreateResponse": ".apps_collaborators_create_response",
    "AppsCollaboratorsDeleteResponse": ".apps_collaborators_delete_response",
    "AppsListResponse": ".apps_list_response",
    "AppsListResult": ".apps_list_result",
    "AudioLiveInfo": ".audio_live_info",
    "AudioLiveRetrieveResponse": ".audio_live_retrieve_response",
    "AudioLiveStreamInfo": ".audio_live_stream_info",
    "AudioLiveType": ".audio_live_type",
    "AudioRoomsCreateRequest": ".audio_rooms_create_request",
    "AudioRoomsCreateResponse": ".audio_rooms_create_response",
    "AudioSpeechCreateRequest": ".audio_speech_create_request",
    "AudioSpeechCreateRequestResponseFormat": ".audio_speech_create_request_response_format",
    "AudioSpeechCreateRequestSampleRate": ".audio_speech_create_request_sample_rate",
    "AudioTranscription": ".audio_transcription",
    "AudioTranscriptionsCreateRequest": ".audio_transcriptions_create_request",
    "AudioTranscriptionsCreateResponse": ".audio_transcriptions_create_response",
    "AudioVoiceprintGroupsCreateRequest": ".audio_voiceprint_groups_create_request",
    "AudioVoiceprintGroupsCreateResponse": ".audio_voiceprint_groups_create_response",
    "AudioVoiceprintGroupsDeleteResponse": ".audio_voiceprint_groups_delete_response",
    "AudioVoiceprintGroupsFeaturesCreateRequest": ".audio_voiceprint_groups_features_create_request",
    "AudioVoiceprintGroupsFeaturesCreateResponse": ".audio_voiceprint_groups_features_create_response",
    "AudioVoiceprintGroupsFeaturesDeleteResponse": ".audio_voiceprint_groups_features_delete_response",
    "AudioVoiceprintGroupsFeaturesListResponse": ".audio_voiceprint_groups_features_list_response",
    "AudioVoiceprintGroupsFeaturesUpdateRequest": ".audio_voiceprint_groups_features_update_request",
    "AudioVoiceprintGroupsFeaturesUpdateResponse": ".audio_voiceprint_groups_features_update_response",
    "AudioVoiceprintGroupsListResponse": ".audio_voiceprint_groups_list_response",
    "AudioVoiceprintGroupsSpeakerIdentifyRequest": ".audio_voiceprint_groups_speaker_identify_request",
    "AudioVoiceprintGroupsSpeakerIdentifyResponse": ".audio_voiceprint_groups_speaker_identify_response",
    "AudioVoiceprintGroupsUpdateRequest": ".audio_voiceprint_groups_update_request",
    "AudioVoiceprintGroupsUpdateResponse": ".audio_voiceprint_groups_update_response",
    "AudioVoicesCloneRequest": ".audio_voices_clone_request",
    "AudioVoicesCloneRequestAudioFormat": ".audio_voices_clone_request_audio_format",
    "AudioVoicesCloneResponse": ".audio_voices_clone_response",
    "AudioVoicesListResponse": ".audio_voices_list_response",
    "BenefitBasicInfo": ".benefit_basic_info",
    "BenefitBasicInfoUserLevel": ".benefit_basic_info_user_level",
    "BenefitInfo": ".benefit_info",
    "BenefitItemInfo": ".benefit_item_info",
    "BenefitItemInfoStrategy": ".benefit_item_info_strategy",
    "BenefitLimitation": ".benefit_limitation",
    "BenefitLimitationActiveMode": ".benefit_limitation_active_mode",
    "BenefitLimitationCreated": ".benefit_limitation_created",
    "BenefitLimitationEntityType": ".benefit_limitation_entity_type",
    "BenefitLimitationInput": ".benefit_limitation_input",
    "BenefitLimitationList": ".benefit_limitation_list",
    "BenefitLimitationStatus": ".benefit_limitation_status",
    "BenefitLimitationTriggerUnit": ".benefit_limitation_trigger_unit",
    "BenefitLimitationType": ".benefit_limitation_type",
    "BenefitOverview": ".benefit_overview",
    "BenefitStatusInfo": ".benefit_status_info",
    "BenefitStatusInfoStatus": ".benefit_status_info_status",
    "BenefitType": ".benefit_type",
    "BenefitsLimitationsCreateRequest": ".benefits_limitations_create_request",
    "BenefitsLimitationsCreateResponse": ".benefits_limitations_create_response",
    "BenefitsLimitationsListResponse": ".benefits_limitations_list_response",
    "BenefitsLimitationsUpdateRequest": ".benefits_limitations_update_request",
    "BenefitsLimitationsUpdateResponse": ".benefits_limitations_update_response",
    "BenefitsRetrieveResourceId": ".benefits_retrieve_resource_id",
    "BenefitsRetrieveResponse": ".benefits_retrieve_response",
    "BillTask": ".bill_task",
    "BillTaskList": ".bill_task_list",
    "BillTaskStatus": ".bill_task_status",
    "BillTasksCreateRequest": ".bill_tasks_create_request",
    "BillTasksCreateResponse": ".bill_tasks_create_response",
    "BillTasksListResponse": ".bill_tasks_list_response",
    "Bot": ".bot",
    "BotBackgroundImage": ".bot_background_image",
    "BotBackgroundImageInfo": ".bot_background_image_info",
    "BotBotMode": ".bot_bot_mode",
    "BotCanvasPosition": ".bot_canvas_position",
    "BotCollaborator": ".bot_collaborator",
    "BotDefaultUserInputType": ".bot_default_user_input_type",
    "BotGradientPosition": ".bot_gradient_position",
    "BotKnowledge": ".bot_knowledge",
    "BotKnowledgeConfig": ".bot_knowledge_config",
    "BotKnowledgeConfigSearchStrategy": ".bot_knowledge_config_search_strategy",
    "BotKnowledgeInfo": ".bot_knowledge_info",
    "BotKnowledgeSearchStrategy": ".bot_knowledge_search_strategy",
    "BotMediaConfig": ".bot_media_config",
    "BotModelInfo": ".bot_model_info",
    "BotModelInfoApiMode": ".bot_model_info_api_mode",
    "BotModelInfoCacheType": ".bot_model_info_cache_type",
    "BotModelInfoParameters": ".bot_model_info_parameters",
    "BotModelInfoResponseFormat": ".bot_model_info_response_format",
    "BotOnboardingInfo": ".bot_onboarding_info",
    "BotPluginApiInfo": ".bot_plugin_api_info",
    "BotPluginIdInfo": ".bot_plugin_id_info",
    "BotPluginIdList": ".bot_plugin_id_list",
    "BotPluginInfo": ".bot_plugin_info",
    "BotPrefixPromptInfo": ".bot_prefix_prompt_info",
    "BotPromptInfo": ".bot_prompt_info",
    "BotPromptInfoPromptMode": ".bot_prompt_info_prompt_mode",
    "BotPublishStatus": ".bot_publish_status",
    "BotPublishedBotV1": ".bot_published_bot_v1",
    "BotShortcutCommand": ".bot_shortcut_command",
    "BotShortcutCommandComponent": ".bot_shortcut_command_component",
    "BotShortcutCommandComponentType": ".bot_shortcut_command_component_type",
    "BotShortcutCommandTool": ".bot_shortcut_command_tool",
    "BotShortcutCommandToolType": ".bot_shortcut_command_tool_type",
    "BotSuggestReplyInfo": ".bot_suggest_reply_info",
    "BotSuggestReplyInfoReplyMode": ".bot_suggest_reply_info_reply_mode",
    "BotVariable": ".bot_variable",
    "BotVariableChannel": ".bot_variable_channel",
    "BotVariableVariableType": ".bot_variable_variable_type",
    "BotVersion": ".bot_version",
    "BotVersionPublishStatus": ".bot_version_publish_status",
    "BotVoiceInfo": ".bot_voice_info",
    "BotWorkflowIdInfo": ".bot_workflow_id_info",
    "BotWorkflowIdList": ".bot_workflow_id_list",
    "BotWorkflowInfo": ".bot_workflow_info",
    "BotsCollaborationModesUpdateRequest": ".bots_collaboration_modes_update_request",
    "BotsCollaborationModesUpdateRequestCollaborationMode": ".bots_collaboration_modes_update_request_collaboration_mode",
    "BotsCollaborationModesUpdateResponse": ".bots_collaboration_modes_update_response",
    "BotsCollaboratorsCreateRequest": ".bots_collaborators_create_request",
    "BotsCollaboratorsCreateResponse": ".bots_collaborators_create_response",
    "BotsCollaboratorsDeleteResponse": ".bots_collaborators_delete_response",
    "BotsCreateRequest": ".bots_create_request",
    "BotsCreateResponse": ".bots_create_response",
    "BotsCreateResult": ".bots_create_result",
    "BotsListResponse": ".bots_list_response",
    "BotsListResult": ".bots_list_result",
    "BotsListV1Response": ".bots_list_v1_response",
    "BotsListV1Result": ".bots_list_v1_result",
    "BotsPublishRequest": ".bots_publish_request",
    "BotsPublishRequestConnectors": ".bots_publish_request_connectors",
    "BotsPublishRequestConnectorsAdditionalProperty": ".bots_publish_request_connectors_additional_property",
    "BotsPublishResponse": ".bots_publish_response",
    "BotsPublishResult": ".bots_publish_result",
    "BotsRetrieveResponse": ".bots_retrieve_response",
    "BotsRetrieveV1Response": ".bots_retrieve_v1_response",
    "BotsUnpublishRequest": ".bots_unpublish_request",
    "BotsUnpublishResponse": ".bots_unpublish_response",
    "BotsUpdateRequest": ".bots_update_request",
    "BotsUpdateResponse": ".bots_update_response",
    "BotsVersionsListPublishStatus": ".bots_versions_list_publish_status",
    "BotsVersionsListResponse": ".bots_versions_list_response",
    "BotsVersionsListResult": ".bots_versions_list_result",
    "Chat": ".chat",
    "ChatCancelRequest": ".chat_cancel_request",
    "ChatCancelResponse": ".chat_cancel_response",
    "ChatCreateRequest": ".chat_create_request",
    "ChatCreateRequestCustomVariables": ".chat_create_request_custom_variables",
    "ChatCreateRequestExtraParams": ".chat_create_request_extra_params",
    "ChatCreateRequestMetaData": ".chat_create_request_meta_data",
    "ChatCreateRequestParameters": ".chat_create_request_parameters",
    "ChatCreateResponse": ".chat_create_response",
    "ChatError": ".chat_error",
    "ChatInsertedMessage": ".chat_inserted_message",
    "ChatMessage": ".chat_message",
    "ChatMessageContentType": ".chat_message_content_type",
    "ChatMessageMetaData": ".chat_message_meta_data",
    "ChatMessageRole": ".chat_message_role",
    "ChatMessageType": ".chat_message_type",
    "ChatMessagesListResponse": ".chat_messages_list_response",
    "ChatMetaData": ".chat_meta_data",
    "ChatPendingToolCalls": ".chat_pending_tool_calls",
    "ChatPublishStatus": ".chat_publish_status",
    "ChatRequiredAction": ".chat_required_action",
    "ChatRequiredActionType": ".chat_required_action_type",
    "ChatRetrieveResponse": ".chat_retrieve_response",
    "ChatShortcutCommand": ".chat_shortcut_command",
    "ChatShortcutCommandParameters": ".chat_shortcut_command_parameters",
    "ChatStatus": ".chat_status",
    "ChatSubmitToolOutputsRequest": ".chat_submit_tool_outputs_request",
    "ChatSubmitToolOutputsResponse": ".chat_submit_tool_outputs_response",
    "ChatToolCall": ".chat_tool_call",
    "ChatToolCallFunction": ".chat_tool_call_function",
    "ChatToolCallType": ".chat_tool_call_type",
    "ChatToolOutput": ".chat_tool_output",
    "ConnectorBotAuditStatus": ".connector_bot_audit_status",
    "ConnectorUserConfig": ".connector_user_config",
    "ConnectorUserConfigEnum": ".connector_user_config_enum",
    "ConnectorsBindRequest": ".connectors_bind_request",
    "ConnectorsBindResponse": ".connectors_bind_response",
    "ConnectorsBotsUpdateRequest": ".connectors_bots_update_request",
    "ConnectorsBotsUpdateResponse": ".connectors_bots_update_response",
    "ConnectorsInstallRequest": ".connectors_install_request",
    "ConnectorsInstallResponse": ".connectors_install_response",
    "Conversation": ".conversation",
    "ConversationListResult": ".conversation_list_result",
    "ConversationMessageFeedbackType": ".conversation_message_feedback_type",
    "ConversationMessageOrder": ".conversation_message_order",
    "ConversationMetaData": ".conversation_meta_data",
    "ConversationSection": ".conversation_section",
    "ConversationSortOrder": ".conversation_sort_order",
    "ConversationsClearResponse": ".conversations_clear_response",
    "ConversationsCreateRequest": ".conversations_create_request",
    "ConversationsCreateRequestMetaData": ".conversations_create_request_meta_data",
    "ConversationsCreateResponse": ".conversations_create_response",
    "ConversationsDeleteResponse": ".conversations_delete_response",
    "ConversationsListResponse": ".conversations_list_response",
    "ConversationsMessagesCreateRequest": ".conversations_messages_create_request",
    "ConversationsMessagesCreateRequestMetaData": ".conversations_messages_create_request_meta_data",
    "ConversationsMessagesCreateResponse": ".conversations_messages_create_response",
    "ConversationsMessagesDeleteResponse": ".conversations_messages_delete_response",
    "ConversationsMessagesFeedbackCreateRequest": ".conversations_messages_feedback_create_request",
    "ConversationsMessagesFeedbackCreateResponse": ".conversations_messages_feedback_create_response",
    "ConversationsMessagesFeedbackDeleteResponse": ".conversations_messages_feedback_delete_response",
    "ConversationsMessagesListRequest": ".conversations_messages_list_request",
    "ConversationsMessagesListResponse": ".conversations_messages_list_response",
    "ConversationsMessagesRetrieveResponse": ".conversations_messages_retrieve_response",
    "ConversationsMessagesUpdateRequest": ".conversations_messages_update_request",
    "ConversationsMessagesUpdateRequestMetaData": ".conversations_messages_update_request_meta_data",
    "ConversationsMessagesUpdateResponse": ".conversations_messages_update_response",
    "ConversationsRetrieveResponse": ".conversations_retrieve_response",
    "ConversationsUpdateRequest": ".conversations_update_request",
    "ConversationsUpdateResponse": ".conversations_update_response",
    "Dataset": ".dataset",
    "DatasetChunkStrategy": ".dataset_chunk_strategy",
    "DatasetChunkStrategyCaptionType": ".dataset_chunk_strategy_caption_type",
    "DatasetChunkStrategyChunkType": ".dataset_chunk_strategy_chunk_type",
    "DatasetDatasetType": ".dataset_dataset_type",
    "DatasetDocument": ".dataset_document",
    "DatasetDocumentBase": ".dataset_document_base",
    "DatasetDocumentProgress": ".dataset_document_progress",
    "DatasetDocumentSource": ".dataset_document_source",
    "DatasetDocumentStatus": ".dataset_document_status",
    "DatasetFormatType": ".dataset_format_type",
    "DatasetPhoto": ".dataset_photo",
    "DatasetSourceInfo": ".dataset_source_info",
    "DatasetStatus": ".dataset_status",
    "DatasetUpdateRule": ".dataset_update_rule",
    "DatasetUpdateType": ".dataset_update_type",
    "DatasetsCreateRequest": ".datasets_create_request",
    "DatasetsCreateResponse": ".datasets_create_response",
    "DatasetsCreateResult": ".datasets_create_result",
    "DatasetsDeleteResponse": ".datasets_delete_response",
    "DatasetsDocumentsCreateRequest": ".datasets_documents_create_request",
    "DatasetsDocumentsCreateResponse": ".datasets_documents_create_response",
    "DatasetsDocumentsDeleteRequest": ".datasets_documents_delete_request",
    "DatasetsDocumentsDeleteResponse": ".datasets_documents_delete_response",
    "DatasetsDocumentsListRequest": ".datasets_documents_list_request",
    "DatasetsDocumentsListResponse": ".datasets_documents_list_response",
    "DatasetsDocumentsUpdateRequest": ".datasets_documents_update_request",
    "DatasetsDocumentsUpdateResponse": ".datasets_documents_update_response",
    "DatasetsImagesListResponse": ".datasets_images_list_response",
    "DatasetsImagesListResult": ".datasets_images_list_result",
    "DatasetsImagesUpdateRequest": ".datasets_images_update_request",
    "DatasetsImagesUpdateResponse": ".datasets_images_update_response",
    "DatasetsListResponse": ".datasets_list_response",
    "DatasetsListResult": ".datasets_list_result",
    "DatasetsProcessRequest": ".datasets_process_request",
    "DatasetsProcessResponse": ".datasets_process_response",
    "DatasetsProcessResult": ".datasets_process_result",
    "DatasetsUpdateRequest": ".datasets_update_request",
    "DatasetsUpdateResponse": ".datasets_update_response",
    "EnterMessage": ".enter_message",
    "EnterMessageContentType": ".enter_message_content_type",
    "EnterMessageMetaData": ".enter_message_meta_data",
    "EnterMessageType": ".enter_message_type",
    "EnterpriseMemberInput": ".enterprise_member_input",
    "EnterpriseMemberRole": ".enterprise_member_role",
    "EnterpriseOrganization": ".enterprise_organization",
    "EnterpriseOrganizationCreated": ".enterprise_organization_created",
    "EnterpriseOrganizationList": ".enterprise_organization_list",
    "EnterpriseOrganizationMember": ".enterprise_organization_member",
    "EnterpriseOrganizationMemberInput": ".enterprise_organization_member_input",
    "EnterpriseOrganizationMemberList": ".enterprise_organization_member_list",
    "EnterpriseOrganizationMemberPeopleType": ".enterprise_organization_member_people_type",
    "EnterpriseOrganizationRoleType": ".enterprise_organization_role_type",
    "EnterprisesMembersCreateRequest": ".enterprises_members_create_request",
    "EnterprisesMembersCreateResponse": ".enterprises_members_create_response",
    "EnterprisesMembersDeleteRequest": ".enterprises_members_delete_request",
    "EnterprisesMembersDeleteResponse": ".enterprises_members_delete_response",
    "EnterprisesMembersUpdateRequest": ".enterprises_members_update_request",
    "EnterprisesMembersUpdateResponse": ".enterprises_members_update_response",
    "EnterprisesOrganizationsCreateRequest": ".enterprises_organizations_create_request",
    "EnterprisesOrganizationsCreateResponse": ".enterprises_organizations_create_response",
    "EnterprisesOrganizationsListResponse": ".enterprises_organizations_list_response",
    "EnterprisesOrganizationsMembersCreateRequest": ".enterprises_organizations_members_create_request",
    "EnterprisesOrganizationsMembersCreateResponse": ".enterprises_organizations_members_create_response",
    "EnterprisesOrganizationsMembersDeleteRequest": ".enterprises_organizations_members_delete_request",
    "EnterprisesOrganizationsMembersDeleteResponse": ".enterprises_organizations_members_delete_response",
    "EnterprisesOrganizationsMembersListResponse": ".enterprises_organizations_members_list_response",
    "EnterprisesOrganizationsMembersUpdateRequest": ".enterprises_organizations_members_update_request",
    "EnterprisesOrganizationsMembersUpdateResponse": ".enterprises_organizations_members_update_response",
    "EnterprisesOrganizationsUpdateRequest": ".enterprises_organizations_update_request",
    "EnterprisesOrganizationsUpdateResponse": ".enterprises_organizations_update_response",
    "EntitiesCopyTasksCreateRequest": ".entities_copy_tasks_create_request",
    "EntitiesCopyTasksCreateResponse": ".entities_copy_tasks_create_response",
    "EntitiesCopyTasksRetrieveResponse": ".entities_copy_tasks_retrieve_response",
    "EntityCopyTask": ".entity_copy_task",
    "EntityCopyTaskCreated": ".entity_copy_task_created",
    "EntityCopyTaskFailedReason": ".entity_copy_task_failed_reason",
    "EntityCopyTaskFailedReasonEntityType": ".entity_copy_task_failed_reason_entity_type",
    "EntityCopyTaskStatus": ".entity_copy_task_status",
    "EntityCopyType": ".entity_copy_type",
    "ErrorResponse": ".error_response",
    "File": ".file",
    "FilesRetrieveResponse": ".files_retrieve_response",
    "FilesUploadRequest": ".files_upload_request",
    "FilesUploadResponse": ".files_upload_response",
    "FolderType": ".folder_type",
    "FoldersListResponse": ".folders_list_response",
    "FoldersListResult": ".folders_list_result",
    "FoldersRetrieveResponse": ".folders_retrieve_response",
    "OAuthDeviceCode": ".o_auth_device_code",
    "OAuthDeviceCodeForWorkspaceRequest": ".o_auth_device_code_for_workspace_request",
    "OAuthDeviceCodeRequest": ".o_auth_device_code_request",
    "OAuthError": ".o_auth_error",
    "OAuthGrantType": ".o_auth_grant_type",
    "OAuthJwtGrantType": ".o_auth_jwt_grant_type",
    "OAuthScope": ".o_auth_scope",
    "OAuthScopeAccountPermission": ".o_auth_scope_account_permission",
    "OAuthScopeAttributeConstraint": ".o_auth_scope_attribute_constraint",
    "OAuthScopeBotChatAttribute": ".o_auth_scope_bot_chat_attribute",
    "OAuthToken": ".o_auth_token",
    "OAuthTokenForAccountRequest": ".o_auth_token_for_account_request",
    "OAuthTokenForEnterpriseRequest": ".o_auth_token_for_enterprise_request",
    "OAuthTokenRequest": ".o_auth_token_request",
    "ObjectStringItem": ".object_string_item",
    "ObjectStringItemType": ".object_string_item_type",
    "PluginDetail": ".plugin_detail",
    "PluginDetailList": ".plugin_detail_list",
    "PluginStoreCategory": ".plugin_store_category",
    "PluginStoreCategoryList": ".plugin_store_category_list",
    "PluginStoreItem": ".plugin_store_item",
    "PluginStoreList": ".plugin_store_list",
    "PluginStoreMetainfo": ".plugin_store_metainfo",
    "PluginStoreStats": ".plugin_store_stats",
    "PluginStoreUser": ".plugin_store_user",
    "PluginTool": ".plugin_tool",
    "PluginToolCallResult": ".plugin_tool_call_result",
    "PluginToolCallResultResult": ".plugin_tool_call_result_result",
    "PluginToolInputSchema": ".plugin_tool_input_schema",
    "PluginToolOutputSchema": ".plugin_tool_output_schema",
    "PluginsBatchRetrieveResponse": ".plugins_batch_retrieve_response",
    "PluginsCategoriesListEntityType": ".plugins_categories_list_entity_type",
    "PluginsCategoriesListResponse": ".plugins_categories_list_response",
    "PluginsListResponse": ".plugins_list_response",
    "PluginsListSortType": ".plugins_list_sort_type",
    "PluginsRetrieveResponse": ".plugins_retrieve_response",
    "PluginsToolsCallRequest": ".plugins_tools_call_request",
    "PluginsToolsCallRequestArguments": ".plugins_tools_call_request_arguments",
    "PluginsToolsCallResponse": ".plugins_tools_call_response",
    "ResponseDetail": ".response_detail",
    "RoomAudioConfig": ".room_audio_config",
    "RoomAudioConfigCodec": ".room_audio_config_codec",
    "RoomConfig": ".room_config",
    "RoomJoinInfo": ".room_join_info",
    "RoomMode": ".room_mode",
    "RoomTranslateConfig": ".room_translate_config",
    "RoomTurnDetection": ".room_turn_detection",
    "RoomTurnDetectionType": ".room_turn_detection_type",
    "RoomVideoConfig": ".room_video_config",
    "RoomVideoConfigCodec": ".room_video_config_codec",
    "RoomVideoConfigStreamVideoType": ".room_video_config_stream_video_type",
    "SimpleApp": ".simple_app",
    "SimpleBot": ".simple_bot",
    "SimpleFolder": ".simple_folder",
    "TemplateDuplicateResult": ".template_duplicate_result",
    "TemplateDuplicateResultEntityType": ".template_duplicate_result_entity_type",
    "TemplatesDuplicateRequest": ".templates_duplicate_request",
    "TemplatesDuplicateResponse": ".templates_duplicate_response",
    "Usage": ".usage",
    "User": ".user",
    "UserInfo": ".user_info",
    "UsersMeResponse": ".users_me_response",
    "VariableAssignment": ".variable_assignment",
    "VariableValue": ".variable_value",
    "VariablesRetrieveResponse": ".variables_retrieve_response",
    "VariablesRetrieveResult": ".variables_retrieve_result",
    "VariablesUpdateRequest": ".variables_update_request",
    "VariablesUpdateResponse": ".variables_update_response",
    "Voice": ".voice",
    "VoiceCloneResult": ".voice_clone_result",
    "VoiceEmotion": ".voice_emotion",
    "VoiceEmotionInfo": ".voice_emotion_info",
    "VoiceEmotionInterval": ".voice_emotion_interval",
    "VoiceLanguage": ".voice_language",
    "VoiceListResult": ".voice_list_result",
    "VoiceModelType": ".voice_model_type",
    "VoiceState": ".voice_state",
    "VoiceprintFeature": ".voiceprint_feature",
    "VoiceprintFeatureCreateResult": ".voiceprint_feature_create_result",
    "VoiceprintFeatureListResult": ".voiceprint_feature_list_result",
    "VoiceprintFeatureScore": ".voiceprint_feature_score",
    "VoiceprintGroup": ".voiceprint_group",
    "VoiceprintGroupCreateResult": ".voiceprint_group_create_result",
    "VoiceprintGroupListResult": ".voiceprint_group_list_result",
    "VoiceprintSpeakerIdentifyResult": ".voiceprint_speaker_identify_result",
    "WorkflowBasic": ".workflow_basic",
    "WorkflowChatDoneEvent": ".workflow_chat_done_event",
    "WorkflowCollaborationMode": ".workflow_collaboration_mode",
    "WorkflowCollaborator": ".workflow_collaborator",
    "WorkflowDoneEvent": ".workflow_done_event",
    "WorkflowErrorEvent": ".workflow_error_event",
    "WorkflowExecuteStatus": ".workflow_execute_status",
    "WorkflowInfo": ".workflow_info",
    "WorkflowInput": ".workflow_input",
    "WorkflowInputParameters": ".workflow_input_parameters",
    "WorkflowInterruptData": ".workflow_interrupt_data",
    "WorkflowInterruptDataRequiredParameters": ".workflow_interrupt_data_required_parameters",
    "WorkflowInterruptEvent": ".workflow_interrupt_event",
    "WorkflowInterruptType": ".workflow_interrupt_type",
    "WorkflowListResult": ".workflow_list_result",
    "WorkflowMessageEvent": ".workflow_message_event",
    "WorkflowMessageEventExt": ".workflow_message_event_ext",
    "WorkflowMode": ".workflow_mode",
    "WorkflowNodeExecuteHistory": ".workflow_node_execute_history",
    "WorkflowNodeExecuteStatus": ".workflow_node_execute_status",
    "WorkflowOutput": ".workflow_output",
    "WorkflowOutputParameters": ".workflow_output_parameters",
    "WorkflowParameter": ".workflow_parameter",
    "WorkflowParameterProperties": ".workflow_parameter_properties",
    "WorkflowPublishStatus": ".workflow_publish_status",
    "WorkflowRunHistory": ".workflow_run_history",
    "WorkflowRunHistoryNodeExecuteStatus": ".workflow_run_history_node_execute_status",
    "WorkflowRunMode": ".workflow_run_mode",
    "WorkflowRunResult": ".workflow_run_result",
    "WorkflowTerminatePlan": ".workflow_terminate_plan",
    "WorkflowVersion": ".workflow_version",
    "WorkflowVersionListResult": ".workflow_version_list_result",
    "WorkflowsChatStreamRequest": ".workflows_chat_stream_request",
    "WorkflowsChatStreamRequestExt": ".workflows_chat_stream_request_ext",
    "WorkflowsChatStreamRequestParameters": ".workflows_chat_stream_request_parameters",
    "WorkflowsCollaborationModesUpdateRequest": ".workflows_collaboration_modes_update_request",
    "WorkflowsCollaborationModesUpdateResponse": ".workflows_collaboration_modes_update_response",
    "WorkflowsCollaboratorsCreateRequest": ".workflows_collaborators_create_request",
    "WorkflowsCollaboratorsCreateResponse": ".workflows_collaborators_create_response",
    "WorkflowsCollaboratorsDeleteResponse": ".workflows_collaborators_delete_response",
    "WorkflowsListResponse": ".workflows_list_response",
    "WorkflowsRetrieveResponse": ".workflows_retrieve_response",
    "WorkflowsRunsCreateRequest": ".workflows_runs_create_request",
    "WorkflowsRunsCreateRequestExt": ".workflows_runs_create_request_ext",
    "WorkflowsRunsCreateRequestParameters": ".workflows_runs_create_request_parameters",
    "WorkflowsRunsHistoriesExecuteNodesRetrieveResponse": ".workflows_runs_histories_execute_nodes_retrieve_response",
    "WorkflowsRunsHistoriesRetrieveResponse": ".workflows_runs_histories_retrieve_response",
    "WorkflowsRunsResumeNonstreamRequest": ".workflows_runs_resume_nonstream_request",
    "WorkflowsRunsResumeRequest": ".workflows_runs_resume_request",
    "WorkflowsRunsStreamRequest": ".workflows_runs_stream_request",
    "WorkflowsRunsStreamRequestExt": ".workflows_runs_stream_request_ext",
    "WorkflowsRunsStreamRequestParameters": ".workflows_runs_stream_request_parameters",
    "WorkflowsVersionsListResponse": ".workflows_versions_list_response",
    "Workspace": ".workspace",
    "WorkspaceJoinedStatus": ".workspace_joined_status",
    "WorkspaceMember": ".workspace_member",
    "WorkspaceNewMember": ".workspace_new_member",
    "WorkspaceNewMemberRoleType": ".workspace_new_member_role_type",
    "WorkspaceRoleType": ".workspace_role_type",
    "WorkspaceWorkspaceType": ".workspace_workspace_type",
    "WorkspacesCreateRequest": ".workspaces_create_request",
    "WorkspacesCreateResponse": ".workspaces_create_response",
    "WorkspacesCreateResult": ".workspaces_create_result",
    "WorkspacesListResponse": ".workspaces_list_response",
    "WorkspacesListResult": ".workspaces_list_result",
    "WorkspacesMembersCreateRequest": ".workspaces_members_create_request",
    "WorkspacesMembersCreateResponse": ".workspaces_members_create_response",
    "WorkspacesMembersCreateResult": ".workspaces_members_create_result",
    "WorkspacesMembersDeleteRequest": ".workspaces_members_delete_request",
    "WorkspacesMembersDeleteResponse": ".workspaces_members_delete_response",
    "WorkspacesMembersDeleteResult": ".workspaces_members_delete_result",
    "WorkspacesMembersListResponse": ".workspaces_members_list_response",
    "WorkspacesMembersListResult": ".workspaces_members_list_result",
    "WorkspacesUpdateRequest": ".workspaces_update_request",
    "WorkspacesUpdateResponse": ".workspaces_update_response",
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
    "ApiApp",
    "ApiAppEvent",
    "ApiAppEventList",
    "ApiAppEventType",
    "ApiAppList",
    "ApiAppsCreateRequest",
    "ApiAppsCreateResponse",
    "ApiAppsDeleteResponse",
    "ApiAppsEventsCreateRequest",
    "ApiAppsEventsCreateResponse",
    "ApiAppsEventsDeleteRequest",
    "ApiAppsEventsDeleteResponse",
    "ApiAppsEventsListResponse",
    "ApiAppsListResponse",
    "ApiAppsUpdateRequest",
    "ApiAppsUpdateResponse",
    "ApiAppType",
    "AppCollaborator",
    "AppPublishStatus",
    "AppsCollaboratorsCreateRequest",
    "AppsCollaboratorsCreateResponse",
    "AppsCollaboratorsDeleteResponse",
    "AppsListResponse",
    "AppsListResult",
    "AudioLiveInfo",
    "AudioLiveRetrieveResponse",
    "AudioLiveStreamInfo",
    "AudioLiveType",
    "AudioRoomsCreateRequest",
    "AudioRoomsCreateResponse",
    "AudioSpeechCreateRequest",
    "AudioSpeechCreateRequestResponseFormat",
    "AudioSpeechCreateRequestSampleRate",
    "AudioTranscription",
    "AudioTranscriptionsCreateRequest",
    "AudioTranscriptionsCreateResponse",
    "AudioVoiceprintGroupsCreateRequest",
    "AudioVoiceprintGroupsCreateResponse",
    "AudioVoiceprintGroupsDeleteResponse",
    "AudioVoiceprintGroupsFeaturesCreateRequest",
    "AudioVoiceprintGroupsFeaturesCreateResponse",
    "AudioVoiceprintGroupsFeaturesDeleteResponse",
    "AudioVoiceprintGroupsFeaturesListResponse",
    "AudioVoiceprintGroupsFeaturesUpdateRequest",
    "AudioVoiceprintGroupsFeaturesUpdateResponse",
    "AudioVoiceprintGroupsListResponse",
    "AudioVoiceprintGroupsSpeakerIdentifyRequest",
    "AudioVoiceprintGroupsSpeakerIdentifyResponse",
    "AudioVoiceprintGroupsUpdateRequest",
    "AudioVoiceprintGroupsUpdateResponse",
    "AudioVoicesCloneRequest",
    "AudioVoicesCloneRequestAudioFormat",
    "AudioVoicesCloneResponse",
    "AudioVoicesListResponse",
    "BenefitBasicInfo",
    "BenefitBasicInfoUserLevel",
    "BenefitInfo",
    "BenefitItemInfo",
    "BenefitItemInfoStrategy",
    "BenefitLimitation",
    "BenefitLimitationActiveMode",
    "BenefitLimitationCreated",
    "BenefitLimitationEntityType",
    "BenefitLimitationInput",
    "BenefitLimitationList",
    "BenefitLimitationStatus",
    "BenefitLimitationTriggerUnit",
    "BenefitLimitationType",
    "BenefitOverview",
    "BenefitsLimitationsCreateRequest",
    "BenefitsLimitationsCreateResponse",
    "BenefitsLimitationsListResponse",
    "BenefitsLimitationsUpdateRequest",
    "BenefitsLimitationsUpdateResponse",
    "BenefitsRetrieveResourceId",
    "BenefitsRetrieveResponse",
    "BenefitStatusInfo",
    "BenefitStatusInfoStatus",
    "BenefitType",
    "BillTask",
    "BillTaskList",
    "BillTasksCreateRequest",
    "BillTasksCreateResponse",
    "BillTasksListResponse",
    "BillTaskStatus",
    "Bot",
    "BotBackgroundImage",
    "BotBackgroundImageInfo",
    "BotBotMode",
    "BotCanvasPosition",
    "BotCollaborator",
    "BotDefaultUserInputType",
    "BotGradientPosition",
    "BotKnowledge",
    "BotKnowledgeConfig",
    "BotKnowledgeConfigSearchStrategy",
    "BotKnowledgeInfo",
    "BotKnowledgeSearchStrategy",
    "BotMediaConfig",
    "BotModelInfo",
    "BotModelInfoApiMode",
    "BotModelInfoCacheType",
    "BotModelInfoParameters",
    "BotModelInfoResponseFormat",
    "BotOnboardingInfo",
    "BotPluginApiInfo",
    "BotPluginIdInfo",
    "BotPluginIdList",
    "BotPluginInfo",
    "BotPrefixPromptInfo",
    "BotPromptInfo",
    "BotPromptInfoPromptMode",
    "BotPublishedBotV1",
    "BotPublishStatus",
    "BotsCollaborationModesUpdateRequest",
    "BotsCollaborationModesUpdateRequestCollaborationMode",
    "BotsCollaborationModesUpdateResponse",
    "BotsCollaboratorsCreateRequest",
    "BotsCollaboratorsCreateResponse",
    "BotsCollaboratorsDeleteResponse",
    "BotsCreateRequest",
    "BotsCreateResponse",
    "BotsCreateResult",
    "BotShortcutCommand",
    "BotShortcutCommandComponent",
    "BotShortcutCommandComponentType",
    "BotShortcutCommandTool",
    "BotShortcutCommandToolType",
    "BotsListResponse",
    "BotsListResult",
    "BotsListV1Response",
    "BotsListV1Result",
    "BotsPublishRequest",
    "BotsPublishRequestConnectors",
    "BotsPublishRequestConnectorsAdditionalProperty",
    "BotsPublishResponse",
    "BotsPublishResult",
    "BotsRetrieveResponse",
    "BotsRetrieveV1Response",
    "BotSuggestReplyInfo",
    "BotSuggestReplyInfoReplyMode",
    "BotsUnpublishRequest",
    "BotsUnpublishResponse",
    "BotsUpdateRequest",
    "BotsUpdateResponse",
    "BotsVersionsListPublishStatus",
    "BotsVersionsListResponse",
    "BotsVersionsListResult",
    "BotVariable",
    "BotVariableChannel",
    "BotVariableVariableType",
    "BotVersion",
    "BotVersionPublishStatus",
    "BotVoiceInfo",
    "BotWorkflowIdInfo",
    "BotWorkflowIdList",
    "BotWorkflowInfo",
    "Chat",
    "ChatCancelRequest",
    "ChatCancelResponse",
    "ChatCreateRequest",
    "ChatCreateRequestCustomVariables",
    "ChatCreateRequestExtraParams",
    "ChatCreateRequestMetaData",
    "ChatCreateRequestParameters",
    "ChatCreateResponse",
    "ChatError",
    "ChatInsertedMessage",
    "ChatMessage",
    "ChatMessageContentType",
    "ChatMessageMetaData",
    "ChatMessageRole",
    "ChatMessagesListResponse",
    "ChatMessageType",
    "ChatMetaData",
    "ChatPendingToolCalls",
    "ChatPublishStatus",
    "ChatRequiredAction",
    "ChatRequiredActionType",
    "ChatRetrieveResponse",
    "ChatShortcutCommand",
    "ChatShortcutCommandParameters",
    "ChatStatus",
    "ChatSubmitToolOutputsRequest",
    "ChatSubmitToolOutputsResponse",
    "ChatToolCall",
    "ChatToolCallFunction",
    "ChatToolCallType",
    "ChatToolOutput",
    "ConnectorBotAuditStatus",
    "ConnectorsBindRequest",
    "ConnectorsBindResponse",
    "ConnectorsBotsUpdateRequest",
    "ConnectorsBotsUpdateResponse",
    "ConnectorsInstallRequest",
    "ConnectorsInstallResponse",
    "ConnectorUserConfig",
    "ConnectorUserConfigEnum",
    "Conversation",
    "ConversationListResult",
    "ConversationMessageFeedbackType",
    "ConversationMessageOrder",
    "ConversationMetaData",
    "ConversationsClearResponse",
    "ConversationsCreateRequest",
    "ConversationsCreateRequestMetaData",
    "ConversationsCreateResponse",
    "ConversationsDeleteResponse",
    "ConversationSection",
    "ConversationsListResponse",
    "ConversationsMessagesCreateRequest",
    "ConversationsMessagesCreateRequestMetaData",
    "ConversationsMessagesCreateResponse",
    "ConversationsMessagesDeleteResponse",
    "ConversationsMessagesFeedbackCreateRequest",
    "ConversationsMessagesFeedbackCreateResponse",
    "ConversationsMessagesFeedbackDeleteResponse",
    "ConversationsMessagesListRequest",
    "ConversationsMessagesListResponse",
    "ConversationsMessagesRetrieveResponse",
    "ConversationsMessagesUpdateRequest",
    "ConversationsMessagesUpdateRequestMetaData",
    "ConversationsMessagesUpdateResponse",
    "ConversationSortOrder",
    "ConversationsRetrieveResponse",
    "ConversationsUpdateRequest",
    "ConversationsUpdateResponse",
    "Dataset",
    "DatasetChunkStrategy",
    "DatasetChunkStrategyCaptionType",
    "DatasetChunkStrategyChunkType",
    "DatasetDatasetType",
    "DatasetDocument",
    "DatasetDocumentBase",
    "DatasetDocumentProgress",
    "DatasetDocumentSource",
    "DatasetDocumentStatus",
    "DatasetFormatType",
    "DatasetPhoto",
    "DatasetsCreateRequest",
    "DatasetsCreateResponse",
    "DatasetsCreateResult",
    "DatasetsDeleteResponse",
    "DatasetsDocumentsCreateRequest",
    "DatasetsDocumentsCreateResponse",
    "DatasetsDocumentsDeleteRequest",
    "DatasetsDocumentsDeleteResponse",
    "DatasetsDocumentsListRequest",
    "DatasetsDocumentsListResponse",
    "DatasetsDocumentsUpdateRequest",
    "DatasetsDocumentsUpdateResponse",
    "DatasetsImagesListResponse",
    "DatasetsImagesListResult",
    "DatasetsImagesUpdateRequest",
    "DatasetsImagesUpdateResponse",
    "DatasetsListResponse",
    "DatasetsListResult",
    "DatasetSourceInfo",
    "DatasetsProcessRequest",
    "DatasetsProcessResponse",
    "DatasetsProcessResult",
    "DatasetStatus",
    "DatasetsUpdateRequest",
    "DatasetsUpdateResponse",
    "DatasetUpdateRule",
    "DatasetUpdateType",
    "EnterMessage",
    "EnterMessageContentType",
    "EnterMessageMetaData",
    "EnterMessageType",
    "EnterpriseMemberInput",
    "EnterpriseMemberRole",
    "EnterpriseOrganization",
    "EnterpriseOrganizationCreated",
    "EnterpriseOrganizationList",
    "EnterpriseOrganizationMember",
    "EnterpriseOrganizationMemberInput",
    "EnterpriseOrganizationMemberList",
    "EnterpriseOrganizationMemberPeopleType",
    "EnterpriseOrganizationRoleType",
    "EnterprisesMembersCreateRequest",
    "EnterprisesMembersCreateResponse",
    "EnterprisesMembersDeleteRequest",
    "EnterprisesMembersDeleteResponse",
    "EnterprisesMembersUpdateRequest",
    "EnterprisesMembersUpdateResponse",
    "EnterprisesOrganizationsCreateRequest",
    "EnterprisesOrganizationsCreateResponse",
    "EnterprisesOrganizationsListResponse",
    "EnterprisesOrganizationsMembersCreateRequest",
    "EnterprisesOrganizationsMembersCreateResponse",
    "EnterprisesOrganizationsMembersDeleteRequest",
    "EnterprisesOrganizationsMembersDeleteResponse",
    "EnterprisesOrganizationsMembersListResponse",
    "EnterprisesOrganizationsMembersUpdateRequest",
    "EnterprisesOrganizationsMembersUpdateResponse",
    "EnterprisesOrganizationsUpdateRequest",
    "EnterprisesOrganizationsUpdateResponse",
    "EntitiesCopyTasksCreateRequest",
    "EntitiesCopyTasksCreateResponse",
    "EntitiesCopyTasksRetrieveResponse",
    "EntityCopyTask",
    "EntityCopyTaskCreated",
    "EntityCopyTaskFailedReason",
    "EntityCopyTaskFailedReasonEntityType",
    "EntityCopyTaskStatus",
    "EntityCopyType",
    "ErrorResponse",
    "File",
    "FilesRetrieveResponse",
    "FilesUploadRequest",
    "FilesUploadResponse",
    "FoldersListResponse",
    "FoldersListResult",
    "FoldersRetrieveResponse",
    "FolderType",
    "OAuthDeviceCode",
    "OAuthDeviceCodeForWorkspaceRequest",
    "OAuthDeviceCodeRequest",
    "OAuthError",
    "OAuthGrantType",
    "OAuthJwtGrantType",
    "OAuthScope",
    "OAuthScopeAccountPermission",
    "OAuthScopeAttributeConstraint",
    "OAuthScopeBotChatAttribute",
    "OAuthToken",
    "OAuthTokenForAccountRequest",
    "OAuthTokenForEnterpriseRequest",
    "OAuthTokenRequest",
    "ObjectStringItem",
    "ObjectStringItemType",
    "PluginDetail",
    "PluginDetailList",
    "PluginsBatchRetrieveResponse",
    "PluginsCategoriesListEntityType",
    "PluginsCategoriesListResponse",
    "PluginsListResponse",
    "PluginsListSortType",
    "PluginsRetrieveResponse",
    "PluginsToolsCallRequest",
    "PluginsToolsCallRequestArguments",
    "PluginsToolsCallResponse",
    "PluginStoreCategory",
    "PluginStoreCategoryList",
    "PluginStoreItem",
    "PluginStoreList",
    "PluginStoreMetainfo",
    "PluginStoreStats",
    "PluginStoreUser",
    "PluginTool",
    "PluginToolCallResult",
    "PluginToolCallResultResult",
    "PluginToolInputSchema",
    "PluginToolOutputSchema",
    "ResponseDetail",
    "RoomAudioConfig",
    "RoomAudioConfigCodec",
    "RoomConfig",
    "RoomJoinInfo",
    "RoomMode",
    "RoomTranslateConfig",
    "RoomTurnDetection",
    "RoomTurnDetectionType",
    "RoomVideoConfig",
    "RoomVideoConfigCodec",
    "RoomVideoConfigStreamVideoType",
    "SimpleApp",
    "SimpleBot",
    "SimpleFolder",
    "TemplateDuplicateResult",
    "TemplateDuplicateResultEntityType",
    "TemplatesDuplicateRequest",
    "TemplatesDuplicateResponse",
    "Usage",
    "User",
    "UserInfo",
    "UsersMeResponse",
    "VariableAssignment",
    "VariablesRetrieveResponse",
    "VariablesRetrieveResult",
    "VariablesUpdateRequest",
    "VariablesUpdateResponse",
    "VariableValue",
    "Voice",
    "VoiceCloneResult",
    "VoiceEmotion",
    "VoiceEmotionInfo",
    "VoiceEmotionInterval",
    "VoiceLanguage",
    "VoiceListResult",
    "VoiceModelType",
    "VoiceprintFeature",
    "VoiceprintFeatureCreateResult",
    "VoiceprintFeatureListResult",
    "VoiceprintFeatureScore",
    "VoiceprintGroup",
    "VoiceprintGroupCreateResult",
    "VoiceprintGroupListResult",
    "VoiceprintSpeakerIdentifyResult",
    "VoiceState",
    "WorkflowBasic",
    "WorkflowChatDoneEvent",
    "WorkflowCollaborationMode",
    "WorkflowCollaborator",
    "WorkflowDoneEvent",
    "WorkflowErrorEvent",
    "WorkflowExecuteStatus",
    "WorkflowInfo",
    "WorkflowInput",
    "WorkflowInputParameters",
    "WorkflowInterruptData",
    "WorkflowInterruptDataRequiredParameters",
    "WorkflowInterruptEvent",
    "WorkflowInterruptType",
    "WorkflowListResult",
    "WorkflowMessageEvent",
    "WorkflowMessageEventExt",
    "WorkflowMode",
    "WorkflowNodeExecuteHistory",
    "WorkflowNodeExecuteStatus",
    "WorkflowOutput",
    "WorkflowOutputParameters",
    "WorkflowParameter",
    "WorkflowParameterProperties",
    "WorkflowPublishStatus",
    "WorkflowRunHistory",
    "WorkflowRunHistoryNodeExecuteStatus",
    "WorkflowRunMode",
    "WorkflowRunResult",
    "WorkflowsChatStreamRequest",
    "WorkflowsChatStreamRequestExt",
    "WorkflowsChatStreamRequestParameters",
    "WorkflowsCollaborationModesUpdateRequest",
    "WorkflowsCollaborationModesUpdateResponse",
    "WorkflowsCollaboratorsCreateRequest",
    "WorkflowsCollaboratorsCreateResponse",
    "WorkflowsCollaboratorsDeleteResponse",
    "WorkflowsListResponse",
    "WorkflowsRetrieveResponse",
    "WorkflowsRunsCreateRequest",
    "WorkflowsRunsCreateRequestExt",
    "WorkflowsRunsCreateRequestParameters",
    "WorkflowsRunsHistoriesExecuteNodesRetrieveResponse",
    "WorkflowsRunsHistoriesRetrieveResponse",
    "WorkflowsRunsResumeNonstreamRequest",
    "WorkflowsRunsResumeRequest",
    "WorkflowsRunsStreamRequest",
    "WorkflowsRunsStreamRequestExt",
    "WorkflowsRunsStreamRequestParameters",
    "WorkflowsVersionsListResponse",
    "WorkflowTerminatePlan",
    "WorkflowVersion",
    "WorkflowVersionListResult",
    "Workspace",
    "WorkspaceJoinedStatus",
    "WorkspaceMember",
    "WorkspaceNewMember",
    "WorkspaceNewMemberRoleType",
    "WorkspaceRoleType",
    "WorkspacesCreateRequest",
    "WorkspacesCreateResponse",
    "WorkspacesCreateResult",
    "WorkspacesListResponse",
    "WorkspacesListResult",
    "WorkspacesMembersCreateRequest",
    "WorkspacesMembersCreateResponse",
    "WorkspacesMembersCreateResult",
    "WorkspacesMembersDeleteRequest",
    "WorkspacesMembersDeleteResponse",
    "WorkspacesMembersDeleteResult",
    "WorkspacesMembersListResponse",
    "WorkspacesMembersListResult",
    "WorkspacesUpdateRequest",
    "WorkspacesUpdateResponse",
    "WorkspaceWorkspaceType",
)
