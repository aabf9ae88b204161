"""`coze migrate` over files: migrate each, collect the diffs and the summary's counts."""

from __future__ import annotations

import difflib
import os
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .._errors import MigrationError
from ._files import python_files, read_source, write_atomically
from ._rewrite import KINDS, POINTER, migrate_source


@dataclass
class Report:
    """What a run found and did."""

    read: int = 0
    changed: list[Path] = field(default_factory=list)
    diffs: list[str] = field(default_factory=list)
    rewrites: Counter[str] = field(default_factory=Counter)
    pointers: int = 0
    errors: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """One line: files changed, rewrites by kind, places left for a person."""
        line = f"coze migrate: {len(self.changed)} of {self.read} files changed"
        kinds = [f"{kind} {self.rewrites[kind]}" for kind in KINDS if self.rewrites[kind]]
        line += f"; rewrites: {', '.join(kinds)}" if kinds else "; nothing rewritten"
        line += f"; {self.pointers} places left for a person (marked {POINTER!r})"
        if self.errors:
            line += f"; {len(self.errors)} files could not be migrated"
        return line


def migrate_paths(paths: Sequence[str | os.PathLike[str]], *, write: bool) -> Report:
    """Migrate the Python files under `paths`: a diff of each change, written if `write`."""
    report = Report()
    for path in python_files(paths):
        report.read += 1
        try:
            source, encoding = read_source(path)
            outcome = migrate_source(source)
        except (OSError, UnicodeDecodeError, SyntaxError, MigrationError) as error:
            report.errors.append(f"{path}: {error}")
            continue
        report.rewrites.update(outcome.rewrites)
        report.pointers += outcome.pointers
        if not outcome.changed:
            continue
        report.changed.append(path)
        name = path.as_posix()
        diff = difflib.unified_diff(
            source.splitlines(keepends=True), outcome.code.splitlines(keepends=True), f"a/{name}", f"b/{name}"
        )
        report.diffs.append("".join(line if line.endswith("\n") else line + "\n" for line in diff))
        if write:
            write_atomically(path, outcome.code, encoding)
    return report
