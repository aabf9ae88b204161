"""Tests for the Server-Sent Events decoder (`coze_ext._sse`)."""

from __future__ import annotations

import itertools
import json
from collections.abc import AsyncIterator, Iterable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coze_ext._sse import ServerSentEvent, SSEDecoder, aiter_events, iter_events


def decode(chunks: Iterable[bytes]) -> list[ServerSentEvent]:
    """Feed every chunk to one decoder, then flush it."""
    decoder = SSEDecoder()
    events: list[ServerSentEvent] = []
    for chunk in chunks:
        events.extend(decoder.feed(chunk))
    events.extend(decoder.flush())
    return events


def bytewise(body: bytes) -> list[bytes]:
    return [body[i : i + 1] for i in range(len(body))]


def as_tuples(events: Iterable[ServerSentEvent]) -> list[tuple[str, str, str | None, int | None]]:
    return [(e.event, e.data, e.id, e.retry) for e in events]


# --- the event object ----------------------------------------------------------------


def test_event_defaults_json_repr_and_equality() -> None:
    event = ServerSentEvent(data='{"a": [1, "x"]}')
    assert (event.event, event.id, event.retry) == ("message", None, None)
    assert event.json() == {"a": [1, "x"]}
    assert repr(event) == "ServerSentEvent(event='message', data='{\"a\": [1, \"x\"]}', id=None, retry=None)"
    assert event == ServerSentEvent("message", '{"a": [1, "x"]}')
    assert event != ServerSentEvent("other", '{"a": [1, "x"]}')
    assert not hasattr(event, "__dict__")
    with pytest.raises(json.JSONDecodeError):
        ServerSentEvent(data="[DONE]").json()


# --- fields --------------------------------------------------------------------------


def test_event_field_with_and_without_space() -> None:
    events = decode([b"event:x\ndata:1\n\nevent: y\ndata: 2\n\nevent:  z\ndata:  3\n\n"])
    # Exactly one leading space is stripped, and only one.
    assert [(e.event, e.data) for e in events] == [("x", "1"), ("y", "2"), (" z", " 3")]


def test_missing_event_field_means_message_and_event_type_resets() -> None:
    events = decode([b"event: a\ndata: 1\n\ndata: 2\n\n"])
    assert [e.event for e in events] == ["a", "message"]


def test_colon_inside_value_is_kept() -> None:
    (event,) = decode([b'data: {"url": "https://coze.cn:443/x"}\n\n'])
    assert event.json() == {"url": "https://coze.cn:443/x"}


def test_multiline_data_joined_with_newline() -> None:
    (event,) = decode([b"data: first\ndata:second\ndata\ndata:\ndata:  last\n\n"])
    # A field without a colon ("data") and "data:" both add an empty line.
    assert event.data == "first\nsecond\n\n\n last"


def test_data_with_only_empty_line_is_dispatched() -> None:
    (event,) = decode([b"data:\n\n"])
    assert event.data == ""


def test_id_persists_and_nul_id_is_ignored() -> None:
    body = b"id: 1\ndata: a\n\ndata: b\n\nid: x\x00y\ndata: c\n\nid\ndata: d\n\n"
    assert [(e.data, e.id) for e in decode([body])] == [("a", "1"), ("b", "1"), ("c", "1"), ("d", "")]


def test_retry_needs_ascii_digits_and_persists() -> None:
    body = (
        "retry: 3000\ndata: a\n\n"
        "data: b\n\n"
        "retry: 12a\ndata: c\n\n"
        "retry: -1\ndata: d\n\n"
        "retry: \uff11\uff12\ndata: e\n\n"  # fullwidth digits: str.isdigit() but not ASCII
        "retry:\ndata: f\n\n"
        "retry:500\ndata: g\n\n"
    ).encode()
    assert [(e.data, e.retry) for e in decode([body])] == [
        ("a", 3000),
        ("b", 3000),
        ("c", 3000),
        ("d", 3000),
        ("e", 3000),
        ("f", 3000),
        ("g", 500),
    ]


