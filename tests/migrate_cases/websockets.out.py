"""A WebSocket chat in cozepy's handler-class style: left to a person, with pointers."""

import asyncio

from coze_ext import AsyncCoze
from coze_ext.types import (
    AsyncChatSocket,
    WsChatConversationMessageDeltaEvent,
    WsTranscriptionsInputAudioBufferAppendEvent,
)
from cozepy import AsyncWebsocketsChatEventHandler


# coze migrate: cozepy's AsyncWebsocketsChatEventHandler is not needed here: handlers are plain functions (sync or async): ws.on(WsChatEventType.X, handler), or an async for loop over the socket (see docs/migration.md#websockets)
class Handler(AsyncWebsocketsChatEventHandler):
    async def on_conversation_message_delta(
        self, cli: "AsyncChatSocket", event: WsChatConversationMessageDeltaEvent
    ) -> None:
        print(event.data.content, end="")


async def main() -> None:
    coze = AsyncCoze(token="pat_example")
    # coze migrate: open the socket with coze.websockets.chat.connect(bot_id=...) and register handlers with ws.on(...), or use coze_ext.websockets.WsChatClient (see docs/migration.md#websockets)
    chat = coze.websockets.chat.create(bot_id="7400000000000000002", on_event=Handler())
    async with chat() as client:
        # coze migrate: cozepy's InputAudioBufferAppendEvent.Data has no twin on WsTranscriptionsInputAudioBufferAppendEvent (see docs/migration.md#websockets)
        await client.input_audio_buffer_append(WsTranscriptionsInputAudioBufferAppendEvent.Data.model_validate({"delta": b"..."}))
        await client.input_audio_buffer_complete()
        await client.wait()
    # coze migrate: open the socket with coze.websockets.audio.speech.connect() and register handlers with ws.on(...), or use coze_ext.websockets.WsSpeechClient (see docs/migration.md#websockets)
    speech = coze.websockets.audio.speech.create(on_event={})
    # coze migrate: open the socket with coze.websockets.audio.transcriptions.connect() and register handlers with ws.on(...), or use coze_ext.websockets.WsTranscriptionClient (see docs/migration.md#websockets)
    transcriptions = coze.websockets.audio.transcriptions.create(on_event={})
    print(speech, transcriptions)


asyncio.run(main())
