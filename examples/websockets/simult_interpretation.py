"""Interpret speech into another language as it is spoken: the words heard, their
translation, and the translation spoken (played, and kept as a WAV file if you like).

Against real Coze (the real-time APIs may need to be enabled for your account):

    export COZE_API_TOKEN=pat_...            # COZE_API_BASE=https://api.coze.cn for coze.cn
    python examples/websockets/simult_interpretation.py speech.wav [-o translation.wav] [--play]

Without a file it first makes one: a Chinese sentence spoken by the speech endpoint.
Without COZE_API_TOKEN it starts a local emulator.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from contextlib import nullcontext
from pathlib import Path

from coze_ext import Coze
from coze_ext.audio import MemoryPlayer, Player, SimpleAudioPlayer, WavWriter, decode_audio, write_wav
from coze_ext.types import WsSimultInterpretationAudioDeltaEvent, WsSimultInterpretationTranslationDeltaEvent
from coze_ext.websockets import WsSimultInterpretationClient, WsSpeechClient


def spoken_sentence(coze: Coze, path: Path) -> None:
    """A WAV file of a sentence in Chinese, spoken by Coze's speech endpoint."""
    recorded = MemoryPlayer()  # keeps the audio instead of playing it
    with WsSpeechClient(coze, player=recorded) as speech:
        speech.append_and_complete("今天天气真不错，我们去公园散步吧。")  # noqa: RUF001 (Chinese punctuation)
        speech.wait()
    write_wav(path, recorded.pcm)


def interpret(coze: Coze, path: Path, player: Player, wav: WavWriter | None) -> None:
    def show(event: WsSimultInterpretationTranslationDeltaEvent) -> None:
        print(event.data.delta, end="", flush=True)

    def keep(event: WsSimultInterpretationAudioDeltaEvent) -> None:
        if wav is not None:
            wav.write(decode_audio(event.data.delta))

    interpreter = WsSimultInterpretationClient(coze, player=player)
    interpreter.connect("zh", "en", glossary=[("公园", "the park")])  # from, to, fixed translations
    with interpreter:
        interpreter.on("simult_interpretation.translation.delta", show)
        interpreter.on("simult_interpretation.audio.delta", keep)
        translation = interpreter.interpret(path, realtime=True)  # returns once the translation has played
    print(f"\nheard:      {interpreter.transcription}\ntranslated: {translation}")


def run(coze: Coze, speech: str | None, player: Player, wav: WavWriter | None) -> None:
    if speech:
        interpret(coze, Path(speech), player, wav)
        return
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "speech.wav"
        spoken_sentence(coze, path)
        interpret(coze, path, player, wav)


def main() -> None:
    parser = argparse.ArgumentParser(description="Interpret speech into another language.")
    parser.add_argument("speech", nargs="?", help="a PCM WAV file, 24 kHz 16-bit mono")
    parser.add_argument("-o", "--output", help="write the spoken translation to this WAV file")
    parser.add_argument("--play", action="store_true", help="play the translation on the sound card")
    args = parser.parse_args()
    with (
        SimpleAudioPlayer() if args.play else MemoryPlayer() as player,
        WavWriter(args.output) if args.output else nullcontext() as wav,
    ):
        if os.environ.get("COZE_API_TOKEN"):
            with Coze() as coze:
                run(coze, args.speech, player, wav)
        else:
            from coze_ext.testing import CozeEmulator

            with CozeEmulator() as emulator, Coze(token=emulator.token, base_url=emulator.base_url) as coze:
                run(coze, args.speech, player, wav)


if __name__ == "__main__":
    main()
