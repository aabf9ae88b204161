"""`coze auth login|status|logout`: a device login saved for the other commands."""

from __future__ import annotations

from datetime import datetime

import click

from .. import COZE_COM_BASE_URL
from .._constants import ENV_BASE_URL
from ..auth.__main__ import DEFAULT_TOKEN_FILE, ENV_CLIENT_ID, ENV_TOKEN_FILE
from ..auth.__main__ import login as device_login
from ._exit_codes import EXIT_AUTH
from ._login import load_login, remove_login, save_login, token_file

token_file_option = click.option(
    "--token-file",
    "token_file_path",
    envvar=ENV_TOKEN_FILE,
    show_envvar=True,
    type=click.Path(dir_okay=False),
    help=f"Where the login is kept (default: {DEFAULT_TOKEN_FILE}).",
)


@click.group("auth")
def command() -> None:
    """Sign in with a device OAuth app; see or remove the login."""


@command.command("login")
@click.option("--client-id", envvar=ENV_CLIENT_ID, show_envvar=True, required=True, help="The device app's client id.")
@click.option(
    "--base-url",
    envvar=ENV_BASE_URL,
    show_envvar=True,
    default=COZE_COM_BASE_URL,
    show_default=True,
    help="API base URL (https://api.coze.cn for coze.cn).",
)
@click.option("--workspace-id", help="Limit the token to one workspace (enterprise editions).")
@token_file_option
def login(client_id: str, base_url: str, workspace_id: str | None, token_file_path: str | None) -> None:
    """Sign in: open the page shown, check the code, allow access; the token is saved (mode 0600)."""
    path = token_file(token_file_path)
    device_login(client_id, base_url, workspace_id, str(path))
    save_login(client_id, base_url, path)


@command.command("status")
@token_file_option
def status(token_file_path: str | None) -> None:
    """Say whether a login is saved, for which base URL, and when its token expires."""
    path = token_file(token_file_path)
    login = load_login(path)
    try:
        token = login.store.load() if login is not None else None
    except ValueError as error:  # a damaged file; the message never quotes it
        raise click.ClickException(str(error)) from None
    if login is None or token is None:
        click.echo(f"Not logged in (no login saved in {path}).")
        raise click.exceptions.Exit(EXIT_AUTH)
    expires = datetime.fromtimestamp(token.expires_in).isoformat(sep=" ", timespec="minutes")
    click.echo(f"Logged in to {login.base_url} with the app {login.client_id}.")
    if token.seconds_left() > 0:
        click.echo(f"The token expires at {expires}; it is renewed automatically.")
    elif token.refresh_token:
        click.echo(f"The token expired at {expires}; the next command renews it.")
    else:
        click.echo(f"The token expired at {expires}; sign in again with `coze auth login`.")
    click.echo(f"Saved in {path}")


@command.command("logout")
@token_file_option
def logout(token_file_path: str | None) -> None:
    """Delete the saved login."""
    path = token_file(token_file_path)
    click.echo(f"Logged out: deleted {path}." if remove_login(path) else "Not logged in.")
