"""What every generated model and enum shares: validation errors, converters, open enums.

A model is a plain slotted class. `Model.from_dict(json)` checks every field against the
spec and builds the object in one pass (the generated code inlines the common scalar
checks; the converters here are its slow and composite paths); `to_dict()` turns it back
into JSON. The rules that keep parsing forgiving without lying to type checkers:

- a field the server leaves out, or sends as null, is None (optional fields are `X | None`);
- unknown fields are kept in `additional_properties`;
- enums are open: an unknown value becomes a member of its own instead of an error;
- Coze's habit of sending numbers as strings is absorbed: an integer field takes a string
  of digits (and "" as None), a string field takes an integer;
- anything else that does not match (a string where an object is due, `status: 5`) raises
  `ModelValidationError` naming the field, which the runtime turns into a typed API error.

Copied from codegen/static/_model.py by `make gen`; never edit by hand.
"""

from __future__ import annotations

import base64
import math
from collections.abc import Callable, Mapping
from enum import IntEnum, StrEnum
from typing import Any, ClassVar, Self, TypeVar

from .types import Base64Input, JsonValue

T = TypeVar("T")

Converter = Callable[[object, str], T]
"""Checks one JSON value against a field's type and returns the Python value; the second
argument is the value's path (`messages[3].role`), for the error."""

# Unknown enum values are cached as members up to this many per enum; past it, each one
# still parses, but is not kept, so a server sending random values cannot grow memory.
MAX_UNKNOWN_ENUM_VALUES = 256


class ModelValidationError(ValueError):
    """A JSON value does not have the type the spec gives its field.

    `path` names the field (`data.messages[3].created_at`); the message says what was
    expected and what kind of value came, never the value itself (it may be a secret).
    """

    def __init__(self, path: str, expected: str, value: object) -> None:
        self.path = path
        self.expected = expected
        self.got = describe(value)
        super().__init__(f"{path or 'the value'}: expected {expected}, got {self.got}")

    def within(self, parent: str) -> ModelValidationError:
        """The same error, its path prefixed by the field or index that holds the value."""
        if not parent:
            return self
        path = parent if not self.path else f"{parent}{self.path}" if self.path[0] == "[" else f"{parent}.{self.path}"
        error = ModelValidationError.__new__(ModelValidationError)
        error.path, error.expected, error.got = path, self.expected, self.got
        ValueError.__init__(error, f"{path or 'the value'}: expected {self.expected}, got {self.got}")
        return error


