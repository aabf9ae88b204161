"""What the emulator's WebSocket endpoints do: one `Behaviour` per session, keyed by the
endpoint's place in the tree (`websockets.audio.speech`): the speech, transcription and
simultaneous interpretation endpoints here, chat in `_ws_chat.py`.

A behaviour answers each checked client frame with an iterator of (event_type, data) pairs,
which the server draws and sends paced, in order, under `state.lock`; a `CozeFailure` raised
while answering becomes an `error` event and the session goes on. Audio is deterministic: PCM
16-bit mono, a tone whose length follows the text spoken, base64 in 100 ms pieces. What the
emulator "hears" comes from `State.transcribe` (by default, the byte count of the audio).
No I/O.
"""

from __future__ import annotations

import base64
import binascii
import copy
import math
import re
import struct
from collections.abc import Callable, Iterator
from typing import Any, ClassVar

from ._state import CozeFailure, State, words

__all__ = ["AUDIO_BEHAVIOURS", "INPUT_AUDIO", "OUTPUT_AUDIO", "Behaviour", "Event", "growing", "speak", "tone"]

Event = tuple[str, Any]
Payload = dict[str, Any]

INPUT_AUDIO: Payload = {"format": "wav", "codec": "pcm", "sample_rate": 24000, "channel": 1, "bit_depth": 16}
OUTPUT_AUDIO: Payload = {"codec": "pcm", "pcm_config": {"sample_rate": 24000}, "speech_rate": 0, "voice_id": ""}
# Speech text longer than this (UTF-8 bytes) is refused with code 3010, as Coze does.
SPEECH_LIMIT = 1024
_SECONDS_PER_CHARACTER = 0.02
# A sentence ends at . ! ? or their full-width (CJK) forms.
_ENDS = ".!?\u3002\uff01\uff1f"
_SENTENCE = re.compile(f"[^{_ENDS}]+[{_ENDS}]*")


class Behaviour:
    """An endpoint without hand-written behaviour: frames are checked, answered with nothing.

    Subclasses set `opened` (the event sent when a session opens) and `defaults` (the
    settings a session starts with, which `*.update` merges into and `*.updated` echoes), and
    map event types to answer methods in `answers`."""

    opened: ClassVar[str | None] = None
    defaults: ClassVar[Payload] = {}

    def __init__(self, state: State, query: dict[str, str]) -> None:
        self.state = state
        self.query = query
        self.settings: Payload = copy.deepcopy(self.defaults)
        self.audio = bytearray()

    def answers(self) -> dict[str, Callable[[Any], Iterator[Event]]]:
        return {}

    def answer(self, event_type: str, data: Any) -> Iterator[Event]:
        """The events answering one client frame. Called as the frame arrives; the events are
        drawn as they are sent (after those of earlier frames), so an answer that must act at
        once (buffering audio, stopping a chat) acts before returning its iterator."""
        handler = self.answers().get(event_type)
        return handler(data) if handler is not None else iter(())

    def delivers(self, event_type: str) -> bool:
        """Whether the session sends this event (chat sessions filter by subscription)."""
        return True

    # Pieces the endpoints share ------------------------------------------------------------

    def update(self, echo: str, data: Any) -> Iterator[Event]:
        merge(self.settings, data if isinstance(data, dict) else {})
        yield echo, copy.deepcopy(self.settings)

    def append_audio(self, data: Any) -> Iterator[Event]:
        self.audio += decode_audio(data["delta"])
        return iter(())

    def clear_audio(self, data: Any) -> Iterator[Event]:
        self.audio.clear()
        return iter([("input_audio_buffer.cleared", None)])

    def heard(self) -> str:
        """What the audio buffer says; empties it."""
        text = self.state.transcribe(bytes(self.audio))
        self.audio.clear()
        return text

    @property
    def sample_rate(self) -> int:
        pcm = (self.settings.get("output_audio") or {}).get("pcm_config") or {}
        return int(pcm.get("sample_rate") or 24000)


class Speech(Behaviour):
    """`/v1/audio/speech`: appended text, spoken sentence by sentence on `complete`."""

    opened = "speech.created"
    defaults: ClassVar[Payload] = {"output_audio": OUTPUT_AUDIO}

    def __init__(self, state: State, query: dict[str, str]) -> None:
        super().__init__(state, query)
        self.text = ""

    def answers(self) -> dict[str, Callable[[Any], Iterator[Event]]]:
        return {
            "speech.update": lambda data: self.update("speech.updated", data),
            "input_text_buffer.append": self.append_text,
            "input_text_buffer.complete": self.complete,
        }

    def append_text(self, data: Any) -> Iterator[Event]:
        self.text += str(data["delta"])
        return iter(())

    def complete(self, data: Any) -> Iterator[Event]:
        text, self.text = self.text, ""
        if len(text.encode()) > SPEECH_LIMIT:
            raise CozeFailure(3010, f"the text is {len(text.encode())} bytes, more than {SPEECH_LIMIT}")
        yield "input_text_buffer.completed", None
        for sentence, pieces in speak(text, self.sample_rate):
            yield "conversation.audio.sentence_start", {"text": sentence}
            for piece in pieces:
                yield "speech.audio.update", {"delta": piece}
        yield "speech.audio.completed", None


