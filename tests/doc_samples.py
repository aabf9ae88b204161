"""The documentation's samples, found and run: every Python block and every `coze ...` command
line of README.md and docs/ (the rules are in docs/contributing.md, "Samples that run").

    python tests/doc_samples.py [PAGE...]    # run them against a `coze emulator` of their own

tests/test_doc_samples.py runs every page in `make test`.
"""

from __future__ import annotations

import ast
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from cli_support import interrupt, read_line, running

from coze_ext.audio import write_wav

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent  # the venv's `coze` and `python`
HANG_GUARD = 300  # seconds a page's Python samples may take; only a hung sample ever waits this long
COMMAND_GUARD = 120  # seconds for one command line
SESSION = Path(__file__).with_name("doc_session.py")

PYTHON_FENCES = {"python", "py"}
SHELL_FENCES = {"sh", "bash", "shell", "console"}
FENCE = re.compile(r"^(?P<indent> *)(?P<fence>`{3,}|~{3,})\s*(?P<info>[^`\s]*)[^`]*$")
MARKER = re.compile(r"^\s*<!--\s*not run(?:\s+`(?P<command>[^`]+)`)?\s*:\s*(?P<reason>.*?)\s*-->\s*$")
INCLUDE = "--8<--"  # a block showing an example file, which tests/test_examples.py runs
COMMAND = re.compile(r"^(?:\$\s+)?(?P<line>coze(?:\s.*)?)$")


def pages() -> list[Path]:
    """README.md and every Markdown page under docs/."""
    return [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]


@dataclass(frozen=True)
class Sample:
    """One Python block, or one `coze` command line, of a page."""

    page: str  # relative to the repository
    line: int  # the block's first code line, or the command's line (1-based)
    kind: Literal["python", "command"]
    code: str
    not_run: str | None = None  # the reason its marker gives

    @property
    def where(self) -> str:
        return f"{self.page}:{self.line}"


@dataclass
class Page:
    """What a page holds: its samples, how many blocks show an example file, and the
    markers that mark nothing (each a problem to fix)."""

    path: str
    samples: list[Sample] = field(default_factory=list)
    included: int = 0
    problems: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Marker:
    line: int
    command: str | None  # None: the whole block
    reason: str


def read_page(path: Path) -> Page:
    """The samples of one Markdown page, each with its marker's reason if it has one."""
    name = path.relative_to(ROOT).as_posix()
    page = Page(name)
    lines = path.read_text(encoding="utf-8").splitlines()
    pending: list[Marker] = []
    index = 0
    while index < len(lines):
        text = lines[index]
        marker, fence = MARKER.match(text), FENCE.match(text)
        if marker:
            if not marker["reason"]:
                page.problems.append(f"{name}:{index + 1}: a `not run` marker needs a reason")
            pending.append(Marker(index + 1, marker["command"], marker["reason"]))
        elif fence:
            end = _closing(lines, index, fence)
            if end is None:
                page.problems.append(f"{name}:{index + 1}: a code block that never closes")
                return page
            indent = len(fence["indent"])
            body = [line[indent:] if not line[:indent].strip() else line.lstrip() for line in lines[index + 1 : end]]
            _add_block(page, fence["info"].lower(), index + 2, body, pending)
            pending = []
            index = end
        elif text.strip() and pending:
            _unused(page, pending, "no code block follows it (put it on the line before the fence)")
            pending = []
        index += 1
    if pending:
        _unused(page, pending, "no code block follows it")
    return page


def _closing(lines: list[str], start: int, fence: re.Match[str]) -> int | None:
    mark = fence["fence"]
    for index in range(start + 1, len(lines)):
        text = lines[index].strip()
        if text.startswith(mark[0] * len(mark)) and not text.strip(mark[0]):
            return index
    return None


def _unused(page: Page, markers: Sequence[Marker], why: str) -> None:
    for marker in markers:
        page.problems.append(f"{page.path}:{marker.line}: this `not run` marker marks nothing: {why}")


