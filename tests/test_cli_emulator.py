"""`coze emulator`: a local Coze that the other commands can talk to at once."""

from __future__ import annotations

import os
from pathlib import Path

from cli_support import coze, interrupt, read_line, running


def test_emulator_prints_its_settings_serves_and_stops_on_ctrl_c(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("COZE_")}
    env["HOME"] = str(tmp_path)
    with running(["emulator"], env) as server:
        base_url = read_line(server, r"export COZE_API_BASE=(\S+)").group(1)
        token = read_line(server, r"export COZE_API_TOKEN=(\S+)").group(1)
        bot = read_line(server, r"export COZE_BOT_ID=(\S+)").group(1)  # the echo bot it serves
        read_line(server, r"Press Ctrl\+C to stop")

        chat = coze(["chat", bot, "hello"], {**env, "COZE_API_BASE": base_url, "COZE_API_TOKEN": token})
        assert chat.returncode == 0, chat.stderr
        assert chat.stdout == "You said: hello\n"

        out, err = interrupt(server)
    assert server.returncode == 0 and "stopped" in out and "Traceback" not in err
