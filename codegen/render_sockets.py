"""`sockets.py`: the typed frames of every WebSocket endpoint in `x-coze-websockets`.

For each endpoint: the enum and classes of the frames the server sends (`event_type` a
Literal member, `data` the frame's model, `detail` the envelope's `WsEventDetail`), their
union, the classes of the frames a client sends (constructible, `to_dict()` gives the
frame), a mixin of one typed sender per client frame (`ws.chat_update(...)`, added by the
runtime to its socket class), the sync and async socket Protocols a `connect()` returns,
and the `EventMap`s the runtime reads.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from describe import Arg, parameter_args
from pytypes import TypeMapper
from render_events import EventDef, Family, model_imports, render_enum
from render_text import clean, docstring, header
from spec import constant, pascal

DETAIL_SCHEMA = "WsEventDetail"
"""The schema of a frame's `detail` (logid, origin_message...): the same for every endpoint."""


@dataclass
class Endpoint:
    """One `x-coze-websockets` entry."""

    resource: str
    path: str
    summary: str
    description: str
    args: list[Arg]
    downstream: Family
    upstream: Family

    @property
    def op_id(self) -> str:
        return self.resource.replace(".", "_")

    @property
    def const(self) -> str:
        return self.op_id.upper() + "_CONNECT"

    @property
    def socket(self) -> str:
        """`ChatSocket` for `websockets.chat`, `SpeechSocket` for `websockets.audio.speech`."""
        return pascal(self.resource.rsplit(".", 1)[1]) + "Socket"

    @property
    def names(self) -> frozenset[str]:
        found: frozenset[str] = frozenset()
        for arg in self.args:
            found |= arg.type.names
        return found


def describe_endpoints(spec: dict[str, Any], mapper: TypeMapper, families: list[Family]) -> list[Endpoint]:
    by_name = {family.name: family for family in families}
    endpoints = []
    for resource, raw in (spec.get("x-coze-websockets") or {}).items():
        op = {"parameters": raw.get("parameters") or []}
        endpoints.append(
            Endpoint(
                resource=str(resource),
                path=str(raw["path"]),
                summary=str(raw.get("summary", "")),
                description=str(raw.get("description", "")),
                args=parameter_args(spec, mapper, str(resource).replace(".", "_"), op),
                downstream=by_name[str(raw["downstream"])],
                upstream=by_name[str(raw["upstream"])],
            )
        )
    if endpoints:
        mapper.map(
            {"$ref": f"#/components/schemas/{DETAIL_SCHEMA}"},
            owner="x-coze-websockets",
            field_name="detail",
            side="response",
        )
    return endpoints


def socket_names(endpoints: list[Endpoint]) -> list[str]:
    """Every public name `sockets.py` defines."""
    names: set[str] = set()
    for endpoint in endpoints:
        for family in (endpoint.downstream, endpoint.upstream):
            names |= {family.enum, family.name} | {event.cls for event in family.events}
        socket = endpoint.socket
        names |= {socket, f"Async{socket}", f"{socket}Senders", f"Async{socket}Senders"}
    return sorted(names)


def render_sockets(endpoints: list[Endpoint], home: dict[str, str]) -> str:
    families = [family for endpoint in endpoints for family in (endpoint.downstream, endpoint.upstream)]
    out = [
        header("The typed frames of every WebSocket endpoint, their senders and the socket protocols."),
        "from __future__ import annotations\n\n",
        "from collections.abc import Callable, Mapping\nfrom enum import StrEnum\n",
        "from typing import Literal, Protocol, TypeAlias, overload\n\n",
        "from ._events import ClientEvent, EventMap, SocketEvent, UnknownSocketEvent\n",
        "from ._runtime import AsyncSocket, Socket\n",
        "from .types import JsonValue\n",
    ]
    out += model_imports(families, home, frozenset({DETAIL_SCHEMA} if endpoints else ()))
    out.append(
        "\n\nclass _Sender(Protocol):\n"
        "    def send(self, event: ClientEvent | Mapping[str, object]) -> None: ...\n"
        "\n\nclass _AsyncSender(Protocol):\n"
        "    async def send(self, event: ClientEvent | Mapping[str, object]) -> None: ...\n"
    )
    done: set[str] = set()
    for endpoint in endpoints:
        for family, render in ((endpoint.downstream, render_server_event), (endpoint.upstream, render_client_event)):
            if family.name in done:
                continue
            done.add(family.name)
            out.append("\n\n" + render_enum(family))
            for event in family.events:
                out.append("\n\n" + render(family, event))
            union = " | ".join(event.cls for event in family.events)
            out.append(f"\n\n{family.name}: TypeAlias = {union}\n")
            out.append(f'"""{clean(family.description)}"""\n')
        out.append("\n\n" + render_senders(endpoint, is_async=False))
        out.append("\n\n" + render_senders(endpoint, is_async=True))
        out.append("\n\n" + render_protocol(endpoint, is_async=False))
        out.append("\n\n" + render_protocol(endpoint, is_async=True))
    out.append("\n\n")
    ordered = list(dict.fromkeys(family.name for family in families))
    by_name = {family.name: family for family in families}
    for name in ordered:
        family = by_name[name]
        classes = ", ".join(f"{event.name!r}: {event.cls}" for event in family.events)
        out.append(f"{constant(name)} = EventMap({name!r}, {{{classes}}})\n")
    out.append("EVENT_MAPS: dict[str, EventMap] = {\n")
    out += [f"    {name!r}: {constant(name)},\n" for name in ordered]
    out.append("}\n")
    out.append(f"\n__all__ = {socket_names(endpoints)!r}\n")
    return "".join(out)


