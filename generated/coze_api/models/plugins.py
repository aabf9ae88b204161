"""Models of the `plugins` resource group.

Generated from openapi/coze.yaml by `make gen`; never edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Self

from .. import _model as _m
from .._model import CozeModel
from ..types import JsonValue

__all__ = [
    "PluginDetail",
    "PluginDetailList",
    "PluginStoreCategory",
    "PluginStoreCategoryList",
    "PluginStoreItem",
    "PluginStoreList",
    "PluginStoreMetainfo",
    "PluginStoreStats",
    "PluginStoreUser",
    "PluginTool",
    "PluginToolCallResult",
]


class PluginDetail(CozeModel):
    """A plugin with its tools."""

    __slots__ = (
        "plugin_id",
        "name",
        "name_for_model",
        "description",
        "icon_url",
        "is_call_available",
        "created_at",
        "updated_at",
        "mcp_json",
        "tools",
    )
    _FIELDS = (
        ("plugin_id", "plugin_id"),
        ("name", "name"),
        ("name_for_model", "name_for_model"),
        ("description", "description"),
        ("icon_url", "icon_url"),
        ("is_call_available", "is_call_available"),
        ("created_at", "created_at"),
        ("updated_at", "updated_at"),
        ("mcp_json", "mcp_json"),
        ("tools", "tools"),
    )
    _KNOWN = frozenset(
        (
            "plugin_id",
            "name",
            "name_for_model",
            "description",
            "icon_url",
            "is_call_available",
            "created_at",
            "updated_at",
            "mcp_json",
            "tools",
        )
    )

    plugin_id: str
    """The plugin id."""
    name: str | None
    """The plugin name."""
    name_for_model: str | None
    """The identifier models use for the plugin."""
    description: str | None
    """What the plugin does."""
    icon_url: str | None
    """URL of the plugin's icon."""
    is_call_available: bool | None
    """Whether the plugin can be called now (false e.g. when a third-party paid plugin's agreement is unsigned)."""
    created_at: int | None
    """When the plugin was created, in unix seconds."""
    updated_at: int | None
    """When the plugin was last updated, in unix seconds."""
    mcp_json: str | None
    """MCP server configuration as JSON text (paid plugins); its token is a temporary one valid for a day."""
    tools: list[PluginTool] | None
    """The plugin's tools."""

    def __init__(
        self,
        *,
        plugin_id: str,
        name: str | None = None,
        name_for_model: str | None = None,
        description: str | None = None,
        icon_url: str | None = None,
        is_call_available: bool | None = None,
        created_at: int | None = None,
        updated_at: int | None = None,
        mcp_json: str | None = None,
        tools: list[PluginTool] | None = None,
    ) -> None:
        self.plugin_id = plugin_id
        self.name = name
        self.name_for_model = name_for_model
        self.description = description
        self.icon_url = icon_url
        self.is_call_available = is_call_available
        self.created_at = created_at
        self.updated_at = updated_at
        self.mcp_json = mcp_json
        self.tools = tools

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("plugin_id")
        if type(v) is not str:
            v = _m.to_str(v, "plugin_id")
        obj.plugin_id = v
        v = get("name")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "name")
        obj.name = v
        v = get("name_for_model")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "name_for_model")
        obj.name_for_model = v
        v = get("description")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "description")
        obj.description = v
        v = get("icon_url")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "icon_url")
        obj.icon_url = v
        v = get("is_call_available")
        if v is not None and type(v) is not bool:
            v = _m.to_bool(v, "is_call_available")
        obj.is_call_available = v
        v = get("created_at")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "created_at")
        obj.created_at = v
        v = get("updated_at")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "updated_at")
        obj.updated_at = v
        v = get("mcp_json")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "mcp_json")
        obj.mcp_json = v
        v = get("tools")
        if v is not None:
            v = _c_PluginDetail_tools(v, "tools")
        obj.tools = v
        obj._src = src
        return obj


class PluginDetailList(CozeModel):
    """Several plugins with their tools."""

    __slots__ = ("items",)
    _FIELDS = (("items", "items"),)
    _KNOWN = frozenset(("items",))

    items: list[PluginDetail] | None
    """The plugins found."""

    def __init__(self, *, items: list[PluginDetail] | None = None) -> None:
        self.items = items

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("items")
        if v is not None:
            v = _c_PluginDetailList_items(v, "items")
        obj.items = v
        obj._src = src
        return obj


class PluginStoreCategory(CozeModel):
    """A plugin store category."""

    __slots__ = ("id", "name")
    _FIELDS = (("id", "id"), ("name", "name"))
    _KNOWN = frozenset(("id", "name"))

    id: str
    """The category id."""
    name: str | None
    """The category name."""

    def __init__(self, *, id: str, name: str | None = None) -> None:
        self.id = id
        self.name = name

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
        obj._src = src
        return obj