class Transcriptions(Behaviour):
    """`/v1/audio/transcriptions`: appended audio, recognised on `complete` (the whole text so
    far in each update, one word more each time)."""

    opened = "transcriptions.created"
    defaults: ClassVar[Payload] = {"input_audio": INPUT_AUDIO}

    def answers(self) -> dict[str, Callable[[Any], Iterator[Event]]]:
        return {
            "transcriptions.update": lambda data: self.update("transcriptions.updated", data),
            "input_audio_buffer.append": self.append_audio,
            "input_audio_buffer.clear": self.clear_audio,
            "input_audio_buffer.complete": self.complete,
        }

    def complete(self, data: Any) -> Iterator[Event]:
        yield "input_audio_buffer.completed", None
        for text in growing(self.heard()):
            yield "transcriptions.message.update", {"content": text}
        yield "transcriptions.message.completed", None


class SimultInterpretation(Behaviour):
    """`/v1/audio/simult_interpretation`: appended audio, recognised, translated (the text,
    glossary terms replaced, after a `(to)` tag) and spoken on `complete`."""

    opened = "simult_interpretation.created"
    defaults: ClassVar[Payload] = {
        "input_audio": INPUT_AUDIO,
        "output_audio": OUTPUT_AUDIO,
        "translate_config": {"from": "zh", "to": "en", "hot_words": [], "glossary": []},
    }

    def answers(self) -> dict[str, Callable[[Any], Iterator[Event]]]:
        return {
            "simult_interpretation.update": lambda data: self.update("simult_interpretation.updated", data),
            "input_audio_buffer.append": self.append_audio,
            "input_audio_buffer.complete": self.complete,
        }

    def complete(self, data: Any) -> Iterator[Event]:
        yield "input_audio_buffer.completed", None
        text = self.heard()
        for word in words(text):
            yield "simult_interpretation.transcription.delta", {"delta": word}
        translation = self.translate(text)
        for word in words(translation):
            yield "simult_interpretation.translation.delta", {"delta": word}
        for _, pieces in speak(translation, self.sample_rate):
            for piece in pieces:
                yield "simult_interpretation.audio.delta", {"delta": piece}
        yield "simult_interpretation.message.completed", None

    def translate(self, text: str) -> str:
        config = self.settings["translate_config"]
        for entry in config.get("glossary") or []:
            text = text.replace(str(entry["original"]), str(entry["translation"]))
        return f"({config.get('to')}) {text}"


# Audio and text helpers ----------------------------------------------------------------------


def decode_audio(delta: str) -> bytes:
    try:
        return base64.b64decode(delta, validate=True)
    except (binascii.Error, ValueError):
        raise CozeFailure(4000, "input_audio_buffer.append: delta is not base64") from None


def tone(seconds: float, sample_rate: int) -> bytes:
    """PCM 16-bit little-endian mono: a 440 Hz tone, the same bytes for the same arguments."""
    count = max(int(seconds * sample_rate), 0)
    samples = (round(8000 * math.sin(2 * math.pi * 440 * n / sample_rate)) for n in range(count))
    return struct.pack(f"<{count}h", *samples)


def speak(text: str, sample_rate: int) -> list[tuple[str, list[str]]]:
    """Each sentence of `text` with its audio (a tone, 20 ms a character) as base64 pieces of
    at most 100 ms."""
    piece = sample_rate // 10 * 2
    spoken = []
    for sentence in sentences(text):
        pcm = tone(len(sentence) * _SECONDS_PER_CHARACTER, sample_rate)
        spoken.append((sentence, [base64.b64encode(pcm[i : i + piece]).decode() for i in range(0, len(pcm), piece)]))
    return spoken


def sentences(text: str) -> list[str]:
    return [found.strip() for found in _SENTENCE.findall(text) if found.strip()]


def growing(text: str) -> list[str]:
    """The text a word at a time, each the whole text so far: `a`, `a b`, `a b c`."""
    pieces = words(text)
    return ["".join(pieces[: index + 1]) for index in range(len(pieces))]


def merge(into: Payload, update: Payload) -> None:
    """Merge `update` into `into` in place: mappings recursively, anything else replaced."""
    for key, value in update.items():
        if isinstance(value, dict) and isinstance(into.get(key), dict):
            merge(into[key], value)
        else:
            into[key] = copy.deepcopy(value)


AUDIO_BEHAVIOURS: dict[str, type[Behaviour]] = {
    "websockets.audio.speech": Speech,
    "websockets.audio.transcriptions": Transcriptions,
    "websockets.audio.simult_interpretation": SimultInterpretation,
}
