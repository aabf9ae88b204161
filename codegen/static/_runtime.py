"""The interface between the generated resource tree and a client runtime.

The tree only describes operations and forwards calls; a runtime (coze_ext) implementing
`SyncRequester` / `AsyncRequester` sends them. Generated code never imports the runtime,
so the two evolve separately. `Operation[R]` carries its result type, `Paged[I]` its item
type, `Streamed[S, AS]` and `Connected[S, AS]` the stream or socket types of each client.

The Protocols below are the only declarations of what calls return (pages, streams,
sockets, binary and raw answers): the runtime's classes subclass them, so a type checker
holds each implementation to its Protocol, and users annotate with these names (exported
from `coze_ext`).
"""

from __future__ import annotations

import functools
import importlib
import os
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator, Mapping
from types import MappingProxyType
from typing import (
    TYPE_CHECKING,
    Any,
    Concatenate,
    Generic,
    Literal,
    NamedTuple,
    ParamSpec,
    Protocol,
    Self,
    TypeVar,
    overload,
    runtime_checkable,
)

from .types import UNSET, JsonValue, TimeoutInput, Unset

if TYPE_CHECKING:
    from ._events import EventMap

R = TypeVar("R")
I = TypeVar("I")  # noqa: E741 - the item type of a page
S = TypeVar("S")
AS = TypeVar("AS")
P = ParamSpec("P")
T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
U_contra = TypeVar("U_contra", contravariant=True)
# The type parameters of the operation descriptors only say what the runtime returns for
# them (nothing holds a value of that type), so they are covariant: a helper that takes any
# operation takes `Operation[object]`.
R_co = TypeVar("R_co", covariant=True)
I_co = TypeVar("I_co", covariant=True)
S_co = TypeVar("S_co", covariant=True)
AS_co = TypeVar("AS_co", covariant=True)

ParamLocation = Literal["path", "query", "header", "body", "form", "file"]


class Param(NamedTuple):
    """One input of an operation, as the method takes it and as the wire wants it."""

    name: str
    wire: str
    location: ParamLocation
    kind: str
    required: bool
    joined: bool = False


class ModelRef(NamedTuple):
    """A generated model class, named so it is imported only when a result needs it."""

    module: str
    name: str
    many: bool = False

    def load(self) -> type[Any]:
        return load_model(self.module, self.name)


class Pagination(NamedTuple):
    """How a list operation pages (see `x-coze-pagination` in the spec)."""

    style: Literal["page_number", "cursor", "page_token"]
    items: str
    size_param: str | None = None
    page_param: str | None = None
    has_more: str | None = None
    total: str | None = None
    cursor_param: str | None = None
    next_cursor: str | None = None
    token_param: str | None = None
    next_token: str | None = None


class StreamSpec(NamedTuple):
    """How an operation streams Server-Sent Events: the body flag that asks for a stream
    (dual-mode operations only) and the name of its event map in `coze_api.events`."""

    events: str
    flag: str | None = None

    def event_map(self) -> EventMap:
        return load_event_map(self.events)


class SocketSpec(NamedTuple):
    """A WebSocket endpoint (see `x-coze-websockets` in the spec): its path and handshake
    query parameters, the event maps of the frames it sends (`events`) and takes
    (`upstream`), both in `coze_api.sockets`, and the names of the classes there that add
    its typed senders to a socket (sync, async)."""

    id: str
    path: str
    params: tuple[Param, ...]
    events: str
    upstream: str
    senders: tuple[str, str]

    def event_map(self) -> EventMap:
        return load_event_map(self.events, module="sockets")

    def upstream_map(self) -> EventMap:
        return load_event_map(self.upstream, module="sockets")

    def sender_classes(self) -> tuple[type, type]:
        from . import sockets

        sync: type = getattr(sockets, self.senders[0])
        asynchronous: type = getattr(sockets, self.senders[1])
        return sync, asynchronous


class Operation(NamedTuple, Generic[R_co]):
    """Everything a runtime needs to send one Coze operation and read its answer; `R` is
    the type of its result."""

    id: str
    method: str
    path: str
    params: tuple[Param, ...]
    body: Literal["json", "multipart"] | None
    envelope: Literal["data", "none", "binary"]
    retry_safe: bool
    result: ModelRef | None
    pagination: Pagination | None = None
    stream: StreamSpec | None = None
    headers: Mapping[str, str] = MappingProxyType({})
    authenticated: bool = True


