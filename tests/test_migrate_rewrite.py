"""`coze migrate`'s rewrite, rule by rule: each case in tests/migrate_cases is cozepy-style
code (NAME.in.py) and what the codemod must make of it (NAME.out.py), exactly."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import warnings
from pathlib import Path

import pytest

from coze_ext.migrate._mapping import load
from coze_ext.migrate._rewrite import POINTER, MigrationError, migrate_source

CASES = Path(__file__).resolve().parent / "migrate_cases"
NAMES = sorted(path.name.removesuffix(".in.py") for path in CASES.glob("*.in.py"))


def case(name: str) -> tuple[str, str]:
    return (CASES / f"{name}.in.py").read_text(encoding="utf-8"), (CASES / f"{name}.out.py").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", NAMES)
def test_each_case_is_rewritten_as_expected(name: str) -> None:
    source, expected = case(name)
    outcome = migrate_source(source)
    assert outcome.code == expected
    assert outcome.changed and sum(outcome.rewrites.values()) + outcome.pointers > 0
    assert outcome.pointers == expected.count(POINTER) - source.count(POINTER)


@pytest.mark.parametrize("name", NAMES)
def test_a_second_run_changes_nothing_and_every_output_parses(name: str) -> None:
    _, expected = case(name)
    ast.parse(expected)
    again = migrate_source(expected)
    assert again.code == expected and not again.changed
    assert again.pointers == 0


def test_every_rule_of_the_mapping_has_a_case() -> None:
    inputs = "\n".join(case(name)[0] for name in NAMES)
    migration = load()
    wanted = [rule.name.split(".")[-1] + "(" for rule in migration.calls]
    wanted += [f".{rule.path}(" for rule in migration.methods]
    wanted += [f".{rule.attribute}" for rule in migration.results if rule.attribute]
    wanted += [f".{rule.method}(" for rule in migration.results if rule.method]
    wanted += [f".{attribute}" for rule in migration.events for attribute in rule.attributes]
    wanted += [member for rule in migration.never_seen for member in rule.members]
    wanted += [f"{keyword}=" for keyword in migration.client_keywords]
    assert [text for text in wanted if text not in inputs] == []
    with_members = [entry for entry in migration.names.values() if entry.members]
    assert [e.name for e in with_members if not any(f"{e.name}.{m}" in inputs for m in e.members)] == []


def test_code_without_cozepy_is_returned_untouched() -> None:
    source = 'import coze_ext\n\nprint("cozepy is not imported here")  # cozepy\ncoze = Coze(auth=TokenAuth("t"))\n'
    outcome = migrate_source(source)
    assert outcome.code is source and not outcome.changed and not outcome.rewrites


def test_code_that_does_not_parse_is_refused() -> None:
    with pytest.raises(MigrationError, match="does not parse"):
        migrate_source("from cozepy import Coze\ndef broken(:\n")


def test_comments_and_layout_survive() -> None:
    source = (
        "from cozepy import Coze, TokenAuth  # the client\n\n\n"
        "# Build it once.\n"
        "coze = Coze(\n    auth=TokenAuth('pat'),  # the token\n    base_url='https://api.coze.cn',\n)\n"
    )
    assert migrate_source(source).code == (
        "from coze_ext import Coze  # the client\n\n\n"
        "# Build it once.\n"
        "coze = Coze(\n    token='pat',  # the token\n    base_url='https://api.coze.cn',\n)\n"
    )


def test_a_name_bound_twice_is_never_guessed() -> None:
    # `coze` is a cozepy client on one path and something else on the other: no rewrite,
    # a pointer instead.
    source = (
        "from cozepy import Coze, TokenAuth\n"
        "import other\n\n"
        "coze = Coze(auth=TokenAuth('t')) if other.ready else other.client()\n"
        "coze = other.wrap(coze)\n"
        "page = coze.bots.list(space_id='w')\n"
    )
    code = migrate_source(source).code
    assert "coze.bots.list(space_id='w')" in code
    assert "# coze migrate: if this is a cozepy client" in code


def test_a_new_name_that_would_clash_keeps_the_old_one_as_alias() -> None:
    source = "from cozepy import MessageRole\n\nRoleType = 'mine'\nprint(MessageRole.USER, RoleType)\n"
    assert migrate_source(source).code == (
        "from coze_ext import RoleType as MessageRole\n\nRoleType = 'mine'\nprint(MessageRole.USER, RoleType)\n"
    )


def test_names_from_cozepy_submodules_are_its_public_ones() -> None:
    # The codemod treats `from cozepy.auth import TokenAuth` as cozepy's TokenAuth: true of
    # every mapped name in every cozepy module.
    with warnings.catch_warnings(record=True):
        import cozepy

        modules = [importlib.import_module(m.name) for m in pkgutil.walk_packages(cozepy.__path__, "cozepy.")]
    names = load().names
    differ = [
        (module.__name__, name)
        for module in modules
        for name in names
        if hasattr(module, name) and getattr(module, name) is not getattr(cozepy, name)
    ]
    assert len(modules) > 30 and differ == []
