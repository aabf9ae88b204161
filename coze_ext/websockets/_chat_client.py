"""`WsChatClient` and `AsyncWsChatClient`: a voice or text chat with a bot, its answer as text
and as played audio (the seed's ws-tools `WsChatClient`, on `coze.websockets.chat`)."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from coze_api._events import SocketEvent
from coze_api.sockets import WsChatConversationChatCreatedEvent, WsChatConversationMessageDeltaEvent

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

_FINISHING = frozenset({"conversation.chat.completed", "conversation.chat.failed", "conversation.chat.canceled"})
_REQUESTS = frozenset({"conversation.message.create", "input_audio_buffer.complete"})
CANCEL: Frame = {"event_type": "conversation.chat.cancel"}


def chat_update(sample_rate: int, voice_id: str | None) -> Frame:
    """The `chat.update` frame: PCM both ways (mono, 16-bit) at `sample_rate`."""
    data = {"input_audio": input_audio(AudioFormat(sample_rate)), "output_audio": output_audio(sample_rate, voice_id)}
    return {"event_type": "chat.update", "data": data}


def message_create(text: str) -> Frame:
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    return {
        "event_type": "conversation.message.create",
        "data": {"role": "user", "content_type": "text", "content": text},
    }


class Answer:
    """The text of the bot's answer to the latest chat, the same for the sync and async clients."""

    _answer = ""

    @property
    def answer(self) -> str:
        """The answer so far (its `conversation.message.delta`s); a new chat starts it afresh."""
        return self._answer

    def _seen(self, event: SocketEvent) -> None:
        if isinstance(event, WsChatConversationChatCreatedEvent):
            self._answer = ""
        elif isinstance(event, WsChatConversationMessageDeltaEvent) and event.data.type == "answer":
            self._answer += event.data.content or ""


class WsChatClient(Answer, Playback, VoiceClient):
    """Chats with a bot by voice or text: the answer arrives as text (`answer`) and plays.

        with WsChatClient(coze, bot_id=BOT, player=MemoryPlayer()) as chat:
            print(chat.ask("What is the weather like on the moon?"))   # sent, answered, played
            chat.send_audio("question.wav")                           # a spoken question
            chat.wait()

    Audio is PCM, mono, 16-bit at `sample_rate` both ways (24 kHz by default); `player` as
    for `WsSpeechClient`. `interrupt()` cancels the chat in progress and stops its audio.
    """

    _finishing = _FINISHING
    _requests = _REQUESTS

    def __init__(
        self,
        coze: CozeResources,
        *,
        bot_id: str,
        workflow_id: str | None = None,
        player: Player | None = None,
        sample_rate: int = DEFAULT_SAMPLE_RATE,
    ) -> None:
        chosen, owned = default_player(player, sample_rate)
        super().__init__(chosen, owns_player=owned)
        self.format = AudioFormat(sample_rate)
        self._socket_of = functools.partial(coze.websockets.chat.connect, bot_id=bot_id, workflow_id=workflow_id)

    def connect(self, voice_id: str | None = None) -> None:
        """Open the session and send `chat.update` (the audio formats, `voice_id` if given)."""
        self._open(self._socket_of(), chat_update(self.format.sample_rate, voice_id))

    def send_text(self, text: str) -> None:
        """Ask in text (one `conversation.message.create`)."""
        self._send(message_create(text))

    def send_audio(self, audio: AudioSource, *, chunk_ms: float = 100, realtime: bool = False) -> None:
        """Ask by voice: the audio (PCM bytes or a WAV file) in `input_audio_buffer.append`
        frames, then `input_audio_buffer.complete`."""
        for frame in appends(audio, self.format, chunk_ms, realtime):
            self._send(frame)
        self._send(AUDIO_COMPLETE)

    def ask(self, text: str, timeout: float | None = None) -> str:
        """`send_text(text)`, wait for the answer (played) and return its text."""
        self.send_text(text)
        if not self.wait(timeout):
            raise APITimeoutError(f"no answer within {timeout}s", logid=self.logid)
        return self.answer

    def interrupt(self) -> None:
        """Cancel the chat in progress (`conversation.chat.cancel`) and stop its audio."""
        with self._changed:
            self._voice.interrupt()
        self.player.stop()
        self._send(CANCEL)


class AsyncWsChatClient(Answer, Playback, AsyncVoiceClient):
    """The asyncio twin of `WsChatClient`."""

    _finishing = _FINISHING
    _requests = _REQUESTS

    def __init__(
        self,
        coze: AsyncCozeResources,
        *,
        bot_id: str,
        workflow_id: str | None = None,
        player: Player | None = None,
        sample_rate: int = DEFAULT_SAMPLE_RATE,
    ) -> None:
        chosen, owned = default_player(player, sample_rate)
        super().__init__(chosen, owns_player=owned)
        self.format = AudioFormat(sample_rate)
        self._socket_of = functools.partial(coze.websockets.chat.connect, bot_id=bot_id, workflow_id=workflow_id)

    async def connect(self, voice_id: str | None = None) -> None:
        await self._open(self._socket_of(), chat_update(self.format.sample_rate, voice_id))

    async def send_text(self, text: str) -> None:
        await self._send(message_create(text))

    async def send_audio(self, audio: AudioSource, *, chunk_ms: float = 100, realtime: bool = False) -> None:
        async for frame in aappends(audio, self.format, chunk_ms, realtime):
            await self._send(frame)
        await self._send(AUDIO_COMPLETE)

    async def ask(self, text: str, timeout: float | None = None) -> str:
        await self.send_text(text)
        if not await self.wait(timeout):
            raise APITimeoutError(f"no answer within {timeout}s", logid=self.logid)
        return self.answer

    async def interrupt(self) -> None:
        self._voice.interrupt()
        self.player.stop()
        await self._send(CANCEL)
