"""The typed resource tree of the Coze API (`coze.chat.messages.list(...)`), sync and async.

Generated from openapi/coze.yaml by `make gen`; never edit by hand.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._runtime import AsyncRequester, RawGroup, SyncRequester

if TYPE_CHECKING:
    from .api_apps import ApiAppsResource, AsyncApiAppsResource, AsyncRawApiAppsResource, RawApiAppsResource
    from .apps import AppsResource, AsyncAppsResource, AsyncRawAppsResource, RawAppsResource
    from .audio import AsyncAudioResource, AsyncRawAudioResource, AudioResource, RawAudioResource
    from .benefits import AsyncBenefitsResource, AsyncRawBenefitsResource, BenefitsResource, RawBenefitsResource
    from .bill_tasks import AsyncBillTasksResource, AsyncRawBillTasksResource, BillTasksResource, RawBillTasksResource
    from .bots import AsyncBotsResource, AsyncRawBotsResource, BotsResource, RawBotsResource
    from .chat import AsyncChatResource, AsyncRawChatResource, ChatResource, RawChatResource
    from .connectors import (
        AsyncConnectorsResource,
        AsyncRawConnectorsResource,
        ConnectorsResource,
        RawConnectorsResource,
    )
    from .conversations import (
        AsyncConversationsResource,
        AsyncRawConversationsResource,
        ConversationsResource,
        RawConversationsResource,
    )
    from .datasets import AsyncDatasetsResource, AsyncRawDatasetsResource, DatasetsResource, RawDatasetsResource
    from .enterprises import (
        AsyncEnterprisesResource,
        AsyncRawEnterprisesResource,
        EnterprisesResource,
        RawEnterprisesResource,
    )
    from .entities import AsyncEntitiesResource, AsyncRawEntitiesResource, EntitiesResource, RawEntitiesResource
    from .files import AsyncFilesResource, AsyncRawFilesResource, FilesResource, RawFilesResource
    from .folders import AsyncFoldersResource, AsyncRawFoldersResource, FoldersResource, RawFoldersResource
    from .oauth import AsyncOauthResource, AsyncRawOauthResource, OauthResource, RawOauthResource
    from .plugins import AsyncPluginsResource, AsyncRawPluginsResource, PluginsResource, RawPluginsResource
    from .templates import AsyncRawTemplatesResource, AsyncTemplatesResource, RawTemplatesResource, TemplatesResource
    from .users import AsyncRawUsersResource, AsyncUsersResource, RawUsersResource, UsersResource
    from .variables import AsyncRawVariablesResource, AsyncVariablesResource, RawVariablesResource, VariablesResource
    from .websockets import (
        AsyncRawWebsocketsResource,
        AsyncWebsocketsResource,
        RawWebsocketsResource,
        WebsocketsResource,
    )
    from .workflows import AsyncRawWorkflowsResource, AsyncWorkflowsResource, RawWorkflowsResource, WorkflowsResource
    from .workspaces import (
        AsyncRawWorkspacesResource,
        AsyncWorkspacesResource,
        RawWorkspacesResource,
        WorkspacesResource,
    )

__all__ = ["AsyncCozeResources", "AsyncRawCozeResources", "CozeResources", "RawCozeResources"]


class CozeResources:
    """The root of the resource tree: one attribute per group, each loaded on first use."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    @cached_property
    def chat(self) -> ChatResource:
        """The `chat` resource group."""
        from .chat import ChatResource

        return ChatResource(self._requester)

    @cached_property
    def conversations(self) -> ConversationsResource:
        """The `conversations` resource group."""
        from .conversations import ConversationsResource

        return ConversationsResource(self._requester)

    @cached_property
    def bots(self) -> BotsResource:
        """The `bots` resource group."""
        from .bots import BotsResource

        return BotsResource(self._requester)

    @cached_property
    def apps(self) -> AppsResource:
        """The `apps` resource group."""
        from .apps import AppsResource

        return AppsResource(self._requester)

    @cached_property
    def templates(self) -> TemplatesResource:
        """The `templates` resource group."""
        from .templates import TemplatesResource

        return TemplatesResource(self._requester)

    @cached_property
    def workspaces(self) -> WorkspacesResource:
        """The `workspaces` resource group."""
        from .workspaces import WorkspacesResource

        return WorkspacesResource(self._requester)

    @cached_property
    def users(self) -> UsersResource:
        """The `users` resource group."""
        from .users import UsersResource

        return UsersResource(self._requester)

    @cached_property
    def variables(self) -> VariablesResource:
        """The `variables` resource group."""
        from .variables import VariablesResource

        return VariablesResource(self._requester)

    @cached_property
    def folders(self) -> FoldersResource:
        """The `folders` resource group."""
        from .folders import FoldersResource

        return FoldersResource(self._requester)

    @cached_property
    def files(self) -> FilesResource:
        """The `files` resource group."""
        from .files import FilesResource

        return FilesResource(self._requester)

    @cached_property
    def datasets(self) -> DatasetsResource:
        """The `datasets` resource group."""
        from .datasets import DatasetsResource

        return DatasetsResource(self._requester)

    @cached_property
    def workflows(self) -> WorkflowsResource:
        """The `workflows` resource group."""
        from .workflows import WorkflowsResource

        return WorkflowsResource(self._requester)

    @cached_property
    def audio(self) -> AudioResource:
        """The `audio` resource group."""
        from .audio import AudioResource

        return AudioResource(self._requester)

    @cached_property
    def enterprises(self) -> EnterprisesResource:
        """The `enterprises` resource group."""
        from .enterprises import EnterprisesResource

        return EnterprisesResource(self._requester)

    @cached_property
    def benefits(self) -> BenefitsResource:
        """The `benefits` resource group."""
        from .benefits import BenefitsResource

        return BenefitsResource(self._requester)

    @cached_property
    def bill_tasks(self) -> BillTasksResource:
        """The `bill_tasks` resource group."""
        from .bill_tasks import BillTasksResource

        return BillTasksResource(self._requester)

    @cached_property
    def plugins(self) -> PluginsResource:
        """The `plugins` resource group."""
        from .plugins import PluginsResource

        return PluginsResource(self._requester)

    @cached_property
    def connectors(self) -> ConnectorsResource:
        """The `connectors` resource group."""
        from .connectors import ConnectorsResource

        return ConnectorsResource(self._requester)

    @cached_property
    def api_apps(self) -> ApiAppsResource:
        """The `api_apps` resource group."""
        from .api_apps import ApiAppsResource

        return ApiAppsResource(self._requester)

    @cached_property
    def entities(self) -> EntitiesResource:
        """The `entities` resource group."""
        from .entities import EntitiesResource

        return EntitiesResource(self._requester)

    @cached_property
    def oauth(self) -> OauthResource:
        """The `oauth` resource group."""
        from .oauth import OauthResource

        return OauthResource(self._requester)

    @cached_property
    def websockets(self) -> WebsocketsResource:
        """The `websockets` resource group."""
        from .websockets import WebsocketsResource

        return WebsocketsResource(self._requester)


