"""Stream raw PCM bytes to the transcription socket, as a microphone callback would, and
end cleanly when the connection is lost.

The audio goes in as bytes (the SDK base64-encodes the `delta`); the session pings the
server every 10 s and gives up on one silent for 10 s more (the defaults are 20 and 20),
so a lost network ends in `APIConnectionError` instead of a wait that never ends.

Against real Coze (the real-time APIs may need to be enabled for your account):

    export COZE_API_TOKEN=pat_...            # COZE_API_BASE=https://api.coze.cn for coze.cn
    python examples/websockets/raw_audio.py

Without COZE_API_TOKEN it starts a local emulator (which "hears" how many bytes it got).
"""

from __future__ import annotations

import math
import os
import struct
import sys
from collections.abc import Iterator

from coze_ext import APIConnectionError, Coze, WsTranscriptionsEventType

RATE = 16000  # samples per second, 16-bit mono


def microphone(seconds: float, chunk_ms: int = 100) -> Iterator[bytes]:
    """Chunks of PCM as a sound card hands them over: here, a 440 Hz tone."""
    samples = [round(8000 * math.sin(2 * math.pi * 440 * n / RATE)) for n in range(int(seconds * RATE))]
    pcm = struct.pack(f"<{len(samples)}h", *samples)
    step = RATE * 2 * chunk_ms // 1000
    for start in range(0, len(pcm), step):
        yield pcm[start : start + step]


def transcribe(coze: Coze) -> str:
    with coze.websockets.audio.transcriptions.connect(ping_interval=10, ping_timeout=10) as ws:
        ws.transcriptions_update({"input_audio": {"format": "pcm", "sample_rate": RATE, "channel": 1, "bit_depth": 16}})
        for chunk in microphone(1.0):
            ws.input_audio_buffer_append({"delta": chunk})  # bytes: encoded for you
        ws.input_audio_buffer_complete()
        text = ""
        for event in ws:
            if event.event_type == WsTranscriptionsEventType.TRANSCRIPTIONS_MESSAGE_UPDATE:
                text = event.data.content or ""
            elif event.event_type == WsTranscriptionsEventType.TRANSCRIPTIONS_MESSAGE_COMPLETED:
                return text
    return text  # the server closed the session first


def main() -> None:
    try:
        if os.environ.get("COZE_API_TOKEN"):
            with Coze() as coze:
                print(transcribe(coze))
        else:
            from coze_ext.testing import CozeEmulator

            with CozeEmulator() as emulator, Coze(token=emulator.token, base_url=emulator.base_url) as coze:
                print(transcribe(coze))
    except APIConnectionError as error:  # cut, closed with an error code, or silent too long
        print(f"the session ended: {error} (close code {error.close_code})", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
