"""How commands print: JSON lines for scripts, rich live output on a terminal, plain text
when piped (so `coze chat ... | grep` gets just the answer)."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from .. import ProgressCallback, StreamEvent


def wire_data(raw: str) -> object:
    """An event's data as JSON when it is JSON (it nearly always is), else the text."""
    try:
        return json.loads(raw)
    except ValueError:
        return raw


def print_json(value: object) -> None:
    """`value` as one line of JSON."""
    click.echo(json.dumps(value, ensure_ascii=False))


def print_json_events(events: Iterable[StreamEvent]) -> None:
    """One JSON object per event and line: its name, id and data."""
    for event in events:
        print_json({"event": str(event.event), "id": event.id, "data": wire_data(event.raw)})


@contextmanager
def answer_output() -> Iterator[Callable[[str], None]]:
    """A function that adds text to the answer shown: rendered live as Markdown on a
    terminal, written through as it comes otherwise."""
    if not sys.stdout.isatty():
        yield lambda piece: click.echo(piece, nl=False)
        click.echo()
        return
    from rich.live import Live
    from rich.markdown import Markdown

    pieces: list[str] = []
    with Live(Markdown(""), refresh_per_second=12) as live:

        def add(piece: str) -> None:
            pieces.append(piece)
            live.update(Markdown("".join(pieces)))

        yield add


def note(text: str) -> None:
    """A dim remark on stderr, for a person at a terminal only."""
    if sys.stderr.isatty():
        click.secho(text, dim=True, err=True)


@contextmanager
def upload_progress(path: Path) -> Iterator[ProgressCallback | None]:
    """A progress callback drawing a bar on stderr when it is a terminal; None otherwise."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TransferSpeedColumn

    columns = (TextColumn("{task.description}"), BarColumn(), DownloadColumn(), TransferSpeedColumn())
    with Progress(*columns, console=Console(stderr=True)) as progress:
        task = progress.add_task(path.name, total=path.stat().st_size)
        yield lambda sent, total: progress.update(task, completed=sent, total=total)
