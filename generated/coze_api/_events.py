"""The bases of the generated event classes and the event maps that tie names to classes.

Each event a stream or a WebSocket can send is a class of its own (generated from the
spec's `x-coze-event-maps`) whose name field (`event` for Server-Sent Events, `event_type`
for WebSocket frames) is a `Literal` enum member, so a type checker narrows `event.data`
after `if event.event == ChatEventType.CONVERSATION_MESSAGE_DELTA:`. The runtime builds
them: it decodes the data, checks it against the event's model and fills the slots; an
event the SDK does not know arrives as `UnknownStreamEvent` / `UnknownSocketEvent`.
Frames a client sends are `ClientEvent`s, built by the caller (or the typed senders).

Copied from codegen/static/_events.py by `make gen`; never edit by hand.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, NamedTuple

from ._model import CozeModel, to_jsonable, with_base64
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


class JsonObject(dict[str, JsonValue]):
    """The data of an event the SDK does not know: a dict whose keys also read as attributes."""

    def __getattr__(self, name: str) -> JsonValue:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None


class SocketEvent:
    """One frame a Coze WebSocket server sent: `event_type` (its name), `id`, `data` (typed
    per event), `detail` (the frame's `logid`, `origin_message`...) and `raw` (the frame text)."""

    __slots__ = ("data", "detail", "id", "raw")

    event_type: str
    id: str | None
    data: object
    detail: object
    raw: str

    data_model: ClassVar[type[Any] | None] = None
    """The model `data` is parsed into; None when it is kept as decoded JSON."""

    def __repr__(self) -> str:
        return f"{type(self).__name__}(event_type={str(self.event_type)!r}, id={self.id!r})"


class UnknownSocketEvent(SocketEvent):
    """A frame whose `event_type` this version of the SDK does not know: `event_type` is the
    raw name and `data` the decoded JSON (an object's keys also read as attributes)."""

    __slots__ = ("event_type",)

    event_type: str
    data: JsonValue


class ClientEvent:
    """A frame a client sends over a Coze WebSocket: `event_type`, `data` and an optional `id`."""

    __slots__ = ("data", "id")

    event_type: str
    data: object
    id: str | None

    data_model: ClassVar[type[CozeModel] | None] = None
    """The model of `data`; `data` may also be a dict of its fields (bytes for a base64 one)."""

    def to_dict(self) -> dict[str, JsonValue]:
        """The frame as JSON (`data` left out when there is none; bytes given for a base64
        field of its data encoded)."""
        frame: dict[str, JsonValue] = {"event_type": str(self.event_type)}
        if self.id is not None:
            frame["id"] = self.id
        if self.data is not None:
            frame["data"] = to_jsonable(with_base64(self.data_model, self.data))
        return frame

    def __repr__(self) -> str:
        return f"{type(self).__name__}(event_type={str(self.event_type)!r}, id={self.id!r})"


class EventMap(NamedTuple):
    """The events of one family of streams: which class each name builds, and the names
    the runtime gives a role (see `x-coze-event-maps` in the spec)."""

    name: str
    classes: Mapping[str, type[Any]]
    """Event name -> its class (a `StreamEvent`, `SocketEvent` or `ClientEvent` subclass)."""
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
        model = getattr(self.classes.get(name), "data_model", None)
        return model.from_dict if model is not None else None
