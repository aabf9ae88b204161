"""Failures a user can cause end a `coze` command with a message and an exit code, never a
Python traceback: run as the installed console script (a hang would be killed by the
subprocess guard, failing the test)."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_support import coze, environment

from coze_ext.testing import CozeEmulator


def test_speech_with_no_sound_device_says_to_write_a_file(emulator: CozeEmulator, tmp_path: Path) -> None:
    no_device = tmp_path / "asound.conf"
    no_device.write_text("")  # an ALSA with no default device
    env = environment(emulator, tmp_path, ALSA_CONFIG_PATH=str(no_device))
    done = coze(["speech", "Hello there.", "--play"], env)

    assert done.returncode == 1 and "Traceback" not in done.stderr
    # ALSA itself may print a diagnostic of its own first; ours is one line.
    (ours,) = [line for line in done.stderr.splitlines() if not line.startswith("ALSA lib ")]
    assert ours.startswith("Error: could not play the speech (Error opening PCM device")
    assert ours.endswith("use -o FILE.wav to write it to a file instead")


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (
            ["speech", "Hi", "-o", "{tmp}/no/such/folder/hi.wav"],
            1,
            "No such file or directory: {tmp}/no/such/folder/hi.wav",
        ),
        (["chat", "  ", "Hi"], 2, "chat_create: bot_id must be a non-empty string"),
        (["chat", "b", "Hi", "--conversation", " "], 2, "conversation_id must be a non-empty string"),
        (["workflow", "run", " "], 2, "workflow_id must be a non-empty string"),
        (["speech", "Hi", "-o", "{tmp}/hi.wav", "--sample-rate", "0"], 2, "0 is not in the range x>=1"),
        (["emulator", "--host", "no-such-host.invalid"], 1, "Error: "),
    ],
    ids=["unwritable-output", "blank-bot", "blank-conversation", "blank-workflow", "bad-rate", "unknown-host"],
)
def test_failures_a_user_causes_print_no_traceback(
    emulator: CozeEmulator, tmp_path: Path, args: list[str], code: int, message: str
) -> None:
    done = coze([arg.format(tmp=tmp_path) for arg in args], environment(emulator, tmp_path))
    assert done.returncode == code, done.stderr
    assert message.format(tmp=tmp_path) in done.stderr and "Traceback" not in done.stderr
    assert emulator.requests == [] and emulator.websockets == []  # refused before anything was sent
