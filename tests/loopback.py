"""A tiny scriptable HTTP/1.1 server on 127.0.0.1 for stream and polling tests.

Each test sets `server.routes[path] = handler`; a handler gets the `Request` and returns a
`Reply` (JSON, HTML, or an event stream sent in chunks, optionally cut off mid-body).
Connections are kept alive, so tests can see whether the client reused them.

`RawServer` scripts a connection byte by byte instead, for what no HTTP server sends:
garbage, a trickle, a body that stops.
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

LOGID = "20250611080000LOOPBACK0000000001"


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, str]
    body: Any
    connection: int
    headers: dict[str, str] = field(default_factory=dict)  # lower-case names
    target: str = ""  # the request target as sent (absolute through a proxy)


@dataclass
class Reply:
    status: int = 200
    content_type: str = "application/json"
    body: bytes = b""
    # For event streams: the body as chunks, each sent (and flushed) separately.
    chunks: Sequence[bytes] = ()
    # Cut the connection after the chunks, without ending the chunked body.
    cut: bool = False
    headers: dict[str, str] = field(default_factory=lambda: {"x-tt-logid": LOGID})


def json_reply(body: Any, status: int = 200) -> Reply:
    return Reply(status=status, body=json.dumps(body).encode())


def data_reply(data: Any) -> Reply:
    """A standard Coze envelope around `data`."""
    return json_reply({"code": 0, "msg": "", "data": data, "detail": {"logid": LOGID}})


def sse(*events: tuple[str, Any], eol: str = "\n") -> bytes:
    """An event-stream body: one `event:` / `data:` block per (name, data) pair."""
    blocks = []
    for name, data in events:
        text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
        blocks.append(f"event:{name}{eol}data:{text}{eol}{eol}")
    return "".join(blocks).encode()


def stream_reply(body: bytes | Sequence[bytes], *, cut: bool = False) -> Reply:
    chunks = [body] if isinstance(body, bytes) else list(body)
    return Reply(content_type="text/event-stream", chunks=chunks, cut=cut)


Handler = Callable[[Request], Reply]


class _Server(ThreadingHTTPServer):
    # Room for a burst of connections (the client's pool opens up to 100 at once).
    request_queue_size = 256


class LoopbackServer:
    def __init__(self) -> None:
        self.routes: dict[str, Handler] = {}
        # Answers paths without a route (None: a 404).
        self.fallback: Handler | None = None
        self.requests: list[Request] = []
        self._connections = 0
        self._lock = threading.Lock()
        server = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def setup(self) -> None:
                super().setup()
                with server._lock:
                    server._connections += 1
                    self.connection_number = server._connections

            def log_message(self, *args: Any) -> None:
                pass

            def _handle(self) -> None:
                url = urlsplit(self.path)
                length = int(self.headers.get("content-length") or 0)
                raw = self.rfile.read(length) if length else b""
                body = json.loads(raw) if raw and "json" in (self.headers.get("content-type") or "") else raw
                headers = {name.lower(): value for name, value in self.headers.items()}
                query = dict(parse_qsl(url.query))
                request = Request(self.command, url.path, query, body, self.connection_number, headers, self.path)
                server.requests.append(request)
                handler = server.routes.get(url.path, server.fallback)
                reply = handler(request) if handler else json_reply({"code": 4200, "msg": "no route"}, 404)
                self._send(reply)

            do_GET = do_POST = do_PUT = do_DELETE = _handle

            def handle(self) -> None:
                # A client that stops reading early resets the connection; that is the point.
                with contextlib.suppress(ConnectionError):
                    super().handle()

            def _send(self, reply: Reply) -> None:
                self.send_response(reply.status)
                self.send_header("Content-Type", reply.content_type)
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                if not reply.chunks:
                    self.send_header("Content-Length", str(len(reply.body)))
                    self.end_headers()
                    self.wfile.write(reply.body)
                    return
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                for chunk in reply.chunks:
                    if chunk:
                        self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                        self.wfile.flush()
                if reply.cut:
                    self.close_connection = True
                    return
                self.wfile.write(b"0\r\n\r\n")

        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.daemon_threads = True
        self.base_url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.02,), daemon=True)

    @property
    def connections(self) -> int:
        """How many TCP connections clients have opened so far."""
        return self._connections

    def paths(self) -> list[str]:
        return [request.path for request in self.requests]

    def __enter__(self) -> LoopbackServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()


def serve() -> Iterator[LoopbackServer]:
    """The body of a pytest fixture: a running server, shut down afterwards."""
    with LoopbackServer() as server:
        yield server


class RawServer:
    """A TCP server on 127.0.0.1 that runs `handle(connection, server)` for each client, in
    its own thread. Handlers that stall wait on `server.stop`, which is set at exit."""

    def __init__(self, handle: Callable[[socket.socket, RawServer], None]) -> None:
        self._handle = handle
        self.stop = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.base_url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        self._connections: list[socket.socket] = []
        self._thread = threading.Thread(target=self._accept, daemon=True)

    def _accept(self) -> None:
        while not self.stop.is_set():
            try:
                connection, _ = self._listener.accept()
            except OSError:
                return
            self._connections.append(connection)
            threading.Thread(target=self._serve, args=(connection,), daemon=True).start()

    def _serve(self, connection: socket.socket) -> None:
        with contextlib.suppress(OSError), connection:
            self._handle(connection, self)

    def __enter__(self) -> RawServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self._listener.close()
        for connection in self._connections:
            with contextlib.suppress(OSError):
                connection.close()


def read_request(connection: socket.socket) -> bytes:
    """Read one request (head and Content-Length body) from a raw connection; its head."""
    return read_request_and_body(connection)[0]


def read_request_and_body(connection: socket.socket) -> tuple[bytes, bytes]:
    """Read one request from a raw connection: its head, and its (Content-Length) body."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = connection.recv(65536)
        if not chunk:
            return data, b""
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    while len(body) < length:
        chunk = connection.recv(65536)
        if not chunk:
            break
        body += chunk
    return head, body
