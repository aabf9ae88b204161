"""The interface between the generated resource tree and a client runtime.

The resource tree only describes operations and forwards calls; a runtime (coze_ext) that
implements `SyncRequester` / `AsyncRequester` sends them. Generated code never imports the
runtime, so the two can evolve separately.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import AsyncIterator, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import IO, Any, Literal, Protocol, TypeVar

import httpx

from .types import UNSET, Unset

T_co = TypeVar("T_co", covariant=True)

FileInput = (
    str | os.PathLike[str] | bytes | IO[bytes] | tuple[str, bytes | IO[bytes]] | tuple[str, bytes | IO[bytes], str]
)
"""A file to upload: a path, raw bytes, a binary file object, or (filename, data[, content_type])."""

TimeoutInput = float | httpx.Timeout | None
"""A timeout in seconds, an `httpx.Timeout`, or None to wait forever."""

ParamLocation = Literal["path", "query", "header", "body", "form", "file"]


@dataclass(frozen=True, slots=True)
class Param:
    """One input of an operation, as the method takes it and as the wire wants it."""

    name: str
    wire: str
    location: ParamLocation
    kind: str
    required: bool
    joined: bool = False


@dataclass(frozen=True, slots=True)
class ModelRef:
    """A generated model class, named so it can be imported on first use."""

    module: str
    name: str
    many: bool = False

    def parse(self, data: Any, *, lazy: bool = False) -> Any:
        """The model (or list of models) for a JSON value; `lazy` defers field parsing."""
        model = load_model(self.module, self.name)
        build = model.from_dict_lazy if lazy else model.from_dict
        if self.many:
            return [build(item) for item in data or ()]
        if data is None:
            # Coze leaves `data` out when a call has nothing to say; an empty model beats a crash.
            data = {}
        if not isinstance(data, Mapping):
            return data
        return build(data)


@dataclass(frozen=True, slots=True)
class Pagination:
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


@dataclass(frozen=True, slots=True)
class StreamSpec:
    """How an operation streams Server-Sent Events (see `x-coze-stream` in the spec)."""

    events: Mapping[str, ModelRef | None]
    terminal: tuple[str, ...]
    errors: tuple[str, ...]
    flag: str | None = None
    message_events: tuple[str, ...] = ()
    chat_events: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Operation:
    """Everything a runtime needs to send one Coze operation and read its answer."""

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
    headers: Mapping[str, str] = field(default_factory=dict)
    authenticated: bool = True

    def parse(self, payload: Any) -> Any:
        """Turn the (unwrapped) JSON payload into the operation's typed result."""
        if self.result is None:
            return payload
        return self.result.parse(payload)


@cache
def load_model(module: str, name: str) -> Any:
    """Import a model class on first use, so importing the SDK stays fast."""
    return getattr(importlib.import_module(f"{__package__}.models.{module}"), name)


@dataclass(frozen=True, slots=True)
class RequestOptions:
    """Per-call options every method accepts."""

    timeout: TimeoutInput | Unset = UNSET
    extra_headers: Mapping[str, str] | None = None
    extra_query: Mapping[str, Any] | None = None
    extra_body: Mapping[str, Any] | None = None
    max_retries: int | Unset = UNSET


class StreamEvent(Protocol[T_co]):
    """One Server-Sent Event with its typed payload."""

    @property
    def event(self) -> str: ...

    @property
    def id(self) -> str | None: ...

    @property
    def data(self) -> T_co: ...

    @property
    def raw(self) -> str:
        """The event's data exactly as it arrived."""
        ...

    @property
    def logid(self) -> str | None: ...

    @property
    def message(self) -> Any:
        """The payload of a message event (a chat message delta or completion, a workflow
        `Message`), else None."""
        ...

    @property
    def chat(self) -> Any:
        """The payload of a `conversation.chat.*` event, else None."""
        ...


class SyncEventStream(Protocol[T_co]):
    """A stream of events; iterate it, and close it (or use `with`) when done early."""

    @property
    def logid(self) -> str | None: ...

    def text(self) -> str:
        """Read the rest of the stream; return the answer text of its message deltas."""
        ...

    def messages(self) -> list[Any]:
        """Read the rest of the stream; return its completed messages."""
        ...

    def final_chat(self) -> Any:
        """Read the rest of the stream; return the chat as the last chat event left it."""
        ...

    def recover(self, **poll: Any) -> Any:
        """Finish a chat whose stream broke off, by polling it (see `chat.create_and_poll`)."""
        ...

    def __iter__(self) -> Iterator[T_co]: ...

    def __enter__(self) -> SyncEventStream[T_co]: ...

    def __exit__(self, *exc: object) -> None: ...

    def close(self) -> None: ...


class AsyncEventStream(Protocol[T_co]):
    """The async twin of `SyncEventStream`."""

    @property
    def logid(self) -> str | None: ...

    async def text(self) -> str: ...

    async def messages(self) -> list[Any]: ...

    async def final_chat(self) -> Any: ...

    async def recover(self, **poll: Any) -> Any: ...

    def __aiter__(self) -> AsyncIterator[T_co]: ...

    async def __aenter__(self) -> AsyncEventStream[T_co]: ...

    async def __aexit__(self, *exc: object) -> None: ...

    async def close(self) -> None: ...


class SyncPage(Protocol[T_co]):
    """The first page of a list; iterating it walks every item of every page lazily."""

    @property
    def items(self) -> list[Any]: ...

    @property
    def has_more(self) -> bool: ...

    @property
    def total(self) -> int | None: ...

    def __iter__(self) -> Iterator[T_co]: ...

    def pages(self) -> Iterator[SyncPage[T_co]]: ...


class AsyncPage(Protocol[T_co]):
    """The async twin of `SyncPage`: `async for` walks every item of every page."""

    def __aiter__(self) -> AsyncIterator[T_co]: ...

    def pages(self) -> AsyncIterator[Any]: ...


class BinaryResult(Protocol):
    """A binary answer (audio, file contents) read as a stream."""

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]: ...

    def write_to_file(self, path: str | os.PathLike[str]) -> None: ...

    def read(self) -> bytes: ...


class AsyncBinaryResult(Protocol):
    """The async twin of `BinaryResult`."""

    def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]: ...

    async def write_to_file(self, path: str | os.PathLike[str]) -> None: ...

    async def read(self) -> bytes: ...


class RawResult(Protocol[T_co]):
    """The raw HTTP answer of one call (`with_raw_response`), its result one `parse()` away."""

    @property
    def status_code(self) -> int: ...

    @property
    def headers(self) -> httpx.Headers: ...

    @property
    def logid(self) -> str | None: ...

    @property
    def retries(self) -> int:
        """How many times the call was retried before this answer."""
        ...

    def parse(self) -> T_co:
        """The result the call would have returned."""
        ...


class SyncRequester(Protocol):
    """What the sync resource tree needs from a runtime."""

    def request(self, operation: Operation, args: dict[str, Any], options: RequestOptions) -> Any: ...

    def stream(self, operation: Operation, args: dict[str, Any], options: RequestOptions) -> Any: ...

    def paginate(self, operation: Operation, args: dict[str, Any], options: RequestOptions) -> Any: ...


class AsyncRequester(Protocol):
    """What the async resource tree needs from a runtime."""

    async def request(self, operation: Operation, args: dict[str, Any], options: RequestOptions) -> Any: ...

    async def stream(self, operation: Operation, args: dict[str, Any], options: RequestOptions) -> Any: ...

    def paginate(self, operation: Operation, args: dict[str, Any], options: RequestOptions) -> Any: ...