def test_retry_with_too_many_digits_is_ignored() -> None:
    (event,) = decode([b"retry: " + b"9" * 5000 + b"\ndata: x\n\n"])
    assert event.retry is None


def test_comments_and_unknown_fields_are_ignored() -> None:
    body = b": ping\n:\ndata: a\n: keep-alive between data lines\nfoo: bar\nDATA: no\ndata: b\n\n: trailing\n\n"
    assert as_tuples(decode([body])) == [("message", "a\nb", None, None)]


def test_comment_only_stream_yields_nothing() -> None:
    assert decode([b": ping\n\n: ping\n\n"]) == []


def test_dataless_event_is_not_dispatched_but_its_id_and_retry_count() -> None:
    body = b"event: ping\n\nid: 7\nretry: 10\n\nevent: x\ndata: a\n\n"
    assert as_tuples(decode([body])) == [("x", "a", "7", 10)]


def test_dataless_event_is_not_dispatched_at_end_of_stream() -> None:
    assert decode([b"event: done\nid: 3"]) == []


def test_event_name_does_not_leak_from_a_dropped_event() -> None:
    (event,) = decode([b"event: ping\n\ndata: a\n\n"])
    assert event.event == "message"


# --- line ends -----------------------------------------------------------------------


@pytest.mark.parametrize("eol", [b"\n", b"\r\n", b"\r"], ids=["LF", "CRLF", "CR"])
def test_line_ends(eol: bytes) -> None:
    body = eol.join([b"event: a", b"data: 1", b"data: 2", b"", b"id: 9", b"data: 3", b"", b""])
    expected = [("a", "1\n2", None, None), ("message", "3", "9", None)]
    assert as_tuples(decode([body])) == expected
    assert as_tuples(decode(bytewise(body))) == expected


def test_mixed_line_ends() -> None:
    body = b"data: a\rdata: b\r\ndata: c\n\r\n"
    assert [e.data for e in decode([body])] == ["a\nb\nc"]


def test_crlf_split_across_chunks_is_one_line_end() -> None:
    # If the "\n" were a second line end it would be a blank line, dispatching "a" alone.
    assert [e.data for e in decode([b"data: a\r", b"\ndata: b\r\n\r\n"])] == ["a\nb"]
    # Same when empty chunks come in between, or characters are split around the CR-LF.
    chunks = [b"data: a\r", b"", b"\n", b"data: \xc3", b"\xa9\r", b"", b"\ndata: \xe2\x82", b"\xac\r", b"\n\r\n"]
    assert [e.data for e in decode(chunks)] == ["a\n\xe9\n\u20ac"]


def test_cr_at_chunk_end_dispatches_without_waiting() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"data: a\r") == []
    assert [e.data for e in decoder.feed(b"\r")] == ["a"]
    assert [e.data for e in decoder.feed(b"\ndata: b\r\r")] == ["b"]
    assert decoder.flush() == []


def test_unicode_line_separators_are_not_line_ends() -> None:
    payload = {"text": "a\u2028b\u2029c\x85d\x0be\x0cf\x1cg"}
    body = b"data: " + json.dumps(payload, ensure_ascii=False).encode() + b"\n\n"
    (event,) = decode([body])
    assert event.json() == payload
    (event,) = decode(bytewise(body))
    assert event.json() == payload


# --- bytes and UTF-8 -----------------------------------------------------------------


def test_utf8_character_split_across_chunks() -> None:
    body = "data: 你好, Coze 😀\n\n".encode()
    assert [e.data for e in decode(bytewise(body))] == ["你好, Coze 😀"]
    cut = body.index("😀".encode()) + 2  # in the middle of the 4-byte emoji
    assert [e.data for e in decode([body[:cut], body[cut:]])] == ["你好, Coze 😀"]


