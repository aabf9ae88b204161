"""The rules openapi/coze.yaml follows (openapi/CONVENTIONS.md), as one pure checker.

`check(spec)` runs every rule on the parsed document and returns all the problems at once,
each with the JSON pointer of the spot to fix, sorted. The linter (codegen/lint_spec.py)
prints them; the generator refuses to build from a spec that has any:

    problems = spec_rules.check(spec)
    if problems:
        raise SpecError(spec_rules.format_problems(problems))

A rule is one small function registered with `@rule` (it sees the whole spec) or
`@operation_rule` (it sees one operation at a time); adding a rule is writing one.
Rules never assume the document is well formed: a key of the wrong type is reported by
the rule that owns it and skipped by the others, so one mistake does not hide the rest.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from jsonschema.validators import extend  # type: ignore[import-untyped]
from openapi_schema_validator import OAS31Validator
from referencing.exceptions import Unresolvable

from spec import attribute_name, pascal

HTTP_METHODS = ("get", "put", "post", "delete", "patch")
REQUIRED_KEYS = ("operationId", "summary", "tags", "x-coze-resource", "x-coze-envelope", "x-coze-retry")
ENVELOPES = ("data", "none", "binary")
RETRIES = ("safe", "unsafe")
JSON, SSE, MULTIPART = "application/json", "text/event-stream", "multipart/form-data"
# What each pagination style needs besides `items`: the argument it advances, the result field
# it reads the next position from.
STYLE_KEYS = {
    "page_number": ("page_param",),
    "cursor": ("cursor_param", "next_cursor"),
    "page_token": ("token_param", "next_token"),
}
PAGINATION_KEYS = {
    "style",
    "items",
    "size_param",
    "has_more",
    "total",
    *(k for keys in STYLE_KEYS.values() for k in keys),
}
PAGINATION_ARGUMENTS = ("page_param", "size_param", "cursor_param", "token_param")
PAGINATION_FIELDS = ("has_more", "total", "next_cursor", "next_token")
STREAM_KEYS = {"method", "flag", "events"}
# x-coze-event-maps: the role lists a family may give, and the ones that feed a typed accessor
# (so their events must share one schema).
EVENT_ROLES = ("terminal", "errors", "message_events", "chat_events", "text_events", "complete_message_events")
ACCESSOR_ROLES = ("message_events", "chat_events", "complete_message_events")
EVENT_MAP_KEYS = {"description", "kind", "enum", "prefix", "extends", "events", *EVENT_ROLES}
# x-coze-event-maps `kind`: the transport a family travels on (sse when left out).
EVENT_MAP_KINDS = ("sse", "websocket")
# x-coze-websockets: the keys an endpoint may have, and the ones it must.
WEBSOCKET_KEYS = {"path", "summary", "description", "x-coze-note", "parameters", "upstream", "downstream"}
WEBSOCKET_REQUIRED = ("path", "summary", "upstream", "downstream")
# The method codegen adds to a WebSocket endpoint's place in the tree.
CONNECT = "connect"
# Keyword arguments every generated method takes besides the operation's own.
CALL_OPTIONS = ("self", "timeout", "extra_headers", "extra_query", "extra_body", "max_retries")
SNAKE = re.compile(r"^[a-z][a-z0-9_]*$")
PASCAL = re.compile(r"^[A-Z][A-Za-z0-9]*$")


def _coze_integer(_checker: Any, value: Any) -> bool:
    if isinstance(value, str):
        return value == "" or (value.lstrip("-").isdigit() and value.isascii())
    return isinstance(value, int) and not isinstance(value, bool)


def _coze_string(_checker: Any, value: Any) -> bool:
    return isinstance(value, str) or (isinstance(value, int) and not isinstance(value, bool))


# JSON Schema with Coze's number habits, as the generated parser reads them (CONVENTIONS.md):
# an integer may come as a string of digits ("" for no value), a string as an integer (ids).
# Examples are checked with it, so they can show what Coze really sends.
CozeValidator = extend(
    OAS31Validator,
    type_checker=OAS31Validator.TYPE_CHECKER.redefine_many({"integer": _coze_integer, "string": _coze_string}),
)


@dataclass(frozen=True, order=True)
class Problem:
    """One broken rule: where (a JSON pointer into the spec) and what is wrong."""

    pointer: str
    message: str

    def __str__(self) -> str:
        return f"{self.pointer}: {self.message}"


def check(spec: dict[str, Any]) -> list[Problem]:
    """Every problem of the spec, sorted by pointer; empty when the spec follows every rule."""
    view = Spec(spec)
    return sorted({problem for rule_ in RULES for problem in rule_(view)})


def format_problems(problems: Iterable[Problem]) -> str:
    """One problem a line, for an error message or the console."""
    return "\n".join(str(problem) for problem in problems)


def pointer(*tokens: object) -> str:
    """The JSON pointer (RFC 6901) of a path of keys: `/paths/~1v3~1chat/post`."""
    return "".join("/" + str(token).replace("~", "~0").replace("/", "~1") for token in tokens)


def as_dict(node: Any) -> dict[str, Any]:
    return node if isinstance(node, dict) else {}


def as_list(node: Any) -> list[Any]:
    return node if isinstance(node, list) else []


# --------------------------------------------------------------------------- reading the spec


@dataclass(frozen=True)
class Operation:
    """One operation of the spec and where it sits."""

    path: str
    method: str
    node: dict[str, Any]

    def at(self, *tokens: object) -> str:
        return pointer("paths", self.path, self.method, *tokens)

    def get(self, key: str) -> Any:
        return self.node.get(key)

    @property
    def content(self) -> dict[str, Any]:
        """The media types of the 200 response."""
        return as_dict(as_dict(as_dict(self.node.get("responses")).get("200")).get("content"))

    @property
    def stream(self) -> dict[str, Any] | None:
        stream = self.node.get("x-coze-stream")
        return as_dict(stream) if stream is not None else None

    @property
    def dual_mode(self) -> bool:
        """JSON or SSE by a body flag: the tree gets a second, streaming method."""
        return self.stream is not None and JSON in self.content


class Spec:
    """The parsed document with the look-ups the rules share."""

    def __init__(self, raw: dict[str, Any]) -> None:
        self.raw = raw

    @cached_property
    def operations(self) -> list[Operation]:
        return [
            Operation(str(path), method, item[method])
            for path, item in as_dict(self.raw.get("paths")).items()
            for method in HTTP_METHODS
            if isinstance(item, dict) and isinstance(item.get(method), dict)
        ]

    @cached_property
    def schemas(self) -> dict[str, Any]:
        return as_dict(as_dict(self.raw.get("components")).get("schemas"))

    def locate(self, node: Any, where: str) -> tuple[Any, str]:
        """`node` with local `$ref`s followed, and its pointer; (None, where) if a ref is broken."""
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if not ref.startswith("#/") or ref in seen:
                return None, where
            seen.add(ref)
            node = self.raw
            for token in ref[2:].split("/"):
                token = token.replace("~1", "/").replace("~0", "~")
                if not isinstance(node, dict) or token not in node:
                    return None, where
                node = node[token]
            where = ref[1:]
        return node, where

    def body(self, op: Operation) -> tuple[dict[str, Any], str]:
        """The request body schema (refs followed) and its pointer; ({}, "") without a body."""
        content = as_dict(as_dict(op.get("requestBody")).get("content"))
        if len(content) != 1:
            return {}, ""
        media_type, media = next(iter(content.items()))
        schema, where = self.locate(as_dict(media).get("schema"), op.at("requestBody", "content", media_type, "schema"))
        return as_dict(schema), where

    def arguments(self, op: Operation) -> list[tuple[str, str]]:
        """The operation's arguments as (wire name, pointer): parameters, then body fields
        (the stream flag is not an argument: the streaming method sets it)."""
        found = []
        for index, param in enumerate(as_list(op.get("parameters"))):
            param, where = self.locate(param, op.at("parameters", index))
            name = as_dict(param).get("name")
            if isinstance(name, str):
                found.append((name, where + "/name"))
        schema, where = self.body(op)
        flag = (op.stream or {}).get("flag")
        for name in as_dict(schema.get("properties")):
            if name != flag:
                found.append((str(name), where + pointer("properties", name)))
        return found

    def argument_nodes(self, op: Operation) -> list[tuple[str, str, dict[str, Any], bool]]:
        """The operation's arguments as (wire name, pointer and node of the schema that may hold
        their `default:`, whether the server requires them)."""
        found = []
        for index, param in enumerate(as_list(op.get("parameters"))):
            param, where = self.locate(param, op.at("parameters", index))
            param = as_dict(param)
            if isinstance(param.get("name"), str):
                found.append(
                    (param["name"], where + "/schema", as_dict(param.get("schema")), param.get("required") is True)
                )
        schema, where = self.body(op)
        required = set(as_list(schema.get("required")))
        flag = (op.stream or {}).get("flag")
        for name, node in as_dict(schema.get("properties")).items():
            if name != flag:
                found.append((str(name), where + pointer("properties", name), as_dict(node), name in required))
        return found

    def result(self, op: Operation) -> tuple[dict[str, Any], str]:
        """The schema of what the method returns (the `data` field under a `data` envelope)."""
        media = as_dict(op.content.get(JSON))
        schema, where = self.locate(media.get("schema"), op.at("responses", "200", "content", JSON, "schema"))
        schema = as_dict(schema)
        data = as_dict(schema.get("properties")).get("data")
        if op.get("x-coze-envelope") == "data" and data is not None:
            found, where = self.locate(data, where + pointer("properties", "data"))
            return as_dict(found), where
        return schema, where

    def methods(self, op: Operation) -> list[tuple[tuple[str, ...], str, str]]:
        """The methods the operation puts in the resource tree, as (group path, name, pointer)."""
        resource = op.get("x-coze-resource")
        if not isinstance(resource, str):
            return []
        *group, name = resource.split(".")
        found = [(tuple(group), name, op.at("x-coze-resource"))]
        stream_method = (op.stream or {}).get("method")
        if op.dual_mode and isinstance(stream_method, str):
            found.append((tuple(group), stream_method, op.at("x-coze-stream", "method")))
        return found

    @cached_property
    def used_schemas(self) -> set[str]:
        """Schemas something refers to: paths, shared responses, other schemas, stream events."""
        used = refs(self.raw.get("paths")) | refs(as_dict(self.raw.get("components")).get("responses"))
        for name, schema in self.schemas.items():
            used |= refs(schema) - {name}
        for family in self.event_maps.values():
            for entry in as_dict(as_dict(family).get("events")).values():
                data = entry.get("data") if isinstance(entry, dict) else entry
                if isinstance(data, str):
                    used.add(data)
        used |= {name for name in as_list(self.raw.get("x-coze-models")) if isinstance(name, str)}
        return used

    @cached_property
    def event_maps(self) -> dict[str, Any]:
        return as_dict(self.raw.get("x-coze-event-maps"))

    def map_kind(self, name: Any) -> Any:
        """The `kind` of an event map (sse when left out), None if there is no such map."""
        if not isinstance(name, str) or name not in self.event_maps:
            return None
        return as_dict(self.event_maps[name]).get("kind", "sse")

    def event_classes(self, name: str) -> list[tuple[str, str]]:
        """The classes an event map defines itself (not those it extends), with pointers:
        the entry's `class`, else `<prefix><PascalName>Event`."""
        family = as_dict(self.event_maps.get(name))
        prefix = family.get("prefix") or ""
        found = []
        for event, entry in as_dict(family.get("events")).items():
            given = entry.get("class") if isinstance(entry, dict) else None
            cls = given if isinstance(given, str) and given else f"{prefix}{pascal(str(event))}Event"
            found.append((cls, pointer("x-coze-event-maps", name, "events", event)))
        return found

    @cached_property
    def websockets(self) -> dict[str, Any]:
        """x-coze-websockets: tree place (`websockets.chat`) -> endpoint."""
        return as_dict(self.raw.get("x-coze-websockets"))

    def family_events(self, name: str) -> dict[str, str | None]:
        """The events of an event map, `extends` followed (event name -> schema name or None)."""
        events: dict[str, str | None] = {}
        chain: list[str] = []
        current: Any = name
        while isinstance(current, str) and current in self.event_maps and current not in chain:
            chain.append(current)
            current = as_dict(self.event_maps[current]).get("extends")
        for family in reversed(chain):
            for event, entry in as_dict(as_dict(self.event_maps[family]).get("events")).items():
                data = entry.get("data") if isinstance(entry, dict) else entry
                events[str(event)] = data if isinstance(data, str) else None
        return events


