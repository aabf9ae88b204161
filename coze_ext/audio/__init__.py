"""Audio for Coze's real-time voice endpoints: WAV files, the chunks you send, the audio you get, playback.

    from coze_ext.audio import SimpleAudioPlayer, WavWriter, frame_audio, iter_audio_deltas

    for delta in iter_audio_deltas("question.wav", realtime=True):   # input_audio_buffer.append
        ws.send({"event_type": "input_audio_buffer.append", "data": {"delta": delta}})
    with SimpleAudioPlayer() as player, WavWriter("answer.wav") as wav:
        pcm = frame_audio(frame)                                      # a speech.audio.update frame
        player.play(pcm)
        wav.write(pcm)

Everything here is the standard library, except `SimpleAudioPlayer`, which needs the `[audio]`
extra (simpleaudio) and imports it only when built. Audio is PCM: 24 kHz, mono, 16-bit
little-endian unless you say otherwise, as Coze sends and expects by default.

The voice clients of `coze_ext.websockets` (`WsSpeechClient`, `WsTranscriptionClient`,
`WsChatClient`, `WsSimultInterpretationClient` and their `Async*` twins) are here too,
loaded on first use.
"""

from ._chunks import AudioSource, aiter_audio_deltas, iter_audio_deltas
from ._payloads import decode_audio, frame_audio
from ._player import MemoryPlayer, Player
from ._simpleaudio import SimpleAudioPlayer
from ._wav import WavAudio, WavWriter, read_wav, write_wav

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ..websockets import AsyncWsChatClient as AsyncWsChatClient
    from ..websockets import AsyncWsSimultInterpretationClient as AsyncWsSimultInterpretationClient
    from ..websockets import AsyncWsSpeechClient as AsyncWsSpeechClient
    from ..websockets import AsyncWsTranscriptionClient as AsyncWsTranscriptionClient
    from ..websockets import WsChatClient as WsChatClient
    from ..websockets import WsSimultInterpretationClient as WsSimultInterpretationClient
    from ..websockets import WsSpeechClient as WsSpeechClient
    from ..websockets import WsTranscriptionClient as WsTranscriptionClient

# The voice clients live in coze_ext.websockets (they need the client runtime, this module
# only the standard library): each loads on first use.
_VOICE_CLIENTS = [
    "AsyncWsChatClient",
    "AsyncWsSimultInterpretationClient",
    "AsyncWsSpeechClient",
    "AsyncWsTranscriptionClient",
    "WsChatClient",
    "WsSimultInterpretationClient",
    "WsSpeechClient",
    "WsTranscriptionClient",
]

if not TYPE_CHECKING:  # hidden from type checkers, so a misspelt name is an error, not Any

    def __getattr__(name: str) -> object:
        if name not in _VOICE_CLIENTS:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from .. import websockets

        value = getattr(websockets, name)
        globals()[name] = value
        return value


__all__ = [
    *_VOICE_CLIENTS,
    "AudioSource",
    "MemoryPlayer",
    "Player",
    "SimpleAudioPlayer",
    "WavAudio",
    "WavWriter",
    "aiter_audio_deltas",
    "decode_audio",
    "frame_audio",
    "iter_audio_deltas",
    "read_wav",
    "write_wav",
]
