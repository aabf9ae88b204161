"""Compile openapi/coze.yaml into the `coze_api` package.

Two steps, both driven by the same parse of the spec:
1. openapi-python-client (pinned) renders the attrs models and endpoint modules, with our
   template overrides from codegen/templates (open enums, null tolerance, lazy imports).
2. This script renders what the generator cannot: `operations.py` (every operation's
   wire description, read from the `x-coze-*` extensions) and `resources.py` (the typed
   resource tree, sync and async, that calls a runtime through `_runtime.py`).
Then ruff formats the package so the output is byte-for-byte deterministic.

Usage: python codegen/generate.py [--spec openapi/coze.yaml] [--out generated]
"""

from __future__ import annotations

import argparse
import keyword
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.parser.openapi import Endpoint, GeneratorData
from openapi_python_client.parser.properties import EnumProperty, ModelProperty
from openapi_python_client.parser.properties.file import FileProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.union import UnionProperty

ROOT = Path(__file__).resolve().parent.parent
CODEGEN = ROOT / "codegen"
PACKAGE = "coze_api"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")
OPTION_NAMES = ("timeout", "extra_headers", "extra_query", "extra_body", "max_retries")


class SpecError(Exception):
    """The spec breaks a rule the generator relies on."""


@dataclass
class Arg:
    """One keyword argument of a generated method."""

    name: str
    wire: str
    location: str
    kind: str
    required: bool
    annotation: str
    description: str
    joined: bool = False


@dataclass
class Method:
    name: str
    operation_const: str
    call: str  # request | stream | paginate
    args: list[Arg]
    returns: str
    async_returns: str
    summary: str
    description: str


@dataclass
class Node:
    path: tuple[str, ...]
    methods: list[Method] = field(default_factory=list)
    children: dict[str, Node] = field(default_factory=dict)

    @property
    def class_name(self) -> str:
        if not self.path:
            return "CozeResources"
        return "".join(part.title().replace("_", "") for part in self.path) + "Resource"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=ROOT / "openapi" / "coze.yaml")
    parser.add_argument("--out", type=Path, default=ROOT / "generated")
    options = parser.parse_args()
    try:
        generate(options.spec, options.out)
    except SpecError as error:
        print(f"codegen: {error}", file=sys.stderr)
        return 1
    return 0


def generate(spec_path: Path, out_dir: Path) -> None:
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        package_dir = Path(tmp) / PACKAGE
        config = Config.from_sources(
            ConfigFile.load_from_path(CODEGEN / "config.yaml"),
            MetaType.NONE,
            spec_path,
            "utf-8",
            overwrite=True,
            output_path=package_dir,
        )
        openapi = GeneratorData.from_dict(spec, config=config)
        if isinstance(openapi, GeneratorError):
            raise SpecError(f"{openapi.header}: {openapi.detail}")
        project = Project(openapi=openapi, config=config, custom_template_path=CODEGEN / "templates")
        problems = [e for e in project.build() if e.level.value == "ERROR" or "Unable" in (e.header or "")]
        for collection in openapi.endpoint_collections_by_tag.values():
            problems.extend(collection.parse_errors)
        problems.extend(openapi.errors)
        if problems:
            raise SpecError("\n".join(f"{p.header}: {p.detail}" for p in problems))
        for static in sorted((CODEGEN / "static").glob("*.py")):
            shutil.copy(static, package_dir / static.name)
        operations, tree, imports, protocols, signatures = describe(spec, openapi)
        (package_dir / "params.py").write_text(render_params(signatures, imports), encoding="utf-8")
        (package_dir / "operations.py").write_text(render_operations(operations), encoding="utf-8")
        (package_dir / "resources.py").write_text(render_resources(tree, imports, protocols), encoding="utf-8")
        raw_tree = render_resources(tree, imports, protocols, raw=True)
        (package_dir / "raw_resources.py").write_text(raw_tree, encoding="utf-8")
        (package_dir / "py.typed").write_text("", encoding="utf-8")
        format_package(package_dir)
        target = out_dir / PACKAGE
        if target.exists():
            shutil.rmtree(target)
        out_dir.mkdir(parents=True, exist_ok=True)
        shutil.copytree(package_dir, target, ignore=shutil.ignore_patterns("__pycache__", ".ruff_cache"))