def refs(node: Any) -> set[str]:
    """The last segment of every `$ref` inside node."""
    if isinstance(node, dict):
        found = {node["$ref"].rsplit("/", 1)[-1]} if isinstance(node.get("$ref"), str) else set()
        return found.union(*(refs(value) for key, value in node.items() if key != "$ref"))
    if isinstance(node, list):
        return set().union(*(refs(value) for value in node))
    return set()


def walk_schemas(node: Any, where: str) -> Iterator[tuple[dict[str, Any], str]]:
    """A schema and every schema nested in it, with pointers (not examples, not name maps)."""
    if not isinstance(node, dict):
        return
    yield node, where
    for key in ("properties", "patternProperties"):
        for name, sub in as_dict(node.get(key)).items():
            yield from walk_schemas(sub, where + pointer(key, name))
    for key in ("items", "additionalProperties", "not", "contentSchema"):
        yield from walk_schemas(node.get(key), where + pointer(key))
    for key in ("oneOf", "anyOf", "allOf", "prefixItems"):
        for index, sub in enumerate(as_list(node.get(key))):
            yield from walk_schemas(sub, where + pointer(key, index))


def is_array(schema: dict[str, Any]) -> bool:
    kind = schema.get("type")
    return kind == "array" or (isinstance(kind, list) and "array" in kind)


