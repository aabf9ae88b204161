"""`coze emulator`: serve the local Coze emulator (coze_ext.testing) until Ctrl-C."""

from __future__ import annotations

import click


@click.command("emulator")
@click.option("--port", type=int, default=0, help="Port to listen on (default: a free one).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--tls", is_flag=True, help="Serve https:// and wss:// with a certificate of its own.")
def command(port: int, host: str, tls: bool) -> None:
    """Run the local Coze emulator until Ctrl-C.

    Prints the COZE_API_BASE, COZE_API_TOKEN, COZE_BOT_ID and COZE_WORKFLOW_ID to use
    with it (an echo bot and a workflow ready at start).
    """
    try:
        from ..testing.__main__ import main
    except ImportError as error:  # the emulator extra is not installed
        raise click.ClickException(str(error)) from None
    main(["--host", host, "--port", str(port), *(["--tls"] if tls else [])])
