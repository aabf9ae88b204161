"""Shared fixtures: `emulator` is a running Coze emulator (coze_ext.testing) with fresh state,
knowing the bot most tests chat with (`BOT`)."""

from __future__ import annotations

import pytest

from coze_ext.testing import CozeEmulator

pytest_plugins = ["coze_ext.testing.pytest_plugin"]


# Like Coze, the emulator only chats with bots it knows.
BOT = "b"


@pytest.fixture
def emulator(coze_emulator: CozeEmulator) -> CozeEmulator:
    """The session's emulator server, reset for this test (no faults or recorded requests, and
    no state but the bot `BOT`)."""
    coze_emulator.add_bot("Echo bot", bot_id=BOT)
    return coze_emulator