def test_invalid_and_truncated_utf8_become_replacement_characters() -> None:
    assert [e.data for e in decode([b"data: a\xffb\n\n"])] == ["a\ufffdb"]
    assert [e.data for e in decode([b"data: a\xe4\xbd"])] == ["a\ufffd"]


def test_bom_at_start_is_dropped() -> None:
    body = b"\xef\xbb\xbfdata: x\n\n"
    assert [e.data for e in decode([body])] == ["x"]
    assert [e.data for e in decode(bytewise(body))] == ["x"]


def test_only_the_first_bom_is_dropped() -> None:
    # A second BOM makes the first field name "\ufeffdata", an unknown field.
    assert decode([b"\xef\xbb\xbf\xef\xbb\xbfdata: x\n\n"]) == []
    # A BOM later in the stream is just a character.
    assert [e.data for e in decode([b"data: x\n\n", b"\xef\xbb\xbfdata: y\n\ndata: z\n\n"])] == ["x", "z"]


def test_long_line_in_many_small_chunks() -> None:
    value = "x" * 100_000
    body = f"data: {value}\n\n".encode()
    chunks = [body[i : i + 7] for i in range(0, len(body), 7)]
    assert [e.data for e in decode(chunks)] == [value]


# --- end of stream -------------------------------------------------------------------


def test_final_event_without_trailing_blank_line_is_delivered_by_flush() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"event: a\ndata: 1\n\nevent: done\ndata: [DONE]") == [ServerSentEvent("a", "1")]
    # The pending line "data: [DONE]" has no line end yet: nothing more until the end.
    assert decoder.flush() == [ServerSentEvent("done", "[DONE]")]


def test_final_event_ending_in_a_single_line_end_is_delivered_by_flush() -> None:
    for eol in (b"\n", b"\r\n", b"\r"):
        decoder = SSEDecoder()
        assert decoder.feed(b"data: x" + eol) == []
        assert decoder.flush() == [ServerSentEvent("message", "x")]


def test_flush_after_a_complete_event_adds_nothing() -> None:
    decoder = SSEDecoder()
    assert len(decoder.feed(b"data: x\n\n")) == 1
    assert decoder.flush() == []


def test_empty_stream() -> None:
    assert decode([]) == []
    assert decode([b"", b""]) == []
    assert decode([b"\n\n\r\n"]) == []


def test_decoder_is_reusable_after_flush_and_keeps_last_id_and_retry() -> None:
    decoder = SSEDecoder()
    decoder.feed(b"id: 5\nretry: 100\ndata: a\n\ndata: b")
    assert decoder.flush() == [ServerSentEvent("message", "b", "5", 100)]
    # A new stream: a BOM is dropped again, nothing of the old partial event is left.
    assert decoder.feed(b"\xef\xbb\xbfdata: c\n\n") == [ServerSentEvent("message", "c", "5", 100)]


# --- realistic Coze streams ----------------------------------------------------------

_CHAT = "7439120345217056808"
_CONV = "7439120345217040424"
_BOT = "7438816052963917864"
_MSG = "7439120372459421748"


def _chat(status: str, **extra: object) -> str:
    chat = {"id": _CHAT, "conversation_id": _CONV, "bot_id": _BOT, "created_at": 1732262400, "status": status}
    return json.dumps({**chat, **extra}, ensure_ascii=False, separators=(",", ":"))


def _message(content: str, **extra: object) -> str:
    message = {
        "id": _MSG,
        "conversation_id": _CONV,
        "bot_id": _BOT,
        "chat_id": _CHAT,
        "role": "assistant",
        "type": "answer",
        "content": content,
        "content_type": "text",
    }
    return json.dumps({**message, **extra}, ensure_ascii=False, separators=(",", ":"))


