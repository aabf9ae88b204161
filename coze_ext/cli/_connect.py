"""The client a command talks through: `--token` and `--base-url`, the environment, or the
saved login, in that order."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import click

from .. import Coze
from .._constants import ENV_BASE_URL, ENV_TOKEN
from ._failures import AuthProblem
from ._login import load_login, token_file


def connect(token: str | None, base_url: str | None) -> Coze:
    """A client for the given token and base URL, or for the saved login.

    The saved login's token only goes to the base URL it was issued for: another one is
    refused rather than sent a credential that is not its own.
    """
    try:
        if token:
            return Coze(token=token, base_url=base_url)
        login = load_login(token_file())
        if login is None:
            raise AuthProblem(f"no token: pass --token, set {ENV_TOKEN}, or sign in with `coze auth login`")
        if base_url and base_url.rstrip("/") != login.base_url:
            raise AuthProblem(
                f"the saved login is for {login.base_url}, not {base_url}: pass --token, "
                f"or sign in there with `coze auth login --base-url {base_url}`"
            )
        return Coze(auth=login.auth(), base_url=login.base_url)
    except ValueError as error:  # a malformed token or base URL
        raise click.UsageError(str(error)) from None


def with_client(command: Callable[..., None]) -> Callable[..., None]:
    """Add `--token` and `--base-url` to a command, which then gets a connected `coze`."""

    @click.option(
        "--token", envvar=ENV_TOKEN, show_envvar=True, help="API token (default: the saved `coze auth login`)."
    )
    @click.option(
        "--base-url",
        envvar=ENV_BASE_URL,
        show_envvar=True,
        help="API base URL, e.g. https://api.coze.cn (default: https://api.coze.com).",
    )
    @functools.wraps(command)
    def connected(token: str | None, base_url: str | None, **arguments: Any) -> None:
        with connect(token, base_url) as coze:
            command(coze, **arguments)

    return connected
