"""Every operation of the spec as the generator renders it: its arguments, result, paging,
streaming and the methods it puts in the resource tree.

Each step is a small function over one part of the operation (parameters, body, result,
pagination, stream); `describe_operation` only strings them together.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from pytypes import PyType, TypeMapper
from spec import attribute_name, pascal, ref_name, resolve

OPTION_NAMES = ("timeout", "extra_headers", "extra_query", "extra_body", "max_retries")
KINDS = {"str": "string", "int": "integer", "float": "number", "bool": "boolean", "list": "array"}
KINDS |= {"map": "object", "model": "object", "file": "file"}

Call = Literal["request", "paginate", "stream", "download", "connect"]
NO_DEFAULT: Any = object()
"""The `default` of an argument the spec gives none."""


@dataclass(frozen=True)
class Arg:
    """One keyword argument of a generated method."""

    name: str
    wire: str
    location: str
    kind: str
    required: bool
    type: PyType
    description: str
    joined: bool = False
    default: Any = NO_DEFAULT
    """The spec's `default:` of a field the server requires: the method sends it unless told otherwise."""

    @property
    def has_default(self) -> bool:
        return self.default is not NO_DEFAULT

    @property
    def must_pass(self) -> bool:
        """Whether the caller has to give it: the server requires it and the spec fills no default."""
        return self.required and not self.has_default

    @property
    def annotation(self) -> str:
        return self.type.request + ("" if self.required else " | None")


@dataclass(frozen=True)
class Method:
    name: str
    call: Call
    handle: str
    """The constant in operations.py the method passes to the requester."""
    returns: str
    async_returns: str
    summary: str
    description: str
    args: list[Arg]


@dataclass
class Operation:
    op_id: str
    resource: str
    http_method: str
    path: str
    args: list[Arg]
    body: str | None
    envelope: str
    retry_safe: bool
    result: PyType | None
    pagination: dict[str, Any] | None
    items: PyType | None
    stream: dict[str, Any] | None
    headers: dict[str, str]
    authenticated: bool
    summary: str
    description: str
    methods: list[Method] = field(default_factory=list)

    @property
    def const(self) -> str:
        return self.op_id.upper()

    @property
    def group(self) -> str:
        return self.resource.split(".", 1)[0]

    @property
    def names(self) -> frozenset[str]:
        """Every generated class the operation's signatures name."""
        found: frozenset[str] = frozenset()
        for arg in self.args:
            found |= arg.type.names
        for kind in (self.result, self.items):
            if kind is not None:
                found |= kind.names
        return found


def describe_operation(
    spec: dict[str, Any], mapper: TypeMapper, path: str, http_method: str, op: dict[str, Any]
) -> Operation:
    op_id = str(op["operationId"])
    stream = op.get("x-coze-stream")
    args = parameter_args(spec, mapper, op_id, op) + body_args(spec, mapper, op_id, op, stream)
    envelope, result = result_type(spec, mapper, op_id, op)
    pagination = op.get("x-coze-pagination")
    items = page_items(mapper, result, pagination) if pagination else None
    operation = Operation(
        op_id=op_id,
        resource=str(op["x-coze-resource"]),
        http_method=http_method.upper(),
        path=path,
        args=args,
        body=body_kind(op),
        envelope=envelope,
        retry_safe=op["x-coze-retry"] == "safe",
        result=result,
        pagination=pagination,
        items=items,
        stream=stream,
        headers=dict(op.get("x-coze-headers") or {}),
        authenticated=op.get("security", spec.get("security")) != [],
        summary=str(op.get("summary", "")),
        description=str(op.get("description", "")),
    )
    operation.methods = methods_of(operation, "application/json" in json_content(op))
    return operation


def json_content(op: dict[str, Any]) -> dict[str, Any]:
    return dict(op.get("responses", {}).get("200", {}).get("content", {}) or {})


def kind_of(kind: PyType, schema: Any, spec: dict[str, Any]) -> str:
    """The JSON kind the runtime checks an argument against before sending."""
    if kind.kind in KINDS:
        return KINDS[kind.kind]
    if kind.kind in ("enum", "literal"):
        target = resolve(spec, schema)
        return "integer" if "integer" in str(target.get("type")) else "string"
    return "any"


