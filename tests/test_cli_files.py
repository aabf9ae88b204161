"""`coze files upload`: the file id on stdout; a progress bar on a terminal, none when piped.
`coze files retrieve`: the file's details, or its JSON."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from cli_support import ANSI, coze, coze_in_terminal, environment

from coze_ext.testing import CozeEmulator

MIB = 1024 * 1024


def test_upload_prints_only_the_file_id_when_piped(emulator: CozeEmulator, tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.7 " + os.urandom(MIB))
    done = coze(["files", "upload", str(path)], environment(emulator, tmp_path))
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    file_id = done.stdout.strip()
    assert done.stdout == file_id + "\n"
    stored = emulator.state.files[file_id]
    assert stored.file_name == "report.pdf" and stored.content == path.read_bytes()


def test_upload_draws_a_progress_bar_on_a_terminal(emulator: CozeEmulator, tmp_path: Path) -> None:
    path = tmp_path / "talk.mp3"
    path.write_bytes(b"ID3" + os.urandom(MIB - 3))  # 1 MiB: sixteen 64 KiB reads
    code, shown = coze_in_terminal(["files", "upload", str(path)], environment(emulator, tmp_path))
    assert code == 0, shown
    text = ANSI.sub("", shown)
    (file_id,) = emulator.state.files
    assert emulator.state.files[file_id].content == path.read_bytes()
    assert "talk.mp3" in text and "━" in text  # the bar, labelled with the file name
    assert "1.0/1.0 MB" in text  # ... that reached the whole size
    assert text.rstrip().endswith(file_id)


def test_upload_of_a_missing_file_is_a_usage_error(emulator: CozeEmulator, tmp_path: Path) -> None:
    done = coze(["files", "upload", str(tmp_path / "nothing.txt")], environment(emulator, tmp_path))
    assert done.returncode == 2 and "does not exist" in done.stderr
    assert not emulator.requests


def test_retrieve_prints_the_details_of_an_uploaded_file(emulator: CozeEmulator, tmp_path: Path) -> None:
    env = environment(emulator, tmp_path)
    path = tmp_path / "notes.txt"
    path.write_bytes(b"twelve bytes")
    file_id = coze(["files", "upload", str(path)], env).stdout.strip()
    done = coze(["files", "retrieve", file_id], env)
    assert done.returncode == 0, done.stderr
    created = emulator.state.files[file_id].created_at
    uploaded = time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime(created))
    assert done.stdout.splitlines() == [
        f"id:       {file_id}",
        "name:     notes.txt",
        "bytes:    12",
        f"uploaded: {uploaded}",
    ]
    (asked,) = [r for r in emulator.requests if r.operation_id == "files_retrieve"]
    assert asked.query == {"file_id": file_id}


def test_retrieve_json_prints_the_file_as_coze_sent_it(emulator: CozeEmulator, tmp_path: Path) -> None:
    env = environment(emulator, tmp_path)
    path = tmp_path / "notes.txt"
    path.write_bytes(b"twelve bytes")
    file_id = coze(["files", "upload", str(path)], env).stdout.strip()
    done = coze(["files", "retrieve", file_id, "--json"], env)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == emulator.state.files[file_id].to_wire()


def test_retrieve_of_an_unknown_file_fails_with_its_code(emulator: CozeEmulator, tmp_path: Path) -> None:
    done = coze(["files", "retrieve", "7400000000000000999"], environment(emulator, tmp_path))
    assert done.returncode == 1 and done.stdout == ""
    assert "code: 4200" in done.stderr and "logid: " in done.stderr
