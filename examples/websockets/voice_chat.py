"""A voice chat with a bot: ask in text, then by voice, hear the answers (played, and kept
as a WAV file if you like), and interrupt one that runs long.

Against real Coze (the real-time APIs may need to be enabled for your account):

    export COZE_API_TOKEN=pat_...            # COZE_API_BASE=https://api.coze.cn for coze.cn
    export COZE_BOT_ID=...                   # a bot published to the API channel
    python examples/websockets/voice_chat.py [--play] [-o answers.wav]

Without COZE_API_TOKEN it starts a local emulator and chats with its echo bot.
"""

from __future__ import annotations

import argparse
import os
import threading
from contextlib import nullcontext

from coze_ext import Coze
from coze_ext.audio import MemoryPlayer, Player, SimpleAudioPlayer, WavWriter, decode_audio
from coze_ext.types import WsChatConversationAudioDeltaEvent, WsChatConversationAudioTranscriptCompletedEvent
from coze_ext.websockets import WsChatClient, WsSpeechClient


def spoken(coze: Coze, text: str) -> bytes:
    """`text` spoken by Coze's speech endpoint, as PCM (24 kHz, 16-bit, mono)."""
    recorded = MemoryPlayer()  # keeps the audio instead of playing it
    with WsSpeechClient(coze, player=recorded) as speech:
        speech.append_and_complete(text)
        speech.wait()
    return recorded.pcm


def voice_chat(coze: Coze, bot_id: str, player: Player, wav: WavWriter | None) -> None:
    question = spoken(coze, "What should I cook tonight?")
    answering = threading.Event()

    def heard(event: WsChatConversationAudioTranscriptCompletedEvent) -> None:
        print(f"you (by voice): {event.data.content}")

    def keep(event: WsChatConversationAudioDeltaEvent) -> None:
        answering.set()
        if wav is not None:
            wav.write(decode_audio(event.data.content or ""))

    with WsChatClient(coze, bot_id=bot_id, player=player) as chat:
        chat.on("conversation.audio_transcript.completed", heard)
        chat.on("conversation.audio.delta", keep)
        print(f"bot: {chat.ask('Hello! Who are you?')}")  # returns once the answer has played

        chat.send_audio(question, realtime=True)  # as a microphone would send it
        chat.wait()
        print(f"bot: {chat.answer}")

        answering.clear()
        chat.send_text("Tell me a long story about the sea, please.")
        answering.wait(30)  # the answer starts playing...
        chat.interrupt()  # ...and is cut short: the chat is canceled, its audio stopped
        chat.wait()
        print(f"bot (interrupted): {chat.answer}")


def main() -> None:
    parser = argparse.ArgumentParser(description="A voice chat with a bot.")
    parser.add_argument("--play", action="store_true", help="play the answers on the sound card")
    parser.add_argument("-o", "--output", help="write the spoken answers to this WAV file")
    args = parser.parse_args()
    with (
        SimpleAudioPlayer() if args.play else MemoryPlayer() as player,
        WavWriter(args.output) if args.output else nullcontext() as wav,
    ):
        if os.environ.get("COZE_API_TOKEN"):
            with Coze() as coze:
                voice_chat(coze, os.environ["COZE_BOT_ID"], player, wav)
        else:
            from coze_ext.testing import CozeEmulator

            with CozeEmulator() as emulator, Coze(token=emulator.token, base_url=emulator.base_url) as coze:
                voice_chat(coze, emulator.add_bot("Echo bot").bot_id, player, wav)


if __name__ == "__main__":
    main()
