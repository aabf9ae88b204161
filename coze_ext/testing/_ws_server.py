"""The emulator's WebSocket endpoints: every entry of the spec's `x-coze-websockets`.

A handshake goes like a REST request: logged, faults applied, authenticated (the bearer
token in the Authorization header, or in an `authorization` query parameter as @coze/api
sends it), its query checked against the spec; refused with a Coze error body and an
`x-tt-logid` header, or accepted with that header. Then the session: the endpoint's opening
event, and an answer to each client frame (checked against the spec; a bad one is answered
with an `error` event and the session goes on), paced by `Timing.stream_interval`. Every
session is recorded as a `WebSocketSession`.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from starlette.requests import HTTPConnection
from starlette.responses import Response
from starlette.websockets import WebSocket, WebSocketDisconnect

from ._answers import error_body
from ._faults import Fault, Faults
from ._http import fault_response, json_response
from ._spec import Spec
from ._state import CozeFailure, State
from ._ws_behaviour import AUDIO_BEHAVIOURS, Behaviour, Event
from ._ws_chat import Chat
from ._ws_frames import FrameChecker, query_problems, server_frame

__all__ = ["WebSocketRoutes", "WebSocketSession"]

BEHAVIOURS: dict[str, type[Behaviour]] = {"websockets.chat": Chat, **AUDIO_BEHAVIOURS}
ACCEPTED = 101
# How often a session that vanished (a fault) looks whether it is released.
_VANISHED_POLL = 0.05


@dataclass
class WebSocketSession:
    """One WebSocket connection the emulator saw, as tests assert on it.

    `status` is 101 once the handshake is accepted, else the HTTP status it was refused
    with. `received` holds the client's frames (decoded JSON; the text or bytes when not
    JSON), `sent` the server's frames in order, `withheld` those a silence fault kept back.
    """

    resource: str | None
    path: str
    query: dict[str, str]
    headers: dict[str, str]  # lower-case names
    logid: str
    status: int = 0
    received: list[Any] = field(default_factory=list)
    sent: list[dict[str, Any]] = field(default_factory=list)
    withheld: list[dict[str, Any]] = field(default_factory=list)
    _ended: threading.Event = field(default_factory=threading.Event, repr=False)

    @property
    def sent_types(self) -> list[str]:
        return [str(frame["event_type"]) for frame in self.sent]

    @property
    def received_types(self) -> list[str | None]:
        return [frame.get("event_type") if isinstance(frame, dict) else None for frame in self.received]

    @property
    def ended(self) -> bool:
        """The session is over: refused, closed by the client, or dropped."""
        return self._ended.is_set()

    def wait_ended(self, timeout: float = 10.0) -> bool:
        """Wait until the server has finished with the session; False on timeout."""
        return self._ended.wait(timeout)


class _Dropped(Exception):
    """The session's connection was cut or closed on purpose (a fault)."""


class WebSocketRoutes:
    """Serves the WebSocket endpoints of one emulator."""

    def __init__(
        self,
        *,
        spec: Spec,
        faults: Faults,
        state: Callable[[], State],
        authorized: Callable[[HTTPConnection], bool],
        logid: Callable[[], str],
        abort: Callable[[Any], None],
        pause: Callable[[Any], None],
        validate: bool,
    ) -> None:
        self.spec = spec
        self.faults = faults
        self.state = state
        self.authorized = authorized
        self.logid = logid
        self.abort = abort
        self.pause = pause
        # Set by clear(): the sessions that vanished (a fault) end, their connections cut.
        self.released = threading.Event()
        self.checker = FrameChecker(spec, validate=validate)
        self._sessions: list[WebSocketSession] = []
        self._lock = threading.Lock()

    @property
    def sessions(self) -> list[WebSocketSession]:
        with self._lock:
            return list(self._sessions)

    def clear(self) -> None:
        with self._lock:
            self._sessions.clear()
        self.release()
        self.released = threading.Event()

    def release(self) -> None:
        """End the sessions that vanished (a fault), cutting their connections."""
        self.released.set()

    async def serve(self, websocket: WebSocket) -> None:
        """The WebSocket endpoint: handshake, then the session."""
        path = websocket.url.path
        endpoint = self.spec.websockets.get(path)
        query = dict(websocket.query_params)
        session = WebSocketSession(
            resource=endpoint.resource if endpoint else None,
            path=path,
            query=query,
            headers={name.lower(): value for name, value in websocket.headers.items()},
            logid=self.logid(),
        )
        with self._lock:
            self._sessions.append(session)
        try:
            fault = self.faults.take(
                endpoint.resource if endpoint else None, endpoint.route if endpoint else None, "WS", path
            )
            if fault is not None and fault.latency:
                await asyncio.sleep(fault.latency)
            refusal = self._refusal(websocket, session, fault)
            if refusal is not None:
                session.status = refusal.status_code
                await websocket.send_denial_response(refusal)
                return
            assert endpoint is not None  # a handshake to an unknown path is refused
            await websocket.accept(headers=[(b"x-tt-logid", session.logid.encode())])
            session.status = ACCEPTED
            state = self.state()
            behaviour = BEHAVIOURS.get(endpoint.resource, Behaviour)(state, query)
            await _Session(self, websocket, session, behaviour, state, fault).run()
        finally:
            session._ended.set()

    def _refusal(self, websocket: WebSocket, session: WebSocketSession, fault: Fault | None) -> Response | None:
        """The HTTP answer refusing the handshake, or None to accept it."""
        logid = session.logid
        endpoint = self.spec.websockets.get(session.path)
        if fault is not None and fault.status is not None:
            return fault_response(fault, logid)
        if endpoint is None:
            return json_response(error_body(4200, f"no WebSocket endpoint at {session.path}", logid), 404, logid)
        if not self.authorized(websocket):
            return json_response(
                error_body(4100, "authentication is invalid: check the access token", logid), 401, logid
            )
        problems = query_problems(endpoint, session.query)
        if problems:
            return json_response(error_body(4000, "; ".join(problems), logid), 400, logid)
        return None


