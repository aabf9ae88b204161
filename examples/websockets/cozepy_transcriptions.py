"""cozepy's WebSocket transcription example, ported: speak a sentence with the speech
endpoint, send it over the transcription socket and print the text as it is recognised.

Where cozepy subclasses `AsyncWebsocketsAudioTranscriptionsEventHandler`, passes it as
`on_event=` to `coze.websockets.audio.transcriptions.create(...)` and ends with
`await client.wait()`, this registers functions with `ws.on(...)` on the socket of
`coze.websockets.audio.transcriptions.connect()` and ends with `await ws.run_until(...)`
(docs/migration.md#websockets). The voice client `AsyncWsTranscriptionClient` does the same
with `await client.transcribe(path)`; see examples/websockets/transcriptions.py.

Against real Coze: `export COZE_API_TOKEN=pat_...`, then run it. Without COZE_API_TOKEN it
starts a local emulator (which "hears" how many bytes it got).
"""

from __future__ import annotations

import asyncio
import os
import tempfile
from pathlib import Path

from coze_ext import AsyncCoze, WsTranscriptionsEventType
from coze_ext.audio import aiter_audio_deltas
from coze_ext.types import (
    WsTranscriptionsErrorEvent,
    WsTranscriptionsInputAudioBufferCompletedEvent,
    WsTranscriptionsMessageUpdateEvent,
)


async def speak(coze: AsyncCoze, text: str, path: Path) -> None:
    """`text` as a WAV file, spoken by the speech endpoint in the first voice listed."""
    voices = await coze.audio.voices.list()
    speech = await coze.audio.speech.create(input=text, voice_id=voices.items[0].voice_id, response_format="wav")
    await speech.write_to_file(path)


async def transcribe(coze: AsyncCoze, path: Path) -> None:
    async with coze.websockets.audio.transcriptions.connect() as ws:

        def on_error(event: WsTranscriptionsErrorEvent) -> None:
            print(f"[error {event.data.code}: {event.data.msg}]")

        def on_transcriptions_message_update(event: WsTranscriptionsMessageUpdateEvent) -> None:
            print(f"received: {event.data.content}")

        def on_input_audio_buffer_completed(event: WsTranscriptionsInputAudioBufferCompletedEvent) -> None:
            print("[input audio buffer completed]")

        ws.on(WsTranscriptionsEventType.ERROR, on_error)
        ws.on(WsTranscriptionsEventType.TRANSCRIPTIONS_MESSAGE_UPDATE, on_transcriptions_message_update)
        ws.on(WsTranscriptionsEventType.INPUT_AUDIO_BUFFER_COMPLETED, on_input_audio_buffer_completed)
        async for delta in aiter_audio_deltas(path):  # base64 chunks of the WAV file's audio
            await ws.input_audio_buffer_append({"delta": delta})
        await ws.input_audio_buffer_complete()
        await ws.run_until(WsTranscriptionsEventType.TRANSCRIPTIONS_MESSAGE_COMPLETED)  # cozepy: client.wait()
    print(f"[transcribed, logid {ws.logid}]")


async def run(coze: AsyncCoze) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "question.wav"
        await speak(coze, "How are you today? The weather is lovely.", path)
        await transcribe(coze, path)


async def main() -> None:
    if os.environ.get("COZE_API_TOKEN"):
        async with AsyncCoze() as coze:
            await run(coze)
        return
    from coze_ext.testing import CozeEmulator

    with CozeEmulator() as emulator:
        async with AsyncCoze(token=emulator.token, base_url=emulator.base_url) as coze:
            await run(coze)


if __name__ == "__main__":
    asyncio.run(main())
