"""Write the type checkers' imports of a lazily exporting package from its `_EXPORTS` table.

`coze_ext/__init__.py` and `coze_ext/websockets/__init__.py` load each public name on first
use, from the module `_EXPORTS` names for it: that table is the one list a contributor
edits. Type checkers cannot read a table, so the `if TYPE_CHECKING:` block above it holds
the same names as imports; this script writes that block (`make gen`) and checks it
(`make gen-check`), so the two never disagree.

    python codegen/exports.py           # rewrite the blocks
    python codegen/exports.py --check   # exit 1 if a block is stale
"""

from __future__ import annotations

import argparse
import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = [ROOT / "coze_ext" / "__init__.py", ROOT / "coze_ext" / "websockets" / "__init__.py"]
MARKER = "if TYPE_CHECKING:  # written by `make gen` from _EXPORTS below"


def exports_of(source: str) -> dict[str, tuple[str, ...]]:
    """The `_EXPORTS` table of a module's source (a literal: module -> names)."""
    for node in ast.parse(source).body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.target.id == "_EXPORTS":
            assert node.value is not None
            table: dict[str, tuple[str, ...]] = ast.literal_eval(node.value)
            return table
    raise ValueError("no _EXPORTS table")


def render_block(exports: dict[str, tuple[str, ...]]) -> list[str]:
    """One import line per name (ruff then sorts them, as it sorts every import block)."""
    names = [name for names in exports.values() for name in names]
    duplicates = sorted({name for name in names if names.count(name) > 1})
    if duplicates:
        raise ValueError(f"names exported from two modules: {duplicates}")
    return [f"    from {module} import {name} as {name}\n" for module, names in exports.items() for name in names]


def rewrite(path: Path) -> str:
    """The module's source with its TYPE_CHECKING block written from its table."""
    source = path.read_text()
    lines = source.splitlines(keepends=True)
    start = next(index for index, line in enumerate(lines) if line.startswith(MARKER)) + 1
    end = start
    while end < len(lines) and (lines[end].startswith("    ") or not lines[end].strip()):
        end += 1
    while end > start and not lines[end - 1].strip():  # the blank lines after the block stay
        end -= 1
    text = "".join(lines[:start] + render_block(exports_of(source)) + lines[end:])
    return _sort_imports(text, path)


def _sort_imports(text: str, path: Path) -> str:
    """`text` with its imports sorted by the project's pinned ruff, as `make lint` wants them."""
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "ruff",
            "check",
            "--select",
            "I",
            "--fix",
            "--quiet",
            "--stdin-filename",
            str(path),
            "-",
        ],
        input=text,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    if done.returncode != 0:
        raise RuntimeError(f"ruff could not sort the imports of {path}:\n{done.stderr}")
    return done.stdout


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if a block is stale instead of writing it")
    check = parser.parse_args().check
    stale = []
    for path in PACKAGES:
        text = rewrite(path)
        if text != path.read_text():
            stale.append(path.relative_to(ROOT))
            if not check:
                path.write_text(text)
    if check and stale:
        print(f"stale TYPE_CHECKING imports in {', '.join(map(str, stale))}: run 'make gen'", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