# --------------------------------------------------------------------------- registration

Rule = Callable[[Spec], Iterable[Problem]]
OperationRule = Callable[[Spec, Operation], Iterable[Problem]]
RULES: list[Rule] = []


def rule(func: Rule) -> Rule:
    """Register a rule over the whole spec."""
    RULES.append(func)
    return func


def operation_rule(func: OperationRule) -> OperationRule:
    """Register a rule run on each operation in turn."""

    def run(spec: Spec) -> Iterator[Problem]:
        for op in spec.operations:
            yield from func(spec, op)

    run.__name__ = run.__qualname__ = func.__name__
    run.__doc__ = func.__doc__
    RULES.append(run)
    return func


# --------------------------------------------------------------------------- operations


@operation_rule
def required_keys(spec: Spec, op: Operation) -> Iterator[Problem]:
    """Every operation has an operationId, summary, tags and the x-coze-* keys the generator reads."""
    for key in REQUIRED_KEYS:
        if key not in op.node:
            yield Problem(op.at(key), "missing (every operation needs it)")


@operation_rule
def operation_id_snake_case(spec: Spec, op: Operation) -> Iterator[Problem]:
    """operationId is snake_case ASCII."""
    op_id = op.get("operationId")
    if op_id is not None and not (isinstance(op_id, str) and SNAKE.match(op_id)):
        yield Problem(op.at("operationId"), f"{op_id!r} is not snake_case ASCII")


@operation_rule
def operation_id_matches_resource(spec: Spec, op: Operation) -> Iterator[Problem]:
    """operationId is x-coze-resource with dots turned into underscores."""
    op_id, resource = op.get("operationId"), op.get("x-coze-resource")
    if op_id is not None and isinstance(resource, str) and op_id != resource.replace(".", "_"):
        yield Problem(op.at("operationId"), f"{op_id!r} must be {resource.replace('.', '_')!r} (from x-coze-resource)")


@rule
def operation_ids_unique(spec: Spec) -> Iterator[Problem]:
    """No two operations share an operationId."""
    first: dict[str, str] = {}
    for op in spec.operations:
        op_id = op.get("operationId")
        if isinstance(op_id, str):
            if op_id in first:
                yield Problem(op.at("operationId"), f"duplicate operationId {op_id!r} (first at {first[op_id]})")
            first.setdefault(op_id, op.at("operationId"))


@rule
def resources_unique(spec: Spec) -> Iterator[Problem]:
    """No two operations claim the same x-coze-resource."""
    first: dict[str, str] = {}
    for op in spec.operations:
        resource = op.get("x-coze-resource")
        if isinstance(resource, str):
            if resource in first:
                yield Problem(
                    op.at("x-coze-resource"), f"resource {resource} is declared twice (first at {first[resource]})"
                )
            first.setdefault(resource, op.at("x-coze-resource"))


@operation_rule
def resource_names(spec: Spec, op: Operation) -> Iterator[Problem]:
    """Every group and method name in the tree is a snake_case Python name, not a keyword."""
    resource = op.get("x-coze-resource")
    if resource is not None and not isinstance(resource, str):
        yield Problem(op.at("x-coze-resource"), "must be a dotted string such as chat.messages.list")
    names = [(part, op.at("x-coze-resource")) for part in resource.split(".")] if isinstance(resource, str) else []
    stream_method = (op.stream or {}).get("method")
    if op.dual_mode and stream_method is not None:
        names.append((stream_method, op.at("x-coze-stream", "method")))
    for name, where in names:
        if not (isinstance(name, str) and SNAKE.match(name)):
            yield Problem(where, f"{name!r} is not a snake_case ASCII name")
        elif keyword.iskeyword(name):
            yield Problem(where, f"{name!r} is a Python keyword")


@rule
def tree_methods_unique(spec: Spec) -> Iterator[Problem]:
    """A resource group has one method of each name (a streaming method counts too)."""
    first: dict[tuple[tuple[str, ...], str], str] = {}
    for op in spec.operations:
        for group, name, where in spec.methods(op):
            key = (group, name)
            if key in first:
                yield Problem(where, f"resource {'.'.join(group)} has two methods named {name} (first at {first[key]})")
            first.setdefault(key, where)


