"""Turn speech into text as it is spoken: stream a WAV file at real-time pace and print
the text as it is recognised.

Against real Coze (the real-time APIs may need to be enabled for your account):

    export COZE_API_TOKEN=pat_...            # COZE_API_BASE=https://api.coze.cn for coze.cn
    python examples/websockets/transcriptions.py question.wav    # PCM WAV, 16-bit

Without a file it first makes one: a sentence spoken by the speech endpoint. Without
COZE_API_TOKEN it starts a local emulator (which "hears" how many bytes it got).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from coze_ext import Coze
from coze_ext.audio import MemoryPlayer, read_wav, write_wav
from coze_ext.types import WsTranscriptionsMessageUpdateEvent
from coze_ext.websockets import WsSpeechClient, WsTranscriptionClient


def spoken_sentence(coze: Coze, path: Path) -> None:
    """A WAV file of a sentence, spoken by Coze's speech endpoint."""
    recorded = MemoryPlayer()  # keeps the audio instead of playing it
    with WsSpeechClient(coze, player=recorded) as speech:
        speech.append_and_complete("What a nice day to learn something new.")
        speech.wait()
    write_wav(path, recorded.pcm)


def transcribe(coze: Coze, path: Path) -> None:
    audio = read_wav(path)  # the session must know the format before the audio comes
    print(f"sending {audio.duration:.1f} s of {audio.sample_rate} Hz audio, in real time")

    def show(event: WsTranscriptionsMessageUpdateEvent) -> None:
        print(f"  so far: {event.data.content}")

    with WsTranscriptionClient(coze, sample_rate=audio.sample_rate, channels=audio.channels) as transcription:
        transcription.on("transcriptions.message.update", show)
        text = transcription.transcribe(path, realtime=True)
    print(f"heard: {text}")


def run(coze: Coze) -> None:
    if sys.argv[1:]:
        transcribe(coze, Path(sys.argv[1]))
        return
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "sentence.wav"
        spoken_sentence(coze, path)
        transcribe(coze, path)


def main() -> None:
    if os.environ.get("COZE_API_TOKEN"):
        with Coze() as coze:
            run(coze)
        return
    from coze_ext.testing import CozeEmulator

    with CozeEmulator() as emulator, Coze(token=emulator.token, base_url=emulator.base_url) as coze:
        run(coze)


if __name__ == "__main__":
    main()
