"""WebSocket frames: a server frame read into its typed event, a client event written as a
frame, and the debug log of both. No I/O: the sync and async sockets share every line.

Every frame is the JSON text `{"id", "event_type", "data", "detail"}`. A server frame
becomes the event class the endpoint's event map names for its `event_type` (an
`UnknownSocketEvent` when the map has none), its `data` checked and built into the event's
model and its `detail` into a `WsEventDetail`. A frame that is not such an object, or whose
data does not match the event's model, raises `WebSocketEventError` naming the event and
the field.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from typing import cast

import httpx
from coze_api._events import ClientEvent, JsonObject, SocketEvent, UnknownSocketEvent
from coze_api._model import ModelValidationError, to_jsonable, with_base64
from coze_api._runtime import SocketSpec
from coze_api.models import WsEventDetail
from coze_api.types import JsonValue

from .._errors import WebSocketEventError
from .._json import loads, parser
from .._logging import describe_body, log

_JSON = httpx.Headers({"content-type": "application/json"})
_detail_from_dict = WsEventDetail.from_dict


def _debug() -> bool:
    return log.isEnabledFor(logging.DEBUG)


class FrameReader:
    """Reads the server frames of one endpoint into typed events."""

    def __init__(self, spec: SocketSpec) -> None:
        self.endpoint = spec.id
        self._classes: Mapping[str, type[SocketEvent]] = spec.event_map().classes
        self.logid: str | None = None
        """The handshake's logid, for errors about frames that carry none."""
        self._decode = parser()

    def read(self, message: str | bytes) -> SocketEvent:
        """The typed event of one frame; `WebSocketEventError` if it does not match the spec."""
        if type(message) is not str:
            return self._refuse(message)
        # The hot path (a delta frame): decoded and built with no call in between; anything
        # unusual takes `_decode` (json.loads's answer), `_refuse` or `_detail`.
        try:
            frame = self._decode(message)
        except (ValueError, RecursionError):
            frame = _decode(message)
        if type(frame) is not dict or type(event_type := frame.get("event_type")) is not str:
            return self._refuse(message)
        if _debug():
            log_frame(self.endpoint, "<-", event_type, frame.get("id"), message)
        cls = self._classes.get(event_type)
        if cls is not None:
            event: SocketEvent = object.__new__(cls)
        else:
            event = unknown = object.__new__(UnknownSocketEvent)
            unknown.event_type = event_type
        event.raw = message
        frame_id = frame.get("id")
        event.id = frame_id if type(frame_id) is str or frame_id is None else str(frame_id)
        data = frame.get("data")
        detail = frame.get("detail")
        model = event.data_model
        if model is None:
            event.data = _json_object(data)
        elif type(data) is dict:
            try:
                event.data = model.from_dict(data)
            except ModelValidationError as error:
                event.data = _json_object(data)  # what the error shows of the event
                event.detail = self._detail(event, detail)
                raise self._mismatch(event, error.within("data")) from None
        else:
            event.data = _json_object(data)
            event.detail = self._detail(event, detail)
            reason = "it has no data" if data is None else "its data is not a JSON object"
            raise self._error(event, f"{reason}; the API description gives it a {model.__name__}", message)
        if type(detail) is dict:
            try:
                event.detail = _detail_from_dict(detail)
            except ModelValidationError:
                event.detail = self._detail(event, detail)  # raises, saying what is wrong
        else:
            event.detail = WsEventDetail()
        return event

    def _refuse(self, message: str | bytes) -> SocketEvent:
        """Raise the error of a frame that is not a JSON object with an `event_type`."""
        if not isinstance(message, str):
            log_frame(self.endpoint, "<-", None, None, message, binary=True)
            raise self._error(None, "a binary frame arrived; Coze sends JSON text", f"<{len(message)} bytes>")
        log_frame(self.endpoint, "<-", None, None, message)
        raise self._error(None, "the frame is not a JSON object with an event_type", message)

    def _detail(self, event: SocketEvent, detail: object) -> WsEventDetail:
        if type(detail) is not dict:
            return WsEventDetail()
        try:
            return WsEventDetail.from_dict(detail)
        except ModelValidationError as error:
            event.detail = WsEventDetail()
            raise self._mismatch(event, error.within("detail")) from None

    def _mismatch(self, event: SocketEvent, error: ModelValidationError) -> WebSocketEventError:
        failure = self._error(event, f"it does not match the API description: {error}", event.raw)
        failure.field = error.path or None
        return failure

    def _error(self, event: SocketEvent | None, reason: str, body: str) -> WebSocketEventError:
        detail = getattr(event, "detail", None)
        logid = getattr(detail, "logid", None) or self.logid
        what = f"event {str(event.event_type)!r}" if event is not None else "frame"
        suffix = f" (logid: {logid})" if logid else ""
        return WebSocketEventError(f"{self.endpoint}: {what}: {reason}{suffix}", event=event, logid=logid, body=body)


def _decode(message: str) -> object:
    try:
        return loads(message)
    except (ValueError, RecursionError):
        return None


def _json_object(value: object) -> JsonValue:
    """Decoded JSON whose objects also read by attribute (`event.data.content`)."""
    if type(value) is dict:
        return JsonObject({key: _json_object(item) for key, item in value.items()})
    if type(value) is list:
        return [_json_object(item) for item in value]
    return cast(JsonValue, value)  # decoded JSON: a str, number, bool or None


def encode(endpoint: str, event: ClientEvent | Mapping[str, object], upstream: Mapping[str, type[object]]) -> str:
    """The JSON text of a frame the client sends: a typed client event (its `to_dict()`), or a
    mapping sent as it is (models and enums inside it turned into JSON, and bytes given for
    a base64 field of its data encoded, as the endpoint's event map `upstream` says)."""
    if isinstance(event, ClientEvent):
        frame = event.to_dict()
    elif isinstance(event, Mapping):
        known = upstream.get(str(event.get("event_type")))
        model = getattr(known, "data_model", None)
        if model is not None and "data" in event:
            event = {**event, "data": with_base64(model, event["data"])}
        frame = cast(dict[str, JsonValue], to_jsonable(event))
    else:
        raise TypeError(f"send() takes a client event or a dict with event_type and data, not {type(event).__name__}")
    event_type = frame.get("event_type")
    if not isinstance(event_type, str) or not event_type:
        raise ValueError("a frame needs an event_type (a non-empty str)")
    try:
        text = json.dumps(frame, ensure_ascii=False, separators=(",", ":"))
    except (TypeError, ValueError) as error:
        hint = " (bytes go only in base64 fields, such as an audio delta)" if "bytes" in str(error) else ""
        raise TypeError(f"{event_type}: the frame is not JSON ({error}){hint}") from None
    log_frame(endpoint, "->", event_type, frame.get("id"), text)
    return text


def log_frame(
    endpoint: str, direction: str, event_type: object, frame_id: object, message: str | bytes, *, binary: bool = False
) -> None:
    """One debug line per frame: its type, id, size and content, audio and secrets left out."""
    if not log.isEnabledFor(logging.DEBUG):
        return
    content = message.encode() if isinstance(message, str) else message
    shown = f"<{len(content)} bytes of binary>" if binary else describe_body(_JSON, content)
    log.debug("websocket %s %s %s id=%s %d bytes %s", endpoint, direction, event_type, frame_id, len(content), shown)
