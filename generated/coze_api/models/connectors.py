"""Models of the `connectors` resource group.

Generated from openapi/coze.yaml by `make gen`; never edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Self

from .. import _model as _m
from .._model import CozeModel, OpenIntEnum
from ._shared import ResponseDetail

__all__ = [
    "ConnectorBotAuditStatus",
    "ConnectorUserConfig",
    "ConnectorUserConfigEnum",
    "ConnectorsBindResponse",
    "ConnectorsBotsUpdateResponse",
    "ConnectorsInstallResponse",
]


class ConnectorBotAuditStatus(OpenIntEnum):
    """A review state: 1 in review, 2 approved, 3 rejected."""

    PENDING = 1
    APPROVED = 2
    REJECTED = 3


class ConnectorUserConfig(CozeModel):
    """A set of devices under one configuration key."""

    __slots__ = ("key", "enums")
    _FIELDS = (("key", "key"), ("enums", "enums"))
    _KNOWN = frozenset(("key", "enums"))

    key: str
    """The configuration key agreed with Coze for the channel (e.g. device_id)."""
    enums: list[ConnectorUserConfigEnum]
    """The devices to bind."""

    def __init__(self, *, key: str, enums: list[ConnectorUserConfigEnum]) -> None:
        self.key = key
        self.enums = enums

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("key")
        if type(v) is not str:
            v = _m.to_str(v, "key")
        obj.key = v
        v = get("enums")
        v = [] if v is None else _c_ConnectorUserConfig_enums(v, "enums")
        obj.enums = v
        obj._src = src
        return obj


class ConnectorUserConfigEnum(CozeModel):
    """One device to bind."""

    __slots__ = ("label", "value")
    _FIELDS = (("label", "label"), ("value", "value"))
    _KNOWN = frozenset(("label", "value"))

    label: str
    """The name shown for the device when publishing."""
    value: str
    """The device id."""

    def __init__(self, *, label: str, value: str) -> None:
        self.label = label
        self.value = value

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("label")
        if type(v) is not str:
            v = _m.to_str(v, "label")
        obj.label = v
        v = get("value")
        if type(v) is not str:
            v = _m.to_str(v, "value")
        obj.value = v
        obj._src = src
        return obj


class ConnectorsBindResponse(CozeModel):
    """Envelope of connectors_bind."""

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


class ConnectorsBotsUpdateResponse(CozeModel):
    """Envelope of connectors_bots_update."""

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


class ConnectorsInstallResponse(CozeModel):
    """Envelope of connectors_install."""

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
_c_ConnectorUserConfig_enums = _m.list_of(_m.model_of(ConnectorUserConfigEnum))