def describe(value: object) -> str:
    """A safe description of a JSON value for an error message."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"boolean {str(value).lower()}"
    if isinstance(value, int | float):
        return f"number {value!r}"
    if isinstance(value, str):
        return f"a string of {len(value)} characters"
    if isinstance(value, list):
        return f"an array of {len(value)} items"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


# --------------------------------------------------------------------------- scalars


def to_str(value: object, path: str) -> str:
    if type(value) is str:
        return value
    if type(value) is int:
        return str(value)  # ids sometimes arrive as numbers
    raise ModelValidationError(path, "a string", value)


def to_int(value: object, path: str) -> int:
    if type(value) is int:
        return value
    if type(value) is str:
        if value.isdigit() and value.isascii():  # the usual digits, as Coze sends timestamps
            return int(value)
        text = value.strip()
        if text.lstrip("-").isdigit() and text.isascii():
            return int(text)
    elif type(value) is float and value.is_integer():
        return int(value)
    raise ModelValidationError(path, "an integer", value)


def to_int_or_none(value: object, path: str) -> int | None:
    """An optional integer: as `to_int`, and "" (Coze's "no value") is None."""
    if type(value) is str and value.isdigit() and value.isascii():
        return int(value)
    if value == "":
        return None
    return to_int(value, path)


def to_float(value: object, path: str) -> float:
    if type(value) is float or type(value) is int:
        return float(value)
    if type(value) is str:
        try:
            number = float(value)
        except ValueError:
            pass
        else:
            if math.isfinite(number):
                return number
    raise ModelValidationError(path, "a number", value)


def to_bool(value: object, path: str) -> bool:
    if type(value) is bool:
        return value
    if value in ("true", "false"):
        return value == "true"
    raise ModelValidationError(path, "a boolean", value)


def to_json(value: object, path: str) -> JsonValue:
    """A free-form value: already JSON, taken as it is."""
    return value  # type: ignore[return-value]


# --------------------------------------------------------------------------- composites


def list_of(item: Converter[T]) -> Converter[list[T]]:
    def convert(value: object, path: str) -> list[T]:
        if type(value) is not list:
            raise ModelValidationError(path, "an array", value)
        out = []
        for index, element in enumerate(value):
            try:
                out.append(item(element, ""))
            except ModelValidationError as error:
                raise error.within(f"{path}[{index}]") from None
        return out

    return convert


def map_of(item: Converter[T]) -> Converter[dict[str, T]]:
    def convert(value: object, path: str) -> dict[str, T]:
        if type(value) is not dict:
            raise ModelValidationError(path, "an object", value)
        out = {}
        for key, element in value.items():
            try:
                out[key] = item(element, "")
            except ModelValidationError as error:
                raise error.within(f"{path}.{key}" if path else key) from None
        return out

    return convert


def json_object(value: object, path: str) -> dict[str, JsonValue]:
    if type(value) is not dict:
        raise ModelValidationError(path, "an object", value)
    return value


def model_of(model: type[M]) -> Converter[M]:
    def convert(value: object, path: str) -> M:
        if type(value) is not dict:
            raise ModelValidationError(path, f"an object ({model.__name__})", value)
        try:
            return model.from_dict(value)
        except ModelValidationError as error:
            raise error.within(path) from None

    return convert


def any_of(*options: Converter[Any], expected: str) -> Converter[Any]:
    """The first option that accepts the value (for `type: [integer, string]` and the like)."""

    def convert(value: object, path: str) -> Any:
        for option in options:
            try:
                return option(value, path)
            except ModelValidationError:
                continue
        raise ModelValidationError(path, expected, value)

    return convert


def nested(model: type[M], value: object, path: str) -> M:
    """A nested model field: the slow path the generated code calls for objects."""
    if type(value) is not dict:
        raise ModelValidationError(path, f"an object ({model.__name__})", value)
    try:
        return model.from_dict(value)
    except ModelValidationError as error:
        raise error.within(path) from None


def extras(src: Mapping[str, object], known: frozenset[str]) -> dict[str, JsonValue]:
    """The fields of `src` that the model does not know."""
    return {key: value for key, value in src.items() if key not in known}  # type: ignore[misc]


# --------------------------------------------------------------------------- models


class CozeModel:
    """The base of every model: equality by fields, a readable repr, `to_dict()`, the
    unknown fields the server sent, and the logid of the response it came from."""

    # `_src` is the JSON object a parsed model came from: the unknown fields are picked out of
    # it only when asked for, which keeps that work off the parsing of every stream delta.
    __slots__ = ("_extra", "_logid", "_src")

    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = ()
    """(attribute, wire name) of every field, in spec order."""
    _KNOWN: ClassVar[frozenset[str]] = frozenset()
    """The wire names of the fields: anything else the server sends is an unknown field."""
    _BASE64: ClassVar[frozenset[str]] = frozenset()
    """The wire names of the base64 fields (`format: byte`), which also take bytes."""

    _extra: dict[str, JsonValue]
    _logid: str | None
    _src: Mapping[str, object]

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        raise NotImplementedError

    @property
    def logid(self) -> str | None:
        """The `x-tt-logid` of the response this object came from, when it came from one."""
        return getattr(self, "_logid", None)

    @property
    def additional_properties(self) -> dict[str, JsonValue]:
        """Fields the server sent that this version of the SDK does not know."""
        try:
            return self._extra
        except AttributeError:
            src: Mapping[str, object] = getattr(self, "_src", {})
            self._extra = extras(src, self._KNOWN)
            return self._extra

    def to_dict(self) -> dict[str, JsonValue]:
        """The model as JSON, with the unknown fields it was parsed with; None fields are left out."""
        out: dict[str, JsonValue] = dict(self.additional_properties)
        for attribute, wire in self._FIELDS:
            value = getattr(self, attribute)
            if value is not None:
                out[wire] = to_jsonable(value)
        return out

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        assert isinstance(other, CozeModel)
        return (
            all(getattr(self, name) == getattr(other, name) for name, _ in self._FIELDS)
            and self.additional_properties == other.additional_properties
        )

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        # Only the fields that hold a value: a model with 30 optional fields stays readable.
        parts = [f"{name}={value!r}" for name, _ in self._FIELDS if (value := getattr(self, name)) is not None]
        if self.additional_properties:
            parts.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(parts)})"


