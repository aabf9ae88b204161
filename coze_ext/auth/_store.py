"""Where a login's token is kept between runs, so a device or PKCE login survives restarts."""

from __future__ import annotations

import json
import os
import stat
import tempfile
from pathlib import Path
from typing import Protocol, runtime_checkable

from .._json import loads
from ._token import OAuthToken

__all__ = ["FileTokenStore", "TokenStore", "make_private_directory", "write_private"]


@runtime_checkable
class TokenStore(Protocol):
    """Keeps the latest token of a login. Refresh tokens are single-use, so a token manager
    saves every token it gets, and reads the store before refreshing (another process may
    have refreshed first)."""

    def load(self) -> OAuthToken | None:
        """The saved token, or None when there is none."""

    def save(self, token: OAuthToken) -> None:
        """Replace the saved token."""


class FileTokenStore:
    """A token in a JSON file that only its owner can read (mode 0600), replaced atomically
    (written beside it, then renamed), so a reader never sees half a token."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path).expanduser()

    def __repr__(self) -> str:
        return f"FileTokenStore({str(self.path)!r})"

    def load(self) -> OAuthToken | None:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        try:
            return OAuthToken.from_dict(loads(text))
        except (ValueError, TypeError, AttributeError):
            # Without the cause: it could quote the file, which holds a token.
            raise ValueError(f"{self.path} does not hold a saved OAuth token; delete it and log in again") from None

    def save(self, token: OAuthToken) -> None:
        write_private(self.path, json.dumps(token.to_dict()))


def write_private(path: Path, text: str) -> None:
    """Replace the file at `path` with `text`, readable by its owner only (0600).

    The text goes to a new file beside it (created `O_CREAT|O_EXCL|O_NOFOLLOW` with mode
    0600 by `mkstemp`, so nothing planted there is followed or reused), then is renamed over
    `path`: a reader never sees half of it, a symlink at `path` is replaced rather than
    followed, and whatever mode the old file had is gone. A missing directory is made 0700.
    """
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def make_private_directory(path: Path) -> None:
    """Make the directory `path` (and its parents) if missing, and tighten it to 0700: for
    a directory the SDK owns (the default `~/.config/coze`), never one a user chose."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    if stat.S_IMODE(path.stat().st_mode) != 0o700:
        path.chmod(0o700)