def format_package(package_dir: Path) -> None:
    ruff = [sys.executable, "-m", "ruff"]
    config = ["--config", str(CODEGEN / "ruff.toml")]
    # The last step only checks: a name the generated code uses but never defines or imports
    # (a missed model import, say) fails generation instead of turning a type into Any.
    for command in (["check", "--fix-only", "--quiet"], ["format", "--quiet"], ["check", "--select", "F821,F811"]):
        done = subprocess.run([*ruff, *command, *config, str(package_dir)], capture_output=True, text=True)
        if done.returncode != 0:
            raise SpecError(f"ruff {command[0]} failed on the generated code:\n{done.stdout}{done.stderr}")


# --------------------------------------------------------------------------- spec reading


def resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        parts = node["$ref"].removeprefix("#/").split("/")
        node = spec
        for part in parts:
            node = node[part]
    return node


def schema_kind(spec: dict[str, Any], schema: Any) -> str:
    """The JSON kind of a schema, for the runtime's argument checks."""
    schema = resolve(spec, schema or {})
    kind = schema.get("type")
    if isinstance(kind, list):
        kinds = [k for k in kind if k != "null"]
        kind = kinds[0] if len(kinds) == 1 else None
    if kind == "string" and schema.get("format") == "binary":
        return "file"
    if kind in ("string", "integer", "number", "boolean", "array", "object"):
        return str(kind)
    return "any"


def iter_operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                yield path, method, item[method]


# --------------------------------------------------------------------------- type strings


def class_import(prop: Any) -> str:
    return f"from .models.{prop.class_info.module_name} import {prop.class_info.name}"


def imports_of(prop: Any, out: set[str]) -> None:
    if isinstance(prop, (ModelProperty, EnumProperty)):
        out.add(class_import(prop))
    elif isinstance(prop, ListProperty):
        imports_of(prop.inner_property, out)
    elif isinstance(prop, UnionProperty):
        for inner in prop.inner_properties:
            imports_of(inner, out)
    if isinstance(prop, ModelProperty) and is_free_map(prop) and not isinstance(prop.additional_properties, bool):
        imports_of(prop.additional_properties, out)


def is_free_map(prop: ModelProperty) -> bool:
    return not prop.required_properties and not prop.optional_properties and bool(prop.additional_properties)


def builtin_safe(text: str) -> str:
    # Inside a resource class `list` is a method name, so annotations spell the builtin out.
    return re.sub(r"(?<![\w.])list\[", "builtins.list[", text)


def request_annotation(prop: Any) -> str:
    """The type a caller may pass: models also as plain mappings, enums also as raw values."""
    if isinstance(prop, ModelProperty):
        if is_free_map(prop):
            extra = prop.additional_properties
            value = "Any" if isinstance(extra, bool) else request_annotation(extra)
            return f"Mapping[str, {value}]"
        return f"{prop.class_info.name} | Mapping[str, Any]"
    if isinstance(prop, ListProperty):
        return f"Sequence[{request_annotation(prop.inner_property)}]"
    if isinstance(prop, EnumProperty):
        return f"{prop.class_info.name} | {prop.value_type.__name__}"
    if isinstance(prop, UnionProperty):
        parts: list[str] = []
        for inner in prop.inner_properties:
            for part in request_annotation(inner).split(" | "):
                if part not in parts:
                    parts.append(part)
        return " | ".join(parts)
    if isinstance(prop, FileProperty):
        return "FileInput"
    return code(prop.get_type_string(no_optional=True))


def response_annotation(prop: Any) -> str:
    return code(prop.get_type_string(no_optional=True))


def code(value: Any) -> str:
    """Plain text of the generator's wrapped strings (PythonCode, UntrustedString)."""
    if hasattr(value, "as_unembedded_code"):
        return str(value.as_unembedded_code())
    if hasattr(value, "get_untrusted_value"):
        return str(value.get_untrusted_value())
    return str(value)


def model_ref(prop: Any) -> str | None:
    """Python source of the `ModelRef` that parses a payload of this property, if any."""
    if isinstance(prop, ModelProperty):
        return f"ModelRef({prop.class_info.module_name!r}, {prop.class_info.name!r})"
    if isinstance(prop, ListProperty) and isinstance(prop.inner_property, ModelProperty):
        inner = prop.inner_property
        return f"ModelRef({inner.class_info.module_name!r}, {inner.class_info.name!r}, many=True)"
    return None


