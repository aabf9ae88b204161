"""Page objects that walk every item of a list operation, lazily.

How an operation pages (page number, cursor, page token) comes from the spec's
`x-coze-pagination`; `next_page_args` is the only place that knows the styles, and the
sync and async pages both use it. Iteration stops when the API says there is no more,
and also (with a warning) when a page comes back empty or repeats its cursor, so a
server that keeps saying `has_more: true` cannot loop it forever. A page that repeats the
page before it (a server ignoring the page number) raises `PaginationError`: its items
would otherwise come round again and again.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator, Sequence
from typing import Any, Generic, TypeVar, cast

from coze_api._model import to_jsonable
from coze_api._runtime import AsyncPage, Operation, Pagination, SyncPage

from ._errors import PaginationError
from ._results import field_value

T = TypeVar("T")
Args = dict[str, object]
log = logging.getLogger("coze_ext")


def _plain_items(
    operation: Operation[object], args: Args, result: object, items: Sequence[object], previous: list[object] | None
) -> list[object] | None:
    """A page-number page's items as plain values, to compare with the next page's; raises
    `PaginationError` if they repeat the page before (`previous`). Cursor styles stop on a
    cursor that does not move instead (see `next_page_args`)."""
    assert operation.pagination is not None
    if operation.pagination.style != "page_number":
        return None
    plain: list[object] = [to_jsonable(item) for item in items]
    if plain and plain == previous:
        logid = getattr(result, "logid", None)
        raise PaginationError(
            f"{operation.id}: the server answered {_where(operation, args)} with the same items as the page "
            "before it; stopping instead of reading them forever" + (f" (logid: {logid})" if logid else ""),
            logid=logid,
            body=plain,
        )
    return plain


def _where(operation: Operation[object], args: Args) -> str:
    """The page asked for, as the wire names it (`page_num=2`)."""
    pagination = operation.pagination
    assert pagination is not None
    return f"{pagination.page_param}={args.get(_arg_name(operation, pagination.page_param))!r}"


def page_items(pagination: Pagination, result: object) -> list[object]:
    items = field_value(result, pagination.items)
    return list(items) if isinstance(items, list | tuple) else []


def _arg_name(operation: Operation[object], wire: str | None) -> str:
    """The method argument behind a wire parameter the pagination names."""
    for param in operation.params:
        if param.wire == wire:
            return param.name
    raise ValueError(f"{operation.id}: pagination parameter {wire!r} is not a parameter of the operation")


def _total(pagination: Pagination, result: object) -> int | None:
    total = field_value(result, pagination.total)
    if isinstance(total, str) and total.isdigit():
        total = int(total)
    return total if isinstance(total, int) and not isinstance(total, bool) else None


def next_page_args(operation: Operation[object], args: Args, result: object, seen: int) -> Args | None:
    """The arguments of the page after this one, or None when this page is the last.

    `seen` counts the items of this page and of every page before it.
    """
    pagination = operation.pagination
    assert pagination is not None
    items = page_items(pagination, result)
    has_more = field_value(result, pagination.has_more)
    total = _total(pagination, result)
    claims_more = has_more is True or (total is not None and seen < total)
    if has_more is False or (total is not None and has_more is None and seen >= total):
        return None
    if not items:
        if claims_more:
            log.warning("%s returned an empty page that claims more items; stopping", operation.id)
        return None
    if pagination.style == "page_number":
        name = _arg_name(operation, pagination.page_param)
        if has_more is None and total is None and pagination.size_param:
            size = args.get(_arg_name(operation, pagination.size_param))
            if isinstance(size, int) and len(items) < size:
                return None
        page = args.get(name)
        return {**args, name: (page if isinstance(page, int) else 1) + 1}
    if pagination.style == "cursor":
        name, marker = _arg_name(operation, pagination.cursor_param), pagination.next_cursor
    else:
        name, marker = _arg_name(operation, pagination.token_param), pagination.next_token
    value = field_value(result, marker)
    if value in (None, "") or value == args.get(name):
        if claims_more:
            log.warning("%s claims more items but gives no new %s; stopping", operation.id, marker)
        return None
    return {**args, name: value}


class _PageBase(Generic[T]):
    """What both page classes show: the answer, its items, and where the list goes next."""

    _operation: Operation[object]
    _next_args: Args | None
    _items: list[T]
    result: object

    @property
    def items(self) -> list[T]:
        """The items of this page."""
        return self._items

    @property
    def has_more(self) -> bool:
        """Whether another page follows (False for an async page not loaded yet)."""
        return self._next_args is not None

    @property
    def total(self) -> int | None:
        assert self._operation.pagination is not None
        return _total(self._operation.pagination, self.result)

    @property
    def logid(self) -> str | None:
        return getattr(self.result, "logid", None)


class ListPage(_PageBase[T], SyncPage[T]):
    """One page of a list. Iterating it yields every item of this page and of the pages after it.

    `items` are this page's items, `has_more` says whether another page follows, `total` is
    the API's item count (when it gives one), `pages()` walks the pages themselves.
    """

    def __init__(
        self,
        operation: Operation[object],
        args: Args,
        result: object,
        fetch: Callable[[Args], object],
        seen_before: int = 0,
        previous: list[object] | None = None,
    ) -> None:
        assert operation.pagination is not None
        self._operation = operation
        self._args = args
        self._fetch = fetch
        self.result = result
        self._items = cast(list[T], page_items(operation.pagination, result))
        self._plain = _plain_items(operation, args, result, self.items, previous)
        self._seen = seen_before + len(self.items)
        self._next_args = next_page_args(operation, args, result, self._seen)

    def next_page(self) -> ListPage[T] | None:
        """Fetch the page after this one (None if this is the last)."""
        args = self._next_args
        if args is None:
            return None
        return ListPage(self._operation, args, self._fetch(args), self._fetch, self._seen, self._plain)

    def pages(self) -> Iterator[ListPage[T]]:
        """This page and every page after it, each fetched when reached."""
        page: ListPage[T] | None = self
        while page is not None:
            yield page
            page = page.next_page()

    def __iter__(self) -> Iterator[T]:
        for page in self.pages():
            yield from page.items

    def __repr__(self) -> str:
        return f"<SyncPage {self._operation.id} items={len(self.items)} has_more={self.has_more}>"


class AsyncListPage(_PageBase[T], AsyncPage[T]):
    """The async twin of `ListPage`. `async for` walks every item; `await` it for the first page."""

    def __init__(
        self,
        operation: Operation[object],
        args: Args,
        fetch: Callable[[Args], Awaitable[object]],
        seen_before: int = 0,
        previous: list[object] | None = None,
    ) -> None:
        assert operation.pagination is not None
        self._operation = operation
        self._args = args
        self._fetch = fetch
        self._seen_before = seen_before
        self._plain = previous  # the page before's items until this page is loaded
        self._loaded = False
        self._next_args: Args | None = None
        self.result: object = None
        self._items: list[T] = []

    def loaded(self, result: object) -> AsyncListPage[T]:
        """This page, holding `result` as its answer."""
        assert self._operation.pagination is not None
        self.result = result
        self._items = cast(list[T], page_items(self._operation.pagination, result))
        self._plain = _plain_items(self._operation, self._args, result, self.items, self._plain)
        seen = self._seen_before + len(self.items)
        self._next_args = next_page_args(self._operation, self._args, result, seen)
        self._loaded = True
        return self

    async def _load(self) -> AsyncListPage[T]:
        if not self._loaded:
            self.loaded(await self._fetch(self._args))
        return self

    def __await__(self) -> Generator[Any, None, AsyncListPage[T]]:
        return self._load().__await__()

    async def next_page(self) -> AsyncListPage[T] | None:
        """Fetch the page after this one (None if this is the last)."""
        await self._load()
        args = self._next_args
        if args is None:
            return None
        following = AsyncListPage[T](
            self._operation, args, self._fetch, self._seen_before + len(self.items), self._plain
        )
        return await following._load()

    async def pages(self) -> AsyncIterator[AsyncListPage[T]]:
        """This page and every page after it, each fetched when reached."""
        page: AsyncListPage[T] | None = await self._load()
        while page is not None:
            yield page
            page = await page.next_page()

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.pages():
            for item in page.items:
                yield item

    def __repr__(self) -> str:
        state = f"items={len(self.items)} has_more={self.has_more}" if self._loaded else "not loaded"
        return f"<AsyncPage {self._operation.id} {state}>"
