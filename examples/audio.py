"""Audio: speech to a file (streamed), transcription, voices, rooms and voiceprints."""

from __future__ import annotations

import tempfile
from pathlib import Path

from _env import BOT_ID, VOICE_ID

from coze_ext import Coze


def main() -> None:
    with Coze() as coze, tempfile.TemporaryDirectory() as folder:
        speech = Path(folder) / "hello.mp3"
        coze.audio.speech.create(input="Hello from Coze!", voice_id=VOICE_ID).write_to_file(speech)
        print(f"speech: {speech.stat().st_size} bytes written")

        transcript = coze.audio.transcriptions.create(file=speech)
        print(f"transcript: {transcript.text}")
        for voice in coze.audio.voices.list(page_size=10):
            print(f"voice {voice.voice_id}: {voice.name}")
        room = coze.audio.rooms.create(bot_id=BOT_ID, voice_id=VOICE_ID)
        print(f"room {room.room_id} (uid {room.uid})")

        group = coze.audio.voiceprint_groups.create(name="Family")
        coze.audio.voiceprint_groups.features.create(group_id=group.id, file=speech, name="Alice")
        for feature in coze.audio.voiceprint_groups.features.list(group_id=group.id):
            print(f"voiceprint {feature.id}: {feature.name}")
        match = coze.audio.voiceprint_groups.speaker_identify(group_id=group.id, file=speech)
        for score in match.feature_score_list or []:
            print(f"  {score.feature_name}: {score.score}")


if __name__ == "__main__":
    main()
