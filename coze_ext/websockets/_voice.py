"""What every voice client decides, sync or async alike, without I/O.

A voice client (speech, transcription, chat, simultaneous interpretation) is a socket read
by a worker of its own: each server event goes to the handlers of its type, the audio it
carries to the player, and the event that finishes a request (`speech.audio.completed`...)
to a second worker, which calls the `completed` handlers once the player has played
everything queued. `Voice` holds the rules; `VoiceClient` and `AsyncVoiceClient` run them.
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Literal, Never, cast

from coze_api._events import SocketEvent
from coze_api.models import WsError, WsEventDetail
from coze_api.sockets import (
    WsChatConversationAudioDeltaEvent,
    WsSimultInterpretationAudioDeltaEvent,
    WsSpeechAudioUpdateEvent,
)

from .._errors import APIConnectionError, APIError, AudioPlaybackError, error_class
from .._json import loads
from ..audio import AudioSource, Player, SimpleAudioPlayer, aiter_audio_deltas, decode_audio, iter_audio_deltas
from ..audio._format import AudioFormat

COMPLETED = "completed"
"""The event `on(COMPLETED, handler)` names: a request answered in full, its audio played."""


@dataclass(frozen=True)
class Completed:
    """What `completed` handlers get: a request answered, and its audio played."""

    finished: SocketEvent
    """The server event that finished it (`speech.audio.completed`, `conversation.chat.completed`...)."""
    event_type: str = COMPLETED


# How often a worker waiting for the player looks whether the client was disconnected.
POLL_SECONDS = 0.1

Handler = Callable[[SocketEvent | Completed], object]
EntityType = Literal["bot", "workflow"]
"""What a speech or transcription session's usage is billed to (with an `entity_id`)."""
Frame = dict[str, object]


class Voice:
    """One client's rules: who handles which event, what audio plays (nothing between an
    `interrupt()` and the event finishing the interrupted request), how many requests
    (`input_text_buffer.complete`, `conversation.message.create`...) are still unanswered,
    and what `wait()` raises."""

    def __init__(self, *, finishing: frozenset[str], requests: frozenset[str]) -> None:
        self.finishing = finishing
        self.requests = requests
        self.handlers: dict[str, list[Handler]] = {}
        self.dropping = False
        self.asked = 0
        self.answered = 0
        self.refused: APIError | None = None
        """An error event answering a request: `wait()` raises it."""
        self.failure: BaseException | None = None
        """What ended the client's work: a cut connection, a handler that raised, a player that
        failed. `wait()` and every later send raise it."""
        self.ended = False
        """The socket's events are over (the connection closed, or reading failed)."""
        self.playback: AudioPlaybackError | None = None
        """Why playback is over, if the player failed: no more audio goes to it."""
        self.playing = 0
        """Finished requests waiting for their audio to play out."""
        self.playback_over = False
        """The playback worker has stopped: nothing queued for it will be answered."""

    def on(self, event_types: str | Iterable[str], handler: Callable[[Never], object], *, awaitable: bool) -> None:
        names = [event_types] if isinstance(event_types, str) else event_types
        names = list(names) if isinstance(names, Iterable) else []
        if not names or not all(isinstance(name, str) and name for name in names):
            raise TypeError(f"event_types must be an event name or a list of them, not {event_types!r}")
        if not callable(handler):
            raise TypeError(f"handler must be callable, not {type(handler).__name__}")
        if not awaitable and inspect.iscoroutinefunction(handler):
            raise TypeError("an async handler needs the Async* client; this one calls handlers, never awaits them")
        for name in names:
            # Each handler is annotated with its events' class for the type checker; they
            # reach it by their name, which is the class the endpoint's event map gives them.
            self.handlers.setdefault(name, []).append(cast(Handler, handler))

    def sent(self, event_type: str) -> None:
        """A frame went out; one that asks for an answer is counted."""
        if event_type in self.requests:
            self.asked += 1

    def read(self, event: SocketEvent) -> tuple[bytes | None, bool]:
        """The audio `event` brings to play (None: none, or dropped after an interrupt), and
        whether it finishes a request."""
        if str(event.event_type) in self.finishing:
            self.dropping = False
            return None, True
        if isinstance(event.data, WsError):
            self._refusal(event, event.data)
        payload = audio_of(event)
        if payload is None or self.dropping:
            return None, False
        return decode_audio(payload), False

    def interrupt(self) -> None:
        """Drop the audio still to come for the request in progress."""
        self.dropping = True

    def fail(self, failure: BaseException) -> None:
        """Record what ended the client's work (the first failure wins)."""
        if self.failure is None:
            self.failure = failure

    def playback_failed(self, error: BaseException) -> AudioPlaybackError:
        """The player raised: playback is over, and `wait()` says why."""
        if self.playback is None:
            if not isinstance(error, AudioPlaybackError):
                error = AudioPlaybackError(f"audio playback failed: {error}", cause=error)
            self.playback = error
            self.fail(error)
        return self.playback

    def queue_playback(self) -> bool:
        """A finished request goes to the playback worker; False if the worker has stopped."""
        if self.playback_over:
            return False
        self.playing += 1
        return True

    def stop_playback(self) -> None:
        """The playback worker has stopped: it answers nothing more."""
        self.playback_over = True
        self.playing = 0

    @property
    def settled(self) -> bool:
        """Every request answered, or no more answers can come (the session failed, or it
        ended with no audio left to play): what `wait()` waits for."""
        return self.failure is not None or self.answered >= self.asked or (self.ended and self.playing == 0)

    def outcome(self, logid: str | None) -> None:
        """After a wait: raise what went wrong (an error event answering a request, once; a
        failure, or a session that ended with requests unanswered, every time)."""
        refused, self.refused = self.refused, None
        if refused is not None:
            raise refused
        if self.failure is not None:
            raise self.failure
        if self.answered < self.asked:
            suffix = f" (logid: {logid})" if logid else ""
            raise APIConnectionError(
                f"the session ended with {self.asked - self.answered} of {self.asked} requests unanswered{suffix}",
                logid=logid,
            )

    def _refusal(self, event: SocketEvent, error: WsError) -> None:
        """An error event about a request this client sent answers that request; one about no
        frame at all (no `origin_message`) answers every request still waiting."""
        detail = event.detail if isinstance(event.detail, WsEventDetail) else WsEventDetail()
        origin = detail.origin_message
        if origin is None:
            what, answers = "the server reported an error for the session", self.asked - self.answered
        else:
            try:
                frame = loads(origin)
            except ValueError:
                frame = None
            if not isinstance(frame, dict) or frame.get("event_type") not in self.requests:
                return
            what, answers = f"{frame['event_type']} was refused", 1
        if answers <= 0:
            return
        logid = detail.logid
        text = f"{what}: code {error.code}: {error.msg}" + (f" (logid: {logid})" if logid else "")
        self.refused = error_class(None, error.code)(text, code=error.code, msg=error.msg, logid=logid, body=event.raw)
        self.answered += answers


