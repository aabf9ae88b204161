"""What every voice client decides, sync or async alike, without I/O.

A voice client (speech, transcription, chat, simultaneous interpretation) is a socket read
by a worker of its own: each server event goes to the handlers of its type, the audio it
carries to the player, and the event that finishes a request (`speech.audio.completed`...)
to a second worker, which calls the `completed` handlers once the player has played
everything queued. `Voice` holds the rules; `VoiceClient` and `AsyncVoiceClient` run them.
"""

from __future__ import annotations

import inspect
import json
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

from coze_api._events import SocketEvent

from .._errors import APIError, error_class
from ..audio import AudioSource, Player, SimpleAudioPlayer, aiter_audio_deltas, decode_audio, iter_audio_deltas
from ..audio._format import AudioFormat
from ..audio._payloads import AUDIO_FIELDS

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

Handler = Callable[[Any], object]
EntityType = Literal["bot", "workflow"]
"""What a speech or transcription session's usage is billed to (with an `entity_id`)."""
Frame = dict[str, object]


class Voice:
    """One client's rules: who handles which event, what audio plays (nothing between an
    `interrupt()` and the event finishing the interrupted request), and how many requests
    (`input_text_buffer.complete`, `conversation.message.create`...) are still unanswered."""

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
        """What ended the session's reading (a cut connection, a handler that raised)."""
        self.ended = False

    def on(self, event_types: str | Iterable[str], handler: Handler, *, awaitable: bool) -> None:
        names = [event_types] if isinstance(event_types, str) else event_types
        names = list(names) if isinstance(names, Iterable) else []
        if not names or not all(isinstance(name, str) and name for name in names):
            raise TypeError(f"event_types must be an event name or a list of them, not {event_types!r}")
        if not callable(handler):
            raise TypeError(f"handler must be callable, not {type(handler).__name__}")
        if not awaitable and inspect.iscoroutinefunction(handler):
            raise TypeError("an async handler needs the Async* client; this one calls handlers, never awaits them")
        for name in names:
            self.handlers.setdefault(name, []).append(handler)

    def sent(self, event_type: str) -> None:
        """A frame went out; one that asks for an answer is counted."""
        if event_type in self.requests:
            self.asked += 1

    def read(self, event: SocketEvent) -> tuple[bytes | None, bool]:
        """The audio `event` brings to play (None: none, or dropped after an interrupt), and
        whether it finishes a request."""
        name = str(event.event_type)
        if name in self.finishing:
            self.dropping = False
            return None, True
        if name == "error":
            self._refusal(event)
        field = AUDIO_FIELDS.get(name)
        if field is None or self.dropping:
            return None, False
        payload = getattr(event.data, field, None)
        return (decode_audio(payload) if payload else None), False

    def interrupt(self) -> None:
        """Drop the audio still to come for the request in progress."""
        self.dropping = True

    @property
    def settled(self) -> bool:
        """Every request answered (or the session over): what `wait()` waits for."""
        return self.ended or self.answered >= self.asked

    def outcome(self) -> None:
        """After a wait: raise what went wrong (an error event answering a request, a session
        that ended on a failure), once."""
        refused, self.refused = self.refused, None
        if refused is not None:
            raise refused
        if self.failure is not None:
            raise self.failure

    def _refusal(self, event: SocketEvent) -> None:
        """An error event about a request this client sent answers that request."""
        origin = getattr(event.detail, "origin_message", None)
        try:
            frame = json.loads(origin) if origin else None
        except ValueError:
            frame = None
        if not isinstance(frame, dict) or frame.get("event_type") not in self.requests:
            return
        code = getattr(event.data, "code", None)
        msg = getattr(event.data, "msg", None)
        logid = getattr(event.detail, "logid", None)
        text = f"{frame['event_type']} was refused: code {code}: {msg}" + (f" (logid: {logid})" if logid else "")
        self.refused = error_class(None, code)(text, code=code, msg=msg, logid=logid, body=event.raw)
        self.answered += 1


class Playback:
    """The player controls of the clients that speak (speech, chat, interpretation), the
    same on their sync and async flavours: they only touch the player, which any thread may."""

    _player: Player

    @property
    def player(self) -> Player:
        """Where the audio plays."""
        return self._player

    def pause(self) -> None:
        """Pause playback; the audio still arriving waits in the player."""
        self._player.pause()

    def resume(self) -> None:
        """Resume playback where it paused."""
        self._player.resume()

    def toggle_play(self) -> None:
        """Pause if playing, resume if paused."""
        if self._player.is_playing:
            self._player.pause()
        else:
            self._player.resume()

    def is_playing(self) -> bool:
        """Whether playback is on (not paused)."""
        return self._player.is_playing


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
