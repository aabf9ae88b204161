"""`WsSimultInterpretationClient` and `AsyncWsSimultInterpretationClient`: speech in one
language in, its text, its translation and the translation spoken out (the seed's ws-tools
`WsSimultInterpretationClient`, on `coze.websockets.audio.simult_interpretation`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from coze_api._events import SocketEvent
from coze_api.sockets import (
    WsSimultInterpretationTranscriptionDeltaEvent,
    WsSimultInterpretationTranslationDeltaEvent,
)

from .._errors import APITimeoutError
from ..audio import AudioSource, Player
from ..audio._format import DEFAULT_SAMPLE_RATE, AudioFormat
from ._voice import AUDIO_COMPLETE, Frame, Playback, aappends, appends, default_player, input_audio, output_audio
from ._voice_async import AsyncVoiceClient
from ._voice_sync import VoiceClient

if TYPE_CHECKING:
    # What a Coze or AsyncCoze is (the voice clients use only `coze.websockets`), so this
    # package needs nothing built above its sockets.
    from coze_api.resources import AsyncCozeResources, CozeResources

_FINISHING = frozenset({"simult_interpretation.message.completed"})
_REQUESTS = frozenset({"input_audio_buffer.complete"})


def interpretation_update(
    sample_rate: int,
    source_language: str,
    target_language: str,
    voice_id: str | None,
    glossary: Sequence[tuple[str, str]],
    hot_words: Sequence[str],
) -> Frame:
    """The `simult_interpretation.update` frame: PCM both ways, the languages and the vocabulary."""
    translate: Frame = {"from": source_language, "to": target_language}
    if glossary:
        translate["glossary"] = [{"original": original, "translation": done} for original, done in glossary]
    if hot_words:
        translate["hot_words"] = list(hot_words)
    data = {
        "input_audio": input_audio(AudioFormat(sample_rate)),
        "output_audio": output_audio(sample_rate, voice_id),
        "translate_config": translate,
    }
    return {"event_type": "simult_interpretation.update", "data": data}


class Interpretation:
    """What was heard and its translation so far, the same for the sync and async clients."""

    _heard = ""
    _translated = ""

    @property
    def transcription(self) -> str:
        """The speech recognised so far (its `simult_interpretation.transcription.delta`s)."""
        return self._heard

    @property
    def translation(self) -> str:
        """Its translation so far (the `simult_interpretation.translation.delta`s)."""
        return self._translated

    def _seen(self, event: SocketEvent) -> None:
        if isinstance(event, WsSimultInterpretationTranscriptionDeltaEvent):
            self._heard += event.data.delta or ""
        elif isinstance(event, WsSimultInterpretationTranslationDeltaEvent):
            self._translated += event.data.delta or ""


class WsSimultInterpretationClient(Interpretation, Playback, VoiceClient):
    """Interprets what you say into another language: text as it goes, and the translation spoken.

        with WsSimultInterpretationClient(coze, player=MemoryPlayer()) as interpreter:
            interpreter.interpret("speech.wav")
            print(interpreter.transcription, "->", interpreter.translation)

    Audio is PCM, mono, 16-bit at `sample_rate` both ways (24 kHz by default).
    """

    _finishing = _FINISHING
    _requests = _REQUESTS

    def __init__(
        self, coze: CozeResources, *, player: Player | None = None, sample_rate: int = DEFAULT_SAMPLE_RATE
    ) -> None:
        chosen, owned = default_player(player, sample_rate)
        super().__init__(chosen, owns_player=owned)
        self.format = AudioFormat(sample_rate)
        self._socket_of = coze.websockets.audio.simult_interpretation.connect

    def connect(
        self,
        source_language: str = "zh",
        target_language: str = "en",
        *,
        voice_id: str | None = None,
        glossary: Sequence[tuple[str, str]] = (),
        hot_words: Sequence[str] = (),
    ) -> None:
        """Open the session and send `simult_interpretation.update`: from `source_language`
        to `target_language` (en or zh), `glossary` pairs (original, translation) and
        `hot_words` to recognise more readily."""
        update = interpretation_update(
            self.format.sample_rate, source_language, target_language, voice_id, glossary, hot_words
        )
        self._open(self._socket_of(), update)

    def append(self, audio: AudioSource, *, chunk_ms: float = 100, realtime: bool = False) -> None:
        """Send speech: PCM bytes or a WAV file, `chunk_ms` per frame, in real time or not."""
        for frame in appends(audio, self.format, chunk_ms, realtime):
            self._send(frame)

    def complete(self) -> None:
        """Say the speech is complete (one `input_audio_buffer.complete`)."""
        self._send(AUDIO_COMPLETE)

    def interpret(
        self, audio: AudioSource, *, chunk_ms: float = 100, realtime: bool = False, timeout: float | None = None
    ) -> str:
        """`append(audio)`, `complete()`, wait until the translation has been spoken, and return it."""
        self.append(audio, chunk_ms=chunk_ms, realtime=realtime)
        self.complete()
        if not self.wait(timeout):
            raise APITimeoutError(f"no interpretation within {timeout}s", logid=self.logid)
        return self.translation

    def interrupt(self) -> None:
        """Stop speaking: the player drops what it holds, and the rest of this translation's audio."""
        with self._changed:
            self._voice.interrupt()
        self.player.stop()


class AsyncWsSimultInterpretationClient(Interpretation, Playback, AsyncVoiceClient):
    """The asyncio twin of `WsSimultInterpretationClient`."""

    _finishing = _FINISHING
    _requests = _REQUESTS

    def __init__(
        self, coze: AsyncCozeResources, *, player: Player | None = None, sample_rate: int = DEFAULT_SAMPLE_RATE
    ) -> None:
        chosen, owned = default_player(player, sample_rate)
        super().__init__(chosen, owns_player=owned)
        self.format = AudioFormat(sample_rate)
        self._socket_of = coze.websockets.audio.simult_interpretation.connect

    async def connect(
        self,
        source_language: str = "zh",
        target_language: str = "en",
        *,
        voice_id: str | None = None,
        glossary: Sequence[tuple[str, str]] = (),
        hot_words: Sequence[str] = (),
    ) -> None:
        update = interpretation_update(
            self.format.sample_rate, source_language, target_language, voice_id, glossary, hot_words
        )
        await self._open(self._socket_of(), update)

    async def append(self, audio: AudioSource, *, chunk_ms: float = 100, realtime: bool = False) -> None:
        async for frame in aappends(audio, self.format, chunk_ms, realtime):
            await self._send(frame)

    async def complete(self) -> None:
        await self._send(AUDIO_COMPLETE)

    async def interpret(
        self, audio: AudioSource, *, chunk_ms: float = 100, realtime: bool = False, timeout: float | None = None
    ) -> str:
        await self.append(audio, chunk_ms=chunk_ms, realtime=realtime)
        await self.complete()
        if not await self.wait(timeout):
            raise APITimeoutError(f"no interpretation within {timeout}s", logid=self.logid)
        return self.translation

    async def interrupt(self) -> None:
        self._voice.interrupt()
        self.player.stop()