@rule
def tree_methods_not_groups(spec: Spec) -> Iterator[Problem]:
    """No name is both a method and a group of the same resource."""
    groups = {
        group[:depth]
        for op in spec.operations
        for group, _, _ in spec.methods(op)
        for depth in range(1, len(group) + 1)
    }
    for op in spec.operations:
        for group, name, where in spec.methods(op):
            if (*group, name) in groups:
                yield Problem(where, f"{'.'.join((*group, name))} is both a method and a resource group")


@operation_rule
def one_tag(spec: Spec, op: Operation) -> Iterator[Problem]:
    """Exactly one tag: the top-level resource group."""
    tags = op.get("tags")
    if tags is not None and not (isinstance(tags, list) and len(tags) == 1):
        yield Problem(op.at("tags"), "exactly one tag")


@operation_rule
def english_summary(spec: Spec, op: Operation) -> Iterator[Problem]:
    """The summary is English (ASCII) and not empty."""
    summary = op.get("summary")
    if summary is not None and not (isinstance(summary, str) and summary.strip() and summary.isascii()):
        yield Problem(op.at("summary"), "must be English (ASCII) and non-empty")


@operation_rule
def envelope_value(spec: Spec, op: Operation) -> Iterator[Problem]:
    """x-coze-envelope is data, none or binary."""
    if "x-coze-envelope" in op.node and op.get("x-coze-envelope") not in ENVELOPES:
        yield Problem(op.at("x-coze-envelope"), f"must be one of {', '.join(ENVELOPES)}")


@operation_rule
def retry_value(spec: Spec, op: Operation) -> Iterator[Problem]:
    """x-coze-retry is safe or unsafe."""
    if "x-coze-retry" in op.node and op.get("x-coze-retry") not in RETRIES:
        yield Problem(op.at("x-coze-retry"), f"must be one of {', '.join(RETRIES)}")


@operation_rule
def headers_map(spec: Spec, op: Operation) -> Iterator[Problem]:
    """x-coze-headers maps header names to the string values always sent."""
    headers = op.get("x-coze-headers")
    if headers is not None and not (
        isinstance(headers, dict) and all(isinstance(value, str) for value in headers.values())
    ):
        yield Problem(op.at("x-coze-headers"), "must map header names to string values")


# --------------------------------------------------------------------------- requests


@operation_rule
def parameter_descriptions(spec: Spec, op: Operation) -> Iterator[Problem]:
    """Every parameter has a description (it becomes the argument's docstring)."""
    for index, param in enumerate(as_list(op.get("parameters"))):
        param, where = spec.locate(param, op.at("parameters", index))
        if not as_dict(param).get("description"):
            yield Problem(where + "/description", f"parameter {as_dict(param).get('name')} has no description")


@operation_rule
def request_body_shape(spec: Spec, op: Operation) -> Iterator[Problem]:
    """A body has one media type (JSON or multipart) that $refs a named object schema."""
    content = as_dict(op.get("requestBody")).get("content")
    if content is None:
        return
    if not isinstance(content, dict) or len(content) != 1:
        yield Problem(op.at("requestBody", "content"), "exactly one request body media type")
        return
    media_type, media = next(iter(content.items()))
    if media_type not in (JSON, MULTIPART):
        yield Problem(op.at("requestBody", "content", media_type), f"the body must be {JSON} or {MULTIPART}")
    schema = as_dict(media).get("schema")
    if "$ref" not in as_dict(schema):
        yield Problem(
            op.at("requestBody", "content", media_type, "schema"), "the request body must $ref a named schema"
        )
    elif not as_dict(spec.body(op)[0]).get("properties"):
        yield Problem(
            op.at("requestBody", "content", media_type, "schema"), "the body schema must be an object with properties"
        )


@operation_rule
def argument_names(spec: Spec, op: Operation) -> Iterator[Problem]:
    """Parameters and body fields become keyword arguments: no two alike, none a per-call option."""
    seen: dict[str, str] = {}
    for name, where in spec.arguments(op):
        python = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()
        if python in seen:
            yield Problem(where, f"argument {name!r} collides with {seen[python]} (path/query/body must not collide)")
        elif python in CALL_OPTIONS:
            yield Problem(where, f"argument {name!r} collides with the per-call option of that name")
        seen.setdefault(python, where)


# --------------------------------------------------------------------------- responses


@operation_rule
def error_responses(spec: Spec, op: Operation) -> Iterator[Problem]:
    """Errors are 4XX and 5XX responses, never `default`."""
    responses = as_dict(op.get("responses"))
    if "default" in responses:
        yield Problem(op.at("responses", "default"), "no default responses (use 4XX/5XX)")
    for status in ("4XX", "5XX"):
        if status not in responses:
            yield Problem(op.at("responses", status), "missing (errors are 4XX and 5XX responses)")


@operation_rule
def success_content(spec: Spec, op: Operation) -> Iterator[Problem]:
    """The 200 response says what it carries."""
    if not op.content:
        yield Problem(op.at("responses", "200", "content"), "missing 200 response content")


@operation_rule
def response_named_schema(spec: Spec, op: Operation) -> Iterator[Problem]:
    """Response objects are named schemas, not inline ones."""
    for media_type, media in op.content.items():
        schema = as_dict(as_dict(media).get("schema"))
        if schema.get("type") == "object" or schema.get("properties"):
            yield Problem(
                op.at("responses", "200", "content", media_type, "schema"), "the response must $ref a named schema"
            )


# What every result carries besides its fields (the response's logid): a result model's field
# must not take its name.
RESULT_ATTRIBUTES = ("logid",)


