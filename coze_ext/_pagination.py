"""Page objects that walk every item of a list operation, lazily.

The style of each operation (page number, cursor, page token) comes from the spec's
`x-coze-pagination`; `next_page_args` is the only place that knows the styles, and both
the sync and the async page use it.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from typing import Any, Generic, TypeVar

from coze_api._runtime import Pagination
from coze_api.types import Unset

T = TypeVar("T")
log = logging.getLogger("coze_ext")


def field_value(result: Any, name: str | None) -> Any:
    """A field of a page result, None when absent."""
    if name is None or result is None:
        return None
    value = getattr(result, name, None)
    if value is None:
        extra = getattr(result, "additional_properties", None)
        if isinstance(extra, dict):
            value = extra.get(name)
    return None if isinstance(value, Unset) else value


def page_items(pagination: Pagination, result: Any) -> list[Any]:
    items = field_value(result, pagination.items)
    return list(items) if items else []


def next_page_args(pagination: Pagination, args: dict[str, Any], result: Any) -> dict[str, Any] | None:
    """The arguments of the next page, or None when this page was the last."""
    items = page_items(pagination, result)
    has_more = field_value(result, pagination.has_more)
    if has_more is False:
        return None
    if not items:
        if has_more:
            log.warning("coze_ext: a page claims more items but is empty; stopping pagination")
        return None
    if pagination.style == "page_number":
        assert pagination.page_param is not None
        page = int(args.get(pagination.page_param) or 1)
        if has_more is None:
            size = args.get(pagination.size_param or "")
            total = field_value(result, pagination.total)
            if isinstance(total, int):
                seen = (page - 1) * (size or len(items)) + len(items)
                if seen >= total:
                    return None
            elif size and len(items) < size:
                return None
        return {**args, pagination.page_param: page + 1}
    if pagination.style == "cursor":
        assert pagination.cursor_param is not None
        cursor = field_value(result, pagination.next_cursor)
        if not cursor or cursor == args.get(pagination.cursor_param):
            return None
        return {**args, pagination.cursor_param: cursor}
    assert pagination.token_param is not None
    token = field_value(result, pagination.next_token)
    if not token or token == args.get(pagination.token_param):
        return None
    return {**args, pagination.token_param: token}


class SyncPage(Generic[T]):
    """One page of a list; iterating it yields every item of this and the following pages."""

    def __init__(
        self,
        pagination: Pagination,
        args: dict[str, Any],
        result: Any,
        fetch: Callable[[dict[str, Any]], SyncPage[T]],
    ) -> None:
        self._pagination = pagination
        self._args = args
        self._fetch = fetch
        self.result = result
        self.items: list[T] = page_items(pagination, result)

    @property
    def has_more(self) -> bool:
        return self.next_args() is not None

    @property
    def total(self) -> int | None:
        total = field_value(self.result, self._pagination.total)
        return total if isinstance(total, int) else None

    @property
    def logid(self) -> str | None:
        return getattr(self.result, "logid", None)

    def next_args(self) -> dict[str, Any] | None:
        return next_page_args(self._pagination, self._args, self.result)

    def next_page(self) -> SyncPage[T] | None:
        args = self.next_args()
        return None if args is None else self._fetch(args)

    def pages(self) -> Iterator[SyncPage[T]]:
        page: SyncPage[T] | None = self
        while page is not None:
            yield page
            page = page.next_page()

    def __iter__(self) -> Iterator[T]:
        for page in self.pages():
            yield from page.items

    def __repr__(self) -> str:
        return f"<SyncPage items={len(self.items)} has_more={self.has_more}>"


class AsyncPage(Generic[T]):
    """One page of an async list. `await` it for the first page, `async for` for all items."""

    def __init__(
        self,
        pagination: Pagination,
        args: dict[str, Any],
        fetch: Callable[[dict[str, Any]], Awaitable[Any]],
        result: Any = None,
        loaded: bool = False,
    ) -> None:
        self._pagination = pagination
        self._args = args
        self._fetch = fetch
        self._loaded = loaded
        self.result = result
        self.items: list[T] = page_items(pagination, result) if loaded else []

    async def _load(self) -> AsyncPage[T]:
        if not self._loaded:
            self.result = await self._fetch(self._args)
            self.items = page_items(self._pagination, self.result)
            self._loaded = True
        return self

    def __await__(self) -> Generator[Any, None, AsyncPage[T]]:
        return self._load().__await__()

    @property
    def has_more(self) -> bool:
        return self._loaded and next_page_args(self._pagination, self._args, self.result) is not None

    @property
    def total(self) -> int | None:
        total = field_value(self.result, self._pagination.total)
        return total if isinstance(total, int) else None

    @property
    def logid(self) -> str | None:
        return getattr(self.result, "logid", None)

    async def next_page(self) -> AsyncPage[T] | None:
        await self._load()
        args = next_page_args(self._pagination, self._args, self.result)
        if args is None:
            return None
        return await AsyncPage[T](self._pagination, args, self._fetch)._load()

    async def pages(self) -> AsyncIterator[AsyncPage[T]]:
        page: AsyncPage[T] | None = await self._load()
        while page is not None:
            yield page
            page = await page.next_page()

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.pages():
            for item in page.items:
                yield item

    def __repr__(self) -> str:
        return f"<AsyncPage items={len(self.items)} loaded={self._loaded}>"
