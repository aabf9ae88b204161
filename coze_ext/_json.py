"""JSON decoding for answers, stream events and WebSocket frames: one `loads` for the SDK.

A chat stream or a voice session decodes one small JSON object per event, tens of
thousands of them, so the decoder sets their pace: orjson (a dependency on CPython) takes
a fifth of `json.loads`'s time for a chat delta. It is imported at the first decode, not
with the SDK: its import costs about 15 ms (it imports dataclasses, uuid, zoneinfo...),
which a client that has not called anything yet should not pay.

Every text decodes to what `json.loads` gives: what orjson refuses and `json.loads`
accepts (NaN and Infinity, a lone surrogate escape, a byte-order mark, a number beyond a
double's range, nesting deeper than 1,024) goes to `json.loads`, and what neither accepts
raises `json.JSONDecodeError` (a `ValueError`), or `RecursionError`, as before. One
difference stays: an integer outside 64 bits (beyond Coze's int64 IDs and counts) arrives
as a float. Without orjson (another Python, or no wheel for the platform), `json.loads`
does all of it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

__all__ = ["loads", "parser"]

_parse: Callable[[str | bytes], Any] | None = None


def parser() -> Callable[[str | bytes], Any]:
    """The fastest decoder here (orjson's, else `json.loads`), for a hot loop that takes
    whatever it raises `ValueError` for to `loads`."""
    global _parse
    if _parse is None:
        try:
            import orjson
        except ImportError:
            _parse = json.loads
        else:
            _parse = orjson.loads
    return _parse


def loads(text: str | bytes) -> Any:
    """`text` (a JSON document, str or UTF-8 bytes) decoded as `json.loads` decodes it."""
    try:
        return (_parse or parser())(text)
    except ValueError:  # orjson.JSONDecodeError is one; json.loads decides, or raises
        return json.loads(text)
