"""JSON decoding (coze_ext/_json.py): orjson where it is installed, every text decoded as
json.loads decodes it, what neither accepts raised as json's error; the stream and frame
hot paths take the same answers for the texts orjson refuses."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator

import orjson
import pytest
from coze_api.operations import WEBSOCKETS_CHAT_CONNECT
from loopback import LoopbackServer, serve, sse, stream_reply

from coze_ext import Coze, _json
from coze_ext.websockets._frames import FrameReader

CONV, CHAT, MSG = "7400000000000000001", "7400000000000000002", "7400000000000000003"

# Texts orjson refuses and json.loads accepts: each must decode as json.loads decodes it.
ORJSON_REFUSES = {
    "NaN": '{"score": NaN}',
    "Infinity": '{"score": -Infinity}',
    "a lone surrogate escape": '{"content": "\\ud83d"}',
    "a number beyond a double": '{"score": 1e400}',
}


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    yield from serve()


def test_the_parser_is_orjsons_where_it_is_installed() -> None:
    assert _json.parser() is orjson.loads


@pytest.mark.parametrize(
    "text",
    [
        '{"id": "7492837465019284112", "content": "一个小机器人 \\u2028 learned", "n": [1, -2.5, true, null]}',
        '{"big": 9223372036854775807, "small": -9223372036854775808, "nested": {"a": [{"b": {}}]}}',
        "  [1, 2, 3]\n",
        '"[DONE]"',
    ],
)
def test_plain_json_decodes_as_json_loads_decodes_it(text: str) -> None:
    assert _json.loads(text) == json.loads(text)
    assert _json.loads(text.encode()) == json.loads(text)


@pytest.mark.parametrize("name", list(ORJSON_REFUSES))
def test_what_orjson_refuses_decodes_as_json_loads_decodes_it(name: str) -> None:
    text = ORJSON_REFUSES[name]
    with pytest.raises(orjson.JSONDecodeError):
        orjson.loads(text)
    assert repr(_json.loads(text)) == repr(json.loads(text))


def test_a_byte_order_mark_is_read_as_json_loads_reads_it() -> None:
    assert _json.loads(b"\xef\xbb\xbf{}") == {}


@pytest.mark.parametrize("text", ["", "{", "<html>Bad gateway</html>", '{"a": 1} trailing'])
def test_what_neither_accepts_raises_jsons_error(text: str) -> None:
    with pytest.raises(json.JSONDecodeError) as caught:
        _json.loads(text)
    assert type(caught.value) is json.JSONDecodeError  # json's own, not orjson's subclass


def test_without_orjson_json_loads_does_the_work(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_json, "_parse", None)
    monkeypatch.setitem(sys.modules, "orjson", None)  # `import orjson` raises ImportError
    assert _json.parser() is json.loads
    assert _json.loads('{"score": NaN, "content": "\\ud83d"}')["content"] == "\ud83d"


def test_a_stream_event_orjson_refuses_still_reaches_its_model(server: LoopbackServer) -> None:
    delta = {"id": MSG, "conversation_id": CONV, "chat_id": CHAT, "role": "assistant", "type": "answer"}
    body = sse(
        ("conversation.chat.created", {"id": CHAT, "conversation_id": CONV, "status": "created"}),
        ("conversation.message.delta", {**delta, "content": "plain"}),
        ("conversation.message.delta", json.dumps(delta)[:-1] + ', "content": "\\ud83d"}'),
        ("conversation.chat.completed", {"id": CHAT, "conversation_id": CONV, "status": "completed"}),
        ("done", '"[DONE]"'),
    )
    server.routes["/v3/chat"] = lambda request: stream_reply(body)
    with Coze(token="t", base_url=server.base_url) as coze:
        contents = [event.message.content for event in coze.chat.stream(bot_id="b", user_id="u") if event.message]
    assert contents == ["plain", "\ud83d"]


def test_a_frame_orjson_refuses_still_reaches_its_model() -> None:
    reader = FrameReader(WEBSOCKETS_CHAT_CONNECT.spec)
    frame = (
        '{"id": "e1", "event_type": "conversation.message.delta", "detail": {"logid": "L1"},'
        ' "data": {"id": "m1", "conversation_id": "c1", "content": "\\ud83d", "role": "assistant"}}'
    )
    event = reader.read(frame)
    assert event.event_type == "conversation.message.delta"
    assert event.data.content == "\ud83d"  # type: ignore[attr-defined]
    assert event.detail is not None and event.detail.logid == "L1"  # type: ignore[attr-defined]
