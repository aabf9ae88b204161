"""A WebSocket chat in cozepy's handler-class style: left to a person, with pointers."""

import asyncio

from cozepy import (
    AsyncCoze,
    AsyncTokenAuth,
    AsyncWebsocketsChatClient,
    AsyncWebsocketsChatEventHandler,
    ConversationMessageDeltaEvent,
    InputAudioBufferAppendEvent,
)


class Handler(AsyncWebsocketsChatEventHandler):
    async def on_conversation_message_delta(
        self, cli: "AsyncWebsocketsChatClient", event: ConversationMessageDeltaEvent
    ) -> None:
        print(event.data.content, end="")


async def main() -> None:
    coze = AsyncCoze(auth=AsyncTokenAuth("pat_example"))
    chat = coze.websockets.chat.create(bot_id="7400000000000000002", on_event=Handler())
    async with chat() as client:
        await client.input_audio_buffer_append(InputAudioBufferAppendEvent.Data.model_validate({"delta": b"..."}))
        await client.input_audio_buffer_complete()
        await client.wait()
    speech = coze.websockets.audio.speech.create(on_event={})
    transcriptions = coze.websockets.audio.transcriptions.create(on_event={})
    print(speech, transcriptions)


asyncio.run(main())