def prop_by_name(model: ModelProperty, name: str) -> Any:
    for prop in (*(model.required_properties or []), *(model.optional_properties or [])):
        if code(prop.name) == name:
            return prop
    return None


# --------------------------------------------------------------------------- description


@dataclass
class OperationSource:
    const: str
    source: str


def describe(
    spec: dict[str, Any], openapi: GeneratorData
) -> tuple[list[OperationSource], Node, set[str], list[tuple[str, str]], list[tuple[str, Method]]]:
    endpoints: dict[str, Endpoint] = {}
    for collection in openapi.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            endpoints[str(endpoint.name)] = endpoint
    models = {model.name.get_untrusted_value().removeprefix("/components/schemas/"): model for model in openapi.models}
    imports: set[str] = set()
    operations: list[OperationSource] = []
    protocols: list[tuple[str, str]] = []
    signatures: list[tuple[str, Method]] = []
    root = Node(())
    seen_resources: set[str] = set()
    for path, http_method, op in iter_operations(spec):
        op_id = op.get("operationId")
        where = f"{http_method.upper()} {path}"
        for key in ("operationId", "x-coze-resource", "x-coze-envelope", "x-coze-retry"):
            if key not in op:
                raise SpecError(f"{where}: missing {key}")
        resource = str(op["x-coze-resource"])
        if op_id != resource.replace(".", "_"):
            raise SpecError(f"{where}: operationId {op_id!r} must be {resource.replace('.', '_')!r}")
        if resource in seen_resources:
            raise SpecError(f"{where}: resource {resource} is declared twice")
        seen_resources.add(resource)
        endpoint = endpoints[op_id]
        description = describe_operation(spec, path, http_method, op, endpoint, models, imports)
        operations.append(description.operation)
        signatures.append((str(op_id), description.methods[0]))
        if description.event_protocol:
            protocols.append(description.event_protocol)
        node = root
        *groups, _ = resource.split(".")
        for depth, group in enumerate(groups):
            node = node.children.setdefault(group, Node(tuple(groups[: depth + 1])))
        node.methods.extend(description.methods)
    check_tree(root)
    return operations, root, imports, protocols, signatures


@dataclass
class Described:
    operation: OperationSource
    methods: list[Method]
    event_protocol: tuple[str, str] | None = None  # (source, class name)


def pascal(snake: str) -> str:
    return "".join(part.title() for part in snake.split("_"))


def accessor_type(stream_ext: dict[str, Any], names: tuple[str, ...], models: dict[str, ModelProperty]) -> str:
    """The type `event.message` / `event.chat` returns: the one schema of those events, or None."""
    schema_names = {stream_ext["events"][name] for name in names}
    if not schema_names:
        return "None"
    if len(schema_names) > 1:
        raise SpecError(f"accessor events {names} name more than one schema: {sorted(schema_names)}")
    return f"{models[schema_names.pop()].class_info.name} | None"


def render_event_protocol(name: str, resource: str, payloads: str, message: str, chat: str) -> str:
    return (
        f"class {name}(StreamEvent[{payloads}], Protocol):\n"
        f'    """An event of `{resource}`: `data` is the model the spec names for its event name."""\n\n'
        f"    @property\n    def message(self) -> {message}: ...\n\n"
        f"    @property\n    def chat(self) -> {chat}: ...\n"
    )


