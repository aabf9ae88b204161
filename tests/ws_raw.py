"""WebSocket servers written by hand on raw TCP (tests/loopback.py's `RawServer`), for what a
real server library is too polite to do: never answer the upgrade, trickle it, go silent
after it (no frames, no pongs, nothing read), send frames of any kind or size, or close
with any code.

    with RawServer(script(text({"event_type": "conversation.cleared"}), close(1011, "boom"))) as server:
        coze = Coze(token="t", base_ws_url=ws_url(server))

`guarded` runs a test's blocking part so that a regression fails instead of hanging: it is
a guard, never a measurement.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import socket
import threading
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from loopback import RawServer, read_request

T = TypeVar("T")
GUARD = 15.0  # seconds: far more than any test here needs
_GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
PING, PONG, CLOSE, TEXT, BINARY = 0x9, 0xA, 0x8, 0x1, 0x2

Script = Callable[[socket.socket, RawServer], None]


def ws_url(server: RawServer) -> str:
    return server.base_url.replace("http://", "ws://")


def accept(connection: socket.socket) -> None:
    """Read the client's upgrade request and accept it (no extensions)."""
    head = read_request(connection).decode("latin-1")
    key = next(
        line.split(":", 1)[1].strip() for line in head.split("\r\n") if line.lower().startswith("sec-websocket-key:")
    )
    answer = base64.b64encode(hashlib.sha1(key.encode() + _GUID).digest()).decode()
    connection.sendall(
        "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        f"Sec-WebSocket-Accept: {answer}\r\nX-Tt-Logid: RAW-LOGID\r\n\r\n".encode()
    )


def frame(opcode: int, payload: bytes) -> bytes:
    """One unmasked frame, as a server sends it."""
    size = len(payload)
    if size < 126:
        head = bytes([0x80 | opcode, size])
    elif size < 1 << 16:
        head = bytes([0x80 | opcode, 126]) + size.to_bytes(2, "big")
    else:
        head = bytes([0x80 | opcode, 127]) + size.to_bytes(8, "big")
    return head + payload


def text(body: dict[str, Any] | str) -> bytes:
    """A text frame: a JSON object, or the text as it is."""
    return frame(TEXT, (body if isinstance(body, str) else json.dumps(body)).encode())


def close(code: int, reason: str = "") -> bytes:
    return frame(CLOSE, code.to_bytes(2, "big") + reason.encode())


def read_frame(connection: socket.socket) -> tuple[int, bytes]:
    """One frame from the client (unmasked); (CLOSE, b"") when the connection ends."""

    def exactly(size: int) -> bytes:
        data = b""
        while len(data) < size:
            chunk = connection.recv(size - len(data))
            if not chunk:
                raise EOFError
            data += chunk
        return data

    try:
        first, second = exactly(2)
        size = second & 0x7F
        if size >= 126:
            size = int.from_bytes(exactly(2 if size == 126 else 8), "big")
        mask = exactly(4) if second & 0x80 else bytes(4)
        payload = bytes(byte ^ mask[index % 4] for index, byte in enumerate(exactly(size)))
    except (EOFError, OSError):
        return CLOSE, b""
    return first & 0x0F, payload


def script(*frames: bytes, then: str = "linger") -> Script:
    """A server that accepts the upgrade, sends `frames`, then: `linger` (reads the client,
    answering pings and a close), or `silent` (reads nothing, sends nothing, closes nothing:
    a peer that vanished)."""

    closes = any(each[0] & 0x0F == CLOSE for each in frames)

    def serve(connection: socket.socket, server: RawServer) -> None:
        accept(connection)
        connection.sendall(b"".join(frames))
        if then == "silent":
            server.stop.wait()
            return
        while True:
            opcode, payload = read_frame(connection)
            if opcode == PING:
                connection.sendall(frame(PONG, payload))
            elif opcode == CLOSE:
                if payload and not closes:  # the client closes first: answer, and end
                    connection.sendall(frame(CLOSE, payload[:2]))
                return

    return serve


def mute(connection: socket.socket, server: RawServer) -> None:
    """Accepts the TCP connection and never answers the upgrade."""
    server.stop.wait()


def trickle(connection: socket.socket, server: RawServer) -> None:
    """Answers the upgrade one byte every 50 ms, forever: each read gets something."""
    read_request(connection)
    while not server.stop.wait(0.05):
        connection.sendall(b"H")


def guarded(function: Callable[[], T]) -> T:
    """`function()` in a thread of its own: its result or its exception, or a test failure if
    it has not returned within `GUARD` seconds."""
    outcome: list[Any] = []

    def run() -> None:
        try:
            outcome.append((True, function()))
        except BaseException as error:
            outcome.append((False, error))

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(GUARD)
    if not outcome:
        raise AssertionError(f"still blocked after {GUARD}s: it hangs")
    ok, value = outcome[0]
    if not ok:
        raise value
    result: T = value
    return result


async def aguarded(awaitable: Awaitable[T]) -> T:
    """The async twin of `guarded`."""
    try:
        return await asyncio.wait_for(awaitable, GUARD)
    except TimeoutError:
        raise AssertionError(f"still waiting after {GUARD}s: it hangs") from None
