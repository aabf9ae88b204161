"""Message builders: plain and multimodal messages, as Coze wants them on the wire."""

from __future__ import annotations

import json

import httpx
import pytest

from coze_ext import Coze, Message, audio_part, file, image, text
from coze_ext.types import EnterMessage


def test_user_text_message() -> None:
    message = Message.user("Hello!")
    assert isinstance(message, EnterMessage)
    assert message.to_dict() == {"role": "user", "type": "question", "content": "Hello!", "content_type": "text"}


def test_assistant_message_with_meta_data() -> None:
    message = Message.assistant("Hi, how can I help?", meta_data={"source": "history"})
    assert message.to_dict() == {
        "role": "assistant",
        "type": "answer",
        "content": "Hi, how can I help?",
        "content_type": "text",
        "meta_data": {"source": "history"},
    }


def test_multimodal_message_is_object_string_with_a_json_string_content() -> None:
    message = Message.user(
        [
            text("什么是这个?"),
            image(file_id="f-1"),
            file(url="https://example.com/a.pdf"),
            audio_part(file_id="f-2"),
            "bare",
        ]
    )
    wire = message.to_dict()
    assert wire["content_type"] == "object_string"
    assert isinstance(wire["content"], str)  # a raw list would be ignored by the server
    assert json.loads(wire["content"]) == [
        {"type": "text", "text": "什么是这个?"},
        {"type": "image", "file_id": "f-1"},
        {"type": "file", "file_url": "https://example.com/a.pdf"},
        {"type": "audio", "file_id": "f-2"},
        {"type": "text", "text": "bare"},
    ]
    assert "\\u" not in wire["content"]  # CJK stays readable


@pytest.mark.parametrize(
    "build",
    [
        lambda: image(),
        lambda: image(file_id="a", url="https://b"),
        lambda: file(),
    ],
)
def test_a_media_part_needs_exactly_one_source(build: object) -> None:
    with pytest.raises(ValueError, match="exactly one"):
        build()  # type: ignore[operator]


@pytest.mark.parametrize("content", [[], 42, None])
def test_bad_content_is_rejected(content: object) -> None:
    with pytest.raises(TypeError):
        Message.user(content)  # type: ignore[arg-type]


def test_builders_reach_the_wire() -> None:
    bodies: list[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        bodies.append(request.content)
        return httpx.Response(200, json={"code": 0, "data": {"id": "1", "conversation_id": "2"}})

    coze = Coze(token="t", http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    coze.chat.create(bot_id="b", user_id="u", additional_messages=[Message.user([text("hi"), image(url="u")])])
    sent = json.loads(bodies[0])["additional_messages"][0]
    assert sent["content_type"] == "object_string"
    assert json.loads(sent["content"]) == [{"type": "text", "text": "hi"}, {"type": "image", "file_url": "u"}]
