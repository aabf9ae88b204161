"""A workflow run's history carries two logids, kept apart: `logid`, the answer's (as on
every result), and `run_logid`, the run's own (Coze sends it as `logid` in the history). The
emulator fills a history as Coze does: the run's logid, its user, how it was started, and
the output node that produced the result."""

from __future__ import annotations

import json

import pytest
from runtime_support import resolve

from coze_ext import AsyncCoze, Coze
from coze_ext.testing import CozeEmulator
from coze_ext.types import WorkflowRunHistory, WorkflowRunMode

MODES = ["sync", "async"]


def client(emulator: CozeEmulator, mode: str) -> Coze | AsyncCoze:
    cls = Coze if mode == "sync" else AsyncCoze
    return cls(token=emulator.token, base_url=emulator.base_url, max_retries=0)


def add_sum(emulator: CozeEmulator) -> str:
    return emulator.add_workflow(run=lambda parameters: {"sum": parameters["a"] + parameters["b"]}).workflow_id


@pytest.mark.parametrize("mode", MODES)
async def test_a_history_carries_the_answers_logid_and_the_runs_own(mode: str, emulator: CozeEmulator) -> None:
    coze, workflow_id = client(emulator, mode), add_sum(emulator)
    started = await resolve(
        coze.with_raw_response.workflows.runs.create(
            workflow_id=workflow_id, parameters={"a": 1, "b": 2}, is_async=True, ext={"user_id": "u-42"}
        )
    )
    execute_id = started.parse().execute_id
    assert isinstance(execute_id, str)
    read = await resolve(
        coze.with_raw_response.workflows.runs.histories.retrieve(workflow_id=workflow_id, execute_id=execute_id)
    )
    histories = read.parse()
    (history,) = histories
    assert started.logid and read.logid and started.logid != read.logid
    assert histories.logid == history.logid == read.logid  # the answer's, on the list and on its item
    assert history.run_logid == started.logid  # the run's own: the logid of the request that started it
    assert json.loads(read.http_response.text)["data"][0]["logid"] == started.logid  # sent as "logid"
    assert history.to_dict()["logid"] == started.logid and "run_logid" not in history.to_dict()
    assert history.connector_uid == "u-42"
    assert history.run_mode == WorkflowRunMode.ASYNCHRONOUS and history.run_mode.name == "ASYNCHRONOUS"
    assert WorkflowRunHistory.from_dict({"execute_id": "e", "logid": "L"}).run_logid == "L"


@pytest.mark.parametrize("mode", MODES)
async def test_create_and_poll_returns_a_history_with_both_logids(mode: str, emulator: CozeEmulator) -> None:
    coze, workflow_id = client(emulator, mode), add_sum(emulator)
    history = await resolve(
        coze.workflows.runs.create_and_poll(workflow_id=workflow_id, parameters={"a": 2, "b": 3}, poll_interval=0.01)
    )
    assert history.execute_status == "Success" and json.loads(history.output or "") == {"sum": 5}
    assert history.logid and history.run_logid and history.logid != history.run_logid
    me = await resolve(coze.users.me())
    assert history.connector_uid == me.user_id  # no ext user_id: the token's owner


@pytest.mark.parametrize("mode", MODES)
async def test_a_finished_run_names_its_output_node_and_serves_its_output(mode: str, emulator: CozeEmulator) -> None:
    coze, workflow_id = client(emulator, mode), add_sum(emulator)
    run = await resolve(coze.workflows.runs.create(workflow_id=workflow_id, parameters={"a": 4, "b": 5}))
    assert isinstance(run.execute_id, str)
    (history,) = await resolve(
        coze.workflows.runs.histories.retrieve(workflow_id=workflow_id, execute_id=run.execute_id)
    )
    assert history.run_mode == WorkflowRunMode.SYNCHRONOUS
    assert history.node_execute_status is not None
    (node,) = history.node_execute_status.values()
    assert node.is_finish and node.node_execute_uuid
    output = await resolve(
        coze.workflows.runs.histories.execute_nodes.retrieve(
            workflow_id=workflow_id, execute_id=run.execute_id, node_execute_uuid=node.node_execute_uuid
        )
    )
    assert output.is_finish and json.loads(output.node_output or "") == {"sum": 9}
