"""The `coze` command line: try bots, workflows, uploads and logins from a shell.

    coze chat BOT_ID "hello"                 # streams the answer
    coze workflow run WORKFLOW_ID --param city=Paris
    coze files upload report.pdf
    coze speech "Hello!" -o hello.wav        # or --play
    coze transcribe question.wav
    coze auth login --client-id ...          # device login, token saved 0600
    coze emulator                            # a local Coze to try it all on

It needs the `cli` extra (`pip install 'coze-ext[cli]'`: click and rich); importing
`coze_ext` never loads them. Each command group is one module here exposing `command`;
adding one is that module plus a line in `_main.COMMANDS`.
"""

from __future__ import annotations

import importlib.util
import sys

from ._exit_codes import EXIT_INTERRUPTED

__all__ = ["main"]


def main() -> None:
    """The `coze` console script."""
    missing = [name for name in ("click", "rich") if importlib.util.find_spec(name) is None]
    if missing:
        sys.exit(f"coze needs {' and '.join(missing)}: pip install 'coze-ext[cli]'")
    try:
        from ._main import cli
    except KeyboardInterrupt:  # Ctrl-C while loading; once running, commands handle it
        sys.exit(EXIT_INTERRUPTED)
    cli(prog_name="coze")
