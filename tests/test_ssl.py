"""One TLS context per process, its roots loaded at the first handshake: a client costs no
certificate loading until it speaks TLS, every client shares the work, and verification is
what httpx's own default would be (the environment's SSL_CERT_FILE or certifi's roots)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator

import pytest

from coze_ext import APIConnectionError, AsyncCoze, Coze
from coze_ext._ssl import shared_ssl_context
from coze_ext.testing import CozeEmulator

PROBE = """
import json, sys
from coze_ext import AsyncCoze, Coze
from coze_ext._ssl import shared_ssl_context
clients = [Coze(token="t", base_url=sys.argv[1]), Coze(token="t"), AsyncCoze(token="t")]
before = shared_ssl_context().cert_store_stats()["x509_ca"]
try:
    clients[0].users.me()
except Exception as error:  # the token "t" is refused: an answer from the server, over TLS or not
    outcome = type(error).__name__
print(json.dumps({"before": before, "after": shared_ssl_context().cert_store_stats()["x509_ca"], "outcome": outcome}))
"""


@pytest.fixture(scope="module")
def tls_emulator() -> Iterator[CozeEmulator]:
    with CozeEmulator(tls=True) as emu:
        yield emu


def probe(base_url: str, **env: str) -> dict[str, object]:
    clean = {k: v for k, v in os.environ.items() if k not in ("SSL_CERT_FILE", "SSL_CERT_DIR")}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, base_url], env={**clean, **env}, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    return result


def test_making_clients_loads_no_certificates_until_a_tls_handshake(tls_emulator: CozeEmulator) -> None:
    assert tls_emulator.cert_file is not None
    trusted = probe(tls_emulator.base_url, SSL_CERT_FILE=str(tls_emulator.cert_file))
    # Three clients made, nothing loaded; the first handshake loads the one root of SSL_CERT_FILE
    # (and the server's answer, refusing the token "t", came over TLS).
    assert trusted == {"before": 0, "after": 1, "outcome": "AuthenticationError"}


def test_the_default_roots_are_certifis_and_a_stranger_is_refused(tls_emulator: CozeEmulator) -> None:
    untrusted = probe(tls_emulator.base_url)
    assert untrusted["before"] == 0
    assert isinstance(untrusted["after"], int) and untrusted["after"] > 100  # certifi's bundle
    assert untrusted["outcome"] == "APIConnectionError"  # the emulator's own certificate is not in it


def test_plain_http_never_loads_certificates() -> None:
    with CozeEmulator() as emu:
        result = probe(emu.base_url)
    assert result == {"before": 0, "after": 0, "outcome": "AuthenticationError"}


def test_clients_share_one_context_per_set_of_roots(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    context = shared_ssl_context()
    assert context is shared_ssl_context()
    assert context.check_hostname and context.verify_mode.name == "CERT_REQUIRED"
    monkeypatch.setenv("SSL_CERT_FILE", "/nonexistent/roots.pem")
    assert shared_ssl_context() is not context  # other roots, another context


async def test_rest_and_websockets_of_both_clients_trust_ssl_cert_file(
    tls_emulator: CozeEmulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert tls_emulator.cert_file is not None
    monkeypatch.setenv("SSL_CERT_FILE", str(tls_emulator.cert_file))
    bot = tls_emulator.add_bot()
    with Coze(token=tls_emulator.token, base_url=tls_emulator.base_url) as coze:
        assert coze.users.me().user_id
        with coze.websockets.chat.connect(bot_id=bot.bot_id) as ws:
            assert ws.logid is not None
    async with AsyncCoze(token=tls_emulator.token, base_url=tls_emulator.base_url) as acoze:
        assert (await acoze.users.me()).user_id
        async with acoze.websockets.chat.connect(bot_id=bot.bot_id) as aws:
            assert aws.logid is not None
    monkeypatch.delenv("SSL_CERT_FILE")
    with Coze(token=tls_emulator.token, base_url=tls_emulator.base_url) as coze:
        socket = coze.websockets.chat.connect(bot_id=bot.bot_id)
        with pytest.raises(APIConnectionError):  # the same roots as REST calls: a stranger is refused
            socket.__enter__()
