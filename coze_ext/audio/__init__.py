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

The voice clients that play and record this audio over Coze's real-time endpoints
(`WsSpeechClient`, `WsTranscriptionClient`, `WsChatClient`, `WsSimultInterpretationClient`
and their `Async*` twins) live in `coze_ext.websockets`, beside the sockets they drive.
"""

from ._chunks import AudioSource, aiter_audio_deltas, iter_audio_deltas
from ._payloads import decode_audio, frame_audio
from ._player import MemoryPlayer, Player
from ._simpleaudio import SimpleAudioPlayer
from ._wav import WavAudio, WavWriter, read_wav, write_wav

__all__ = [
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
