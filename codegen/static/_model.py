"""The base class of every generated model: what all Coze results share."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from .types import Unset

M = TypeVar("M", bound="CozeModel")


class CozeModel:
    """Carries the logid of the response a model was parsed from, a readable repr, and
    lazy construction for the hot path of streams.

    The logid lives in a slot of its own so it never collides with a field of the API and
    never appears in `to_dict()`.
    """

    __slots__ = ("_logid", "_raw")

    @property
    def logid(self) -> str | None:
        """The `x-tt-logid` of the response this object came from, when it came from one."""
        return getattr(self, "_logid", None)

    @classmethod
    def from_dict_lazy(cls: type[M], src_dict: Mapping[str, Any]) -> M:
        """An instance that parses nothing until a field is read (each model overrides this
        to copy its plain fields up front). It is a real `cls`, equal to an eager one."""
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        return instance

    # Hidden from type checkers: a class-level __getattr__ would make every misspelt field
    # type-check as Any.
    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            # Only reached for a slot that holds no value yet, i.e. a field of a lazily built
            # instance that needs parsing: parse the whole object once, then answer.
            if name.startswith("_"):
                raise AttributeError(name)
            try:
                raw = object.__getattribute__(self, "_raw")
            except AttributeError:
                raise AttributeError(name) from None
            full = type(self).from_dict(raw)  # type: ignore[attr-defined]
            for field in attrs.fields(type(self)):  # type: ignore[misc]
                object.__setattr__(self, field.name, getattr(full, field.name))
            object.__delattr__(self, "_raw")
            return object.__getattribute__(self, name)

    def __repr__(self) -> str:
        # Only the fields the server sent: a model with 30 optional fields stays readable.
        parts = [
            f"{field.name}={value!r}"
            for field in attrs.fields(type(self))  # type: ignore[misc]
            if field.name != "additional_properties" and not isinstance(value := getattr(self, field.name), Unset)
        ]
        extra: Any = getattr(self, "additional_properties", None)
        if extra:
            parts.append(f"additional_properties={extra!r}")
        return f"{type(self).__name__}({', '.join(parts)})"
