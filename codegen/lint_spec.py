"""Lint openapi/coze.yaml: OpenAPI 3.1 validity plus our rules (codegen/spec_rules.py).

openapi-spec-validator checks the document against the OpenAPI 3.1 schema; spec_rules
checks what openapi/CONVENTIONS.md asks for. Every problem of both is printed at once,
each with the JSON pointer of the spot to fix.

Usage: python codegen/lint_spec.py [openapi/coze.yaml]
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import yaml
from openapi_spec_validator import OpenAPIV31SpecValidator

from spec_rules import Problem, Spec, check, pointer

ROOT = Path(__file__).resolve().parent.parent


def openapi_problems(spec: dict[str, Any]) -> list[Problem]:
    """Where the document breaks the OpenAPI 3.1 schema."""
    return [
        Problem(pointer(*error.absolute_path), f"OpenAPI 3.1: {error.message}")
        for error in OpenAPIV31SpecValidator(spec).iter_errors()
    ]


def main(argv: list[str]) -> int:
    path = Path(argv[0]) if argv else ROOT / "openapi" / "coze.yaml"
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    problems = sorted(openapi_problems(spec) + check(spec))
    for problem in problems:
        print(f"{path.name}: {problem}")
    count = len(Spec(spec).operations)
    if problems:
        print(f"{len(problems)} problem(s) in {count} operations")
        return 1
    print(f"{path.name}: {count} operations, no problems")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
