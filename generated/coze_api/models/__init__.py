"""Every model and enum of the Coze API. Each module loads on first use.

Generated from openapi/coze.yaml by `make gen`; never edit by hand.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._shared import BotPublishStatus as BotPublishStatus
    from ._shared import Chat as Chat
    from ._shared import ChatError as ChatError
    from ._shared import ChatInsertedMessage as ChatInsertedMessage
    from ._shared import ChatMessage as ChatMessage
    from ._shared import ChatPendingToolCalls as ChatPendingToolCalls
    from ._shared import ChatRequiredAction as ChatRequiredAction
    from ._shared import ChatRequiredActionType as ChatRequiredActionType
    from ._shared import ChatStatus as ChatStatus
    from ._shared import ChatToolCall as ChatToolCall
    from ._shared import ChatToolCallFunction as ChatToolCallFunction
    from ._shared import ChatToolCallType as ChatToolCallType
    from ._shared import ChatToolOutput as ChatToolOutput
    from ._shared import CollaborationMode as CollaborationMode
    from ._shared import EnterMessage as EnterMessage
    from ._shared import MessageContentType as MessageContentType
    from ._shared import MessageType as MessageType
    from ._shared import ObjectStringItem as ObjectStringItem
    from ._shared import ObjectStringItemType as ObjectStringItemType
    from ._shared import ResponseDetail as ResponseDetail
    from ._shared import RoleType as RoleType
    from ._shared import Usage as Usage
    from ._shared import UserInfo as UserInfo
    from ._shared import VoiceEmotion as VoiceEmotion
    from ._shared import WsEventDetail as WsEventDetail
    from .api_apps import ApiApp as ApiApp
    from .api_apps import ApiAppEvent as ApiAppEvent
    from .api_apps import ApiAppEventList as ApiAppEventList
    from .api_apps import ApiAppEventType as ApiAppEventType
    from .api_apps import ApiAppList as ApiAppList
    from .api_apps import ApiAppsDeleteResponse as ApiAppsDeleteResponse
    from .api_apps import ApiAppsEventsCreateResponse as ApiAppsEventsCreateResponse
    from .api_apps import ApiAppsEventsDeleteResponse as ApiAppsEventsDeleteResponse
    from .api_apps import ApiAppsUpdateResponse as ApiAppsUpdateResponse
    from .api_apps import ApiAppType as ApiAppType
    from .apps import AppCollaborator as AppCollaborator
    from .apps import AppsCollaboratorsCreateResponse as AppsCollaboratorsCreateResponse
    from .apps import AppsCollaboratorsDeleteResponse as AppsCollaboratorsDeleteResponse
    from .apps import AppsListResult as AppsListResult
    from .apps import SimpleApp as SimpleApp
    from .audio import AudioLiveInfo as AudioLiveInfo
    from .audio import AudioLiveStreamInfo as AudioLiveStreamInfo
    from .audio import AudioLiveType as AudioLiveType
    from .audio import AudioTranscription as AudioTranscription
    from .audio import AudioVoiceprintGroupsDeleteResponse as AudioVoiceprintGroupsDeleteResponse
    from .audio import AudioVoiceprintGroupsFeaturesDeleteResponse as AudioVoiceprintGroupsFeaturesDeleteResponse
    from .audio import AudioVoiceprintGroupsFeaturesUpdateResponse as AudioVoiceprintGroupsFeaturesUpdateResponse
    from .audio import AudioVoiceprintGroupsUpdateResponse as AudioVoiceprintGroupsUpdateResponse
    from .audio import RoomAudioConfig as RoomAudioConfig
    from .audio import RoomAudioConfigCodec as RoomAudioConfigCodec
    from .audio import RoomConfig as RoomConfig
    from .audio import RoomJoinInfo as RoomJoinInfo
    from .audio import RoomMode as RoomMode
    from .audio import RoomTranslateConfig as RoomTranslateConfig
    from .audio import RoomTurnDetection as RoomTurnDetection
    from .audio import RoomTurnDetectionType as RoomTurnDetectionType
    from .audio import RoomVideoConfig as RoomVideoConfig
    from .audio import RoomVideoConfigCodec as RoomVideoConfigCodec
    from .audio import RoomVideoConfigStreamVideoType as RoomVideoConfigStreamVideoType
    from .audio import Voice as Voice
    from .audio import VoiceCloneResult as VoiceCloneResult
    from .audio import VoiceEmotionInfo as VoiceEmotionInfo
    from .audio import VoiceEmotionInterval as VoiceEmotionInterval
    from .audio import VoiceLanguage as VoiceLanguage
    from .audio import VoiceListResult as VoiceListResult
    from .audio import VoiceModelType as VoiceModelType
    from .audio import VoiceprintFeature as VoiceprintFeature
    from .audio import VoiceprintFeatureCreateResult as VoiceprintFeatureCreateResult
    from .audio import VoiceprintFeatureListResult as VoiceprintFeatureListResult
    from .audio import VoiceprintFeatureScore as VoiceprintFeatureScore
    from .audio import VoiceprintGroup as VoiceprintGroup
    from .audio import VoiceprintGroupCreateResult as VoiceprintGroupCreateResult
    from .audio import VoiceprintGroupListResult as VoiceprintGroupListResult
    from .audio import VoiceprintSpeakerIdentifyResult as VoiceprintSpeakerIdentifyResult
    from .audio import VoiceState as VoiceState
    from .benefits import BenefitBasicInfo as BenefitBasicInfo
    from .benefits import BenefitBasicInfoUserLevel as BenefitBasicInfoUserLevel
    from .benefits import BenefitInfo as BenefitInfo
    from .benefits import BenefitItemInfo as BenefitItemInfo
    from .benefits import BenefitItemInfoStrategy as BenefitItemInfoStrategy
    from .benefits import BenefitLimitation as BenefitLimitation
    from .benefits import BenefitLimitationActiveMode as BenefitLimitationActiveMode
    from .benefits import BenefitLimitationCreated as BenefitLimitationCreated
    from .benefits import BenefitLimitationEntityType as BenefitLimitationEntityType
    from .benefits import BenefitLimitationInput as BenefitLimitationInput
    from .benefits import BenefitLimitationList as BenefitLimitationList
    from .benefits import BenefitLimitationStatus as BenefitLimitationStatus
    from .benefits import BenefitLimitationTriggerUnit as BenefitLimitationTriggerUnit
    from .benefits import BenefitLimitationType as BenefitLimitationType
    from .benefits import BenefitOverview as BenefitOverview
    from .benefits import BenefitsLimitationsUpdateResponse as BenefitsLimitationsUpdateResponse
    from .benefits import BenefitStatusInfo as BenefitStatusInfo
    from .benefits import BenefitStatusInfoStatus as BenefitStatusInfoStatus
    from .benefits import BenefitType as BenefitType
    from .bill_tasks import BillTask as BillTask
    from .bill_tasks import BillTaskList as BillTaskList
    from .bill_tasks import BillTaskStatus as BillTaskStatus
    from .bots import Bot as Bot
    from .bots import BotBackgroundImage as BotBackgroundImage
    from .bots import BotBackgroundImageInfo as BotBackgroundImageInfo
    from .bots import BotCanvasPosition as BotCanvasPosition
    from .bots import BotCollaborator as BotCollaborator
    from .bots import BotDefaultUserInputType as BotDefaultUserInputType
    from .bots import BotGradientPosition as BotGradientPosition
    from .bots import BotKnowledge as BotKnowledge
    from .bots import BotKnowledgeConfig as BotKnowledgeConfig
    from .bots import BotKnowledgeConfigSearchStrategy as BotKnowledgeConfigSearchStrategy
    from .bots import BotKnowledgeInfo as BotKnowledgeInfo
    from .bots import BotKnowledgeSearchStrategy as BotKnowledgeSearchStrategy
    from .bots import BotMediaConfig as BotMediaConfig
    from .bots import BotMode as BotMode
    from .bots import BotModelInfo as BotModelInfo
    from .bots import BotModelInfoApiMode as BotModelInfoApiMode
    from .bots import BotModelInfoCacheType as BotModelInfoCacheType
    from .bots import BotModelInfoResponseFormat as BotModelInfoResponseFormat
    from .bots import BotOnboardingInfo as BotOnboardingInfo
    from .bots import BotPluginApiInfo as BotPluginApiInfo
    from .bots import BotPluginIdInfo as BotPluginIdInfo
    from .bots import BotPluginIdList as BotPluginIdList
    from .bots import BotPluginInfo as BotPluginInfo
    from .bots import BotPrefixPromptInfo as BotPrefixPromptInfo
    from .bots import BotPromptInfo as BotPromptInfo
    from .bots import BotPromptInfoPromptMode as BotPromptInfoPromptMode
    from .bots import BotPublishedBotV1 as BotPublishedBotV1
    from .bots import BotsCollaborationModesUpdateResponse as BotsCollaborationModesUpdateResponse
    from .bots import BotsCollaboratorsCreateResponse as BotsCollaboratorsCreateResponse
    from .bots import BotsCollaboratorsDeleteResponse as BotsCollaboratorsDeleteResponse
    from .bots import BotsCreateResult as BotsCreateResult
    from .bots import BotShortcutCommand as BotShortcutCommand
    from .bots import BotShortcutCommandComponent as BotShortcutCommandComponent
    from .bots import BotShortcutCommandComponentType as BotShortcutCommandComponentType
    from .bots import BotShortcutCommandTool as BotShortcutCommandTool
    from .bots import BotShortcutCommandToolType as BotShortcutCommandToolType
    from .bots import BotsListResult as BotsListResult
    from .bots import BotsListV1Result as BotsListV1Result
    from .bots import BotsPublishResult as BotsPublishResult
    from .bots import BotSuggestReplyInfo as BotSuggestReplyInfo
    from .bots import BotSuggestReplyInfoReplyMode as BotSuggestReplyInfoReplyMode
    from .bots import BotsUnpublishResponse as BotsUnpublishResponse
    from .bots import BotsUpdateResponse as BotsUpdateResponse
    from .bots import BotsVersionsListResult as BotsVersionsListResult
    from .bots import BotVariable as BotVariable
    from .bots import BotVariableChannel as BotVariableChannel
    from .bots import BotVariableType as BotVariableType
    from .bots import BotVersion as BotVersion
    from .bots import BotVoiceInfo as BotVoiceInfo
    from .bots import BotWorkflowIdInfo as BotWorkflowIdInfo
    from .bots import BotWorkflowIdList as BotWorkflowIdList
    from .bots import BotWorkflowInfo as BotWorkflowInfo
    from .bots import SimpleBot as SimpleBot
    from .chat import ChatShortcutCommand as ChatShortcutCommand
    from .connectors import ConnectorBotAuditStatus as ConnectorBotAuditStatus
    from .connectors import ConnectorsBindResponse as ConnectorsBindResponse
    from .connectors import ConnectorsBotsUpdateResponse as ConnectorsBotsUpdateResponse
    from .connectors import ConnectorsInstallResponse as ConnectorsInstallResponse
    from .connectors import ConnectorUserConfig as ConnectorUserConfig
    from .connectors import ConnectorUserConfigEnum as ConnectorUserConfigEnum
    from .conversations import Conversation as Conversation
    from .conversations import ConversationListResult as ConversationListResult
    from .conversations import ConversationMessageFeedbackType as ConversationMessageFeedbackType
    from .conversations import ConversationMessageOrder as ConversationMessageOrder
    from .conversations import ConversationsDeleteResponse as ConversationsDeleteResponse
    from .conversations import ConversationSection as ConversationSection
    from .conversations import (
        ConversationsMessagesFeedbackCreateResponse as ConversationsMessagesFeedbackCreateResponse,
    )
    from .conversations import (
        ConversationsMessagesFeedbackDeleteResponse as ConversationsMessagesFeedbackDeleteResponse,
    )
    from .conversations import ConversationsMessagesListResponse as ConversationsMessagesListResponse
    from .conversations import ConversationsMessagesUpdateResponse as ConversationsMessagesUpdateResponse
    from .conversations import ConversationSortOrder as ConversationSortOrder
    from .datasets import Dataset as Dataset
    from .datasets import DatasetChunkStrategy as DatasetChunkStrategy
    from .datasets import DatasetChunkStrategyCaptionType as DatasetChunkStrategyCaptionType
    from .datasets import DatasetChunkStrategyChunkType as DatasetChunkStrategyChunkType
    from .datasets import DatasetDocument as DatasetDocument
    from .datasets import DatasetDocumentBase as DatasetDocumentBase
    from .datasets import DatasetDocumentProgress as DatasetDocumentProgress
    from .datasets import DatasetDocumentSource as DatasetDocumentSource
    from .datasets import DatasetDocumentStatus as DatasetDocumentStatus
    from .datasets import DatasetFormatType as DatasetFormatType
    from .datasets import DatasetPhoto as DatasetPhoto
    from .datasets import DatasetsCreateResult as DatasetsCreateResult
    from .datasets import DatasetsDeleteResponse as DatasetsDeleteResponse
    from .datasets import DatasetsDocumentsCreateResponse as DatasetsDocumentsCreateResponse
    from .datasets import DatasetsDocumentsDeleteResponse as DatasetsDocumentsDeleteResponse
    from .datasets import DatasetsDocumentsListResponse as DatasetsDocumentsListResponse
    from .datasets import DatasetsDocumentsUpdateResponse as DatasetsDocumentsUpdateResponse
    from .datasets import DatasetsImagesListResult as DatasetsImagesListResult
    from .datasets import DatasetsImagesUpdateResponse as DatasetsImagesUpdateResponse
    from .datasets import DatasetsListResult as DatasetsListResult
    from .datasets import DatasetSourceInfo as DatasetSourceInfo
    from .datasets import DatasetsProcessResult as DatasetsProcessResult
    from .datasets import DatasetStatus as DatasetStatus
    from .datasets import DatasetsUpdateResponse as DatasetsUpdateResponse
    from .datasets import DatasetType as DatasetType
    from .datasets import DatasetUpdateRule as DatasetUpdateRule
    from .datasets import DatasetUpdateType as DatasetUpdateType
    from .enterprises import EnterpriseMemberInput as EnterpriseMemberInput
    from .enterprises import EnterpriseMemberRole as EnterpriseMemberRole
    from .enterprises import EnterpriseOrganization as EnterpriseOrganization
    from .enterprises import EnterpriseOrganizationCreated as EnterpriseOrganizationCreated
    from .enterprises import EnterpriseOrganizationList as EnterpriseOrganizationList
    from .enterprises import EnterpriseOrganizationMember as EnterpriseOrganizationMember
    from .enterprises import EnterpriseOrganizationMemberInput as EnterpriseOrganizationMemberInput
    from .enterprises import EnterpriseOrganizationMemberList as EnterpriseOrganizationMemberList
    from .enterprises import EnterpriseOrganizationMemberPeopleType as EnterpriseOrganizationMemberPeopleType
    from .enterprises import EnterpriseOrganizationRoleType as EnterpriseOrganizationRoleType
    from .enterprises import EnterprisesMembersCreateResponse as EnterprisesMembersCreateResponse
    from .enterprises import EnterprisesMembersDeleteResponse as EnterprisesMembersDeleteResponse
    from .enterprises import EnterprisesMembersUpdateResponse as EnterprisesMembersUpdateResponse
    from .enterprises import (
        EnterprisesOrganizationsMembersCreateResponse as EnterprisesOrganizationsMembersCreateResponse,
    )
    from .enterprises import (
        EnterprisesOrganizationsMembersDeleteResponse as EnterprisesOrganizationsMembersDeleteResponse,
    )
    from .enterprises import (
        EnterprisesOrganizationsMembersUpdateResponse as EnterprisesOrganizationsMembersUpdateResponse,
    )
    from .enterprises import EnterprisesOrganizationsUpdateResponse as EnterprisesOrganizationsUpdateResponse
    from .entities import EntityCopyTask as EntityCopyTask
    from .entities import EntityCopyTaskCreated as EntityCopyTaskCreated
    from .entities import EntityCopyTaskFailedReason as EntityCopyTaskFailedReason
    from .entities import EntityCopyTaskFailedReasonEntityType as EntityCopyTaskFailedReasonEntityType
    from .entities import EntityCopyTaskStatus as EntityCopyTaskStatus
    from .entities import EntityCopyType as EntityCopyType
    from .files import File as File
    from .folders import FoldersListResult as FoldersListResult
    from .folders import FolderType as FolderType
    from .folders import SimpleFolder as SimpleFolder
    from .oauth import OAuthDeviceCode as OAuthDeviceCode
    from .oauth import OAuthGrantType as OAuthGrantType
    from .oauth import OAuthJwtGrantType as OAuthJwtGrantType
    from .oauth import OAuthScope as OAuthScope
    from .oauth import OAuthScopeAccountPermission as OAuthScopeAccountPermission
    from .oauth import OAuthScopeAttributeConstraint as OAuthScopeAttributeConstraint
    from .oauth import OAuthScopeBotChatAttribute as OAuthScopeBotChatAttribute
    from .oauth import OAuthToken as OAuthToken
    from .plugins import PluginDetail as PluginDetail
    from .plugins import PluginDetailList as PluginDetailList
    from .plugins import PluginStoreCategory as PluginStoreCategory
    from .plugins import PluginStoreCategoryList as PluginStoreCategoryList
    from .plugins import PluginStoreItem as PluginStoreItem
    from .plugins import PluginStoreList as PluginStoreList
    from .plugins import PluginStoreMetainfo as PluginStoreMetainfo
    from .plugins import PluginStoreStats as PluginStoreStats
    from .plugins import PluginStoreUser as PluginStoreUser
    from .plugins import PluginTool as PluginTool
    from .plugins import PluginToolCallResult as PluginToolCallResult
    from .templates import TemplateDuplicateResult as TemplateDuplicateResult
    from .templates import TemplateDuplicateResultEntityType as TemplateDuplicateResultEntityType
    from .users import User as User
    from .variables import VariableAssignment as VariableAssignment
    from .variables import VariablesRetrieveResult as VariablesRetrieveResult
    from .variables import VariablesUpdateResponse as VariablesUpdateResponse
    from .variables import VariableValue as VariableValue
    from .websockets import WsAsrConfig as WsAsrConfig
    from .websockets import WsAsrConfigUserLanguage as WsAsrConfigUserLanguage
    from .websockets import WsAudioCodec as WsAudioCodec
    from .websockets import WsAudioDelta as WsAudioDelta
    from .websockets import WsAudioDump as WsAudioDump
    from .websockets import WsAudioSentence as WsAudioSentence
    from .websockets import WsChatCanceled as WsChatCanceled
    from .websockets import WsChatConfig as WsChatConfig
    from .websockets import WsChatUpdate as WsChatUpdate
    from .websockets import WsEmotionConfig as WsEmotionConfig
    from .websockets import WsError as WsError
    from .websockets import WsGenerateAudio as WsGenerateAudio
    from .websockets import WsGenerateAudioMode as WsGenerateAudioMode
    from .websockets import WsGlossaryEntry as WsGlossaryEntry
    from .websockets import WsInputAudio as WsInputAudio
    from .websockets import WsInputAudioFormat as WsInputAudioFormat
    from .websockets import WsInterruptConfig as WsInterruptConfig
    from .websockets import WsInterruptConfigMode as WsInterruptConfigMode
    from .websockets import WsLimitConfig as WsLimitConfig
    from .websockets import WsMessageCreate as WsMessageCreate
    from .websockets import WsOpusConfig as WsOpusConfig
    from .websockets import WsOutputAudio as WsOutputAudio
    from .websockets import WsPcmConfig as WsPcmConfig
    from .websockets import WsSimultInterpretationUpdate as WsSimultInterpretationUpdate
    from .websockets import WsSpeechUpdate as WsSpeechUpdate
    from .websockets import WsSubmitToolOutputs as WsSubmitToolOutputs
    from .websockets import WsTextDelta as WsTextDelta
    from .websockets import WsTranscript as WsTranscript
    from .websockets import WsTranscriptionsUpdate as WsTranscriptionsUpdate
    from .websockets import WsTranslateConfig as WsTranslateConfig
    from .websockets import WsTurnDetection as WsTurnDetection
    from .websockets import WsTurnDetectionType as WsTurnDetectionType
    from .websockets import WsVoicePrintConfig as WsVoicePrintConfig
    from .workflows import WorkflowBasic as WorkflowBasic
    from .workflows import WorkflowChatDone as WorkflowChatDone
    from .workflows import WorkflowCollaborator as WorkflowCollaborator
    from .workflows import WorkflowDone as WorkflowDone
    from .workflows import WorkflowError as WorkflowError
    from .workflows import WorkflowExecuteStatus as WorkflowExecuteStatus
    from .workflows import WorkflowInfo as WorkflowInfo
    from .workflows import WorkflowInput as WorkflowInput
    from .workflows import WorkflowInterrupt as WorkflowInterrupt
    from .workflows import WorkflowInterruptData as WorkflowInterruptData
    from .workflows import WorkflowInterruptType as WorkflowInterruptType
    from .workflows import WorkflowListResult as WorkflowListResult
    from .workflows import WorkflowMessage as WorkflowMessage
    from .workflows import WorkflowMode as WorkflowMode
    from .workflows import WorkflowNodeExecuteHistory as WorkflowNodeExecuteHistory
    from .workflows import WorkflowNodeExecuteStatus as WorkflowNodeExecuteStatus
    from .workflows import WorkflowOutput as WorkflowOutput
    from .workflows import WorkflowParameter as WorkflowParameter
    from .workflows import WorkflowRunHistory as WorkflowRunHistory
    from .workflows import WorkflowRunMode as WorkflowRunMode
    from .workflows import WorkflowRunResult as WorkflowRunResult
    from .workflows import WorkflowsCollaborationModesUpdateResponse as WorkflowsCollaborationModesUpdateResponse
    from .workflows import WorkflowsCollaboratorsCreateResponse as WorkflowsCollaboratorsCreateResponse
    from .workflows import WorkflowsCollaboratorsDeleteResponse as WorkflowsCollaboratorsDeleteResponse
    from .workflows import WorkflowTerminatePlan as WorkflowTerminatePlan
    from .workflows import WorkflowVersion as WorkflowVersion
    from .workflows import WorkflowVersionListResult as WorkflowVersionListResult
    from .workspaces import Workspace as Workspace
    from .workspaces import WorkspaceJoinedStatus as WorkspaceJoinedStatus
    from .workspaces import WorkspaceMember as WorkspaceMember
    from .workspaces import WorkspaceNewMember as WorkspaceNewMember
    from .workspaces import WorkspaceRoleType as WorkspaceRoleType
    from .workspaces import WorkspacesCreateResult as WorkspacesCreateResult
    from .workspaces import WorkspacesListResult as WorkspacesListResult
    from .workspaces import WorkspacesMembersCreateResult as WorkspacesMembersCreateResult
    from .workspaces import WorkspacesMembersDeleteResult as WorkspacesMembersDeleteResult
    from .workspaces import WorkspacesMembersListResult as WorkspacesMembersListResult
    from .workspaces import WorkspacesUpdateResponse as WorkspacesUpdateResponse
    from .workspaces import WorkspaceType as WorkspaceType

_MODULES = {
    "ApiApp": "api_apps",
    "ApiAppEvent": "api_apps",
    "ApiAppEventList": "api_apps",
    "ApiAppEventType": "api_apps",
    "ApiAppList": "api_apps",
    "ApiAppType": "api_apps",
    "ApiAppsDeleteResponse": "api_apps",
    "ApiAppsEventsCreateResponse": "api_apps",
    "ApiAppsEventsDeleteResponse": "api_apps",
    "ApiAppsUpdateResponse": "api_apps",
    "AppCollaborator": "apps",
    "AppsCollaboratorsCreateResponse": "apps",
    "AppsCollaboratorsDeleteResponse": "apps",
    "AppsListResult": "apps",
    "AudioLiveInfo": "audio",
    "AudioLiveStreamInfo": "audio",
    "AudioLiveType": "audio",
    "AudioTranscription": "audio",
    "AudioVoiceprintGroupsDeleteResponse": "audio",
    "AudioVoiceprintGroupsFeaturesDeleteResponse": "audio",
    "AudioVoiceprintGroupsFeaturesUpdateResponse": "audio",
    "AudioVoiceprintGroupsUpdateResponse": "audio",
    "BenefitBasicInfo": "benefits",
    "BenefitBasicInfoUserLevel": "benefits",
    "BenefitInfo": "benefits",
    "BenefitItemInfo": "benefits",
    "BenefitItemInfoStrategy": "benefits",
    "BenefitLimitation": "benefits",
    "BenefitLimitationActiveMode": "benefits",
    "BenefitLimitationCreated": "benefits",
    "BenefitLimitationEntityType": "benefits",
    "BenefitLimitationInput": "benefits",
    "BenefitLimitationList": "benefits",
    "BenefitLimitationStatus": "benefits",
    "BenefitLimitationTriggerUnit": "benefits",
    "BenefitLimitationType": "benefits",
    "BenefitOverview": "benefits",
    "BenefitStatusInfo": "benefits",
    "BenefitStatusInfoStatus": "benefits",
    "BenefitType": "benefits",
    "BenefitsLimitationsUpdateResponse": "benefits",
    "BillTask": "bill_tasks",
    "BillTaskList": "bill_tasks",
    "BillTaskStatus": "bill_tasks",
    "Bot": "bots",
    "BotBackgroundImage": "bots",
    "BotBackgroundImageInfo": "bots",
    "BotCanvasPosition": "bots",
    "BotCollaborator": "bots",
    "BotDefaultUserInputType": "bots",
    "BotGradientPosition": "bots",
    "BotKnowledge": "bots",
    "BotKnowledgeConfig": "bots",
    "BotKnowledgeConfigSearchStrategy": "bots",
    "BotKnowledgeInfo": "bots",
    "BotKnowledgeSearchStrategy": "bots",
    "BotMediaConfig": "bots",
    "BotMode": "bots",
    "BotModelInfo": "bots",
    "BotModelInfoApiMode": "bots",
    "BotModelInfoCacheType": "bots",
    "BotModelInfoResponseFormat": "bots",
    "BotOnboardingInfo": "bots",
    "BotPluginApiInfo": "bots",
    "BotPluginIdInfo": "bots",
    "BotPluginIdList": "bots",
    "BotPluginInfo": "bots",
    "BotPrefixPromptInfo": "bots",
    "BotPromptInfo": "bots",
    "BotPromptInfoPromptMode": "bots",
    "BotPublishStatus": "_shared",
    "BotPublishedBotV1": "bots",
    "BotShortcutCommand": "bots",
    "BotShortcutCommandComponent": "bots",
    "BotShortcutCommandComponentType": "bots",
    "BotShortcutCommandTool": "bots",
    "BotShortcutCommandToolType": "bots",
    "BotSuggestReplyInfo": "bots",
    "BotSuggestReplyInfoReplyMode": "bots",
    "BotVariable": "bots",
    "BotVariableChannel": "bots",
    "BotVariableType": "bots",
    "BotVersion": "bots",
    "BotVoiceInfo": "bots",
    "BotWorkflowIdInfo": "bots",
    "BotWorkflowIdList": "bots",
    "BotWorkflowInfo": "bots",
    "BotsCollaborationModesUpdateResponse": "bots",
    "BotsCollaboratorsCreateResponse": "bots",
    "BotsCollaboratorsDeleteResponse": "bots",
    "BotsCreateResult": "bots",
    "BotsListResult": "bots",
    "BotsListV1Result": "bots",
    "BotsPublishResult": "bots",
    "BotsUnpublishResponse": "bots",
    "BotsUpdateResponse": "bots",
    "BotsVersionsListResult": "bots",
    "Chat": "_shared",
    "ChatError": "_shared",
    "ChatInsertedMessage": "_shared",
    "ChatMessage": "_shared",
    "ChatPendingToolCalls": "_shared",
    "ChatRequiredAction": "_shared",
    "ChatRequiredActionType": "_shared",
    "ChatShortcutCommand": "chat",
    "ChatStatus": "_shared",
    "ChatToolCall": "_shared",
    "ChatToolCallFunction": "_shared",
    "ChatToolCallType": "_shared",
    "ChatToolOutput": "_shared",
    "CollaborationMode": "_shared",
    "ConnectorBotAuditStatus": "connectors",
    "ConnectorUserConfig": "connectors",
    "ConnectorUserConfigEnum": "connectors",
    "ConnectorsBindResponse": "connectors",
    "ConnectorsBotsUpdateResponse": "connectors",
    "ConnectorsInstallResponse": "connectors",
    "Conversation": "conversations",
    "ConversationListResult": "conversations",
    "ConversationMessageFeedbackType": "conversations",
    "ConversationMessageOrder": "conversations",
    "ConversationSection": "conversations",
    "ConversationSortOrder": "conversations",
    "ConversationsDeleteResponse": "conversations",
    "ConversationsMessagesFeedbackCreateResponse": "conversations",
    "ConversationsMessagesFeedbackDeleteResponse": "conversations",
    "ConversationsMessagesListResponse": "conversations",
    "ConversationsMessagesUpdateResponse": "conversations",
    "Dataset": "datasets",
    "DatasetChunkStrategy": "datasets",
    "DatasetChunkStrategyCaptionType": "datasets",
    "DatasetChunkStrategyChunkType": "datasets",
    "DatasetDocument": "datasets",
    "DatasetDocumentBase": "datasets",
    "DatasetDocumentProgress": "datasets",
    "DatasetDocumentSource": "datasets",
    "DatasetDocumentStatus": "datasets",
    "DatasetFormatType": "datasets",
    "DatasetPhoto": "datasets",
    "DatasetSourceInfo": "datasets",
    "DatasetStatus": "datasets",
    "DatasetType": "datasets",
    "DatasetUpdateRule": "datasets",
    "DatasetUpdateType": "datasets",
    "DatasetsCreateResult": "datasets",
    "DatasetsDeleteResponse": "datasets",
    "DatasetsDocumentsCreateResponse": "datasets",
    "DatasetsDocumentsDeleteResponse": "datasets",
    "DatasetsDocumentsListResponse": "datasets",
    "DatasetsDocumentsUpdateResponse": "datasets",
    "DatasetsImagesListResult": "datasets",
    "DatasetsImagesUpdateResponse": "datasets",
    "DatasetsListResult": "datasets",
    "DatasetsProcessResult": "datasets",
    "DatasetsUpdateResponse": "datasets",
    "EnterMessage": "_shared",
    "EnterpriseMemberInput": "enterprises",
    "EnterpriseMemberRole": "enterprises",
    "EnterpriseOrganization": "enterprises",
    "EnterpriseOrganizationCreated": "enterprises",
    "EnterpriseOrganizationList": "enterprises",
    "EnterpriseOrganizationMember": "enterprises",
    "EnterpriseOrganizationMemberInput": "enterprises",
    "EnterpriseOrganizationMemberList": "enterprises",
    "EnterpriseOrganizationMemberPeopleType": "enterprises",
    "EnterpriseOrganizationRoleType": "enterprises",
    "EnterprisesMembersCreateResponse": "enterprises",
    "EnterprisesMembersDeleteResponse": "enterprises",
    "EnterprisesMembersUpdateResponse": "enterprises",
    "EnterprisesOrganizationsMembersCreateResponse": "enterprises",
    "EnterprisesOrganizationsMembersDeleteResponse": "enterprises",
    "EnterprisesOrganizationsMembersUpdateResponse": "enterprises",
    "EnterprisesOrganizationsUpdateResponse": "enterprises",
    "EntityCopyTask": "entities",
    "EntityCopyTaskCreated": "entities",
    "EntityCopyTaskFailedReason": "entities",
    "EntityCopyTaskFailedReasonEntityType": "entities",
    "EntityCopyTaskStatus": "entities",
    "EntityCopyType": "entities",
    "File": "files",
    "FolderType": "folders",
    "FoldersListResult": "folders",
    "MessageContentType": "_shared",
    "MessageType": "_shared",
    "OAuthDeviceCode": "oauth",
    "OAuthGrantType": "oauth",
    "OAuthJwtGrantType": "oauth",
    "OAuthScope": "oauth",
    "OAuthScopeAccountPermission": "oauth",
    "OAuthScopeAttributeConstraint": "oauth",
    "OAuthScopeBotChatAttribute": "oauth",
    "OAuthToken": "oauth",
    "ObjectStringItem": "_shared",
    "ObjectStringItemType": "_shared",
    "PluginDetail": "plugins",
    "PluginDetailList": "plugins",
    "PluginStoreCategory": "plugins",
    "PluginStoreCategoryList": "plugins",
    "PluginStoreItem": "plugins",
    "PluginStoreList": "plugins",
    "PluginStoreMetainfo": "plugins",
    "PluginStoreStats": "plugins",
    "PluginStoreUser": "plugins",
    "PluginTool": "plugins",
    "PluginToolCallResult": "plugins",
    "ResponseDetail": "_shared",
    "RoleType": "_shared",
    "RoomAudioConfig": "audio",
    "RoomAudioConfigCodec": "audio",
    "RoomConfig": "audio",
    "RoomJoinInfo": "audio",
    "RoomMode": "audio",
    "RoomTranslateConfig": "audio",
    "RoomTurnDetection": "audio",
    "RoomTurnDetectionType": "audio",
    "RoomVideoConfig": "audio",
    "RoomVideoConfigCodec": "audio",
    "RoomVideoConfigStreamVideoType": "audio",
    "SimpleApp": "apps",
    "SimpleBot": "bots",
    "SimpleFolder": "folders",
    "TemplateDuplicateResult": "templates",
    "TemplateDuplicateResultEntityType": "templates",
    "Usage": "_shared",
    "User": "users",
    "UserInfo": "_shared",
    "VariableAssignment": "variables",
    "VariableValue": "variables",
    "VariablesRetrieveResult": "variables",
    "VariablesUpdateResponse": "variables",
    "Voice": "audio",
    "VoiceCloneResult": "audio",
    "VoiceEmotion": "_shared",
    "VoiceEmotionInfo": "audio",
    "VoiceEmotionInterval": "audio",
    "VoiceLanguage": "audio",
    "VoiceListResult": "audio",
    "VoiceModelType": "audio",
    "VoiceState": "audio",
    "VoiceprintFeature": "audio",
    "VoiceprintFeatureCreateResult": "audio",
    "VoiceprintFeatureListResult": "audio",
    "VoiceprintFeatureScore": "audio",
    "VoiceprintGroup": "audio",
    "VoiceprintGroupCreateResult": "audio",
    "VoiceprintGroupListResult": "audio",
    "VoiceprintSpeakerIdentifyResult": "audio",
    "WorkflowBasic": "workflows",
    "WorkflowChatDone": "workflows",
    "WorkflowCollaborator": "workflows",
    "WorkflowDone": "workflows",
    "WorkflowError": "workflows",
    "WorkflowExecuteStatus": "workflows",
    "WorkflowInfo": "workflows",
    "WorkflowInput": "workflows",
    "WorkflowInterrupt": "workflows",
    "WorkflowInterruptData": "workflows",
    "WorkflowInterruptType": "workflows",
    "WorkflowListResult": "workflows",
    "WorkflowMessage": "workflows",
    "WorkflowMode": "workflows",
    "WorkflowNodeExecuteHistory": "workflows",
    "WorkflowNodeExecuteStatus": "workflows",
    "WorkflowOutput": "workflows",
    "WorkflowParameter": "workflows",
    "WorkflowRunHistory": "workflows",
    "WorkflowRunMode": "workflows",
    "WorkflowRunResult": "workflows",
    "WorkflowTerminatePlan": "workflows",
    "WorkflowVersion": "workflows",
    "WorkflowVersionListResult": "workflows",
    "WorkflowsCollaborationModesUpdateResponse": "workflows",
    "WorkflowsCollaboratorsCreateResponse": "workflows",
    "WorkflowsCollaboratorsDeleteResponse": "workflows",
    "Workspace": "workspaces",
    "WorkspaceJoinedStatus": "workspaces",
    "WorkspaceMember": "workspaces",
    "WorkspaceNewMember": "workspaces",
    "WorkspaceRoleType": "workspaces",
    "WorkspaceType": "workspaces",
    "WorkspacesCreateResult": "workspaces",
    "WorkspacesListResult": "workspaces",
    "WorkspacesMembersCreateResult": "workspaces",
    "WorkspacesMembersDeleteResult": "workspaces",
    "WorkspacesMembersListResult": "workspaces",
    "WorkspacesUpdateResponse": "workspaces",
    "WsAsrConfig": "websockets",
    "WsAsrConfigUserLanguage": "websockets",
    "WsAudioCodec": "websockets",
    "WsAudioDelta": "websockets",
    "WsAudioDump": "websockets",
    "WsAudioSentence": "websockets",
    "WsChatCanceled": "websockets",
    "WsChatConfig": "websockets",
    "WsChatUpdate": "websockets",
    "WsEmotionConfig": "websockets",
    "WsError": "websockets",
    "WsEventDetail": "_shared",
    "WsGenerateAudio": "websockets",
    "WsGenerateAudioMode": "websockets",
    "WsGlossaryEntry": "websockets",
    "WsInputAudio": "websockets",
    "WsInputAudioFormat": "websockets",
    "WsInterruptConfig": "websockets",
    "WsInterruptConfigMode": "websockets",
    "WsLimitConfig": "websockets",
    "WsMessageCreate": "websockets",
    "WsOpusConfig": "websockets",
    "WsOutputAudio": "websockets",
    "WsPcmConfig": "websockets",
    "WsSimultInterpretationUpdate": "websockets",
    "WsSpeechUpdate": "websockets",
    "WsSubmitToolOutputs": "websockets",
    "WsTextDelta": "websockets",
    "WsTranscript": "websockets",
    "WsTranscriptionsUpdate": "websockets",
    "WsTranslateConfig": "websockets",
    "WsTurnDetection": "websockets",
    "WsTurnDetectionType": "websockets",
    "WsVoicePrintConfig": "websockets",
}

if not TYPE_CHECKING:  # hidden from type checkers, so a misspelt name is an error, not Any

    def __getattr__(name: str) -> object:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f".{module}", __name__), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(_MODULES)


__all__ = [
    "ApiApp",
    "ApiAppEvent",
    "ApiAppEventList",
    "ApiAppEventType",
    "ApiAppList",
    "ApiAppType",
    "ApiAppsDeleteResponse",
    "ApiAppsEventsCreateResponse",
    "ApiAppsEventsDeleteResponse",
    "ApiAppsUpdateResponse",
    "AppCollaborator",
    "AppsCollaboratorsCreateResponse",
    "AppsCollaboratorsDeleteResponse",
    "AppsListResult",
    "AudioLiveInfo",
    "AudioLiveStreamInfo",
    "AudioLiveType",
    "AudioTranscription",
    "AudioVoiceprintGroupsDeleteResponse",
    "AudioVoiceprintGroupsFeaturesDeleteResponse",
    "AudioVoiceprintGroupsFeaturesUpdateResponse",
    "AudioVoiceprintGroupsUpdateResponse",
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
    "BenefitStatusInfo",
    "BenefitStatusInfoStatus",
    "BenefitType",
    "BenefitsLimitationsUpdateResponse",
    "BillTask",
    "BillTaskList",
    "BillTaskStatus",
    "Bot",
    "BotBackgroundImage",
    "BotBackgroundImageInfo",
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
    "BotMode",
    "BotModelInfo",
    "BotModelInfoApiMode",
    "BotModelInfoCacheType",
    "BotModelInfoResponseFormat",
    "BotOnboardingInfo",
    "BotPluginApiInfo",
    "BotPluginIdInfo",
    "BotPluginIdList",
    "BotPluginInfo",
    "BotPrefixPromptInfo",
    "BotPromptInfo",
    "BotPromptInfoPromptMode",
    "BotPublishStatus",
    "BotPublishedBotV1",
    "BotShortcutCommand",
    "BotShortcutCommandComponent",
    "BotShortcutCommandComponentType",
    "BotShortcutCommandTool",
    "BotShortcutCommandToolType",
    "BotSuggestReplyInfo",
    "BotSuggestReplyInfoReplyMode",
    "BotVariable",
    "BotVariableChannel",
    "BotVariableType",
    "BotVersion",
    "BotVoiceInfo",
    "BotWorkflowIdInfo",
    "BotWorkflowIdList",
    "BotWorkflowInfo",
    "BotsCollaborationModesUpdateResponse",
    "BotsCollaboratorsCreateResponse",
    "BotsCollaboratorsDeleteResponse",
    "BotsCreateResult",
    "BotsListResult",
    "BotsListV1Result",
    "BotsPublishResult",
    "BotsUnpublishResponse",
    "BotsUpdateResponse",
    "BotsVersionsListResult",
    "Chat",
    "ChatError",
    "ChatInsertedMessage",
    "ChatMessage",
    "ChatPendingToolCalls",
    "ChatRequiredAction",
    "ChatRequiredActionType",
    "ChatShortcutCommand",
    "ChatStatus",
    "ChatToolCall",
    "ChatToolCallFunction",
    "ChatToolCallType",
    "ChatToolOutput",
    "CollaborationMode",
    "ConnectorBotAuditStatus",
    "ConnectorUserConfig",
    "ConnectorUserConfigEnum",
    "ConnectorsBindResponse",
    "ConnectorsBotsUpdateResponse",
    "ConnectorsInstallResponse",
    "Conversation",
    "ConversationListResult",
    "ConversationMessageFeedbackType",
    "ConversationMessageOrder",
    "ConversationSection",
    "ConversationSortOrder",
    "ConversationsDeleteResponse",
    "ConversationsMessagesFeedbackCreateResponse",
    "ConversationsMessagesFeedbackDeleteResponse",
    "ConversationsMessagesListResponse",
    "ConversationsMessagesUpdateResponse",
    "Dataset",
    "DatasetChunkStrategy",
    "DatasetChunkStrategyCaptionType",
    "DatasetChunkStrategyChunkType",
    "DatasetDocument",
    "DatasetDocumentBase",
    "DatasetDocumentProgress",
    "DatasetDocumentSource",
    "DatasetDocumentStatus",
    "DatasetFormatType",
    "DatasetPhoto",
    "DatasetSourceInfo",
    "DatasetStatus",
    "DatasetType",
    "DatasetUpdateRule",
    "DatasetUpdateType",
    "DatasetsCreateResult",
    "DatasetsDeleteResponse",
    "DatasetsDocumentsCreateResponse",
    "DatasetsDocumentsDeleteResponse",
    "DatasetsDocumentsListResponse",
    "DatasetsDocumentsUpdateResponse",
    "DatasetsImagesListResult",
    "DatasetsImagesUpdateResponse",
    "DatasetsListResult",
    "DatasetsProcessResult",
    "DatasetsUpdateResponse",
    "EnterMessage",
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
    "EnterprisesMembersCreateResponse",
    "EnterprisesMembersDeleteResponse",
    "EnterprisesMembersUpdateResponse",
    "EnterprisesOrganizationsMembersCreateResponse",
    "EnterprisesOrganizationsMembersDeleteResponse",
    "EnterprisesOrganizationsMembersUpdateResponse",
    "EnterprisesOrganizationsUpdateResponse",
    "EntityCopyTask",
    "EntityCopyTaskCreated",
    "EntityCopyTaskFailedReason",
    "EntityCopyTaskFailedReasonEntityType",
    "EntityCopyTaskStatus",
    "EntityCopyType",
    "File",
    "FolderType",
    "FoldersListResult",
    "MessageContentType",
    "MessageType",
    "OAuthDeviceCode",
    "OAuthGrantType",
    "OAuthJwtGrantType",
    "OAuthScope",
    "OAuthScopeAccountPermission",
    "OAuthScopeAttributeConstraint",
    "OAuthScopeBotChatAttribute",
    "OAuthToken",
    "ObjectStringItem",
    "ObjectStringItemType",
    "PluginDetail",
    "PluginDetailList",
    "PluginStoreCategory",
    "PluginStoreCategoryList",
    "PluginStoreItem",
    "PluginStoreList",
    "PluginStoreMetainfo",
    "PluginStoreStats",
    "PluginStoreUser",
    "PluginTool",
    "PluginToolCallResult",
    "ResponseDetail",
    "RoleType",
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
    "Usage",
    "User",
    "UserInfo",
    "VariableAssignment",
    "VariableValue",
    "VariablesRetrieveResult",
    "VariablesUpdateResponse",
    "Voice",
    "VoiceCloneResult",
    "VoiceEmotion",
    "VoiceEmotionInfo",
    "VoiceEmotionInterval",
    "VoiceLanguage",
    "VoiceListResult",
    "VoiceModelType",
    "VoiceState",
    "VoiceprintFeature",
    "VoiceprintFeatureCreateResult",
    "VoiceprintFeatureListResult",
    "VoiceprintFeatureScore",
    "VoiceprintGroup",
    "VoiceprintGroupCreateResult",
    "VoiceprintGroupListResult",
    "VoiceprintSpeakerIdentifyResult",
    "WorkflowBasic",
    "WorkflowChatDone",
    "WorkflowCollaborator",
    "WorkflowDone",
    "WorkflowError",
    "WorkflowExecuteStatus",
    "WorkflowInfo",
    "WorkflowInput",
    "WorkflowInterrupt",
    "WorkflowInterruptData",
    "WorkflowInterruptType",
    "WorkflowListResult",
    "WorkflowMessage",
    "WorkflowMode",
    "WorkflowNodeExecuteHistory",
    "WorkflowNodeExecuteStatus",
    "WorkflowOutput",
    "WorkflowParameter",
    "WorkflowRunHistory",
    "WorkflowRunMode",
    "WorkflowRunResult",
    "WorkflowTerminatePlan",
    "WorkflowVersion",
    "WorkflowVersionListResult",
    "WorkflowsCollaborationModesUpdateResponse",
    "WorkflowsCollaboratorsCreateResponse",
    "WorkflowsCollaboratorsDeleteResponse",
    "Workspace",
    "WorkspaceJoinedStatus",
    "WorkspaceMember",
    "WorkspaceNewMember",
    "WorkspaceRoleType",
    "WorkspaceType",
    "WorkspacesCreateResult",
    "WorkspacesListResult",
    "WorkspacesMembersCreateResult",
    "WorkspacesMembersDeleteResult",
    "WorkspacesMembersListResult",
    "WorkspacesUpdateResponse",
    "WsAsrConfig",
    "WsAsrConfigUserLanguage",
    "WsAudioCodec",
    "WsAudioDelta",
    "WsAudioDump",
    "WsAudioSentence",
    "WsChatCanceled",
    "WsChatConfig",
    "WsChatUpdate",
    "WsEmotionConfig",
    "WsError",
    "WsEventDetail",
    "WsGenerateAudio",
    "WsGenerateAudioMode",
    "WsGlossaryEntry",
    "WsInputAudio",
    "WsInputAudioFormat",
    "WsInterruptConfig",
    "WsInterruptConfigMode",
    "WsLimitConfig",
    "WsMessageCreate",
    "WsOpusConfig",
    "WsOutputAudio",
    "WsPcmConfig",
    "WsSimultInterpretationUpdate",
    "WsSpeechUpdate",
    "WsSubmitToolOutputs",
    "WsTextDelta",
    "WsTranscript",
    "WsTranscriptionsUpdate",
    "WsTranslateConfig",
    "WsTurnDetection",
    "WsTurnDetectionType",
    "WsVoicePrintConfig",
]