class PluginStoreCategoryList(CozeModel):
    """One page of store categories."""

    __slots__ = ("items", "has_more")
    _FIELDS = (("items", "items"), ("has_more", "has_more"))
    _KNOWN = frozenset(("items", "has_more"))

    items: list[PluginStoreCategory] | None
    """The categories on this page."""
    has_more: bool | None
    """Whether more pages follow."""

    def __init__(self, *, items: list[PluginStoreCategory] | None = None, has_more: bool | None = None) -> None:
        self.items = items
        self.has_more = has_more

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("items")
        if v is not None:
            v = _c_PluginStoreCategoryList_items(v, "items")
        obj.items = v
        v = get("has_more")
        if v is not None and type(v) is not bool:
            v = _m.to_bool(v, "has_more")
        obj.has_more = v
        obj._src = src
        return obj


class PluginStoreItem(CozeModel):
    """A plugin as listed in the store."""

    __slots__ = ("metainfo", "plugin_info")
    _FIELDS = (("metainfo", "metainfo"), ("plugin_info", "plugin_info"))
    _KNOWN = frozenset(("metainfo", "plugin_info"))

    metainfo: PluginStoreMetainfo | None
    plugin_info: PluginStoreStats | None

    def __init__(
        self, *, metainfo: PluginStoreMetainfo | None = None, plugin_info: PluginStoreStats | None = None
    ) -> None:
        self.metainfo = metainfo
        self.plugin_info = plugin_info

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("metainfo")
        if v is not None:
            v = _m.nested(PluginStoreMetainfo, v, "metainfo")
        obj.metainfo = v
        v = get("plugin_info")
        if v is not None:
            v = _m.nested(PluginStoreStats, v, "plugin_info")
        obj.plugin_info = v
        obj._src = src
        return obj


class PluginStoreList(CozeModel):
    """One page of store plugins."""

    __slots__ = ("items", "has_more")
    _FIELDS = (("items", "items"), ("has_more", "has_more"))
    _KNOWN = frozenset(("items", "has_more"))

    items: list[PluginStoreItem] | None
    """The plugins on this page."""
    has_more: bool | None
    """Whether more pages follow."""

    def __init__(self, *, items: list[PluginStoreItem] | None = None, has_more: bool | None = None) -> None:
        self.items = items
        self.has_more = has_more

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("items")
        if v is not None:
            v = _c_PluginStoreList_items(v, "items")
        obj.items = v
        v = get("has_more")
        if v is not None and type(v) is not bool:
            v = _m.to_bool(v, "has_more")
        obj.has_more = v
        obj._src = src
        return obj


class PluginStoreMetainfo(CozeModel):
    """The store listing of a plugin."""

    __slots__ = (
        "entity_id",
        "entity_type",
        "entity_version",
        "product_id",
        "name",
        "description",
        "icon_url",
        "listed_at",
        "paid_type",
        "is_official",
        "category",
        "user_info",
    )
    _FIELDS = (
        ("entity_id", "entity_id"),
        ("entity_type", "entity_type"),
        ("entity_version", "entity_version"),
        ("product_id", "product_id"),
        ("name", "name"),
        ("description", "description"),
        ("icon_url", "icon_url"),
        ("listed_at", "listed_at"),
        ("paid_type", "paid_type"),
        ("is_official", "is_official"),
        ("category", "category"),
        ("user_info", "user_info"),
    )
    _KNOWN = frozenset(
        (
            "entity_id",
            "entity_type",
            "entity_version",
            "product_id",
            "name",
            "description",
            "icon_url",
            "listed_at",
            "paid_type",
            "is_official",
            "category",
            "user_info",
        )
    )

    entity_id: str | None
    """The plugin id, usable with plugins.retrieve and plugins.tools.call."""
    entity_type: str | None
    """The kind of entity; always plugin today."""
    entity_version: str | None
    """The plugin version."""
    product_id: str | None
    """The store product id (not a plugin id)."""
    name: str | None
    """The plugin name."""
    description: str | None
    """What the plugin does."""
    icon_url: str | None
    """URL of the plugin's icon."""
    listed_at: int | None
    """When the plugin was listed, in unix seconds."""
    paid_type: str | None
    """The pricing; always paid for this list."""
    is_official: bool | None
    """Whether Coze published the plugin (false for third-party plugins)."""
    category: PluginStoreCategory | None
    user_info: PluginStoreUser | None

    def __init__(
        self,
        *,
        entity_id: str | None = None,
        entity_type: str | None = None,
        entity_version: str | None = None,
        product_id: str | None = None,
        name: str | None = None,
        description: str | None = None,
        icon_url: str | None = None,
        listed_at: int | None = None,
        paid_type: str | None = None,
        is_official: bool | None = None,
        category: PluginStoreCategory | None = None,
        user_info: PluginStoreUser | None = None,
    ) -> None:
        self.entity_id = entity_id
        self.entity_type = entity_type
        self.entity_version = entity_version
        self.product_id = product_id
        self.name = name
        self.description = description
        self.icon_url = icon_url
        self.listed_at = listed_at
        self.paid_type = paid_type
        self.is_official = is_official
        self.category = category
        self.user_info = user_info

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("entity_id")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "entity_id")
        obj.entity_id = v
        v = get("entity_type")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "entity_type")
        obj.entity_type = v
        v = get("entity_version")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "entity_version")
        obj.entity_version = v
        v = get("product_id")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "product_id")
        obj.product_id = v
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
        v = get("listed_at")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "listed_at")
        obj.listed_at = v
        v = get("paid_type")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "paid_type")
        obj.paid_type = v
        v = get("is_official")
        if v is not None and type(v) is not bool:
            v = _m.to_bool(v, "is_official")
        obj.is_official = v
        v = get("category")
        if v is not None:
            v = _m.nested(PluginStoreCategory, v, "category")
        obj.category = v
        v = get("user_info")
        if v is not None:
            v = _m.nested(PluginStoreUser, v, "user_info")
        obj.user_info = v
        obj._src = src
        return obj