class _Session:
    """One accepted connection: frames in, events out, faults applied."""

    def __init__(
        self,
        routes: WebSocketRoutes,
        websocket: WebSocket,
        record: WebSocketSession,
        behaviour: Behaviour,
        state: State,
        fault: Fault | None,
    ) -> None:
        self.routes = routes
        self.websocket = websocket
        self.record = record
        self.behaviour = behaviour
        self.state = state
        self.fault = fault
        self.inbound: asyncio.Queue[str | bytes | None] = asyncio.Queue()
        # The answers still being sent, oldest first, each with the client frame it answers.
        self.pending: deque[tuple[Iterator[Event], str | None]] = deque()
        self.sent = 0

    async def run(self) -> None:
        reader = asyncio.create_task(self._read())
        try:
            await self._after_frame()  # faults due before the first frame
            if self.behaviour.opened is not None:
                self.pending.append((iter([(self.behaviour.opened, None)]), None))
            while await self._take_frames():
                await self._send_next()
        except (_Dropped, WebSocketDisconnect):
            return
        finally:
            reader.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await reader
            self._discard()

    async def _read(self) -> None:
        try:
            while True:
                message = await self.websocket.receive()
                if message["type"] == "websocket.disconnect":
                    return
                text = message.get("text")
                self.inbound.put_nowait(text if text is not None else message.get("bytes") or b"")
        finally:
            self.inbound.put_nowait(None)

    async def _take_frames(self) -> bool:
        """Answer every frame that has arrived (waiting for one when nothing is left to send);
        False once the client has gone."""
        while True:
            if self.pending:
                try:
                    message = self.inbound.get_nowait()
                except asyncio.QueueEmpty:
                    return True
            else:
                message = await self.inbound.get()
            if message is None:
                return False
            self.pending.append(self._answer(message))

    def _answer(self, message: str | bytes) -> tuple[Iterator[Event], str | None]:
        origin = message if isinstance(message, str) else None
        self.record.received.append(_decoded(message))
        endpoint = self.routes.spec.websockets[self.record.path]
        try:
            event_type, data = self.routes.checker.read(endpoint, message)
            with self.state.lock:
                return self.behaviour.answer(event_type, data), origin
        except CozeFailure as failure:
            return iter([_error(failure)]), origin

    async def _send_next(self) -> None:
        events, origin = self.pending[0]
        try:
            with self.state.lock:
                event = next(events)
        except StopIteration:
            self.pending.popleft()
            return
        except CozeFailure as failure:
            self.pending.popleft()
            event = _error(failure)
        event_type, data = event
        if not self.behaviour.delivers(event_type):
            return
        await self._send(event_type, data, origin if event_type == "error" else None)
        interval = self.state.timing.stream_interval
        if interval:
            await asyncio.sleep(interval)

    async def _send(self, event_type: str, data: Any, origin: str | None = None) -> None:
        frame = server_frame(event_type, data, self.record.logid, origin)
        fault = self.fault
        if fault is not None and fault.silent_after_events is not None and self.sent >= fault.silent_after_events:
            self.record.withheld.append(frame)
            return
        self.record.sent.append(frame)
        await self.websocket.send_text(json.dumps(frame, ensure_ascii=False))
        self.sent += 1
        await self._after_frame()

    async def _after_frame(self) -> None:
        """Apply the faults due after `self.sent` frames: an injected error, a dropped connection."""
        fault = self.fault
        if fault is None:
            return
        if fault.error_after_events == self.sent:
            code = fault.code if fault.code is not None else 5000
            await self._send("error", {"code": code, "msg": fault.msg or f"emulated error (code {code})"})
        if fault.bad_frame_after_events == self.sent:
            if isinstance(fault.bad_frame, bytes):
                await self.websocket.send_bytes(fault.bad_frame)
            else:
                await self.websocket.send_text(fault.bad_frame)
        client = self.websocket.scope.get("client")
        if fault.drop_after_events == self.sent:
            self.routes.abort(client)
            raise _Dropped
        if fault.close_after_events == self.sent:
            await self.websocket.close(fault.close_code, fault.close_reason)
            raise _Dropped
        if fault.vanish_after_events == self.sent:
            # No more reading, so no pong either: the client sees a peer that is gone.
            self.routes.pause(client)
            released = self.routes.released
            while not released.is_set():
                await asyncio.sleep(_VANISHED_POLL)
            self.routes.abort(client)
            raise _Dropped

    def _discard(self) -> None:
        """Close the answers left unsent (a chat stream releases its chat)."""
        with self.state.lock:
            for events, _ in self.pending:
                close = getattr(events, "close", None)
                if close is not None:
                    close()
            self.pending.clear()


def _error(failure: CozeFailure) -> Event:
    return "error", {"code": failure.code, "msg": failure.msg}


def _decoded(message: str | bytes) -> Any:
    if isinstance(message, bytes):
        return message
    try:
        return json.loads(message)
    except ValueError:
        return message
