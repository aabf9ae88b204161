"""The audio in server frames: base64 text on the wire, bytes once something decoded it.

It is PCM unless the session asked the server for another codec (`output_audio.codec`).
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping

# Where each server event that carries audio keeps it, under the frame's `data`.
AUDIO_FIELDS = {
    "speech.audio.update": "delta",
    "conversation.audio.delta": "content",
    "simult_interpretation.audio.delta": "delta",
}


def decode_audio(payload: str | bytes | bytearray | memoryview) -> bytes:
    """The audio bytes of a payload: base64 text is decoded, bytes are taken as they are."""
    if isinstance(payload, str):
        try:
            return base64.b64decode(payload, validate=True)
        except (binascii.Error, ValueError) as error:
            raise ValueError(f"audio payload is not base64 ({error})") from None
    if isinstance(payload, bytes | bytearray | memoryview):
        return bytes(payload)
    raise TypeError(f"audio payload must be base64 text or bytes, not {type(payload).__name__}")


def frame_audio(frame: Mapping[str, object]) -> bytes:
    """The audio bytes of a `speech.audio.update`, `conversation.audio.delta` or
    `simult_interpretation.audio.delta` frame, given as its decoded JSON object."""
    event_type = frame.get("event_type")
    field = AUDIO_FIELDS.get(event_type) if isinstance(event_type, str) else None
    if field is None:
        raise ValueError(f"a {event_type!r} frame carries no audio; audio comes in {', '.join(AUDIO_FIELDS)}")
    data = frame.get("data")
    if not isinstance(data, Mapping) or field not in data:
        raise ValueError(f"{event_type} frame without data.{field}")
    return decode_audio(data[field])
