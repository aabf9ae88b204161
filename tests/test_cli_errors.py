"""How `coze` fails: the Coze code, message and logid, never a traceback, and an exit code
that tells usage (2), authentication (3) and other API or connection errors (1) apart;
Ctrl-C ends a stream cleanly with 130."""

from __future__ import annotations

import contextlib
import re
import subprocess
import time
from pathlib import Path

from cli_support import HANG_GUARD, coze, environment, interrupt, read_line, running

from coze_ext.testing import CozeEmulator


def logid_of(stderr: str) -> str:
    found = re.search(r"^  logid: (\S+)$", stderr, re.MULTILINE)
    assert found, stderr
    return found.group(1)


def test_a_refused_token_is_an_authentication_error(emulator: CozeEmulator, tmp_path: Path) -> None:
    done = coze(["chat", "b", "hello", "--token", "pat_wrong"], environment(emulator, tmp_path))
    assert done.returncode == 3
    assert done.stderr.startswith("Error: HTTP 401, code 4100: authentication is invalid")
    assert "  code: 4100\n" in done.stderr and logid_of(done.stderr) in done.stderr.splitlines()[0]
    assert "Traceback" not in done.stderr and done.stdout == ""


def test_no_token_at_all_says_where_one_comes_from(emulator: CozeEmulator, tmp_path: Path) -> None:
    done = coze(["chat", "b", "hello"], environment(emulator, tmp_path, token=False))
    assert done.returncode == 3
    assert "no token: pass --token, set COZE_API_TOKEN, or sign in with `coze auth login`" in done.stderr
    assert not emulator.requests


def test_an_unknown_conversation_is_an_api_error_with_its_logid(emulator: CozeEmulator, tmp_path: Path) -> None:
    done = coze(["chat", "b", "hello", "--conversation", "404"], environment(emulator, tmp_path))
    assert done.returncode == 1
    assert "code 4200: conversation 404 not found" in done.stderr and "  code: 4200\n" in done.stderr
    assert logid_of(done.stderr)
    assert "Traceback" not in done.stderr


def test_a_stream_cut_short_is_an_api_error(emulator: CozeEmulator, tmp_path: Path) -> None:
    emulator.faults.add(route="chat_create", drop_after_events=3)
    done = coze(["chat", "b", "hello there"], environment(emulator, tmp_path))
    assert done.returncode == 1
    assert done.stdout.startswith("You ")  # what arrived before the cut was shown
    assert "the stream was cut" in done.stderr and logid_of(done.stderr)


def test_a_gateway_page_is_an_api_error(emulator: CozeEmulator, tmp_path: Path) -> None:
    emulator.faults.add(route="workflows_runs_stream", html=True, times=None)
    done = coze(["workflow", "run", "wf-1"], environment(emulator, tmp_path))
    assert done.returncode == 1
    assert done.stderr.startswith("Error: HTTP 502") and logid_of(done.stderr)


def test_an_unreachable_server_is_a_connection_error(emulator: CozeEmulator, tmp_path: Path) -> None:
    done = coze(["chat", "b", "hello", "--base-url", "http://127.0.0.1:9"], environment(emulator, tmp_path))
    assert done.returncode == 1
    assert "connection failed" in done.stderr and "Traceback" not in done.stderr


def test_usage_errors_exit_2(emulator: CozeEmulator, tmp_path: Path) -> None:
    env = environment(emulator, tmp_path)
    assert coze(["chat", "b"], env).returncode == 2  # no message
    assert coze(["chat", "b", "hi", "--base-url", "ftp://example"], env).returncode == 2
    assert coze(["speech", "hello"], env).returncode == 2  # not a command (yet)
    assert not emulator.requests


def test_ctrl_c_mid_stream_closes_it_and_exits_130(emulator: CozeEmulator, tmp_path: Path) -> None:
    emulator.state.timing.stream_interval = 3600  # after the first event, the stream goes quiet
    with running(["chat", "b", "hello", "--json"], environment(emulator, tmp_path)) as chat:
        read_line(chat, r'"event": "conversation.chat.created"')
        out, err = interrupt(chat)
    assert chat.returncode == 130
    assert err.strip() == "Interrupted." and out == ""


def test_ctrl_c_while_waiting_for_the_answer_exits_130(emulator: CozeEmulator, tmp_path: Path) -> None:
    emulator.faults.add(route="workflows_runs_stream", latency=3600)
    with running(["workflow", "run", "wf-1"], environment(emulator, tmp_path)) as run:
        wait_for_request(emulator, "workflows_runs_stream", run)
        out, err = interrupt(run)
    assert run.returncode == 130
    assert err.strip() == "Interrupted." and out == ""


def wait_for_request(emulator: CozeEmulator, operation_id: str, process: subprocess.Popen[str]) -> None:
    """Until the emulator has the request (it records it before the fault's latency)."""
    give_up = time.monotonic() + HANG_GUARD
    while not any(r.operation_id == operation_id for r in emulator.requests):
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < give_up, f"{operation_id} never arrived"
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=0.05)
