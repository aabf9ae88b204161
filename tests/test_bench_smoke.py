"""Each benchmark runs at a tiny size (`--smoke`) and hands its rows to `make bench`'s table,
so none of them can rot. A smoke run proves the benchmarks work, never how fast anything
is: nothing here looks at a timing."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
TIMEOUT = 300


def run_bench(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(BENCH / args[0]), *args[1:]], capture_output=True, text=True, timeout=TIMEOUT, check=False
    )


def rows(results: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in results.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize(
    ("script", "extra", "first_path"),
    [
        ("request.py", [], "20 sequential chat.retrieve vs cozepy"),
        ("stream.py", [], "SSE chat stream, 100 deltas vs cozepy"),
        ("ws.py", [], "WebSocket chat (sync), 50 deltas vs cozepy"),
        ("parse.py", [], "parse a 50-message list vs cozepy"),
        ("fanout.py", [], "fan-out 5 chat.retrieve, 0 ms server"),
        ("memory.py", [], "1 MiB upload from path (sync): peak traced memory / size"),
        ("import_time.py", ["--python", sys.executable], "cold start to a ready client (time) vs cozepy"),
    ],
)
def test_the_benchmark_runs_and_reports_its_rows(
    script: str, extra: list[str], first_path: str, tmp_path: Path
) -> None:
    results = tmp_path / "rows.jsonl"
    done = run_bench(script, "--smoke", *extra, "--results", str(results))
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-3000:]
    reported = rows(results)
    assert reported[0]["path"] == first_path
    # The headline row has our figure and a ratio (against the peer's figure, when there is a
    # peer): a benchmark that stopped measuring a side would show.
    assert reported[0]["ours"] and reported[0]["ratio"]
    assert bool(reported[0]["peer"]) is (script != "memory.py")
    assert first_path in done.stdout  # the script's own table, for a run by hand


def write_recording(path: Path) -> None:
    """A short voice chat in the recordings' format (our own frames, not a real session)."""
    ids = {"conversation_id": "7001", "bot_id": "7002", "chat_id": "7003", "section_id": "7001"}
    message = {"id": "7004", "role": "assistant", "type": "answer", "content_type": "text", **ids}
    audio = {**message, "content_type": "audio", "content": base64.b64encode(bytes(range(200))).decode()}
    chat = {"id": "7003", "conversation_id": "7001", "bot_id": "7002", "created_at": 1752474749}

    def frame(number: int, event_type: str, data: object = None) -> str:
        body: dict[str, object] = {"event_type": event_type, "id": f"frame-{number}"}
        if data is not None:
            body["data"] = data
        body["detail"] = {"logid": "bench", "respond_at": str(1752474749000 + 40 * number)}
        return json.dumps(body)

    lines = [
        "send",
        json.dumps({"event_type": "conversation.message.create", "data": {"role": "user", "content": "Hi"}}),
        "receive",
        frame(0, "chat.created"),
        "receive",
        frame(1, "conversation.message.delta", {**message, "content": "Hello"}),
        "receive",
        frame(2, "conversation.audio.delta", audio),
        "receive",
        frame(3, "conversation.message.delta", {**message, "content": " there"}),
        "receive",
        frame(4, "conversation.chat.completed", {**chat, "status": "completed"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_voice_sessions_replays_a_recording(tmp_path: Path) -> None:
    recording, results = tmp_path / "chat.txt", tmp_path / "rows.jsonl"
    write_recording(recording)
    done = run_bench("voice_sessions.py", "--smoke", "--recording", str(recording), "--results", str(results))
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-3000:]
    reported = {row["path"]: row for row in rows(results)}
    assert set(reported) == {
        f"3 voice sessions at real pace: {what}"
        for what in ("loop lag p99", "loop lag max", "memory per session", "threads")
    }
    # Both clients ran every session to the end (a failed session would show here).
    assert done.stdout.count("3 completed, 0 errors") == 2


def test_voice_sessions_says_when_the_recording_is_missing(tmp_path: Path) -> None:
    done = run_bench("voice_sessions.py", "--smoke", "--recording", str(tmp_path / "absent.txt"))
    assert done.returncode == 2
    assert "absent.txt is missing" in done.stderr


def test_make_bench_gathers_every_row_into_one_table() -> None:
    done = run_bench("run.py", "--smoke", "--only", "request,parse")
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-3000:]
    table = done.stdout.split("== make bench (smoke run")[1]
    for path in ("20 sequential chat.retrieve vs raw httpx", "parse a 50-message list vs cozepy"):
        assert path in table
    assert "FAIL" not in table  # a smoke run judges no target


def test_make_bench_reports_a_benchmark_that_fails_to_run(tmp_path: Path) -> None:
    env = {**os.environ, "COZE_REFERENCE_DIR": str(tmp_path)}  # no recording there
    done = subprocess.run(
        [sys.executable, str(BENCH / "run.py"), "--smoke", "--only", "voice_sessions"],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        env=env,
        check=False,
    )
    assert done.returncode == 1
    assert "is missing" in done.stderr
    assert "bench/voice_sessions.py  did not run" in done.stdout
