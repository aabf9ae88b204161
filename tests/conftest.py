"""Shared fixtures: `emulator` is a running Coze emulator (coze_ext.testing) with fresh state."""

from __future__ import annotations

import pytest

from coze_ext.testing import CozeEmulator

pytest_plugins = ["coze_ext.testing.pytest_plugin"]


@pytest.fixture
def emulator(coze_emulator: CozeEmulator) -> CozeEmulator:
    """The session's emulator server, reset for this test (no state, faults or recorded requests)."""
    return coze_emulator
