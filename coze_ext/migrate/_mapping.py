"""The cozepy -> coze_ext mapping (`cozepy.toml` beside this module), read with the standard
library only.

One file is the single source of the migration guide's table of names, the hints an old name
gets when imported from `coze_ext`, and the rewrites of `coze migrate`, so the three never
disagree. The file's header explains each table.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

MAPPING_FILE = Path(__file__).with_name("cozepy.toml")
GUIDE = "docs/migration.md"
"""Where the sections named in the mapping are: `docs/migration.md#<section>`."""


@dataclass(frozen=True)
class NameEntry:
    """One name of cozepy's `__all__`: its equivalent here, or why none is needed."""

    name: str
    section: str
    use: str | None = None
    not_needed: str | None = None
    note: str | None = None
    members: Mapping[str, str] = field(default_factory=dict)

    @property
    def module(self) -> str:
        """The module the equivalent is imported from (`coze_ext.types`); "" when none."""
        return self.use.rpartition(".")[0] if self.use else ""

    @property
    def attr(self) -> str:
        """The equivalent's name in its module (`RoleType`); "" when none."""
        return self.use.rpartition(".")[2] if self.use else ""

    @property
    def import_line(self) -> str:
        """How to import the equivalent: `from coze_ext import RoleType`."""
        return f"from {self.module} import {self.attr}" if self.use else ""

    @property
    def where(self) -> str:
        """The guide section about this name: `docs/migration.md#chat`."""
        return f"{GUIDE}#{self.section}"

    def advice(self) -> str:
        """What to write instead of cozepy's name, in one clause (for hints and pointers)."""
        if self.not_needed is not None:
            return f"cozepy's {self.name} is not needed here: {self.not_needed}"
        if not self.module.startswith("coze_ext"):
            advice = f"for cozepy's {self.name} use {self.use} (import {self.module})"
        elif self.attr == self.name:
            advice = f"cozepy's {self.name} is in {self.module} ({self.import_line})"
        else:
            advice = f"for cozepy's {self.name} use {self.attr} ({self.import_line})"
        return f"{advice}: {self.note}" if self.note else advice


@dataclass(frozen=True)
class Unwrap:
    """A parameter given as a call of one of `calls` with one argument: pass `keyword` = it."""

    calls: tuple[str, ...]
    keyword: str


@dataclass(frozen=True)
class CallRule:
    """A call of a cozepy name (`Message.build_user_question_text(...)`) and what it becomes."""

    name: str
    params: tuple[str, ...]
    section: str
    to: str = ""
    args: tuple[str, ...] = ()
    keywords: Mapping[str, str] = field(default_factory=dict)
    unwrap: Mapping[str, Unwrap] = field(default_factory=dict)
    template: str = ""
    defaults: Mapping[str, str] = field(default_factory=dict)
    imports: tuple[str, ...] = ()


@dataclass(frozen=True)
class MethodRule:
    """A call on a client's tree (`coze.bots.list(...)`) whose name or shape changed."""

    path: str
    section: str
    when: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    to: str | None = None
    rename: Mapping[str, str] = field(default_factory=dict)
    drop: tuple[str, ...] = ()
    suffix: str = ""
    pointer: str | None = None


@dataclass(frozen=True)
class ResultRule:
    """An attribute read (`attribute`) or method call (`method`) on a value a client call returned."""

    section: str
    pointer: str
    attribute: str | None = None
    to: str | None = None
    method: str | None = None
    template: str | None = None
    keep: tuple[str, ...] = ()
    drop: tuple[str, ...] = ()
    imports: tuple[str, ...] = ()


@dataclass(frozen=True)
class EventRule:
    """Event attributes renamed on the events of some streams."""

    streams: tuple[str, ...]
    annotations: tuple[str, ...]
    attributes: Mapping[str, str]
    section: str


@dataclass(frozen=True)
class NeverSeen:
    """Event type members a loop over a stream never sees here (the stream raises instead)."""

    members: tuple[str, ...]
    pointer: str
    section: str


@dataclass(frozen=True)
class Migration:
    """Everything in the mapping file."""

    names: Mapping[str, NameEntry]
    calls: tuple[CallRule, ...]
    methods: tuple[MethodRule, ...]
    client_keywords: Mapping[str, str]
    results: tuple[ResultRule, ...]
    events: tuple[EventRule, ...]
    never_seen: tuple[NeverSeen, ...]


@cache
def load() -> Migration:
    """The mapping, read once."""
    return parse(tomllib.loads(MAPPING_FILE.read_text(encoding="utf-8")))


def parse(data: Mapping[str, Any]) -> Migration:
    """The mapping from the file's parsed TOML; a ValueError names any entry that breaks the schema."""
    names = {}
    for name, entry in data["names"].items():
        _check_keys(f"names.{name}", entry, {"use", "not_needed", "section", "note", "members"})
        if ("use" in entry) == ("not_needed" in entry):
            raise ValueError(f"names.{name}: give exactly one of `use` and `not_needed`")
        names[name] = NameEntry(name=name, **entry)
    calls = []
    for entry in data.get("calls", []):
        allowed = {"name", "params", "to", "args", "keywords", "unwrap", "template", "defaults", "imports", "section"}
        _check_keys("calls", entry, allowed)
        if ("to" in entry) == ("template" in entry):
            raise ValueError(f"calls.{entry.get('name')}: give exactly one of `to` and `template`")
        unwrap = {param: Unwrap(tuple(u["calls"]), u["keyword"]) for param, u in entry.get("unwrap", {}).items()}
        calls.append(CallRule(**_fields(entry, "unwrap"), unwrap=unwrap))
    methods = []
    for entry in data.get("methods", []):
        _check_keys("methods", entry, {"path", "when", "to", "rename", "drop", "suffix", "pointer", "section"})
        when = {keyword: tuple(values) for keyword, values in entry.get("when", {}).items()}
        methods.append(MethodRule(**_fields(entry, "when"), when=when))
    results = []
    for entry in data.get("results", []):
        allowed = {"attribute", "to", "method", "template", "keep", "drop", "imports", "pointer", "section"}
        _check_keys("results", entry, allowed)
        results.append(ResultRule(**_fields(entry)))
    events = []
    for entry in data.get("events", []):
        _check_keys("events", entry, {"streams", "annotations", "attributes", "section"})
        events.append(EventRule(**_fields(entry)))
    never_seen = []
    for entry in data.get("never_seen", []):
        _check_keys("never_seen", entry, {"members", "pointer", "section"})
        never_seen.append(NeverSeen(**_fields(entry)))
    return Migration(
        names=names,
        calls=tuple(calls),
        methods=tuple(methods),
        client_keywords=data.get("client_keywords", {}),
        results=tuple(results),
        events=tuple(events),
        never_seen=tuple(never_seen),
    )


def _fields(entry: Mapping[str, Any], *skip: str) -> dict[str, Any]:
    """An entry's fields as dataclass arguments: TOML arrays become tuples."""
    return {key: tuple(value) if isinstance(value, list) else value for key, value in entry.items() if key not in skip}


def _check_keys(where: str, entry: Mapping[str, Any], allowed: set[str]) -> None:
    unknown = set(entry) - allowed
    if unknown:
        raise ValueError(f"{where}: unknown keys {sorted(unknown)} (allowed: {sorted(allowed)})")
    if "section" not in entry:
        raise ValueError(f"{where}: every entry names its guide `section`")
