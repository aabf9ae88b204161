"""The `bots` resource group, sync and async, and its `with_raw_response` twins.

Generated from openapi/coze.yaml by `make gen`; never edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Literal

from .. import operations as _ops
from .._runtime import (
    AsyncRawMethod,
    AsyncRawPagedMethod,
    AsyncRequester,
    RawGroup,
    RawMethod,
    RequestOptions,
    SyncRequester,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .._runtime import AsyncPage, SyncPage
    from ..models import (
        Bot,
        BotCollaborator,
        BotKnowledgeConfig,
        BotModelInfo,
        BotOnboardingInfo,
        BotPluginIdList,
        BotPromptInfo,
        BotPublishedBotV1,
        BotPublishStatus,
        BotsCollaborationModesUpdateResponse,
        BotsCollaboratorsCreateResponse,
        BotsCollaboratorsDeleteResponse,
        BotsCreateResult,
        BotsPublishResult,
        BotSuggestReplyInfo,
        BotsUnpublishResponse,
        BotsUpdateResponse,
        BotVersion,
        BotWorkflowIdList,
        CollaborationMode,
        SimpleBot,
    )
    from ..types import TimeoutInput

__all__ = [
    "AsyncBotsCollaborationModesResource",
    "AsyncBotsCollaboratorsResource",
    "AsyncBotsResource",
    "AsyncBotsVersionsResource",
    "AsyncRawBotsCollaborationModesResource",
    "AsyncRawBotsCollaboratorsResource",
    "AsyncRawBotsResource",
    "AsyncRawBotsVersionsResource",
    "BotsCollaborationModesResource",
    "BotsCollaboratorsResource",
    "BotsResource",
    "BotsVersionsResource",
    "RawBotsCollaborationModesResource",
    "RawBotsCollaboratorsResource",
    "RawBotsResource",
    "RawBotsVersionsResource",
]


class BotsVersionsResource:
    """The `bots.versions` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        bot_id: str,
        publish_status: BotPublishStatus
        | Literal["all", "published_online", "published_draft", "unpublished_draft"]
        | None = None,
        connector_id: str | None = None,
        page_num: int | None = None,
        page_size: int | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> SyncPage[BotVersion]:
        """List bot versions.

        Lists the versions of a bot, published ones or drafts.

        Args:
            bot_id: The bot whose versions are listed.
            publish_status: Published versions (published_online) or drafts
                (unpublished_draft); the server default is published_online.
            connector_id: Only versions published to this channel; by default
                versions of every channel are returned.
            page_num: Page number, starting at 1 (the server default).
            page_size: Versions per page, 1 to 30; the server default is 10.
        """
        return self._requester.paginate(
            _ops.BOTS_VERSIONS_LIST_PAGES,
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
        publish_status: BotPublishStatus
        | Literal["all", "published_online", "published_draft", "unpublished_draft"]
        | None = None,
        connector_id: str | None = None,
        page_num: int | None = None,
        page_size: int | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> AsyncPage[BotVersion]:
        """List bot versions.

        Lists the versions of a bot, published ones or drafts.

        Args:
            bot_id: The bot whose versions are listed.
            publish_status: Published versions (published_online) or drafts
                (unpublished_draft); the server default is published_online.
            connector_id: Only versions published to this channel; by default
                versions of every channel are returned.
            page_num: Page number, starting at 1 (the server default).
            page_size: Versions per page, 1 to 30; the server default is 10.
        """
        return self._requester.paginate(
            _ops.BOTS_VERSIONS_LIST_PAGES,
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
        collaborators: Sequence[BotCollaborator | Mapping[str, object]],
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> BotsCollaboratorsCreateResponse:
        """Add a bot collaborator.

        Adds a member of the bot's workspace as a collaborator; the bot must be in
        collaboration mode.

        Args:
            bot_id: The bot to add the collaborator to.
            collaborators: The collaborators to add; the server accepts one per
                request.
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
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
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
        collaborators: Sequence[BotCollaborator | Mapping[str, object]],
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> BotsCollaboratorsCreateResponse:
        """Add a bot collaborator.

        Adds a member of the bot's workspace as a collaborator; the bot must be in
        collaboration mode.

        Args:
            bot_id: The bot to add the collaborator to.
            collaborators: The collaborators to add; the server accepts one per
                request.
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
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
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
        collaboration_mode: CollaborationMode | Literal["single", "collaboration"],
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> BotsCollaborationModesUpdateResponse:
        """Switch a bot's collaboration mode.

        Turns multi-user collaboration on or off for a bot; collaborators must be
        removed before switching back to single mode.

        Args:
            bot_id: The bot whose mode is switched.
            collaboration_mode: Who edits a bot or workflow: single for one
                developer, collaboration for several.
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
        collaboration_mode: CollaborationMode | Literal["single", "collaboration"],
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> BotsCollaborationModesUpdateResponse:
        """Switch a bot's collaboration mode.

        Turns multi-user collaboration on or off for a bot; collaborators must be
        removed before switching back to single mode.

        Args:
            bot_id: The bot whose mode is switched.
            collaboration_mode: Who edits a bot or workflow: single for one
                developer, collaboration for several.
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
        description: str | None = None,
        icon_file_id: str | None = None,
        prompt_info: BotPromptInfo | Mapping[str, object] | None = None,
        onboarding_info: BotOnboardingInfo | Mapping[str, object] | None = None,
        suggest_reply_info: BotSuggestReplyInfo | Mapping[str, object] | None = None,
        model_info_config: BotModelInfo | Mapping[str, object] | None = None,
        plugin_id_list: BotPluginIdList | Mapping[str, object] | None = None,
        workflow_id_list: BotWorkflowIdList | Mapping[str, object] | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> BotsCreateResult:
        """Create a bot.

        Creates a new bot as an unpublished draft in a workspace and returns its id.

        Args:
            space_id: The workspace to create the bot in.
            name: The bot name, 1 to 20 characters.
            description: What the bot does, up to 500 characters.
            icon_file_id: Id of an uploaded file to use as avatar; a default avatar
                is used when omitted.
            prompt_info: The bot's persona and reply logic.
            onboarding_info: Opening message and suggested first questions.
            suggest_reply_info: Follow-up question suggestions after each reply.
            model_info_config: The model to use and its settings.
            plugin_id_list: Plugin tools to bind to the bot.
            workflow_id_list: Workflows to bind to the bot.
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
        name: str | None = None,
        description: str | None = None,
        icon_file_id: str | None = None,
        prompt_info: BotPromptInfo | Mapping[str, object] | None = None,
        onboarding_info: BotOnboardingInfo | Mapping[str, object] | None = None,
        knowledge: BotKnowledgeConfig | Mapping[str, object] | None = None,
        suggest_reply_info: BotSuggestReplyInfo | Mapping[str, object] | None = None,
        model_info_config: BotModelInfo | Mapping[str, object] | None = None,
        plugin_id_list: BotPluginIdList | Mapping[str, object] | None = None,
        workflow_id_list: BotWorkflowIdList | Mapping[str, object] | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> BotsUpdateResponse:
        """Update a bot.

        Changes the draft configuration of a bot; fields left out keep their current
        value.

        Args:
            bot_id: The bot to update.
            name: New name, 1 to 20 characters.
            description: New description, up to 500 characters.
            icon_file_id: Id of an uploaded file to use as avatar.
            prompt_info: New persona and reply logic.
            onboarding_info: New opening message and suggested questions.
            knowledge: Knowledge bases to attach; replaces the current list.
            suggest_reply_info: New follow-up suggestion settings.
            model_info_config: New model and settings.
            plugin_id_list: Plugin tools to bind to the bot.
            workflow_id_list: Workflows to bind to the bot.
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
        connector_ids: Sequence[str] = ("1024",),
        connectors: Mapping[str, Mapping[str, str]] | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> BotsPublishResult:
        """Publish a bot.

        Publishes the current draft of a bot to the API, Chat SDK or custom channels.

        Args:
            bot_id: The bot to publish.
            connector_ids: Channels to publish to; 1024 is the API, 999 the Chat
                SDK, other ids are custom channels. The SDK sends ["1024"] unless
                told otherwise.
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
        unpublish_reason: str | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> BotsUnpublishResponse:
        """Unpublish a bot.

        Takes a published bot off one channel.

        Args:
            bot_id: The bot to unpublish.
            connector_id: The channel to unpublish from, e.g. 1024 (API), 999 (Chat
                SDK) or a custom channel id.
            unpublish_reason: Why the bot is unpublished, up to 1024 characters;
                shown in the workspace's publish page.
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
        is_published: bool | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> Bot:
        """Retrieve a bot.

        Returns the full configuration of a bot, either its published version or its
        current draft.

        Args:
            bot_id: The bot to retrieve.
            is_published: True for the published version, false for the current
                draft; the server default is true.
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
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
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
        publish_status: BotPublishStatus
        | Literal["all", "published_online", "published_draft", "unpublished_draft"]
        | None = None,
        connector_id: str | None = None,
        page_num: int | None = None,
        page_size: int | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> SyncPage[SimpleBot]:
        """List bots.

        Lists the bots of a workspace, drafts and published ones, filtered by publish
        status.

        Args:
            workspace_id: The workspace whose bots are listed.
            publish_status: Which bots to return by publish state; the server
                default is published_online.
            connector_id: Channel whose published versions are returned (with
                published_online or published_draft); the server default is 1024,
                the API channel.
            page_num: Page number, starting at 1 (the server default).
            page_size: Bots per page; the server default is 20.
        """
        return self._requester.paginate(
            _ops.BOTS_LIST_PAGES,
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
        page_index: int | None = None,
        page_size: int | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> SyncPage[BotPublishedBotV1]:
        """List bots published to the API (deprecated).

        Lists the bots of a workspace that are published to the API channel; superseded
        by bots.list.

        Args:
            space_id: The workspace whose published bots are listed.
            page_index: Page number, starting at 1 (the server default).
            page_size: Bots per page; the server default is 20.
        """
        return self._requester.paginate(
            _ops.BOTS_LIST_V1_PAGES,
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
        description: str | None = None,
        icon_file_id: str | None = None,
        prompt_info: BotPromptInfo | Mapping[str, object] | None = None,
        onboarding_info: BotOnboardingInfo | Mapping[str, object] | None = None,
        suggest_reply_info: BotSuggestReplyInfo | Mapping[str, object] | None = None,
        model_info_config: BotModelInfo | Mapping[str, object] | None = None,
        plugin_id_list: BotPluginIdList | Mapping[str, object] | None = None,
        workflow_id_list: BotWorkflowIdList | Mapping[str, object] | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> BotsCreateResult:
        """Create a bot.

        Creates a new bot as an unpublished draft in a workspace and returns its id.

        Args:
            space_id: The workspace to create the bot in.
            name: The bot name, 1 to 20 characters.
            description: What the bot does, up to 500 characters.
            icon_file_id: Id of an uploaded file to use as avatar; a default avatar
                is used when omitted.
            prompt_info: The bot's persona and reply logic.
            onboarding_info: Opening message and suggested first questions.
            suggest_reply_info: Follow-up question suggestions after each reply.
            model_info_config: The model to use and its settings.
            plugin_id_list: Plugin tools to bind to the bot.
            workflow_id_list: Workflows to bind to the bot.
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
        name: str | None = None,
        description: str | None = None,
        icon_file_id: str | None = None,
        prompt_info: BotPromptInfo | Mapping[str, object] | None = None,
        onboarding_info: BotOnboardingInfo | Mapping[str, object] | None = None,
        knowledge: BotKnowledgeConfig | Mapping[str, object] | None = None,
        suggest_reply_info: BotSuggestReplyInfo | Mapping[str, object] | None = None,
        model_info_config: BotModelInfo | Mapping[str, object] | None = None,
        plugin_id_list: BotPluginIdList | Mapping[str, object] | None = None,
        workflow_id_list: BotWorkflowIdList | Mapping[str, object] | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> BotsUpdateResponse:
        """Update a bot.

        Changes the draft configuration of a bot; fields left out keep their current
        value.

        Args:
            bot_id: The bot to update.
            name: New name, 1 to 20 characters.
            description: New description, up to 500 characters.
            icon_file_id: Id of an uploaded file to use as avatar.
            prompt_info: New persona and reply logic.
            onboarding_info: New opening message and suggested questions.
            knowledge: Knowledge bases to attach; replaces the current list.
            suggest_reply_info: New follow-up suggestion settings.
            model_info_config: New model and settings.
            plugin_id_list: Plugin tools to bind to the bot.
            workflow_id_list: Workflows to bind to the bot.
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
        connector_ids: Sequence[str] = ("1024",),
        connectors: Mapping[str, Mapping[str, str]] | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> BotsPublishResult:
        """Publish a bot.

        Publishes the current draft of a bot to the API, Chat SDK or custom channels.

        Args:
            bot_id: The bot to publish.
            connector_ids: Channels to publish to; 1024 is the API, 999 the Chat
                SDK, other ids are custom channels. The SDK sends ["1024"] unless
                told otherwise.
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
        unpublish_reason: str | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> BotsUnpublishResponse:
        """Unpublish a bot.

        Takes a published bot off one channel.

        Args:
            bot_id: The bot to unpublish.
            connector_id: The channel to unpublish from, e.g. 1024 (API), 999 (Chat
                SDK) or a custom channel id.
            unpublish_reason: Why the bot is unpublished, up to 1024 characters;
                shown in the workspace's publish page.
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
        is_published: bool | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> Bot:
        """Retrieve a bot.

        Returns the full configuration of a bot, either its published version or its
        current draft.

        Args:
            bot_id: The bot to retrieve.
            is_published: True for the published version, false for the current
                draft; the server default is true.
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
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
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
        publish_status: BotPublishStatus
        | Literal["all", "published_online", "published_draft", "unpublished_draft"]
        | None = None,
        connector_id: str | None = None,
        page_num: int | None = None,
        page_size: int | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> AsyncPage[SimpleBot]:
        """List bots.

        Lists the bots of a workspace, drafts and published ones, filtered by publish
        status.

        Args:
            workspace_id: The workspace whose bots are listed.
            publish_status: Which bots to return by publish state; the server
                default is published_online.
            connector_id: Channel whose published versions are returned (with
                published_online or published_draft); the server default is 1024,
                the API channel.
            page_num: Page number, starting at 1 (the server default).
            page_size: Bots per page; the server default is 20.
        """
        return self._requester.paginate(
            _ops.BOTS_LIST_PAGES,
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
        page_index: int | None = None,
        page_size: int | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> AsyncPage[BotPublishedBotV1]:
        """List bots published to the API (deprecated).

        Lists the bots of a workspace that are published to the API channel; superseded
        by bots.list.

        Args:
            space_id: The workspace whose published bots are listed.
            page_index: Page number, starting at 1 (the server default).
            page_size: Bots per page; the server default is 20.
        """
        return self._requester.paginate(
            _ops.BOTS_LIST_V1_PAGES,
            {"space_id": space_id, "page_index": page_index, "page_size": page_size},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class RawBotsVersionsResource(RawGroup):
    """The `bots.versions` methods, each returning the raw HTTP answer (a `RawResponse`)."""

    list = RawMethod(BotsVersionsResource.list)


class AsyncRawBotsVersionsResource(RawGroup):
    """The `bots.versions` methods, each returning the raw HTTP answer (a `RawResponse`)."""

    list = AsyncRawPagedMethod(AsyncBotsVersionsResource.list)


class RawBotsCollaboratorsResource(RawGroup):
    """The `bots.collaborators` methods, each returning the raw HTTP answer (a
    `RawResponse`).
    """

    create = RawMethod(BotsCollaboratorsResource.create)
    delete = RawMethod(BotsCollaboratorsResource.delete)


class AsyncRawBotsCollaboratorsResource(RawGroup):
    """The `bots.collaborators` methods, each returning the raw HTTP answer (a
    `RawResponse`).
    """

    create = AsyncRawMethod(AsyncBotsCollaboratorsResource.create)
    delete = AsyncRawMethod(AsyncBotsCollaboratorsResource.delete)


class RawBotsCollaborationModesResource(RawGroup):
    """The `bots.collaboration_modes` methods, each returning the raw HTTP answer (a
    `RawResponse`).
    """

    update = RawMethod(BotsCollaborationModesResource.update)


class AsyncRawBotsCollaborationModesResource(RawGroup):
    """The `bots.collaboration_modes` methods, each returning the raw HTTP answer (a
    `RawResponse`).
    """

    update = AsyncRawMethod(AsyncBotsCollaborationModesResource.update)


class RawBotsResource(RawGroup):
    """The `bots` methods, each returning the raw HTTP answer (a `RawResponse`)."""

    @cached_property
    def versions(self) -> RawBotsVersionsResource:
        return RawBotsVersionsResource(self._resource.versions)

    @cached_property
    def collaborators(self) -> RawBotsCollaboratorsResource:
        return RawBotsCollaboratorsResource(self._resource.collaborators)

    @cached_property
    def collaboration_modes(self) -> RawBotsCollaborationModesResource:
        return RawBotsCollaborationModesResource(self._resource.collaboration_modes)

    create = RawMethod(BotsResource.create)
    update = RawMethod(BotsResource.update)
    publish = RawMethod(BotsResource.publish)
    unpublish = RawMethod(BotsResource.unpublish)
    retrieve = RawMethod(BotsResource.retrieve)
    retrieve_v1 = RawMethod(BotsResource.retrieve_v1)
    list = RawMethod(BotsResource.list)
    list_v1 = RawMethod(BotsResource.list_v1)


class AsyncRawBotsResource(RawGroup):
    """The `bots` methods, each returning the raw HTTP answer (a `RawResponse`)."""

    @cached_property
    def versions(self) -> AsyncRawBotsVersionsResource:
        return AsyncRawBotsVersionsResource(self._resource.versions)

    @cached_property
    def collaborators(self) -> AsyncRawBotsCollaboratorsResource:
        return AsyncRawBotsCollaboratorsResource(self._resource.collaborators)

    @cached_property
    def collaboration_modes(self) -> AsyncRawBotsCollaborationModesResource:
        return AsyncRawBotsCollaborationModesResource(self._resource.collaboration_modes)

    create = AsyncRawMethod(AsyncBotsResource.create)
    update = AsyncRawMethod(AsyncBotsResource.update)
    publish = AsyncRawMethod(AsyncBotsResource.publish)
    unpublish = AsyncRawMethod(AsyncBotsResource.unpublish)
    retrieve = AsyncRawMethod(AsyncBotsResource.retrieve)
    retrieve_v1 = AsyncRawMethod(AsyncBotsResource.retrieve_v1)
    list = AsyncRawPagedMethod(AsyncBotsResource.list)
    list_v1 = AsyncRawPagedMethod(AsyncBotsResource.list_v1)
