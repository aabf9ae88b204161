"""Models of the `templates` resource group.

Generated from openapi/coze.yaml by `make gen`; never edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal, Self

from .. import _model as _m
from .._model import CozeModel, OpenStrEnum

__all__ = ["TemplateDuplicateResult", "TemplateDuplicateResultEntityType"]


class TemplateDuplicateResult(CozeModel):
    """The entity created from a template."""

    __slots__ = ("entity_id", "entity_type")
    _FIELDS = (("entity_id", "entity_id"), ("entity_type", "entity_type"))
    _KNOWN = frozenset(("entity_id", "entity_type"))

    entity_id: str
    """The id of the created entity."""
    entity_type: TemplateDuplicateResultEntityType | None
    """What kind of entity was created."""

    def __init__(
        self, *, entity_id: str, entity_type: TemplateDuplicateResultEntityType | Literal["agent"] | None = None
    ) -> None:
        self.entity_id = entity_id
        self.entity_type = None if entity_type is None else TemplateDuplicateResultEntityType(entity_type)

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("entity_id")
        if type(v) is not str:
            v = _m.to_str(v, "entity_id")
        obj.entity_id = v
        v = get("entity_type")
        if v is not None:
            m_entity_type = _TemplateDuplicateResultEntityType_values.get(v) if type(v) is str else None
            v = (
                m_entity_type
                if m_entity_type is not None
                else TemplateDuplicateResultEntityType.parse(v, "entity_type")
            )
        obj.entity_type = v
        obj._src = src
        return obj


class TemplateDuplicateResultEntityType(OpenStrEnum):
    """What kind of entity was created."""

    AGENT = "agent"


# Lookup tables and converters the parsers above use (defined last: they name classes).
_TemplateDuplicateResultEntityType_values = TemplateDuplicateResultEntityType.value_map()