@operation_rule
def result_fields_keep_logid(spec: Spec, op: Operation) -> Iterator[Problem]:
    """A model an operation returns (or returns a list of) has no field whose Python attribute
    is `logid`: that attribute is the response's logid, which every result carries. A field
    sent as `logid` gets another attribute with `x-coze-attribute` (`run_logid`)."""
    result, where = spec.result(op)
    if is_array(result):
        result, where = spec.locate(result.get("items"), where + "/items")
        result = as_dict(result)
    for name, node in as_dict(result.get("properties")).items():
        attribute = as_dict(node).get("x-coze-attribute") or attribute_name(str(name))
        if attribute in RESULT_ATTRIBUTES:
            yield Problem(
                where + pointer("properties", name),
                f"the field's attribute {attribute!r} would hide the response's {attribute} every result "
                "carries: name it with x-coze-attribute",
            )


@rule
def attribute_names(spec: Spec) -> Iterator[Problem]:
    """`x-coze-attribute` (the Python attribute of a model field, when not its wire name) is a
    snake_case name that is not a keyword and that no other field of the model has."""
    for name, schema in spec.schemas.items():
        for node, where in walk_schemas(schema, pointer("components", "schemas", name)):
            properties = as_dict(node.get("properties"))
            taken = {str(wire): as_dict(prop).get("x-coze-attribute") or str(wire) for wire, prop in properties.items()}
            for wire, prop in properties.items():
                given = as_dict(prop).get("x-coze-attribute")
                if given is None:
                    continue
                at = where + pointer("properties", wire, "x-coze-attribute")
                if not isinstance(given, str) or not SNAKE.match(given) or keyword.iskeyword(given):
                    yield Problem(at, f"{given!r} is not a snake_case Python name")
                elif list(taken.values()).count(given) > 1:
                    yield Problem(at, f"{given!r} is the attribute of another field too")


@operation_rule
def json_example(spec: Spec, op: Operation) -> Iterator[Problem]:
    """A 200 JSON response has an example: the emulator serves it."""
    media = op.content.get(JSON)
    if media is not None and "example" not in as_dict(media):
        yield Problem(op.at("responses", "200", "content", JSON, "example"), "the 200 JSON response has no example")


def examples(spec: Spec) -> Iterator[tuple[Any, Any, str]]:
    """Every example of the document as (value, the schema it shows, pointer): those of
    media types and parameters (`example`, `examples.*.value`) and of schemas."""

    def walk(node: Any, where: str) -> Iterator[tuple[Any, Any, str]]:
        if isinstance(node, dict):
            if "schema" in node and isinstance(node["schema"], dict):
                if "example" in node:
                    yield node["example"], node["schema"], where + "/example"
                for name, item in as_dict(node.get("examples")).items():
                    if isinstance(item, dict) and "value" in item:
                        yield item["value"], node["schema"], where + pointer("examples", name, "value")
            for key, value in node.items():
                if key not in ("example", "examples", "schema"):
                    yield from walk(value, where + pointer(key))
        elif isinstance(node, list):
            for index, value in enumerate(node):
                yield from walk(value, where + pointer(index))

    yield from walk(spec.raw.get("paths"), "/paths")
    for name, schema in spec.schemas.items():
        for node, where in walk_schemas(schema, pointer("components", "schemas", name)):
            if "example" in node:
                yield node["example"], {k: v for k, v in node.items() if k != "example"}, where + "/example"


@rule
def examples_match_schemas(spec: Spec) -> Iterator[Problem]:
    """Every example is a value of its schema, as the SDK reads Coze's JSON (CozeValidator:
    an integer may be a string of digits, a string an integer)."""
    components = {"components": spec.raw.get("components", {})}
    for value, schema, where in examples(spec):
        try:
            errors = list(CozeValidator({**schema, **components}).iter_errors(value))
        except Unresolvable:
            continue  # a $ref that leads nowhere: refs_resolve reports it
        for error in errors:
            yield Problem(where + pointer(*error.absolute_path), f"example does not match its schema: {error.message}")


# --------------------------------------------------------------------------- pagination


@operation_rule
def pagination_keys(spec: Spec, op: Operation) -> Iterator[Problem]:
    """x-coze-pagination has known keys, a known style with what that style needs, and items."""
    pagination = op.get("x-coze-pagination")
    where = op.at("x-coze-pagination")
    if pagination is None:
        return
    if not isinstance(pagination, dict):
        yield Problem(where, "must be a mapping (see openapi/CONVENTIONS.md)")
        return
    for key in sorted(set(pagination) - PAGINATION_KEYS):
        yield Problem(where + pointer(key), "unknown x-coze-pagination key")
    style = pagination.get("style")
    if style not in STYLE_KEYS:
        yield Problem(where + "/style", f"must be one of {', '.join(STYLE_KEYS)}")
    else:
        for key in STYLE_KEYS[style]:
            if key not in pagination:
                yield Problem(where + pointer(key), f"missing (style {style} needs it)")
    if "items" not in pagination:
        yield Problem(where + "/items", "missing (the result field holding the items)")


@operation_rule
def pagination_arguments(spec: Spec, op: Operation) -> Iterator[Problem]:
    """The page, size, cursor and token parameters name arguments of the operation."""
    pagination = as_dict(op.get("x-coze-pagination"))
    names = {name for name, _ in spec.arguments(op)}
    for key in PAGINATION_ARGUMENTS:
        if key in pagination and pagination[key] not in names:
            yield Problem(op.at("x-coze-pagination", key), f"{pagination[key]!r} is not a parameter or body field")


@operation_rule
def pagination_optional(spec: Spec, op: Operation) -> Iterator[Problem]:
    """A paged list never makes the caller pass a page argument: one the server requires
    carries the `default:` the SDK sends (page_num 1)."""
    pagination = as_dict(op.get("x-coze-pagination"))
    wanted = {pagination[key] for key in PAGINATION_ARGUMENTS if key in pagination}
    for name, where, node, required in spec.argument_nodes(op):
        if name in wanted and required and "default" not in node:
            yield Problem(where, f"the page argument {name!r} is required: give it a default (the first page)")


