"""Coze's real-time WebSocket endpoints: the sockets `connect()` returns, their errors, and
the voice clients built on them.

    with coze.websockets.chat.connect(bot_id="...") as ws:     # AsyncCoze: async with, no await
        ws.conversation_message_create({"role": "user", "content_type": "text", "content": "Hi"})
        for event in ws:                                       # one typed event per server frame
            if event.event_type == WsChatEventType.CONVERSATION_MESSAGE_DELTA:
                print(event.data.content, end="")
            elif event.event_type == WsChatEventType.CONVERSATION_CHAT_COMPLETED:
                break

The voice clients speak, listen and interpret, playing the audio that comes back on a
`Player` (the sound card by default):

    with WsSpeechClient(coze, player=MemoryPlayer()) as speech:
        speech.append_and_complete("Nice weather today.")
        speech.wait()                                          # spoken and played

`WsTranscriptionClient`, `WsChatClient` and `WsSimultInterpretationClient` likewise, each
with an `Async*` twin for `AsyncCoze`. Each name loads on first use, so importing this
module costs nothing until a socket opens.
"""

TYPE_CHECKING = False
if TYPE_CHECKING:  # written by `make gen` from _EXPORTS below (codegen/exports.py): never edit by hand
    from coze_api._runtime import AsyncSocket as AsyncSocket
    from coze_api._runtime import Socket as Socket

    from .._errors import AudioPlaybackError as AudioPlaybackError
    from .._errors import WebSocketEventError as WebSocketEventError
    from ._chat_client import AsyncWsChatClient as AsyncWsChatClient
    from ._chat_client import WsChatClient as WsChatClient
    from ._interpretation import AsyncWsSimultInterpretationClient as AsyncWsSimultInterpretationClient
    from ._interpretation import WsSimultInterpretationClient as WsSimultInterpretationClient
    from ._speech import AsyncWsSpeechClient as AsyncWsSpeechClient
    from ._speech import WsSpeechClient as WsSpeechClient
    from ._transcription import AsyncWsTranscriptionClient as AsyncWsTranscriptionClient
    from ._transcription import WsTranscriptionClient as WsTranscriptionClient
    from ._voice import COMPLETED as COMPLETED
    from ._voice import Completed as Completed

# Every public name, by the module it lives in: the one list to edit when a name is added.
_EXPORTS: dict[str, tuple[str, ...]] = {
    "._chat_client": ("AsyncWsChatClient", "WsChatClient"),
    "._interpretation": ("AsyncWsSimultInterpretationClient", "WsSimultInterpretationClient"),
    "._speech": ("AsyncWsSpeechClient", "WsSpeechClient"),
    "._transcription": ("AsyncWsTranscriptionClient", "WsTranscriptionClient"),
    "._voice": ("COMPLETED", "Completed"),
    ".._errors": ("AudioPlaybackError", "WebSocketEventError"),
    # What `connect()` returns, to annotate with (each endpoint's own, `ChatSocket`..., is in coze_ext.types).
    "coze_api._runtime": ("AsyncSocket", "Socket"),
}

if not TYPE_CHECKING:  # hidden from type checkers, so a misspelt name is an error, not Any
    from .._lazy import lazy_exports

    __getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)


__all__ = sorted(name for names in _EXPORTS.values() for name in names)
