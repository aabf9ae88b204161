"""JSON schemas as Python types: the annotation a model field gets, the one a caller may pass,
and the converter that checks a JSON value against it.

`TypeMapper.map` walks one schema. Along the way it registers every class the type needs
(named object schemas become models, enums become open enums, inline enums inside models
get a class named after their owner), so starting from the operations and event maps it
discovers exactly the models the package must contain.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Literal

from spec import Schema, is_enum, is_free_map, is_object_model, joined_name, ref_name, resolve, schemas, types_of

Side = Literal["response", "request"]

SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}
CONVERTERS = {"str": "_m.to_str", "int": "_m.to_int", "float": "_m.to_float", "bool": "_m.to_bool"}


class SchemaTypeError(Exception):
    """A schema the generator cannot turn into a type; the message names where."""


@dataclass(frozen=True)
class PyType:
    """One schema as Python sees it."""

    kind: str
    """str | int | float | bool | enum | model | list | map | json | union | file | literal"""
    annotation: str
    """The type of a model field or result (without `| None`)."""
    request: str
    """The type a caller may pass for it."""
    converter: str
    """Source of the converter that checks a JSON value against it."""
    names: frozenset[str] = frozenset()
    """Generated classes the annotations name (for imports)."""
    nullable: bool = False
    """The schema itself admits null."""
    target: str | None = None
    """The class of an enum or model."""
    item: PyType | None = None
    """The item type of a list or map."""
    base64: bool = False
    """A string of base64 (`format: byte`): a model built by hand also takes the bytes."""


@dataclass
class ClassDef:
    """A class the generator emits: a model or an enum, named or inline."""

    name: str
    schema: Schema
    kind: Literal["model", "enum"]
    where: str
    """Where it was first found (a schema name or `Owner.field`), for messages."""


@dataclass
class TypeMapper:
    spec: dict[str, Any]
    classes: dict[str, ClassDef] = field(default_factory=dict)

    def register(self, name: str, schema: Schema, kind: Literal["model", "enum"], where: str) -> str:
        known = self.classes.get(name)
        if known is not None and known.schema is not schema:
            raise SchemaTypeError(f"{where}: the class name {name} is already used by {known.where}")
        self.classes.setdefault(name, ClassDef(name, schema, kind, where))
        return name

    def map(self, node: Any, *, owner: str, field_name: str, side: Side) -> PyType:
        """The type of `node`, the schema of `field_name` in `owner` (a class or operation)."""
        where = f"{owner}.{field_name}"
        name = ref_name(node)
        if name is not None:
            return self._named(name, side, where)
        schema: Schema = node or {}
        if "anyOf" in schema or "oneOf" in schema:
            return self._options(schema.get("anyOf") or schema.get("oneOf") or [], owner, field_name, side)
        kinds = types_of(schema)
        nullable = "null" in kinds
        kinds = [kind for kind in kinds if kind != "null"]
        if len(kinds) > 1:
            options = [{**schema, "type": kind} for kind in kinds]
            return _with_null(self._options(options, owner, field_name, side), nullable)
        kind = kinds[0] if kinds else None
        if is_enum(schema):
            return _with_null(self._inline_enum(schema, owner, field_name, side, where), nullable)
        if kind in SCALARS:
            if kind == "string" and schema.get("format") == "binary":
                return PyType("file", "bytes", "FileInput", "_m.to_json", nullable=nullable)
            if kind == "string" and schema.get("format") == "byte":
                return PyType("str", "str", "str", CONVERTERS["str"], nullable=nullable, base64=True)
            python = SCALARS[kind]
            return PyType(python, python, python, CONVERTERS[python], nullable=nullable)
        if kind == "array":
            return _with_null(
                self._list(self.map(schema.get("items", {}), owner=owner, field_name=field_name, side=side)), nullable
            )
        if kind == "object":
            if schema.get("properties"):
                return _with_null(self._model(joined_name(owner, field_name), schema, where), nullable)
            return _with_null(self._map(schema.get("additionalProperties"), owner, field_name, side), nullable)
        if kind is None and not schema.get("properties"):
            return PyType("json", "JsonValue", "JsonValue", "_m.to_json", nullable=True)
        raise SchemaTypeError(f"{where}: unsupported schema {schema!r}")

    def _named(self, name: str, side: Side, where: str) -> PyType:
        schema = schemas(self.spec).get(name)
        if schema is None:
            raise SchemaTypeError(f"{where}: $ref to unknown schema {name}")
        if is_enum(schema):
            self.register(name, schema, "enum", name)
            return _enum(name, schema)
        if is_object_model(schema):
            return self._model(name, schema, name)
        if is_free_map(schema):
            return self._map(schema.get("additionalProperties"), name, "value", side)
        return self.map(resolve(self.spec, schema), owner=name, field_name="value", side=side)

    def _model(self, name: str, schema: Schema, where: str) -> PyType:
        self.register(name, schema, "model", where)
        return PyType(
            "model",
            name,
            f"{name} | Mapping[str, object]",
            f"_m.model_of({name})",
            frozenset({name}),
            target=name,
        )

    def _inline_enum(self, schema: Schema, owner: str, field_name: str, side: Side, where: str) -> PyType:
        if side == "request":
            values = ", ".join(repr(value) for value in schema["enum"])
            base = SCALARS.get(types_of(schema)[0] if types_of(schema) else "string", "str")
            return PyType("literal", f"Literal[{values}]", f"Literal[{values}]", CONVERTERS[base])
        name = self.register(joined_name(owner, field_name), schema, "enum", where)
        return _enum(name, schema)

    def _list(self, item: PyType) -> PyType:
        if item.nullable:
            raise SchemaTypeError(f"array items of type {item.annotation} may be null: not supported")
        return PyType(
            "list",
            f"list[{item.annotation}]",
            f"Sequence[{item.request}]",
            f"_m.list_of({item.converter})",
            item.names,
            item=item,
        )

    def _map(self, values: Any, owner: str, field_name: str, side: Side) -> PyType:
        if values in (None, True, {}):
            return PyType("map", "dict[str, JsonValue]", "Mapping[str, JsonValue]", "_m.json_object")
        item = self.map(values, owner=owner, field_name=field_name, side=side)
        if item.nullable:
            raise SchemaTypeError(f"{owner}.{field_name}: map values may be null: not supported")
        return PyType(
            "map",
            f"dict[str, {item.annotation}]",
            f"Mapping[str, {item.request}]",
            f"_m.map_of({item.converter})",
            item.names,
            item=item,
        )

    def _options(self, options: list[Any], owner: str, field_name: str, side: Side) -> PyType:
        types = [self.map(option, owner=owner, field_name=field_name, side=side) for option in options]
        nullable = any(t.nullable for t in types)
        real = [t for t, option in zip(types, options, strict=True) if not _is_null(option)]
        if len(real) == 1:
            return _with_null(real[0], nullable or len(real) < len(types))
        annotation = " | ".join(dict.fromkeys(part for t in real for part in t.annotation.split(" | ")))
        request = " | ".join(dict.fromkeys(part for t in real for part in t.request.split(" | ")))
        expected = " or ".join(t.annotation for t in real)
        converter = f"_m.any_of({', '.join(t.converter for t in real)}, expected={expected!r})"
        names = frozenset().union(*(t.names for t in real))
        return PyType("union", annotation, request, converter, names, nullable=nullable or len(real) < len(types))


def _is_null(option: Any) -> bool:
    return isinstance(option, dict) and types_of(option) == ["null"]


def _with_null(value: PyType, nullable: bool) -> PyType:
    return replace(value, nullable=True) if nullable and not value.nullable else value


def _enum(name: str, schema: Schema) -> PyType:
    values = ", ".join(repr(value) for value in schema["enum"])
    return PyType(
        "enum",
        name,
        f"{name} | Literal[{values}]",
        f"{name}.parse",
        frozenset({name}),
        target=name,
    )


def enum_is_int(schema: Schema) -> bool:
    return "integer" in types_of(schema)
