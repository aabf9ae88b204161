"""The runtimes the generated resource tree calls: `SyncRuntime` for `Coze`, `AsyncRuntime`
for `AsyncCoze`.

Each implements the tree's requester interface (`coze_api._runtime.SyncRequester` /
`AsyncRequester`, which they subclass, so a type checker holds them to it) by running a
call's `send_flow` with blocking or async I/O; everything a call decides is in the flow.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Generic, TypeVar, cast

import httpx
from coze_api._events import EventMap, StreamEvent
from coze_api._runtime import (
    AsyncRequester,
    Connected,
    Operation,
    Paged,
    RequestOptions,
    SocketOptions,
    Streamed,
    SyncRequester,
)

from ._authorized import asend_authorized, send_authorized
from ._binary import HttpAsyncBinaryResponse, HttpBinaryResponse
from ._chat import AsyncChatStream, ChatStream
from ._drive import adrive, drive
from ._files import offload_file_reads
from ._flow import Action, Body, CallSettings, Outcome, Read, Send, Sent, read_json, send_flow, stream_answer
from ._pagination import AsyncListPage, ListPage
from ._streaming import AsyncEventStream, AsyncMessageStream, EventStream, MessageStream

if TYPE_CHECKING:
    # Only AsyncCoze needs asyncio, imported when one is made: a sync client never pays for it.
    import asyncio

    from .websockets._handshake import Handshake

R = TypeVar("R")
I = TypeVar("I")  # noqa: E741 - the item type of a page
S = TypeVar("S")
H = TypeVar("H", httpx.Client, httpx.AsyncClient)
Args = Mapping[str, object]


def stream_classes(events: EventMap) -> tuple[type[EventStream[StreamEvent]], type[AsyncEventStream[StreamEvent]]]:
    """The stream classes of an event family, chosen by its roles as the generator chose its
    stream Protocol's helpers: chat events give a chat stream (`final_chat`, `recover`),
    completed messages a message stream (`messages`), anything else a plain event stream."""
    if events.chat_events:
        return ChatStream, AsyncChatStream
    if events.complete_message_events:
        return MessageStream, AsyncMessageStream
    return EventStream, AsyncEventStream


class Pool(Generic[H]):
    """A client's httpx client (its connection pool), made at its first use: building one
    imports httpcore and h11 (about 15 ms), which a script that only sets up a client, or
    fails before its first call, never needs. `with_options` copies share it."""

    __slots__ = ("_lock", "_make", "headers", "made")

    def __init__(
        self,
        make: Callable[[], H] | None = None,
        *,
        given: H | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self._make: Callable[[], H] | None = make
        self.made: H | None = given
        """The httpx client, once made (or the caller's own, from the start)."""
        self.headers = headers
        """The headers the client `make` makes adds to every request by itself (its defaults)."""
        self._lock = threading.Lock()

    @property
    def client(self) -> H:
        made = self.made
        if made is None:
            with self._lock:
                made = self.made
                if made is None:
                    assert self._make is not None, "a pool is given a client or a way to make one"
                    made = self.made = self._make()
        return made


class SyncRuntime(SyncRequester):
    """Sends `Coze`'s calls with blocking I/O."""

    def __init__(self, pool: Pool[httpx.Client], auth: httpx.Auth, settings: CallSettings) -> None:
        self.pool = pool
        self.auth = auth
        self.settings = settings
        self.sleep: Callable[[float], object] = time.sleep
        self.given_base_ws_url: str | None = None

    def copy(self, auth: httpx.Auth, settings: CallSettings) -> SyncRuntime:
        """The runtime of a `with_options` copy: the same pool, its own auth and settings."""
        runtime = SyncRuntime(self.pool, auth, settings)
        runtime.sleep = self.sleep
        runtime.given_base_ws_url = self.given_base_ws_url
        return runtime

    @property
    def http(self) -> httpx.Client:
        return self.pool.client

    def send(self, operation: Operation[object], args: Args, options: RequestOptions, *, stream: bool) -> Sent:
        """Run one call's flow to its answer."""
        flow = send_flow(
            self.settings, self.http, operation, args, options, stream=stream, pool_headers=self.pool.headers
        )
        last = _LastResponse()

        def perform(action: Action) -> Outcome:
            if isinstance(action, Send):
                try:
                    response = send_authorized(self.http, action.request, self.auth if action.authenticated else None)
                except httpx.RequestError as error:
                    return error
                return last.hold(response)
            if isinstance(action, Read):
                return self._read(action)
            self.sleep(action.seconds)
            return None

        try:
            return drive(flow, perform)
        except BaseException:
            last.close()  # the flow failed (a hook raised, say) holding an open response
            raise

    @staticmethod
    def _read(action: Read) -> Outcome:
        body = Body(action)
        try:
            for chunk in action.response.iter_bytes():
                if not body.add(chunk):
                    break
            return body.outcome()
        except httpx.RequestError as error:
            return error
        finally:
            action.response.close()

    def request(self, operation: Operation[R], args: Args, options: RequestOptions) -> R:
        return read_json(operation, self.send(operation, args, options, stream=False))

    def download(self, operation: Operation[object], args: Args, options: RequestOptions) -> HttpBinaryResponse:
        return HttpBinaryResponse(stream_answer(operation, self.send(operation, args, options, stream=False)))

    def open_stream(self, operation: Operation[object], sent: Sent) -> EventStream[StreamEvent]:
        """The stream of an answer the flow returned unread."""
        assert operation.stream is not None
        events = operation.stream.event_map()
        return stream_classes(events)[0](stream_answer(operation, sent), events, self)

    def stream(self, streamed: Streamed[S, object], args: Args, options: RequestOptions) -> S:
        operation = streamed.operation
        stream = self.open_stream(operation, self.send(operation, args, options, stream=True))
        # The class chosen for the operation's event family is what its descriptor names.
        return cast(S, stream)

    def page(self, paged: Paged[I], args: Args, options: RequestOptions, result: object) -> ListPage[I]:
        """The first page of a list, holding its answer (`result`)."""
        operation = paged.operation
        return ListPage(operation, dict(args), result, lambda page_args: self.request(operation, page_args, options))

    def paginate(self, paged: Paged[I], args: Args, options: RequestOptions) -> ListPage[I]:
        return self.page(paged, args, options, self.request(paged.operation, args, options))

    def connect(
        self, connected: Connected[S, object], args: Args, options: RequestOptions, socket_options: SocketOptions
    ) -> S:
        from .websockets._sync import open_socket

        socket = open_socket(
            self.http, self.auth, connected.spec, _handshake(self, connected, args, options, socket_options)
        )
        # The socket has the senders of its endpoint, which is what its descriptor names.
        return cast(S, socket)


class AsyncRuntime(AsyncRequester):
    """Sends `AsyncCoze`'s calls with async I/O."""

    def __init__(self, pool: Pool[httpx.AsyncClient], auth: httpx.Auth, settings: CallSettings) -> None:
        self.pool = pool
        self.auth = auth
        self.settings = settings
        import asyncio

        self.sleep: Callable[[float], Awaitable[object]] = asyncio.sleep
        # Calls in flight on a pool the SDK built, at most one per connection: the others
        # wait here, in order, instead of in httpcore's pool, whose bookkeeping grows with
        # the square of the calls waiting (2,000 concurrent calls took minutes) and which
        # would time them out.
        self.gate: asyncio.Semaphore | None = None
        self.given_base_ws_url: str | None = None

    @staticmethod
    def new_gate(places: int) -> asyncio.Semaphore:
        """A gate letting `places` calls onto the wire at once."""
        import asyncio

        return asyncio.Semaphore(places)

    def copy(self, auth: httpx.Auth, settings: CallSettings) -> AsyncRuntime:
        """The runtime of a `with_options` copy: the same pool (and gate), its own auth and settings."""
        runtime = AsyncRuntime(self.pool, auth, settings)
        runtime.sleep = self.sleep
        runtime.gate = self.gate
        runtime.given_base_ws_url = self.given_base_ws_url
        return runtime

    @property
    def http(self) -> httpx.AsyncClient:
        return self.pool.client

    async def send(self, operation: Operation[object], args: Args, options: RequestOptions, *, stream: bool) -> Sent:
        """Run one call's flow to its answer, holding a place at the gate from before its
        request is built until the answer is read (or the wait before a retry)."""
        flow = send_flow(
            self.settings, self.http, operation, args, options, stream=stream, pool_headers=self.pool.headers
        )
        last = _LastResponse()
        place = _Place(self.gate)

        async def perform(action: Action) -> Outcome:
            if isinstance(action, Send):
                await place.take()
                if action.reads_files:
                    offload_file_reads(action.request)
                try:
                    response = await asend_authorized(
                        self.http, action.request, self.auth if action.authenticated else None
                    )
                except httpx.RequestError as error:
                    return error
                return last.hold(response)
            if isinstance(action, Read):
                return await self._read(action)
            place.give_up()
            await self.sleep(action.seconds)
            return None

        try:
            # Before the flow builds the request: thousands of calls started at once would
            # otherwise each build theirs in the loop's first turn, stalling it.
            await place.take()
            return await adrive(flow, perform)
        except BaseException:
            await last.aclose()  # the flow failed (a hook raised, say) holding an open response
            raise
        finally:
            place.give_up()

    @staticmethod
    async def _read(action: Read) -> Outcome:
        body = Body(action)
        try:
            async for chunk in action.response.aiter_bytes():
                if not body.add(chunk):
                    break
            return body.outcome()
        except httpx.RequestError as error:
            return error
        finally:
            await action.response.aclose()

    async def request(self, operation: Operation[R], args: Args, options: RequestOptions) -> R:
        return read_json(operation, await self.send(operation, args, options, stream=False))

    async def download(
        self, operation: Operation[object], args: Args, options: RequestOptions
    ) -> HttpAsyncBinaryResponse:
        sent = await self.send(operation, args, options, stream=False)
        return HttpAsyncBinaryResponse(stream_answer(operation, sent))

    def open_stream(self, operation: Operation[object], sent: Sent) -> AsyncEventStream[StreamEvent]:
        """The stream of an answer the flow returned unread."""
        assert operation.stream is not None
        events = operation.stream.event_map()
        return stream_classes(events)[1](stream_answer(operation, sent), events, self)

    async def stream(self, streamed: Streamed[object, S], args: Args, options: RequestOptions) -> S:
        operation = streamed.operation
        stream = self.open_stream(operation, await self.send(operation, args, options, stream=True))
        return cast(S, stream)  # the class chosen for the event family is what the descriptor names

    def page(
        self, paged: Paged[I], args: Args, options: RequestOptions, result: object | None = None
    ) -> AsyncListPage[I]:
        """The first page of a list: holding `result` when given, else loaded when awaited."""
        operation = paged.operation
        page = AsyncListPage[I](operation, dict(args), lambda page_args: self.request(operation, page_args, options))
        return page if result is None else page.loaded(result)

    def paginate(self, paged: Paged[I], args: Args, options: RequestOptions) -> AsyncListPage[I]:
        return self.page(paged, args, options)

    def connect(
        self, connected: Connected[object, S], args: Args, options: RequestOptions, socket_options: SocketOptions
    ) -> S:
        from .websockets._async import open_async_socket

        handshake = _handshake(self, connected, args, options, socket_options)
        socket = open_async_socket(self.http, self.auth, connected.spec, handshake)
        return cast(S, socket)  # it has the senders of its endpoint, which is what the descriptor names


def _handshake(
    runtime: SyncRuntime | AsyncRuntime,
    connected: Connected[object, object],
    args: Args,
    options: RequestOptions,
    socket_options: SocketOptions,
) -> Handshake:
    """The handshake of a `connect(...)` call, checked before any I/O (the WebSocket modules
    load only when a socket is first opened)."""
    from .websockets._handshake import prepare_handshake

    return prepare_handshake(
        connected.spec, args, options, socket_options, runtime.settings, runtime.given_base_ws_url, runtime.http
    )


class _LastResponse:
    """The response a call's flow was last given, to close if the flow fails holding it."""

    __slots__ = ("response",)

    def __init__(self) -> None:
        self.response: httpx.Response | None = None

    def hold(self, response: httpx.Response) -> httpx.Response:
        self.response = response
        return response

    def close(self) -> None:
        if self.response is not None:
            self.response.close()

    async def aclose(self) -> None:
        if self.response is not None:
            await self.response.aclose()


class _Place:
    """A call's place at the async gate: taken before sending, given up before a retry's
    wait and at the end (None: no gate, for a caller's own pool)."""

    __slots__ = ("_gate", "_held")

    def __init__(self, gate: asyncio.Semaphore | None) -> None:
        self._gate = gate
        self._held = False

    async def take(self) -> None:
        if self._gate is not None and not self._held:
            await self._gate.acquire()
            self._held = True

    def give_up(self) -> None:
        if self._gate is not None and self._held:
            self._gate.release()
            self._held = False


__all__ = ["AsyncRuntime", "Pool", "SyncRuntime", "stream_classes"]
