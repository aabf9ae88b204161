"""The `coze` command group: its commands, and how failures become exit codes."""

from __future__ import annotations

from typing import Any

import click

from .._version import __version__
from . import auth, chat, emulator, files, migrate, speech, transcribe, workflow
from ._exit_codes import EPILOG
from ._failures import exit_on_failure

# One line per command group: each module's `command`.
COMMANDS: list[click.Command] = [
    chat.command,
    workflow.command,
    files.command,
    speech.command,
    transcribe.command,
    auth.command,
    emulator.command,
    migrate.command,
]


class _Group(click.Group):
    """Turns SDK failures and Ctrl-C into a message and an exit code, never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        with exit_on_failure():
            return super().invoke(ctx)


@click.group(
    cls=_Group,
    epilog=EPILOG,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.version_option(__version__, prog_name="coze")
def cli() -> None:
    """Talk to the Coze Open API from a shell.

    The token comes from --token, else COZE_API_TOKEN, else the login saved by
    `coze auth login`; the base URL from --base-url, else COZE_API_BASE, else the
    saved login's, else https://api.coze.com.
    """


for _command in COMMANDS:
    cli.add_command(_command)
