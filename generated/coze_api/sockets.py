"""The typed frames of every WebSocket endpoint, their senders and the socket protocols.

Generated from openapi/coze.yaml by `make gen`; never edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

from ._events import ClientEvent, EventMap


class _Sender(Protocol):
    def send(self, event: ClientEvent | Mapping[str, object]) -> None: ...


class _AsyncSender(Protocol):
    async def send(self, event: ClientEvent | Mapping[str, object]) -> None: ...


EVENT_MAPS: dict[str, EventMap] = {}

__all__ = []
