"""The emulator's HTTP server: a Starlette app run by uvicorn on a background thread.

Every request goes the same way: logged, routed by the spec's route table, faults applied,
authenticated, validated against the spec, answered by its hand-written handler or from
the spec, and stamped with an `x-tt-logid`.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import logging
import socket
import tempfile
import threading
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import parse_qsl, urlencode

import uvicorn
from starlette.applications import Starlette
from starlette.requests import HTTPConnection, Request
from starlette.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response, StreamingResponse
from starlette.routing import Route, WebSocketRoute

from ._answers import (
    Answer,
    BytesAnswer,
    Call,
    JSONAnswer,
    StreamAnswer,
    error_body,
    fail,
    parse_multipart,
    spec_answer,
    sse_frame,
)
from ._faults import Fault, Faults
from ._handlers import DEVICE_PAGE, HANDLERS, device_form
from ._host import HostCheck, is_loopback, loopback_hosts
from ._http import JSON_TYPE, fault_response, json_response
from ._oauth import AppKind, OAuthClient, OAuthFailure, OAuthServer
from ._spec import MethodNotAllowed, Spec, SpecOperation, load_spec
from ._state import Bot, CozeFailure, Reply, State, Timing, Transcribe, Workflow, echo, hear
from ._tls import Certificate, make_certificate
from ._validate import CoreRequest, Validator
from ._ws_server import WebSocketRoutes, WebSocketSession

__all__ = ["DEFAULT_TOKEN", "CozeEmulator", "RecordedRequest"]

DEFAULT_TOKEN = "pat_emulator"
SSE_TYPE = "text/event-stream; charset=utf-8"
_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]


@dataclass(frozen=True)
class RecordedRequest:
    """A request the emulator received, as tests assert on it."""

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]  # lower-case names
    body: bytes = field(repr=False)
    json: Any
    operation_id: str | None


class _DroppedConnection(Exception):
    """Raised inside a streamed answer to make the server close the connection mid-stream."""


class _QuietDrops(logging.Filter):
    """Keeps uvicorn from logging as server errors the connections we drop on purpose, the
    answers still waiting (a latency fault) when the emulator stops, and the WebSocket
    handshakes we refuse on purpose: after sending the refusal, uvicorn's websockets
    protocol still reports a handshake left incomplete."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and isinstance(record.exc_info[1], _DroppedConnection | asyncio.CancelledError):
            return False
        return record.getMessage() != "ASGI callable returned without completing handshake."


logging.getLogger("uvicorn.error").addFilter(_QuietDrops())


class _Logids:
    """Logids shaped like Coze's: a timestamp and a counter (`20250101120000001...`)."""

    def __init__(self) -> None:
        self._counter = itertools.count(1)
        self._lock = threading.Lock()

    def __call__(self) -> str:
        with self._lock:
            number = next(self._counter)
        now = time.time()
        return time.strftime("%Y%m%d%H%M%S", time.localtime(now)) + f"{int(now * 1000) % 1000:03d}{number:015X}"