M = TypeVar("M", bound=CozeModel)


def to_base64(value: Base64Input) -> str:
    """The base64 text of a base64 field's value: bytes are encoded, text is kept as it is."""
    if isinstance(value, bytes | bytearray | memoryview):
        return base64.b64encode(value).decode("ascii")
    if not isinstance(value, str):
        raise TypeError(f"a base64 field takes bytes or base64 text, not {type(value).__name__}")
    return value


def with_base64(model: type[CozeModel] | None, data: object) -> object:
    """`data`, a mapping of `model`'s fields given by hand, with the bytes given for its base64
    fields encoded (anything else is returned as it is)."""
    if model is None or not model._BASE64 or not isinstance(data, Mapping):
        return data
    return {
        key: to_base64(value) if key in model._BASE64 and isinstance(value, bytes | bytearray | memoryview) else value
        for key, value in data.items()
    }


def to_jsonable(value: object) -> JsonValue:
    """Models, enums and containers turned into plain JSON values."""
    if isinstance(value, CozeModel):
        return value.to_dict()
    if isinstance(value, StrEnum | IntEnum):
        return value.value
    if isinstance(value, Mapping):
        return {str(key): to_jsonable(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [to_jsonable(item) for item in value]
    return value  # type: ignore[return-value]


# --------------------------------------------------------------------------- enums


def _remember(cls: Any, member: Any, value: object) -> Any:
    if len(cls._value2member_map_) < len(cls.__members__) + MAX_UNKNOWN_ENUM_VALUES:
        return cls._value2member_map_.setdefault(value, member)
    return member


class OpenStrEnum(StrEnum):
    """A string enum that stays open: a value this SDK does not know yet becomes a member
    of its own (named after the value), so parsing never fails when Coze adds one."""

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return _remember(cls, member, value)  # type: ignore[no-any-return]

    @classmethod
    def value_map(cls) -> dict[object, Self]:
        """Value -> member, including the unknown values seen so far (the parsers' fast path)."""
        return cls._value2member_map_  # type: ignore[return-value]

    @classmethod
    def parse(cls, value: object, path: str) -> Self:
        """The member for a JSON value; raises `ModelValidationError` if it is not a string."""
        if not isinstance(value, str):
            raise ModelValidationError(path, f"a string ({cls.__name__})", value)
        return cls(value)

    def __str__(self) -> str:
        return str(self.value)


class OpenIntEnum(IntEnum):
    """The integer twin of `OpenStrEnum`; a string of digits is taken as its number."""

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = f"VALUE_{value}".replace("-", "MINUS_")
        member._value_ = value
        return _remember(cls, member, value)  # type: ignore[no-any-return]

    @classmethod
    def value_map(cls) -> dict[object, Self]:
        """Value -> member, including the unknown values seen so far (the parsers' fast path)."""
        return cls._value2member_map_  # type: ignore[return-value]

    @classmethod
    def parse(cls, value: object, path: str) -> Self:
        """The member for a JSON value; raises `ModelValidationError` if it is not an integer."""
        return cls(to_int(value, path))

    def __str__(self) -> str:
        return str(self.value)
