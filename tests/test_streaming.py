"""Typed event streams against a real loopback server, sync and async.

Covers: every SSE framing case reaching typed events, unknown events, error events after
earlier events, a failed chat, truncated streams, JSON and HTML answers to a stream call,
connection release and reuse, the whole-stream helpers, and recovery of a dropped chat.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from loopback import LOGID, LoopbackServer, Request, data_reply, json_reply, serve, sse, stream_reply

from coze_ext import (
    AsyncCoze,
    AuthenticationError,
    ChatEventType,
    Coze,
    GatewayError,
    StreamError,
    StreamIncomplete,
)

CONV, CHAT, MSG = "7400000000000000001", "7400000000000000002", "7400000000000000003"


def chat(status: str, **extra: Any) -> dict[str, Any]:
    return {"id": CHAT, "conversation_id": CONV, "bot_id": "b1", "status": status, **extra}


def message(content: str, kind: str = "answer") -> dict[str, Any]:
    return {"id": MSG, "conversation_id": CONV, "chat_id": CHAT, "role": "assistant", "type": kind, "content": content}


HELLO = [
    ("conversation.chat.created", chat("created")),
    ("conversation.chat.in_progress", chat("in_progress")),
    ("conversation.message.delta", message("Hel")),
    ("conversation.message.delta", message("lo \u2028 世界")),
    ("conversation.message.completed", message("Hello \u2028 世界")),
    ("conversation.chat.completed", chat("completed", usage={"token_count": 3})),
    ("done", '"[DONE]"'),
]
HELLO_NAMES = [name for name, _ in HELLO]


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    yield from serve()


def client(server: LoopbackServer, **kwargs: Any) -> Coze:
    return Coze(token="t", base_url=server.base_url, max_retries=0, **kwargs)


def aclient(server: LoopbackServer, **kwargs: Any) -> AsyncCoze:
    return AsyncCoze(token="t", base_url=server.base_url, max_retries=0, **kwargs)


def route_stream(server: LoopbackServer, body: bytes | list[bytes], *, cut: bool = False) -> None:
    server.routes["/v3/chat"] = lambda request: stream_reply(body, cut=cut)


def check_hello(events: list[Any]) -> None:
    assert [e.event for e in events] == HELLO_NAMES
    created, _, delta1, delta2, completed, done_chat, done = events
    assert created.chat.id == CHAT and str(created.chat.status) == "created"
    assert created.message is None and delta1.chat is None
    assert (delta1.message.content, delta2.message.content) == ("Hel", "lo \u2028 世界")
    assert completed.message.content == "Hello \u2028 世界"
    assert done_chat.chat.usage.token_count == 3
    assert done.data == "[DONE]" and done.raw == '"[DONE]"'
    assert all(e.logid == LOGID for e in events)


def _framings() -> dict[str, list[bytes]]:
    lf = sse(*HELLO)
    crlf = sse(*HELLO, eol="\r\n")
    return {
        "lf": [lf],
        "crlf": [crlf],
        "cr": [sse(*HELLO, eol="\r")],
        "one byte per chunk": [lf[i : i + 1] for i in range(len(lf))],
        "crlf split between chunks": [crlf[i : i + 7] for i in range(0, len(crlf), 7)],
        "bom, comments, retry and ids": [
            b"\xef\xbb\xbf: keep-alive\nretry: 3000\n\n"
            + lf.replace(b"event:", b": ping\nid: 1\nevent:").replace(b"data:", b"data: ")
        ],
        # JSON split over two data lines is joined with a newline, still valid JSON.
        "multi-line data": [lf.replace(b'"content": ', b'"content":\ndata: ')],
        "no blank line after the last event": [lf[:-1]],
    }


FRAMINGS = _framings()


@pytest.mark.parametrize("framing", list(FRAMINGS))
def test_every_framing_reaches_typed_events(server: LoopbackServer, framing: str) -> None:
    route_stream(server, FRAMINGS[framing])
    with client(server) as coze:
        check_hello(list(coze.chat.stream(bot_id="b1", user_id="u")))
    assert server.requests[0].body["stream"] is True


@pytest.mark.parametrize("framing", list(FRAMINGS))
async def test_every_framing_reaches_typed_events_async(server: LoopbackServer, framing: str) -> None:
    route_stream(server, FRAMINGS[framing])
    async with aclient(server) as coze:
        check_hello([event async for event in await coze.chat.stream(bot_id="b1", user_id="u")])


def test_unknown_events_are_yielded_raw(server: LoopbackServer) -> None:
    body = sse(
        ("conversation.chat.created", chat("created")),
        ("conversation.future.thing", {"x": [1, 2]}),
        ("conversation.message.delta", message("hi")),
        ("not.json", "plain text"),
        ("done", '"[DONE]"'),
    )
    route_stream(server, body)
    with client(server) as coze:
        events = list(coze.chat.stream(bot_id="b1", user_id="u"))
    assert [e.event for e in events][1:4] == ["conversation.future.thing", "conversation.message.delta", "not.json"]
    assert events[1].data == {"x": [1, 2]} and events[1].message is None and events[1].chat is None
    assert events[3].data == "plain text"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        ('"str"', "not a JSON object"),
        ("[1]", "not a JSON object"),
        ("{bad", "not JSON"),
        ('{"id": 5}', "conversation_id"),
    ],
)
async def test_data_that_is_not_the_events_model_raises_naming_the_event(
    server: LoopbackServer, data: str, reason: str
) -> None:
    """Never a string posing as a message: the event and what is wrong with its data are named."""
    delta = f"event:conversation.message.delta\ndata:{data}\n\n".encode()
    body = sse(("conversation.chat.created", chat("created"))) + delta
    route_stream(server, body)
    with client(server) as coze:
        seen: list[str] = []
        with pytest.raises(StreamError, match=r"conversation\.message\.delta") as caught:
            for event in coze.chat.stream(bot_id="b1", user_id="u"):
                seen.append(str(event.event))
    assert seen == ["conversation.chat.created"] and reason in str(caught.value)
    assert caught.value.event.raw == data and caught.value.logid == LOGID
    async with aclient(server) as coze:
        with pytest.raises(StreamError, match=r"conversation\.message\.delta"):
            async for _ in await coze.chat.stream(bot_id="b1", user_id="u"):
                pass


ERROR_AFTER_TWO = sse(
    ("conversation.message.delta", message("a")),
    ("conversation.message.delta", message("b")),
    ("error", {"code": 4100, "msg": "token expired"}),
    ("done", '"[DONE]"'),
)


def test_error_event_raises_after_the_events_before_it(server: LoopbackServer) -> None:
    route_stream(server, ERROR_AFTER_TWO)
    seen = []
    with client(server) as coze, pytest.raises(StreamError) as caught:
        for event in coze.chat.stream(bot_id="b1", user_id="u"):
            seen.append(event.message.content)
    assert seen == ["a", "b"]
    error = caught.value
    assert (error.code, error.msg, error.logid, error.status_code) == (4100, "token expired", LOGID, 200)
    assert error.event.event == "error" and LOGID in str(error)


async def test_error_event_raises_after_the_events_before_it_async(server: LoopbackServer) -> None:
    route_stream(server, ERROR_AFTER_TWO)
    seen = []
    async with aclient(server) as coze:
        stream = await coze.chat.stream(bot_id="b1", user_id="u")
        with pytest.raises(StreamError) as caught:
            async for event in stream:
                seen.append(event.message.content)
    assert seen == ["a", "b"]
    assert (caught.value.code, caught.value.msg, caught.value.logid) == (4100, "token expired", LOGID)


def test_failed_chat_raises_its_last_error(server: LoopbackServer) -> None:
    failed = chat("failed", last_error={"code": 4028, "msg": "quota used up"})
    route_stream(server, sse(("conversation.chat.created", chat("created")), ("conversation.chat.failed", failed)))
    with client(server) as coze:
        stream = coze.chat.stream(bot_id="b1", user_id="u")
        assert next(stream).event == ChatEventType.CONVERSATION_CHAT_CREATED
        with pytest.raises(StreamError) as caught:
            next(stream)
    assert (caught.value.code, caught.value.msg) == (4028, "quota used up")
    assert caught.value.event.chat.id == CHAT


TRUNCATED = sse(("conversation.chat.created", chat("created")), ("conversation.message.delta", message("par")))


@pytest.mark.parametrize("cut", [True, False], ids=["connection cut", "body ended early"])
def test_stream_ending_before_its_terminal_event_raises(server: LoopbackServer, cut: bool) -> None:
    # A half-sent event after the last whole one must not be delivered either.
    route_stream(server, [TRUNCATED, b'event:conversation.message.delta\ndata:{"id":'], cut=cut)
    seen = []
    with client(server) as coze, pytest.raises(StreamIncomplete) as caught:
        for event in coze.chat.stream(bot_id="b1", user_id="u"):
            seen.append(event.event)
    assert seen == ["conversation.chat.created", "conversation.message.delta"]
    assert caught.value.logid == LOGID and "done" in str(caught.value)


@pytest.mark.parametrize("cut", [True, False], ids=["connection cut", "body ended early"])
async def test_stream_ending_before_its_terminal_event_raises_async(server: LoopbackServer, cut: bool) -> None:
    route_stream(server, [TRUNCATED], cut=cut)
    async with aclient(server) as coze:
        stream = await coze.chat.stream(bot_id="b1", user_id="u")
        with pytest.raises(StreamIncomplete):
            async for _ in stream:
                pass


def test_json_error_answer_to_a_stream_call_raises_the_api_error(server: LoopbackServer) -> None:
    server.routes["/v3/chat"] = lambda request: json_reply({"code": 4100, "msg": "bad token"})
    with client(server) as coze, pytest.raises(AuthenticationError) as caught:
        coze.chat.stream(bot_id="b1", user_id="u")
    assert (caught.value.code, caught.value.logid) == (4100, LOGID)


async def test_html_502_answer_to_a_stream_call_raises_the_gateway_error(server: LoopbackServer) -> None:
    html = b"<html><body><h1>502 Bad Gateway</h1></body></html>"
    server.routes["/v3/chat"] = lambda request: __import__("loopback").Reply(502, "text/html", html)
    async with aclient(server) as coze:
        with pytest.raises(GatewayError) as caught:
            await coze.chat.stream(bot_id="b1", user_id="u")
    assert caught.value.status_code == 502 and "502 Bad Gateway" in str(caught.value)


# A connection that is not released makes the next call fail after 3 s instead of hanging.
POOL_TIMEOUT = httpx.Timeout(10, pool=3)


def one_connection(server: LoopbackServer) -> Coze:
    http = httpx.Client(limits=httpx.Limits(max_connections=1))
    return Coze(token="t", base_url=server.base_url, http_client=http, timeout=POOL_TIMEOUT, max_retries=0)


def test_leaving_a_stream_early_releases_the_connection(server: LoopbackServer) -> None:
    # Endless-looking stream: many deltas and no done before we stop reading.
    route_stream(server, [sse(("conversation.message.delta", message("x"))) * 200] * 50)
    with one_connection(server) as coze:
        for _ in range(3):
            for event in coze.chat.stream(bot_id="b1", user_id="u"):
                assert event.message.content == "x"
                break  # the generator is left suspended: no close() is called
        for _ in range(3):
            with coze.chat.stream(bot_id="b1", user_id="u") as stream:
                next(iter(stream))
        with pytest.raises(RuntimeError), coze.chat.stream(bot_id="b1", user_id="u") as stream:
            raise RuntimeError("user code failed")
        coze.chat.stream(bot_id="b1", user_id="u").close()
    assert len(server.requests) == 8


async def test_leaving_a_stream_early_releases_the_connection_async(server: LoopbackServer) -> None:
    route_stream(server, [sse(("conversation.message.delta", message("x"))) * 200] * 50)
    http = httpx.AsyncClient(limits=httpx.Limits(max_connections=1))
    async with AsyncCoze(
        token="t", base_url=server.base_url, http_client=http, timeout=POOL_TIMEOUT, max_retries=0
    ) as coze:
        for _ in range(3):
            async with await coze.chat.stream(bot_id="b1", user_id="u") as stream:
                async for event in stream:
                    assert event.message.content == "x"
                    break
    await http.aclose()
    assert len(server.requests) == 3


def test_a_finished_stream_leaves_its_connection_for_reuse(server: LoopbackServer) -> None:
    route_stream(server, sse(*HELLO))
    with one_connection(server) as coze:
        for _ in range(3):
            assert len(list(coze.chat.stream(bot_id="b1", user_id="u"))) == len(HELLO)
    assert server.connections == 1


def test_whole_stream_helpers(server: LoopbackServer) -> None:
    route_stream(server, sse(*HELLO))
    with client(server) as coze:
        assert coze.chat.stream(bot_id="b1", user_id="u").text() == "Hello \u2028 世界"
        assert [m.content for m in coze.chat.stream(bot_id="b1", user_id="u").messages()] == ["Hello \u2028 世界"]
        final = coze.chat.stream(bot_id="b1", user_id="u").final_chat()
    assert str(final.status) == "completed" and final.usage.token_count == 3


async def test_whole_stream_helpers_async(server: LoopbackServer) -> None:
    route_stream(server, sse(*HELLO))
    async with aclient(server) as coze:
        assert await (await coze.chat.stream(bot_id="b1", user_id="u")).text() == "Hello \u2028 世界"
        messages = await (await coze.chat.stream(bot_id="b1", user_id="u")).messages()
        final = await (await coze.chat.stream(bot_id="b1", user_id="u")).final_chat()
    assert [m.content for m in messages] == ["Hello \u2028 世界"]
    assert str(final.status) == "completed"


def recovering_routes(server: LoopbackServer) -> None:
    """A chat stream that drops after two events; the chat then finishes on the server."""
    route_stream(server, [TRUNCATED], cut=True)
    statuses = iter(["in_progress", "completed"])
    server.routes["/v3/chat/retrieve"] = lambda request: data_reply(chat(next(statuses, "completed")))
    server.routes["/v3/chat/message/list"] = lambda request: data_reply([message("partial answer, finished")])


def test_recover_polls_a_dropped_chat_to_its_end(server: LoopbackServer) -> None:
    recovering_routes(server)
    with client(server) as coze:
        stream = coze.chat.stream(bot_id="b1", user_id="u")
        with pytest.raises(StreamIncomplete):
            for _ in stream:
                pass
        done = stream.recover(poll_interval=0.01)
    assert str(done.chat.status) == "completed"
    assert [m.content for m in done.messages] == ["partial answer, finished"]
    assert done.logid == LOGID
    retrieves = [r for r in server.requests if r.path == "/v3/chat/retrieve"]
    assert retrieves[0].query == {"conversation_id": CONV, "chat_id": CHAT}


async def test_recover_polls_a_dropped_chat_to_its_end_async(server: LoopbackServer) -> None:
    recovering_routes(server)
    async with aclient(server) as coze:
        stream = await coze.chat.stream(bot_id="b1", user_id="u")
        with pytest.raises(StreamIncomplete):
            async for _ in stream:
                pass
        done = await stream.recover(poll_interval=0.01)
    assert [m.content for m in done.messages] == ["partial answer, finished"]


def test_recover_needs_the_chat_to_have_been_announced(server: LoopbackServer) -> None:
    route_stream(server, sse(("conversation.message.delta", message("x"))), cut=True)
    with client(server) as coze:
        stream = coze.chat.stream(bot_id="b1", user_id="u")
        with pytest.raises(StreamIncomplete):
            list(stream)
        with pytest.raises(Exception, match="nothing to recover"):
            stream.recover()


def test_request_body_of_a_stream_call(server: LoopbackServer) -> None:
    seen: list[Request] = []

    def handler(request: Request) -> Any:
        seen.append(request)
        return stream_reply(sse(*HELLO))

    server.routes["/v3/chat"] = handler
    with client(server) as coze:
        list(coze.chat.stream(bot_id="b1", user_id="u", conversation_id=CONV))
    assert seen[0].query == {"conversation_id": CONV}
    assert json.loads(json.dumps(seen[0].body)) == {"bot_id": "b1", "user_id": "u", "stream": True}


# --- workflow streams ------------------------------------------------------------------------

WORKFLOW_EVENTS = [
    ("PING", "{}"),
    ("Message", {"content": "part 1 ", "node_title": "LLM", "node_is_finish": False}),
    ("Interrupt", {"interrupt_data": {"event_id": "e/1", "type": 2}, "node_title": "Ask"}),
    ("Message", {"content": "part 2", "node_title": "End", "node_is_finish": True}),
    ("Done", {}),
]


def workflow_body(events: list[tuple[str, Any]]) -> bytes:
    return b"".join(f"id: {i}\n".encode() + sse(event) for i, event in enumerate(events))


def test_workflow_stream_events_are_typed(server: LoopbackServer) -> None:
    server.routes["/v1/workflow/stream_run"] = lambda request: stream_reply(workflow_body(WORKFLOW_EVENTS))
    with client(server) as coze:
        events = list(coze.workflows.runs.stream(workflow_id="w1"))
        text = coze.workflows.runs.stream(workflow_id="w1").text()
    assert [(e.event, e.id) for e in events] == [(name, str(i)) for i, (name, _) in enumerate(WORKFLOW_EVENTS)]
    assert events[1].message.content == "part 1 " and events[1].message.node_is_finish is False
    assert events[2].data.interrupt_data.event_id == "e/1" and events[2].message is None
    assert text == "part 1 part 2"


async def test_workflow_error_event_raises_with_code_and_debug_url_async(server: LoopbackServer) -> None:
    error = {"error_code": 720701013, "error_message": "node timed out", "debug_url": "https://debug/1"}
    body = workflow_body([WORKFLOW_EVENTS[1], ("Error", error), ("Done", {})])
    server.routes["/v1/workflow/stream_resume"] = lambda request: stream_reply(body)
    async with aclient(server) as coze:
        stream = await coze.workflows.runs.resume(workflow_id="w1", event_id="e/1", resume_data="x", interrupt_type=2)
        seen = []
        with pytest.raises(StreamError) as caught:
            async for event in stream:
                seen.append(event.event)
    assert seen == ["Message"]
    assert (caught.value.code, caught.value.msg, caught.value.debug_url) == (
        720701013,
        "node timed out",
        "https://debug/1",
    )


def test_tool_call_stream_round_trip(server: LoopbackServer) -> None:
    action = {
        "type": "submit_tool_outputs",
        "submit_tool_outputs": {
            "tool_calls": [{"id": "call1", "type": "function", "function": {"name": "f", "arguments": "{}"}}]
        },
    }
    first = sse(("conversation.chat.requires_action", chat("requires_action", required_action=action)), ("done", "1"))
    server.routes["/v3/chat"] = lambda request: stream_reply(first)
    server.routes["/v3/chat/submit_tool_outputs"] = lambda request: stream_reply(sse(*HELLO))
    with client(server) as coze:
        waiting = coze.chat.stream(bot_id="b1", user_id="u").final_chat()
        call = waiting.required_action.submit_tool_outputs.tool_calls[0]
        resumed = coze.chat.submit_tool_outputs_stream(
            conversation_id=waiting.conversation_id,
            chat_id=waiting.id,
            tool_outputs=[{"tool_call_id": call.id, "output": "ok"}],
        )
        assert resumed.text() == "Hello \u2028 世界"
    submitted = server.requests[-1]
    assert submitted.query == {"conversation_id": CONV, "chat_id": CHAT}
    assert submitted.body == {"tool_outputs": [{"tool_call_id": "call1", "output": "ok"}], "stream": True}


def test_event_enums_and_classes_cover_every_event_the_spec_streams() -> None:
    from coze_api.operations import OPERATIONS
    from spec_cases import event_family

    from coze_ext import WorkflowEventType

    known = {member.value for kind in (ChatEventType, WorkflowEventType) for member in kind}
    for operation in OPERATIONS.values():
        if operation.stream is None:
            continue
        spec_events = event_family(operation.stream.events)["events"]
        classes = operation.stream.event_map().classes
        assert set(spec_events) == set(classes) and set(spec_events) <= known
        for name, cls in classes.items():
            assert cls.event == name  # each class carries its wire name as a str enum member
            assert (cls.data_model.__name__ if cls.data_model else None) == spec_events[name]
    assert ChatEventType.CONVERSATION_MESSAGE_DELTA == "conversation.message.delta"  # plain str
