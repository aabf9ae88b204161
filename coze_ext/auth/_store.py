"""Where a login's token is kept between runs, so a device or PKCE login survives restarts."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Protocol, runtime_checkable

from ._token import OAuthToken

__all__ = ["FileTokenStore", "TokenStore"]


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
            return OAuthToken.from_dict(json.loads(text))
        except (ValueError, TypeError, AttributeError):
            # Without the cause: it could quote the file, which holds a token.
            raise ValueError(f"{self.path} does not hold a saved OAuth token; delete it and log in again") from None

    def save(self, token: OAuthToken) -> None:
        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        # mkstemp creates the file with mode 0600, before anything is written to it.
        handle, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=f".{self.path.name}.", suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as file:
                json.dump(token.to_dict(), file)
                file.flush()
                os.fsync(file.fileno())
            os.replace(temporary, self.path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
