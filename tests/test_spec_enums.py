"""One enum per concept: the spec declares each string enum that becomes a class once, so
the exported enum (`MessageContentType`, `BotPublishStatus`...) fits every argument of its
concept and a user never meets two classes with the same members."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from spec_cases import SPEC


def enum_classes(spec: dict[str, Any]) -> Iterator[tuple[str, frozenset[str]]]:
    """Each string enum the generator turns into a class: a named schema, or an inline enum
    of a model's property (request arguments' inline enums are Literals, not classes)."""
    for name, schema in spec["components"]["schemas"].items():
        if isinstance(schema.get("enum"), list):
            yield name, frozenset(map(str, schema["enum"]))
        for field, prop in (schema.get("properties") or {}).items():
            if isinstance(prop, dict) and isinstance(prop.get("enum"), list):
                yield f"{name}.{field}", frozenset(map(str, prop["enum"]))


def string_enum_duplicates(spec: dict[str, Any]) -> list[list[str]]:
    by_values: dict[frozenset[str], list[str]] = defaultdict(list)
    for where, values in enum_classes(spec):
        if not all(value.lstrip("-").isdigit() for value in values):  # integer enums share 0, 1, 2
            by_values[values].append(where)
    return [places for places in by_values.values() if len(places) > 1]


def test_no_two_string_enums_have_the_same_members() -> None:
    assert string_enum_duplicates(SPEC) == []


def test_a_second_enum_of_one_concept_is_found() -> None:
    schemas = {
        "RoleType": {"type": "string", "enum": ["user", "assistant"]},
        "Reply": {"type": "object", "properties": {"role": {"type": "string", "enum": ["assistant", "user"]}}},
        "Mode": {"type": "integer", "enum": [0, 1]},
        "Other": {"type": "integer", "enum": [1, 0]},
    }
    assert string_enum_duplicates({"components": {"schemas": schemas}}) == [["RoleType", "Reply.role"]]