def render_server_event(family: Family, event: EventDef) -> str:
    member = f"{family.enum}.{constant(event.name)}"
    what = f"`data` is a `{event.data}`" if event.data else "`data` is the decoded JSON, if any"
    out = [
        f"class {event.cls}(SocketEvent):\n",
        docstring(f"The `{event.name}` frame; {what}.", "    "),
        "\n    __slots__ = ()\n",
        f"    event_type: Literal[{member}] = {member}\n",
        f"    data: {event.data or 'JsonValue'}\n",
        f"    detail: {DETAIL_SCHEMA}\n",
    ]
    if event.data:
        out.append(f"    data_model = {event.data}\n")
    return "".join(out)


def parameters(event: EventDef) -> str:
    """A client frame's parameters: its data (frames without data take none) and its id."""
    data = f"data: {event.data} | Mapping[str, object] | None = None, " if event.data else ""
    return f"{data}*, id: str | None = None"


def render_client_event(family: Family, event: EventDef) -> str:
    member = f"{family.enum}.{constant(event.name)}"
    what = f"; `data` is a `{event.data}`." if event.data else " (it carries no data)."
    data = f"{event.data} | Mapping[str, object] | None" if event.data else "None"
    return (
        f"class {event.cls}(ClientEvent):\n"
        + docstring(f"The `{event.name}` frame a client sends{what}", "    ")
        + "\n    __slots__ = ()\n"
        + f"    event_type: Literal[{member}] = {member}\n"
        + f"    data: {data}\n"
        + (f"    data_model = {event.data}\n" if event.data else "")
        + "\n"
        + f"    def __init__(self, {parameters(event)}) -> None:\n"
        + f"        self.data = {'data' if event.data else 'None'}\n        self.id = id\n"
    )


def sender_name(event: EventDef) -> str:
    """`chat.update` -> `chat_update`, `input_audio_buffer.append` -> `input_audio_buffer_append`."""
    return constant(event.name).lower()


def render_senders(endpoint: Endpoint, is_async: bool) -> str:
    prefix = "Async" if is_async else ""
    sender = "_AsyncSender" if is_async else "_Sender"
    out = [f"class {prefix}{endpoint.socket}Senders:\n"]
    out.append(
        docstring(f"One typed sender per frame a `{endpoint.path}` client sends (the socket provides `send`).", "    ")
    )
    for event in endpoint.upstream.events:
        data = "data, " if event.data else ""
        out.append(
            f"\n    {'async def' if is_async else 'def'} {sender_name(event)}(self: {sender}, {parameters(event)}) -> None:\n"
            f'        """Send one `{event.name}` frame."""\n'
            f"        {'await ' if is_async else ''}self.send({event.cls}({data}id=id))\n"
        )
    return "".join(out)


def render_protocol(endpoint: Endpoint, is_async: bool) -> str:
    prefix = "Async" if is_async else ""
    base = "AsyncSocket" if is_async else "Socket"
    out = [
        f"class {prefix}{endpoint.socket}({base}[{endpoint.downstream.name}, {endpoint.upstream.name}], Protocol):\n"
    ]
    doc = endpoint.summary.rstrip(".") + f" (`{endpoint.path}`): iterate its `{endpoint.downstream.name}`s."
    out.append(docstring(doc, "    "))
    for event in endpoint.upstream.events:
        out.append(
            f"\n    {'async def' if is_async else 'def'} {sender_name(event)}(self, {parameters(event)}) -> None:\n"
            f'        """Send one `{event.name}` frame."""\n'
            "        ...\n"
        )
    out.append(render_handlers(endpoint.downstream))
    return "".join(out)


def render_handlers(family: Family) -> str:
    """`on` overloads: a handler registered for an event type receives that type's class."""
    out = []
    for event in family.events:
        member = f"{family.enum}.{constant(event.name)}"
        out.append(
            f"\n    @overload\n    def on(self, event_type: Literal[{member}], handler: Callable[[{event.cls}], object]) -> None: ..."
            "\n"
        )
    out.append(
        f"\n    @overload\n    def on(self, event_type: str, handler: Callable[[{family.name} | UnknownSocketEvent], object]) -> None:"
        '\n        """Call `handler` with every event of this type as iteration reaches it."""\n'
    )
    return "".join(out)
