"""Placeholder until the spec-rule checker lands (branch tools)."""

from __future__ import annotations

from typing import Any


def check(spec: dict[str, Any]) -> list[Any]:
    return []


def format_problems(problems: list[Any]) -> str:
    return "\n".join(map(str, problems))
