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
import threading
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import TracebackType
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route

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
from ._faults import Fault, Faults, default_error_code
from ._handlers import HANDLERS
from ._spec import MethodNotAllowed, Spec, SpecOperation, load_spec
from ._state import Bot, CozeFailure, Reply, State, Timing, Workflow, echo
from ._validate import CoreRequest, Validator

__all__ = ["DEFAULT_TOKEN", "CozeEmulator", "RecordedRequest"]

DEFAULT_TOKEN = "pat_emulator"
JSON_TYPE = "application/json; charset=utf-8"
SSE_TYPE = "text/event-stream; charset=utf-8"
_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]
_GATEWAY_PAGE = (
    "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>emulated gateway</center>\r\n</body>\r\n</html>\r\n"
)


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
    """Keeps uvicorn from logging as server errors the connections we drop on purpose, and the
    answers still waiting (a latency fault) when the emulator stops."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], _DroppedConnection | asyncio.CancelledError))


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
        timing: Timing | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.host = host
        self.port = port
        self.token = token
        self.validate = validate
        self.spec: Spec = load_spec(spec)
        self.validator = Validator(self.spec)
        self._settings = (reply, timing or Timing(), clock)
        self.state = self._fresh_state()
        self.faults = Faults()
        self._requests: list[RecordedRequest] = []
        self._requests_lock = threading.Lock()
        self._logid = _Logids()
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self.app = Starlette(routes=[Route("/{path:path}", self._endpoint, methods=_METHODS)])

    # Set-up and tear-down ---------------------------------------------------------------

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

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
        config = uvicorn.Config(
            self.app,
            log_config=None,
            access_log=False,
            lifespan="off",
            http="h11",
            ws="none",
            loop="asyncio",
            timeout_graceful_shutdown=1,
        )
        server = uvicorn.Server(config)
        thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="coze-emulator", daemon=True)
        thread.start()
        deadline = time.monotonic() + 10
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                sock.close()
                raise RuntimeError("the Coze emulator did not start")
            time.sleep(0.005)
        self._server, self._thread = server, thread
        return self

    def stop(self) -> None:
        """Stop serving (open streams are cut)."""
        if self._server is None or self._thread is None:
            return
        self._server.should_exit = True
        self._server.force_exit = True
        self._thread.join(timeout=10)
        self._server = self._thread = None

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

    def _fresh_state(self) -> State:
        reply, timing, clock = self._settings
        return State(reply=reply, timing=replace(timing), clock=clock)

    # Configuration and inspection ---------------------------------------------------------

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request received so far, oldest first (a copy)."""
        with self._requests_lock:
            return list(self._requests)

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

    # Serving --------------------------------------------------------------------------------

    async def _endpoint(self, request: Request) -> Response:
        body = await request.body()
        logid = self._logid()
        method, path = request.method, request.url.path
        try:
            matched = self.spec.match(method, path)
        except MethodNotAllowed:
            self._record(request, body, None)
            return _json(error_body(4000, f"{method} is not allowed on {path}", logid), 405, logid)
        operation, path_params = matched if matched is not None else (None, {})
        self._record(request, body, operation)
        fault = self.faults.take(
            operation.id if operation else None, operation.route if operation else None, method, path
        )
        if fault is not None and fault.latency:
            await asyncio.sleep(fault.latency)
        if fault is not None and fault.replaces_answer:
            return _fault_response(fault, logid)
        if operation is None:
            return _json(error_body(4200, f"no such operation: {method} {path}", logid), 404, logid)
        if operation.needs_auth(self.spec.security) and not self._authorized(request):
            return _json(error_body(4100, "authentication is invalid: check the access token", logid), 401, logid)
        query = [(name, value) for name, value in request.query_params.multi_items() if value != ""]
        try:
            call, checked_body = self._parse(
                operation, path_params, query, request.headers.get("content-type", ""), body
            )
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
                return _json(error_body(4000, "; ".join(problems), logid), 400, logid)
        answer = self._answer(call, logid)
        return self._respond(answer, fault, logid)

    def _authorized(self, request: Request) -> bool:
        scheme, _, credentials = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not credentials.strip():
            return False
        return self.token is None or credentials.strip() == self.token

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
        content_type: str,
        body: bytes,
    ) -> tuple[Call, bytes]:
        """The call for the handler, and the body as the spec check sees it.

        Like Coze, the emulator reads an empty query parameter and a JSON null as absent
        (cozepy sends `conversation_id=` and `"meta_data": null`, and real Coze accepts them).
        """
        call = Call(operation, self.state, dict(path_params), dict(query))
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


def _json(body: Any, status: int, logid: str, headers: dict[str, str] | None = None) -> Response:
    return Response(
        json.dumps(body, ensure_ascii=False).encode(),
        status,
        headers={"x-tt-logid": logid, **(headers or {})},
        media_type=JSON_TYPE,
    )


def _fault_response(fault: Fault, logid: str) -> Response:
    headers = {"x-tt-logid": logid, **fault.headers}
    status = fault.status if fault.status is not None else 200
    if fault.html:
        return Response(_GATEWAY_PAGE, status, headers=headers, media_type="text/html")
    if fault.body is not None:
        return Response(fault.body, status, headers=headers, media_type=fault.content_type or "text/plain")
    code = fault.code if fault.code is not None else default_error_code(status)
    msg = fault.msg or f"emulated error (HTTP {status}, code {code})"
    return _json(error_body(code, msg, logid), status, logid, dict(fault.headers))


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