def describe_operation(
    spec: dict[str, Any],
    path: str,
    http_method: str,
    op: dict[str, Any],
    endpoint: Endpoint,
    models: dict[str, ModelProperty],
    imports: set[str],
) -> Described:
    op_id = str(op["operationId"])
    where = f"{http_method.upper()} {path}"
    const = op_id.upper()
    stream_ext = op.get("x-coze-stream")
    flag = stream_ext.get("flag") if stream_ext else None
    args: list[Arg] = []
    raw_params = {p["name"]: p for p in (resolve(spec, p) for p in op.get("parameters", []))}
    for location, props in (
        ("path", endpoint.path_parameters),
        ("query", endpoint.query_parameters),
        ("header", endpoint.header_parameters),
    ):
        for prop in props:
            raw = raw_params[code(prop.name)]
            schema = raw.get("schema", {})
            joined = schema_kind(spec, schema) == "array" and raw.get("explode") is False
            args.append(
                Arg(
                    name=code(prop.python_name),
                    wire=code(prop.name),
                    location=location,
                    kind=schema_kind(spec, schema),
                    required=bool(prop.required),
                    annotation=request_annotation(prop),
                    description=str(raw.get("description", "")),
                    joined=joined,
                )
            )
            imports_of(prop, imports)
    body_kind = None
    if endpoint.bodies:
        if len(endpoint.bodies) != 1:
            raise SpecError(f"{where}: exactly one request body content type is supported")
        body = endpoint.bodies[0]
        body_kind = "multipart" if body.body_type.value == "files" else "json"
        if body.body_type.value not in ("json", "files"):
            raise SpecError(f"{where}: unsupported body type {body.content_type}")
        model = body.prop
        if not isinstance(model, ModelProperty):
            raise SpecError(f"{where}: the request body must reference a named object schema")
        content = op["requestBody"]["content"]
        raw_body = resolve(spec, next(iter(content.values()))["schema"])
        for prop in (*(model.required_properties or []), *(model.optional_properties or [])):
            if code(prop.name) == flag:
                continue
            raw_prop = raw_body.get("properties", {}).get(code(prop.name), {})
            kind = schema_kind(spec, raw_prop)
            location = "body"
            if body_kind == "multipart":
                location = "file" if kind == "file" else "form"
            args.append(
                Arg(
                    name=code(prop.python_name),
                    wire=code(prop.name),
                    location=location,
                    kind=kind,
                    required=bool(prop.required),
                    annotation=request_annotation(prop),
                    description=str(resolve(spec, raw_prop).get("description", "")),
                )
            )
            imports_of(prop, imports)
    names = [arg.name for arg in args]
    for name in names:
        if names.count(name) > 1:
            raise SpecError(f"{where}: argument {name!r} appears twice (path/query/body must not collide)")
        if name in OPTION_NAMES or name == "self":
            raise SpecError(f"{where}: argument {name!r} collides with a per-call option")

    envelope = op["x-coze-envelope"]
    if envelope not in ("data", "none", "binary"):
        raise SpecError(f"{where}: x-coze-envelope must be data, none or binary")
    result_prop: Any = None
    result_ref: str | None = None
    if envelope != "binary":
        json_responses = [r for r in endpoint.responses.patterns if r.status_code.pattern == "200"]
        envelope_prop = json_responses[0].prop if json_responses else None
        if isinstance(envelope_prop, ModelProperty):
            data_prop = prop_by_name(envelope_prop, "data") if envelope == "data" else None
            if data_prop is None:
                # Nothing to unwrap: the caller gets the envelope itself (code, msg, logid).
                envelope = "none"
            result_prop = data_prop if data_prop is not None else envelope_prop
            result_ref = model_ref(result_prop)
    if result_prop is not None:
        imports_of(result_prop, imports)
        returns = builtin_safe(response_annotation(result_prop))
    elif envelope == "binary":
        returns = "BinaryResult"
    else:
        returns = "Any"
    async_returns = "AsyncBinaryResult" if envelope == "binary" else returns

    pagination_src = "None"
    pagination = op.get("x-coze-pagination")
    call = "request"
    if pagination:
        call = "paginate"
        items_field = pagination.get("items")
        if not isinstance(result_prop, ModelProperty) or prop_by_name(result_prop, items_field) is None:
            raise SpecError(f"{where}: x-coze-pagination items {items_field!r} is not a field of the result")
        items_prop = prop_by_name(result_prop, items_field)
        if not isinstance(items_prop, ListProperty):
            raise SpecError(f"{where}: pagination items field {items_field!r} is not an array")
        imports_of(items_prop.inner_property, imports)
        item_type = builtin_safe(response_annotation(items_prop.inner_property))
        returns = f"SyncPage[{item_type}]"
        async_returns = f"AsyncPage[{item_type}]"
        for key in ("page_param", "size_param", "cursor_param", "token_param"):
            if key in pagination and pagination[key] not in {a.wire for a in args}:
                raise SpecError(f"{where}: pagination {key} {pagination[key]!r} is not a parameter")
        allowed = (
            "style items size_param page_param has_more total cursor_param next_cursor token_param next_token"
        ).split()
        unknown = set(pagination) - set(allowed)
        if unknown:
            raise SpecError(f"{where}: unknown x-coze-pagination keys {sorted(unknown)}")
        pagination_src = "Pagination(" + ", ".join(f"{k}={pagination[k]!r}" for k in allowed if k in pagination) + ")"

    stream_src = "None"
    event_protocol = event_type = ""
    stream_methods: list[Method] = []
    responses = op.get("responses", {}).get("200", {}).get("content", {})
    if stream_ext:
        if "text/event-stream" not in responses:
            raise SpecError(f"{where}: x-coze-stream without a text/event-stream response")
        events = []
        union: list[str] = []
        for event_name, schema_name in (stream_ext.get("events") or {}).items():
            if schema_name is None:
                events.append(f"{event_name!r}: None")
                continue
            event_model = models.get(schema_name)
            if event_model is None:
                raise SpecError(f"{where}: stream event {event_name} names unknown schema {schema_name}")
            imports.add(class_import(event_model))
            events.append(f"{event_name!r}: {model_ref(event_model)}")
            if event_model.class_info.name not in union:
                union.append(event_model.class_info.name)
        union += ["str", "None"]
        message_events = tuple(stream_ext.get("message_events") or ())
        chat_events = tuple(stream_ext.get("chat_events") or ())
        stream_src = (
            "StreamSpec(events={"
            + ", ".join(events)
            + f"}}, terminal={tuple(stream_ext.get('terminal') or ())!r}, errors={tuple(stream_ext.get('errors') or ())!r}"
            + (f", flag={flag!r}" if flag else "")
            + f", message_events={message_events!r}, chat_events={chat_events!r}"
            + ")"
        )
        resource = str(op["x-coze-resource"])
        if "application/json" in responses:  # dual mode: the stream is a second method
            stream_path = resource.rsplit(".", 1)[0] + "." + str(stream_ext.get("method"))
        else:
            stream_path = resource
        event_type = pascal(stream_path.replace(".", "_")) + "Event"
        event_protocol = render_event_protocol(
            event_type,
            stream_path,
            " | ".join(union),
            accessor_type(stream_ext, message_events, models),
            accessor_type(stream_ext, chat_events, models),
        )
        dual = "application/json" in responses
        if dual:
            if not flag or not stream_ext.get("method"):
                raise SpecError(f"{where}: a dual-mode operation needs x-coze-stream method and flag")
            stream_name = str(stream_ext["method"])
        else:
            stream_name = str(op["x-coze-resource"]).rsplit(".", 1)[1]
        stream_methods.append(
            Method(
                name=stream_name,
                operation_const=const,
                call="stream",
                args=args,
                returns=f"SyncEventStream[{event_type}]",
                async_returns=f"AsyncEventStream[{event_type}]",
                summary=str(op.get("summary", "")) + " (streaming)" if dual else str(op.get("summary", "")),
                description=str(op.get("description", "")),
            )
        )
        if not dual:
            returns = async_returns = ""

    methods = list(stream_methods)
    if returns:
        methods.insert(
            0,
            Method(
                name=str(op["x-coze-resource"]).rsplit(".", 1)[1],
                operation_const=const,
                call=call,
                args=args,
                returns=returns,
                async_returns=async_returns,
                summary=str(op.get("summary", "")),
                description=str(op.get("description", "")),
            ),
        )
    params_src = ",\n        ".join(
        f"Param({a.name!r}, {a.wire!r}, {a.location!r}, {a.kind!r}, {a.required!r}"
        + (", joined=True" if a.joined else "")
        + ")"
        for a in args
    )
    headers = op.get("x-coze-headers") or {}
    authenticated = op.get("security", spec.get("security")) != []
    source = f"""{const} = Operation(
    id={op_id!r},
    method={http_method.upper()!r},
    path={path!r},
    params=({params_src}{"," if len(args) == 1 else ""}),
    body={body_kind!r},
    envelope={envelope!r},
    retry_safe={op["x-coze-retry"] == "safe"!r},
    result={result_ref or "None"},
    pagination={pagination_src},
    stream={stream_src},
    headers={dict(headers)!r},
    authenticated={authenticated!r},
)
"""
    return Described(OperationSource(const, source), methods, (event_protocol, event_type) if stream_ext else None)


