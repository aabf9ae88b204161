"""The emulator over TLS (`tls=True`): https:// and wss:// with a certificate of its own,
which clients trust by loading one file. cozepy's WebSocket clients take nothing else."""

from __future__ import annotations

import asyncio
import ssl
import subprocess
import sys
import warnings
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from coze_ext import Coze
from coze_ext.testing import CozeEmulator

with warnings.catch_warnings(record=True):  # cozepy imports a deprecated authlib module
    import cozepy
    from cozepy import InputTextBufferAppendEvent

# Generous: only a regression makes a WebSocket session wait this long.
HANG = 30


@pytest.fixture(scope="module")
def tls_emulator() -> Iterator[CozeEmulator]:
    with CozeEmulator(tls=True) as emu:
        yield emu


def trusting(emulator: CozeEmulator) -> ssl.SSLContext:
    assert emulator.cert_file is not None
    return ssl.create_default_context(cafile=str(emulator.cert_file))


def test_it_serves_https_that_a_client_trusting_its_certificate_reads(tls_emulator: CozeEmulator) -> None:
    assert tls_emulator.base_url.startswith("https://127.0.0.1:")
    http = httpx.Client(verify=trusting(tls_emulator))
    with Coze(token=tls_emulator.token, base_url=tls_emulator.base_url, http_client=http) as coze:
        assert coze.users.me().user_id
    # A client that does not trust the certificate refuses the server, as it would a stranger.
    with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
        httpx.get(f"{tls_emulator.base_url}/v1/users/me")
    with pytest.raises(httpx.HTTPError):  # and nothing is served in the clear
        httpx.get(tls_emulator.base_url.replace("https://", "http://") + "/v1/users/me", timeout=5)


def test_its_certificate_lives_as_long_as_the_server() -> None:
    emulator = CozeEmulator(tls=True)
    assert emulator.cert_file is None and emulator.base_url.startswith("https://")
    with emulator:
        cert_file = emulator.cert_file
        assert cert_file is not None and cert_file.read_text().startswith("-----BEGIN CERTIFICATE-----")
        assert (cert_file.parent / "emulator-key.pem").stat().st_mode & 0o077 == 0  # the key: owner only
    assert emulator.cert_file is None and not cert_file.exists()
    assert CozeEmulator().base_url.startswith("http://")


async def test_cozepy_speaks_over_wss(tls_emulator: CozeEmulator, monkeypatch: pytest.MonkeyPatch) -> None:
    """cozepy refuses a base URL that is not https://; with SSL_CERT_FILE it trusts the emulator."""
    monkeypatch.setenv("SSL_CERT_FILE", str(tls_emulator.cert_file))
    assert tls_emulator.token is not None
    coze = cozepy.AsyncCoze(auth=cozepy.AsyncTokenAuth(tls_emulator.token), base_url=tls_emulator.base_url)
    audio: list[bytes] = []

    async def on_audio(client: Any, event: Any) -> None:
        audio.append(event.data.delta)

    speech = coze.websockets.audio.speech.create(on_event={cozepy.WebsocketsEventType.SPEECH_AUDIO_UPDATE: on_audio})
    async with speech() as client:
        await client.input_text_buffer_append(InputTextBufferAppendEvent.Data.model_validate({"delta": "Hello."}))
        await client.input_text_buffer_complete()
        await asyncio.wait_for(client.wait(), HANG)
    assert b"".join(audio)


def test_the_command_line_serves_tls_and_says_which_certificate_to_trust() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "coze_ext.testing", "--port", "0", "--token", "pat_cli", "--tls"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        lines = [process.stdout.readline() for _ in range(5)]
        base_url = lines[0].split(" on ")[1].strip()
        (trust,) = [line for line in lines if "SSL_CERT_FILE=" in line]
        cert_file = trust.split("SSL_CERT_FILE=")[1].split()[0]
        answer = httpx.get(
            f"{base_url}/v1/users/me",
            headers={"Authorization": "Bearer pat_cli"},
            verify=ssl.create_default_context(cafile=cert_file),
        )
        assert base_url.startswith("https://") and answer.json()["code"] == 0
    finally:
        process.terminate()
        process.wait(timeout=10)
