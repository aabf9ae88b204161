"""`coze.workflows` with `runs.create_and_poll`: run a workflow asynchronously and wait for it.

The run is started with `is_async=True` (so no HTTP request has to outlive it), then its
run history is polled until `execute_status` is no longer `Running`, with the same
`poll_flow` as chats. A workflow run cannot be canceled, so the timeout raises
`PollTimeout` (its `state` holds the last history, with the `execute_id` to look it up later).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from coze_api.resources.workflows import (
    AsyncWorkflowsResource,
    AsyncWorkflowsRunsResource,
    WorkflowsResource,
    WorkflowsRunsResource,
)

from ._chat import call_options
from ._errors import APIError, WorkflowRunError
from ._polling import PollPolicy, arun_poll, poll_flow, run_poll

if TYPE_CHECKING:
    from coze_api.models import WorkflowRunHistory, WorkflowRunResult
    from coze_api.params import WorkflowsRunsCreateParams

__all__ = [
    "AsyncPollingWorkflowsResource",
    "AsyncPollingWorkflowsRunsResource",
    "PollingWorkflowsResource",
    "PollingWorkflowsRunsResource",
]

DEFAULT_WORKFLOW_POLL_TIMEOUT = 1800.0


def _status(history: WorkflowRunHistory) -> str:
    # Coze sends "" for a status it has not decided yet.
    return str(history.execute_status or "Running")


def _finished(history: WorkflowRunHistory) -> bool:
    return _status(history) != "Running"


def _one(histories: list[WorkflowRunHistory], execute_id: str) -> WorkflowRunHistory:
    """The history of the run: the endpoint answers with a list of one. An empty list means
    Coze has no such run: an error, not a run to wait for."""
    if not histories:
        logid = getattr(histories, "logid", None)
        raise APIError(
            f"Coze returned no run history for execute_id {execute_id}" + (f" (logid: {logid})" if logid else ""),
            logid=logid,
            body=[],
        )
    return histories[0]


def _outcome(history: WorkflowRunHistory) -> WorkflowRunHistory:
    """The history of a run that ended; raises `WorkflowRunError` for a failed one."""
    if _status(history) != "Fail":
        return history
    code = history.error_code or None
    msg = history.error_message or None
    # The run's own logid, else the logid of the answer that reported the failure.
    logid = history.run_logid or history.logid
    text = f"workflow run {history.execute_id} failed: " + (f"code {code}: " if code is not None else "")
    text += (msg or "no reason given") + (f" (logid: {logid})" if logid else "")
    raise WorkflowRunError(text, history=history, code=code, msg=msg, logid=logid, debug_url=history.debug_url or None)


def _execute_id(run: WorkflowRunResult) -> str:
    if not run.execute_id:
        raise APIError("the workflow run was started but Coze returned no execute_id", body=run.to_dict())
    return run.execute_id


def _policy(poll_timeout: float | None, poll_interval: float) -> PollPolicy:
    return PollPolicy(interval=poll_interval, timeout=poll_timeout)


class PollingWorkflowsRunsResource(WorkflowsRunsResource):
    """The `workflows.runs` resource group, with `create_and_poll`."""

    def create_and_poll(
        self,
        *,
        poll_timeout: float | None = DEFAULT_WORKFLOW_POLL_TIMEOUT,
        poll_interval: float = 1.0,
        on_status: Callable[[WorkflowRunHistory], object] | None = None,
        **params: Unpack[WorkflowsRunsCreateParams],
    ) -> WorkflowRunHistory:
        """Run a workflow asynchronously and wait for it; return its run history (`output`...).

        Takes every argument of `create` except `is_async`. Polls the run history from
        `poll_interval` seconds, backing off to 5 s, until the run is no longer Running (with
        the call's `timeout`, `extra_headers` and `max_retries`). A failed run raises
        `WorkflowRunError`, a run Coze has no history of `APIError`; `poll_timeout` (None: no
        limit) raises `PollTimeout`.
        """
        policy = _policy(poll_timeout, poll_interval)  # fails before the run starts
        workflow_id = params["workflow_id"]
        run: WorkflowsRunsCreateParams = {**params, "is_async": True}
        execute_id = _execute_id(self.create(**run))
        options = call_options(params)

        def retrieve() -> WorkflowRunHistory:
            histories = self.histories.retrieve(workflow_id=workflow_id, execute_id=execute_id, **options)
            return _one(histories, execute_id)

        flow = poll_flow(
            retrieve(),
            finished=_finished,
            status=_status,
            policy=policy,
            clock=time.monotonic,
            on_status=on_status,
            cancellable=False,
        )
        return _outcome(run_poll(flow, retrieve))


class AsyncPollingWorkflowsRunsResource(AsyncWorkflowsRunsResource):
    """The async `workflows.runs` resource group, with `create_and_poll`."""

    async def create_and_poll(
        self,
        *,
        poll_timeout: float | None = DEFAULT_WORKFLOW_POLL_TIMEOUT,
        poll_interval: float = 1.0,
        on_status: Callable[[WorkflowRunHistory], object] | None = None,
        **params: Unpack[WorkflowsRunsCreateParams],
    ) -> WorkflowRunHistory:
        """The async twin of `PollingWorkflowsRunsResource.create_and_poll`."""
        policy = _policy(poll_timeout, poll_interval)
        workflow_id = params["workflow_id"]
        run: WorkflowsRunsCreateParams = {**params, "is_async": True}
        execute_id = _execute_id(await self.create(**run))
        options = call_options(params)

        async def retrieve() -> WorkflowRunHistory:
            histories = await self.histories.retrieve(workflow_id=workflow_id, execute_id=execute_id, **options)
            return _one(histories, execute_id)

        flow = poll_flow(
            await retrieve(),
            finished=_finished,
            status=_status,
            policy=policy,
            clock=time.monotonic,
            on_status=on_status,
            cancellable=False,
        )
        return _outcome(await arun_poll(flow, retrieve))


class PollingWorkflowsResource(WorkflowsResource):
    """The `workflows` resource group, whose `runs` have `create_and_poll`."""

    @cached_property
    def runs(self) -> PollingWorkflowsRunsResource:
        """The `workflows.runs` resource group."""
        return PollingWorkflowsRunsResource(self._requester)


class AsyncPollingWorkflowsResource(AsyncWorkflowsResource):
    """The async `workflows` resource group, whose `runs` have `create_and_poll`."""

    @cached_property
    def runs(self) -> AsyncPollingWorkflowsRunsResource:
        """The `workflows.runs` resource group."""
        return AsyncPollingWorkflowsRunsResource(self._requester)
