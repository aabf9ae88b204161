"""Every code sample of README.md and docs/ runs as written, against `coze emulator`: each
Python block (a page's blocks in order, as one session) and each `coze ...` command line.
A sample that cannot run offline is marked in the Markdown with its reason; the rules are in
docs/contributing.md ("Samples that run"), the runner in tests/doc_samples.py."""

from __future__ import annotations

import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from doc_samples import (
    ROOT,
    Page,
    coze_emulator,
    failures,
    pages,
    placeholders,
    read_page,
    report,
    sample_environment,
    workspace,
)
from doc_session import exec_samples

PAGES = pages()


@pytest.fixture(scope="module")
def emulator_exports(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """What `coze emulator`, run as a user runs it, prints to export."""
    with coze_emulator(tmp_path_factory.mktemp("home")) as exports:
        yield exports


@pytest.mark.parametrize("path", PAGES, ids=[path.relative_to(ROOT).as_posix() for path in PAGES])
def test_the_samples_of_a_page_run(path: Path, emulator_exports: dict[str, str], tmp_path: Path) -> None:
    page = read_page(path)
    found = failures(page, sample_environment(emulator_exports, tmp_path), workspace(tmp_path / "work"))
    assert not found, "\n\n".join(found)


def test_the_samples_are_counted_and_the_ones_not_run_listed(capsys: pytest.CaptureFixture[str]) -> None:
    found = [read_page(path) for path in PAGES]
    assert sum(len(page.samples) for page in found) > 0
    with capsys.disabled():  # shown in `make test`'s output: what the docs show but nothing runs
        print("\n" + report(found))


# The runner itself -----------------------------------------------------------------------


def page_of(tmp_path: Path, text: str) -> Page:
    path = ROOT / "docs" / f"_doc_samples_test_{tmp_path.name}.md"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    try:
        return read_page(path)
    finally:
        path.unlink()


def test_blocks_commands_and_markers_are_read(tmp_path: Path) -> None:
    page = page_of(
        tmp_path,
        """\
        # A page

        ```python
        x = 1
        ```

        <!-- not run: needs a real Coze account -->
        ```python
        x = 2
        ```

        <!-- not run `coze auth login`: waits for a browser -->
        ```sh
        make demo
        $ coze chat "$COZE_BOT_ID" hi   # a comment
        coze auth login --client-id ...
        ```

        ```
        coze chat [--json] BOT_ID MESSAGE
        ```

        ```python
        --8<-- "examples/quickstart.py"
        ```
        """,
    )
    assert page.problems == []
    assert [(s.line, s.kind, s.code, s.not_run) for s in page.samples] == [
        (4, "python", "x = 1\n", None),
        (9, "python", "x = 2\n", "needs a real Coze account"),
        (15, "command", 'coze chat "$COZE_BOT_ID" hi   # a comment', None),
        (16, "command", "coze auth login --client-id ...", "waits for a browser"),
    ]
    assert page.included == 1


def test_a_marker_that_marks_nothing_is_a_problem(tmp_path: Path) -> None:
    page = page_of(
        tmp_path,
        """\
        <!-- not run: stray -->
        Some text.

        <!-- not run `coze speech`: no such line -->
        ```sh
        coze chat b hi
        ```

        <!-- not run: a synopsis is not run anyway -->
        ```
        coze chat BOT_ID MESSAGE
        ```

        <!-- not run: -->
        ```python
        x = 1
        ```
        """,
    )
    assert [problem.split(": ", 1)[0].rsplit(":", 1)[1] for problem in page.problems] == ["1", "4", "9", "14"]
    assert "needs a reason" in page.problems[3]


def test_placeholders_are_found_but_not_a_bare_ellipsis_statement() -> None:
    code = 'coze.bots.retrieve(bot_id="...")\ncoze.chat.create(...)\nfor x in y:\n    ...\nt: tuple[int, ...] = (1,)\n'
    assert placeholders(code) == ["line 1: '...'", "line 2: ..."]


def test_a_session_shares_names_runs_top_level_await_and_names_the_failing_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    samples = [
        ("docs/a.md", 3, "import asyncio\nx = 2\n"),
        ("docs/a.md", 10, "await asyncio.sleep(0)\ny = x * 21\n"),
        ("docs/a.md", 20, "assert y == 42\nraise ValueError('broken sample')\n"),
        ("docs/a.md", 30, "never = 1\n"),
    ]
    assert exec_samples(samples) == 1
    out, err = capsys.readouterr()
    assert out.splitlines() == ["--- docs/a.md:3", "--- docs/a.md:10", "--- docs/a.md:20"]
    assert 'File "docs/a.md", line 21' in err and "ValueError: broken sample" in err
