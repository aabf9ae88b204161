"""Coze's real-time WebSocket endpoints: the sockets `connect()` returns, their errors, and
the voice clients built on them.

    with coze.websockets.chat.connect(bot_id="...") as ws:     # AsyncCoze: async with, no await
        ws.conversation_message_create({"role": "user", "content_type": "text", "content": "Hi"})
        for event in ws:                                       # one typed event per server frame
            if event.event_type == WsChatEventType.CONVERSATION_MESSAGE_DELTA:
                print(event.data.content, end="")
            elif event.event_type == WsChatEventType.CONVERSATION_CHAT_COMPLETED:
                break

The voice clients speak, listen and interpret, playing the
audio that comes back on a `Player` (the sound card by default):

    with WsSpeechClient(coze, player=MemoryPlayer()) as speech:
        speech.append_and_complete("Nice weather today.")
        speech.wait()                                          # spoken and played

`WsTranscriptionClient`, `WsChatClient` and `WsSimultInterpretationClient` likewise, each
with an `Async*` twin for `AsyncCoze`. Each name loads on first use, so importing this
module costs nothing until a socket opens.
"""

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .._errors import WebSocketEventError as WebSocketEventError
    from ._async import AsyncSocket as AsyncSocket
    from ._chat_client import AsyncWsChatClient as AsyncWsChatClient
    from ._chat_client import WsChatClient as WsChatClient
    from ._interpretation import AsyncWsSimultInterpretationClient as AsyncWsSimultInterpretationClient
    from ._interpretation import WsSimultInterpretationClient as WsSimultInterpretationClient
    from ._speech import AsyncWsSpeechClient as AsyncWsSpeechClient
    from ._speech import WsSpeechClient as WsSpeechClient
    from ._sync import Socket as Socket
    from ._transcription import AsyncWsTranscriptionClient as AsyncWsTranscriptionClient
    from ._transcription import WsTranscriptionClient as WsTranscriptionClient
    from ._voice import COMPLETED as COMPLETED
    from ._voice import Completed as Completed

_EXPORTS: dict[str, str] = {
    "AsyncSocket": "._async",
    "Socket": "._sync",
    "WebSocketEventError": "coze_ext._errors",
    "COMPLETED": "._voice",
    "Completed": "._voice",
    "WsSpeechClient": "._speech",
    "AsyncWsSpeechClient": "._speech",
    "WsTranscriptionClient": "._transcription",
    "AsyncWsTranscriptionClient": "._transcription",
    "WsChatClient": "._chat_client",
    "AsyncWsChatClient": "._chat_client",
    "WsSimultInterpretationClient": "._interpretation",
    "AsyncWsSimultInterpretationClient": "._interpretation",
}

if not TYPE_CHECKING:  # hidden from type checkers, so a misspelt name is an error, not Any
    from .._lazy import lazy_exports

    __getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)


__all__ = sorted(_EXPORTS)