class PluginStoreStats(CozeModel):
    """Usage statistics of a store plugin."""

    __slots__ = (
        "heat",
        "call_count",
        "description",
        "success_rate",
        "bots_use_count",
        "favorite_count",
        "is_call_available",
        "total_tools_count",
        "avg_exec_duration_ms",
        "associated_bots_use_count",
    )
    _FIELDS = (
        ("heat", "heat"),
        ("call_count", "call_count"),
        ("description", "description"),
        ("success_rate", "success_rate"),
        ("bots_use_count", "bots_use_count"),
        ("favorite_count", "favorite_count"),
        ("is_call_available", "is_call_available"),
        ("total_tools_count", "total_tools_count"),
        ("avg_exec_duration_ms", "avg_exec_duration_ms"),
        ("associated_bots_use_count", "associated_bots_use_count"),
    )
    _KNOWN = frozenset(
        (
            "heat",
            "call_count",
            "description",
            "success_rate",
            "bots_use_count",
            "favorite_count",
            "is_call_available",
            "total_tools_count",
            "avg_exec_duration_ms",
            "associated_bots_use_count",
        )
    )

    heat: int | None
    """Popularity score; higher is hotter."""
    call_count: int | None
    """Total number of calls."""
    description: str | None
    """What the plugin does."""
    success_rate: float | None
    """Share of successful calls, from 0 to 1."""
    bots_use_count: int | None
    """How many times bots and workflows have linked the plugin."""
    favorite_count: int | None
    """How many users favourited the plugin."""
    is_call_available: bool | None
    """Whether the plugin can be called now (false e.g. when delisted)."""
    total_tools_count: int | None
    """Number of tools in the plugin."""
    avg_exec_duration_ms: float | None
    """Mean run time, in milliseconds."""
    associated_bots_use_count: int | None
    """Number of store bots that use the plugin."""

    def __init__(
        self,
        *,
        heat: int | None = None,
        call_count: int | None = None,
        description: str | None = None,
        success_rate: float | None = None,
        bots_use_count: int | None = None,
        favorite_count: int | None = None,
        is_call_available: bool | None = None,
        total_tools_count: int | None = None,
        avg_exec_duration_ms: float | None = None,
        associated_bots_use_count: int | None = None,
    ) -> None:
        self.heat = heat
        self.call_count = call_count
        self.description = description
        self.success_rate = success_rate
        self.bots_use_count = bots_use_count
        self.favorite_count = favorite_count
        self.is_call_available = is_call_available
        self.total_tools_count = total_tools_count
        self.avg_exec_duration_ms = avg_exec_duration_ms
        self.associated_bots_use_count = associated_bots_use_count

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("heat")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "heat")
        obj.heat = v
        v = get("call_count")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "call_count")
        obj.call_count = v
        v = get("description")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "description")
        obj.description = v
        v = get("success_rate")
        if v is not None and type(v) is not float:
            v = _m.to_float(v, "success_rate")
        obj.success_rate = v
        v = get("bots_use_count")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "bots_use_count")
        obj.bots_use_count = v
        v = get("favorite_count")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "favorite_count")
        obj.favorite_count = v
        v = get("is_call_available")
        if v is not None and type(v) is not bool:
            v = _m.to_bool(v, "is_call_available")
        obj.is_call_available = v
        v = get("total_tools_count")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "total_tools_count")
        obj.total_tools_count = v
        v = get("avg_exec_duration_ms")
        if v is not None and type(v) is not float:
            v = _m.to_float(v, "avg_exec_duration_ms")
        obj.avg_exec_duration_ms = v
        v = get("associated_bots_use_count")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "associated_bots_use_count")
        obj.associated_bots_use_count = v
        obj._src = src
        return obj


