"""`coze files upload PATH`: upload a file, with a progress bar on a terminal."""

from __future__ import annotations

from pathlib import Path

import click

from .. import Coze, FileUpload
from ._connect import with_client
from ._output import upload_progress


@click.group("files")
def command() -> None:
    """Upload files."""


@command.command("upload")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@with_client
def upload(coze: Coze, path: Path) -> None:
    """Upload the file at PATH and print its file id."""
    with upload_progress(path) as on_progress:
        uploaded = coze.files.upload(file=FileUpload(path, on_progress=on_progress))
    click.echo(uploaded.id)