def _add_block(page: Page, info: str, first: int, body: list[str], markers: list[Marker]) -> None:
    whole = [m for m in markers if m.command is None]
    per_command = [m for m in markers if m.command is not None]
    if info in PYTHON_FENCES and any(INCLUDE in line for line in body):
        page.included += 1
        _unused(page, markers, "the block shows an example file, which tests/test_examples.py runs")
    elif info in PYTHON_FENCES:
        _unused(page, per_command, "a command marker on a Python block")
        _unused(page, whole[1:], "the block has another marker")
        reason = whole[0].reason if whole else None
        page.samples.append(Sample(page.path, first, "python", "\n".join(body) + "\n", reason))
    elif info in SHELL_FENCES:
        _unused(page, whole[1:], "the block has another marker")
        used: set[Marker] = set()
        commands = 0
        for offset, line in enumerate(body):
            command = COMMAND.match(line.strip())
            if not command:
                continue
            reason = whole[0].reason if whole else None
            for marker in per_command:
                if command["line"].startswith(marker.command or ""):
                    reason = marker.reason
                    used.add(marker)
            page.samples.append(Sample(page.path, first + offset, "command", command["line"], reason))
            commands += 1
        if whole and not commands:
            _unused(page, whole, "the block has no `coze` command")
        _unused(page, [m for m in per_command if m not in used], "no line of the block starts with its command")
    else:
        _unused(page, markers, f"a `{info or 'plain'}` block is not run anyway")


def placeholders(code: str) -> list[str]:
    """The placeholders a user would have to fill in: `...` or `"..."` as a value (a bare
    `...` statement, "your code here", is fine, and so is `...` inside a type's brackets)."""
    tree = ast.parse(code)
    allowed = {id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Expr)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Subscript):
            allowed.update(id(inner) for inner in ast.walk(node.slice))
    found = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and node.value in (Ellipsis, "...") and id(node) not in allowed
    ]
    found.sort(key=lambda node: (node.lineno, node.col_offset))
    return [f"line {node.lineno}: {'...' if node.value is Ellipsis else repr(node.value)}" for node in found]


def check_python(sample: Sample) -> str | None:
    """Why an unmarked Python sample cannot be what a user copies, or None."""
    try:
        found = placeholders(sample.code)
    except SyntaxError as error:
        return f"{sample.where}: not Python: {error.msg} (block line {error.lineno})"
    if found:
        return (
            f"{sample.where}: a fragment, with placeholders ({', '.join(found)}): complete it, or mark it "
            "`<!-- not run: why -->` on the line before its fence"
        )
    return None


# Running --------------------------------------------------------------------------------


def run_python(samples: Sequence[Sample], env: dict[str, str], workdir: Path) -> subprocess.CompletedProcess[str]:
    """A page's Python samples, in a fresh interpreter of their own (tests/doc_session.py)."""
    payload = json.dumps([(s.page, s.line, s.code) for s in samples])
    return subprocess.run(
        [sys.executable, str(SESSION)],
        input=payload,
        cwd=workdir,
        env=env,
        capture_output=True,
        text=True,
        timeout=HANG_GUARD,
    )


def run_command(sample: Sample, env: dict[str, str], workdir: Path) -> subprocess.CompletedProcess[str]:
    """One command line, as a shell runs it (quotes, `$VARIABLES`, pipes)."""
    return subprocess.run(
        ["bash", "-c", sample.code], cwd=workdir, env=env, capture_output=True, text=True, timeout=COMMAND_GUARD
    )


