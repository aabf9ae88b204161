"""WAV files: written atomically or as audio arrives, read back, and checked with the stdlib `wave`."""

from __future__ import annotations

import logging
import random
import struct
import wave
from pathlib import Path

import pytest

from coze_ext.audio import WavAudio, WavWriter, read_wav, write_wav

PCM = random.Random(14).randbytes(24000 * 2)  # one second of 24 kHz mono 16-bit noise


def wave_params(path: Path) -> tuple[int, int, int, bytes]:
    """What the stdlib makes of a WAV file: channels, sample width, rate and frames."""
    with wave.open(str(path), "rb") as reader:
        frames = reader.readframes(reader.getnframes())
        return reader.getnchannels(), reader.getsampwidth(), reader.getframerate(), frames


def riff(format_tag: int, data: bytes, *, channels: int = 1, rate: int = 24000, bits: int = 16) -> bytes:
    """A WAV file with any format tag (1 is PCM, 3 float, 6 A-law, 0xFFFE extensible)."""
    block = channels * bits // 8
    fmt = struct.pack("<HHIIHH", format_tag, channels, rate, rate * block, block, bits)
    body = b"WAVE" + b"fmt " + struct.pack("<I", len(fmt)) + fmt + b"data" + struct.pack("<I", len(data)) + data
    return b"RIFF" + struct.pack("<I", len(body)) + body


def test_write_wav_defaults_to_24khz_mono_16bit_and_reads_back(tmp_path: Path) -> None:
    path = tmp_path / "speech.wav"
    write_wav(path, PCM)
    assert wave_params(path) == (1, 2, 24000, PCM)
    audio = read_wav(path)
    assert audio == WavAudio(PCM, 24000, 1, 2)
    assert audio.duration == 1.0
    assert repr(audio) == "WavAudio(pcm=<48000 bytes>, sample_rate=24000, channels=1, sample_width=2)"


@pytest.mark.parametrize(("rate", "channels", "width"), [(16000, 2, 2), (8000, 1, 1), (48000, 2, 3), (44100, 1, 4)])
def test_write_wav_round_trips_other_formats(tmp_path: Path, rate: int, channels: int, width: int) -> None:
    pcm = PCM[: channels * width * 1000]
    path = tmp_path / "other.wav"
    write_wav(path, bytearray(pcm), sample_rate=rate, channels=channels, sample_width=width)
    assert wave_params(path) == (channels, width, rate, pcm)
    assert read_wav(str(path)) == WavAudio(pcm, rate, channels, width)


def test_write_wav_replaces_a_file_whole_and_leaves_it_alone_on_failure(tmp_path: Path) -> None:
    path = tmp_path / "out.wav"
    path.write_bytes(b"old")
    with pytest.raises(ValueError, match="not whole frames of 2 bytes"):
        write_wav(path, b"\x01\x02\x03")
    assert path.read_bytes() == b"old"
    write_wav(path, memoryview(PCM))
    assert wave_params(path)[3] == PCM
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.wav"]  # no temporary file left behind


def test_write_wav_checks_the_format_before_writing(tmp_path: Path) -> None:
    for bad in ({"sample_rate": 0}, {"channels": 0}, {"sample_width": 5}):
        with pytest.raises(ValueError):
            write_wav(tmp_path / "bad.wav", PCM, **bad)
    assert list(tmp_path.iterdir()) == []


def test_the_written_file_gets_ordinary_permissions(tmp_path: Path) -> None:
    write_wav(tmp_path / "a.wav", PCM)
    (tmp_path / "b").write_bytes(b"")  # what any new file gets under this umask
    assert (tmp_path / "a.wav").stat().st_mode == (tmp_path / "b").stat().st_mode


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (riff(3, b"\0" * 8, bits=32), "format tag 3"),  # 32-bit float
        (riff(6, b"\0" * 8, bits=8), "format tag 6"),  # A-law
        (riff(0xFFFE, b"\0" * 8), "format tag 65534"),  # extensible
        (b"ID3\x03" + b"\0" * 100, "not a PCM WAV file"),  # an MP3
        (riff(1, b"")[:20], "ends too early"),
        (b"", "ends too early"),
    ],
)
def test_read_wav_refuses_what_is_not_pcm_with_a_clear_error(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "in.wav"
    path.write_bytes(content)
    with pytest.raises(ValueError, match=message) as caught:
        read_wav(path)
    assert str(path) in str(caught.value)


def test_read_wav_of_a_missing_file_raises_file_not_found(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        read_wav(tmp_path / "missing.wav")


def test_wav_writer_appends_chunks_and_fixes_the_header_on_close(tmp_path: Path) -> None:
    path = tmp_path / "session.wav"
    # Chunks as a speech session delivers them: any size, not always whole frames.
    sizes = [10800, 12000, 5, 12001, 150, 11998, 1046]
    writer = WavWriter(path)
    offset = 0
    for size in sizes:
        writer.write(PCM[offset : offset + size])
        offset += size
    assert not path.exists()  # only a finished file appears
    assert writer.size == offset == len(PCM)
    writer.close()
    writer.close()  # idempotent
    assert wave_params(path) == (1, 2, 24000, PCM[:offset])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["session.wav"]
    with pytest.raises(ValueError, match="closed"):
        writer.write(b"\0\0")


def test_wav_writer_keeps_the_audio_of_a_session_that_fails(tmp_path: Path) -> None:
    path = tmp_path / "partial.wav"
    with pytest.raises(ConnectionError), WavWriter(path, sample_rate=16000, channels=2) as writer:
        writer.write(PCM[:4000])
        raise ConnectionError("the socket closed")
    assert wave_params(path) == (2, 2, 16000, PCM[:4000])


def test_wav_writer_reports_a_dangling_partial_frame(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "odd.wav"
    with caplog.at_level(logging.WARNING, logger="coze_ext.audio"), WavWriter(path) as writer:
        writer.write(PCM[:101])
    assert wave_params(path)[3] == PCM[:100]
    assert "dropped 1 bytes" in caplog.text
