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
from typing import TYPE_CHECKING, Any, Unpack

from coze_api.resources import workflows as _generated

from ._chat import _call_options
from ._errors import APIError
from ._polling import PollPolicy, arun_poll, poll_flow, run_poll
from ._results import field_value

if TYPE_CHECKING:
    from coze_api.models import WorkflowRunHistory
    from coze_api.params import WorkflowsRunsCreateParams

__all__ = ["AsyncWorkflowsResource", "WorkflowRunError", "WorkflowsResource"]

DEFAULT_WORKFLOW_POLL_TIMEOUT = 1800.0


class WorkflowRunError(APIError):
    """The workflow run ended with status `Fail`; `history` is its run history."""

    def __init__(self, message: str, *, history: Any, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.history = history


def _field(history: Any, name: str) -> Any:
    """A field of a run or its history; Coze sends "" for some it has no value for."""
    value = field_value(history, name)
    return None if value == "" else value


def _status(history: Any) -> str:
    return str(_field(history, "execute_status") or "Running")


def _finished(history: Any) -> bool:
    return _status(history) != "Running"


def _one(histories: Any, execute_id: str) -> Any:
    """The history of the run: the endpoint answers with a list of one. An empty list means
    Coze has no such run: an error, not a run to wait for."""
    if not isinstance(histories, list):
        return histories
    if not histories:
        logid = getattr(histories, "logid", None)
        raise APIError(
            f"Coze returned no run history for execute_id {execute_id}" + (f" (logid: {logid})" if logid else ""),
            logid=logid,
            body=[],
        )
    return histories[0]


def _outcome(history: Any) -> Any:
    if _status(history) != "Fail":
        return history
    code = _field(history, "error_code")
    if isinstance(code, str) and code.isdigit():
        code = int(code)
    code = code if isinstance(code, int) else None
    msg = _field(history, "error_message")
    # The run's own logid (a model's `run_logid`, a plain history's "logid"), else the logid of
    # the answer that reported the failure.
    logid = _field(history, "run_logid") or _field(history, "logid")
    text = f"workflow run {_field(history, 'execute_id')} failed: " + (f"code {code}: " if code is not None else "")
    text += str(msg or "no reason given") + (f" (logid: {logid})" if logid else "")
    raise WorkflowRunError(
        text,
        history=history,
        code=code,
        msg=str(msg) if msg else None,
        logid=logid,
        debug_url=_field(history, "debug_url"),
    )


def _start(run: Any) -> str:
    execute_id = _field(run, "execute_id")
    if not isinstance(execute_id, str):
        raise APIError("the workflow run was started but Coze returned no execute_id", body=run)
    return execute_id


class WorkflowsRunsResource(_generated.WorkflowsRunsResource):
    """The `workflows.runs` resource group, with `create_and_poll`."""

    def create_and_poll(
        self,
        *,
        poll_timeout: float | None = DEFAULT_WORKFLOW_POLL_TIMEOUT,
        poll_interval: float = 1.0,
        on_status: Callable[[Any], Any] | None = None,
        **params: Unpack[WorkflowsRunsCreateParams],
    ) -> WorkflowRunHistory:
        """Run a workflow asynchronously and wait for it; return its run history (`output`...).

        Takes every argument of `create` except `is_async`. Polls the run history from
        `poll_interval` seconds, backing off to 5 s, until the run is no longer Running (with
        the call's `timeout`, `extra_headers` and `max_retries`). A failed run raises
        `WorkflowRunError`, a run Coze has no history of `APIError`; `poll_timeout` (None: no
        limit) raises `PollTimeout`.
        """
        policy = PollPolicy(interval=poll_interval, timeout=poll_timeout)  # fails before the run starts
        workflow_id = params["workflow_id"]
        run: dict[str, Any] = {**params, "is_async": True}
        execute_id = _start(self.create(**run))
        options = _call_options(params)

        def retrieve() -> Any:
            return _one(self.histories.retrieve(workflow_id=workflow_id, execute_id=execute_id, **options), execute_id)

        flow = poll_flow(
            retrieve(),
            finished=_finished,
            status=_status,
            policy=policy,
            clock=time.monotonic,
            on_status=on_status,
            cancellable=False,
        )
        history: WorkflowRunHistory = _outcome(run_poll(flow, retrieve))
        return history


class AsyncWorkflowsRunsResource(_generated.AsyncWorkflowsRunsResource):
    """The async `workflows.runs` resource group, with `create_and_poll`."""

    async def create_and_poll(
        self,
        *,
        poll_timeout: float | None = DEFAULT_WORKFLOW_POLL_TIMEOUT,
        poll_interval: float = 1.0,
        on_status: Callable[[Any], Any] | None = None,
        **params: Unpack[WorkflowsRunsCreateParams],
    ) -> WorkflowRunHistory:
        """The async twin of `WorkflowsRunsResource.create_and_poll`."""
        policy = PollPolicy(interval=poll_interval, timeout=poll_timeout)
        workflow_id = params["workflow_id"]
        run: dict[str, Any] = {**params, "is_async": True}
        execute_id = _start(await self.create(**run))
        options = _call_options(params)

        async def retrieve() -> Any:
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
        history: WorkflowRunHistory = _outcome(await arun_poll(flow, retrieve))
        return history


class WorkflowsResource(_generated.WorkflowsResource):
    """The `workflows` resource group, whose `runs` have `create_and_poll`."""

    @cached_property
    def runs(self) -> WorkflowsRunsResource:
        """The `workflows.runs` resource group."""
        return WorkflowsRunsResource(self._requester)


class AsyncWorkflowsResource(_generated.AsyncWorkflowsResource):
    """The async `workflows` resource group, whose `runs` have `create_and_poll`."""

    @cached_property
    def runs(self) -> AsyncWorkflowsRunsResource:
        """The `workflows.runs` resource group."""
        return AsyncWorkflowsRunsResource(self._requester)
