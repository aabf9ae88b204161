"""The bases of the generated event classes and the event maps that tie names to classes.

Each event a stream can send is a class of its own (generated from the spec's
`x-coze-event-maps`) whose `event` is a `Literal` enum member, so a type checker narrows
`event.data` after `if event.event == ChatEventType.CONVERSATION_MESSAGE_DELTA:`. The
runtime builds them: it decodes the data, checks it against the event's model and fills
the slots; an event the SDK does not know arrives as `UnknownStreamEvent`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .types import JsonValue


class StreamEvent:
    """One Server-Sent Event of a Coze stream: `event` (its name), `data` (typed per event),
    `raw` (the data text as it arrived), `id` (the SSE id) and `logid` (the stream's)."""

    __slots__ = ("data", "id", "logid", "raw")

    event: str
    data: object
    raw: str
    id: str | None
    logid: str | None

    data_model: ClassVar[type[Any] | None] = None
    """The model `data` is parsed into; None when it is kept as decoded JSON."""

    @property
    def message(self) -> object:
        """The message an event carries (message events), else None."""
        return None

    @property
    def chat(self) -> object:
        """The chat a `conversation.chat.*` event carries, else None."""
        return None

    def __repr__(self) -> str:
        return f"{type(self).__name__}(event={str(self.event)!r}, id={self.id!r}, raw={self.raw[:80]!r})"


class UnknownStreamEvent(StreamEvent):
    """An event whose name this version of the SDK does not know: `event` is the raw name
    and `data` the decoded JSON (or the text, when it is not JSON). Nothing is dropped."""

    __slots__ = ("event",)

    event: str
    data: JsonValue


@dataclass(frozen=True)
class EventMap:
    """The events of one family of streams: which class each name builds, and the names
    the runtime gives a role (see `x-coze-event-maps` in the spec)."""

    name: str
    classes: Mapping[str, type[StreamEvent]]
    terminal: frozenset[str] = frozenset()
    """Events that end the stream normally (delivered, then iteration stops)."""
    errors: frozenset[str] = frozenset()
    """Events that carry a failure (raised as an error instead of delivered)."""
    message_events: frozenset[str] = frozenset()
    """Events whose `message` accessor returns their data."""
    text_events: frozenset[str] = frozenset()
    """Events whose message content makes up the answer text (`stream.text()`)."""
    complete_message_events: frozenset[str] = frozenset()
    """Events that carry a whole message (`stream.messages()`)."""
    chat_events: frozenset[str] = frozenset()
    """Events that carry the chat (`stream.final_chat()`, `stream.recover()`)."""

    def parser(self, name: str) -> Callable[[Mapping[str, object]], object] | None:
        """How to build the data of event `name` from its JSON object (None: keep the decoded JSON)."""
        cls = self.classes.get(name)
        model = cls.data_model if cls is not None else None
        return model.from_dict if model is not None else None
