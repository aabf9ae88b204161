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


def test_emulator_over_tls_serves_clients_that_trust_its_certificate(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("COZE_")}
    env["HOME"] = str(tmp_path)
    with running(["emulator", "--tls"], env) as server:
        base_url = read_line(server, r"export COZE_API_BASE=(\S+)").group(1)
        token = read_line(server, r"export COZE_API_TOKEN=(\S+)").group(1)
        cert_file = read_line(server, r"export SSL_CERT_FILE=(\S+)").group(1)
        bot = read_line(server, r"export COZE_BOT_ID=(\S+)").group(1)
        read_line(server, r"Press Ctrl\+C to stop")
        assert base_url.startswith("https://")

        settings = {**env, "COZE_API_BASE": base_url, "COZE_API_TOKEN": token}
        untrusted = coze(["chat", bot, "hello"], settings)
        assert untrusted.returncode != 0 and "Traceback" not in untrusted.stderr  # TLS is always verified
        chat = coze(["chat", bot, "hello"], {**settings, "SSL_CERT_FILE": cert_file})
        assert chat.returncode == 0, chat.stderr
        assert chat.stdout == "You said: hello\n"
        interrupt(server)
