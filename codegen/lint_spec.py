"""Lint openapi/coze.yaml: OpenAPI validity plus the rules in openapi/CONVENTIONS.md.

openapi-spec-validator checks the document against the OpenAPI 3.1 schema; the rules
below are ours (they keep generated code forgiving and the resource tree predictable).
Every 200 JSON example is also validated against its own schema, so the examples the
emulator serves and the tests parse cannot drift from the types.

Usage: python codegen/lint_spec.py [openapi/coze.yaml]
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml
from openapi_schema_validator import OAS31Validator
from openapi_spec_validator import validate

from render_events import ROLES, Family, read_families

ROOT = Path(__file__).resolve().parent.parent
HTTP_METHODS = ("get", "put", "post", "delete", "patch")
REQUIRED_KEYS = ("operationId", "summary", "tags", "x-coze-resource", "x-coze-envelope", "x-coze-retry")
PAGINATION_KEYS = {
    "style",
    "items",
    "size_param",
    "page_param",
    "has_more",
    "total",
    "cursor_param",
    "next_cursor",
    "token_param",
    "next_token",
}
STYLE_KEYS = {"page_number": "page_param", "cursor": "cursor_param", "page_token": "token_param"}
SNAKE = re.compile(r"^[a-z][a-z0-9_]*$")
PASCAL = re.compile(r"^[A-Z][A-Za-z0-9]*$")


def operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                yield path, method, item[method]


def refs(node: Any, out: set[str]) -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                out.add(value.rsplit("/", 1)[-1])
            else:
                refs(value, out)
    elif isinstance(node, list):
        for value in node:
            refs(value, out)


def anonymous_objects(node: Any, where: str, top: bool = True) -> Iterator[str]:
    """Inline object schemas with fields: each should be a named component."""
    if isinstance(node, dict):
        if not top and "$ref" not in node and node.get("properties"):
            yield where
        for key, value in node.items():
            if key in ("properties", "patternProperties"):
                for name, sub in value.items():
                    yield from anonymous_objects(sub, f"{where}.{name}", top=False)
            elif key in ("items", "additionalProperties"):
                yield from anonymous_objects(value, f"{where}[]", top=False)
            elif key in ("oneOf", "anyOf", "allOf"):
                for index, sub in enumerate(value):
                    yield from anonymous_objects(sub, f"{where}.{key}[{index}]", top=False)


def walk_schemas(node: Any) -> Iterator[dict[str, Any]]:
    """A schema and every schema nested in it (not its examples, not property-name maps)."""
    if not isinstance(node, dict):
        return
    yield node
    for key in ("properties", "patternProperties"):
        for sub in (node.get(key) or {}).values():
            yield from walk_schemas(sub)
    for key in ("items", "additionalProperties", "not", "contentSchema"):
        yield from walk_schemas(node.get(key))
    for key in ("oneOf", "anyOf", "allOf", "prefixItems"):
        for sub in node.get(key) or []:
            yield from walk_schemas(sub)


def lint(spec: dict[str, Any]) -> list[str]:
    problems: list[str] = []
    schemas: dict[str, Any] = spec.get("components", {}).get("schemas", {})
    seen_ids: set[str] = set()
    used: set[str] = set()
    refs(spec.get("paths", {}), used)
    refs(spec.get("components", {}).get("responses", {}), used)
    for name, schema in schemas.items():
        inner: set[str] = set()
        refs(schema, inner)
        used |= inner - {name}
    used |= set(spec.get("x-coze-models") or ())
    families = {family.name: family for family in read_families(spec)}
    for family in families.values():
        problems += lint_family(family, schemas, used)
    for path, method, op in operations(spec):
        where = f"{method.upper()} {path}"
        for key in REQUIRED_KEYS:
            if key not in op:
                problems.append(f"{where}: missing {key}")
        op_id = str(op.get("operationId", ""))
        if op_id in seen_ids:
            problems.append(f"{where}: duplicate operationId {op_id}")
        seen_ids.add(op_id)
        if not SNAKE.match(op_id):
            problems.append(f"{where}: operationId {op_id!r} is not snake_case ASCII")
        if op_id != str(op.get("x-coze-resource", "")).replace(".", "_"):
            problems.append(f"{where}: operationId must equal x-coze-resource with dots as underscores")
        if len(op.get("tags", [])) != 1:
            problems.append(f"{where}: exactly one tag")
        summary = str(op.get("summary", ""))
        if not summary.isascii() or not summary.strip():
            problems.append(f"{where}: summary must be English (ASCII) and non-empty")
        if op.get("x-coze-envelope") not in ("data", "none", "binary"):
            problems.append(f"{where}: x-coze-envelope must be data, none or binary")
        if op.get("x-coze-retry") not in ("safe", "unsafe"):
            problems.append(f"{where}: x-coze-retry must be safe or unsafe")
        responses = op.get("responses", {})
        if "default" in responses:
            problems.append(f"{where}: no default responses (use 4XX/5XX)")
        if "4XX" not in responses:
            problems.append(f"{where}: missing 4XX response")
        content = responses.get("200", {}).get("content", {})
        if not content:
            problems.append(f"{where}: missing 200 response content")
        json_media = content.get("application/json")
        if json_media is not None:
            if "example" not in json_media:
                problems.append(f"{where}: the 200 JSON response has no example")
            else:
                problems += check_example(spec, where, json_media)
        problems += lint_pagination(where, op)
        problems += lint_stream(where, op, content, families)
        for media in (op.get("requestBody", {}).get("content") or {}).values():
            if "$ref" not in media.get("schema", {}):
                problems.append(f"{where}: the request body must $ref a named schema")
        for media in content.values():
            schema = media.get("schema", {})
            if schema.get("type") == "object" or schema.get("properties"):
                problems.append(f"{where}: the response must $ref a named schema")
        for param in op.get("parameters", []):
            if not param.get("description"):
                problems.append(f"{where}: parameter {param.get('name')} has no description")
    for name, schema in schemas.items():
        if not PASCAL.match(name):
            problems.append(f"schema {name}: name must be PascalCase ASCII")
        if name not in used:
            problems.append(f"schema {name}: unused")
        problems += [
            f"schema {where_}: inline object, give it a named schema" for where_ in anonymous_objects(schema, name)
        ]
        for node in walk_schemas(schema):
            if node.get("additionalProperties") is False:
                problems.append(f"schema {name}: additionalProperties: false (unknown fields must be kept)")
            if "default" in node:
                problems.append(f"schema {name}: no schema defaults (say the server default in the description)")
            if node.get("format") == "date-time":
                problems.append(f"schema {name}: Coze timestamps are unix seconds, not date-time strings")
    return problems


def lint_pagination(where: str, op: dict[str, Any]) -> list[str]:
    pagination = op.get("x-coze-pagination")
    if pagination is None:
        return []
    problems = []
    unknown = set(pagination) - PAGINATION_KEYS
    if unknown:
        problems.append(f"{where}: unknown x-coze-pagination keys {sorted(unknown)}")
    style = pagination.get("style")
    if style not in STYLE_KEYS:
        problems.append(f"{where}: x-coze-pagination style must be one of {sorted(STYLE_KEYS)}")
    elif STYLE_KEYS[style] not in pagination:
        problems.append(f"{where}: x-coze-pagination style {style} needs {STYLE_KEYS[style]}")
    if "items" not in pagination:
        problems.append(f"{where}: x-coze-pagination needs items")
    return problems


def lint_stream(where: str, op: dict[str, Any], content: dict[str, Any], families: dict[str, Family]) -> list[str]:
    stream = op.get("x-coze-stream")
    if stream is None:
        if "text/event-stream" in content:
            return [f"{where}: a text/event-stream response needs x-coze-stream"]
        return []
    problems = []
    if "text/event-stream" not in content:
        problems.append(f"{where}: x-coze-stream without a text/event-stream response")
    if "application/json" in content and not (stream.get("method") and stream.get("flag")):
        problems.append(f"{where}: a dual-mode stream needs x-coze-stream method and flag")
    if stream.get("events") not in families:
        problems.append(f"{where}: x-coze-stream events must name an entry of x-coze-event-maps")
    return problems


def lint_family(family: Family, schemas: dict[str, Any], used: set[str]) -> list[str]:
    where = f"x-coze-event-maps {family.name}"
    problems = []
    if not family.events:
        problems.append(f"{where}: no events")
    names = {event.name for event in family.events}
    for event in family.events:
        if event.data is not None:
            used.add(event.data)
            if event.data not in schemas:
                problems.append(f"{where}: event {event.name} names unknown schema {event.data}")
    for role in ROLES:
        for name in family.role(role):
            if name not in names:
                problems.append(f"{where}: {role} lists {name}, which is not one of its events")
    for role in ("message_events", "chat_events", "complete_message_events"):
        if family.role(role) and family.schema_of(role) is None:
            problems.append(f"{where}: {role} must name events of one schema")
    return problems


def check_example(spec: dict[str, Any], where: str, media: dict[str, Any]) -> list[str]:
    schema = {"$ref": media["schema"]["$ref"], "components": spec["components"]} if "$ref" in media["schema"] else None
    if schema is None:
        return []
    validator = OAS31Validator(schema)
    return [
        f"{where}: example does not match its schema at /{'/'.join(map(str, error.absolute_path))}: {error.message}"
        for error in validator.iter_errors(media["example"])
    ]


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "openapi" / "coze.yaml"
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    try:
        validate(spec)
    except Exception as error:  # the validator's own errors are long; its first line says enough
        print(f"{path.name}: not a valid OpenAPI 3.1 document: {str(error).splitlines()[0][:500]}")
        return 1
    problems = lint(spec)
    for problem in problems:
        print(f"{path.name}: {problem}")
    count = sum(1 for _ in operations(spec))
    if problems:
        print(f"{len(problems)} problem(s) in {count} operations")
        return 1
    print(f"{path.name}: {count} operations, no problems")
    return 0


if __name__ == "__main__":
    sys.exit(main())
