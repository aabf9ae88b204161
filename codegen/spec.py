"""Reading openapi/coze.yaml for the generator: references, operations, names.

Pure functions over the parsed YAML (a dict); the rules the spec must follow are checked
by `spec_rules.py` before the generator runs, so this module trusts its shape.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Iterator
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "patch")
SCHEMA_PREFIX = "#/components/schemas/"

Schema = dict[str, Any]


def resolve(spec: dict[str, Any], node: Any) -> Any:
    """Follow `$ref`s to the node they point at."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in str(node["$ref"]).removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def ref_name(node: Any) -> str | None:
    """The schema name a `{$ref: '#/components/schemas/X'}` points at, else None."""
    if isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith(SCHEMA_PREFIX):
        return str(node["$ref"])[len(SCHEMA_PREFIX) :]
    return None


def schemas(spec: dict[str, Any]) -> dict[str, Schema]:
    return spec.get("components", {}).get("schemas", {}) or {}


def iter_operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                yield path, method, item[method]


def types_of(schema: Schema) -> list[str]:
    """The JSON types a schema admits, `null` included (3.1 `type: [x, null]` or a single type)."""
    kind = schema.get("type")
    if isinstance(kind, list):
        return [str(k) for k in kind]
    return [str(kind)] if kind else []


def is_enum(schema: Schema) -> bool:
    return "enum" in schema


def is_object_model(schema: Schema) -> bool:
    """An object with declared fields: it becomes a model class."""
    return "object" in types_of(schema) and bool(schema.get("properties"))


def is_free_map(schema: Schema) -> bool:
    """An object without declared fields: a plain `dict` in Python."""
    return types_of(schema) == ["object"] and not schema.get("properties")


def pascal(text: str) -> str:
    """`conversation.message.delta`, `chat_messages`, `PING` -> `ConversationMessageDelta`, `ChatMessages`, `Ping`."""
    words = [word for word in re.split(r"[^0-9A-Za-z]+", text) if word]
    return "".join(word.capitalize() if word.isupper() else word[0].upper() + word[1:] for word in words)


def constant(text: str) -> str:
    """`conversation.message.delta` -> `CONVERSATION_MESSAGE_DELTA` (an enum member or constant name)."""
    name = re.sub(r"[^0-9A-Za-z]+", "_", text).strip("_").upper()
    if not name or name[0].isdigit():
        name = f"VALUE_{name}"
    return name


def attribute_name(wire: str) -> str:
    """The Python attribute of a JSON field: the wire name itself whenever Python allows it."""
    name = wire if wire.isidentifier() else re.sub(r"\W+", "_", wire).strip("_") or "field"
    if name[0].isdigit():
        name = f"field_{name}"
    return f"{name}_" if keyword.iskeyword(name) else name


def joined_name(owner: str, field: str) -> str:
    """A class name for an inline schema: the owner's name, then the field's, without
    repeating a word the two share at the seam (`Bot` + `bot_mode` -> `BotMode`)."""
    head = re.findall(r"[A-Z][a-z0-9]*", owner)
    tail = re.findall(r"[A-Z][a-z0-9]*", pascal(field))
    for size in range(min(len(head), len(tail)), 0, -1):
        if head[-size:] == tail[:size]:
            return "".join(head + tail[size:])
    return "".join(head + tail)
