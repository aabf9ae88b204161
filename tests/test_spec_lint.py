"""The spec linter catches what CONVENTIONS.md forbids, and the real spec passes it."""

from __future__ import annotations

import copy
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "codegen"))
import lint_spec

SPEC = yaml.safe_load((Path(__file__).resolve().parent.parent / "openapi" / "coze.yaml").read_text(encoding="utf-8"))


def first_operation(spec: dict[str, Any]) -> dict[str, Any]:
    _, _, op = next(lint_spec.operations(spec))
    return op


def test_the_project_spec_has_no_problems() -> None:
    assert lint_spec.lint(SPEC) == []


@pytest.mark.parametrize(
    ("breakage", "message"),
    [
        (lambda s: first_operation(s).pop("operationId"), "missing operationId"),
        (lambda s: first_operation(s).update(tags=["a", "b"]), "exactly one tag"),
        (lambda s: first_operation(s).update(summary="创建"), "summary must be English"),
        (lambda s: first_operation(s).update({"x-coze-retry": "maybe"}), "x-coze-retry"),
        (lambda s: first_operation(s)["responses"].update(default={"description": "x"}), "no default responses"),
        (lambda s: s["components"]["schemas"].update(Orphan={"type": "object"}), "Orphan: unused"),
        (
            lambda s: s["components"]["schemas"]["ResponseDetail"]["properties"].update(
                inline={"type": "object", "properties": {"a": {"type": "string"}}}
            ),
            "inline object",
        ),
        (
            lambda s: s["components"]["schemas"]["ResponseDetail"].update(additionalProperties=False),
            "additionalProperties: false",
        ),
        (
            lambda s: s["components"]["schemas"]["ResponseDetail"]["properties"]["logid"].update(default="x"),
            "no schema defaults",
        ),
    ],
)
def test_each_rule_is_enforced(breakage: Any, message: str) -> None:
    spec = copy.deepcopy(SPEC)
    breakage(spec)
    assert any(message in problem for problem in lint_spec.lint(spec))


def test_examples_are_checked_against_their_schema() -> None:
    spec = copy.deepcopy(SPEC)
    for _, _, op in lint_spec.operations(spec):
        media = op["responses"]["200"]["content"].get("application/json")
        if media and isinstance(media["example"], dict):
            media["example"]["code"] = "zero"
            break
    assert any("example does not match" in problem for problem in lint_spec.lint(spec))
