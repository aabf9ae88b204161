"""`coze auth login|status|logout`: the emulator's device flow, with the test as the person
at the browser; the saved login then serves the other commands."""

from __future__ import annotations

import json
import stat
import subprocess
from pathlib import Path

from cli_support import HANG_GUARD, coze, environment, read_line, running

from coze_ext.testing import CozeEmulator, OAuthClient

USER_CODE = r"code ([A-Z0-9]{4}-[A-Z0-9]{4})"


def log_in(
    emulator: CozeEmulator, env: dict[str, str], *, allow: bool = True
) -> tuple[OAuthClient, subprocess.CompletedProcess[str]]:
    """`coze auth login`, answered in the "browser" while the command polls."""
    emulator.oauth.device_interval = 0.2
    app = emulator.add_oauth_app("device")
    with running(["auth", "login", "--client-id", app.client_id], env) as login:
        assert read_line(login, r"To sign in, open (\S+)").group(1).startswith(emulator.base_url)
        user_code = read_line(login, USER_CODE).group(1)
        (emulator.approve_device if allow else emulator.deny_device)(user_code)
        out, err = login.communicate(timeout=HANG_GUARD)
    return app, subprocess.CompletedProcess(login.args, login.returncode, out, err)


def test_login_saves_a_private_token_that_the_commands_then_use(emulator: CozeEmulator, tmp_path: Path) -> None:
    env = environment(emulator, tmp_path, token=False)
    _, login = log_in(emulator, env)
    assert login.returncode == 0, login.stderr
    assert "Signed in" in login.stdout
    token_file = tmp_path / ".config" / "coze" / "token.json"
    assert stat.S_IMODE(token_file.stat().st_mode) == 0o600
    access_token = json.loads(token_file.read_text())["access_token"]
    assert access_token in emulator.oauth.issued

    chat = coze(["chat", "b", "hello"], env)  # no --token, no COZE_API_TOKEN
    assert chat.returncode == 0, chat.stderr
    assert chat.stdout == "You said: hello\n"
    assert emulator.requests[-1].headers["authorization"] == f"Bearer {access_token}"


def test_status_names_the_base_url_and_expiry_but_never_the_token(emulator: CozeEmulator, tmp_path: Path) -> None:
    token_file = tmp_path / "login" / "token.json"
    env = environment(emulator, tmp_path, token=False, COZE_TOKEN_FILE=str(token_file))
    app, login = log_in(emulator, env)
    assert login.returncode == 0, login.stderr
    status = coze(["auth", "status"], env)
    assert status.returncode == 0, status.stderr
    assert f"Logged in to {emulator.base_url} with the app {app.client_id}." in status.stdout
    assert "The token expires at " in status.stdout and str(token_file) in status.stdout
    saved = json.loads(token_file.read_text())
    assert saved["access_token"] not in status.stdout and saved["refresh_token"] not in status.stdout


def test_an_expired_login_is_renewed_by_the_next_command(emulator: CozeEmulator, tmp_path: Path) -> None:
    env = environment(emulator, tmp_path, token=False)
    _, login = log_in(emulator, env)
    assert login.returncode == 0, login.stderr
    token_file = tmp_path / ".config" / "coze" / "token.json"
    saved = json.loads(token_file.read_text())
    token_file.write_text(json.dumps({**saved, "expires_in": 1_000_000_000}))  # as if time had passed
    assert "the next command renews it" in coze(["auth", "status"], env).stdout

    chat = coze(["chat", "b", "hello"], env)
    assert chat.returncode == 0, chat.stderr
    renewed = json.loads(token_file.read_text())
    assert renewed["refresh_token"] != saved["refresh_token"]  # the new, single-use one was kept
    assert emulator.requests[-1].headers["authorization"] == f"Bearer {renewed['access_token']}"
    assert stat.S_IMODE(token_file.stat().st_mode) == 0o600
    assert "it is renewed automatically" in coze(["auth", "status"], env).stdout


def test_logout_removes_the_login(emulator: CozeEmulator, tmp_path: Path) -> None:
    env = environment(emulator, tmp_path, token=False)
    _, login = log_in(emulator, env)
    assert login.returncode == 0, login.stderr
    logout = coze(["auth", "logout"], env)
    assert logout.returncode == 0 and "Logged out" in logout.stdout
    assert not list((tmp_path / ".config" / "coze").iterdir())
    status = coze(["auth", "status"], env)
    assert status.returncode == 3 and "Not logged in" in status.stdout
    chat = coze(["chat", "b", "hello"], env)
    assert chat.returncode == 3 and "coze auth login" in chat.stderr
    assert coze(["auth", "logout"], env).stdout == "Not logged in.\n"


def test_a_denied_login_saves_nothing(emulator: CozeEmulator, tmp_path: Path) -> None:
    _, login = log_in(emulator, environment(emulator, tmp_path, token=False), allow=False)
    assert login.returncode == 3, login.stderr
    assert "access_denied" in login.stderr and "logid: " in login.stderr and "Traceback" not in login.stderr
    assert not (tmp_path / ".config").exists()


def test_the_saved_token_goes_only_to_its_own_base_url(emulator: CozeEmulator, tmp_path: Path) -> None:
    env = environment(emulator, tmp_path, token=False)
    _, login = log_in(emulator, env)
    assert login.returncode == 0, login.stderr
    sent = len(emulator.requests)
    elsewhere = coze(["chat", "b", "hello", "--base-url", "http://127.0.0.1:9"], env)
    assert elsewhere.returncode == 3
    assert f"the saved login is for {emulator.base_url}, not http://127.0.0.1:9" in elsewhere.stderr
    assert len(emulator.requests) == sent


def test_login_needs_a_client_id(emulator: CozeEmulator, tmp_path: Path) -> None:
    done = coze(["auth", "login"], environment(emulator, tmp_path))
    assert done.returncode == 2 and "--client-id" in done.stderr
    assert not emulator.requests