def audio_of(event: SocketEvent) -> str | None:
    """The base64 audio a server event carries (None when it carries none)."""
    if isinstance(event, WsSpeechAudioUpdateEvent | WsSimultInterpretationAudioDeltaEvent):
        return event.data.delta or None
    if isinstance(event, WsChatConversationAudioDeltaEvent):
        return event.data.content or None
    return None


class Playback:
    """The player controls of the clients that speak (speech, chat, interpretation), the
    same on their sync and async flavours: they only touch the player, which any thread may."""

    _player: Player | None

    @property
    def player(self) -> Player:
        """Where the audio plays."""
        assert self._player is not None  # the clients that speak always have one
        return self._player

    def pause(self) -> None:
        """Pause playback; the audio still arriving waits in the player."""
        self.player.pause()

    def resume(self) -> None:
        """Resume playback where it paused."""
        self.player.resume()

    def toggle_play(self) -> None:
        """Pause if playing, resume if paused."""
        if self.player.is_playing:
            self.player.pause()
        else:
            self.player.resume()

    def is_playing(self) -> bool:
        """Whether playback is on (not paused)."""
        return self.player.is_playing


def default_player(player: Player | None, sample_rate: int) -> tuple[Player, bool]:
    """The player to use, and whether the client owns it (and closes it when it disconnects):
    the one given, else one on the sound card (`SimpleAudioPlayer`, the `[audio]` extra)."""
    if player is not None:
        return player, False
    return SimpleAudioPlayer(sample_rate=sample_rate), True


def input_audio(audio_format: AudioFormat) -> Frame:
    """The `input_audio` settings of a session that takes PCM in `audio_format`."""
    return {
        "format": "pcm",
        "codec": "pcm",
        "sample_rate": audio_format.sample_rate,
        "channel": audio_format.channels,
        "bit_depth": audio_format.sample_width * 8,
    }


def output_audio(sample_rate: int, voice_id: str | None) -> Frame:
    """The `output_audio` settings of a session whose audio plays as PCM at `sample_rate`."""
    settings: Frame = {"codec": "pcm", "pcm_config": {"sample_rate": sample_rate}}
    if voice_id is not None:
        settings["voice_id"] = voice_id
    return settings


def appends(source: AudioSource, audio_format: AudioFormat, chunk_ms: float, realtime: bool) -> Iterator[Frame]:
    """The `input_audio_buffer.append` frames sending `source` (PCM in `audio_format`, or a
    WAV file in it), `chunk_ms` at a time, paced in real time or not."""
    for delta in iter_audio_deltas(source, chunk_ms=chunk_ms, realtime=realtime, **vars(audio_format)):
        yield {"event_type": "input_audio_buffer.append", "data": {"delta": delta}}


async def aappends(
    source: AudioSource, audio_format: AudioFormat, chunk_ms: float, realtime: bool
) -> AsyncIterator[Frame]:
    """The async twin of `appends`."""
    async for delta in aiter_audio_deltas(source, chunk_ms=chunk_ms, realtime=realtime, **vars(audio_format)):
        yield {"event_type": "input_audio_buffer.append", "data": {"delta": delta}}


AUDIO_COMPLETE: Frame = {"event_type": "input_audio_buffer.complete"}
