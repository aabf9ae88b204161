"""Models of the `chat` resource group.

Generated from openapi/coze.yaml by `make gen`; never edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Self

from .. import _model as _m
from .._model import CozeModel

__all__ = ["ChatShortcutCommand"]


class ChatShortcutCommand(CozeModel):
    """A shortcut command of the bot to run in this chat; it builds the user's query."""

    __slots__ = ("command_id", "parameters")
    _FIELDS = (("command_id", "command_id"), ("parameters", "parameters"))
    _KNOWN = frozenset(("command_id", "parameters"))

    command_id: str
    """Id of a shortcut command bound to the bot."""
    parameters: dict[str, str] | None
    """Values of the command's components by component name, each a JSON-encoded array of ObjectStringItem."""

    def __init__(self, *, command_id: str, parameters: dict[str, str] | None = None) -> None:
        self.command_id = command_id
        self.parameters = parameters

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("command_id")
        if type(v) is not str:
            v = _m.to_str(v, "command_id")
        obj.command_id = v
        v = get("parameters")
        if v is not None:
            v = _c_ChatShortcutCommand_parameters(v, "parameters")
        obj.parameters = v
        obj._src = src
        return obj


# Lookup tables and converters the parsers above use (defined last: they name classes).
_c_ChatShortcutCommand_parameters = _m.map_of(_m.to_str)
