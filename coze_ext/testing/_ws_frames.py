"""WebSocket frames: the client's checked against the spec, the server's built in Coze's envelope.

A client frame is JSON text `{"id"?, "event_type", "data"?}`; its event type must be in the
endpoint's upstream event map and its data must match the schema named there. What breaks
that is a `CozeFailure` (code 4000), which the session answers with an `error` event, as Coze
does, and goes on. Server frames carry `id`, `event_type`, `data` when there is any, and
`detail` with the session's `logid` and `respond_at`. No I/O.
"""

from __future__ import annotations

import json
import time
import uuid
from typing import Any

from openapi_schema_validator import OAS31Validator

from ._spec import Spec, WebSocketEndpoint
from ._state import CozeFailure

__all__ = ["FrameChecker", "query_problems", "server_frame"]

Frame = dict[str, Any]


class FrameChecker:
    """Reads client frames for one spec; `validate=False` skips the data schemas."""

    def __init__(self, spec: Spec, *, validate: bool = True) -> None:
        self.spec = spec
        self.validate = validate
        self._validators: dict[str, OAS31Validator] = {}

    def read(self, endpoint: WebSocketEndpoint, message: str | bytes) -> tuple[str, Any]:
        """The (event_type, data) of a client frame; `CozeFailure` saying what is wrong with it."""
        if isinstance(message, bytes):
            raise CozeFailure(4000, "frames must be JSON text, not binary")
        try:
            frame = json.loads(message)
        except ValueError:
            raise CozeFailure(4000, "the frame is not valid JSON") from None
        if not isinstance(frame, dict):
            raise CozeFailure(4000, "the frame must be a JSON object with an event_type")
        event_type = frame.get("event_type")
        if not isinstance(event_type, str) or event_type not in endpoint.upstream:
            raise CozeFailure(4000, f"unknown event_type {event_type!r} on {endpoint.path}")
        schema = endpoint.upstream[event_type]
        data = frame.get("data")
        if schema is not None and self.validate:
            problems = [_describe(error) for error in self._validator(schema).iter_errors(data)]
            if problems:
                raise CozeFailure(4000, f"invalid {event_type}: " + "; ".join(sorted(problems)))
        return event_type, data

    def _validator(self, schema: str) -> OAS31Validator:
        if schema not in self._validators:
            components = self.spec.document.get("components") or {}
            self._validators[schema] = OAS31Validator(
                {"$ref": f"#/components/schemas/{schema}", "components": components}
            )
        return self._validators[schema]


def query_problems(endpoint: WebSocketEndpoint, query: dict[str, str]) -> list[str]:
    """What is wrong with a handshake's query: a required parameter missing, a value off its enum."""
    problems = []
    for parameter in endpoint.parameters:
        name = parameter.get("name")
        value = query.get(str(name), "")
        if parameter.get("required") and not value:
            problems.append(f"query parameter {name} is required")
        allowed = (parameter.get("schema") or {}).get("enum")
        if value and allowed and value not in allowed:
            problems.append(f"query parameter {name} must be one of {', '.join(map(str, allowed))}")
    return problems


def server_frame(event_type: str, data: Any, logid: str, origin: str | None = None) -> Frame:
    """A server frame in Coze's envelope; `origin` (the client frame an error answers) goes in
    `detail.origin_message`."""
    frame: Frame = {"event_type": event_type, "id": str(uuid.uuid4())}
    if data is not None:
        frame["data"] = data
    detail = {"logid": logid, "respond_at": str(int(time.time() * 1000))}
    if origin is not None:
        detail["origin_message"] = origin
    frame["detail"] = detail
    return frame


def _describe(error: Any) -> str:
    where = ".".join(str(part) for part in error.absolute_path)
    return f"data.{where}: {error.message}" if where else f"data: {error.message}"