class Paged(NamedTuple, Generic[I_co]):
    """A list operation, typed by the items of its pages."""

    operation: Operation[object]


class Streamed(NamedTuple, Generic[S_co, AS_co]):
    """A streaming operation, typed by the stream it returns on `Coze` (S) and `AsyncCoze` (AS)."""

    operation: Operation[object]


class Connected(NamedTuple, Generic[S_co, AS_co]):
    """A WebSocket endpoint, typed by the socket it returns on `Coze` (S) and `AsyncCoze` (AS)."""

    spec: SocketSpec


@functools.cache
def load_model(module: str, name: str) -> type[Any]:
    """Import a model class on first use, so importing the SDK stays fast."""
    model: type[Any] = getattr(importlib.import_module(f"{__package__}.models.{module}"), name)
    return model


def load_event_map(name: str, module: str = "events") -> EventMap:
    """An event map of `coze_api.events` (streams) or `coze_api.sockets` (WebSockets)."""
    maps: Mapping[str, EventMap] = importlib.import_module(f"{__package__}.{module}").EVENT_MAPS
    return maps[name]


class RequestOptions(NamedTuple):
    """Per-call options every method accepts."""

    timeout: TimeoutInput | Unset = UNSET
    extra_headers: Mapping[str, str] | None = None
    extra_query: Mapping[str, object] | None = None
    extra_body: Mapping[str, object] | None = None
    max_retries: int | None = None


class SocketOptions(NamedTuple):
    """How a WebSocket session watches its connection: the options of every `connect`.

    A ping goes out every `ping_interval` seconds, and a peer that has not answered one
    within `ping_timeout` seconds is gone (None turns either off); a frame from the server
    larger than `max_size` bytes ends the session (None: no limit)."""

    ping_interval: float | None
    ping_timeout: float | None
    max_size: int | None


# --------------------------------------------------------------------------- results


@runtime_checkable
class SyncPage(Protocol[T]):
    """One page of a list; iterating it walks every item of this page and the ones after."""

    @property
    def items(self) -> list[T]:
        """The items of this page."""
        ...

    @property
    def has_more(self) -> bool:
        """Whether another page follows."""
        ...

    @property
    def total(self) -> int | None:
        """The API's count of all items, when it gives one."""
        ...

    @property
    def logid(self) -> str | None: ...

    def next_page(self) -> SyncPage[T] | None:
        """Fetch the page after this one (None if this is the last)."""
        ...

    def pages(self) -> Iterator[SyncPage[T]]:
        """This page and every page after it, each fetched when reached."""
        ...

    def __iter__(self) -> Iterator[T]: ...


@runtime_checkable
class AsyncPage(Protocol[T]):
    """The async twin of `SyncPage`: `await` it for the first page, `async for` walks every item."""

    @property
    def items(self) -> list[T]: ...

    @property
    def has_more(self) -> bool: ...

    @property
    def total(self) -> int | None: ...

    @property
    def logid(self) -> str | None: ...

    async def next_page(self) -> AsyncPage[T] | None: ...

    def pages(self) -> AsyncIterator[AsyncPage[T]]: ...

    def __aiter__(self) -> AsyncIterator[T]: ...

    def __await__(self) -> Generator[Any, None, AsyncPage[T]]: ...


@runtime_checkable
class BinaryResponse(Protocol):
    """An open binary answer (audio, file contents). Read it once, or close it (`with` does)."""

    @property
    def logid(self) -> str | None: ...

    @property
    def content_type(self) -> str | None: ...

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]: ...

    def write_to_file(self, path: str | os.PathLike[str]) -> None:
        """Stream the body to `path` (written whole or not at all)."""
        ...

    def read(self) -> bytes: ...

    def close(self) -> None: ...

    def __enter__(self) -> Self: ...

    def __exit__(self, *exc: object) -> None: ...


@runtime_checkable
class AsyncBinaryResponse(Protocol):
    """The async twin of `BinaryResponse`."""

    @property
    def logid(self) -> str | None: ...

    @property
    def content_type(self) -> str | None: ...

    def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]: ...

    async def write_to_file(self, path: str | os.PathLike[str]) -> None: ...

    async def read(self) -> bytes: ...

    async def close(self) -> None: ...

    async def __aenter__(self) -> Self: ...

    async def __aexit__(self, *exc: object) -> None: ...