@operation_rule
def pagination_result_fields(spec: Spec, op: Operation) -> Iterator[Problem]:
    """items (an array), has_more, total and the next cursor or token are fields of the result."""
    pagination = as_dict(op.get("x-coze-pagination"))
    if not pagination:
        return
    result, result_at = spec.result(op)
    fields = as_dict(result.get("properties"))
    for key in ("items", *PAGINATION_FIELDS):
        if key not in pagination:
            continue
        name = pagination[key]
        if name not in fields:
            yield Problem(op.at("x-coze-pagination", key), f"{name!r} is not a field of the result ({result_at})")
        elif key == "items" and not is_array(as_dict(spec.locate(fields[name], "")[0])):
            yield Problem(
                op.at("x-coze-pagination", key), f"{name!r} is not an array field of the result ({result_at})"
            )


# --------------------------------------------------------------------------- streams


@operation_rule
def stream_declared(spec: Spec, op: Operation) -> Iterator[Problem]:
    """x-coze-stream and a text/event-stream response come together."""
    if op.stream is None and SSE in op.content:
        yield Problem(op.at("x-coze-stream"), "missing (a text/event-stream response needs it)")
    if op.stream is not None and SSE not in op.content:
        yield Problem(
            op.at("responses", "200", "content", SSE), "missing (x-coze-stream needs a text/event-stream response)"
        )


@operation_rule
def stream_keys(spec: Spec, op: Operation) -> Iterator[Problem]:
    """x-coze-stream is a mapping of known keys."""
    stream = op.get("x-coze-stream")
    if stream is not None and not isinstance(stream, dict):
        yield Problem(op.at("x-coze-stream"), "must be a mapping (see openapi/CONVENTIONS.md)")
    for key in sorted(set(as_dict(stream)) - STREAM_KEYS):
        yield Problem(op.at("x-coze-stream", key), "unknown x-coze-stream key")


@operation_rule
def stream_dual_mode(spec: Spec, op: Operation) -> Iterator[Problem]:
    """A JSON-or-SSE operation names its streaming method and the body flag that selects it,
    and lists JSON first."""
    if not op.dual_mode:
        return
    stream = op.stream or {}
    for key in ("method", "flag"):
        if not stream.get(key):
            yield Problem(op.at("x-coze-stream", key), "missing (a dual-mode stream needs method and flag)")
    flag = stream.get("flag")
    if flag and flag not in as_dict(spec.body(op)[0].get("properties")):
        yield Problem(op.at("x-coze-stream", "flag"), f"{flag!r} is not a field of the request body")
    if next(iter(op.content)) != JSON:
        yield Problem(op.at("responses", "200", "content"), f"a dual-mode response lists {JSON} first")


@operation_rule
def stream_events(spec: Spec, op: Operation) -> Iterator[Problem]:
    """x-coze-stream names its family of events, an entry of x-coze-event-maps."""
    if op.stream is None:
        return
    events = op.stream.get("events")
    if not isinstance(events, str) or events not in spec.event_maps:
        yield Problem(op.at("x-coze-stream", "events"), "must name an entry of x-coze-event-maps")
    elif spec.map_kind(events) != "sse":
        yield Problem(op.at("x-coze-stream", "events"), f"{events!r} is not an event map of kind sse")


# --------------------------------------------------------------------------- event maps


@rule
def event_map_shape(spec: Spec) -> Iterator[Problem]:
    """An event map has known keys, a name enum (or extends another map) and events, each
    null, a schema name or {data, class}."""
    for name, family in spec.event_maps.items():
        where = pointer("x-coze-event-maps", name)
        if not isinstance(family, dict):
            yield Problem(where, "must be a mapping (see openapi/CONVENTIONS.md)")
            continue
        for key in sorted(set(family) - EVENT_MAP_KEYS):
            yield Problem(pointer("x-coze-event-maps", name, key), "unknown event map key")
        extends = family.get("extends")
        if extends is not None and extends not in spec.event_maps:
            yield Problem(pointer("x-coze-event-maps", name, "extends"), f"{extends!r} is not an event map")
        if extends is None and not (isinstance(family.get("enum"), str) and PASCAL.match(family["enum"])):
            yield Problem(pointer("x-coze-event-maps", name, "enum"), "missing (the PascalCase name of its enum)")
        events = family.get("events")
        if not (isinstance(events, dict) and events):
            yield Problem(pointer("x-coze-event-maps", name, "events"), "needs a map of event name to schema")
        for event, entry in as_dict(events).items():
            at = pointer("x-coze-event-maps", name, "events", event)
            if isinstance(entry, dict):
                if set(entry) - {"data", "class"} or not PASCAL.match(str(entry.get("class", "Event"))):
                    yield Problem(at, "must be {data: schema or null, class: PascalCase name}")
                entry = entry.get("data")
            if entry is not None and entry not in spec.schemas:
                yield Problem(at, f"names unknown schema {entry!r}")


@rule
def event_map_roles(spec: Spec) -> Iterator[Problem]:
    """Role lists name events of their map; accessor roles list events of one schema."""
    for name, family in spec.event_maps.items():
        events = spec.family_events(name)
        for role in EVENT_ROLES:
            listed = as_dict(family).get(role)
            if listed is not None and not isinstance(listed, list):
                yield Problem(pointer("x-coze-event-maps", name, role), "must be a list of event names")
            for index, event in enumerate(as_list(listed)):
                if event not in events:
                    yield Problem(
                        pointer("x-coze-event-maps", name, role, index), f"{event!r} is not one of its events"
                    )
        for role in ACCESSOR_ROLES:
            named = {events.get(event) for event in as_list(as_dict(family).get(role)) if event in events}
            if len(named) > 1 or None in named:
                names = ", ".join(sorted(str(schema) for schema in named))
                yield Problem(pointer("x-coze-event-maps", name, role), f"must list events of one schema, not {names}")


