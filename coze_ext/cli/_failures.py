"""How a failure or Ctrl-C ends a command: a message and an exit code, never a traceback.

The failures a user can cause: an SDK error (Coze refused, or could not be reached), a
value the SDK refuses before sending anything (a blank id), a file or address that cannot
be used (a folder that does not exist, an unknown host), and Ctrl-C.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

import click

from .._errors import APIError, AuthenticationError, CozeError, PermissionDeniedError
from ..auth import OAuthError
from ._exit_codes import EXIT_API, EXIT_AUTH, EXIT_INTERRUPTED, EXIT_USAGE


class AuthProblem(click.ClickException):
    """Missing, refused or unusable credentials (exit 3)."""

    exit_code = EXIT_AUTH


class APIProblem(click.ClickException):
    """Any other failure of a call: Coze refused it, or could not be reached (exit 1)."""

    exit_code = EXIT_API


class InputProblem(click.ClickException):
    """A value the SDK refused before sending anything (exit 2, as for a bad option)."""

    exit_code = EXIT_USAGE


class SystemProblem(click.ClickException):
    """A file or address the command could not use (exit 1)."""

    exit_code = EXIT_API


def is_auth_failure(error: CozeError) -> bool:
    return isinstance(error, AuthenticationError | PermissionDeniedError | OAuthError)


def describe(error: CozeError) -> str:
    """The error's message, then its Coze code, logid and debug URL on lines of their own."""
    lines = [str(error) or type(error).__name__]
    code: object = None
    if isinstance(error, OAuthError):
        code = error.error_code
    elif isinstance(error, APIError):
        code = error.code
    if code is not None:
        lines.append(f"  code: {code}")
    logid = getattr(error, "logid", None)  # APIError and APIConnectionError carry one
    if logid:
        lines.append(f"  logid: {logid}")
    if isinstance(error, APIError) and error.debug_url:
        lines.append(f"  debug_url: {error.debug_url}")
    return "\n".join(lines)


def describe_os_error(error: OSError) -> str:
    """`No such file or directory: out/speech.wav`, rather than `[Errno 2] ...`."""
    what = error.strerror or str(error) or type(error).__name__
    return what if error.filename is None else f"{what}: {os.fsdecode(error.filename)}"


@contextmanager
def exit_on_failure() -> Iterator[None]:
    """Report a `CozeError` (exit 1, or 3 for authentication) and Ctrl-C (exit 130).

    Streams are closed by the `with` blocks the interrupt passes through on its way here.
    """
    try:
        yield
    except CozeError as error:
        problem = AuthProblem if is_auth_failure(error) else APIProblem
        raise problem(describe(error)) from None
    except ValueError as error:
        raise InputProblem(str(error)) from None
    except OSError as error:
        raise SystemProblem(describe_os_error(error)) from None
    except KeyboardInterrupt:
        click.echo("\nInterrupted.", err=True)
        raise click.exceptions.Exit(EXIT_INTERRUPTED) from None
