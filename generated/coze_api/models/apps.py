"""Models of the `apps` resource group.

Generated from openapi/coze.yaml by `make gen`; never edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Self

from .. import _model as _m
from .._model import CozeModel
from ._shared import ResponseDetail

__all__ = [
    "AppCollaborator",
    "AppsCollaboratorsCreateResponse",
    "AppsCollaboratorsDeleteResponse",
    "AppsListResult",
    "SimpleApp",
]


class AppCollaborator(CozeModel):
    """A user to add as app collaborator."""

    __slots__ = ("user_id",)
    _FIELDS = (("user_id", "user_id"),)
    _KNOWN = frozenset(("user_id",))

    user_id: str
    """Coze user id of a member of the app's workspace."""

    def __init__(self, *, user_id: str) -> None:
        self.user_id = user_id

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("user_id")
        if type(v) is not str:
            v = _m.to_str(v, "user_id")
        obj.user_id = v
        obj._src = src
        return obj


class AppsCollaboratorsCreateResponse(CozeModel):
    """Envelope of apps_collaborators_create."""

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


class AppsCollaboratorsDeleteResponse(CozeModel):
    """Envelope of apps_collaborators_delete."""

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


class AppsListResult(CozeModel):
    """One page of apps_list."""

    __slots__ = ("items", "total")
    _FIELDS = (("items", "items"), ("total", "total"))
    _KNOWN = frozenset(("items", "total"))

    items: list[SimpleApp] | None
    """The apps on this page."""
    total: int | None
    """Number of apps matching the filter."""

    def __init__(self, *, items: list[SimpleApp] | None = None, total: int | None = None) -> None:
        self.items = items
        self.total = total

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("items")
        if v is not None:
            v = _c_AppsListResult_items(v, "items")
        obj.items = v
        v = get("total")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "total")
        obj.total = v
        obj._src = src
        return obj


class SimpleApp(CozeModel):
    """A low-code app as it appears in an app list."""

    __slots__ = (
        "id",
        "name",
        "description",
        "icon_url",
        "is_published",
        "updated_at",
        "published_at",
        "owner_user_id",
        "folder_id",
    )
    _FIELDS = (
        ("id", "id"),
        ("name", "name"),
        ("description", "description"),
        ("icon_url", "icon_url"),
        ("is_published", "is_published"),
        ("updated_at", "updated_at"),
        ("published_at", "published_at"),
        ("owner_user_id", "owner_user_id"),
        ("folder_id", "folder_id"),
    )
    _KNOWN = frozenset(
        (
            "id",
            "name",
            "description",
            "icon_url",
            "is_published",
            "updated_at",
            "published_at",
            "owner_user_id",
            "folder_id",
        )
    )

    id: str
    """The app id."""
    name: str | None
    """The app name."""
    description: str | None
    """What the app does."""
    icon_url: str | None
    """URL of the app's icon."""
    is_published: bool | None
    """Whether the app has been published."""
    updated_at: int | None
    """Last update time, unix seconds."""
    published_at: int | None
    """Last publish time, unix seconds; empty for apps never published."""
    owner_user_id: str | None
    """Coze user id of the app's creator."""
    folder_id: str | None
    """The folder the app is in."""

    def __init__(
        self,
        *,
        id: str,
        name: str | None = None,
        description: str | None = None,
        icon_url: str | None = None,
        is_published: bool | None = None,
        updated_at: int | None = None,
        published_at: int | None = None,
        owner_user_id: str | None = None,
        folder_id: str | None = None,
    ) -> None:
        self.id = id
        self.name = name
        self.description = description
        self.icon_url = icon_url
        self.is_published = is_published
        self.updated_at = updated_at
        self.published_at = published_at
        self.owner_user_id = owner_user_id
        self.folder_id = folder_id

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("id")
        if type(v) is not str:
            v = _m.to_str(v, "id")
        obj.id = v
        v = get("name")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "name")
        obj.name = v
        v = get("description")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "description")
        obj.description = v
        v = get("icon_url")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "icon_url")
        obj.icon_url = v
        v = get("is_published")
        if v is not None and type(v) is not bool:
            v = _m.to_bool(v, "is_published")
        obj.is_published = v
        v = get("updated_at")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "updated_at")
        obj.updated_at = v
        v = get("published_at")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "published_at")
        obj.published_at = v
        v = get("owner_user_id")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "owner_user_id")
        obj.owner_user_id = v
        v = get("folder_id")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "folder_id")
        obj.folder_id = v
        obj._src = src
        return obj


# Lookup tables and converters the parsers above use (defined last: they name classes).
_c_AppsListResult_items = _m.list_of(_m.model_of(SimpleApp))
