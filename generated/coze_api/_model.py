"""The base class of every generated model: what all Coze results share."""

from __future__ import annotations

from typing import Any

import attrs

from .types import Unset


class CozeModel:
    """Carries the logid of the response a model was parsed from, and a readable repr.

    The logid lives in a slot of its own so it never collides with a field of the API and
    never appears in `to_dict()`.
    """

    __slots__ = ("_logid",)

    @property
    def logid(self) -> str | None:
        """The `x-tt-logid` of the response this object came from, when it came from one."""
        return getattr(self, "_logid", None)

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
