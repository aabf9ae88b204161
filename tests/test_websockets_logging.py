"""WebSocket sessions in the logs: the handshake and every frame, never the token, never more
than 100 characters of base64 audio in one record."""

from __future__ import annotations

import base64
import logging
import os
import re
import subprocess
import sys

import pytest
from ws_support import MODES, converse

from coze_ext.testing import CozeEmulator

LONG_BASE64 = re.compile(r"[A-Za-z0-9+/=]{101,}")
PCM = os.urandom(4800 * 3 + 100)  # three 100 ms pieces, and one of 136 base64 characters

SESSION = """
import base64, os, sys
from coze_ext import Coze
from coze_ext.audio import iter_audio_deltas

pcm = bytes.fromhex(os.environ["PCM"])
with Coze() as coze, coze.websockets.chat.connect(bot_id=os.environ["COZE_BOT_ID"]) as ws:
    for delta in iter_audio_deltas(pcm):
        ws.input_audio_buffer_append({"delta": delta})
    ws.input_audio_buffer_complete()
    done = ws.run_until("conversation.chat.completed")
    print(done.data.status)
"""


def frames_in(text: str) -> list[str]:
    return [line for line in text.splitlines() if "websocket websockets_chat " in line and " bytes " in line]


def test_coze_log_debug_shows_the_session_without_token_or_audio(emulator: CozeEmulator) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("COZE_")}
    env.update(COZE_LOG="debug", COZE_API_BASE=emulator.base_url, COZE_API_TOKEN=emulator.token, PCM=PCM.hex())
    env.update(COZE_BOT_ID=emulator.add_bot().bot_id)
    done = subprocess.run([sys.executable, "-c", SESSION], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip() == "completed"

    log = done.stderr
    assert f"WS GET {emulator.base_url.replace('http', 'ws')}/v1/chat?bot_id={env['COZE_BOT_ID']} -> 101 logid=" in log
    lines = frames_in(log)
    assert any(" -> input_audio_buffer.append id=None " in line for line in lines)
    assert any(" <- conversation.audio.delta id=" in line for line in lines)
    assert any(" <- conversation.chat.completed id=" in line for line in lines)
    assert emulator.token not in log and "<redacted>" in log
    assert LONG_BASE64.search(log) is None, LONG_BASE64.search(log)
    assert "chars of base64>" in log


@pytest.mark.parametrize("mode", MODES)
async def test_no_record_of_any_client_logger_holds_the_token_or_audio(
    mode: str, emulator: CozeEmulator, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger: ours, the websockets library's, httpx's
    deltas = [base64.b64encode(PCM[i : i + 4800]).decode() for i in range(0, len(PCM), 4800)]
    frames = [{"event_type": "input_audio_buffer.append", "data": {"delta": d}} for d in deltas]
    frames.append({"event_type": "input_audio_buffer.complete"})
    options = {"token": emulator.token, "base_url": emulator.base_url}
    bot_id = emulator.add_bot().bot_id
    await converse(mode, options, "chat", frames, until="conversation.chat.completed", bot_id=bot_id)

    # The emulator's own server logs (uvicorn) are not the client's.
    client = [r for r in caplog.records if not r.name.startswith(("uvicorn", "websockets.server"))]
    text = "\n".join(record.getMessage() for record in client)
    assert frames_in(text) and all(r.name.startswith(("coze_ext", "asyncio")) for r in client)
    assert emulator.token not in text
    assert LONG_BASE64.search(text) is None
