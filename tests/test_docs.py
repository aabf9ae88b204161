"""The documentation build (`make docs`) fails on a broken internal link or anchor: a small
site built with the project's mkdocs.yml settings (strict, and its `validation`), once with
sound links and once with broken ones."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MKDOCS = Path(sys.executable).parent / "mkdocs"


def build(tmp_path: Path, link: str) -> subprocess.CompletedProcess[str]:
    """Build two pages, the first linking to `link`, with the project's settings (its own
    nav and plugins aside)."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.md").write_text(f"# Home\n\nSee [the guide]({link}).\n")
    (docs / "guide.md").write_text("# Guide\n\n## Retries\n\nText.\n")
    config = tmp_path / "mkdocs.yml"
    config.write_text(
        f"INHERIT: {ROOT / 'mkdocs.yml'}\n"
        "docs_dir: docs\nsite_dir: site\nnav: [index.md, guide.md]\nplugins: [search]\nmarkdown_extensions: [toc]\n"
    )
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run([str(MKDOCS), "build", "-f", str(config)], capture_output=True, text=True, env=env)


def test_sound_links_build(tmp_path: Path) -> None:
    done = build(tmp_path, "guide.md#retries")
    assert done.returncode == 0, done.stderr


def test_a_missing_anchor_fails_the_build(tmp_path: Path) -> None:
    done = build(tmp_path, "guide.md#timeouts")
    assert done.returncode != 0
    assert "does not contain an anchor '#timeouts'" in done.stderr


def test_a_missing_page_fails_the_build(tmp_path: Path) -> None:
    done = build(tmp_path, "nowhere.md")
    assert done.returncode != 0
    assert "'nowhere.md', but the target is not found" in done.stderr