@rule
def event_map_kind(spec: Spec) -> Iterator[Problem]:
    """`kind` is sse (the default) or websocket; a websocket map has no role lists (its error
    events are delivered and nothing ends a session), and a map extends one of its own kind."""
    for name, family in spec.event_maps.items():
        family = as_dict(family)
        kind = family.get("kind", "sse")
        if kind not in EVENT_MAP_KINDS:
            yield Problem(pointer("x-coze-event-maps", name, "kind"), f"must be one of {', '.join(EVENT_MAP_KINDS)}")
            continue
        if kind == "websocket":
            for role in EVENT_ROLES:
                if role in family:
                    yield Problem(pointer("x-coze-event-maps", name, role), "a websocket event map has no role lists")
        extends = family.get("extends")
        if extends in spec.event_maps and spec.map_kind(extends) != kind:
            yield Problem(pointer("x-coze-event-maps", name, "extends"), f"{extends!r} is not of kind {kind}")


@rule
def event_class_names_unique(spec: Spec) -> Iterator[Problem]:
    """Every event class is defined once, across all maps, and is not also the name of a
    schema, an event map (its union) or an event name enum: they share one namespace."""
    taken = {str(name): pointer("components", "schemas", name) for name in spec.schemas}
    for name, family in spec.event_maps.items():
        taken.setdefault(str(name), pointer("x-coze-event-maps", name))
        enum = as_dict(family).get("enum")
        if isinstance(enum, str):
            taken.setdefault(enum, pointer("x-coze-event-maps", name, "enum"))
    for name in spec.event_maps:
        for cls, where in spec.event_classes(str(name)):
            if cls in taken:
                yield Problem(where, f"event class {cls} is already defined (at {taken[cls]})")
            taken.setdefault(cls, where)


@rule
def extra_models(spec: Spec) -> Iterator[Problem]:
    """x-coze-models lists schemas that exist."""
    for index, name in enumerate(as_list(spec.raw.get("x-coze-models"))):
        if name not in spec.schemas:
            yield Problem(pointer("x-coze-models", index), f"{name!r} is not a schema")


# --------------------------------------------------------------------------- websockets


@rule
def websocket_keys(spec: Spec) -> Iterator[Problem]:
    """An x-coze-websockets entry is a mapping of known keys with a path, an English summary
    and both event maps."""
    raw = spec.raw.get("x-coze-websockets")
    if raw is not None and not isinstance(raw, dict):
        yield Problem("/x-coze-websockets", "must map tree places to endpoints (see openapi/CONVENTIONS.md)")
    for resource, endpoint in spec.websockets.items():
        where = pointer("x-coze-websockets", resource)
        if not isinstance(endpoint, dict):
            yield Problem(where, "must be a mapping (see openapi/CONVENTIONS.md)")
            continue
        for key in sorted(set(endpoint) - WEBSOCKET_KEYS):
            yield Problem(where + pointer(key), "unknown x-coze-websockets key")
        for key in WEBSOCKET_REQUIRED:
            if key not in endpoint:
                yield Problem(where + pointer(key), "missing (every WebSocket endpoint needs it)")
        summary = endpoint.get("summary")
        if summary is not None and not (isinstance(summary, str) and summary.strip() and summary.isascii()):
            yield Problem(where + "/summary", "must be English (ASCII) and non-empty")


@rule
def websocket_path(spec: Spec) -> Iterator[Problem]:
    """A WebSocket path starts with / and belongs to one endpoint."""
    first: dict[str, str] = {}
    for resource, endpoint in spec.websockets.items():
        path = as_dict(endpoint).get("path")
        where = pointer("x-coze-websockets", resource, "path")
        if path is None:
            continue
        if not (isinstance(path, str) and path.startswith("/")):
            yield Problem(where, f"{path!r} must be a path starting with /")
        elif path in first:
            yield Problem(where, f"{path} is served twice (first at {first[path]})")
        first.setdefault(str(path), where)


@rule
def websocket_resource_names(spec: Spec) -> Iterator[Problem]:
    """An endpoint's tree place is dotted snake_case names, none a keyword, none a method of an
    operation, and no operation is a `connect` method there (codegen puts connect there)."""
    methods = {(*group, name): where for op in spec.operations for group, name, where in spec.methods(op)}
    for resource in spec.websockets:
        where = pointer("x-coze-websockets", resource)
        parts = str(resource).split(".")
        for part in parts:
            if not SNAKE.match(part):
                yield Problem(where, f"{part!r} is not a snake_case ASCII name")
            elif keyword.iskeyword(part):
                yield Problem(where, f"{part!r} is a Python keyword")
        for depth in range(1, len(parts) + 1):
            if tuple(parts[:depth]) in methods:
                place = ".".join(parts[:depth])
                yield Problem(where, f"{place} is a method of an operation ({methods[tuple(parts[:depth])]})")
        if (*parts, CONNECT) in methods:
            yield Problem(where, f"an operation already has the method {resource}.{CONNECT}")


@rule
def websocket_parameters(spec: Spec) -> Iterator[Problem]:
    """Handshake parameters are a list of query parameters, each named, described and typed."""
    for resource, endpoint in spec.websockets.items():
        where = pointer("x-coze-websockets", resource, "parameters")
        params = as_dict(endpoint).get("parameters")
        if params is not None and not isinstance(params, list):
            yield Problem(where, "must be a list of query parameters")
        for index, param in enumerate(as_list(params)):
            param, at = spec.locate(param, where + pointer(index))
            param = as_dict(param)
            if param.get("in") != "query":
                yield Problem(at + "/in", "a handshake parameter is in: query")
            if not isinstance(param.get("name"), str):
                yield Problem(at + "/name", "missing (the query parameter's name)")
            if not param.get("description"):
                yield Problem(at + "/description", f"parameter {param.get('name')} has no description")
            if not isinstance(param.get("schema"), dict):
                yield Problem(at + "/schema", f"parameter {param.get('name')} has no schema")


@rule
def websocket_event_maps(spec: Spec) -> Iterator[Problem]:
    """upstream and downstream name event maps of kind websocket."""
    for resource, endpoint in spec.websockets.items():
        for key in ("upstream", "downstream"):
            name = as_dict(endpoint).get(key)
            if name is None:
                continue
            where = pointer("x-coze-websockets", resource, key)
            if spec.map_kind(name) is None:
                yield Problem(where, f"{name!r} is not an entry of x-coze-event-maps")
            elif spec.map_kind(name) != "websocket":
                yield Problem(where, f"{name!r} is not an event map of kind websocket")


