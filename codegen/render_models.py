"""The `models` package: one module per resource group (and `_shared` for models several
groups use), each holding its enums and model classes with their `from_dict` parsers.

`from_dict` is written out field by field: the common scalar and enum checks are inlined
(a type test and an assignment), and only composite or unusual values go through the
converters of `_model.py`. That keeps parsing a 5,000-message list well under what a
generic, table-driven parser costs.
"""

from __future__ import annotations

from dataclasses import dataclass

from pytypes import ClassDef, PyType, TypeMapper, enum_is_int
from render_text import BUILTIN_NAMES, builtin_safe, clean, docstring, header, indent
from spec import attribute_name, constant

SHARED = "_shared"
RESERVED = {"from_dict", "to_dict", "additional_properties", "self"}


@dataclass(frozen=True)
class Field:
    attr: str
    wire: str
    type: PyType
    required: bool
    description: str

    @property
    def optional(self) -> bool:
        return not self.required or self.type.nullable

    def annotation(self, shadowed: set[str]) -> str:
        """The field's annotation inside its class, whose other fields may shadow builtins."""
        # JsonValue already includes None.
        nullable = self.optional and self.type.kind != "json"
        return builtin_safe(self.type.annotation + (" | None" if nullable else ""), shadowed)

    def parameter(self, shadowed: set[str]) -> str:
        """The `__init__` parameter: an enum field also takes its plain values (`role="user"`),
        a base64 field the bytes to encode."""
        if self.type.kind != "enum" and not self.type.base64:
            return self.annotation(shadowed) + (" = None" if self.optional else "")
        annotation = "Base64Input" if self.type.base64 else builtin_safe(self.type.request, shadowed)
        return f"{annotation} | None = None" if self.optional else annotation

    def initial(self) -> str:
        """The value `__init__` stores for the parameter."""
        if self.type.kind != "enum" and not self.type.base64:
            return self.attr
        convert = f"_m.to_base64({self.attr})" if self.type.base64 else f"{self.type.target}({self.attr})"
        return f"None if {self.attr} is None else {convert}" if self.optional else convert


def model_fields(mapper: TypeMapper, cls: ClassDef) -> list[Field]:
    required = set(cls.schema.get("required") or ())
    fields = []
    for wire, schema in (cls.schema.get("properties") or {}).items():
        attr = (schema.get("x-coze-attribute") if isinstance(schema, dict) else None) or attribute_name(wire)
        if attr in RESERVED:
            raise ValueError(f"{cls.where}: field {wire!r} collides with a model method; rename it in the spec")
        kind = mapper.map(schema, owner=cls.name, field_name=wire, side="response")
        if kind.kind == "file":
            raise ValueError(f"{cls.where}.{wire}: a binary field inside a model is not supported")
        description = schema.get("description", "") if isinstance(schema, dict) else ""
        fields.append(Field(attr, wire, kind, wire in required, description))
    return fields


def render_module(
    module: str,
    classes: list[ClassDef],
    fields: dict[str, list[Field]],
    home: dict[str, str],
    enum_kinds: dict[str, bool],
) -> str:
    """`enum_kinds` tells, for every enum, whether it is an integer enum."""
    """The source of `models/<module>.py`."""
    doc = "Models used by several resource groups." if module == SHARED else f"Models of the `{module}` resource group."
    own = {cls.name for cls in classes}
    needed: set[str] = set()
    for cls in classes:
        for item in fields.get(cls.name, []):
            needed |= item.type.names
    imported = sorted(needed - own)
    by_module: dict[str, list[str]] = {}
    for name in imported:
        by_module.setdefault(home[name], []).append(name)
    if module == SHARED and set(by_module) - {SHARED}:
        # Every group module imports `_shared`: `_shared` importing one back would be a cycle.
        raise ValueError(f"models/_shared would import {sorted(by_module)}: the module assignment is broken")
    shadowing = any(item.attr in BUILTIN_NAMES for cls in classes for item in fields.get(cls.name, []))
    out = [header(doc), "from __future__ import annotations\n\n"]
    if shadowing:
        out.append("import builtins\n")
    out.append("from collections.abc import Mapping\nfrom typing import Literal, Self\n\n")
    out.append("from .. import _model as _m\nfrom .._model import CozeModel, OpenIntEnum, OpenStrEnum\n")
    base64 = any(item.type.base64 for cls in classes for item in fields.get(cls.name, []))
    out.append("from ..types import Base64Input, JsonValue\n" if base64 else "from ..types import JsonValue\n")
    for other, names in sorted(by_module.items()):
        out.append(f"from .{other} import {', '.join(names)}\n")
    out.append(f"\n__all__ = {sorted(own)!r}\n")
    int_enums = {name for name, is_int in enum_kinds.items() if is_int}
    tail: list[str] = []
    enums_used: set[str] = set()
    for cls in classes:
        if cls.kind == "enum":
            out.append("\n\n" + render_enum(cls))
            continue
        body, converters, enums = render_model(cls, fields[cls.name], int_enums)
        enums_used |= enums
        out.append("\n\n" + body)
        tail += converters
    tail = [f"_{name}_values = {name}.value_map()\n" for name in sorted(enums_used)] + tail
    if tail:
        out.append("\n\n# Lookup tables and converters the parsers above use (defined last: they name classes).\n")
        out.extend(tail)
    return "".join(out)


