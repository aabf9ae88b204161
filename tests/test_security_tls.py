"""TLS is always verified: against a server whose certificate no CA vouches for, REST calls,
WebSocket handshakes and OAuth token requests all fail before a request is sent."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from runtime_support import TOKEN, resolve
from security_support import untrusted_tls

from coze_ext import APIConnectionError, AsyncCoze, AsyncPKCEOAuthApp, Coze, CozeError, PKCEOAuthApp

MODES = ["sync", "async"]


def client(mode: str, base_url: str) -> Coze | AsyncCoze:
    return (Coze if mode == "sync" else AsyncCoze)(token=TOKEN, base_url=base_url, max_retries=0)


async def open_socket(coze: Coze | AsyncCoze) -> None:
    socket: Any = coze.websockets.chat.connect(bot_id="b")
    if isinstance(coze, Coze):
        with socket:
            pass
    else:
        async with socket:
            pass


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("kind", ["rest", "websocket", "oauth"])
async def test_an_untrusted_certificate_is_refused(mode: str, kind: str, tmp_path: Path) -> None:
    with untrusted_tls(tmp_path) as server:
        base_url = f"https://127.0.0.1:{server.port}"
        coze = client(mode, base_url)
        with pytest.raises(CozeError) as caught:
            if kind == "rest":
                await resolve(coze.users.me())
            elif kind == "websocket":
                await open_socket(coze)
            else:
                app = (PKCEOAuthApp if mode == "sync" else AsyncPKCEOAuthApp)("cid", base_url)
                await resolve(app.refresh_access_token("rt_secret"))
        await resolve(coze.close())
    assert isinstance(caught.value, APIConnectionError)
    assert "CERTIFICATE_VERIFY_FAILED" in str(caught.value) or "certificate verify failed" in str(caught.value)
    assert server.attempts >= 1 and server.heads == []  # it connected, and sent nothing