class PluginStoreUser(CozeModel):
    """The developer who published a store plugin."""

    __slots__ = ("user_id", "nick_name", "user_name", "avatar_url")
    _FIELDS = (
        ("user_id", "user_id"),
        ("nick_name", "nick_name"),
        ("user_name", "user_name"),
        ("avatar_url", "avatar_url"),
    )
    _KNOWN = frozenset(("user_id", "nick_name", "user_name", "avatar_url"))

    user_id: str | None
    """The developer's Coze user id (the docs type it as a 64-bit number). A number is read as its decimal string."""
    nick_name: str | None
    """The developer's display name."""
    user_name: str | None
    """The developer's Coze user name."""
    avatar_url: str | None
    """URL of the developer's avatar."""

    def __init__(
        self,
        *,
        user_id: str | None = None,
        nick_name: str | None = None,
        user_name: str | None = None,
        avatar_url: str | None = None,
    ) -> None:
        self.user_id = user_id
        self.nick_name = nick_name
        self.user_name = user_name
        self.avatar_url = avatar_url

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("user_id")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "user_id")
        obj.user_id = v
        v = get("nick_name")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "nick_name")
        obj.nick_name = v
        v = get("user_name")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "user_name")
        obj.user_name = v
        v = get("avatar_url")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "avatar_url")
        obj.avatar_url = v
        obj._src = src
        return obj


class PluginTool(CozeModel):
    """A tool of a plugin with its input and output JSON schemas."""

    __slots__ = ("tool_id", "name", "description", "inputSchema", "outputSchema")
    _FIELDS = (
        ("tool_id", "tool_id"),
        ("name", "name"),
        ("description", "description"),
        ("inputSchema", "inputSchema"),
        ("outputSchema", "outputSchema"),
    )
    _KNOWN = frozenset(("tool_id", "name", "description", "inputSchema", "outputSchema"))

    tool_id: str | None
    """The tool id."""
    name: str | None
    """The tool name, as passed to plugins.tools.call."""
    description: str | None
    """What the tool does."""
    inputSchema: dict[str, JsonValue] | None
    """JSON schema of the tool's arguments, as the plugin author defined it."""
    outputSchema: dict[str, JsonValue] | None
    """JSON schema of the tool's result, as the plugin author defined it."""

    def __init__(
        self,
        *,
        tool_id: str | None = None,
        name: str | None = None,
        description: str | None = None,
        inputSchema: dict[str, JsonValue] | None = None,
        outputSchema: dict[str, JsonValue] | None = None,
    ) -> None:
        self.tool_id = tool_id
        self.name = name
        self.description = description
        self.inputSchema = inputSchema
        self.outputSchema = outputSchema

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("tool_id")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "tool_id")
        obj.tool_id = v
        v = get("name")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "name")
        obj.name = v
        v = get("description")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "description")
        obj.description = v
        v = get("inputSchema")
        if v is not None:
            v = _c_PluginTool_inputSchema(v, "inputSchema")
        obj.inputSchema = v
        v = get("outputSchema")
        if v is not None:
            v = _c_PluginTool_outputSchema(v, "outputSchema")
        obj.outputSchema = v
        obj._src = src
        return obj


class PluginToolCallResult(CozeModel):
    """What a plugin tool returned."""

    __slots__ = ("result",)
    _FIELDS = (("result", "result"),)
    _KNOWN = frozenset(("result",))

    result: dict[str, JsonValue] | None
    """The tool's output, shaped by its outputSchema."""

    def __init__(self, *, result: dict[str, JsonValue] | None = None) -> None:
        self.result = result

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("result")
        if v is not None:
            v = _c_PluginToolCallResult_result(v, "result")
        obj.result = v
        obj._src = src
        return obj


# Lookup tables and converters the parsers above use (defined last: they name classes).
_c_PluginDetail_tools = _m.list_of(_m.model_of(PluginTool))
_c_PluginDetailList_items = _m.list_of(_m.model_of(PluginDetail))
_c_PluginStoreCategoryList_items = _m.list_of(_m.model_of(PluginStoreCategory))
_c_PluginStoreList_items = _m.list_of(_m.model_of(PluginStoreItem))
_c_PluginTool_inputSchema = _m.json_object
_c_PluginTool_outputSchema = _m.json_object
_c_PluginToolCallResult_result = _m.json_object
