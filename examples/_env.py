"""Shared set-up for the examples: ids from the environment, with stand-ins for the emulator.

Every example runs against real Coze when COZE_API_TOKEN (and COZE_API_BASE for coze.cn)
is set, or against the local emulator (`python -m coze_ext.testing`) otherwise.
"""

from __future__ import annotations

import os


def env_id(name: str, stand_in: str) -> str:
    """An id from the environment, or a stand-in that the local emulator accepts."""
    return os.environ.get(name, stand_in)


WORKSPACE_ID = env_id("COZE_WORKSPACE_ID", "7400000000000000001")
BOT_ID = env_id("COZE_BOT_ID", "7400000000000000002")
WORKFLOW_ID = env_id("COZE_WORKFLOW_ID", "7400000000000000003")
DATASET_ID = env_id("COZE_DATASET_ID", "7400000000000000004")
VOICE_ID = env_id("COZE_VOICE_ID", "7400000000000000005")
ENTERPRISE_ID = env_id("COZE_ENTERPRISE_ID", "7400000000000000006")
