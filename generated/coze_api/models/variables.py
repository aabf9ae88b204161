"""Models of the `variables` resource group.

Generated from openapi/coze.yaml by `make gen`; never edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Self

from .. import _model as _m
from .._model import CozeModel
from ._shared import ResponseDetail

__all__ = ["VariableAssignment", "VariableValue", "VariablesRetrieveResult", "VariablesUpdateResponse"]


class VariableAssignment(CozeModel):
    """A value to set for one user variable."""

    __slots__ = ("keyword", "value")
    _FIELDS = (("keyword", "keyword"), ("value", "value"))
    _KNOWN = frozenset(("keyword", "value"))

    keyword: str
    """Name of an enabled user variable (system variables cannot be set)."""
    value: str
    """The new value."""

    def __init__(self, *, keyword: str, value: str) -> None:
        self.keyword = keyword
        self.value = value

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("keyword")
        if type(v) is not str:
            v = _m.to_str(v, "keyword")
        obj.keyword = v
        v = get("value")
        if type(v) is not str:
            v = _m.to_str(v, "value")
        obj.value = v
        obj._src = src
        return obj


class VariableValue(CozeModel):
    """The value one end user has for a user variable."""

    __slots__ = ("keyword", "value", "create_time", "update_time")
    _FIELDS = (
        ("keyword", "keyword"),
        ("value", "value"),
        ("create_time", "create_time"),
        ("update_time", "update_time"),
    )
    _KNOWN = frozenset(("keyword", "value", "create_time", "update_time"))

    keyword: str
    """The variable name."""
    value: str | None
    """The variable value."""
    create_time: int | None
    """When the value was first set, unix seconds; 0 while the default value applies."""
    update_time: int | None
    """When the value was last set, unix seconds."""

    def __init__(
        self, *, keyword: str, value: str | None = None, create_time: int | None = None, update_time: int | None = None
    ) -> None:
        self.keyword = keyword
        self.value = value
        self.create_time = create_time
        self.update_time = update_time

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("keyword")
        if type(v) is not str:
            v = _m.to_str(v, "keyword")
        obj.keyword = v
        v = get("value")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "value")
        obj.value = v
        v = get("create_time")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "create_time")
        obj.create_time = v
        v = get("update_time")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "update_time")
        obj.update_time = v
        obj._src = src
        return obj


class VariablesRetrieveResult(CozeModel):
    """The result of variables_retrieve."""

    __slots__ = ("items",)
    _FIELDS = (("items", "items"),)
    _KNOWN = frozenset(("items",))

    items: list[VariableValue] | None
    """The variable values; unknown names are left out."""

    def __init__(self, *, items: list[VariableValue] | None = None) -> None:
        self.items = items

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("items")
        if v is not None:
            v = _c_VariablesRetrieveResult_items(v, "items")
        obj.items = v
        obj._src = src
        return obj


class VariablesUpdateResponse(CozeModel):
    """Envelope of variables_update."""

    __slots__ = ("code", "msg", "detail")
    _FIELDS = (("code", "code"), ("msg", "msg"), ("detail", "detail"))
    _KNOWN = frozenset(("code", "msg", "detail"))

    code: int | None
    msg: str | None
    detail: ResponseDetail | None

    def __init__(
        self, *, code: int | None = None, msg: str | None = None, detail: ResponseDetail | None = None
    ) -> None:
        self.code = code
        self.msg = msg
        self.detail = detail

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("code")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "code")
        obj.code = v
        v = get("msg")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "msg")
        obj.msg = v
        v = get("detail")
        if v is not None:
            v = _m.nested(ResponseDetail, v, "detail")
        obj.detail = v
        obj._src = src
        return obj


# Lookup tables and converters the parsers above use (defined last: they name classes).
_c_VariablesRetrieveResult_items = _m.list_of(_m.model_of(VariableValue))
