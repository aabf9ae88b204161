"""Recorded Coze WebSocket sessions, and a loopback server that replays them to a client.

The recordings (`websocket_chat_success`, `websocket_chat_generate_audio_success`,
`websocket_speech_success`, `websocket_transcriptions_success`) are real server bytes kept in
`ws-sessions/` of the reference folder beside the repository (or $COZE_REFERENCE_DIR); they
are read at test time, never copied here. Without them a test is skipped, except in CI
(`CI` set), where they are always present and their absence is a failure.

    session = recorded("websocket_chat_success")
    with ReplayServer(session) as server:
        with connect(server.url + "/v1/chat?bot_id=1") as ws:
            ws.send(json.dumps({"event_type": "conversation.message.create", "data": {...}}))
            ...                                   # every recorded server frame, in order
    server.finished.wait(10)                      # the replay of a connection is over
    server.handshakes, server.received, server.mismatches

Replay: for each recorded `send` the server waits for the client's frame and checks its
`event_type` (a different one goes to `mismatches`); each recorded `receive` is sent as
recorded. Afterwards the connection stays open, recording what the client sends, until the
client closes it. Hooks: `check_handshake` (sees the path, query and headers; returns a
status to refuse with), `refuse` (a status for every handshake), `drop_after` (cut the TCP
connection, without a close frame, after that many server frames).
"""

from __future__ import annotations

import base64
import json
import os
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any, Literal
from urllib.parse import parse_qsl, urlsplit

import pytest
from websockets.datastructures import Headers
from websockets.exceptions import ConnectionClosed
from websockets.http11 import Request, Response
from websockets.sync.server import Server, ServerConnection, serve

ROOT = Path(__file__).resolve().parent.parent
LOGID = "20250714000000REPLAY000000000001"
# The Coze code a refused handshake carries in its body, by HTTP status.
_REFUSAL_CODES = {401: 4100, 403: 4101}


def reference_dir() -> Path:
    return Path(os.environ.get("COZE_REFERENCE_DIR") or ROOT.parent / "shared" / "reference")


@dataclass(frozen=True)
class Frame:
    """One recorded frame: `send` (client to server) or `receive`, its text and its JSON."""

    direction: Literal["send", "receive"]
    text: str = field(repr=False)
    body: dict[str, Any] = field(repr=False)

    @property
    def event_type(self) -> str:
        return str(self.body["event_type"])

    @property
    def data(self) -> Any:
        return self.body.get("data")


@dataclass(frozen=True)
class RecordedSession:
    """A recorded session's frames in order, with what tests compute from them."""

    name: str
    frames: tuple[Frame, ...]

    @property
    def sent(self) -> list[Frame]:
        """The client's frames."""
        return [frame for frame in self.frames if frame.direction == "send"]

    @property
    def received(self) -> list[Frame]:
        """The server's frames."""
        return [frame for frame in self.frames if frame.direction == "receive"]

    def event_types(self, direction: Literal["send", "receive"] = "receive") -> list[str]:
        return [frame.event_type for frame in self.frames if frame.direction == direction]

    def text(self) -> str:
        """The answer text: the chat's message deltas joined."""
        return "".join(
            str(frame.data["content"])
            for frame in self.received
            if frame.event_type == "conversation.message.delta" and frame.data.get("content_type") == "text"
        )

    def audio(self) -> bytes:
        """Every audio delta the server sent (chat, speech or interpretation), decoded and joined."""
        pieces = []
        for frame in self.received:
            if frame.event_type == "conversation.audio.delta":
                pieces.append(str(frame.data["content"]))
            elif frame.event_type in ("speech.audio.update", "simult_interpretation.audio.delta"):
                pieces.append(str(frame.data["delta"]))
        return b"".join(base64.b64decode(piece) for piece in pieces)

    def transcript(self) -> str:
        """The last recognised text of a transcription session."""
        updates = [frame for frame in self.received if frame.event_type == "transcriptions.message.update"]
        return str(updates[-1].data["content"]) if updates else ""


