"""Every model, enum and event class of the Coze API, generated from the OpenAPI document.

    from coze_ext.types import Chat, ChatMessage, ChatStatus, ConversationMessageDeltaEvent

Stream events (`ChatEvent`, `WorkflowEvent`...) and WebSocket frames (`WsChatServerEvent`,
the client frames and socket protocols) are here too.

Models are plain classes: fields are attributes named as on the wire (`message.type`; the
one exception, a run history's own `logid`, is `run_logid`, so `.logid` stays the
response's), optional ones are `X | None`; `Model.from_dict(json)` checks and builds one,
`to_dict()` turns it back, and unknown fields are kept in `additional_properties`. Enums
are `str` (or `int`, with named members: `DatasetFormatType.DOCUMENT`) enums that stay open:
a value Coze adds later parses as a member of its own. Each name loads on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from coze_api.names import EVENT_NAMES, MODEL_NAMES, SOCKET_NAMES

if TYPE_CHECKING:
    from coze_api.events import *  # noqa: F403
    from coze_api.models import *  # noqa: F403
    from coze_api.sockets import *  # noqa: F403
    from coze_api.types import JsonValue as JsonValue

_SOURCES: dict[str, tuple[str, ...]] = {
    "coze_api.models": tuple(MODEL_NAMES),
    "coze_api.events": tuple(EVENT_NAMES),
    "coze_api.sockets": tuple(SOCKET_NAMES),
    "coze_api.types": ("JsonValue",),
}

if not TYPE_CHECKING:  # hidden from type checkers, so a misspelt name is an error, not Any
    from ._lazy import lazy_exports

    __getattr__, __dir__ = lazy_exports(__name__, _SOURCES)


__all__ = sorted(name for names in _SOURCES.values() for name in names)
