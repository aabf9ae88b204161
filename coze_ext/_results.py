"""Small helpers for results: a list that carries its logid, and reading a field."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any


class ResultList(list[Any]):
    """A list result (e.g. the messages of a chat) that remembers its response's logid."""

    def __init__(self, items: Iterable[Any] = (), *, logid: str | None = None) -> None:
        super().__init__(items)
        self.logid = logid


def field_value(result: Any, name: str | None) -> Any:
    """A field of a result (a model, or a dict for untyped results); None when absent."""
    if name is None or result is None:
        return None
    if isinstance(result, Mapping):
        value = result.get(name)
    else:
        value = getattr(result, name, None)
        if value is None:
            extra = getattr(result, "additional_properties", None)
            if isinstance(extra, dict):
                value = extra.get(name)
    return value
