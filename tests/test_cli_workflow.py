"""`coze workflow run` and `coze workflow resume`: parameters from --param, events streamed,
interrupts answered (--resume-with, or typed at a terminal) and resumed, or --poll's output."""

from __future__ import annotations

import json
from pathlib import Path

from cli_support import ANSI, coze, coze_in_terminal, environment

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
    assert not [r for r in emulator.requests if r.operation_id == "workflows_runs_resume"]  # nobody to ask


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


def story(parameters: dict[str, object]) -> dict[str, object]:
    return {"city": parameters["resume_data"]}


def interrupt_of(stdout: str) -> dict[str, object]:
    """The interrupt_data of the one Interrupt line printed."""
    (line,) = [line for line in stdout.splitlines() if line.startswith("Interrupt ")]
    data: dict[str, object] = json.loads(line.removeprefix("Interrupt "))["interrupt_data"]
    return data


def test_resume_with_answers_the_interrupt_and_streams_the_rest(emulator: CozeEmulator, tmp_path: Path) -> None:
    emulator.add_workflow(workflow_id="wf-1", interrupt="Which city?", run=story)
    done = coze(["workflow", "run", "wf-1", "--resume-with", "Paris"], environment(emulator, tmp_path))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "Message [Question] Which city?" and lines[1].startswith("Interrupt ") and lines[2] == "Done"
    assert json.loads(lines[3].removeprefix("Message [End] ")) == {"city": "Paris"}
    assert lines[4:] == ["Done"]
    (resumed,) = [r for r in emulator.requests if r.operation_id == "workflows_runs_resume"]
    interrupt = interrupt_of(done.stdout)
    assert resumed.json == {
        "workflow_id": "wf-1",
        "event_id": interrupt["event_id"],
        "resume_data": "Paris",
        "interrupt_type": interrupt["type"],
    }


def test_json_lines_go_on_through_the_resumed_run(emulator: CozeEmulator, tmp_path: Path) -> None:
    emulator.add_workflow(workflow_id="wf-1", interrupt="Which city?", run=story)
    done = coze(["workflow", "run", "wf-1", "--resume-with", "Oslo", "--json"], environment(emulator, tmp_path))
    assert done.returncode == 0, done.stderr
    events = [json.loads(line) for line in done.stdout.splitlines()]
    assert [e["event"] for e in events] == ["Message", "Interrupt", "Done", "Message", "Done"]
    assert json.loads(events[3]["data"]["content"]) == {"city": "Oslo"}


def test_a_terminal_asks_for_the_answer_and_resumes(emulator: CozeEmulator, tmp_path: Path) -> None:
    emulator.add_workflow(workflow_id="wf-1", interrupt="Which city?", run=story)
    code, shown = coze_in_terminal(
        ["workflow", "run", "wf-1"], environment(emulator, tmp_path), answers=[("Answer for Question", "Lyon")]
    )
    assert code == 0, shown
    text = ANSI.sub("", shown)
    assert (
        text.index("Which city?")
        < text.index("Answer for Question: Lyon")
        < text.index('Message [End] {"city":"Lyon"}')
    )
    (resumed,) = [r for r in emulator.requests if r.operation_id == "workflows_runs_resume"]
    assert resumed.json["resume_data"] == "Lyon"


def test_an_empty_answer_at_the_terminal_says_how_to_resume_later(emulator: CozeEmulator, tmp_path: Path) -> None:
    emulator.add_workflow(workflow_id="wf-1", interrupt="Which city?", run=story)
    code, shown = coze_in_terminal(
        ["workflow", "run", "wf-1"], environment(emulator, tmp_path), answers=[("Answer for Question", "")]
    )
    assert code == 0, shown
    (event_id,) = emulator.state.interrupts
    assert f"coze workflow resume wf-1 {event_id} TEXT" in ANSI.sub("", shown)
    assert not [r for r in emulator.requests if r.operation_id == "workflows_runs_resume"]


def test_resume_answers_an_interrupt_printed_before(emulator: CozeEmulator, tmp_path: Path) -> None:
    emulator.add_workflow(workflow_id="wf-1", interrupt="Which city?", run=story)
    env = environment(emulator, tmp_path)
    event_id = str(interrupt_of(coze(["workflow", "run", "wf-1"], env).stdout)["event_id"])
    done = coze(["workflow", "resume", "wf-1", event_id, "Rome"], env)
    assert done.returncode == 0, done.stderr
    message, end = done.stdout.splitlines()
    assert json.loads(message.removeprefix("Message [End] ")) == {"city": "Rome"} and end == "Done"
    (resumed,) = [r for r in emulator.requests if r.operation_id == "workflows_runs_resume"]
    assert resumed.json == {"workflow_id": "wf-1", "event_id": event_id, "resume_data": "Rome", "interrupt_type": 2}


def test_resume_sends_the_interrupt_type_given(emulator: CozeEmulator, tmp_path: Path) -> None:
    emulator.add_workflow(workflow_id="wf-1", interrupt="Which city?", run=story)
    env = environment(emulator, tmp_path)
    event_id = str(interrupt_of(coze(["workflow", "run", "wf-1"], env).stdout)["event_id"])
    done = coze(["workflow", "resume", "wf-1", event_id, "Rome", "--interrupt-type", "5"], env)
    assert done.returncode == 1  # the emulator's interrupt came from a question node (2)
    assert "code: 4000" in done.stderr and "interrupt_type 5" in done.stderr
    (resumed,) = [r for r in emulator.requests if r.operation_id == "workflows_runs_resume"]
    assert resumed.json["interrupt_type"] == 5


def test_resume_with_is_not_for_poll(emulator: CozeEmulator, tmp_path: Path) -> None:
    done = coze(["workflow", "run", "wf-1", "--poll", "--resume-with", "x"], environment(emulator, tmp_path))
    assert done.returncode == 2 and "leave out --poll" in done.stderr
    assert not emulator.requests
