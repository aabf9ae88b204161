"""`python -m coze_ext.testing`: run the Coze emulator until Ctrl+C."""

from __future__ import annotations

import argparse
import sys
import tempfile
import threading
from pathlib import Path

from ._host import is_loopback
from ._server import DEFAULT_TOKEN, CozeEmulator


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m coze_ext.testing", description="Run a local Coze API emulator.")
    parser.add_argument(
        "--host",
        default="127.0.0.1",
        help="address to listen on (default: 127.0.0.1; another address warns, and turns the Host check off)",
    )
    parser.add_argument("--port", type=int, default=0, help="port to listen on (default: a free one)")
    parser.add_argument(
        "--token", default=DEFAULT_TOKEN, help=f"bearer token clients must send (default: {DEFAULT_TOKEN})"
    )
    parser.add_argument("--any-token", action="store_true", help="accept any bearer token")
    parser.add_argument("--spec", default=None, help="OpenAPI document to serve (default: the bundled coze.yaml)")
    parser.add_argument("--no-validate", action="store_true", help="do not check requests against the spec")
    parser.add_argument(
        "--tls",
        action="store_true",
        help="serve https:// and wss:// with a certificate of its own (for clients that insist on TLS)",
    )
    args = parser.parse_args(argv)
    token = None if args.any_token else args.token
    if not is_loopback(args.host):
        print(
            f"warning: serving on {args.host}, beyond this machine: anyone who can reach it can call it "
            f"with the token printed below, and its Host header is not checked",
            file=sys.stderr,
            flush=True,
        )
    emulator = CozeEmulator(
        host=args.host, port=args.port, token=token, spec=args.spec, validate=not args.no_validate, tls=args.tls
    )
    with (
        emulator as emu,
        tempfile.TemporaryDirectory(prefix="coze-emulator-") as key_dir,
    ):
        # Like Coze, the emulator only chats with bots and runs workflows it knows: one of each.
        bot, workflow = emu.add_bot("Echo bot"), emu.add_workflow()
        print(f"Coze emulator serving {len(emu.spec.operations)} operations on {emu.base_url}", flush=True)
        print(f"  export COZE_API_BASE={emu.base_url}", flush=True)
        print(f"  export COZE_API_TOKEN={emu.token or 'any-token'}", flush=True)
        if emu.cert_file is not None:
            print(f"  export SSL_CERT_FILE={emu.cert_file}  # trust the emulator's certificate", flush=True)
        print(f"  export COZE_BOT_ID={bot.bot_id} COZE_WORKFLOW_ID={workflow.workflow_id}", flush=True)
        _print_oauth_apps(emu, key_dir)
        print("Press Ctrl+C to stop.", flush=True)
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            print("\nstopped", flush=True)


def _print_oauth_apps(emu: CozeEmulator, key_dir: str) -> None:
    """Register one OAuth app of each kind and print what examples/auth/*.py need for it."""
    print("OAuth apps (for examples/auth/):", flush=True)
    for kind in ("web", "pkce", "device"):
        app = emu.add_oauth_app(kind)
        secret = f" COZE_CLIENT_SECRET={app.client_secret}" if app.client_secret else ""
        print(f"  {kind + ':':8}COZE_CLIENT_ID={app.client_id}{secret}", flush=True)
    app = emu.add_oauth_app("jwt")
    key_file = Path(key_dir) / "private_key.pem"
    key_file.write_text(app.private_key or "")
    key_file.chmod(0o600)
    print(
        f"  jwt:    COZE_CLIENT_ID={app.client_id} COZE_PUBLIC_KEY_ID={app.public_key_id} "
        f"COZE_PRIVATE_KEY_FILE={key_file}",
        flush=True,
    )


if __name__ == "__main__":
    main()
