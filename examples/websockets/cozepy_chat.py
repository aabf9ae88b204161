"""cozepy's WebSocket chat example, ported: ask a bot by voice, print its answer as it is
written and keep the spoken answer as a WAV file.

Where cozepy subclasses `AsyncWebsocketsChatEventHandler` (one `on_<event>` method per
event), passes it as `on_event=` to `coze.websockets.chat.create(...)` and ends with
`await client.wait()`, this registers one function per event type with `ws.on(...)` on the
socket of `coze.websockets.chat.connect(...)` and ends with `await ws.run_until(...)`
(docs/migration.md#websockets has the two side by side).

Against real Coze (the real-time APIs may need to be enabled for your account):

    export COZE_API_TOKEN=pat_...            # COZE_API_BASE=https://api.coze.cn for coze.cn
    export COZE_BOT_ID=...                   # a bot published to the API channel
    python examples/websockets/cozepy_chat.py

Without COZE_API_TOKEN it starts a local emulator and chats with its echo bot.
"""

from __future__ import annotations

import asyncio
import os
import tempfile
from pathlib import Path

from coze_ext import AsyncCoze, WsChatEventType
from coze_ext.audio import WavWriter, aiter_audio_deltas, decode_audio
from coze_ext.types import (
    AsyncChatSocket,
    WsChatConversationAudioDeltaEvent,
    WsChatConversationChatCreatedEvent,
    WsChatConversationChatRequiresActionEvent,
    WsChatConversationMessageDeltaEvent,
    WsChatErrorEvent,
)


async def speak(coze: AsyncCoze, text: str, path: Path) -> None:
    """The question as a WAV file, spoken by the speech endpoint in the first voice listed."""
    voices = await coze.audio.voices.list()
    speech = await coze.audio.speech.create(input=text, voice_id=voices.items[0].voice_id, response_format="wav")
    await speech.write_to_file(path)


def handlers(ws: AsyncChatSocket, wav: WavWriter) -> None:
    """cozepy's handler class, as functions: sync or async, each given the event."""

    def on_error(event: WsChatErrorEvent) -> None:
        print(f"[error {event.data.code}: {event.data.msg}]")

    def on_conversation_chat_created(event: WsChatConversationChatCreatedEvent) -> None:
        print(f"[chat created, logid {event.detail.logid}]")

    def on_conversation_message_delta(event: WsChatConversationMessageDeltaEvent) -> None:
        print(event.data.content or "", end="", flush=True)

    def on_conversation_audio_delta(event: WsChatConversationAudioDeltaEvent) -> None:
        wav.write(decode_audio(event.data.content or ""))  # cozepy: event.data.get_audio()

    async def on_conversation_chat_requires_action(event: WsChatConversationChatRequiresActionEvent) -> None:
        action = event.data.required_action
        calls = (action.submit_tool_outputs.tool_calls if action and action.submit_tool_outputs else None) or []
        # A local plugin would run here; like cozepy's example, answer with the arguments.
        outputs = [
            {"tool_call_id": call.id, "output": call.function.arguments if call.function else ""} for call in calls
        ]
        await ws.conversation_chat_submit_tool_outputs({"chat_id": event.data.id, "tool_outputs": outputs})

    ws.on(WsChatEventType.ERROR, on_error)
    ws.on(WsChatEventType.CONVERSATION_CHAT_CREATED, on_conversation_chat_created)
    ws.on(WsChatEventType.CONVERSATION_MESSAGE_DELTA, on_conversation_message_delta)
    ws.on(WsChatEventType.CONVERSATION_AUDIO_DELTA, on_conversation_audio_delta)
    ws.on(WsChatEventType.CONVERSATION_CHAT_REQUIRES_ACTION, on_conversation_chat_requires_action)


async def chat(coze: AsyncCoze, bot_id: str, folder: Path) -> None:
    question = folder / "question.wav"
    await speak(coze, "How are you today? The weather is lovely.", question)
    with WavWriter(folder / "answer.wav") as wav:
        async with coze.websockets.chat.connect(bot_id=bot_id) as ws:
            handlers(ws, wav)
            async for delta in aiter_audio_deltas(question):
                await ws.input_audio_buffer_append({"delta": delta})
            await ws.input_audio_buffer_complete()
            # cozepy's `await client.wait()`: read events, calling the handlers, until the chat ends.
            done = await ws.run_until(
                WsChatEventType.CONVERSATION_CHAT_COMPLETED,
                WsChatEventType.CONVERSATION_CHAT_FAILED,  # still delivered on a socket, unlike a stream
                WsChatEventType.CONVERSATION_CHAT_CANCELED,
            )
        print(f"\n[{done.event_type if done else 'session ended'}; {wav.format.seconds(wav.size):.1f} s of answer]")


async def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        if os.environ.get("COZE_API_TOKEN"):
            async with AsyncCoze() as coze:  # COZE_API_TOKEN and COZE_API_BASE
                await chat(coze, os.environ["COZE_BOT_ID"], Path(folder))
        else:
            from coze_ext.testing import CozeEmulator

            with CozeEmulator() as emulator:
                async with AsyncCoze(token=emulator.token, base_url=emulator.base_url) as coze:
                    await chat(coze, emulator.add_bot("Echo bot").bot_id, Path(folder))


if __name__ == "__main__":
    asyncio.run(main())