def parameter_args(spec: dict[str, Any], mapper: TypeMapper, op_id: str, op: dict[str, Any]) -> list[Arg]:
    args = []
    for raw in (resolve(spec, p) for p in op.get("parameters", [])):
        schema = raw.get("schema", {})
        kind = mapper.map(schema, owner=pascal(op_id), field_name=raw["name"], side="request")
        args.append(
            Arg(
                name=attribute_name(raw["name"]),
                wire=raw["name"],
                location=raw["in"],
                kind=kind_of(kind, schema, spec),
                required=bool(raw.get("required")),
                type=kind,
                description=str(raw.get("description", "")),
                joined=kind.kind == "list" and raw.get("explode") is False,
                default=schema.get("default", NO_DEFAULT),
            )
        )
    return args


def body_kind(op: dict[str, Any]) -> str | None:
    content = (op.get("requestBody") or {}).get("content") or {}
    if not content:
        return None
    return "multipart" if "multipart/form-data" in content else "json"


def body_args(
    spec: dict[str, Any], mapper: TypeMapper, op_id: str, op: dict[str, Any], stream: dict[str, Any] | None
) -> list[Arg]:
    kind = body_kind(op)
    if kind is None:
        return []
    content = op["requestBody"]["content"]
    schema = resolve(spec, next(iter(content.values()))["schema"])
    owner = ref_name(next(iter(content.values()))["schema"]) or pascal(op_id) + "Request"
    required = set(schema.get("required") or ())
    flag = (stream or {}).get("flag")
    args = []
    for wire, prop in (schema.get("properties") or {}).items():
        if wire == flag:
            continue
        python = mapper.map(prop, owner=owner, field_name=wire, side="request")
        location = "body" if kind == "json" else "file" if python.kind == "file" else "form"
        args.append(
            Arg(
                name=attribute_name(wire),
                wire=wire,
                location=location,
                kind=kind_of(python, prop, spec),
                required=wire in required,
                type=python,
                # A description beside a $ref says what the shared schema means here.
                description=str(prop.get("description") or resolve(spec, prop).get("description", "")),
                default=prop.get("default", NO_DEFAULT),
            )
        )
    return args


def result_type(spec: dict[str, Any], mapper: TypeMapper, op_id: str, op: dict[str, Any]) -> tuple[str, PyType | None]:
    """The envelope the runtime unwraps, and the type of what is left."""
    envelope = str(op["x-coze-envelope"])
    content = json_content(op)
    if envelope == "binary" or "application/json" not in content:
        return envelope, None
    node = content["application/json"]["schema"]
    schema = resolve(spec, node)
    data = (schema.get("properties") or {}).get("data") if envelope == "data" else None
    if envelope == "data" and data is None:
        envelope = "none"  # nothing to unwrap: the result is the envelope (code, msg, logid)
    target = data if data is not None else node
    owner = ref_name(node) or pascal(op_id) + "Response"
    return envelope, mapper.map(target, owner=owner, field_name="data", side="response")


def page_items(mapper: TypeMapper, result: PyType | None, pagination: dict[str, Any]) -> PyType:
    """The item type of a list operation's pages: the list field `items` names in its result."""
    assert result is not None and result.target is not None, "pagination needs a model result"
    model = mapper.classes[result.target]
    name = str(pagination["items"])
    kind = mapper.map(model.schema["properties"][name], owner=model.name, field_name=name, side="response")
    assert kind.item is not None, f"{model.name}.{name} is not a list"
    return kind.item


def methods_of(operation: Operation, dual: bool) -> list[Method]:
    """The tree methods of an operation: its plain call, and its streaming call if it streams."""
    name = operation.resource.rsplit(".", 1)[1]
    methods = []
    summary, description = operation.summary, operation.description
    stream = operation.stream
    if stream is None or dual:
        if operation.envelope == "binary":
            call: Call = "download"
            returns, async_returns = "BinaryResponse", "AsyncBinaryResponse"
            handle = operation.const
        elif operation.pagination:
            assert operation.items is not None
            call, handle = "paginate", operation.const + "_PAGES"
            returns, async_returns = (
                f"SyncPage[{operation.items.annotation}]",
                f"AsyncPage[{operation.items.annotation}]",
            )
        else:
            call, handle = "request", operation.const
            returns = async_returns = operation.result.annotation if operation.result is not None else "None"
        methods.append(Method(name, call, handle, returns, async_returns, summary, description, operation.args))
    if stream is not None:
        family = str(stream["events"])
        stream_name = str(stream["method"]) if dual else name
        methods.append(
            Method(
                stream_name,
                "stream",
                operation.const + "_STREAM",
                f"{family}Stream",
                f"Async{family}Stream",
                summary + (" (streaming)" if dual else ""),
                description,
                operation.args,
            )
        )
    return methods
