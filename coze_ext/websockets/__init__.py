"""Coze's real-time WebSocket endpoints: the sockets `connect()` returns, and their errors.

    with coze.websockets.chat.connect(bot_id="...") as ws:     # AsyncCoze: async with, no await
        ws.conversation_message_create({"role": "user", "content_type": "text", "content": "Hi"})
        for event in ws:                                       # one typed event per server frame
            if event.event_type == WsChatEventType.CONVERSATION_MESSAGE_DELTA:
                print(event.data.content, end="")
            elif event.event_type == WsChatEventType.CONVERSATION_CHAT_COMPLETED:
                break

Each name loads on first use, so importing this module costs nothing until a socket opens.
"""

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ._async import AsyncSocket as AsyncSocket
    from ._frames import WebSocketEventError as WebSocketEventError
    from ._sync import Socket as Socket

_EXPORTS: dict[str, str] = {
    "AsyncSocket": "._async",
    "Socket": "._sync",
    "WebSocketEventError": "._frames",
}

if not TYPE_CHECKING:  # hidden from type checkers, so a misspelt name is an error, not Any

    def __getattr__(name: str) -> object:
        import importlib

        module = _EXPORTS.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(_EXPORTS)


__all__ = sorted(_EXPORTS)
