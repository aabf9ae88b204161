"""`python -m coze_ext.auth login` and examples/auth/*.py, run as a user would: in a
subprocess against the emulator, with the test acting as the person at the browser."""

from __future__ import annotations

import os
import re
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from auth_support import api_requests, token_requests

from coze_ext import Coze, DeviceOAuthApp, FileTokenStore, OAuthTokenAuth
from coze_ext.testing import CozeEmulator

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "auth"
USER_CODE = re.compile(r"code ([A-Z0-9]{4}-[A-Z0-9]{4})")


def environment(emulator: CozeEmulator, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("COZE_")}
    env.update(COZE_API_BASE=emulator.base_url, **extra)
    return env


@pytest.fixture
def started() -> Iterator[list[subprocess.Popen[str]]]:
    """Processes a test starts; killed if the test fails before they end."""
    processes: list[subprocess.Popen[str]] = []
    yield processes
    for process in processes:
        if process.poll() is None:
            process.kill()
            process.wait()


def start(started: list[subprocess.Popen[str]], args: list[str], env: dict[str, str]) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, *args],
        env=env,
        cwd=EXAMPLES,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    started.append(process)
    return process


def read_until(process: subprocess.Popen[str], pattern: re.Pattern[str]) -> re.Match[str]:
    assert process.stdout is not None
    seen = []
    for line in process.stdout:
        seen.append(line)
        found = pattern.search(line)
        if found:
            return found
    raise AssertionError(f"never printed {pattern.pattern!r}:\n{''.join(seen)}")


def finish(process: subprocess.Popen[str], stdin: str | None = None) -> str:
    out, err = process.communicate(stdin, timeout=120)
    assert process.returncode == 0, f"exit {process.returncode}\n{out}\n{err}"
    return out


def allow_and_paste(process: subprocess.Popen[str]) -> str:
    """Open the printed authorization URL as a user who allows access; the address the
    browser was sent to, as the user pastes it."""
    url = read_until(process, re.compile(r"(http://\S+/authorize\?\S+)")).group(1)
    answer = httpx.get(url)
    assert answer.status_code == 302
    return str(answer.headers["location"]) + "\n"


def test_login_prints_the_code_and_saves_the_token(
    emulator: CozeEmulator, tmp_path: Path, started: list[subprocess.Popen[str]]
) -> None:
    emulator.oauth.device_interval = 1
    registered = emulator.add_oauth_app("device")
    path = tmp_path / "coze" / "token.json"
    args = ["-m", "coze_ext.auth", "login", "--client-id", registered.client_id, "--token-file", str(path)]
    login = start(started, args, environment(emulator))
    user_code = read_until(login, USER_CODE).group(1)
    # The login asked for a device code before printing it (it may have polled since).
    assert emulator.requests[0].path == "/api/permission/oauth2/device/code"
    emulator.approve_device(user_code)
    assert "Signed in" in finish(login)

    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    app = DeviceOAuthApp(registered.client_id, emulator.base_url)
    with Coze(auth=OAuthTokenAuth(app, store=FileTokenStore(path)), base_url=emulator.base_url) as coze:
        assert coze.users.me().user_name
    assert len(token_requests(emulator)) >= 1 and len(api_requests(emulator)) == 1


def test_login_reports_a_denied_login(
    emulator: CozeEmulator, tmp_path: Path, started: list[subprocess.Popen[str]]
) -> None:
    emulator.oauth.device_interval = 1
    registered = emulator.add_oauth_app("device")
    args = ["-m", "coze_ext.auth", "login", "--token-file", str(tmp_path / "token.json")]
    login = start(started, args, environment(emulator, COZE_CLIENT_ID=registered.client_id))
    emulator.deny_device(read_until(login, USER_CODE).group(1))
    _, err = login.communicate(timeout=120)
    assert login.returncode == 1 and "access_denied" in err and not (tmp_path / "token.json").exists()


def test_web_example(emulator: CozeEmulator, started: list[subprocess.Popen[str]]) -> None:
    registered = emulator.add_oauth_app("web")
    env = environment(emulator, COZE_CLIENT_ID=registered.client_id, COZE_CLIENT_SECRET=registered.client_secret or "")
    example = start(started, ["web_oauth.py"], env)
    assert "Signed in as alice" in finish(example, allow_and_paste(example))
    assert api_requests(emulator)[0].headers["authorization"].startswith("Bearer czu_")


def test_pkce_example_keeps_the_login(
    emulator: CozeEmulator, tmp_path: Path, started: list[subprocess.Popen[str]]
) -> None:
    registered = emulator.add_oauth_app("pkce")
    env = environment(emulator, COZE_CLIENT_ID=registered.client_id, COZE_TOKEN_FILE=str(tmp_path / "token.json"))
    example = start(started, ["pkce_oauth.py"], env)
    assert "Signed in as alice" in finish(example, allow_and_paste(example))
    again = start(started, ["pkce_oauth.py"], env)
    assert "Using the login saved" in finish(again, "")  # no login asked for
    assert len(token_requests(emulator)) == 1


def test_device_example(emulator: CozeEmulator, started: list[subprocess.Popen[str]]) -> None:
    emulator.oauth.device_interval = 1
    registered = emulator.add_oauth_app("device")
    example = start(started, ["device_oauth.py"], environment(emulator, COZE_CLIENT_ID=registered.client_id))
    url = read_until(example, re.compile(r"Open (\S+)")).group(1)
    assert httpx.post(url).status_code == 200  # the user allows access on the page
    assert "Signed in as alice" in finish(example)


def test_jwt_example(emulator: CozeEmulator, tmp_path: Path, started: list[subprocess.Popen[str]]) -> None:
    registered = emulator.add_oauth_app("jwt")
    key_file = tmp_path / "private_key.pem"
    key_file.write_text(registered.private_key or "")
    env = environment(
        emulator,
        COZE_CLIENT_ID=registered.client_id,
        COZE_PUBLIC_KEY_ID=registered.public_key_id or "",
        COZE_PRIVATE_KEY_FILE=str(key_file),
    )
    out = finish(start(started, ["jwt_oauth.py"], env))
    assert "Calling Coze as alice" in out and registered.private_key not in out
    assert len(token_requests(emulator)) == 1 and len(emulator.requests) >= 3


def test_every_auth_example_has_a_test() -> None:
    tested = {"web_oauth.py", "pkce_oauth.py", "device_oauth.py", "jwt_oauth.py"}
    assert {p.name for p in EXAMPLES.glob("*.py")} == tested


def test_the_emulator_command_line_registers_apps_for_the_examples(started: list[subprocess.Popen[str]]) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("COZE_")}
    emulator = start(started, ["-m", "coze_ext.testing"], env)
    base_url = read_until(emulator, re.compile(r"export COZE_API_BASE=(\S+)")).group(1)
    settings = read_until(emulator, re.compile(r"jwt: +(.+)")).group(1)
    env.update(item.split("=", 1) for item in settings.split())
    env["COZE_API_BASE"] = base_url
    assert "Calling Coze as alice" in finish(start(started, ["jwt_oauth.py"], env))