COZE_CHAT_EVENTS = [
    ("conversation.chat.created", _chat("created")),
    ("conversation.chat.in_progress", _chat("in_progress")),
    ("conversation.message.delta", _message("今天")),
    ("conversation.message.delta", _message("是星期五\u2028")),
    ("conversation.message.delta", _message("。🎉")),
    ("conversation.message.completed", _message("今天是星期五\u2028。🎉", created_at=1732262401)),
    (
        "conversation.chat.completed",
        _chat("completed", usage={"token_count": 412, "output_count": 9, "input_count": 403}),
    ),
    ("done", '"[DONE]"'),
]


def coze_chat_body(trailing_blank_line: bool) -> bytes:
    # Coze writes "event:" and "data:" without a space, and may end without a blank line.
    body = "".join(f"event:{name}\ndata:{data}\n\n" for name, data in COZE_CHAT_EVENTS)
    return (body if trailing_blank_line else body[:-1]).encode()


@pytest.mark.parametrize("trailing_blank_line", [True, False])
@pytest.mark.parametrize("chunk_size", [1, 3, 64, 65536])
def test_coze_chat_stream(trailing_blank_line: bool, chunk_size: int) -> None:
    body = coze_chat_body(trailing_blank_line)
    chunks = [body[i : i + chunk_size] for i in range(0, len(body), chunk_size)]
    events = list(iter_events(chunks))
    assert [(e.event, e.data) for e in events] == COZE_CHAT_EVENTS
    deltas = [e.json()["content"] for e in events if e.event == "conversation.message.delta"]
    assert "".join(deltas) == events[5].json()["content"]
    assert events[6].json()["usage"]["token_count"] == 412
    assert events[-1].json() == "[DONE]"
    assert all(e.id is None and e.retry is None for e in events)


WORKFLOW_BODY = (
    "id: 0\n"
    "event: Message\n"
    'data: {"content":"正在查询","node_is_finish":false,"node_seq_id":"0","node_title":"Message"}\n'
    "\n"
    ": PING\n"
    "\n"
    "id: 1\n"
    "event: Message\n"
    'data: {"content":"北京: 晴","node_is_finish":true,"node_seq_id":"1","node_title":"Message"}\n'
    "\n"
    "id: 2\n"
    "event: Interrupt\n"
    'data: {"interrupt_data":{"event_id":"7439125417251504137/1254983471246",'
    '"type":2},"node_title":"Question"}\n'
    "\n"
    "id: 3\n"
    "event: Message\n"
    'data: {"content":"完成","cost":"0.00","node_is_finish":true,"node_seq_id":"0","node_title":"End","token":105}\n'
    "\n"
    "id: 4\n"
    "event: Done\n"
    'data: {"debug_url":"https://www.coze.cn/work_flow?execute_id=7439125417251504138'
    '&space_id=7432091234567890123&workflow_id=7439119876543210987"}\n'
    "\n"
).replace("\n", "\r\n")


def test_coze_workflow_stream_with_ids() -> None:
    body = WORKFLOW_BODY.encode()
    for chunks in ([body], bytewise(body), [body[i : i + 50] for i in range(0, len(body), 50)]):
        events = decode(chunks)
        assert [(e.id, e.event) for e in events] == [
            ("0", "Message"),
            ("1", "Message"),
            ("2", "Interrupt"),
            ("3", "Message"),
            ("4", "Done"),
        ]
        assert events[1].json()["content"] == "北京: 晴"
        assert events[2].json()["interrupt_data"]["type"] == 2
        assert events[4].json()["debug_url"].startswith("https://www.coze.cn/work_flow?")


# --- the iterator helpers ------------------------------------------------------------


def test_iter_events_is_lazy_and_flushes_at_the_end() -> None:
    pulled: list[bytes] = []

    def source() -> Iterable[bytes]:
        for chunk in (b"data: a\n\nda", b"ta: b"):
            pulled.append(chunk)
            yield chunk

    events = iter_events(source())
    assert next(events).data == "a"
    assert pulled == [b"data: a\n\nda"]
    assert [e.data for e in events] == ["b"]


