"""`events.py`: the typed events of every stream family in `x-coze-event-maps`.

For each family: a `str` enum of the event names, one class per event (`event` a Literal
member of that enum, `data` the event's model), the union of the events a stream delivers
(error events are raised, not delivered), the sync and async stream Protocols with the
family's typed helpers, and the `EventMap` the runtime reads.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pytypes import TypeMapper
from render_text import clean, docstring, header, wrap
from spec import constant, pascal
from spec_rules import EVENT_ROLES

# The roles an event map may give its events: the checker's list, which the generated
# `EventMap(...)` calls pass on as keyword arguments (so a role without a field fails mypy).
ROLES = EVENT_ROLES


@dataclass(frozen=True)
class EventDef:
    name: str
    data: str | None
    cls: str


@dataclass
class Family:
    name: str
    description: str
    enum: str
    events: list[EventDef]
    roles: dict[str, list[str]] = field(default_factory=dict)
    new_classes: set[str] = field(default_factory=set)
    kind: str = "sse"
    """`sse` (a stream's events) or `websocket` (a WebSocket's frames)."""

    def role(self, role: str) -> list[str]:
        return self.roles.get(role, [])

    def event(self, name: str) -> EventDef:
        return next(event for event in self.events if event.name == name)

    def schema_of(self, role: str) -> str | None:
        """The one data schema of the events with `role`, if any."""
        found = {self.event(name).data for name in self.role(role)}
        return found.pop() if len(found) == 1 else None


def read_families(spec: dict[str, Any]) -> list[Family]:
    """The event maps of the spec, with `extends` resolved."""
    maps: dict[str, Any] = spec.get("x-coze-event-maps") or {}
    done: dict[str, Family] = {}

    def build(name: str) -> Family:
        if name in done:
            return done[name]
        raw = maps[name]
        base = build(raw["extends"]) if raw.get("extends") else None
        prefix = raw.get("prefix", "")
        own: list[EventDef] = []
        for event, entry in (raw.get("events") or {}).items():
            data = entry.get("data") if isinstance(entry, dict) else entry
            cls = entry.get("class") if isinstance(entry, dict) and entry.get("class") else None
            own.append(EventDef(event, data, cls or f"{prefix}{pascal(event)}Event"))
        if base is not None:
            replaced = {event.name: event for event in own}
            events = [replaced.pop(event.name, event) for event in base.events] + list(replaced.values())
            roles = {role: list(raw.get(role, base.role(role))) for role in ROLES}
            enum = raw.get("enum", base.enum)
        else:
            events, roles, enum = own, {role: list(raw.get(role, [])) for role in ROLES}, raw["enum"]
        kind = str(raw.get("kind", base.kind if base else "sse"))
        family = Family(name, raw.get("description", name), enum, events, roles, {event.cls for event in own}, kind)
        done[name] = family
        return family

    return [build(name) for name in maps]


def register_data(mapper: TypeMapper, families: list[Family]) -> None:
    """Register the models the events carry, so the models package contains them."""
    for family in families:
        for event in family.events:
            if event.data is not None:
                mapper.map(
                    {"$ref": f"#/components/schemas/{event.data}"},
                    owner=family.name,
                    field_name=event.name,
                    side="response",
                )


def event_names(families: list[Family]) -> list[str]:
    """Every public name `events.py` defines."""
    names = {family.enum for family in families} | {event.cls for family in families for event in family.events}
    for family in families:
        names |= {family.name, f"{family.name}Stream", f"Async{family.name}Stream"}
    names |= {poll_class(chat) for chat, _ in polls(families)}
    return sorted(names)


def poll_class(chat: str) -> str:
    """The class of a `chat` polled to its end (`ChatPoll`)."""
    return f"{chat}Poll"


def polls(families: list[Family]) -> list[tuple[str, str]]:
    """The (chat schema, message schema) of every family whose streams can be recovered by
    polling: those with chat events and completed messages."""
    found = {
        (chat, message)
        for family in families
        if (chat := family.schema_of("chat_events")) and (message := family.schema_of("complete_message_events"))
    }
    chats = [chat for chat, _ in found]
    if len(chats) != len(set(chats)):
        raise ValueError(f"one chat schema polls to different message schemas: {sorted(found)}")
    return sorted(found)


def render_poll(chat: str, message: str) -> str:
    name = poll_class(chat)
    return (
        f"class {name}:\n"
        + docstring(
            f"A {chat.lower()} polled to its end (`create_and_poll`, a stream's `recover()`): "
            f"the final `{chat}` and its `{message}`s.",
            "    ",
        )
        + '\n    __slots__ = ("chat", "messages")\n\n'
        + f"    def __init__(self, chat: {chat}, messages: list[{message}]) -> None:\n"
        + "        self.chat = chat\n        self.messages = messages\n\n"
        + "    @property\n    def logid(self) -> str | None:\n"
        + f'        """The logid of the last look at the {chat.lower()}."""\n'
        + "        return self.chat.logid\n\n"
        + "    def __repr__(self) -> str:\n"
        + f'        return f"{name}(chat={{self.chat!r}}, messages=[{{len(self.messages)}} messages])"\n'
    )


def model_imports(families: list[Family], home: dict[str, str], extra: frozenset[str] = frozenset()) -> list[str]:
    """`from .models.<module> import ...` lines for the models the events carry."""
    data_models = {event.data for family in families for event in family.events if event.data} | extra
    by_module: dict[str, list[str]] = {}
    for name in sorted(data_models):
        by_module.setdefault(home[name], []).append(name)
    return [f"from .models.{module} import {', '.join(names)}\n" for module, names in sorted(by_module.items())]


def render_events(families: list[Family], home: dict[str, str]) -> str:
    out = [
        header("The typed events of every stream: their name enums, classes, unions and stream protocols."),
        "from __future__ import annotations\n\n",
        "from collections.abc import Callable\nfrom enum import StrEnum\nfrom typing import Literal, Protocol, TypeAlias\n\n",
        "from ._events import EventMap, StreamEvent\n",
        "from ._runtime import AsyncStream, Stream\n",
        "from .types import JsonValue\n",
    ]
    out += model_imports(families, home)
    for chat, message in polls(families):
        out.append("\n\n" + render_poll(chat, message))
    done: set[str] = set()
    for family in families:
        if family.enum not in done:
            done.add(family.enum)
            out.append("\n\n" + render_enum(family))
        for event in family.events:
            if event.cls not in done:
                done.add(event.cls)
                out.append("\n\n" + render_event_class(family, event))
        out.append("\n\n" + render_union(family))
        out.append("\n\n" + render_protocols(family))
    out.append("\n\n")
    for family in families:
        out.append(render_map(family))
    out.append("EVENT_MAPS: dict[str, EventMap] = {\n")
    out += [f"    {family.name!r}: {constant(family.name)},\n" for family in families]
    out.append("}\n")
    out.append(f"\n__all__ = {event_names(families)!r}\n")
    return "".join(out)


def render_enum(family: Family) -> str:
    summary = f"The names of the `{family.name}` events, equal to their wire names."
    out = [f"class {family.enum}(StrEnum):\n", docstring(summary, "    ", wrap(family.description, 84)), "\n"]
    out += [f"    {constant(event.name)} = {event.name!r}\n" for event in family.events]
    return "".join(out)


def render_event_class(family: Family, event: EventDef) -> str:
    member = f"{family.enum}.{constant(event.name)}"
    data = event.data or "JsonValue"
    what = (
        f"`data` is a `{event.data}`" if event.data else "`data` is the decoded JSON (or the text, if it is not JSON)"
    )
    out = [
        f"class {event.cls}(StreamEvent):\n",
        docstring(f"The `{event.name}` event; {what}.", "    "),
        "\n    __slots__ = ()\n",
        f"    event: Literal[{member}] = {member}\n",
        f"    data: {data}\n",
    ]
    if event.data:
        out.append(f"    data_model = {event.data}\n")
    for accessor, role in (("message", "message_events"), ("chat", "chat_events")):
        if event.name in family.role(role):
            out.append(f"\n    @property\n    def {accessor}(self) -> {data}:\n        return self.data\n")
        else:
            out.append(f"\n    @property\n    def {accessor}(self) -> None:\n        return None\n")
    return "".join(out)


def render_union(family: Family) -> str:
    delivered = [event.cls for event in family.events if event.name not in family.role("errors")]
    return (
        f"{family.name}: TypeAlias = {' | '.join(delivered)}\n"
        f'"""{clean("Every event a stream of this family delivers: " + family.description)}"""\n'
    )


def render_protocols(family: Family) -> str:
    message = family.schema_of("complete_message_events")
    chat = family.schema_of("chat_events")
    sync = [f"class {family.name}Stream(Stream[{family.name}], Protocol):\n"]
    sync.append(docstring(f"A stream of `{family.name}`s: {family.description}", "    "))
    asynchronous = [f"class Async{family.name}Stream(AsyncStream[{family.name}], Protocol):\n"]
    asynchronous.append(docstring(f"The async twin of `{family.name}Stream`.", "    "))
    if message:
        sync.append(f"\n    def messages(self) -> list[{message}]:\n")
        sync.append(
            '        """Read the rest of the stream; return its completed messages, in order."""\n        ...\n'
        )
        asynchronous.append(f"\n    async def messages(self) -> list[{message}]: ...\n")
    if chat:
        sync.append(f"\n    def final_chat(self) -> {chat} | None:\n")
        sync.append('        """Read the rest of the stream; return the chat as its last chat event left it."""\n')
        sync.append("        ...\n")
        asynchronous.append(f"\n    async def final_chat(self) -> {chat} | None: ...\n")
    if chat and message:
        signature = (
            "*, poll_timeout: float | None = ..., poll_interval: float = ..., "
            f"on_status: Callable[[{chat}], object] | None = ..."
        )
        result = poll_class(chat)
        sync.append(f"\n    def recover(self, {signature}) -> {result}:\n")
        sync.append('        """Finish a chat whose stream broke off by polling it to its end."""\n        ...\n')
        asynchronous.append(f"\n    async def recover(self, {signature}) -> {result}: ...\n")
    if len(sync) == 2:
        sync.append("\n    pass\n")
        asynchronous.append("\n    pass\n")
    return "".join(sync) + "\n\n" + "".join(asynchronous)


def render_map(family: Family) -> str:
    classes = ", ".join(f"{event.name!r}: {event.cls}" for event in family.events)
    roles = "".join(f"    {role}=frozenset({tuple(family.role(role))!r}),\n" for role in ROLES if family.role(role))
    return f"{constant(family.name)} = EventMap(\n    {family.name!r},\n    {{{classes}}},\n{roles})\n"