def check_tree(node: Node) -> None:
    method_names = [m.name for m in node.methods]
    for name in method_names:
        if method_names.count(name) > 1:
            raise SpecError(f"resource {'.'.join(node.path)} has two methods named {name}")
        if name in node.children:
            raise SpecError(f"resource {'.'.join(node.path)}: {name} is both a method and a group")
        if keyword.iskeyword(name):
            raise SpecError(f"resource {'.'.join(node.path)}: {name} is a Python keyword")
    for child in node.children.values():
        check_tree(child)


# --------------------------------------------------------------------------- rendering

HEADER = '"""{doc}\n\nGenerated from openapi/coze.yaml by `make gen`; never edit by hand.\n"""\n\n'


def render_operations(operations: list[OperationSource]) -> str:
    lines = [
        HEADER.format(doc="Every Coze operation, as the runtime needs it to build requests and read answers."),
        "from ._runtime import ModelRef, Operation, Pagination, Param, StreamSpec\n\n",
    ]
    lines.extend(op.source + "\n" for op in operations)
    lines.append("OPERATIONS: dict[str, Operation] = {\n")
    lines.extend(f"    {op.const}.id: {op.const},\n" for op in operations)
    lines.append("}\n")
    return "".join(lines)


def walk(node: Node) -> Iterator[Node]:
    for child in node.children.values():
        yield from walk(child)
    yield node


