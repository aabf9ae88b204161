"""Chat with a bot over a WebSocket: ask in text, print the answer as it is written, and
save the spoken answer as a WAV file (the path given, else one in a temporary folder).

Against real Coze (the real-time APIs may need to be enabled for your account):

    export COZE_API_TOKEN=pat_...            # COZE_API_BASE=https://api.coze.cn for coze.cn
    export COZE_BOT_ID=...                   # a bot published to the API channel
    python examples/websockets/chat.py [answer.wav]

Without COZE_API_TOKEN it starts a local emulator and chats with its echo bot.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from coze_ext import Coze, WsChatEventType
from coze_ext.audio import WavWriter, decode_audio
from coze_ext.types import WsChatErrorEvent


def show_error(event: WsChatErrorEvent) -> None:
    print(f"\n[error {event.data.code}: {event.data.msg}, logid {event.detail.logid}]")


def chat(coze: Coze, bot_id: str, question: str, wav: WavWriter) -> None:
    with coze.websockets.chat.connect(bot_id=bot_id) as ws:
        # An error event (a frame the server refused, say) is delivered like any other event,
        # and the session goes on; a handler sees it wherever the loop is.
        ws.on(WsChatEventType.ERROR, show_error)
        ws.conversation_message_create({"role": "user", "content_type": "text", "content": question})
        for event in ws:
            # Comparing `event.event_type` narrows the event: `event.data` is then its model.
            if event.event_type == WsChatEventType.CONVERSATION_MESSAGE_DELTA:
                print(event.data.content or "", end="", flush=True)
            elif event.event_type == WsChatEventType.CONVERSATION_AUDIO_DELTA:
                wav.write(decode_audio(event.data.content or ""))
            elif event.event_type == WsChatEventType.CONVERSATION_CHAT_COMPLETED:
                usage = event.data.usage
                print(f"\n[chat completed, {usage.token_count if usage else '?'} tokens, logid {ws.logid}]")
                break  # the session would go on (another question, say); leaving the `with` closes it


def main() -> None:
    question = "What is the weather like on the moon?"
    with (
        tempfile.TemporaryDirectory() as folder,
        WavWriter(sys.argv[1] if sys.argv[1:] else Path(folder) / "answer.wav") as wav,
    ):
        if os.environ.get("COZE_API_TOKEN"):
            with Coze() as coze:
                chat(coze, os.environ["COZE_BOT_ID"], question, wav)
        else:
            from coze_ext.testing import CozeEmulator

            with CozeEmulator() as emulator, Coze(token=emulator.token, base_url=emulator.base_url) as coze:
                chat(coze, emulator.add_bot("Echo bot").bot_id, question, wav)
        print(f"[{wav.format.seconds(wav.size):.1f} s of spoken answer in {wav.path}]")


if __name__ == "__main__":
    main()
