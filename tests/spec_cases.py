"""Call cases built from openapi/coze.yaml itself, for tests that cover every operation.

For each operation this derives, from the spec alone (not from the generated code), the
arguments a caller would pass, the wire request those arguments must produce, and the
answer to serve. Tests then drive the generated resource tree and compare.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from coze_ext.testing._spec import load_spec

SPEC_PATH = Path(__file__).resolve().parent.parent / "openapi" / "coze.yaml"
SPEC: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
HTTP_METHODS = ("get", "put", "post", "delete", "patch")


def resolve(node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = SPEC
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def sample(schema: Any, name: str) -> Any:
    """A valid value for a schema: its example if it has one, else one made from its type."""
    schema = resolve(schema or {})
    if "example" in schema:
        return schema["example"]
    if "enum" in schema:
        return schema["enum"][0]
    if "const" in schema:
        return schema["const"]
    for key in ("oneOf", "anyOf"):
        if key in schema:
            return sample(schema[key][0], name)
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = sample(part, name)
            if isinstance(value, dict):
                merged.update(value)
        return merged
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "string")
    if kind == "string":
        if schema.get("format") == "binary":
            return b"sample bytes"
        return f"sample-{name}"
    if kind == "integer":
        return max(int(schema.get("minimum", 1)), 1)
    if kind == "number":
        return float(max(schema.get("minimum", 1), 1))
    if kind == "boolean":
        return True
    if kind == "array":
        return [sample(schema.get("items", {}), name)]
    if kind == "object" or "properties" in schema:
        props = schema.get("properties", {})
        required = schema.get("required", [])
        return {key: sample(props[key], key) for key in required if key in props}
    return f"sample-{name}"


def normalized(value: Any, schema: Any) -> Any:
    """`value` as the SDK reads it under `schema` (see the converters of coze_api._model):
    digit strings in integer fields become ints, ints in string fields become strings,
    null fields are left out, and "" in an integer field means no value."""
    schema = resolve(schema or {})
    options = schema.get("anyOf") or schema.get("oneOf")
    if options:
        real = [option for option in options if resolve(option).get("type") != "null"]
        return normalized(value, real[0]) if len(real) == 1 else value
    kinds = schema.get("type")
    kinds = [k for k in kinds if k != "null"] if isinstance(kinds, list) else [kinds]
    if len(kinds) != 1 or value is None:
        return value
    kind = kinds[0]
    if kind == "integer" and isinstance(value, str):
        return int(value) if value.strip() else None
    if kind == "string" and isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if kind == "array" and isinstance(value, list):
        return [normalized(item, schema.get("items")) for item in value]
    if kind == "object" and isinstance(value, dict):
        props = schema.get("properties") or {}
        extra = schema.get("additionalProperties")
        out = {}
        for key, item in value.items():
            sub = props.get(key, extra if isinstance(extra, dict) else {})
            item = normalized(item, sub)
            if item is not None or (not props and key not in props):
                out[key] = item
        return out
    return value


def event_family(name: str) -> dict[str, Any]:
    """An event map of `x-coze-event-maps`, its `extends` merged in: events as name -> schema (or None)."""
    return load_spec(SPEC_PATH).event_family(name)


@dataclass
class Case:
    """One operation, called once with every documented input."""

    op_id: str
    method: str
    path: str
    resource: str
    op: dict[str, Any]
    path_args: dict[str, Any] = field(default_factory=dict)
    query_args: dict[str, Any] = field(default_factory=dict)
    header_args: dict[str, Any] = field(default_factory=dict)
    body_args: dict[str, Any] = field(default_factory=dict)
    body_kind: str | None = None

    def kwargs(self, keyword_of: dict[str, str]) -> dict[str, Any]:
        """The call's keyword arguments; `keyword_of` maps wire names to the method's keywords."""
        merged = {**self.path_args, **self.query_args, **self.header_args, **self.body_args}
        return {keyword_of[k]: v for k, v in merged.items()}

    @property
    def stream(self) -> dict[str, Any] | None:
        """The operation's `x-coze-stream`, its event family resolved (events, terminal, errors...)."""
        stream: dict[str, Any] | None = self.op.get("x-coze-stream")
        if stream is None:
            return None
        return {**event_family(stream["events"]), **{k: v for k, v in stream.items() if k != "events"}}

    @property
    def content(self) -> dict[str, Any]:
        content: dict[str, Any] = self.op["responses"]["200"].get("content", {})
        return content

    @property
    def example(self) -> Any:
        return self.content.get("application/json", {}).get("example")

    def expected_result(self) -> Any:
        """The example's result (its `data` for enveloped answers) as the SDK reads it."""
        schema = resolve(self.content["application/json"]["schema"])
        example = self.example
        if self.op["x-coze-envelope"] == "data" and "data" in schema.get("properties", {}):
            return normalized(example.get("data"), schema["properties"]["data"])
        return normalized(example, schema)

    def expected_path(self) -> str:
        path = self.path
        for key, value in self.path_args.items():
            path = path.replace("{" + key + "}", str(value))
        return path

    def sse_body(self) -> bytes:
        """A short valid stream: one event per payload-carrying name, then the terminal event."""
        stream = self.stream or {}
        events = stream.get("events") or {}
        errors = set(stream.get("errors") or ())
        terminal = list(stream.get("terminal") or ())
        lines = []
        for name, schema_name in events.items():
            if name in errors or name in terminal or schema_name is None:
                continue
            payload = sample({"$ref": f"#/components/schemas/{schema_name}"}, name)
            lines.append(f"event:{name}\ndata:{json.dumps(payload)}\n\n")
        for name in terminal:
            lines.append(f"event:{name}\ndata:{{}}\n\n")
        return "".join(lines).encode()


def cases() -> Iterator[Case]:
    for path, item in SPEC["paths"].items():
        for method in HTTP_METHODS:
            if method not in item:
                continue
            op = item[method]
            case = Case(op["operationId"], method.upper(), path, op["x-coze-resource"], op)
            stream_flag = (op.get("x-coze-stream") or {}).get("flag")
            for param in (resolve(p) for p in op.get("parameters", [])):
                value = sample(param.get("schema"), param["name"])
                if "example" in param:
                    value = param["example"]
                target = {"path": case.path_args, "query": case.query_args, "header": case.header_args}[param["in"]]
                target[param["name"]] = value
            body = op.get("requestBody")
            if body:
                media_type, media = next(iter(body["content"].items()))
                case.body_kind = "multipart" if media_type.startswith("multipart/") else "json"
                schema = resolve(media["schema"])
                for name, prop in schema.get("properties", {}).items():
                    if name == stream_flag:
                        continue
                    case.body_args[name] = sample(prop, name)
            yield case


ALL_CASES = sorted(cases(), key=lambda c: c.op_id)