class CozeEmulator:
    """A local Coze Open API server for tests and demos, on 127.0.0.1 (a free port by default).

    with CozeEmulator() as emu:
        coze = Coze(base_url=emu.base_url, token=emu.token)

    It serves every operation of the spec: chats, conversations, messages, files, bots and
    workflows behave (in memory), the rest answer their spec example. `faults` injects
    failures, `requests` records what arrived, `add_bot` / `add_workflow` configure
    behaviour, `state` holds everything. Requests are checked against the spec (`validate`)
    and must carry `Authorization: Bearer <token>` (any bearer token when `token` is None).
    With `tls=True` it serves https:// and wss:// with a certificate of its own, made at
    start: clients trust `cert_file` (for example through `SSL_CERT_FILE`).
    On a loopback `host` it answers only requests addressed to `127.0.0.1`, `localhost` or
    `[::1]` with its port (against DNS rebinding).
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        token: str | None = DEFAULT_TOKEN,
        spec: str | Path | None = None,
        validate: bool = True,
        reply: Reply = echo,
        transcribe: Transcribe = hear,
        timing: Timing | None = None,
        clock: Callable[[], float] = time.monotonic,
        tls: bool = False,
    ) -> None:
        self.host = host
        self.port = port
        self.token = token
        self.tls = tls
        self._certificate: Certificate | None = None
        self._certificate_dir: tempfile.TemporaryDirectory[str] | None = None
        self.validate = validate
        self.spec: Spec = load_spec(spec)
        self.validator = Validator(self.spec)
        self._settings = (reply, transcribe, timing or Timing(), clock)
        self.state = self._fresh_state()
        self.faults = Faults()
        self._requests: list[RecordedRequest] = []
        self._requests_lock = threading.Lock()
        self._logid = _Logids()
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._websockets = WebSocketRoutes(
            spec=self.spec,
            faults=self.faults,
            state=lambda: self.state,
            authorized=self._authorized,
            logid=self._logid,
            abort=self._abort,
            pause=self._pause_reading,
            validate=validate,
        )
        self.app = Starlette(
            routes=[
                # Coze's www pages, where a user allows access: the emulator's user always does.
                Route("/api/permission/oauth2/authorize", self._authorize_page),
                Route("/api/permission/oauth2/workspace_id/{workspace_id}/authorize", self._authorize_page),
                Route(DEVICE_PAGE, self._device_page, methods=["GET", "POST"]),
                Route("/{path:path}", self._endpoint, methods=_METHODS),
                WebSocketRoute("/{path:path}", self._websockets.serve),
            ]
        )

    # Set-up and tear-down ---------------------------------------------------------------

    @property
    def base_url(self) -> str:
        return f"{'https' if self.tls else 'http'}://{self.host}:{self.port}"

    @property
    def cert_file(self) -> Path | None:
        """The certificate to trust when serving with `tls=True` and started (else None)."""
        return self._certificate.cert_file if self._certificate is not None else None

    def start(self) -> CozeEmulator:
        """Start serving on a background thread; returns once requests are accepted."""
        if self._thread is not None:
            raise RuntimeError("the emulator is already running")
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        # Accepted sockets inherit it: without it, Nagle plus delayed ACKs add 40 ms to most answers.
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.bind((self.host, self.port))
        self.port = sock.getsockname()[1]
        tls: dict[str, Any] = {}
        if self.tls:
            self._certificate_dir = tempfile.TemporaryDirectory(prefix="coze-emulator-tls-")
            self._certificate = make_certificate(Path(self._certificate_dir.name), self.host)
            tls = {"ssl_certfile": str(self._certificate.cert_file), "ssl_keyfile": str(self._certificate.key_file)}
        config = uvicorn.Config(
            HostCheck(self.app, self._allowed_hosts),
            log_config=None,
            access_log=False,
            lifespan="off",
            http="h11",
            ws="websockets-sansio",
            loop="asyncio",
            timeout_graceful_shutdown=1,
            **tls,
        )
        server = uvicorn.Server(config)
        thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="coze-emulator", daemon=True)
        thread.start()
        deadline = time.monotonic() + 10
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                sock.close()
                self._drop_certificate()
                raise RuntimeError("the Coze emulator did not start")
            time.sleep(0.005)
        self._server, self._thread = server, thread
        return self

    def _allowed_hosts(self) -> frozenset[str] | None:
        """The `Host` headers answered: the loopback names of the port when serving on a
        loopback address (against DNS rebinding), any when serving beyond it."""
        return loopback_hosts(self.port) if is_loopback(self.host) else None

    def stop(self) -> None:
        """Stop serving (open streams are cut)."""
        if self._server is None or self._thread is None:
            return
        self._websockets.release()
        self._server.should_exit = True
        self._server.force_exit = True
        self._thread.join(timeout=10)
        self._server = self._thread = None
        self._drop_certificate()

    def _drop_certificate(self) -> None:
        if self._certificate_dir is not None:
            self._certificate_dir.cleanup()
        self._certificate_dir = self._certificate = None

    def __enter__(self) -> CozeEmulator:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.stop()

    def reset(self) -> None:
        """Forget everything: state (back to the constructor's reply and timing), faults and
        recorded requests. The server keeps running."""
        self.state = self._fresh_state()
        self.faults.clear()
        with self._requests_lock:
            self._requests.clear()
        self._websockets.clear()

    def _fresh_state(self) -> State:
        reply, transcribe, timing, clock = self._settings
        return State(reply=reply, transcribe=transcribe, timing=replace(timing), clock=clock)

    # Configuration and inspection ---------------------------------------------------------

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request received so far, oldest first (a copy)."""
        with self._requests_lock:
            return list(self._requests)

    @property
    def websockets(self) -> list[WebSocketSession]:
        """Every WebSocket session so far (refused handshakes too), oldest first (a copy)."""
        return self._websockets.sessions

    def add_bot(
        self,
        name: str = "Echo bot",
        *,
        bot_id: str | None = None,
        reply: Reply | None = None,
        tools: tuple[str, ...] | list[str] = (),
        description: str = "",
        workspace_id: str = "",
        fail: tuple[int, str] | None = None,
    ) -> Bot:
        """Register a bot; chats with a bot the emulator does not know fail with code 4200, as
        on Coze. `reply(question) -> answer` overrides the emulator's reply; `tools` (function
        names) make its chats stop in `requires_action` until tool outputs arrive; `fail`
        (code, msg) makes its chats end `failed` with that `last_error`."""
        return self.state.add_bot(
            name,
            bot_id=bot_id,
            reply=reply,
            tools=tools,
            description=description,
            workspace_id=workspace_id,
            fail=fail,
        )

    def add_workflow(
        self,
        *,
        workflow_id: str | None = None,
        run: Callable[[dict[str, Any]], Any] | None = None,
        interrupt: str | None = None,
    ) -> Workflow:
        """Register a workflow (runs of one the emulator does not know fail with code 4200, as on
        Coze): `run(parameters) -> output` (default: echo the parameters), which its run
        history reports too; `interrupt` makes streamed runs ask that question first (resume
        with stream_resume)."""
        return self.state.add_workflow(workflow_id=workflow_id, run=run, interrupt=interrupt)

    @property
    def oauth(self) -> OAuthServer:
        """The OAuth server: its apps, issued tokens and knobs (`access_token_ttl`,
        `device_interval`, `expire_tokens()`...)."""
        return self.state.oauth

    def add_oauth_app(
        self,
        kind: AppKind,
        *,
        client_id: str | None = None,
        client_secret: str | None = None,
        public_key: str | None = None,
        public_key_id: str | None = None,
        redirect_uris: list[str] | tuple[str, ...] = (),
    ) -> OAuthClient:
        """Register an OAuth app (`"web"`, `"pkce"`, `"device"` or `"jwt"`); ids, the web
        secret and a JWT key pair are made up when not given (`app.private_key`)."""
        return self.state.oauth.add_app(
            kind,
            client_id=client_id,
            client_secret=client_secret,
            public_key=public_key,
            public_key_id=public_key_id,
            redirect_uris=redirect_uris,
        )

    def approve_device(self, user_code: str) -> None:
        """Allow the device login showing `user_code` (what its user does in a browser:
        the form of `GET <verification_uri>?user_code=...`, which posts it; a plain
        `POST <verification_uri>?user_code=...` does the same)."""
        self.state.oauth.approve_device(user_code)

    def deny_device(self, user_code: str) -> None:
        """Deny the device login showing `user_code`."""
        self.state.oauth.deny_device(user_code)

    # Serving --------------------------------------------------------------------------------

    async def _endpoint(self, request: Request) -> Response:
        body = await request.body()
        logid = self._logid()
        method, path = request.method, request.url.path
        try:
            matched = self.spec.match(method, path)
        except MethodNotAllowed:
            self._record(request, body, None)
            return json_response(error_body(4000, f"{method} is not allowed on {path}", logid), 405, logid)
        operation, path_params = matched if matched is not None else (None, {})
        self._record(request, body, operation)
        fault = self.faults.take(
            operation.id if operation else None, operation.route if operation else None, method, path
        )
        if fault is not None and fault.latency:
            await asyncio.sleep(fault.latency)
        if fault is not None and fault.replaces_answer:
            return fault_response(fault, logid)
        if operation is None:
            return json_response(error_body(4200, f"no such operation: {method} {path}", logid), 404, logid)
        if operation.needs_auth(self.spec.security) and not self._authorized(request):
            return json_response(
                error_body(4100, "authentication is invalid: check the access token", logid), 401, logid
            )
        query = [(name, value) for name, value in request.query_params.multi_items() if value != ""]
        try:
            call, checked_body = self._parse(operation, path_params, query, dict(request.headers.items()), body)
        except CozeFailure as failure:
            return self._respond(fail(failure, logid), None, logid)
        if self.validate:
            problems = self.validator.request_errors(
                CoreRequest.build(
                    self.spec,
                    operation,
                    path=path,
                    path_params=path_params,
                    query=query,
                    headers=request.headers.items(),
                    body=checked_body,
                )
            )
            if problems:
                return json_response(error_body(4000, "; ".join(problems), logid), 400, logid)
        call.origin = f"{request.url.scheme}://{request.headers.get('host') or request.url.netloc}"
        answer = self._answer(call, logid)
        return self._respond(answer, fault, logid)

    def _authorized(self, request: HTTPConnection) -> bool:
        header = request.headers.get("authorization", "")
        if not header and request.scope["type"] == "websocket":
            header = request.query_params.get("authorization", "")  # how @coze/api sends it
        scheme, _, credentials = header.partition(" ")
        if scheme.lower() != "bearer" or not credentials.strip():
            return False
        token = credentials.strip()
        return self.token is None or token == self.token or self.state.oauth.accepts(token)

    async def _authorize_page(self, request: Request) -> Response:
        """The consent page: the user allows access, and is sent to the redirect URL."""
        query = request.query_params
        self._record(request, b"", None)
        redirect_uri = query.get("redirect_uri", "")
        if query.get("response_type") != "code" or not redirect_uri:
            return PlainTextResponse("invalid request: response_type=code and redirect_uri are required", 400)
        try:
            code = self.state.oauth.authorize(
                query.get("client_id", ""),
                redirect_uri,
                code_challenge=query.get("code_challenge"),
                code_challenge_method=query.get("code_challenge_method"),
            )
        except OAuthFailure as failure:
            return PlainTextResponse(f"{failure.error}: {failure.description}", failure.status)
        separator = "&" if "?" in redirect_uri else "?"
        target = f"{redirect_uri}{separator}{urlencode({'code': code, 'state': query.get('state', '')})}"
        return RedirectResponse(target, 302)

    async def _device_page(self, request: Request) -> Response:
        """The device verification page. A GET shows a form with the code; only its POST
        (the code and `deny=1` to deny, in the form or the query) decides, so opening a
        link, or a page loading an image from it, never approves a login. A POST sent by
        a page of another origin (a cross-site form) is refused."""
        body = await request.body()
        self._record(request, body, None)
        if request.method == "GET":
            return HTMLResponse(device_form(request.query_params.get("user_code", "")))
        origin = request.headers.get("origin")
        if origin is not None and origin.lower() != f"http://{request.headers.get('host', '')}".lower():
            return PlainTextResponse("A login is allowed from this emulator's own page only.", 403)
        fields = {**request.query_params, **dict(parse_qsl(body.decode("utf-8", "replace")))}
        user_code = fields.get("user_code", "")
        try:
            if fields.get("deny"):
                self.state.oauth.deny_device(user_code)
                return PlainTextResponse(f"Access denied for {user_code}.")
            self.state.oauth.approve_device(user_code)
        except KeyError:
            return PlainTextResponse(f"No login waits for the code {user_code!r}.", 404)
        return PlainTextResponse(f"Access allowed for {user_code}; you can close this page.")

    def _abort(self, client: Any) -> None:
        """Cut the TCP connection of `client` (host, port) without a close frame (a fault)."""
        for connection in self._connections_of(client):
            connection.transport.abort()

    def _pause_reading(self, client: Any) -> None:
        """Stop reading the TCP connection of `client`: nothing it sends is seen, nor answered (a fault)."""
        for connection in self._connections_of(client):
            connection.transport.pause_reading()

    def _connections_of(self, client: Any) -> list[Any]:
        if self._server is None or client is None:
            return []
        return [c for c in list(self._server.server_state.connections) if getattr(c, "client", None) == tuple(client)]

    def _record(self, request: Request, body: bytes, operation: SpecOperation | None) -> None:
        try:
            parsed = json.loads(body) if body and "json" in request.headers.get("content-type", "") else None
        except ValueError:
            parsed = None
        recorded = RecordedRequest(
            method=request.method,
            path=request.url.path,
            query=dict(request.query_params),
            headers={name.lower(): value for name, value in request.headers.items()},
            body=body,
            json=parsed,
            operation_id=operation.id if operation else None,
        )
        with self._requests_lock:
            self._requests.append(recorded)

    def _parse(
        self,
        operation: SpecOperation,
        path_params: dict[str, str],
        query: list[tuple[str, str]],
        headers: dict[str, str],
        body: bytes,
    ) -> tuple[Call, bytes]:
        """The call for the handler, and the body as the spec check sees it.

        Like Coze, the emulator reads an empty query parameter and a JSON null as absent
        (cozepy sends `conversation_id=` and `"meta_data": null`, and real Coze accepts them).
        """
        call = Call(operation, self.state, dict(path_params), dict(query), headers=headers)
        content_type = headers.get("content-type", "")
        if content_type.startswith("multipart/form-data"):
            call.form, call.files = parse_multipart(body, content_type)
            return call, body
        if not body or not (content_type == "" or "json" in content_type):
            return call, body
        try:
            parsed = json.loads(body)
        except ValueError as error:
            raise CozeFailure(4000, f"the request body is not valid JSON: {error}", status=400) from None
        call.body = _without_nulls(parsed)
        return call, body if call.body == parsed else json.dumps(call.body).encode()

    def _answer(self, call: Call, logid: str) -> Answer:
        handler = HANDLERS.get(call.operation.id, spec_answer)
        call.logid = logid
        try:
            with self.state.lock:
                return handler(call)
        except CozeFailure as failure:
            return fail(failure, logid)

    def _respond(self, answer: Answer, fault: Fault | None, logid: str) -> Response:
        extra = dict(fault.headers) if fault is not None else {}
        if isinstance(answer, BytesAnswer):
            return Response(answer.content, media_type=answer.content_type, headers={"x-tt-logid": logid, **extra})
        if isinstance(answer, JSONAnswer):
            body = answer.body
            if isinstance(body, dict) and "code" in body:
                body.setdefault("detail", {}).setdefault("logid", logid)
            content = json.dumps(body, ensure_ascii=False).encode()
            if fault is not None and fault.malformed_json:
                content = content[: max(len(content) // 2, 1)]
            return Response(content, answer.status, headers={"x-tt-logid": logid, **extra}, media_type=JSON_TYPE)
        return StreamingResponse(
            self._stream(answer, fault, self.state),
            headers={"x-tt-logid": logid, "cache-control": "no-cache", **extra},
            media_type=SSE_TYPE,
        )

    @staticmethod
    async def _stream(answer: StreamAnswer, fault: Fault | None, state: State) -> AsyncIterator[bytes]:
        """Send the events paced by `Timing.stream_interval`, applying stream faults."""
        events = answer.events
        drop = fault.drop_after_events if fault is not None else None
        end = fault.end_after_events if fault is not None else None
        try:
            for index in itertools.count():
                if index in (drop, end):
                    if index == drop:
                        raise _DroppedConnection(f"dropped after {index} events")
                    return
                if index and state.timing.stream_interval:
                    await asyncio.sleep(state.timing.stream_interval)
                with state.lock:  # producing an event moves the chat along
                    item = next(events, None)
                if item is None:
                    return
                frame = sse_frame(*item, index=index if answer.style == "workflow" else None)
                if fault is not None and fault.malformed_json and index == 0:
                    frame = _corrupt(frame)
                if fault is not None and fault.keepalive:
                    frame = b": keep-alive\n\n" + frame
                yield frame
        finally:
            close = getattr(events, "close", None)
            if close is not None:
                with state.lock:
                    close()


def _without_nulls(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _without_nulls(item) for key, item in value.items() if item is not None}
    if isinstance(value, list):
        return [_without_nulls(item) for item in value]
    return value


def _corrupt(frame: bytes) -> bytes:
    """The frame with its data line cut in the middle of the JSON."""
    head, _, data = frame.rstrip(b"\n").rpartition(b"data:")
    return head + b"data:" + data[: max(len(data) // 2, 1)] + b"\n\n"