def test_iter_events_does_not_flush_when_the_source_fails() -> None:
    def source() -> Iterable[bytes]:
        yield b"data: a\n\ndata: partial"
        raise ConnectionError("reset")

    events = iter_events(source())
    assert next(events).data == "a"
    with pytest.raises(ConnectionError):
        next(events)


@pytest.mark.asyncio
async def test_aiter_events() -> None:
    body = coze_chat_body(trailing_blank_line=False)

    async def source() -> AsyncIterator[bytes]:
        for i in range(0, len(body), 5):
            yield body[i : i + 5]

    events = [event async for event in aiter_events(source())]
    assert [(e.event, e.data) for e in events] == COZE_CHAT_EVENTS


@pytest.mark.asyncio
async def test_aiter_events_empty_source() -> None:
    async def source() -> AsyncIterator[bytes]:
        return
        yield b""  # pragma: no cover - makes this an async generator

    assert [event async for event in aiter_events(source())] == []


# --- property: chunk boundaries never matter -----------------------------------------

# Values never hold CR or LF (they cannot be encoded in one SSE line); everything else
# may appear, including ":" and the characters str.splitlines() would break on.
_value_chars = st.one_of(
    st.characters(codec="utf-8", exclude_characters="\r\n"),
    st.sampled_from(["\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x1c", ":", " ", "é", "😀", "中"]),
)
_values = st.text(_value_chars, max_size=12)
_ids = st.text(st.characters(codec="utf-8", exclude_characters="\r\n\x00"), max_size=6)


@st.composite
def _streams(draw: st.DrawFn) -> tuple[bytes, list[tuple[str, str, str | None, int | None]]]:
    """A random event-stream body and the events it must decode to."""
    eol = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    lines: list[str] = []
    expected: list[tuple[str, str, str | None, int | None]] = []
    last_id: str | None = None
    retry: int | None = None

    def field(name: str, value: str) -> str:
        # "name:value" only when the value has no leading space to lose.
        spaced = draw(st.booleans()) or value.startswith(" ")
        return f"{name}: {value}" if spaced else f"{name}:{value}"

    for _ in range(draw(st.integers(0, 6))):
        others: list[str] = []
        if draw(st.booleans()):
            others.append(":" + draw(_values))
        name = draw(st.one_of(st.none(), _values))
        if name is not None:
            others.append(field("event", name))
        event_id = draw(st.one_of(st.none(), _ids))
        if event_id is not None:
            others.append(field("id", event_id))
            last_id = event_id
        new_retry = draw(st.one_of(st.none(), st.integers(0, 10**6)))
        if new_retry is not None:
            others.append(field("retry", str(new_retry)))
            retry = new_retry
        data = draw(st.lists(_values, min_size=1, max_size=4))
        block = [field("data", line) for line in data]
        # The other fields (and the comment) may sit anywhere between the data lines.
        for line in others:
            block.insert(draw(st.integers(0, len(block))), line)
        lines.extend(block)
        lines.append("")
        expected.append((name or "message", "\n".join(data), last_id, retry))
    text = eol.join(lines) + (eol if lines else "")
    cut_last_blank_line = draw(st.booleans())
    if lines and cut_last_blank_line:
        text = text[: -2 * len(eol)]  # the last event ends with the stream, not a blank line
    bom = "\ufeff" if draw(st.booleans()) else ""
    return (bom + text).encode(), expected


@settings(max_examples=300, deadline=None)
@given(stream=_streams(), data=st.data())
def test_any_chunking_gives_the_same_events(
    stream: tuple[bytes, list[tuple[str, str, str | None, int | None]]], data: st.DataObject
) -> None:
    body, expected = stream
    whole = as_tuples(decode([body]))
    assert whole == expected
    cuts = sorted(data.draw(st.lists(st.integers(0, len(body)), max_size=20), label="cuts"))
    bounds = [0, *cuts, len(body)]
    chunks = [body[a:b] for a, b in itertools.pairwise(bounds)]
    assert as_tuples(decode(chunks)) == whole
    assert as_tuples(decode(bytewise(body))) == whole
