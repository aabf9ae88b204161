"""`coze files upload PATH` and `coze files retrieve FILE_ID`: upload a file (with a progress
bar on a terminal), look one up."""

from __future__ import annotations

import datetime
from pathlib import Path

import click

from .. import Coze, FileUpload
from ._connect import with_client
from ._output import print_json, upload_progress


@click.group("files")
def command() -> None:
    """Upload files and look them up."""


@command.command("upload")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@with_client
def upload(coze: Coze, path: Path) -> None:
    """Upload the file at PATH and print its file id."""
    with upload_progress(path) as on_progress:
        uploaded = coze.files.upload(file=FileUpload(path, on_progress=on_progress))
    click.echo(uploaded.id)


@command.command("retrieve")
@click.argument("file_id")
@click.option("--json", "as_json", is_flag=True, help="Print the file's details as one JSON object.")
@with_client
def retrieve(coze: Coze, file_id: str, as_json: bool) -> None:
    """Print the details of the uploaded file FILE_ID: its name, size and upload time."""
    file = coze.files.retrieve(file_id=file_id)
    if as_json:
        print_json(file.to_dict())
        return
    uploaded = (
        datetime.datetime.fromtimestamp(file.created_at, datetime.UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
        if file.created_at is not None
        else None
    )
    for label, value in (("id", file.id), ("name", file.file_name), ("bytes", file.bytes), ("uploaded", uploaded)):
        if value is not None:
            click.echo(f"{label + ':':10}{value}")