# --------------------------------------------------------------------------- schemas


@rule
def schema_names(spec: Spec) -> Iterator[Problem]:
    """Schema names are PascalCase ASCII."""
    for name in spec.schemas:
        if not PASCAL.match(str(name)):
            yield Problem(pointer("components", "schemas", name), "name must be PascalCase ASCII")


@rule
def schemas_used(spec: Spec) -> Iterator[Problem]:
    """Every schema is reached from an operation, a shared response, another schema or a stream."""
    for name in spec.schemas:
        if name not in spec.used_schemas:
            yield Problem(pointer("components", "schemas", name), "unused schema")


@rule
def no_inline_objects(spec: Spec) -> Iterator[Problem]:
    """Nested objects with fields are named schemas (they become model classes)."""
    for name, schema in spec.schemas.items():
        for node, where in walk_schemas(schema, pointer("components", "schemas", name)):
            if node is not schema and "$ref" not in node and node.get("properties"):
                yield Problem(where, "inline object, give it a named schema")


@rule
def forgiving_schemas(spec: Spec) -> Iterator[Problem]:
    """No additionalProperties: false, no date-time: unknown fields are kept, and Coze
    timestamps are unix seconds."""
    for name, schema in spec.schemas.items():
        for node, where in walk_schemas(schema, pointer("components", "schemas", name)):
            if node.get("additionalProperties") is False:
                yield Problem(
                    where + "/additionalProperties", "additionalProperties: false (unknown fields must be kept)"
                )
            if node.get("format") == "date-time":
                yield Problem(where + "/format", "Coze timestamps are unix seconds, not date-time strings")


@rule
def defaults_only_where_required(spec: Spec) -> Iterator[Problem]:
    """A `default:` sits only on a field or parameter the server requires (the SDK then sends
    it unless told otherwise), and it is a value of the field's type. An optional field the
    server defaults has none: it would always be sent; its description says the default."""
    allowed = {where for op in spec.operations for _, where, _, required in spec.argument_nodes(op) if required}
    nodes = [
        found
        for name, schema in spec.schemas.items()
        for found in walk_schemas(schema, pointer("components", "schemas", name))
    ]
    for op in spec.operations:
        for index, param in enumerate(as_list(op.get("parameters"))):
            nodes += walk_schemas(as_dict(param).get("schema"), op.at("parameters", index, "schema"))
    components = {"components": spec.raw.get("components", {})}
    for node, where in nodes:
        if "default" not in node:
            continue
        if where not in allowed:
            yield Problem(
                where + "/default",
                "a default only on a field the server requires (it is always sent); "
                "say the server default of an optional field in its description",
            )
            continue
        schema = {key: value for key, value in node.items() if key not in ("default", "description")}
        try:
            errors = list(OAS31Validator({**schema, **components}).iter_errors(node["default"]))
        except Unresolvable:
            continue  # a $ref that leads nowhere: refs_resolve reports it
        for error in errors:
            yield Problem(where + "/default", f"the default does not match its schema: {error.message}")


ENUM_MEMBER = re.compile(r"^[A-Z][A-Z0-9_]*$")


@rule
def integer_enum_names(spec: Spec) -> Iterator[Problem]:
    """An integer enum names its members (`x-enum-varnames`, one UPPER_SNAKE name per value),
    so code reads `DatasetFormatType.DOCUMENT`, never `VALUE_0`."""

    def walk(node: Any, where: str) -> Iterator[Problem]:
        if isinstance(node, dict):
            kind = node.get("type")
            if "enum" in node and (kind == "integer" or (isinstance(kind, list) and "integer" in kind)):
                names = node.get("x-enum-varnames")
                values = as_list(node.get("enum"))
                if not isinstance(names, list) or len(names) != len(values):
                    yield Problem(
                        where + "/x-enum-varnames", f"an integer enum needs one member name per value {values}"
                    )
                else:
                    for index, name in enumerate(names):
                        if not isinstance(name, str) or not ENUM_MEMBER.match(name) or names.index(name) != index:
                            yield Problem(
                                where + pointer("x-enum-varnames", index), f"{name!r} is not a unique UPPER_SNAKE name"
                            )
            for key, value in node.items():
                if key not in ("example", "examples"):
                    yield from walk(value, where + pointer(key))
        elif isinstance(node, list):
            for index, value in enumerate(node):
                yield from walk(value, where + pointer(index))

    yield from walk(spec.raw.get("paths"), "/paths")
    yield from walk(spec.raw.get("components"), "/components")


@rule
def refs_resolve(spec: Spec) -> Iterator[Problem]:
    """Every $ref points at something in this document."""

    def walk(node: Any, where: str) -> Iterator[Problem]:
        if isinstance(node, dict):
            if isinstance(node.get("$ref"), str) and spec.locate(node, where)[0] is None:
                yield Problem(where + "/$ref", f"{node['$ref']} does not resolve")
            for key, value in node.items():
                yield from walk(value, where + pointer(key))
        elif isinstance(node, list):
            for index, value in enumerate(node):
                yield from walk(value, where + pointer(index))

    yield from walk(spec.raw.get("paths"), "/paths")
    yield from walk(spec.raw.get("components"), "/components")


# --------------------------------------------------------------------------- coverage


@rule
def excluded_entries(spec: Spec) -> Iterator[Problem]:
    """Each x-coze-excluded entry gives a method, a path and a reason."""
    excluded = spec.raw.get("x-coze-excluded")
    if excluded is not None and not isinstance(excluded, list):
        yield Problem("/x-coze-excluded", "must be a list of {method, path, reason}")
    for index, entry in enumerate(as_list(excluded)):
        for key in ("method", "path", "reason"):
            if not as_dict(entry).get(key):
                yield Problem(pointer("x-coze-excluded", index, key), "missing")