def failures(page: Page, env: dict[str, str], workdir: Path) -> list[str]:
    """Run a page's unmarked samples in `workdir`: its Python samples in order as one
    session, then its command lines in order. What failed, with what it printed."""
    found = list(page.problems)
    python = [s for s in page.samples if s.kind == "python" and s.not_run is None]
    found += [problem for problem in map(check_python, python) if problem]
    if found:
        return found
    if python:
        done = run_python(python, env, workdir)
        if done.returncode != 0:
            found.append(f"{page.path}: a Python sample failed:\n{done.stdout[-3000:]}\n{done.stderr[-6000:]}")
    for sample in page.samples:
        if sample.kind == "command" and sample.not_run is None:
            done = run_command(sample, env, workdir)
            if done.returncode != 0:
                found.append(
                    f"{sample.where}: `{sample.code}` exited with {done.returncode}:\n"
                    f"{done.stdout[-2000:]}\n{done.stderr[-3000:]}"
                )
    return found


def report(found: Sequence[Page]) -> str:
    """How many samples there are, and every one not run, with its reason."""
    samples = [s for page in found for s in page.samples]
    skipped = [s for s in samples if s.not_run is not None]
    python = sum(s.kind == "python" for s in samples)
    lines = [
        f"doc samples: {python} Python blocks and {len(samples) - python} `coze` command lines in "
        f"{len(found)} pages ({sum(p.included for p in found)} blocks show example files, run by "
        f"test_examples); {len(samples) - len(skipped)} run, {len(skipped)} not run:"
    ]
    lines += [f"  {s.where} ({s.kind}): {s.not_run}" for s in skipped]
    return "\n".join(lines)


# The stand-ins for the files samples name -----------------------------------------------


STAND_INS = {
    "report.pdf": b"%PDF-1.7\n% a stand-in for your own report\n%%EOF\n",
    "talk.mp3": b"ID3\x04\x00\x00\x00\x00\x00\x00" + bytes(2048),
}
QUESTION_WAV = bytes(24000)  # half a second of silence: 24 kHz, 16-bit mono PCM


def workspace(directory: Path) -> Path:
    """A scratch directory holding the files the samples read (your own, in real use)."""
    directory.mkdir(parents=True, exist_ok=True)
    for name, content in STAND_INS.items():
        (directory / name).write_bytes(content)
    write_wav(directory / "question.wav", QUESTION_WAV)
    return directory


# The emulator the samples talk to ----------------------------------------------------------

EXPORT = re.compile(r"\b([A-Z_]+)=(\S+)")


def sample_environment(exports: dict[str, str], home: Path) -> dict[str, str]:
    """The machine's environment without its COZE_* settings, plus what `coze emulator`
    printed to export, a HOME of the run's own (no saved login), and the venv's commands."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("COZE_")}
    env.update(exports, HOME=str(home), PATH=f"{BIN}{os.pathsep}{env.get('PATH', '')}")
    return env


@contextmanager
def coze_emulator(home: Path) -> Iterator[dict[str, str]]:
    """Run `coze emulator` as a user would, and yield what it prints to export (COZE_API_BASE,
    COZE_API_TOKEN, COZE_BOT_ID, COZE_WORKFLOW_ID); Ctrl-C stops it at the end."""
    exports: dict[str, str] = {}
    with running(["emulator"], sample_environment({}, home)) as server:
        while True:
            line = read_line(server, ".*").string
            if line.strip().startswith("export "):
                exports.update(EXPORT.findall(line))
            if "Ctrl+C" in line:
                break
        missing = {"COZE_API_BASE", "COZE_API_TOKEN", "COZE_BOT_ID", "COZE_WORKFLOW_ID"} - set(exports)
        assert not missing, f"`coze emulator` did not print {sorted(missing)} to export"
        try:
            yield exports
        finally:
            interrupt(server)


def main(argv: list[str]) -> int:
    import tempfile

    chosen = [ROOT / name for name in argv] or pages()
    found = [read_page(path) for path in chosen]
    broken = 0
    with tempfile.TemporaryDirectory(prefix="coze-doc-samples-") as scratch, coze_emulator(Path(scratch)) as exports:
        for page in found:
            env = sample_environment(exports, Path(scratch))
            for problem in failures(page, env, workspace(Path(scratch) / page.path.replace("/", "_"))):
                broken += 1
                print(f"FAILED {problem}\n")
    print(report(found))
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
