"""Every file in generated/coze_api says it must never be edited by hand, and where it comes
from: the spec (rendered) or codegen/static (copied). An edit there is lost at the next
`make gen`, so whoever opens one must learn at once where to edit instead."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "generated" / "coze_api"
STATIC = ROOT / "codegen" / "static"
FILES = sorted(path for path in PACKAGE.rglob("*") if path.is_file() and "__pycache__" not in path.parts)


def expected_origin(path: Path) -> str:
    if path.parent == PACKAGE and (STATIC / path.name).exists():
        return f"Copied from codegen/static/{path.name} by `make gen`; never edit by hand."
    return "Generated from openapi/coze.yaml by `make gen`; never edit by hand."


def test_the_package_holds_rendered_and_copied_files() -> None:
    # Guards the parametrized test below against silently checking nothing.
    copied = {path.name for path in FILES if expected_origin(path).startswith("Copied")}
    assert copied == {path.name for path in STATIC.glob("*.py")}
    assert len(FILES) > len(copied) + 5


@pytest.mark.parametrize("path", FILES, ids=lambda path: str(path.relative_to(PACKAGE)))
def test_every_generated_file_says_never_edit(path: Path) -> None:
    if path.suffix != ".py":
        # A marker file (PEP 561's py.typed) carries nothing to edit, so it stays empty.
        assert path.name == "py.typed" and path.read_text(encoding="utf-8") == "", f"unexpected file {path.name}"
        return
    docstring = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or ""
    assert docstring.splitlines()[-1:] == [expected_origin(path)], docstring