class AsyncCozeResources:
    """The root of the resource tree: one attribute per group, each loaded on first use."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @cached_property
    def chat(self) -> AsyncChatResource:
        """The `chat` resource group."""
        from .chat import AsyncChatResource

        return AsyncChatResource(self._requester)

    @cached_property
    def conversations(self) -> AsyncConversationsResource:
        """The `conversations` resource group."""
        from .conversations import AsyncConversationsResource

        return AsyncConversationsResource(self._requester)

    @cached_property
    def bots(self) -> AsyncBotsResource:
        """The `bots` resource group."""
        from .bots import AsyncBotsResource

        return AsyncBotsResource(self._requester)

    @cached_property
    def apps(self) -> AsyncAppsResource:
        """The `apps` resource group."""
        from .apps import AsyncAppsResource

        return AsyncAppsResource(self._requester)

    @cached_property
    def templates(self) -> AsyncTemplatesResource:
        """The `templates` resource group."""
        from .templates import AsyncTemplatesResource

        return AsyncTemplatesResource(self._requester)

    @cached_property
    def workspaces(self) -> AsyncWorkspacesResource:
        """The `workspaces` resource group."""
        from .workspaces import AsyncWorkspacesResource

        return AsyncWorkspacesResource(self._requester)

    @cached_property
    def users(self) -> AsyncUsersResource:
        """The `users` resource group."""
        from .users import AsyncUsersResource

        return AsyncUsersResource(self._requester)

    @cached_property
    def variables(self) -> AsyncVariablesResource:
        """The `variables` resource group."""
        from .variables import AsyncVariablesResource

        return AsyncVariablesResource(self._requester)

    @cached_property
    def folders(self) -> AsyncFoldersResource:
        """The `folders` resource group."""
        from .folders import AsyncFoldersResource

        return AsyncFoldersResource(self._requester)

    @cached_property
    def files(self) -> AsyncFilesResource:
        """The `files` resource group."""
        from .files import AsyncFilesResource

        return AsyncFilesResource(self._requester)

    @cached_property
    def datasets(self) -> AsyncDatasetsResource:
        """The `datasets` resource group."""
        from .datasets import AsyncDatasetsResource

        return AsyncDatasetsResource(self._requester)

    @cached_property
    def workflows(self) -> AsyncWorkflowsResource:
        """The `workflows` resource group."""
        from .workflows import AsyncWorkflowsResource

        return AsyncWorkflowsResource(self._requester)

    @cached_property
    def audio(self) -> AsyncAudioResource:
        """The `audio` resource group."""
        from .audio import AsyncAudioResource

        return AsyncAudioResource(self._requester)

    @cached_property
    def enterprises(self) -> AsyncEnterprisesResource:
        """The `enterprises` resource group."""
        from .enterprises import AsyncEnterprisesResource

        return AsyncEnterprisesResource(self._requester)

    @cached_property
    def benefits(self) -> AsyncBenefitsResource:
        """The `benefits` resource group."""
        from .benefits import AsyncBenefitsResource

        return AsyncBenefitsResource(self._requester)

    @cached_property
    def bill_tasks(self) -> AsyncBillTasksResource:
        """The `bill_tasks` resource group."""
        from .bill_tasks import AsyncBillTasksResource

        return AsyncBillTasksResource(self._requester)

    @cached_property
    def plugins(self) -> AsyncPluginsResource:
        """The `plugins` resource group."""
        from .plugins import AsyncPluginsResource

        return AsyncPluginsResource(self._requester)

    @cached_property
    def connectors(self) -> AsyncConnectorsResource:
        """The `connectors` resource group."""
        from .connectors import AsyncConnectorsResource

        return AsyncConnectorsResource(self._requester)

    @cached_property
    def api_apps(self) -> AsyncApiAppsResource:
        """The `api_apps` resource group."""
        from .api_apps import AsyncApiAppsResource

        return AsyncApiAppsResource(self._requester)

    @cached_property
    def entities(self) -> AsyncEntitiesResource:
        """The `entities` resource group."""
        from .entities import AsyncEntitiesResource

        return AsyncEntitiesResource(self._requester)

    @cached_property
    def oauth(self) -> AsyncOauthResource:
        """The `oauth` resource group."""
        from .oauth import AsyncOauthResource

        return AsyncOauthResource(self._requester)

    @cached_property
    def websockets(self) -> AsyncWebsocketsResource:
        """The `websockets` resource group."""
        from .websockets import AsyncWebsocketsResource

        return AsyncWebsocketsResource(self._requester)


class RawCozeResources(RawGroup):
    """The root of `with_raw_response`: the same tree, each method returning a
    `RawResponse`.
    """

    def __init__(self, requester: SyncRequester) -> None:
        super().__init__(CozeResources(requester))

    @cached_property
    def chat(self) -> RawChatResource:
        from .chat import RawChatResource

        return RawChatResource(self._resource.chat)

    @cached_property
    def conversations(self) -> RawConversationsResource:
        from .conversations import RawConversationsResource

        return RawConversationsResource(self._resource.conversations)

    @cached_property
    def bots(self) -> RawBotsResource:
        from .bots import RawBotsResource

        return RawBotsResource(self._resource.bots)

    @cached_property
    def apps(self) -> RawAppsResource:
        from .apps import RawAppsResource

        return RawAppsResource(self._resource.apps)

    @cached_property
    def templates(self) -> RawTemplatesResource:
        from .templates import RawTemplatesResource

        return RawTemplatesResource(self._resource.templates)

    @cached_property
    def workspaces(self) -> RawWorkspacesResource:
        from .workspaces import RawWorkspacesResource

        return RawWorkspacesResource(self._resource.workspaces)

    @cached_property
    def users(self) -> RawUsersResource:
        from .users import RawUsersResource

        return RawUsersResource(self._resource.users)

    @cached_property
    def variables(self) -> RawVariablesResource:
        from .variables import RawVariablesResource

        return RawVariablesResource(self._resource.variables)

    @cached_property
    def folders(self) -> RawFoldersResource:
        from .folders import RawFoldersResource

        return RawFoldersResource(self._resource.folders)

    @cached_property
    def files(self) -> RawFilesResource:
        from .files import RawFilesResource

        return RawFilesResource(self._resource.files)

    @cached_property
    def datasets(self) -> RawDatasetsResource:
        from .datasets import RawDatasetsResource

        return RawDatasetsResource(self._resource.datasets)

    @cached_property
    def workflows(self) -> RawWorkflowsResource:
        from .workflows import RawWorkflowsResource

        return RawWorkflowsResource(self._resource.workflows)

    @cached_property
    def audio(self) -> RawAudioResource:
        from .audio import RawAudioResource

        return RawAudioResource(self._resource.audio)

    @cached_property
    def enterprises(self) -> RawEnterprisesResource:
        from .enterprises import RawEnterprisesResource

        return RawEnterprisesResource(self._resource.enterprises)

    @cached_property
    def benefits(self) -> RawBenefitsResource:
        from .benefits import RawBenefitsResource

        return RawBenefitsResource(self._resource.benefits)

    @cached_property
    def bill_tasks(self) -> RawBillTasksResource:
        from .bill_tasks import RawBillTasksResource

        return RawBillTasksResource(self._resource.bill_tasks)

    @cached_property
    def plugins(self) -> RawPluginsResource:
        from .plugins import RawPluginsResource

        return RawPluginsResource(self._resource.plugins)

    @cached_property
    def connectors(self) -> RawConnectorsResource:
        from .connectors import RawConnectorsResource

        return RawConnectorsResource(self._resource.connectors)

    @cached_property
    def api_apps(self) -> RawApiAppsResource:
        from .api_apps import RawApiAppsResource

        return RawApiAppsResource(self._resource.api_apps)

    @cached_property
    def entities(self) -> RawEntitiesResource:
        from .entities import RawEntitiesResource

        return RawEntitiesResource(self._resource.entities)

    @cached_property
    def oauth(self) -> RawOauthResource:
        from .oauth import RawOauthResource

        return RawOauthResource(self._resource.oauth)

    @cached_property
    def websockets(self) -> RawWebsocketsResource:
        from .websockets import RawWebsocketsResource

        return RawWebsocketsResource(self._resource.websockets)


class AsyncRawCozeResources(RawGroup):
    """The root of `with_raw_response`: the same tree, each method returning a
    `RawResponse`.
    """

    def __init__(self, requester: AsyncRequester) -> None:
        super().__init__(AsyncCozeResources(requester))

    @cached_property
    def chat(self) -> AsyncRawChatResource:
        from .chat import AsyncRawChatResource

        return AsyncRawChatResource(self._resource.chat)

    @cached_property
    def conversations(self) -> AsyncRawConversationsResource:
        from .conversations import AsyncRawConversationsResource

        return AsyncRawConversationsResource(self._resource.conversations)

    @cached_property
    def bots(self) -> AsyncRawBotsResource:
        from .bots import AsyncRawBotsResource

        return AsyncRawBotsResource(self._resource.bots)

    @cached_property
    def apps(self) -> AsyncRawAppsResource:
        from .apps import AsyncRawAppsResource

        return AsyncRawAppsResource(self._resource.apps)

    @cached_property
    def templates(self) -> AsyncRawTemplatesResource:
        from .templates import AsyncRawTemplatesResource

        return AsyncRawTemplatesResource(self._resource.templates)

    @cached_property
    def workspaces(self) -> AsyncRawWorkspacesResource:
        from .workspaces import AsyncRawWorkspacesResource

        return AsyncRawWorkspacesResource(self._resource.workspaces)

    @cached_property
    def users(self) -> AsyncRawUsersResource:
        from .users import AsyncRawUsersResource

        return AsyncRawUsersResource(self._resource.users)

    @cached_property
    def variables(self) -> AsyncRawVariablesResource:
        from .variables import AsyncRawVariablesResource

        return AsyncRawVariablesResource(self._resource.variables)

    @cached_property
    def folders(self) -> AsyncRawFoldersResource:
        from .folders import AsyncRawFoldersResource

        return AsyncRawFoldersResource(self._resource.folders)

    @cached_property
    def files(self) -> AsyncRawFilesResource:
        from .files import AsyncRawFilesResource

        return AsyncRawFilesResource(self._resource.files)

    @cached_property
    def datasets(self) -> AsyncRawDatasetsResource:
        from .datasets import AsyncRawDatasetsResource

        return AsyncRawDatasetsResource(self._resource.datasets)

    @cached_property
    def workflows(self) -> AsyncRawWorkflowsResource:
        from .workflows import AsyncRawWorkflowsResource

        return AsyncRawWorkflowsResource(self._resource.workflows)

    @cached_property
    def audio(self) -> AsyncRawAudioResource:
        from .audio import AsyncRawAudioResource

        return AsyncRawAudioResource(self._resource.audio)

    @cached_property
    def enterprises(self) -> AsyncRawEnterprisesResource:
        from .enterprises import AsyncRawEnterprisesResource

        return AsyncRawEnterprisesResource(self._resource.enterprises)

    @cached_property
    def benefits(self) -> AsyncRawBenefitsResource:
        from .benefits import AsyncRawBenefitsResource

        return AsyncRawBenefitsResource(self._resource.benefits)

    @cached_property
    def bill_tasks(self) -> AsyncRawBillTasksResource:
        from .bill_tasks import AsyncRawBillTasksResource

        return AsyncRawBillTasksResource(self._resource.bill_tasks)

    @cached_property
    def plugins(self) -> AsyncRawPluginsResource:
        from .plugins import AsyncRawPluginsResource

        return AsyncRawPluginsResource(self._resource.plugins)

    @cached_property
    def connectors(self) -> AsyncRawConnectorsResource:
        from .connectors import AsyncRawConnectorsResource

        return AsyncRawConnectorsResource(self._resource.connectors)

    @cached_property
    def api_apps(self) -> AsyncRawApiAppsResource:
        from .api_apps import AsyncRawApiAppsResource

        return AsyncRawApiAppsResource(self._resource.api_apps)

    @cached_property
    def entities(self) -> AsyncRawEntitiesResource:
        from .entities import AsyncRawEntitiesResource

        return AsyncRawEntitiesResource(self._resource.entities)

    @cached_property
    def oauth(self) -> AsyncRawOauthResource:
        from .oauth import AsyncRawOauthResource

        return AsyncRawOauthResource(self._resource.oauth)

    @cached_property
    def websockets(self) -> AsyncRawWebsocketsResource:
        from .websockets import AsyncRawWebsocketsResource

        return AsyncRawWebsocketsResource(self._resource.websockets)
