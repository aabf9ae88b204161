"""Builders for the messages a chat is sent: `Message.user("Hi")`, multimodal parts.

They return the generated `EnterMessage` model, so they fit wherever the tree takes one.
A multimodal message is sent the way Coze wants it: `content_type="object_string"` and
`content` a JSON *string* holding the list of parts (a raw list is silently ignored by the
server, the bug behind coze-py#84).

The models are imported on first use, so importing the SDK loads none.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from coze_api.models import EnterMessage, ObjectStringItem

__all__ = ["Message", "audio_part", "file", "image", "text"]

# Text, or the parts of a multimodal message (a plain str in the list is a text part).
Content = str | Sequence["ObjectStringItem | str"]


def text(value: str) -> ObjectStringItem:
    """A text part of a multimodal message."""
    from coze_api.models import ObjectStringItem

    if not isinstance(value, str):
        raise TypeError(f"text must be a str, not {type(value).__name__}")
    return ObjectStringItem(type="text", text=value)


def _media(kind: Literal["image", "file", "audio"], file_id: str | None, url: str | None) -> ObjectStringItem:
    from coze_api.models import ObjectStringItem

    if file_id is not None and url is None:
        return ObjectStringItem(type=kind, file_id=file_id)
    if url is not None and file_id is None:
        return ObjectStringItem(type=kind, file_url=url)
    raise ValueError(f"{kind}: pass exactly one of file_id= (an uploaded file) or url=")


def image(*, file_id: str | None = None, url: str | None = None) -> ObjectStringItem:
    """An image part: an uploaded file's id, or a public URL."""
    return _media("image", file_id, url)


def file(*, file_id: str | None = None, url: str | None = None) -> ObjectStringItem:
    """A file part: an uploaded file's id, or a public URL."""
    return _media("file", file_id, url)


def audio_part(*, file_id: str | None = None, url: str | None = None) -> ObjectStringItem:
    """An audio part: an uploaded file's id, or a public URL (`coze_ext.audio` is the audio module)."""
    return _media("audio", file_id, url)


def _build(
    role: Literal["user", "assistant"],
    kind: Literal["question", "answer"],
    content: Content,
    meta_data: Mapping[str, str] | None,
) -> EnterMessage:
    from coze_api.models import EnterMessage, ObjectStringItem

    content_type: Literal["text", "object_string"]
    if isinstance(content, str):
        body, content_type = content, "text"
    elif isinstance(content, Sequence) and content:
        parts = [part if isinstance(part, ObjectStringItem) else text(part) for part in content]
        body = json.dumps([part.to_dict() for part in parts], ensure_ascii=False)
        content_type = "object_string"
    else:
        raise TypeError("content must be a str or a non-empty list of parts (text(), image(), file(), audio_part())")
    return EnterMessage(
        role=role, type=kind, content=body, content_type=content_type, meta_data=dict(meta_data) if meta_data else None
    )


class Message:
    """Build the messages you send to a chat (`additional_messages=[...]`)."""

    @staticmethod
    def user(content: Content, *, meta_data: Mapping[str, str] | None = None) -> EnterMessage:
        """The user's question: text, or a list of parts such as `[text("What is this?"), image(file_id=...)]`."""
        return _build("user", "question", content, meta_data)

    @staticmethod
    def assistant(content: Content, *, meta_data: Mapping[str, str] | None = None) -> EnterMessage:
        """An earlier answer of the bot, given as context."""
        return _build("assistant", "answer", content, meta_data)
