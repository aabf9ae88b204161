"""`coze speech` and `coze transcribe`, run as the installed console script against the emulator."""

from __future__ import annotations

import base64
import wave
from pathlib import Path

from cli_support import coze, environment

from coze_ext.audio import write_wav
from coze_ext.testing import CozeEmulator


def test_speech_writes_a_wav_of_what_was_spoken(emulator: CozeEmulator, tmp_path: Path) -> None:
    out = tmp_path / "hello.wav"
    done = coze(
        ["speech", "Hello there. How are you?", "-o", str(out), "--voice", "v7"], environment(emulator, tmp_path)
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"{out}\n"

    (ws,) = emulator.websockets
    assert ws.received[0]["data"]["output_audio"]["voice_id"] == "v7"
    assert ws.received_types[1:] == ["input_text_buffer.append", "input_text_buffer.complete"]
    spoken = b"".join(base64.b64decode(f["data"]["delta"]) for f in ws.sent if f["event_type"] == "speech.audio.update")
    with wave.open(str(out)) as wav:
        assert (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) == (1, 2, 24000)
        assert wav.readframes(wav.getnframes()) == spoken != b""


def test_speech_needs_somewhere_to_go(emulator: CozeEmulator, tmp_path: Path) -> None:
    done = coze(["speech", "Hello"], environment(emulator, tmp_path))
    assert done.returncode == 2 and "-o FILE.wav, --play, or both" in done.stderr
    assert emulator.websockets == []


def test_a_refused_speech_says_why_and_exits_3(emulator: CozeEmulator, tmp_path: Path) -> None:
    emulator.faults.add(route="websockets.audio.speech", status=403)
    done = coze(["speech", "Hello", "-o", str(tmp_path / "x.wav")], environment(emulator, tmp_path))
    assert done.returncode == 3
    assert "may need to be enabled for your account" in done.stderr and "logid:" in done.stderr
    assert "Traceback" not in done.stderr


def test_transcribe_prints_the_text_of_a_wav(emulator: CozeEmulator, tmp_path: Path) -> None:
    emulator.state.transcribe = lambda audio: f"you sent {len(audio)} bytes"
    path = tmp_path / "question.wav"
    write_wav(path, b"\x01\x00" * 8000, sample_rate=16000)  # half a second at 16 kHz
    done = coze(["transcribe", str(path)], environment(emulator, tmp_path))
    assert done.returncode == 0, done.stderr
    assert done.stdout == "you sent 16000 bytes\n" and done.stderr == ""  # interim text only on a terminal
    (ws,) = emulator.websockets
    assert ws.received[0]["data"]["input_audio"]["sample_rate"] == 16000


def test_transcribe_refuses_a_file_that_is_not_a_pcm_wav(emulator: CozeEmulator, tmp_path: Path) -> None:
    path = tmp_path / "notes.wav"
    path.write_text("not audio")
    done = coze(["transcribe", str(path)], environment(emulator, tmp_path))
    assert done.returncode == 2 and "not a PCM WAV file" in done.stderr
    assert emulator.websockets == []
