"""pytest fixtures for the Coze emulator.

Load the plugin in your conftest.py: `pytest_plugins = ["coze_ext.testing.pytest_plugin"]`.
`coze_emulator` is one server per test session, reset before each test (fresh state, no
faults, no recorded requests). Build your client from it:

    def test_answer(coze_emulator):
        coze = Coze(base_url=coze_emulator.base_url, token=coze_emulator.token)
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ._server import CozeEmulator


@pytest.fixture(scope="session")
def coze_emulator_session() -> Iterator[CozeEmulator]:
    """The session's emulator server (state shared across tests: prefer `coze_emulator`)."""
    with CozeEmulator() as emulator:
        yield emulator


@pytest.fixture
def coze_emulator(coze_emulator_session: CozeEmulator) -> CozeEmulator:
    """A running Coze emulator with fresh state."""
    coze_emulator_session.reset()
    return coze_emulator_session