def parse_session(text: str, name: str = "") -> RecordedSession:
    """A recording: lines alternating `send` / `receive` and one JSON frame."""
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) % 2:
        raise ValueError(f"{name or 'session'}: a direction line without its frame")
    frames = []
    for direction, frame in zip(lines[::2], lines[1::2], strict=True):
        if direction.strip() not in ("send", "receive"):
            raise ValueError(f"{name or 'session'}: {direction!r} is not send or receive")
        frames.append(Frame(direction.strip(), frame, json.loads(frame)))  # type: ignore[arg-type]
    return RecordedSession(name, tuple(frames))


def recording_path(name: str, suffix: str = ".txt") -> Path:
    """The path of a recording (`.txt` frames, `.wav` audio); skips the test when the reference
    folder is absent, fails it in CI."""
    path = reference_dir() / "ws-sessions" / f"{name}{suffix}"
    if not path.is_file():
        message = f"recorded session {path} not found (set COZE_REFERENCE_DIR)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


def recorded(name: str) -> RecordedSession:
    """A recorded session by name (`websocket_chat_success`)."""
    return parse_session(recording_path(name).read_text(encoding="utf-8"), name)


@dataclass(frozen=True)
class Handshake:
    """A handshake the replay server saw."""

    path: str
    query: dict[str, str]
    headers: dict[str, str]  # lower-case names


class ReplayServer:
    """A WebSocket server on 127.0.0.1 (a free port) replaying one recorded session to each client."""

    def __init__(
        self,
        session: RecordedSession,
        *,
        check_handshake: Callable[[Handshake], int | None] | None = None,
        refuse: int | None = None,
        drop_after: int | None = None,
    ) -> None:
        self.session = session
        self.check_handshake = check_handshake
        self.refuse = refuse
        self.drop_after = drop_after
        self.handshakes: list[Handshake] = []
        self.received: list[Any] = []  # the client's frames, decoded JSON (the text when not JSON)
        self.mismatches: list[str] = []
        self.finished = threading.Event()  # set when a connection's replay is over
        self._server: Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        assert self._server is not None, "the replay server is not running"
        host, port = self._server.socket.getsockname()[:2]
        return f"ws://{host}:{port}"

    def __enter__(self) -> ReplayServer:
        self._server = serve(self._replay, "127.0.0.1", 0, process_request=self._handshake)
        self._thread = threading.Thread(target=self._server.serve_forever, name="ws-replay", daemon=True)
        self._thread.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        if self._server is not None:
            self._server.shutdown()
        if self._thread is not None:
            self._thread.join(timeout=10)

    def _handshake(self, connection: ServerConnection, request: Request) -> Response | None:
        url = urlsplit(request.path)
        handshake = Handshake(
            path=url.path,
            query=dict(parse_qsl(url.query)),
            headers={name.lower(): value for name, value in request.headers.raw_items()},
        )
        self.handshakes.append(handshake)
        status = self.check_handshake(handshake) if self.check_handshake is not None else None
        status = status if status is not None else self.refuse
        if status is None:
            return None
        body = {"code": _REFUSAL_CODES.get(status, 4000), "msg": f"refused (HTTP {status})", "detail": {"logid": LOGID}}
        response = connection.respond(status, json.dumps(body))
        response.headers = Headers(
            [(name, value) for name, value in response.headers.raw_items() if name.lower() != "content-type"]
        )
        response.headers["Content-Type"] = "application/json"
        response.headers["X-Tt-Logid"] = LOGID
        return response

    def _replay(self, connection: ServerConnection) -> None:
        sent = 0
        try:
            for frame in self.session.frames:
                if frame.direction == "send":
                    self._expect(frame, connection.recv())
                    continue
                if sent == self.drop_after:
                    return _drop(connection)
                connection.send(frame.text)
                sent += 1
            if sent == self.drop_after:
                return _drop(connection)
            for message in connection:
                self.received.append(_decoded(message))
        except ConnectionClosed:
            return
        finally:
            self.finished.set()

    def _expect(self, frame: Frame, message: str | bytes) -> None:
        decoded = _decoded(message)
        self.received.append(decoded)
        got = decoded.get("event_type") if isinstance(decoded, dict) else None
        if got != frame.event_type:
            self.mismatches.append(f"expected {frame.event_type}, got {got!r}")


def _drop(connection: ServerConnection) -> None:
    """Cut the TCP connection without a close frame."""
    connection.socket.shutdown(socket.SHUT_RDWR)


def _decoded(message: str | bytes) -> Any:
    try:
        return json.loads(message)
    except ValueError:
        return message
