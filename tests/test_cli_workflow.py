"""`coze workflow run`: parameters from --param, events streamed, or --poll's output."""

from __future__ import annotations

import json
from pathlib import Path

from cli_support import coze, environment

from coze_ext.testing import CozeEmulator


def test_run_streams_the_events_with_parameters_read_as_json(emulator: CozeEmulator, tmp_path: Path) -> None:
    emulator.add_workflow(workflow_id="wf-1", run=lambda parameters: {"echo": parameters})
    args = ["workflow", "run", "wf-1", "--param", "city=Paris", "--param", "days=3", "--param", 'tags=["a","b"]']
    done = coze([*args, "--param", "note={not json"], environment(emulator, tmp_path))
    assert done.returncode == 0, done.stderr
    sent = [r for r in emulator.requests if r.operation_id == "workflows_runs_stream"]
    parameters = {"city": "Paris", "days": 3, "tags": ["a", "b"], "note": "{not json"}
    assert sent[0].json["parameters"] == parameters
    message, end = done.stdout.splitlines()
    assert message.startswith("Message [End] ")
    assert json.loads(message.removeprefix("Message [End] ")) == {"echo": parameters}
    assert end == "Done"


def test_run_shows_an_interrupt(emulator: CozeEmulator, tmp_path: Path) -> None:
    emulator.add_workflow(workflow_id="wf-1", interrupt="Which city?")
    done = coze(["workflow", "run", "wf-1"], environment(emulator, tmp_path))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "Message [Question] Which city?"
    assert lines[1].startswith("Interrupt ") and json.loads(lines[1].removeprefix("Interrupt "))["interrupt_data"]
    assert lines[2] == "Done"


def test_run_json_prints_each_event(emulator: CozeEmulator, tmp_path: Path) -> None:
    emulator.add_workflow(workflow_id="wf-1")
    done = coze(["workflow", "run", "wf-1", "--param", "q=x", "--json"], environment(emulator, tmp_path))
    assert done.returncode == 0, done.stderr
    events = [json.loads(line) for line in done.stdout.splitlines()]
    assert [e["event"] for e in events] == ["Message", "Done"]
    assert [e["id"] for e in events] == ["0", "1"]
    assert json.loads(events[0]["data"]["content"]) == {"output": {"q": "x"}}


def test_poll_runs_it_asynchronously_and_prints_the_output(emulator: CozeEmulator, tmp_path: Path) -> None:
    emulator.add_workflow(workflow_id="wf-1", run=lambda parameters: {"answer": parameters["n"] * 2})
    done = coze(["workflow", "run", "wf-1", "--param", "n=21", "--poll"], environment(emulator, tmp_path))
    assert done.returncode == 0, done.stderr
    run = next(r for r in emulator.requests if r.operation_id == "workflows_runs_create")
    assert run.json["is_async"] is True and run.json["parameters"] == {"n": 21}
    assert any(r.operation_id == "workflows_runs_histories_retrieve" for r in emulator.requests)
    assert json.loads(done.stdout) == {"answer": 42}


def test_poll_json_prints_the_run(emulator: CozeEmulator, tmp_path: Path) -> None:
    emulator.add_workflow(workflow_id="wf-1")
    done = coze(["workflow", "run", "wf-1", "--poll", "--json"], environment(emulator, tmp_path))
    assert done.returncode == 0, done.stderr
    history = json.loads(done.stdout)
    assert history["execute_status"] == "Success" and "output" in history


def test_a_param_without_a_value_is_a_usage_error(emulator: CozeEmulator, tmp_path: Path) -> None:
    done = coze(["workflow", "run", "wf-1", "--param", "city"], environment(emulator, tmp_path))
    assert done.returncode == 2 and "'city' is not KEY=VALUE" in done.stderr
    assert not emulator.requests
