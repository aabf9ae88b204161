"""`make docs` fails on a broken internal link or anchor: the target itself, run on a small
site that inherits the project's mkdocs.yml (strict, and its `validation`), once with sound
links and once with broken ones."""

from __future__ import annotations

import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def make_docs(tmp_path: Path, link: str) -> subprocess.CompletedProcess[str]:
    """`make docs` on two pages, the first linking to `link`, with the project's settings
    (its own nav and plugins aside)."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.md").write_text(f"# Home\n\nSee [the guide]({link}).\n")
    (docs / "guide.md").write_text("# Guide\n\n## Retries\n\nText.\n")
    config = tmp_path / "mkdocs.yml"
    config.write_text(
        f"INHERIT: {ROOT / 'mkdocs.yml'}\n"
        "docs_dir: docs\nsite_dir: site\nnav: [index.md, guide.md]\nplugins: [search]\nmarkdown_extensions: [toc]\n"
    )
    # -o: the install stamp counts as done (the tests run after `make install`).
    command = ["make", "--no-print-directory", "-o", ".venv/.installed", "docs", f"DOCS_CONFIG={config}"]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True)


def test_sound_links_build(tmp_path: Path) -> None:
    done = make_docs(tmp_path, "guide.md#retries")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "site" / "guide" / "index.html").exists()


def test_a_missing_anchor_fails_the_build(tmp_path: Path) -> None:
    done = make_docs(tmp_path, "guide.md#timeouts")
    assert done.returncode != 0
    assert "does not contain an anchor '#timeouts'" in done.stderr


def test_a_missing_page_fails_the_build(tmp_path: Path) -> None:
    done = make_docs(tmp_path, "nowhere.md")
    assert done.returncode != 0
    assert "'nowhere.md', but the target is not found" in done.stderr
