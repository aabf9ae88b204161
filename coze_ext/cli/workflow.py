"""`coze workflow run WORKFLOW_ID` and `coze workflow resume WORKFLOW_ID EVENT_ID TEXT`: run a
workflow, streaming its events (answering the questions that interrupt it) or polling it."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

import click

from .. import Coze, WorkflowEventType
from ..types import WorkflowInterruptType
from ._connect import with_client
from ._output import note, print_json, print_json_events

if TYPE_CHECKING:
    from ..types import JsonValue, WorkflowEvent, WorkflowEventStream, WorkflowInterrupt

# What `coze workflow resume` tells Coze interrupted the run, unless told otherwise: a
# question node, the interrupt a person answers with text.
QUESTION_INTERRUPT = 2


@click.group("workflow")
def command() -> None:
    """Run workflows and answer their questions."""


def parse_params(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> dict[str, JsonValue]:
    """KEY=VALUE pairs as workflow parameters; a value that parses as JSON is sent as that
    JSON (`n=3`, `tags=["a","b"]`), any other as the string it is."""
    parameters: dict[str, JsonValue] = {}
    for item in values:
        key, equals, value = item.partition("=")
        if not equals or not key:
            raise click.BadParameter(f"{item!r} is not KEY=VALUE", ctx=ctx, param=param)
        try:
            parameters[key] = json.loads(value)
        except ValueError:
            parameters[key] = value
    return parameters


def describe(event: WorkflowEvent) -> str:
    """One line for a workflow event: a node's output, or the event's data."""
    if event.event == WorkflowEventType.MESSAGE:
        title = event.data.node_title
        return (f"[{title}] " if title else "") + (event.data.content or "")
    return "" if event.raw in ("", "{}") else event.raw


def show(stream: Iterable[WorkflowEvent], as_json: bool) -> WorkflowInterrupt | None:
    """Print the stream's events as they arrive; the last Interrupt's data if the run
    stopped at one."""
    interrupts: list[WorkflowInterrupt] = []

    def watched() -> Iterator[WorkflowEvent]:
        for event in stream:
            if event.event == WorkflowEventType.INTERRUPT:
                interrupts.append(event.data)
            yield event

    if as_json:
        print_json_events(watched())
    else:
        for event in watched():
            if event.event != WorkflowEventType.PING:
                click.echo(f"{click.style(str(event.event), bold=True)} {describe(event)}".rstrip())
    return interrupts[-1] if interrupts else None


def ask(interrupt: WorkflowInterrupt, answers: list[str]) -> str | None:
    """The answer to an interrupt: the next --resume-with, else one typed at the terminal,
    else None (stdin is not a terminal, or the person typed nothing)."""
    if answers:
        return answers.pop(0)
    if not sys.stdin.isatty():
        return None
    # The prompt goes to stderr, so stdout keeps only the events (--json); Ctrl-C stops the
    # command as anywhere else (exit 130), Ctrl-D or an empty line leaves the run interrupted.
    click.echo(f"Answer for {interrupt.node_title or 'the workflow'}: ", nl=False, err=True)
    typed = sys.stdin.readline()
    if not typed:
        click.echo(err=True)
    return typed.rstrip("\r\n") or None


def follow(coze: Coze, workflow_id: str, stream: WorkflowEventStream, answers: list[str], as_json: bool) -> None:
    """Show the run's events; resume each interrupt with its answer and show the rest, until
    the run ends or an interrupt has no answer (then say how to resume it later)."""
    while True:
        with stream:
            interrupt = show(stream, as_json)
        data = interrupt.interrupt_data if interrupt else None
        if interrupt is None or data is None or not data.event_id:
            return
        answer = ask(interrupt, answers)
        interrupt_type = data.type if data.type is not None else WorkflowInterruptType(QUESTION_INTERRUPT)
        if answer is None:
            option = "" if interrupt_type == QUESTION_INTERRUPT else f" --interrupt-type {int(interrupt_type)}"
            note(f"to answer it later: coze workflow resume{option} {workflow_id} {data.event_id} TEXT")
            return
        stream = coze.workflows.runs.resume(
            workflow_id=workflow_id, event_id=data.event_id, resume_data=answer, interrupt_type=interrupt_type
        )


RESUME_WITH_HELP = (
    "The answer to the run's next interrupt (repeatable: one per interrupt, in order); "
    "without it, a terminal asks for each answer."
)


@command.command("run")
@click.argument("workflow_id")
@click.option(
    "--param",
    "parameters",
    multiple=True,
    metavar="KEY=VALUE",
    callback=parse_params,
    help="A start-node input; the value is read as JSON when it is JSON (repeatable).",
)
@click.option("--resume-with", "answers", multiple=True, metavar="TEXT", help=RESUME_WITH_HELP)
@click.option("--poll", is_flag=True, help="Run it asynchronously, wait for it to end, print its output.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON: every event as one line (with --poll: the run).")
@with_client
def run(
    coze: Coze,
    workflow_id: str,
    parameters: dict[str, JsonValue],
    answers: tuple[str, ...],
    poll: bool,
    as_json: bool,
) -> None:
    """Run the workflow WORKFLOW_ID and stream its events (or, with --poll, print its output).

    When a question interrupts the run, the answer (--resume-with, or typed at the terminal)
    resumes it, and its events go on.
    """
    if poll:
        if answers:
            raise click.UsageError("--resume-with answers a streamed run's questions: leave out --poll")
        history = coze.workflows.runs.create_and_poll(workflow_id=workflow_id, parameters=parameters)
        if as_json:
            print_json(history.to_dict())
        else:
            click.echo(history.output or "")
        return
    stream = coze.workflows.runs.stream(workflow_id=workflow_id, parameters=parameters)
    follow(coze, workflow_id, stream, list(answers), as_json)


@command.command("resume")
@click.argument("workflow_id")
@click.argument("event_id")
@click.argument("text")
@click.option(
    "--interrupt-type",
    type=int,
    default=QUESTION_INTERRUPT,
    show_default=True,
    help="The interrupt's type (its interrupt_data.type): 2 a question node, 5 an input node, "
    "6 a client plugin, 7 an OAuth plugin.",
)
@click.option("--resume-with", "answers", multiple=True, metavar="TEXT", help=RESUME_WITH_HELP)
@click.option("--json", "as_json", is_flag=True, help="Print every event as one JSON line.")
@with_client
def resume(
    coze: Coze,
    workflow_id: str,
    event_id: str,
    text: str,
    interrupt_type: int,
    answers: tuple[str, ...],
    as_json: bool,
) -> None:
    """Answer the interrupt EVENT_ID of a run of WORKFLOW_ID with TEXT, and stream the rest.

    EVENT_ID is the event_id of the Interrupt event's interrupt_data (`coze workflow run`
    prints it).
    """
    stream = coze.workflows.runs.resume(
        workflow_id=workflow_id,
        event_id=event_id,
        resume_data=text,
        interrupt_type=WorkflowInterruptType(interrupt_type),
    )
    follow(coze, workflow_id, stream, list(answers), as_json)