@runtime_checkable
class Stream(Protocol[T_co]):
    """A stream of typed events (Server-Sent Events). Iterate it; leaving the loop early,
    `with` or `close()` releases the connection."""

    @property
    def logid(self) -> str | None: ...

    def text(self) -> str:
        """Read the rest of the stream; return the answer text of its message events."""
        ...

    def __iter__(self) -> Iterator[T_co]: ...

    def __next__(self) -> T_co: ...

    def __enter__(self) -> Self: ...

    def __exit__(self, *exc: object) -> None: ...

    def close(self) -> None: ...


@runtime_checkable
class AsyncStream(Protocol[T_co]):
    """The async twin of `Stream`: `async for`, `async with`, `await close()`."""

    @property
    def logid(self) -> str | None: ...

    async def text(self) -> str: ...

    def __aiter__(self) -> AsyncIterator[T_co]: ...

    async def __anext__(self) -> T_co: ...

    async def __aenter__(self) -> Self: ...

    async def __aexit__(self, *exc: object) -> None: ...

    async def close(self) -> None: ...


@runtime_checkable
class Socket(Protocol[T_co, U_contra]):
    """An open WebSocket session: iterate it for the server's typed events (one per frame,
    in order), `send` the client's events; `with` (or `close()`) ends it."""

    @property
    def logid(self) -> str | None:
        """The logid of the handshake answer."""
        ...

    def send(self, event: U_contra | Mapping[str, object]) -> None:
        """Send one event: a typed client event, or a dict with `event_type` and `data`."""
        ...

    def on(self, event_type: str, handler: Callable[[Any], object]) -> None:
        """Call `handler` with every event of this type as iteration reaches it (annotate its
        argument with that event's class: `def on_error(event: WsChatErrorEvent)`)."""
        ...

    def run_until(self, *event_types: str) -> T_co | None:
        """Iterate, calling the handlers, until an event of one of these types arrives, and
        return it; None if the session ends first (with no types: run to the end)."""
        ...

    def __iter__(self) -> Iterator[T_co]: ...

    def __next__(self) -> T_co: ...

    def __enter__(self) -> Self: ...

    def __exit__(self, *exc: object) -> None: ...

    def close(self) -> None:
        """End the session (idempotent; a blocked iteration in another thread ends normally)."""
        ...


@runtime_checkable
class AsyncSocket(Protocol[T_co, U_contra]):
    """The async twin of `Socket`: `async with`, `await send`, `async for`."""

    @property
    def logid(self) -> str | None: ...

    async def send(self, event: U_contra | Mapping[str, object]) -> None: ...

    def on(self, event_type: str, handler: Callable[[Any], object]) -> None:
        """As `Socket.on`; a handler may be an async function (awaited in turn)."""
        ...

    async def run_until(self, *event_types: str) -> T_co | None: ...

    def __aiter__(self) -> AsyncIterator[T_co]: ...

    async def __anext__(self) -> T_co: ...

    async def __aenter__(self) -> Self: ...

    async def __aexit__(self, *exc: object) -> None: ...

    async def close(self) -> None: ...


@runtime_checkable
class RawResponse(Protocol[T_co]):
    """The raw HTTP answer of one call (`with_raw_response`), its result one `parse()` away."""

    @property
    def status_code(self) -> int: ...

    @property
    def headers(self) -> Mapping[str, str]: ...

    @property
    def logid(self) -> str | None: ...

    @property
    def retries(self) -> int:
        """How many times the call was retried before this answer."""
        ...

    @property
    def content(self) -> bytes | None:
        """The body, when the call read it (not for streams and binary answers)."""
        ...

    def parse(self) -> T_co:
        """The result the call would have returned."""
        ...


# --------------------------------------------------------------------------- requesters


class SyncRequester(Protocol):
    """What the sync resource tree needs from a runtime."""

    def request(self, operation: Operation[R], args: Mapping[str, object], options: RequestOptions) -> R: ...

    def download(
        self, operation: Operation[object], args: Mapping[str, object], options: RequestOptions
    ) -> BinaryResponse: ...

    def paginate(self, paged: Paged[I], args: Mapping[str, object], options: RequestOptions) -> SyncPage[I]: ...

    def stream(self, streamed: Streamed[S, object], args: Mapping[str, object], options: RequestOptions) -> S: ...

    def connect(
        self,
        connected: Connected[S, object],
        args: Mapping[str, object],
        options: RequestOptions,
        socket: SocketOptions,
    ) -> S: ...


