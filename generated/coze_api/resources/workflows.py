"""The `workflows` resource group, sync and async, and its `with_raw_response` twins.

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
    from ..events import (
        AsyncWorkflowChatEventStream,
        AsyncWorkflowEventStream,
        WorkflowChatEventStream,
        WorkflowEventStream,
    )
    from ..models import (
        BotPublishStatus,
        CollaborationMode,
        EnterMessage,
        WorkflowBasic,
        WorkflowCollaborator,
        WorkflowInfo,
        WorkflowInterruptType,
        WorkflowMode,
        WorkflowNodeExecuteHistory,
        WorkflowRunHistory,
        WorkflowRunResult,
        WorkflowsCollaborationModesUpdateResponse,
        WorkflowsCollaboratorsCreateResponse,
        WorkflowsCollaboratorsDeleteResponse,
        WorkflowVersion,
    )
    from ..types import JsonValue, TimeoutInput

__all__ = [
    "AsyncRawWorkflowsChatResource",
    "AsyncRawWorkflowsCollaborationModesResource",
    "AsyncRawWorkflowsCollaboratorsResource",
    "AsyncRawWorkflowsResource",
    "AsyncRawWorkflowsRunsHistoriesExecuteNodesResource",
    "AsyncRawWorkflowsRunsHistoriesResource",
    "AsyncRawWorkflowsRunsResource",
    "AsyncRawWorkflowsVersionsResource",
    "AsyncWorkflowsChatResource",
    "AsyncWorkflowsCollaborationModesResource",
    "AsyncWorkflowsCollaboratorsResource",
    "AsyncWorkflowsResource",
    "AsyncWorkflowsRunsHistoriesExecuteNodesResource",
    "AsyncWorkflowsRunsHistoriesResource",
    "AsyncWorkflowsRunsResource",
    "AsyncWorkflowsVersionsResource",
    "RawWorkflowsChatResource",
    "RawWorkflowsCollaborationModesResource",
    "RawWorkflowsCollaboratorsResource",
    "RawWorkflowsResource",
    "RawWorkflowsRunsHistoriesExecuteNodesResource",
    "RawWorkflowsRunsHistoriesResource",
    "RawWorkflowsRunsResource",
    "RawWorkflowsVersionsResource",
    "WorkflowsChatResource",
    "WorkflowsCollaborationModesResource",
    "WorkflowsCollaboratorsResource",
    "WorkflowsResource",
    "WorkflowsRunsHistoriesExecuteNodesResource",
    "WorkflowsRunsHistoriesResource",
    "WorkflowsRunsResource",
    "WorkflowsVersionsResource",
]


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
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> WorkflowNodeExecuteHistory:
        """Retrieve a node's output of a workflow run.

        Returns the full output of one output-node execution of a run, for outputs too
        large (over 1 MB) for the run history; kept 24 hours.

        Args:
            workflow_id: The workflow that was run.
            execute_id: The execute id of the run.
            node_execute_uuid: The node execution, from node_execute_status of the
                run history.
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
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> WorkflowNodeExecuteHistory:
        """Retrieve a node's output of a workflow run.

        Returns the full output of one output-node execution of a run, for outputs too
        large (over 1 MB) for the run history; kept 24 hours.

        Args:
            workflow_id: The workflow that was run.
            execute_id: The execute id of the run.
            node_execute_uuid: The node execution, from node_execute_status of the
                run history.
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
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> list[WorkflowRunHistory]:
        """Retrieve a workflow run.

        Returns the status and output of one workflow run, typically an asynchronous
        one; poll it until execute_status leaves Running.

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
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> list[WorkflowRunHistory]:
        """Retrieve a workflow run.

        Returns the status and output of one workflow run, typically an asynchronous
        one; poll it until execute_status leaves Running.

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
        parameters: Mapping[str, JsonValue] | None = None,
        bot_id: str | None = None,
        app_id: str | None = None,
        is_async: bool | None = None,
        ext: Mapping[str, str] | None = None,
        workflow_version: str | None = None,
        connector_id: str | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> WorkflowRunResult:
        """Run a workflow.

        Runs a published workflow and waits for its output, or with is_async only starts
        it and returns an execute_id to poll run histories with.

        Args:
            workflow_id: The published workflow to run.
            parameters: Values of the start node's inputs by name; files as a URL or
                as a JSON string with a file_id.
            bot_id: Bot to run the workflow for, needed by workflows with database
                or variable nodes; not together with app_id (error 4000).
            app_id: The app the workflow belongs to, only for workflows of an app.
            is_async: Start the run and return at once with an execute_id (paid
                plans only, server default false).
            ext: Extra values some plugins read; supported keys are latitude,
                longitude and user_id.
            workflow_version: Version of a library workflow to run (server default
                the latest).
            connector_id: Channel to run on, such as 1024 for the API (server
                default 1024).
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
        parameters: Mapping[str, JsonValue] | None = None,
        bot_id: str | None = None,
        app_id: str | None = None,
        ext: Mapping[str, str] | None = None,
        workflow_version: str | None = None,
        connector_id: str | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> WorkflowEventStream:
        """Run a workflow, streaming.

        Runs a published workflow and streams node output messages, interruptions and
        errors as server-sent events until Done.

        Args:
            workflow_id: The published workflow to run.
            parameters: Values of the start node's inputs by name; files as a URL or
                as a JSON string with a file_id.
            bot_id: Bot to run the workflow for, needed by workflows with database
                or variable nodes; not together with app_id (error 4000).
            app_id: The app the workflow belongs to, only for workflows of an app.
            ext: Extra values some plugins read; supported keys are latitude,
                longitude and user_id.
            workflow_version: Version of a library workflow to run (server default
                the latest).
            connector_id: Channel to run on, such as 1024 for the API (server
                default 1024).
        """
        return self._requester.stream(
            _ops.WORKFLOWS_RUNS_STREAM_STREAM,
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
        interrupt_type: WorkflowInterruptType | Literal[2, 5, 6, 7],
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> WorkflowEventStream:
        """Resume an interrupted workflow, streaming.

        Answers the interruption of a streamed run (question, input or client plugin
        node) and streams the rest of the run; event ids start again at 0.

        Args:
            workflow_id: The workflow of the interrupted run.
            event_id: event_id of the Interrupt event.
            resume_data: The answer to the interruption; files as a JSON string with
                a file_id.
            interrupt_type: What interrupted a run: 2 a question node, 5 an input
                node, 6 a client plugin, 7 an OAuth plugin; pass it as
                interrupt_type when resuming.
        """
        return self._requester.stream(
            _ops.WORKFLOWS_RUNS_RESUME_STREAM,
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
        interrupt_type: WorkflowInterruptType | Literal[2, 5, 6, 7],
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> WorkflowRunResult:
        """Resume an interrupted workflow.

        Answers the interruption of a run started with workflows.runs.create and returns
        like it, synchronously or, for an asynchronous run, with an execute_id to poll.

        Args:
            workflow_id: The workflow of the interrupted run.
            event_id: event_id of the run's interrupt_data.
            resume_data: The answer to the interruption; files as a JSON string with
                a file_id.
            interrupt_type: What interrupted a run: 2 a question node, 5 an input
                node, 6 a client plugin, 7 an OAuth plugin; pass it as
                interrupt_type when resuming.
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
        parameters: Mapping[str, JsonValue] | None = None,
        bot_id: str | None = None,
        app_id: str | None = None,
        is_async: bool | None = None,
        ext: Mapping[str, str] | None = None,
        workflow_version: str | None = None,
        connector_id: str | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> WorkflowRunResult:
        """Run a workflow.

        Runs a published workflow and waits for its output, or with is_async only starts
        it and returns an execute_id to poll run histories with.

        Args:
            workflow_id: The published workflow to run.
            parameters: Values of the start node's inputs by name; files as a URL or
                as a JSON string with a file_id.
            bot_id: Bot to run the workflow for, needed by workflows with database
                or variable nodes; not together with app_id (error 4000).
            app_id: The app the workflow belongs to, only for workflows of an app.
            is_async: Start the run and return at once with an execute_id (paid
                plans only, server default false).
            ext: Extra values some plugins read; supported keys are latitude,
                longitude and user_id.
            workflow_version: Version of a library workflow to run (server default
                the latest).
            connector_id: Channel to run on, such as 1024 for the API (server
                default 1024).
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
        parameters: Mapping[str, JsonValue] | None = None,
        bot_id: str | None = None,
        app_id: str | None = None,
        ext: Mapping[str, str] | None = None,
        workflow_version: str | None = None,
        connector_id: str | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> AsyncWorkflowEventStream:
        """Run a workflow, streaming.

        Runs a published workflow and streams node output messages, interruptions and
        errors as server-sent events until Done.

        Args:
            workflow_id: The published workflow to run.
            parameters: Values of the start node's inputs by name; files as a URL or
                as a JSON string with a file_id.
            bot_id: Bot to run the workflow for, needed by workflows with database
                or variable nodes; not together with app_id (error 4000).
            app_id: The app the workflow belongs to, only for workflows of an app.
            ext: Extra values some plugins read; supported keys are latitude,
                longitude and user_id.
            workflow_version: Version of a library workflow to run (server default
                the latest).
            connector_id: Channel to run on, such as 1024 for the API (server
                default 1024).
        """
        return await self._requester.stream(
            _ops.WORKFLOWS_RUNS_STREAM_STREAM,
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
        interrupt_type: WorkflowInterruptType | Literal[2, 5, 6, 7],
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> AsyncWorkflowEventStream:
        """Resume an interrupted workflow, streaming.

        Answers the interruption of a streamed run (question, input or client plugin
        node) and streams the rest of the run; event ids start again at 0.

        Args:
            workflow_id: The workflow of the interrupted run.
            event_id: event_id of the Interrupt event.
            resume_data: The answer to the interruption; files as a JSON string with
                a file_id.
            interrupt_type: What interrupted a run: 2 a question node, 5 an input
                node, 6 a client plugin, 7 an OAuth plugin; pass it as
                interrupt_type when resuming.
        """
        return await self._requester.stream(
            _ops.WORKFLOWS_RUNS_RESUME_STREAM,
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
        interrupt_type: WorkflowInterruptType | Literal[2, 5, 6, 7],
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> WorkflowRunResult:
        """Resume an interrupted workflow.

        Answers the interruption of a run started with workflows.runs.create and returns
        like it, synchronously or, for an asynchronous run, with an execute_id to poll.

        Args:
            workflow_id: The workflow of the interrupted run.
            event_id: event_id of the run's interrupt_data.
            resume_data: The answer to the interruption; files as a JSON string with
                a file_id.
            interrupt_type: What interrupted a run: 2 a question node, 5 an input
                node, 6 a client plugin, 7 an OAuth plugin; pass it as
                interrupt_type when resuming.
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
        additional_messages: Sequence[EnterMessage | Mapping[str, object]],
        parameters: Mapping[str, JsonValue] | None = None,
        app_id: str | None = None,
        bot_id: str | None = None,
        conversation_id: str | None = None,
        ext: Mapping[str, str] | None = None,
        workflow_version: str | None = None,
        connector_id: str | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> WorkflowChatEventStream:
        """Run a chatflow, streaming.

        Runs a published chatflow with the user's messages and streams chat events like
        a streaming bot chat; an interrupted chatflow is continued by calling it again
        with the answer.

        Args:
            workflow_id: The published chatflow to run.
            additional_messages: The conversation so far, at most 50 messages,
                ending with the user's new question (the chatflow's USER_INPUT).
            parameters: Values of the chatflow's custom inputs by name;
                CONVERSATION_NAME picks the conversation of an app chatflow.
            app_id: The app to run in; required for an app's chatflow, not together
                with bot_id.
            bot_id: The bot to run a library chatflow in; not together with app_id.
            conversation_id: Conversation to store the messages in; overrides
                CONVERSATION_NAME. With bot_id and none given, a new one is created.
            ext: Extra values some plugins read; supported keys are latitude,
                longitude and user_id.
            workflow_version: Version of a library chatflow to run (server default
                the latest).
            connector_id: Channel to run on, such as 1024 for the API (server
                default 1024).
        """
        return self._requester.stream(
            _ops.WORKFLOWS_CHAT_STREAM_STREAM,
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
        additional_messages: Sequence[EnterMessage | Mapping[str, object]],
        parameters: Mapping[str, JsonValue] | None = None,
        app_id: str | None = None,
        bot_id: str | None = None,
        conversation_id: str | None = None,
        ext: Mapping[str, str] | None = None,
        workflow_version: str | None = None,
        connector_id: str | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> AsyncWorkflowChatEventStream:
        """Run a chatflow, streaming.

        Runs a published chatflow with the user's messages and streams chat events like
        a streaming bot chat; an interrupted chatflow is continued by calling it again
        with the answer.

        Args:
            workflow_id: The published chatflow to run.
            additional_messages: The conversation so far, at most 50 messages,
                ending with the user's new question (the chatflow's USER_INPUT).
            parameters: Values of the chatflow's custom inputs by name;
                CONVERSATION_NAME picks the conversation of an app chatflow.
            app_id: The app to run in; required for an app's chatflow, not together
                with bot_id.
            bot_id: The bot to run a library chatflow in; not together with app_id.
            conversation_id: Conversation to store the messages in; overrides
                CONVERSATION_NAME. With bot_id and none given, a new one is created.
            ext: Extra values some plugins read; supported keys are latitude,
                longitude and user_id.
            workflow_version: Version of a library chatflow to run (server default
                the latest).
            connector_id: Channel to run on, such as 1024 for the API (server
                default 1024).
        """
        return await self._requester.stream(
            _ops.WORKFLOWS_CHAT_STREAM_STREAM,
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
        publish_status: BotPublishStatus
        | Literal["all", "published_online", "published_draft", "unpublished_draft"]
        | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        include_input_output: bool | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> SyncPage[WorkflowVersion]:
        """List a workflow's versions.

        Lists the versions of a workflow, newest first, with page tokens.

        Args:
            workflow_id: The workflow whose versions to list.
            publish_status: Which publish state to list, all, published_online or
                unpublished_draft (server default published_online).
            page_size: Versions per page, 1 to 30 (server default 10).
            page_token: The next_page_token of the previous page; empty for the
                first page.
            include_input_output: Also return each version's input and output
                parameter shapes (server default false).
        """
        return self._requester.paginate(
            _ops.WORKFLOWS_VERSIONS_LIST_PAGES,
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
        publish_status: BotPublishStatus
        | Literal["all", "published_online", "published_draft", "unpublished_draft"]
        | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        include_input_output: bool | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> AsyncPage[WorkflowVersion]:
        """List a workflow's versions.

        Lists the versions of a workflow, newest first, with page tokens.

        Args:
            workflow_id: The workflow whose versions to list.
            publish_status: Which publish state to list, all, published_online or
                unpublished_draft (server default published_online).
            page_size: Versions per page, 1 to 30 (server default 10).
            page_token: The next_page_token of the previous page; empty for the
                first page.
            include_input_output: Also return each version's input and output
                parameter shapes (server default false).
        """
        return self._requester.paginate(
            _ops.WORKFLOWS_VERSIONS_LIST_PAGES,
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
        collaborators: Sequence[WorkflowCollaborator | Mapping[str, object]],
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
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
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
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
        collaborators: Sequence[WorkflowCollaborator | Mapping[str, object]],
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
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
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
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
        collaboration_mode: CollaborationMode | Literal["single", "collaboration"],
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> WorkflowsCollaborationModesUpdateResponse:
        """Switch a workflow's collaboration mode.

        Turns multi-user collaboration on or off for a library workflow or chatflow
        (enterprise plans only); remove all collaborators before switching back to
        single.

        Args:
            workflow_id: The workflow whose mode to set.
            collaboration_mode: Who edits a bot or workflow: single for one
                developer, collaboration for several.
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
        collaboration_mode: CollaborationMode | Literal["single", "collaboration"],
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> WorkflowsCollaborationModesUpdateResponse:
        """Switch a workflow's collaboration mode.

        Turns multi-user collaboration on or off for a library workflow or chatflow
        (enterprise plans only); remove all collaborators before switching back to
        single.

        Args:
            workflow_id: The workflow whose mode to set.
            collaboration_mode: Who edits a bot or workflow: single for one
                developer, collaboration for several.
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
        include_input_output: bool | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> WorkflowInfo:
        """Retrieve a workflow.

        Returns a workflow's basic information and, on request, the shape of its inputs
        and outputs.

        Args:
            workflow_id: The workflow to retrieve.
            include_input_output: Also return the input and output parameter shapes
                (server default false).
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
        page_num: int = 1,
        page_size: int | None = None,
        workflow_mode: WorkflowMode | Literal["workflow", "chatflow"] | None = None,
        app_id: str | None = None,
        publish_status: BotPublishStatus
        | Literal["all", "published_online", "published_draft", "unpublished_draft"]
        | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> SyncPage[WorkflowBasic]:
        """List workflows.

        Lists the workflows and chatflows of a workspace, or of one app in it, page by
        page.

        Args:
            workspace_id: The workspace whose workflows to list.
            page_num: Page number, starting at 1 (the list walks on from it); the
                server requires it, so the SDK sends 1 unless told otherwise.
            page_size: Workflows per page, 1 to 30 (server default 10).
            workflow_mode: Only workflows or only chatflows (server default both).
            app_id: Only the workflows of this app.
            publish_status: Which publish state to list, all, published_online or
                unpublished_draft (server default published_online).
        """
        return self._requester.paginate(
            _ops.WORKFLOWS_LIST_PAGES,
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
        include_input_output: bool | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> WorkflowInfo:
        """Retrieve a workflow.

        Returns a workflow's basic information and, on request, the shape of its inputs
        and outputs.

        Args:
            workflow_id: The workflow to retrieve.
            include_input_output: Also return the input and output parameter shapes
                (server default false).
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
        page_num: int = 1,
        page_size: int | None = None,
        workflow_mode: WorkflowMode | Literal["workflow", "chatflow"] | None = None,
        app_id: str | None = None,
        publish_status: BotPublishStatus
        | Literal["all", "published_online", "published_draft", "unpublished_draft"]
        | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> AsyncPage[WorkflowBasic]:
        """List workflows.

        Lists the workflows and chatflows of a workspace, or of one app in it, page by
        page.

        Args:
            workspace_id: The workspace whose workflows to list.
            page_num: Page number, starting at 1 (the list walks on from it); the
                server requires it, so the SDK sends 1 unless told otherwise.
            page_size: Workflows per page, 1 to 30 (server default 10).
            workflow_mode: Only workflows or only chatflows (server default both).
            app_id: Only the workflows of this app.
            publish_status: Which publish state to list, all, published_online or
                unpublished_draft (server default published_online).
        """
        return self._requester.paginate(
            _ops.WORKFLOWS_LIST_PAGES,
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


class RawWorkflowsRunsHistoriesExecuteNodesResource(RawGroup):
    """The `workflows.runs.histories.execute_nodes` methods, each returning the raw HTTP
    answer (a `RawResponse`).
    """

    retrieve = RawMethod(WorkflowsRunsHistoriesExecuteNodesResource.retrieve)


class AsyncRawWorkflowsRunsHistoriesExecuteNodesResource(RawGroup):
    """The `workflows.runs.histories.execute_nodes` methods, each returning the raw HTTP
    answer (a `RawResponse`).
    """

    retrieve = AsyncRawMethod(AsyncWorkflowsRunsHistoriesExecuteNodesResource.retrieve)


class RawWorkflowsRunsHistoriesResource(RawGroup):
    """The `workflows.runs.histories` methods, each returning the raw HTTP answer (a
    `RawResponse`).
    """

    @cached_property
    def execute_nodes(self) -> RawWorkflowsRunsHistoriesExecuteNodesResource:
        return RawWorkflowsRunsHistoriesExecuteNodesResource(self._resource.execute_nodes)

    retrieve = RawMethod(WorkflowsRunsHistoriesResource.retrieve)


class AsyncRawWorkflowsRunsHistoriesResource(RawGroup):
    """The `workflows.runs.histories` methods, each returning the raw HTTP answer (a
    `RawResponse`).
    """

    @cached_property
    def execute_nodes(self) -> AsyncRawWorkflowsRunsHistoriesExecuteNodesResource:
        return AsyncRawWorkflowsRunsHistoriesExecuteNodesResource(self._resource.execute_nodes)

    retrieve = AsyncRawMethod(AsyncWorkflowsRunsHistoriesResource.retrieve)


class RawWorkflowsRunsResource(RawGroup):
    """The `workflows.runs` methods, each returning the raw HTTP answer (a `RawResponse`)."""

    @cached_property
    def histories(self) -> RawWorkflowsRunsHistoriesResource:
        return RawWorkflowsRunsHistoriesResource(self._resource.histories)

    create = RawMethod(WorkflowsRunsResource.create)
    stream = RawMethod(WorkflowsRunsResource.stream)
    resume = RawMethod(WorkflowsRunsResource.resume)
    resume_nonstream = RawMethod(WorkflowsRunsResource.resume_nonstream)


class AsyncRawWorkflowsRunsResource(RawGroup):
    """The `workflows.runs` methods, each returning the raw HTTP answer (a `RawResponse`)."""

    @cached_property
    def histories(self) -> AsyncRawWorkflowsRunsHistoriesResource:
        return AsyncRawWorkflowsRunsHistoriesResource(self._resource.histories)

    create = AsyncRawMethod(AsyncWorkflowsRunsResource.create)
    stream = AsyncRawMethod(AsyncWorkflowsRunsResource.stream)
    resume = AsyncRawMethod(AsyncWorkflowsRunsResource.resume)
    resume_nonstream = AsyncRawMethod(AsyncWorkflowsRunsResource.resume_nonstream)


class RawWorkflowsChatResource(RawGroup):
    """The `workflows.chat` methods, each returning the raw HTTP answer (a `RawResponse`)."""

    stream = RawMethod(WorkflowsChatResource.stream)


class AsyncRawWorkflowsChatResource(RawGroup):
    """The `workflows.chat` methods, each returning the raw HTTP answer (a `RawResponse`)."""

    stream = AsyncRawMethod(AsyncWorkflowsChatResource.stream)


class RawWorkflowsVersionsResource(RawGroup):
    """The `workflows.versions` methods, each returning the raw HTTP answer (a
    `RawResponse`).
    """

    list = RawMethod(WorkflowsVersionsResource.list)


class AsyncRawWorkflowsVersionsResource(RawGroup):
    """The `workflows.versions` methods, each returning the raw HTTP answer (a
    `RawResponse`).
    """

    list = AsyncRawPagedMethod(AsyncWorkflowsVersionsResource.list)


class RawWorkflowsCollaboratorsResource(RawGroup):
    """The `workflows.collaborators` methods, each returning the raw HTTP answer (a
    `RawResponse`).
    """

    create = RawMethod(WorkflowsCollaboratorsResource.create)
    delete = RawMethod(WorkflowsCollaboratorsResource.delete)


class AsyncRawWorkflowsCollaboratorsResource(RawGroup):
    """The `workflows.collaborators` methods, each returning the raw HTTP answer (a
    `RawResponse`).
    """

    create = AsyncRawMethod(AsyncWorkflowsCollaboratorsResource.create)
    delete = AsyncRawMethod(AsyncWorkflowsCollaboratorsResource.delete)


class RawWorkflowsCollaborationModesResource(RawGroup):
    """The `workflows.collaboration_modes` methods, each returning the raw HTTP answer (a
    `RawResponse`).
    """

    update = RawMethod(WorkflowsCollaborationModesResource.update)


class AsyncRawWorkflowsCollaborationModesResource(RawGroup):
    """The `workflows.collaboration_modes` methods, each returning the raw HTTP answer (a
    `RawResponse`).
    """

    update = AsyncRawMethod(AsyncWorkflowsCollaborationModesResource.update)


class RawWorkflowsResource(RawGroup):
    """The `workflows` methods, each returning the raw HTTP answer (a `RawResponse`)."""

    @cached_property
    def runs(self) -> RawWorkflowsRunsResource:
        return RawWorkflowsRunsResource(self._resource.runs)

    @cached_property
    def chat(self) -> RawWorkflowsChatResource:
        return RawWorkflowsChatResource(self._resource.chat)

    @cached_property
    def versions(self) -> RawWorkflowsVersionsResource:
        return RawWorkflowsVersionsResource(self._resource.versions)

    @cached_property
    def collaborators(self) -> RawWorkflowsCollaboratorsResource:
        return RawWorkflowsCollaboratorsResource(self._resource.collaborators)

    @cached_property
    def collaboration_modes(self) -> RawWorkflowsCollaborationModesResource:
        return RawWorkflowsCollaborationModesResource(self._resource.collaboration_modes)

    retrieve = RawMethod(WorkflowsResource.retrieve)
    list = RawMethod(WorkflowsResource.list)


class AsyncRawWorkflowsResource(RawGroup):
    """The `workflows` methods, each returning the raw HTTP answer (a `RawResponse`)."""

    @cached_property
    def runs(self) -> AsyncRawWorkflowsRunsResource:
        return AsyncRawWorkflowsRunsResource(self._resource.runs)

    @cached_property
    def chat(self) -> AsyncRawWorkflowsChatResource:
        return AsyncRawWorkflowsChatResource(self._resource.chat)

    @cached_property
    def versions(self) -> AsyncRawWorkflowsVersionsResource:
        return AsyncRawWorkflowsVersionsResource(self._resource.versions)

    @cached_property
    def collaborators(self) -> AsyncRawWorkflowsCollaboratorsResource:
        return AsyncRawWorkflowsCollaboratorsResource(self._resource.collaborators)

    @cached_property
    def collaboration_modes(self) -> AsyncRawWorkflowsCollaborationModesResource:
        return AsyncRawWorkflowsCollaborationModesResource(self._resource.collaboration_modes)

    retrieve = AsyncRawMethod(AsyncWorkflowsResource.retrieve)
    list = AsyncRawPagedMethod(AsyncWorkflowsResource.list)
