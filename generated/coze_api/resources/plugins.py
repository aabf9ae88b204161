"""The `plugins` resource group, sync and async, and its `with_raw_response` twins.

Generated from openapi/coze.yaml by `make gen`; never edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Literal

from .. import operations as _ops
from .._runtime import (
    AsyncRawMethod,
    AsyncRawPagedMethod,
    AsyncRequester,
    RawGroup,
    RawMethod,
    RequestOptions,
    SyncRequester,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .._runtime import AsyncPage, SyncPage
    from ..models import (
        PluginDetail,
        PluginDetailList,
        PluginStoreCategory,
        PluginStoreItem,
        PluginToolCallResult,
    )
    from ..types import JsonValue, TimeoutInput

__all__ = [
    "AsyncPluginsCategoriesResource",
    "AsyncPluginsResource",
    "AsyncPluginsToolsResource",
    "AsyncRawPluginsCategoriesResource",
    "AsyncRawPluginsResource",
    "AsyncRawPluginsToolsResource",
    "PluginsCategoriesResource",
    "PluginsResource",
    "PluginsToolsResource",
    "RawPluginsCategoriesResource",
    "RawPluginsResource",
    "RawPluginsToolsResource",
]


class PluginsToolsResource:
    """The `plugins.tools` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def call(
        self,
        *,
        plugin_id: str,
        tool_name: str,
        arguments: Mapping[str, JsonValue],
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> PluginToolCallResult:
        """Call a plugin tool.

        Runs one tool of a paid plugin with the given arguments and returns its result;
        paid plans only.

        Args:
            plugin_id: The paid plugin whose tool is called.
            tool_name: The tool to run (a name from the plugin's tools).
            arguments: The tool's arguments, shaped by its inputSchema.
        """
        return self._requester.request(
            _ops.PLUGINS_TOOLS_CALL,
            {"plugin_id": plugin_id, "tool_name": tool_name, "arguments": arguments},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncPluginsToolsResource:
    """The `plugins.tools` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def call(
        self,
        *,
        plugin_id: str,
        tool_name: str,
        arguments: Mapping[str, JsonValue],
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> PluginToolCallResult:
        """Call a plugin tool.

        Runs one tool of a paid plugin with the given arguments and returns its result;
        paid plans only.

        Args:
            plugin_id: The paid plugin whose tool is called.
            tool_name: The tool to run (a name from the plugin's tools).
            arguments: The tool's arguments, shaped by its inputSchema.
        """
        return await self._requester.request(
            _ops.PLUGINS_TOOLS_CALL,
            {"plugin_id": plugin_id, "tool_name": tool_name, "arguments": arguments},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class PluginsCategoriesResource:
    """The `plugins.categories` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        entity_type: Literal["plugin"],
        page_num: int | None = None,
        page_size: int | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> SyncPage[PluginStoreCategory]:
        """List store categories.

        Lists the categories of the plugin store, whose ids filter plugins.list.

        Args:
            entity_type: The kind of store entity; only plugin exists today.
            page_num: Page number, starting at 1 (server default 1).
            page_size: Categories per page, at most 100 (server default 20).
        """
        return self._requester.paginate(
            _ops.PLUGINS_CATEGORIES_LIST_PAGES,
            {"entity_type": entity_type, "page_num": page_num, "page_size": page_size},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncPluginsCategoriesResource:
    """The `plugins.categories` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        entity_type: Literal["plugin"],
        page_num: int | None = None,
        page_size: int | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> AsyncPage[PluginStoreCategory]:
        """List store categories.

        Lists the categories of the plugin store, whose ids filter plugins.list.

        Args:
            entity_type: The kind of store entity; only plugin exists today.
            page_num: Page number, starting at 1 (server default 1).
            page_size: Categories per page, at most 100 (server default 20).
        """
        return self._requester.paginate(
            _ops.PLUGINS_CATEGORIES_LIST_PAGES,
            {"entity_type": entity_type, "page_num": page_num, "page_size": page_size},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class PluginsResource:
    """The `plugins` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    @cached_property
    def tools(self) -> PluginsToolsResource:
        """The `plugins.tools` resource group."""
        return PluginsToolsResource(self._requester)

    @cached_property
    def categories(self) -> PluginsCategoriesResource:
        """The `plugins.categories` resource group."""
        return PluginsCategoriesResource(self._requester)

    def retrieve(
        self,
        *,
        plugin_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> PluginDetail:
        """Retrieve a plugin.

        Returns an official, third-party or library plugin with its tools and, for paid
        plugins, an MCP server configuration.

        Args:
            plugin_id: The plugin id (the entity_id of a store listing, or the id in
                a library plugin's URL); store product ids are not accepted.
        """
        return self._requester.request(
            _ops.PLUGINS_RETRIEVE,
            {"plugin_id": plugin_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def batch_retrieve(
        self,
        *,
        ids: Sequence[str],
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> PluginDetailList:
        """Retrieve several plugins.

        Returns up to 20 plugins at once, each with its tools and, for paid plugins, an
        MCP server configuration.

        Args:
            ids: Up to 20 plugin ids, sent comma-joined.
        """
        return self._requester.request(
            _ops.PLUGINS_BATCH_RETRIEVE,
            {"ids": ids},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def list(
        self,
        *,
        keyword: str | None = None,
        is_official: bool | None = None,
        category_ids: Sequence[str] | None = None,
        page_num: int | None = None,
        page_size: int | None = None,
        sort_type: Literal["heat", "newest", "relative"] | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> SyncPage[PluginStoreItem]:
        """List store plugins.

        Lists the paid plugins of the plugin store, official and third-party, optionally
        filtered by keyword or category.

        Args:
            keyword: Fuzzy search term.
            is_official: true for official plugins only, false for third-party only;
                both when absent.
            category_ids: Category ids to filter by, sent comma-joined; all
                categories when absent.
            page_num: Page number, starting at 1 (server default 1).
            page_size: Plugins per page, at most 100 (server default 20).
            sort_type: Order: heat (most popular), newest, or relative (relevance,
                for keyword searches).
        """
        return self._requester.paginate(
            _ops.PLUGINS_LIST_PAGES,
            {
                "keyword": keyword,
                "is_official": is_official,
                "category_ids": category_ids,
                "page_num": page_num,
                "page_size": page_size,
                "sort_type": sort_type,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncPluginsResource:
    """The `plugins` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @cached_property
    def tools(self) -> AsyncPluginsToolsResource:
        """The `plugins.tools` resource group."""
        return AsyncPluginsToolsResource(self._requester)

    @cached_property
    def categories(self) -> AsyncPluginsCategoriesResource:
        """The `plugins.categories` resource group."""
        return AsyncPluginsCategoriesResource(self._requester)

    async def retrieve(
        self,
        *,
        plugin_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> PluginDetail:
        """Retrieve a plugin.

        Returns an official, third-party or library plugin with its tools and, for paid
        plugins, an MCP server configuration.

        Args:
            plugin_id: The plugin id (the entity_id of a store listing, or the id in
                a library plugin's URL); store product ids are not accepted.
        """
        return await self._requester.request(
            _ops.PLUGINS_RETRIEVE,
            {"plugin_id": plugin_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def batch_retrieve(
        self,
        *,
        ids: Sequence[str],
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> PluginDetailList:
        """Retrieve several plugins.

        Returns up to 20 plugins at once, each with its tools and, for paid plugins, an
        MCP server configuration.

        Args:
            ids: Up to 20 plugin ids, sent comma-joined.
        """
        return await self._requester.request(
            _ops.PLUGINS_BATCH_RETRIEVE,
            {"ids": ids},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def list(
        self,
        *,
        keyword: str | None = None,
        is_official: bool | None = None,
        category_ids: Sequence[str] | None = None,
        page_num: int | None = None,
        page_size: int | None = None,
        sort_type: Literal["heat", "newest", "relative"] | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> AsyncPage[PluginStoreItem]:
        """List store plugins.

        Lists the paid plugins of the plugin store, official and third-party, optionally
        filtered by keyword or category.

        Args:
            keyword: Fuzzy search term.
            is_official: true for official plugins only, false for third-party only;
                both when absent.
            category_ids: Category ids to filter by, sent comma-joined; all
                categories when absent.
            page_num: Page number, starting at 1 (server default 1).
            page_size: Plugins per page, at most 100 (server default 20).
            sort_type: Order: heat (most popular), newest, or relative (relevance,
                for keyword searches).
        """
        return self._requester.paginate(
            _ops.PLUGINS_LIST_PAGES,
            {
                "keyword": keyword,
                "is_official": is_official,
                "category_ids": category_ids,
                "page_num": page_num,
                "page_size": page_size,
                "sort_type": sort_type,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class RawPluginsToolsResource(RawGroup):
    """The `plugins.tools` methods, each returning the raw HTTP answer (a `RawResponse`)."""

    call = RawMethod(PluginsToolsResource.call)


class AsyncRawPluginsToolsResource(RawGroup):
    """The `plugins.tools` methods, each returning the raw HTTP answer (a `RawResponse`)."""

    call = AsyncRawMethod(AsyncPluginsToolsResource.call)


class RawPluginsCategoriesResource(RawGroup):
    """The `plugins.categories` methods, each returning the raw HTTP answer (a
    `RawResponse`).
    """

    list = RawMethod(PluginsCategoriesResource.list)


class AsyncRawPluginsCategoriesResource(RawGroup):
    """The `plugins.categories` methods, each returning the raw HTTP answer (a
    `RawResponse`).
    """

    list = AsyncRawPagedMethod(AsyncPluginsCategoriesResource.list)


class RawPluginsResource(RawGroup):
    """The `plugins` methods, each returning the raw HTTP answer (a `RawResponse`)."""

    @cached_property
    def tools(self) -> RawPluginsToolsResource:
        return RawPluginsToolsResource(self._resource.tools)

    @cached_property
    def categories(self) -> RawPluginsCategoriesResource:
        return RawPluginsCategoriesResource(self._resource.categories)

    retrieve = RawMethod(PluginsResource.retrieve)
    batch_retrieve = RawMethod(PluginsResource.batch_retrieve)
    list = RawMethod(PluginsResource.list)


class AsyncRawPluginsResource(RawGroup):
    """The `plugins` methods, each returning the raw HTTP answer (a `RawResponse`)."""

    @cached_property
    def tools(self) -> AsyncRawPluginsToolsResource:
        return AsyncRawPluginsToolsResource(self._resource.tools)

    @cached_property
    def categories(self) -> AsyncRawPluginsCategoriesResource:
        return AsyncRawPluginsCategoriesResource(self._resource.categories)

    retrieve = AsyncRawMethod(AsyncPluginsResource.retrieve)
    batch_retrieve = AsyncRawMethod(AsyncPluginsResource.batch_retrieve)
    list = AsyncRawPagedMethod(AsyncPluginsResource.list)