class AsyncRequester(Protocol):
    """What the async resource tree needs from a runtime."""

    async def request(self, operation: Operation[R], args: Mapping[str, object], options: RequestOptions) -> R: ...

    async def download(
        self, operation: Operation[object], args: Mapping[str, object], options: RequestOptions
    ) -> AsyncBinaryResponse: ...

    def paginate(self, paged: Paged[I], args: Mapping[str, object], options: RequestOptions) -> AsyncPage[I]: ...

    async def stream(
        self, streamed: Streamed[object, AS], args: Mapping[str, object], options: RequestOptions
    ) -> AS: ...

    def connect(
        self,
        connected: Connected[object, AS],
        args: Mapping[str, object],
        options: RequestOptions,
        socket: SocketOptions,
    ) -> AS:
        """Not awaited: the socket it returns connects in `async with` (or on first use)."""
        ...


# --------------------------------------------------------------------------- raw access


class RawGroup:
    """A resource group of `with_raw_response`: the same methods, bound to a resource built
    on a requester that answers with raw results."""

    __slots__ = ("__dict__", "_resource")

    def __init__(self, resource: Any) -> None:
        self._resource = resource


class RawMethod(Generic[P, R]):
    """A method of a raw group: the resource's method, typed to return `RawResponse[R]`."""

    __slots__ = ("_method",)

    def __init__(self, method: Callable[Concatenate[Any, P], R]) -> None:
        self._method = method

    @overload
    def __get__(self, group: None, owner: type) -> Self: ...

    @overload
    def __get__(self, group: RawGroup, owner: type) -> Callable[P, RawResponse[R]]: ...

    def __get__(self, group: RawGroup | None, owner: type) -> Self | Callable[P, RawResponse[R]]:
        if group is None:
            return self
        return functools.partial(self._method, group._resource)  # type: ignore[return-value]


class AsyncRawMethod(Generic[P, R]):
    """An async method of a raw group: awaited, it gives `RawResponse[R]`."""

    __slots__ = ("_method",)

    def __init__(self, method: Callable[Concatenate[Any, P], Awaitable[R]]) -> None:
        self._method = method

    @overload
    def __get__(self, group: None, owner: type) -> Self: ...

    @overload
    def __get__(self, group: RawGroup, owner: type) -> Callable[P, Awaitable[RawResponse[R]]]: ...

    def __get__(self, group: RawGroup | None, owner: type) -> Self | Callable[P, Awaitable[RawResponse[R]]]:
        if group is None:
            return self
        return functools.partial(self._method, group._resource)  # type: ignore[return-value]


class AsyncRawPagedMethod(Generic[P, R]):
    """An async list method of a raw group: the page comes back unawaited normally; the raw
    answer needs the first request, so it is awaited."""

    __slots__ = ("_method",)

    def __init__(self, method: Callable[Concatenate[Any, P], R]) -> None:
        self._method = method

    @overload
    def __get__(self, group: None, owner: type) -> Self: ...

    @overload
    def __get__(self, group: RawGroup, owner: type) -> Callable[P, Awaitable[RawResponse[R]]]: ...

    def __get__(self, group: RawGroup | None, owner: type) -> Self | Callable[P, Awaitable[RawResponse[R]]]:
        if group is None:
            return self
        return functools.partial(self._method, group._resource)  # type: ignore[return-value]


__all__ = [
    "AsyncBinaryResponse",
    "AsyncPage",
    "AsyncRawMethod",
    "AsyncRawPagedMethod",
    "AsyncRequester",
    "AsyncSocket",
    "AsyncStream",
    "BinaryResponse",
    "Connected",
    "JsonValue",
    "ModelRef",
    "Operation",
    "Paged",
    "Pagination",
    "Param",
    "RawGroup",
    "RawMethod",
    "RawResponse",
    "RequestOptions",
    "Socket",
    "SocketOptions",
    "SocketSpec",
    "Stream",
    "StreamSpec",
    "Streamed",
    "SyncPage",
    "SyncRequester",
]
