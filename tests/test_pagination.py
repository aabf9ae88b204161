"""Pagination in every style the API uses, driven by the spec's marker, sync and async alike.

`conversations.list` (page number with `has_more`) comes from the spec; the other styles
are `Operation` objects built here the way the generator builds them from
`x-coze-pagination`, and sent through the client's runtime.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import pytest
from coze_api._runtime import Operation, Paged, Pagination, Param, RequestOptions
from loopback import LOGID, LoopbackServer, Reply, Request, data_reply, json_reply, serve
from runtime_support import items, make, resolve

from coze_ext import AsyncCoze, Coze, PaginationError

MODES = ["sync", "async"]
IDS = [f"i{n}" for n in range(1, 8)]  # 7 items: pages of 3, 3 and 1

# Argument names that differ from the wire names the pagination marker uses.
RENAMED_LIST: Operation[Any] = Operation(
    id="renamed_list",
    method="POST",
    path="/renamed/list",
    params=(
        Param("dataset_id", "dataset_id", "body", "string", True),
        Param("page_number", "page", "body", "integer", False),
        Param("per_page", "size", "body", "integer", False),
    ),
    body="json",
    envelope="none",
    retry_safe=True,
    result=None,
    pagination=Pagination(
        style="page_number", items="document_infos", page_param="page", size_param="size", total="total"
    ),
)


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    yield from serve()


def window(start: int, size: int) -> tuple[list[dict[str, str]], bool]:
    """Items `start`.. of IDS, shaped to parse as a conversation, message, document or version."""
    chosen = IDS[start : start + size]
    found = [{"id": i, "conversation_id": "c", "document_id": i, "version": i} for i in chosen]
    return found, start + size < len(IDS)


def page_number_has_more(request: Request) -> Reply:
    size = int(request.query["page_size"])
    found, more = window((int(request.query.get("page_num", 1)) - 1) * size, size)
    return data_reply({"conversations": found, "has_more": more})


def page_number_total(request: Request) -> Reply:
    size = request.body["size"]
    found, _ = window((request.body.get("page", 1) - 1) * size, size)
    return json_reply({"code": 0, "document_infos": found, "total": len(IDS)})


def cursor(request: Request) -> Reply:
    after = request.body.get("after_id")
    found, more = window(IDS.index(after) + 1 if after else 0, request.body["limit"])
    return json_reply(
        {"code": 0, "data": found, "first_id": found[0]["id"], "last_id": found[-1]["id"], "has_more": more}
    )


def page_token(request: Request) -> Reply:
    found, more = window(int(request.query.get("page_token") or 0), int(request.query["page_size"]))
    token = str(IDS.index(found[-1]["id"]) + 1) if more else ""
    return data_reply({"items": found, "has_more": more, "next_page_token": token})


# style -> (path, method of the resource tree, arguments, server handler)
STYLES: dict[str, tuple[str, str, dict[str, Any], Any]] = {
    "page_number+has_more": (
        "/v1/conversations",
        "conversations.list",
        {"bot_id": "b", "page_size": 3},
        page_number_has_more,
    ),
    "page_number+total": (
        "/open_api/knowledge/document/list",
        "datasets.documents.list",
        {"dataset_id": "d", "size": 3},
        page_number_total,
    ),
    "cursor": (
        "/v1/conversation/message/list",
        "conversations.messages.list",
        {"conversation_id": "c", "limit": 3},
        cursor,
    ),
    "page_token": (
        "/v1/workflows/w/versions",
        "workflows.versions.list",
        {"workflow_id": "w", "page_size": 3},
        page_token,
    ),
}


def list_call(coze: Coze | AsyncCoze, method: str, args: dict[str, Any]) -> Any:
    target: Any = coze
    for name in method.split("."):
        target = getattr(target, name)
    return target(**args)


def ident(item: Any) -> str:
    if isinstance(item, dict):
        return item["id"]  # type: ignore[no-any-return]
    for name in ("id", "document_id", "version"):
        value = getattr(item, name, None)
        if isinstance(value, str):
            return value
    raise AssertionError(f"no id on {item!r}")


def wire_positions(server: LoopbackServer) -> list[Any]:
    """What each request asked for: the page, cursor or token it sent."""
    positions = []
    for request in server.requests:
        source = request.body if isinstance(request.body, dict) else request.query
        positions.append({k: v for k, v in source.items() if k in ("page_num", "page", "after_id", "page_token")})
    return positions


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("mode", MODES)
async def test_every_item_once_across_three_pages(mode: str, style: str, server: LoopbackServer) -> None:
    path, method, args, handler = STYLES[style]
    server.routes[path] = handler
    coze = make(mode, server.base_url)

    assert [ident(item) for item in await items(list_call(coze, method, args))] == IDS
    assert len(server.requests) == 3
    expected = {
        "page_number+has_more": [{}, {"page_num": "2"}, {"page_num": "3"}],
        "page_number+total": [{}, {"page": 2}, {"page": 3}],
        "cursor": [{}, {"after_id": "i3"}, {"after_id": "i6"}],
        "page_token": [{}, {"page_token": "3"}, {"page_token": "6"}],
    }[style]
    assert wire_positions(server) == expected


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("mode", MODES)
async def test_pages_expose_items_has_more_and_total(mode: str, style: str, server: LoopbackServer) -> None:
    path, method, args, handler = STYLES[style]
    server.routes[path] = handler
    coze = make(mode, server.base_url)

    first = await resolve(list_call(coze, method, args))
    assert [ident(item) for item in first.items] == IDS[:3] and first.has_more
    assert len(server.requests) == 1  # only the first page so far
    pages = await items(first.pages())
    assert [[ident(item) for item in page.items] for page in pages] == [IDS[0:3], IDS[3:6], IDS[6:]]
    assert [page.has_more for page in pages] == [True, True, False]
    assert [page.total for page in pages] == [7 if style == "page_number+total" else None] * 3


@pytest.mark.parametrize("mode", MODES)
async def test_iteration_is_lazy(mode: str, server: LoopbackServer) -> None:
    server.routes["/v1/conversations"] = page_number_has_more
    coze = make(mode, server.base_url)
    page = coze.conversations.list(bot_id="b", page_size=3)
    taken = []
    if isinstance(coze, AsyncCoze):
        async for item in page:
            taken.append(item.id)
            if len(taken) == 4:
                break
    else:
        for item in page:
            taken.append(item.id)
            if len(taken) == 4:
                break
    assert taken == IDS[:4] and len(server.requests) == 2


@pytest.mark.parametrize("mode", MODES)
async def test_an_empty_page_that_claims_more_stops_with_a_warning(
    mode: str, server: LoopbackServer, caplog: pytest.LogCaptureFixture
) -> None:
    def lying(request: Request) -> Reply:
        page = int(request.query.get("page_num", 1))
        return data_reply({"conversations": [{"id": "only"}] if page == 1 else [], "has_more": True})

    server.routes["/v1/conversations"] = lying
    with caplog.at_level(logging.WARNING, logger="coze_ext"):
        found = await items(make(mode, server.base_url).conversations.list(bot_id="b"))
    assert [c.id for c in found] == ["only"] and len(server.requests) == 2
    assert "conversations_list returned an empty page that claims more items" in caplog.text


@pytest.mark.parametrize("mode", MODES)
async def test_a_cursor_that_does_not_move_stops_with_a_warning(
    mode: str, server: LoopbackServer, caplog: pytest.LogCaptureFixture
) -> None:
    message = {"id": "a", "conversation_id": "c"}
    stuck = json_reply({"code": 0, "data": [message], "first_id": "a", "last_id": "a", "has_more": True})
    server.routes["/v1/conversation/message/list"] = lambda request: stuck
    coze = make(mode, server.base_url)
    with caplog.at_level(logging.WARNING, logger="coze_ext"):
        found = await items(coze.conversations.messages.list(conversation_id="c", limit=1))
    assert [ident(item) for item in found] == ["a", "a"] and len(server.requests) == 2
    assert "claims more items but gives no new last_id" in caplog.text


@pytest.mark.parametrize("mode", MODES)
async def test_without_has_more_or_total_a_short_page_is_the_last(mode: str, server: LoopbackServer) -> None:
    def bare(request: Request) -> Reply:
        found, _ = window((int(request.query.get("page_num", 1)) - 1) * 3, 3)
        return data_reply({"conversations": found})

    server.routes["/v1/conversations"] = bare
    found = await items(make(mode, server.base_url).conversations.list(bot_id="b", page_size=3))
    assert [c.id for c in found] == IDS and len(server.requests) == 3


@pytest.mark.parametrize("mode", MODES)
async def test_total_stops_iteration_even_on_a_full_last_page(mode: str, server: LoopbackServer) -> None:
    def six(request: Request) -> Reply:
        page = request.body.get("page", 1)
        found = [{"document_id": f"d{n}"} for n in range((page - 1) * 3, page * 3)]
        return json_reply({"code": 0, "document_infos": found, "total": 6})

    server.routes["/open_api/knowledge/document/list"] = six
    found = await items(make(mode, server.base_url).datasets.documents.list(dataset_id="d", size=3))
    assert [item.document_id for item in found] == [f"d{n}" for n in range(6)] and len(server.requests) == 2


async def test_sync_and_async_yield_the_same_sequence(server: LoopbackServer) -> None:
    server.routes["/v1/conversations"] = page_number_has_more
    sync_ids = [c.id for c in Coze(token="t", base_url=server.base_url).conversations.list(bot_id="b", page_size=3)]
    async with AsyncCoze(token="t", base_url=server.base_url) as coze:
        async_ids = [c.id async for c in coze.conversations.list(bot_id="b", page_size=3)]
    assert sync_ids == async_ids == IDS
    assert [r.query for r in server.requests[:3]] == [r.query for r in server.requests[3:]]


@pytest.mark.parametrize("mode", MODES)
async def test_the_marker_names_wire_parameters_not_argument_names(mode: str, server: LoopbackServer) -> None:
    server.routes[RENAMED_LIST.path] = page_number_total
    coze = make(mode, server.base_url)
    page = coze._runtime.paginate(Paged(RENAMED_LIST), {"dataset_id": "d", "per_page": 3}, RequestOptions())
    assert [ident(item) for item in await items(page)] == IDS
    assert [request.body.get("page") for request in server.requests] == [None, 2, 3]


@pytest.mark.parametrize("mode", MODES)
async def test_a_server_that_repeats_a_page_raises_instead_of_looping(mode: str, server: LoopbackServer) -> None:
    # The server ignores page_num: every page is the first one, claiming more (for ten pages,
    # so a client that does not notice ends instead of hanging the test).
    first, _ = window(0, 3)
    server.routes["/v1/conversations"] = lambda request: data_reply(
        {"conversations": first, "has_more": len(server.requests) < 10}
    )
    coze = make(mode, server.base_url)
    seen: list[str] = []
    with pytest.raises(PaginationError) as caught:
        if isinstance(coze, AsyncCoze):
            async for conversation in coze.conversations.list(bot_id="b", page_size=3):
                seen.append(conversation.id)
        else:
            for conversation in coze.conversations.list(bot_id="b", page_size=3):
                seen.append(conversation.id)
    assert seen == ["i1", "i2", "i3"]  # the first page, once
    assert [request.query.get("page_num") for request in server.requests] == [None, "2"]
    assert caught.value.logid == LOGID and "page_num=2" in str(caught.value)
