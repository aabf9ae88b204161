"""Models of the `users` resource group.

Generated from openapi/coze.yaml by `make gen`; never edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Self

from .. import _model as _m
from .._model import CozeModel

__all__ = ["User"]


class User(CozeModel):
    """The Coze account behind the access token."""

    __slots__ = ("user_id", "user_name", "nick_name", "avatar_url")
    _FIELDS = (
        ("user_id", "user_id"),
        ("user_name", "user_name"),
        ("nick_name", "nick_name"),
        ("avatar_url", "avatar_url"),
    )
    _KNOWN = frozenset(("user_id", "user_name", "nick_name", "avatar_url"))

    user_id: str
    """The Coze user id."""
    user_name: str | None
    """The unique user name."""
    nick_name: str | None
    """The display name."""
    avatar_url: str | None
    """URL of the user's avatar."""

    def __init__(
        self, *, user_id: str, user_name: str | None = None, nick_name: str | None = None, avatar_url: str | None = None
    ) -> None:
        self.user_id = user_id
        self.user_name = user_name
        self.nick_name = nick_name
        self.avatar_url = avatar_url

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("user_id")
        if type(v) is not str:
            v = _m.to_str(v, "user_id")
        obj.user_id = v
        v = get("user_name")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "user_name")
        obj.user_name = v
        v = get("nick_name")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "nick_name")
        obj.nick_name = v
        v = get("avatar_url")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "avatar_url")
        obj.avatar_url = v
        obj._src = src
        return obj
