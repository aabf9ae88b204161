"""The files `coze migrate` reads and writes: Python files under the paths given (honouring
.gitignore through git when the folder is in a repository), decoded as Python decodes them
(PEP 263), and written back atomically with their encoding and permissions."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import tokenize
from collections.abc import Iterator, Sequence
from pathlib import Path

# Folders a walk without git skips: tools' caches, virtual environments, dependencies.
_SKIPPED = {"__pycache__", "node_modules", "site-packages", "build", "dist"}


def python_files(paths: Sequence[str | os.PathLike[str]]) -> list[Path]:
    """The files to migrate: each file named, and the `.py` files under each folder named."""
    found: dict[Path, None] = {}
    for path in map(Path, paths):
        if path.is_dir():
            listed = _git_listed(path)
            for file in listed if listed is not None else _walk(path):
                found.setdefault(file)
        else:
            found.setdefault(path)
    return list(found)


def _git_listed(folder: Path) -> list[Path] | None:
    """The `.py` files git tracks or would track under `folder`; None outside a repository."""
    git = shutil.which("git")
    if git is None:
        return None
    try:
        done = subprocess.run(
            [git, "ls-files", "-z", "--cached", "--others", "--exclude-standard", "--", "*.py"],
            cwd=folder,
            capture_output=True,
            timeout=60,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    if done.returncode != 0:
        return None
    names = [name for name in done.stdout.decode("utf-8", "surrogateescape").split("\0") if name]
    return sorted(folder / name for name in names if (folder / name).is_file())


def _walk(folder: Path) -> Iterator[Path]:
    """The `.py` files under `folder`, leaving out hidden folders, caches and virtual environments."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(
            d
            for d in dirs
            if not d.startswith(".") and d not in _SKIPPED and not (Path(root, d) / "pyvenv.cfg").exists()
        )
        yield from (Path(root, name) for name in sorted(files) if name.endswith(".py"))


def read_source(path: Path) -> tuple[str, str]:
    """A file's text and encoding, as Python reads it (a coding cookie or a BOM; else UTF-8)."""
    data = path.read_bytes()
    lines = iter(data.splitlines(keepends=True))
    encoding, _ = tokenize.detect_encoding(lambda: next(lines, b""))
    return data.decode(encoding), encoding


def write_atomically(path: Path, text: str, encoding: str) -> None:
    """Replace `path` by `text` all at once (a reader sees the old file or the new one),
    keeping its encoding and permission bits."""
    data = text.encode(encoding)
    mode = path.stat().st_mode & 0o7777
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(descriptor, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
