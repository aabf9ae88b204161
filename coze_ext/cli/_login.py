"""The login `coze auth login` saves, and the commands use when no token is given.

The token is kept by `FileTokenStore` (mode 0600, `~/.config/coze/token.json` unless
COZE_TOKEN_FILE or --token-file says otherwise), where `python -m coze_ext.auth login`
keeps it too. Beside it, `<name>.app.json` records the device app and base URL the token
belongs to: a refresh needs the app, and the token must only go to that base URL. Both files
are written the same way (`write_private`: 0600, atomically, never through a symlink).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from ..auth import DeviceOAuthApp, FileTokenStore, OAuthTokenAuth
from ..auth.__main__ import DEFAULT_TOKEN_FILE, ENV_TOKEN_FILE
from ..auth._store import write_private


def token_file(path: str | os.PathLike[str] | None = None) -> Path:
    """Where the login is kept: `path`, else COZE_TOKEN_FILE, else the default."""
    return Path(path or os.environ.get(ENV_TOKEN_FILE) or DEFAULT_TOKEN_FILE).expanduser()


def _app_file(token_path: Path) -> Path:
    return token_path.with_suffix(".app.json")


@dataclass(frozen=True)
class SavedLogin:
    """A device login: the app that made it, its base URL, and the store holding its token."""

    client_id: str
    base_url: str
    store: FileTokenStore

    def auth(self) -> OAuthTokenAuth:
        """Sends the saved token, renewing it (and saving the new one) when it is due."""
        return OAuthTokenAuth(DeviceOAuthApp(self.client_id, self.base_url), store=self.store)


def save_login(client_id: str, base_url: str, token_path: Path) -> None:
    """Record which app and base URL the token saved at `token_path` belongs to, written
    like the token (mode 0600, replaced atomically, never through a symlink): the record
    decides where the token and its refresh token are sent."""
    record = {"client_id": client_id, "base_url": base_url.rstrip("/")}
    write_private(_app_file(token_path), json.dumps(record) + "\n")


def load_login(token_path: Path) -> SavedLogin | None:
    """The saved login, or None when there is none (or its token has no app record)."""
    if not token_path.is_file():
        return None
    try:
        record = json.loads(_app_file(token_path).read_text(encoding="utf-8"))
        return SavedLogin(str(record["client_id"]), str(record["base_url"]), FileTokenStore(token_path))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def remove_login(token_path: Path) -> bool:
    """Delete the token and its app record; whether there was anything to delete."""
    removed = False
    for path in (token_path, _app_file(token_path)):
        if path.exists():
            path.unlink()
            removed = True
    return removed