def docstring(method: Method, indent: str) -> str:
    lines = [method.summary.rstrip(".") + "."]
    if method.description:
        lines += ["", *wrap(method.description, 88)]
    documented = [a for a in method.args if a.description]
    if documented:
        lines += ["", "Args:"]
        for arg in documented:
            lines += wrap(f"{arg.name}: {arg.description}", 84, first="    ", rest="        ")
    body = "\n".join((indent + line) if line else "" for line in lines)
    return f'{indent}"""{body.lstrip()}\n{indent}"""\n'


def wrap(text: str, width: int, first: str = "", rest: str = "") -> list[str]:
    words = " ".join(text.split()).replace('"""', "'''").replace("\\", "\\\\").split(" ")
    lines: list[str] = []
    current = first
    for word in words:
        prefix = rest if lines else first
        if len(current) + len(word) + 1 > width and current.strip():
            lines.append(current)
            current = rest + word
        else:
            current = (current + " " + word) if current.strip() else prefix + word
    if current.strip():
        lines.append(current)
    return lines


# The per-call options every method takes: (name, annotation, default).
CALL_OPTIONS = (
    ("timeout", "TimeoutInput | Unset", "UNSET"),
    ("extra_headers", "Mapping[str, str] | None", "None"),
    ("extra_query", "Mapping[str, Any] | None", "None"),
    ("extra_body", "Mapping[str, Any] | None", "None"),
    ("max_retries", "int | Unset", "UNSET"),
)


def render_method(method: Method, is_async: bool, raw: bool = False) -> str:
    params = ["self", "*"]
    for arg in sorted(method.args, key=lambda a: not a.required):
        annotation = builtin_safe(arg.annotation)
        params.append(f"{arg.name}: {annotation}" if arg.required else f"{arg.name}: {annotation} | Unset = UNSET")
    params += [f"{name}: {annotation} = {default}" for name, annotation, default in CALL_OPTIONS]
    returns = method.async_returns if is_async else method.returns
    # An async list returns its page object at once, except raw: the raw answer needs the call.
    awaited = is_async and (method.call != "paginate" or raw)
    prefix = "async def" if awaited else "def"
    await_ = "await " if awaited else ""
    if raw:
        returns = f"RawResult[{returns}]"
    args = "{" + ", ".join(f"{a.name!r}: {a.name}" for a in method.args) + "}"
    signature = ",\n        ".join(params)
    return (
        f"    {prefix} {method.name}(\n        {signature},\n    ) -> {returns}:\n"
        + docstring(method, "        ")
        + f"        return {await_}self._requester.{method.call}(\n"
        f"            _ops.{method.operation_const},\n"
        f"            {args},\n"
        "            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),\n"
        "        )\n"
    )


