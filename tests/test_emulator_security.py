"""The emulator on a developer's machine: it answers only requests addressed to it by a
loopback name (DNS rebinding), says so when it serves beyond loopback, and approves a
device login only by the POST of its page's form."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator

import httpx
import pytest

from coze_ext import AuthorizationPendingError, DeviceOAuthApp
from coze_ext.testing import CozeEmulator

HANG_GUARD = 60


def get_me(emulator: CozeEmulator, host: str) -> httpx.Response:
    headers = {"Host": host, "Authorization": f"Bearer {emulator.token}"}
    return httpx.get(f"{emulator.base_url}/v1/users/me", headers=headers)


def test_only_loopback_host_names_are_answered(emulator: CozeEmulator) -> None:
    port = emulator.port
    for good in (f"127.0.0.1:{port}", f"localhost:{port}", f"LOCALHOST:{port}", f"[::1]:{port}"):
        assert get_me(emulator, good).status_code == 200, good
    served = len(emulator.requests)
    for bad in ("attacker.example", f"attacker.example:{port}", f"127.0.0.1:{port + 1}", "127.0.0.1", ""):
        refused = get_me(emulator, bad)
        assert refused.status_code == 400 and "127.0.0.1, localhost or [::1]" in refused.text, bad
    assert len(emulator.requests) == served  # refused before anything was handled


def websocket_handshake(emulator: CozeEmulator, host: str) -> bytes:
    """The status line the emulator answers a chat handshake with."""
    request = (
        f"GET /v1/chat?bot_id=b HTTP/1.1\r\nHost: {host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        f"Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
        f"Authorization: Bearer {emulator.token}\r\n\r\n"
    )
    with socket.create_connection(("127.0.0.1", emulator.port), timeout=HANG_GUARD) as connection:
        connection.sendall(request.encode())
        return connection.recv(65536).split(b"\r\n", 1)[0]


def test_a_websocket_handshake_with_another_host_is_refused(emulator: CozeEmulator) -> None:
    assert websocket_handshake(emulator, f"127.0.0.1:{emulator.port}").startswith(b"HTTP/1.1 101")
    assert websocket_handshake(emulator, "attacker.example").startswith(b"HTTP/1.1 403")


# The device verification page ---------------------------------------------------------------------


@pytest.fixture
def device_login(emulator: CozeEmulator) -> Iterator[tuple[DeviceOAuthApp, str, str]]:
    app = DeviceOAuthApp(emulator.add_oauth_app("device").client_id, emulator.base_url)
    code = app.get_device_code()
    yield app, code.device_code, code.verification_url
    app.close()


def still_pending(app: DeviceOAuthApp, device_code: str) -> bool:
    try:
        app.get_access_token(device_code)
    except AuthorizationPendingError:
        return True
    return False


def test_opening_the_device_page_shows_a_form_and_approves_nothing(
    device_login: tuple[DeviceOAuthApp, str, str],
) -> None:
    app, device_code, url = device_login
    page = httpx.get(url)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    user_code = httpx.URL(url).params["user_code"]
    assert '<form method="post">' in page.text and f'value="{user_code}"' in page.text
    assert still_pending(app, device_code)  # a link, or an <img src> on any page, approves nothing


def test_the_forms_post_approves_and_a_cross_site_post_does_not(device_login: tuple[DeviceOAuthApp, str, str]) -> None:
    app, device_code, url = device_login
    page = httpx.URL(url).copy_with(query=None)
    user_code = httpx.URL(url).params["user_code"]
    forged = httpx.post(page, data={"user_code": user_code}, headers={"Origin": "http://attacker.example"})
    assert forged.status_code == 403 and still_pending(app, device_code)
    origin = f"{page.scheme}://{page.netloc.decode()}"
    allowed = httpx.post(page, data={"user_code": user_code}, headers={"Origin": origin})
    assert allowed.status_code == 200 and "Access allowed" in allowed.text
    assert app.get_access_token(device_code).access_token


# The command line --------------------------------------------------------------------------------


def run_emulator(*args: str) -> tuple[str, subprocess.Popen[str]]:
    """Start `python -m coze_ext.testing ARGS`; its base URL once it serves."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("COZE_")}
    process = subprocess.Popen(
        [sys.executable, "-m", "coze_ext.testing", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    guard = threading.Timer(HANG_GUARD, process.kill)
    guard.start()
    base_url = ""
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("  export COZE_API_BASE="):
            base_url = line.strip().split("=", 1)[1]
        if line.startswith("Press Ctrl+C"):
            break
    guard.cancel()
    assert base_url, "the emulator did not start"
    return base_url, process


def stop(process: subprocess.Popen[str]) -> str:
    """Stop the emulator; what it wrote to stderr."""
    process.terminate()
    _, stderr = process.communicate(timeout=HANG_GUARD)
    return stderr


def test_the_emulator_on_loopback_is_quiet_and_checks_the_host() -> None:
    base_url, process = run_emulator()
    try:
        assert httpx.get(f"{base_url}/v1/users/me", headers={"Host": "attacker.example"}).status_code == 400
    finally:
        stderr = stop(process)
    assert "warning" not in stderr


def test_the_emulator_beyond_loopback_warns_and_answers_any_host() -> None:
    base_url, process = run_emulator("--host", "0.0.0.0")
    port = int(base_url.rsplit(":", 1)[1])
    try:
        answer = httpx.get(f"http://127.0.0.1:{port}/v1/users/me", headers={"Host": f"my-laptop.lan:{port}"})
        assert answer.status_code == 401  # answered (without a token): other machines reach it by other names
    finally:
        stderr = stop(process)
    assert "warning: serving on 0.0.0.0, beyond this machine" in stderr
