"""The spec covers every operation of the reference sources (or excludes it with a reason)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "codegen"))
import spec_coverage as coverage_report  # noqa: E402

REFERENCE = coverage_report.reference_dir()


@pytest.mark.skipif(
    not (REFERENCE / "api-surface.md").is_file(),
    reason="the reference sources (shared/reference) are not beside the repo",
)
def test_coverage_report_finds_nothing_missing() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "codegen" / "spec_coverage.py")], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout[-3000:]
    assert " 0 missing" in done.stdout


def test_path_shapes_compare_equal_whatever_the_placeholder_style() -> None:
    assert coverage_report.normalise("/v1/bots/:bot_id") == coverage_report.normalise("/v1/bots/{bot_id}")
    assert coverage_report.normalise("/v1/x/**{id}**/y?z=1") == "/v1/x/{}/y"