def render_params(operations: list[tuple[str, Method]], model_imports: set[str]) -> str:
    """`params.py`: each operation's keyword arguments as a TypedDict, so hand-written
    wrappers (`create_and_poll`) can take `**params: Unpack[ChatCreateParams]` and stay typed."""
    parts = [
        HEADER.format(doc="The keyword arguments of every operation, as TypedDicts."),
        "from __future__ import annotations\n\n",
        "from collections.abc import Mapping, Sequence\n",
        "from typing import TYPE_CHECKING, Any, Required, TypedDict\n\n",
        "from ._runtime import FileInput, TimeoutInput\n",
        "from .types import Unset\n\n",
        "if TYPE_CHECKING:\n",
    ]
    parts += [f"    {line}\n" for line in sorted(model_imports)] or ["    pass\n"]
    for op_id, method in operations:
        parts.append(f"\n\nclass {pascal(op_id)}Params(TypedDict, total=False):\n")
        parts.append(f'    """The arguments of `{op_id}`."""\n\n')
        for arg in method.args:
            annotation = arg.annotation if arg.required else f"{arg.annotation} | Unset"
            parts.append(f"    {arg.name}: {f'Required[{annotation}]' if arg.required else annotation}\n")
        parts += [f"    {name}: {annotation}\n" for name, annotation, _ in CALL_OPTIONS]
    return "".join(parts)


def render_class(node: Node, is_async: bool, raw: bool = False) -> str:
    prefix = ("Async" if is_async else "") + ("Raw" if raw else "")
    requester = "AsyncRequester" if is_async else "SyncRequester"
    name = prefix + node.class_name
    where = ".".join(node.path) or "the Coze API"
    doc = f"The `{where}` resource group." if node.path else "The root of the resource tree of the Coze API."
    if raw:
        doc = doc[:-1] + ", returning each call's raw HTTP answer."
    out = [
        f"class {name}:\n",
        f'    """{doc}"""\n\n',
        f"    def __init__(self, requester: {requester}) -> None:\n",
        "        self._requester = requester\n",
    ]
    for child_name, child in node.children.items():
        child_class = prefix + child.class_name
        out.append(
            f"\n    @cached_property\n    def {child_name}(self) -> {child_class}:\n"
            f'        """The `{".".join(child.path)}` resource group."""\n'
            f"        return {child_class}(self._requester)\n"
        )
    for method in node.methods:
        out.append("\n" + render_method(method, is_async, raw))
    return "".join(out)


def render_resources(
    root: Node, model_imports: set[str], event_protocols: list[tuple[str, str]], raw: bool = False
) -> str:
    """`resources.py` (the tree) or, with `raw`, `raw_resources.py` (the same tree whose
    methods return the raw HTTP answer around their result; loaded only when used)."""
    imports = sorted(model_imports)
    if raw:
        doc = "The resource tree of `with_raw_response`: every method returns a `RawResult`."
        roots = ["RawCozeResources", "AsyncRawCozeResources"]
        imports += [f"from .resources import {name}" for _, name in event_protocols]
    else:
        doc = "The typed resource tree of the Coze API (`coze.chat.messages.list(...)`), sync and async."
        roots = ["CozeResources", "AsyncCozeResources"]
    parts = [
        HEADER.format(doc=doc),
        "from __future__ import annotations\n\n",
        "import builtins\n",
        "from collections.abc import Mapping, Sequence\n",
        "from functools import cached_property\n",
        "from typing import TYPE_CHECKING, Any, Protocol\n\n",
        "from . import operations as _ops\n",
        "from ._runtime import (\n    AsyncBinaryResult,\n    AsyncEventStream,\n    AsyncPage,\n    AsyncRequester,\n"
        "    BinaryResult,\n    FileInput,\n    RawResult,\n    RequestOptions,\n    StreamEvent,\n"
        "    SyncEventStream,\n    SyncPage,\n    SyncRequester,\n    TimeoutInput,\n)\n",
        "from .types import UNSET, Unset\n\n",
        "if TYPE_CHECKING:\n",
    ]
    parts += [f"    {line}\n" for line in imports] or ["    pass\n"]
    parts.append(f"\n__all__ = {roots!r}\n\n")
    if event_protocols and not raw:
        # Typing-only: their payload models are imported for type checkers alone, and at run
        # time every stream event is the runtime's own event class.
        parts.append("\nif TYPE_CHECKING:\n")
        parts += ["\n" + textwrap.indent(protocol, "    ") + "\n" for protocol, _ in event_protocols]
        names = " = ".join(name for _, name in event_protocols)
        parts.append(f"else:\n    {names} = StreamEvent\n\n")
    for node in walk(root):
        parts.append("\n" + render_class(node, is_async=False, raw=raw) + "\n")
        parts.append("\n" + render_class(node, is_async=True, raw=raw) + "\n")
    return "".join(parts)


if __name__ == "__main__":
    sys.exit(main())
