"""cozepy's WebSocket speech example, ported: turn text into speech and keep it as a WAV file.

Where cozepy subclasses `AsyncWebsocketsAudioSpeechEventHandler`, passes it as `on_event=`
to `coze.websockets.audio.speech.create(...)` and ends with `await client.wait()`, this
registers functions with `ws.on(...)` on the socket of
`coze.websockets.audio.speech.connect()` and ends with `await ws.run_until(...)`
(docs/migration.md#websockets). The voice client `AsyncWsSpeechClient` does the same in
three lines, playing the audio as it comes; see examples/websockets/speech.py.

Against real Coze: `export COZE_API_TOKEN=pat_...`, then run it. Without COZE_API_TOKEN it
starts a local emulator.
"""

from __future__ import annotations

import asyncio
import os
import tempfile
from pathlib import Path

from coze_ext import AsyncCoze, WsSpeechEventType
from coze_ext.audio import WavWriter, decode_audio
from coze_ext.types import WsSpeechAudioUpdateEvent, WsSpeechErrorEvent, WsSpeechInputTextBufferCompletedEvent


async def speak(coze: AsyncCoze, text: str, wav: WavWriter) -> None:
    async with coze.websockets.audio.speech.connect() as ws:

        def on_error(event: WsSpeechErrorEvent) -> None:
            print(f"[error {event.data.code}: {event.data.msg}]")

        def on_input_text_buffer_completed(event: WsSpeechInputTextBufferCompletedEvent) -> None:
            print("[input text buffer completed]")

        def on_speech_audio_update(event: WsSpeechAudioUpdateEvent) -> None:
            wav.write(decode_audio(event.data.delta))

        ws.on(WsSpeechEventType.ERROR, on_error)
        ws.on(WsSpeechEventType.INPUT_TEXT_BUFFER_COMPLETED, on_input_text_buffer_completed)
        ws.on(WsSpeechEventType.SPEECH_AUDIO_UPDATE, on_speech_audio_update)
        # cozepy: client.input_text_buffer_append(InputTextBufferAppendEvent.Data.model_validate({"delta": text}))
        await ws.input_text_buffer_append({"delta": text})
        await ws.input_text_buffer_complete()
        await ws.run_until(WsSpeechEventType.SPEECH_AUDIO_COMPLETED)  # cozepy: await client.wait()
    print(f"[{wav.format.seconds(wav.size):.1f} s of speech, logid {ws.logid}]")


async def main() -> None:
    text = "How are you today? The weather is lovely."
    with tempfile.TemporaryDirectory() as folder, WavWriter(Path(folder) / "output.wav") as wav:
        if os.environ.get("COZE_API_TOKEN"):
            async with AsyncCoze() as coze:
                await speak(coze, text, wav)
        else:
            from coze_ext.testing import CozeEmulator

            with CozeEmulator() as emulator:
                async with AsyncCoze(token=emulator.token, base_url=emulator.base_url) as coze:
                    await speak(coze, text, wav)


if __name__ == "__main__":
    asyncio.run(main())
