"""What a handler gets (`Call`) and gives back (`JSONAnswer`, `StreamAnswer`, `BytesAnswer`),
how answers are framed on the wire, and the answer the spec itself gives for operations
without hand-written behaviour. No I/O: the server turns answers into HTTP responses.
"""

from __future__ import annotations

import io
import json
import wave
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any, Literal

from ._spec import SpecOperation
from ._state import CozeFailure, State

__all__ = [
    "Answer",
    "BytesAnswer",
    "Call",
    "JSONAnswer",
    "StreamAnswer",
    "Upload",
    "error_body",
    "fail",
    "ok",
    "parse_multipart",
    "spec_answer",
    "sse_frame",
]


@dataclass(frozen=True)
class Upload:
    """A file part of a multipart request."""

    filename: str
    content: bytes
    content_type: str


@dataclass
class Call:
    """One request to an operation, parsed."""

    operation: SpecOperation
    state: State
    path_params: dict[str, str] = field(default_factory=dict)
    query: dict[str, str] = field(default_factory=dict)
    body: Any = None  # the JSON body, when there is one
    form: dict[str, str] = field(default_factory=dict)
    files: dict[str, Upload] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)  # lower-case names
    logid: str = ""  # the x-tt-logid the answer carries (a workflow run keeps it as its own)
    origin: str = "http://localhost"  # scheme://host the request came to, for links back to the emulator

    def param(self, name: str) -> Any:
        """A request value by name, from the path, the query or the body (in that order)."""
        if self.path_params.get(name):
            return self.path_params[name]
        if self.query.get(name):
            return self.query[name]
        if isinstance(self.body, dict) and self.body.get(name) not in (None, ""):
            return self.body[name]
        return self.form.get(name) or None

    def require(self, name: str) -> str:
        value = self.param(name)
        if value is None:
            raise CozeFailure(4000, f"{name} is required", status=400)
        return str(value)

    def body_field(self, name: str, default: Any = None) -> Any:
        return self.body.get(name, default) if isinstance(self.body, dict) else default

    @property
    def streaming(self) -> bool:
        """The request asks for an event stream (an SSE-only operation, or its stream flag set)."""
        if self.operation.streams_only:
            return True
        flag = (self.operation.stream or {}).get("flag")
        return isinstance(flag, str) and self.body_field(flag) is True


@dataclass
class JSONAnswer:
    body: Any
    status: int = 200


@dataclass
class StreamAnswer:
    """An event stream: (event, data) pairs, framed `chat` style (`event:x` / `data:{...}`) or
    `workflow` style (numbered `id: n` lines, a space after each colon), as Coze frames them."""

    events: Iterator[tuple[str, Any]]
    style: Literal["chat", "workflow"] = "chat"


@dataclass
class BytesAnswer:
    content: bytes
    content_type: str


Answer = JSONAnswer | StreamAnswer | BytesAnswer


def ok(data: Any = None, **top_level: Any) -> JSONAnswer:
    """A success envelope; `data` is omitted when None, `top_level` fields sit beside it."""
    body: dict[str, Any] = {"code": 0, "msg": ""}
    if data is not None:
        body["data"] = data
    body.update(top_level)
    return JSONAnswer(body)


def error_body(code: int, msg: str, logid: str) -> dict[str, Any]:
    return {"code": code, "msg": msg, "detail": {"logid": logid}}


def fail(failure: CozeFailure, logid: str) -> JSONAnswer:
    return JSONAnswer(error_body(failure.code, failure.msg, logid), failure.status)


def sse_frame(event: str, data: Any, *, index: int | None = None) -> bytes:
    """One event on the wire. Chat streams: `event:name\\ndata:{json}\\n\\n`; with an `index`
    (workflow streams): `id: 0\\nevent: Message\\ndata: {json}\\n\\n`."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    if index is None:
        return f"event:{event}\ndata:{text}\n\n".encode()
    return f"id: {index}\nevent: {event}\ndata: {text}\n\n".encode()


def parse_multipart(body: bytes, content_type: str) -> tuple[dict[str, str], dict[str, Upload]]:
    """The text fields and the files of a multipart/form-data body."""
    message = BytesParser(policy=HTTP).parsebytes(b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + body)
    form: dict[str, str] = {}
    files: dict[str, Upload] = {}
    if not message.is_multipart():
        return form, files
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            continue
        payload = part.get_payload(decode=True)
        content = payload if isinstance(payload, bytes) else b""
        filename = part.get_filename()
        if filename is None:
            form[name] = content.decode("utf-8", "replace")
        else:
            files[name] = Upload(filename, content, part.get_content_type())
    return form, files


def spec_answer(call: Call) -> Answer:
    """The answer for an operation without hand-written behaviour, taken from the spec."""
    operation = call.operation
    binary = operation.binary_type
    if binary is not None:
        return BytesAnswer(silence(), binary)
    if call.streaming:
        stream = operation.stream or {}
        events = stream.get("events") or {}
        terminal = list(stream.get("terminal") or [])
        # Without an event example to go by, the stream ends at once, properly.
        pairs = [(name, "[DONE]" if name == "done" else {}) for name in terminal if name in events or not events]
        return StreamAnswer(iter(pairs))
    example = operation.example()
    return JSONAnswer(example if example is not None else {"code": 0, "msg": ""})


def silence(seconds: float = 0.1, rate: int = 24000) -> bytes:
    """A short silent mono 16-bit WAV: some real audio for binary (speech) operations."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(b"\x00\x00" * int(seconds * rate))
    return buffer.getvalue()
