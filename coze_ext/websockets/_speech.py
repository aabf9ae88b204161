"""`WsSpeechClient` and `AsyncWsSpeechClient`: text in, speech played as it is synthesised
(the seed's ws-tools `WsSpeechClient`, on `coze.websockets.audio.speech`)."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from ..audio import Player
from ..audio._format import DEFAULT_SAMPLE_RATE
from ._voice import EntityType, Frame, Playback, default_player, output_audio
from ._voice_async import AsyncVoiceClient
from ._voice_sync import VoiceClient

if TYPE_CHECKING:
    # What a Coze or AsyncCoze is (the voice clients use only `coze.websockets`), so this
    # package needs nothing built above its sockets.
    from coze_api.resources import AsyncCozeResources, CozeResources

_FINISHING = frozenset({"speech.audio.completed"})
_REQUESTS = frozenset({"input_text_buffer.complete"})
COMPLETE: Frame = {"event_type": "input_text_buffer.complete"}


def speech_update(voice_id: str | None, sample_rate: int) -> Frame:
    """The `speech.update` frame: PCM at the player's rate, in the voice given (else the server's)."""
    return {"event_type": "speech.update", "data": {"output_audio": output_audio(sample_rate, voice_id)}}


def text_append(text: str) -> Frame:
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    return {"event_type": "input_text_buffer.append", "data": {"delta": text}}


class WsSpeechClient(Playback, VoiceClient):
    """Speaks the text you append, playing each piece of audio as it arrives.

        with WsSpeechClient(coze, player=MemoryPlayer()) as speech:   # connect() / disconnect()
            speech.on("completed", lambda event: print("spoken"))
            speech.append_and_complete("Nice weather today.")
            speech.wait()                                            # answered, and played

    `player` plays the audio (PCM at `sample_rate`); by default a `SimpleAudioPlayer` (the
    `[audio]` extra), closed on `disconnect()`. Handlers see every server event, and
    `"completed"` once a text's audio has played.
    """

    _finishing = _FINISHING
    _requests = _REQUESTS

    def __init__(
        self,
        coze: CozeResources,
        *,
        player: Player | None = None,
        sample_rate: int = DEFAULT_SAMPLE_RATE,
        entity_type: EntityType | None = None,
        entity_id: str | None = None,
    ) -> None:
        chosen, owned = default_player(player, sample_rate)
        super().__init__(chosen, owns_player=owned)
        self._sample_rate = sample_rate
        self._socket_of = functools.partial(
            coze.websockets.audio.speech.connect, entity_type=entity_type, entity_id=entity_id
        )

    def connect(self, voice_id: str | None = None) -> None:
        """Open the session and send `speech.update` (PCM at `sample_rate`, `voice_id` if given)."""
        self._open(self._socket_of(), speech_update(voice_id, self._sample_rate))

    def append(self, text: str) -> None:
        """Send text to speak (one `input_text_buffer.append`)."""
        self._send(text_append(text))

    def complete(self) -> None:
        """Say the text is complete: the server speaks the rest (one `input_text_buffer.complete`)."""
        self._send(COMPLETE)

    def append_and_complete(self, text: str) -> None:
        """`append(text)`, then `complete()`."""
        self.append(text)
        self.complete()

    def interrupt(self) -> None:
        """Stop speaking: the player drops what it holds, and the rest of this text's audio is dropped."""
        with self._changed:
            self._voice.interrupt()
        self.player.stop()


class AsyncWsSpeechClient(Playback, AsyncVoiceClient):
    """The asyncio twin of `WsSpeechClient`: `async with`, and await `connect`, `append`,
    `complete`, `append_and_complete`, `wait` and `disconnect`."""

    _finishing = _FINISHING
    _requests = _REQUESTS

    def __init__(
        self,
        coze: AsyncCozeResources,
        *,
        player: Player | None = None,
        sample_rate: int = DEFAULT_SAMPLE_RATE,
        entity_type: EntityType | None = None,
        entity_id: str | None = None,
    ) -> None:
        chosen, owned = default_player(player, sample_rate)
        super().__init__(chosen, owns_player=owned)
        self._sample_rate = sample_rate
        self._socket_of = functools.partial(
            coze.websockets.audio.speech.connect, entity_type=entity_type, entity_id=entity_id
        )

    async def connect(self, voice_id: str | None = None) -> None:
        """As `WsSpeechClient.connect`."""
        await self._open(self._socket_of(), speech_update(voice_id, self._sample_rate))

    async def append(self, text: str) -> None:
        await self._send(text_append(text))

    async def complete(self) -> None:
        await self._send(COMPLETE)

    async def append_and_complete(self, text: str) -> None:
        await self.append(text)
        await self.complete()

    async def interrupt(self) -> None:
        self._voice.interrupt()
        self.player.stop()
