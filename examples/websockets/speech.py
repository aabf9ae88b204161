"""Speak text as it is written: append it piece by piece, hear each sentence as soon as it
is synthesised, and keep the audio as a WAV file.

Against real Coze (the real-time APIs may need to be enabled for your account):

    export COZE_API_TOKEN=pat_...            # COZE_API_BASE=https://api.coze.cn for coze.cn
    python examples/websockets/speech.py --play -o speech.wav [--voice VOICE_ID]

`--play` plays on the sound card (`pip install 'coze-ext[audio]'`); without it nothing is
heard (a MemoryPlayer keeps the audio). Without COZE_API_TOKEN it starts a local emulator.
"""

from __future__ import annotations

import argparse
import os
from contextlib import nullcontext

from coze_ext import Coze
from coze_ext.audio import MemoryPlayer, Player, SimpleAudioPlayer, WavWriter, decode_audio
from coze_ext.types import WsSpeechAudioUpdateEvent, WsSpeechConversationAudioSentenceStartEvent
from coze_ext.websockets import WsSpeechClient

# Text as a language model would stream it: in pieces that do not end at sentences.
PIECES = ["The weather today ", "is sunny and warm. Take a hat, ", "and drink plenty of water!"]


def speak(coze: Coze, player: Player, voice_id: str | None, wav: WavWriter | None) -> None:
    speech = WsSpeechClient(coze, player=player)
    speech.connect(voice_id=voice_id)  # or let `with` connect, in the server's voice
    with speech:  # disconnects at the end

        def show(event: WsSpeechConversationAudioSentenceStartEvent) -> None:
            print(f"speaking: {event.data.text}")

        def keep(event: WsSpeechAudioUpdateEvent) -> None:
            if wav is not None:
                wav.write(decode_audio(event.data.delta))

        speech.on("conversation.audio.sentence_start", show)
        speech.on("speech.audio.update", keep)
        speech.on("completed", lambda done: print(f"[spoken and played, logid {speech.logid}]"))
        for piece in PIECES:
            speech.append(piece)
        speech.complete()
        speech.wait()  # until it has played; pause(), resume() and interrupt() control playback


def main() -> None:
    parser = argparse.ArgumentParser(description="Speak text as it is written.")
    parser.add_argument("--play", action="store_true", help="play on the sound card")
    parser.add_argument("-o", "--output", help="write the speech to this WAV file")
    parser.add_argument("--voice", help="a voice id (default: the server's)")
    args = parser.parse_args()
    with (
        SimpleAudioPlayer() if args.play else MemoryPlayer() as player,
        WavWriter(args.output) if args.output else nullcontext() as wav,
    ):
        if os.environ.get("COZE_API_TOKEN"):
            with Coze() as coze:
                speak(coze, player, args.voice, wav)
        else:
            from coze_ext.testing import CozeEmulator

            with CozeEmulator() as emulator, Coze(token=emulator.token, base_url=emulator.base_url) as coze:
                speak(coze, player, args.voice, wav)
    if wav is not None:
        print(f"[{wav.format.seconds(wav.size):.1f} s of speech in {wav.path}]")


if __name__ == "__main__":
    main()
