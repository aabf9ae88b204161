"""`coze workflow run WORKFLOW_ID`: run a workflow, streaming its events or polling it."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import click

from .. import Coze, WorkflowEventType
from ._connect import with_client
from ._output import print_json, print_json_events

if TYPE_CHECKING:
    from ..types import JsonValue, WorkflowEvent


@click.group("workflow")
def command() -> None:
    """Run workflows."""


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
@click.option("--poll", is_flag=True, help="Run it asynchronously, wait for it to end, print its output.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON: every event as one line (with --poll: the run).")
@with_client
def run(coze: Coze, workflow_id: str, parameters: dict[str, JsonValue], poll: bool, as_json: bool) -> None:
    """Run the workflow WORKFLOW_ID and stream its events (or, with --poll, print its output)."""
    if poll:
        history = coze.workflows.runs.create_and_poll(workflow_id=workflow_id, parameters=parameters)
        if as_json:
            print_json(history.to_dict())
        else:
            click.echo(history.output or "")
        return
    with coze.workflows.runs.stream(workflow_id=workflow_id, parameters=parameters) as stream:
        if as_json:
            print_json_events(stream)
            return
        for event in stream:
            if event.event != WorkflowEventType.PING:
                click.echo(f"{click.style(str(event.event), bold=True)} {describe(event)}".rstrip())
