"""The cozepy -> coze_ext mapping (coze_ext/migrate/cozepy.toml) covers every public name of
cozepy 0.20.0, each equivalent imports as written, and the migration guide's table is the
mapping's rendering."""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
import warnings
from importlib.metadata import version
from pathlib import Path

import pytest

from coze_ext.migrate._mapping import MAPPING_FILE, load, parse

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "codegen"))
import migration_table  # noqa: E402


def cozepy_names() -> list[str]:
    # cozepy imports a deprecated authlib module, whose warning authlib forces on.
    with warnings.catch_warnings(record=True):
        import cozepy
    return list(cozepy.__all__)


def test_the_mapping_lists_every_name_of_cozepy_0_20_0_and_no_other() -> None:
    assert version("cozepy") == "0.20.0"  # the release the mapping describes (requirements-dev.txt pins it)
    names = cozepy_names()
    assert len(names) == len(set(names)) == 229
    mapped = set(load().names)
    assert sorted(set(names) - mapped) == [], "cozepy names missing from the mapping"
    assert sorted(mapped - set(names)) == [], "mapping entries that are not cozepy names"


@pytest.mark.parametrize("name", sorted(load().names))
def test_each_equivalent_imports_as_written(name: str) -> None:
    entry = load().names[name]
    if entry.use is None:
        assert entry.not_needed and len(entry.not_needed) > 20, f"{name}: say why it is not needed"
        return
    module = importlib.import_module(entry.module)
    assert hasattr(module, entry.attr), f"{name}: {entry.use} does not exist"
    exec(entry.import_line, {})  # the import line the guide and the hints show works as printed


def test_member_rewrites_name_cozepy_attributes_and_give_working_code() -> None:
    with warnings.catch_warnings(record=True):
        import cozepy
    entries = [e for e in load().names.values() if e.members]
    assert len(entries) >= 5
    for entry in entries:
        old_class = getattr(cozepy, entry.name)
        for old, new in entry.members.items():
            old_value = getattr(old_class, old)  # a member (or nested class) cozepy has
            if new.startswith("."):  # an attribute of the equivalent, with the same value
                assert getattr(getattr(importlib.import_module(entry.module), entry.attr), new[1:]) == old_value.value
            elif ":" in new:  # another class here
                module, _, name = new.partition(":")
                assert isinstance(getattr(importlib.import_module(module), name), type)
            else:  # a literal: the member's value
                assert ast.literal_eval(new) == old_value.value


def test_every_section_is_a_heading_of_the_guide() -> None:
    titles = migration_table.section_titles((ROOT / "docs" / "migration.md").read_text())
    sections = {e.section for e in load().names.values()}
    migration = load()
    for rules in (migration.calls, migration.methods, migration.results, migration.events, migration.never_seen):
        sections |= {rule.section for rule in rules}
    assert sorted(sections - set(titles)) == []


def test_the_guide_table_is_the_mapping_rendered() -> None:
    guide = (ROOT / "docs" / "migration.md").read_text(encoding="utf-8")
    assert migration_table.render(guide, load()) == guide, "run: python codegen/migration_table.py"
    table = guide[guide.index(migration_table.BEGIN) : guide.index(migration_table.END)]
    for name in cozepy_names():
        assert f"| `{name}` |" in table


def test_the_table_script_checks_and_fails_on_a_stale_table(tmp_path: Path) -> None:
    script = ROOT / "codegen" / "migration_table.py"
    done = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr
    guide = (ROOT / "docs" / "migration.md").read_text(encoding="utf-8")
    stale = guide.replace("| `MessageRole` | `from coze_ext import RoleType` |", "| `MessageRole` | `RoleType` |")
    assert stale != guide
    assert migration_table.render(stale, load()) == guide  # rendering puts the mapping's row back


def test_the_schema_is_checked() -> None:
    with pytest.raises(ValueError, match="exactly one of `use` and `not_needed`"):
        parse({"names": {"X": {"use": "coze_ext.Coze", "not_needed": "no", "section": "chat"}}})
    with pytest.raises(ValueError, match="unknown keys"):
        parse({"names": {"X": {"use": "coze_ext.Coze", "section": "chat", "typo": 1}}})
    with pytest.raises(ValueError, match="section"):
        parse({"names": {"X": {"use": "coze_ext.Coze"}}})


def test_the_mapping_ships_in_the_package() -> None:
    assert MAPPING_FILE.parent == Path(importlib.import_module("coze_ext.migrate").__file__).parent
    assert MAPPING_FILE.read_text(encoding="utf-8").startswith("# cozepy 0.20")
