"""`WsTranscriptionClient` and `AsyncWsTranscriptionClient`: audio in, text out as it is
recognised (the seed's ws-tools `WsTranscriptionClient`, on
`coze.websockets.audio.transcriptions`)."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from coze_api._events import SocketEvent
from coze_api.sockets import WsTranscriptionsMessageUpdateEvent

from .._errors import APITimeoutError
from ..audio import AudioSource
from ..audio._format import DEFAULT_CHANNELS, DEFAULT_SAMPLE_RATE, DEFAULT_SAMPLE_WIDTH, AudioFormat
from ._voice import AUDIO_COMPLETE, EntityType, Frame, aappends, appends, input_audio
from ._voice_async import AsyncVoiceClient
from ._voice_sync import VoiceClient

if TYPE_CHECKING:
    # What a Coze or AsyncCoze is (the voice clients use only `coze.websockets`), so this
    # package needs nothing built above its sockets.
    from coze_api.resources import AsyncCozeResources, CozeResources

_FINISHING = frozenset({"transcriptions.message.completed"})
_REQUESTS = frozenset({"input_audio_buffer.complete"})
CLEAR: Frame = {"event_type": "input_audio_buffer.clear"}


def transcriptions_update(audio_format: AudioFormat) -> Frame:
    return {"event_type": "transcriptions.update", "data": {"input_audio": input_audio(audio_format)}}


class Transcript:
    """The text recognised so far, the same for the sync and async clients."""

    _text = ""

    @property
    def text(self) -> str:
        """The text so far: each `transcriptions.message.update` carries all of it (interim
        until `transcriptions.message.completed`, then final)."""
        return self._text

    def _seen(self, event: SocketEvent) -> None:
        if isinstance(event, WsTranscriptionsMessageUpdateEvent):
            self._text = event.data.content or ""


class WsTranscriptionClient(Transcript, VoiceClient):
    """Recognises the audio you send, as you send it.

        with WsTranscriptionClient(coze) as transcription:
            transcription.on("transcriptions.message.update", lambda event: print(event.data.content))
            print(transcription.transcribe("question.wav", realtime=True))

    Audio is PCM (`sample_rate`, `channels`, `sample_width`; 24 kHz 16-bit mono by default),
    as bytes or a WAV file of that format, sent in `input_audio_buffer.append` frames of
    `chunk_ms` milliseconds, at real-time pace or as fast as the socket takes them.
    """

    _finishing = _FINISHING
    _requests = _REQUESTS

    def __init__(
        self,
        coze: CozeResources,
        *,
        sample_rate: int = DEFAULT_SAMPLE_RATE,
        channels: int = DEFAULT_CHANNELS,
        sample_width: int = DEFAULT_SAMPLE_WIDTH,
        entity_type: EntityType | None = None,
        entity_id: str | None = None,
    ) -> None:
        super().__init__()
        self.format = AudioFormat(sample_rate, channels, sample_width)
        self._socket_of = functools.partial(
            coze.websockets.audio.transcriptions.connect, entity_type=entity_type, entity_id=entity_id
        )

    def connect(self) -> None:
        """Open the session and send `transcriptions.update` with the audio format."""
        self._open(self._socket_of(), transcriptions_update(self.format))

    def append(self, audio: AudioSource, *, chunk_ms: float = 100, realtime: bool = False) -> None:
        """Send audio: PCM bytes or a WAV file's path, `chunk_ms` per frame, in real time or not."""
        for frame in appends(audio, self.format, chunk_ms, realtime):
            self._send(frame)

    def complete(self) -> None:
        """Say the audio is complete (one `input_audio_buffer.complete`)."""
        self._send(AUDIO_COMPLETE)

    def clear(self) -> None:
        """Drop the audio sent since the last `complete()` (one `input_audio_buffer.clear`)."""
        self._send(CLEAR)

    def transcribe(
        self, audio: AudioSource, *, chunk_ms: float = 100, realtime: bool = False, timeout: float | None = None
    ) -> str:
        """`append(audio)`, `complete()`, wait for the final text and return it."""
        self.append(audio, chunk_ms=chunk_ms, realtime=realtime)
        self.complete()
        if not self.wait(timeout):
            raise APITimeoutError(f"no final transcript within {timeout}s", logid=self.logid)
        return self.text


class AsyncWsTranscriptionClient(Transcript, AsyncVoiceClient):
    """The asyncio twin of `WsTranscriptionClient` (files are read in a worker thread)."""

    _finishing = _FINISHING
    _requests = _REQUESTS

    def __init__(
        self,
        coze: AsyncCozeResources,
        *,
        sample_rate: int = DEFAULT_SAMPLE_RATE,
        channels: int = DEFAULT_CHANNELS,
        sample_width: int = DEFAULT_SAMPLE_WIDTH,
        entity_type: EntityType | None = None,
        entity_id: str | None = None,
    ) -> None:
        super().__init__()
        self.format = AudioFormat(sample_rate, channels, sample_width)
        self._socket_of = functools.partial(
            coze.websockets.audio.transcriptions.connect, entity_type=entity_type, entity_id=entity_id
        )

    async def connect(self) -> None:
        await self._open(self._socket_of(), transcriptions_update(self.format))

    async def append(self, audio: AudioSource, *, chunk_ms: float = 100, realtime: bool = False) -> None:
        async for frame in aappends(audio, self.format, chunk_ms, realtime):
            await self._send(frame)

    async def complete(self) -> None:
        await self._send(AUDIO_COMPLETE)

    async def clear(self) -> None:
        await self._send(CLEAR)

    async def transcribe(
        self, audio: AudioSource, *, chunk_ms: float = 100, realtime: bool = False, timeout: float | None = None
    ) -> str:
        await self.append(audio, chunk_ms=chunk_ms, realtime=realtime)
        await self.complete()
        if not await self.wait(timeout):
            raise APITimeoutError(f"no final transcript within {timeout}s", logid=self.logid)
        return self.text
