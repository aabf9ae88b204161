"""`with_raw_response`: the HTTP answer of any call (status, headers, logid), parsed on demand."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from loopback import LOGID, LoopbackServer, Reply, data_reply, json_reply, serve, sse, stream_reply
from runtime_support import FakeSleep, items, make, resolve

from coze_ext import AuthenticationError, RawResponse

MODES = ["sync", "async"]
CHAT = {"id": "chat1", "conversation_id": "conv1", "status": "created"}


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    yield from serve()


def with_header(reply: Reply, name: str, value: str) -> Reply:
    reply.headers[name] = value
    return reply


@pytest.mark.parametrize("mode", MODES)
async def test_a_call_returns_status_headers_logid_and_its_parsed_result(mode: str, server: LoopbackServer) -> None:
    server.routes["/v3/chat"] = lambda request: with_header(data_reply(CHAT), "X-Quota-Left", "41")
    coze = make(mode, server.base_url)
    raw = await resolve(coze.with_raw_response.chat.create(bot_id="b", user_id="u"))
    assert isinstance(raw, RawResponse)
    assert (raw.status_code, raw.headers["x-quota-left"], raw.logid, raw.retries) == (200, "41", LOGID, 0)
    chat = raw.parse()
    assert (chat.id, chat.conversation_id, chat.logid) == ("chat1", "conv1", LOGID)
    assert raw.content is not None and b'"chat1"' in raw.content
    assert server.requests[0].body == {"bot_id": "b", "user_id": "u"}


@pytest.mark.parametrize("mode", MODES)
async def test_raw_responses_count_retries(mode: str, server: LoopbackServer) -> None:
    answers = [
        json_reply({"code": 502, "msg": "bad gateway"}, 502),
        data_reply({"conversations": [], "has_more": False}),
    ]
    server.routes["/v1/conversations"] = lambda request: answers.pop(0)
    coze = make(mode, server.base_url)
    FakeSleep().install(coze)
    raw = await resolve(coze.with_raw_response.conversations.list(bot_id="b"))
    assert raw.retries == 1 and raw.status_code == 200
    assert await items(raw.parse()) == []


@pytest.mark.parametrize("mode", MODES)
async def test_a_raw_list_parses_to_a_page_that_walks_every_page(mode: str, server: LoopbackServer) -> None:
    def page(request: object) -> Reply:
        number = int(request.query.get("page_num", 1))  # type: ignore[attr-defined]
        return data_reply({"conversations": [{"id": f"c{number}"}], "has_more": number < 3})

    server.routes["/v1/conversations"] = page
    coze = make(mode, server.base_url)
    raw = await resolve(coze.with_raw_response.conversations.list(bot_id="b"))
    assert raw.logid == LOGID and len(server.requests) == 1
    first = raw.parse()
    assert [c.id for c in first.items] == ["c1"] and first.has_more
    assert [c.id for c in await items(first)] == ["c1", "c2", "c3"]


@pytest.mark.parametrize("mode", MODES)
async def test_a_raw_stream_parses_to_the_open_stream(mode: str, server: LoopbackServer) -> None:
    server.routes["/v3/chat"] = lambda request: stream_reply(
        sse(("conversation.chat.created", CHAT), ("done", "[DONE]"))
    )
    coze = make(mode, server.base_url)
    raw = await resolve(coze.with_raw_response.chat.stream(bot_id="b", user_id="u"))
    assert raw.status_code == 200 and raw.headers["content-type"] == "text/event-stream" and raw.content is None
    assert [event.event for event in await items(raw.parse())] == ["conversation.chat.created", "done"]


@pytest.mark.parametrize("mode", MODES)
async def test_a_raw_binary_answer_parses_to_the_unread_body(mode: str, server: LoopbackServer) -> None:
    server.routes["/v1/audio/speech"] = lambda request: Reply(content_type="audio/ogg", body=b"OggS-audio")
    coze = make(mode, server.base_url)
    raw = await resolve(coze.with_raw_response.audio.speech.create(input="hi", voice_id="v"))
    assert raw.headers["content-type"] == "audio/ogg" and raw.content is None
    assert await resolve(raw.parse().read()) == b"OggS-audio"


@pytest.mark.parametrize("mode", MODES)
async def test_failures_still_raise_typed_errors(mode: str, server: LoopbackServer) -> None:
    server.routes["/v3/chat"] = lambda request: json_reply({"code": 4100, "msg": "token expired"})
    coze = make(mode, server.base_url)
    with pytest.raises(AuthenticationError) as caught:
        await resolve(coze.with_raw_response.chat.create(bot_id="b", user_id="u"))
    assert (caught.value.status_code, caught.value.code, caught.value.logid) == (200, 4100, LOGID)
