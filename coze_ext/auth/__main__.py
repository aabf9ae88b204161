"""`python -m coze_ext.auth login`: sign in with a device OAuth app and save the token.

    python -m coze_ext.auth login --client-id 1234.app.coze [--base-url https://api.coze.cn]

It prints the page to open and the code to enter there, waits for you to allow access, and
saves the token (mode 0600) where `FileTokenStore` reads it back:

    coze = Coze(auth=OAuthTokenAuth(DeviceOAuthApp(client_id), store=FileTokenStore(path)))
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import datetime
from pathlib import Path

from .._constants import COZE_COM_BASE_URL, ENV_BASE_URL
from .._errors import CozeError
from ._apps import DeviceOAuthApp
from ._store import FileTokenStore, make_private_directory

ENV_CLIENT_ID = "COZE_CLIENT_ID"
ENV_TOKEN_FILE = "COZE_TOKEN_FILE"
DEFAULT_TOKEN_FILE = "~/.config/coze/token.json"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m coze_ext.auth", description="Coze OAuth helpers.")
    commands = parser.add_subparsers(dest="command", required=True)
    login = commands.add_parser("login", help="sign in with a device OAuth app and save the token")
    login.add_argument(
        "--client-id", default=os.environ.get(ENV_CLIENT_ID), help=f"the device app's client id (${ENV_CLIENT_ID})"
    )
    login.add_argument(
        "--base-url",
        default=os.environ.get(ENV_BASE_URL) or COZE_COM_BASE_URL,
        help=f"the API base URL (${ENV_BASE_URL}, default {COZE_COM_BASE_URL}; https://api.coze.cn for coze.cn)",
    )
    login.add_argument("--workspace-id", default=None, help="limit the token to one workspace (enterprise editions)")
    login.add_argument(
        "--token-file",
        default=os.environ.get(ENV_TOKEN_FILE) or DEFAULT_TOKEN_FILE,
        help=f"where to save the token (${ENV_TOKEN_FILE}, default {DEFAULT_TOKEN_FILE})",
    )
    return parser


def login(client_id: str, base_url: str, workspace_id: str | None, token_file: str) -> None:
    """Run the device flow, printing what the user must do; save the token."""
    store = FileTokenStore(token_file)
    with DeviceOAuthApp(client_id, base_url) as app:
        code = app.get_device_code(workspace_id)
        print(f"To sign in, open {code.verification_url}", flush=True)
        print(f"and check that it shows the code {code.user_code}.", flush=True)
        print("Waiting for you to allow access...", flush=True)
        token = app.get_access_token(code, poll=True)
    store.save(token)
    default_directory = Path(DEFAULT_TOKEN_FILE).expanduser().parent
    if store.path.parent == default_directory:
        make_private_directory(default_directory)  # it may be older than the login, and open to others
    expires = datetime.fromtimestamp(token.expires_in).isoformat(sep=" ", timespec="minutes")
    print(f"Signed in. The token (valid until {expires}, then refreshed) is saved in {store.path}", flush=True)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if not args.client_id:
        print(f"error: pass --client-id (or set {ENV_CLIENT_ID})", file=sys.stderr)
        return 2
    try:
        login(args.client_id, args.base_url, args.workspace_id, args.token_file)
    except (CozeError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("\ncanceled", file=sys.stderr)
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