def render_enum(cls: ClassDef) -> str:
    schema = cls.schema
    is_int = enum_is_int(schema)
    base = "OpenIntEnum" if is_int else "OpenStrEnum"
    names = schema.get("x-enum-varnames") or []
    if is_int and len(names) != len(schema["enum"]):
        raise ValueError(f"{cls.where}: an integer enum needs x-enum-varnames, one name per value")
    out = [f"class {cls.name}({base}):\n", docstring(schema.get("description") or f"The `{cls.where}` values.", "    ")]
    out.append("\n")
    seen: set[str] = set()
    for index, value in enumerate(schema["enum"]):
        if index < len(names):
            member = str(names[index])
        else:
            member = constant(str(value)) if value != "" else "EMPTY"
        if member in seen:
            raise ValueError(f"{cls.where}: two enum values map to the member name {member}")
        seen.add(member)
        out.append(f"    {member} = {value!r}\n")
    return "".join(out)


def render_model(cls: ClassDef, fields: list[Field], int_enums: set[str]) -> tuple[str, list[str], set[str]]:
    """A model class, the module-level converters its parser uses, and the enums it looks up."""
    schema = cls.schema
    shadowed = {item.attr for item in fields}
    out = [f"class {cls.name}(CozeModel):\n", docstring(schema.get("description") or cls.name, "    ")]
    slots = ", ".join(repr(item.attr) for item in fields)
    out.append(f"\n    __slots__ = ({slots}{',' if len(fields) == 1 else ''})\n")
    pairs = ", ".join(f"({item.attr!r}, {item.wire!r})" for item in fields)
    out.append(f"    _FIELDS = ({pairs}{',' if len(fields) == 1 else ''})\n")
    wires = ", ".join(repr(item.wire) for item in fields)
    out.append(f"    _KNOWN = frozenset(({wires}{',' if len(fields) == 1 else ''}))\n")
    encoded = [repr(item.wire) for item in fields if item.type.base64]
    if encoded:
        out.append(f"    _BASE64 = frozenset(({', '.join(encoded)},))\n")
    out.append("\n")
    for item in fields:
        out.append(f"    {item.attr}: {item.annotation(shadowed)}\n")
        if item.description:
            out.append(f'    """{clean(item.description)}"""\n')
    params = ["self", "*"] + [f"{item.attr}: {item.parameter(shadowed)}" for item in fields]
    out.append(f"\n    def __init__({', '.join(params)}) -> None:\n")
    out += [f"        self.{item.attr} = {item.initial()}\n" for item in fields]
    out.append("\n")
    out.append("    @classmethod\n    def from_dict(cls, src: Mapping[str, object]) -> Self:\n")
    out.append('        """Build the model from its JSON object, checking every field."""\n')
    out.append("        obj = object.__new__(cls)\n        get = src.get\n")
    converters: list[str] = []
    enums: set[str] = set()
    for item in fields:
        lines, converter, enum = field_parser(cls.name, item, int_enums)
        out += [f"        {line}\n" for line in lines]
        if converter:
            converters.append(converter)
        if enum:
            enums.add(enum)
    out.append("        obj._src = src\n")
    out.append("        return obj\n")
    return "".join(out), converters, enums


INLINE = {"str", "int", "float", "bool"}


def field_parser(owner: str, item: Field, int_enums: set[str]) -> tuple[list[str], str | None, str | None]:
    """The lines of `from_dict` that check one field, and any module-level converter or enum table they use."""
    kind, wire = item.type.kind, repr(item.wire)
    lines = [f"v = get({wire})"]
    converter = enum = None
    if kind in INLINE:
        convert = "_m.to_int_or_none" if kind == "int" and item.optional else f"_m.to_{kind}"
        test = f"type(v) is not {kind}"
        lines += [f"if v is not None and {test}:" if item.optional else f"if {test}:", f"    v = {convert}(v, {wire})"]
    elif kind == "enum":
        enum = item.type.target
        assert enum is not None
        temp = f"m_{item.attr}"
        base = "int" if enum in int_enums else "str"
        body = [
            f"{temp} = _{enum}_values.get(v) if type(v) is {base} else None",
            f"v = {temp} if {temp} is not None else {enum}.parse(v, {wire})",
        ]
        lines += ["if v is not None:", *indent(body)] if item.optional else body
    elif kind == "model":
        call = f"v = _m.nested({item.type.target}, v, {wire})"
        lines += ["if v is not None:", f"    {call}"] if item.optional else [call]
    elif kind == "json":
        lines += [f"v = _m.to_json(v, {wire})"]
    else:
        name = f"_c_{owner}_{item.attr}"
        converter = f"{name} = {item.type.converter}\n"
        if item.optional:
            lines += ["if v is not None:", f"    v = {name}(v, {wire})"]
        elif kind == "list":
            lines += [f"v = [] if v is None else {name}(v, {wire})"]  # a required list sent as null is empty
        else:
            lines += [f"v = {name}(v, {wire})"]
    lines.append(f"obj.{item.attr} = v")
    return lines, converter, enum
