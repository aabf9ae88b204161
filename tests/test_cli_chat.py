"""`coze chat`: the answer streamed as plain text when piped, live on a terminal, or every
event as a JSON line."""

from __future__ import annotations

import json
from pathlib import Path

from cli_support import ANSI, coze, coze_in_terminal, environment

from coze_ext.testing import CozeEmulator


def test_chat_prints_the_answer_as_plain_text_when_piped(emulator: CozeEmulator, tmp_path: Path) -> None:
    done = coze(["chat", "b", "hello there"], environment(emulator, tmp_path))
    assert done.returncode == 0, done.stderr
    assert done.stdout == "You said: hello there\n"
    assert done.stderr == ""  # no conversation note, no escape codes: stderr is not a terminal
    sent = [r for r in emulator.requests if r.operation_id == "chat_create"]
    assert len(sent) == 1 and sent[0].json["bot_id"] == "b" and sent[0].json["user_id"] == "coze-cli"
    assert sent[0].json["additional_messages"][0]["content"] == "hello there"


def test_chat_sends_the_user_and_continues_a_conversation(emulator: CozeEmulator, tmp_path: Path) -> None:
    env = environment(emulator, tmp_path)
    first = coze(["chat", "b", "one", "--json"], env)
    conversation = json.loads(first.stdout.splitlines()[0])["data"]["conversation_id"]
    again = coze(["chat", "b", "two", "--user", "alice", "--conversation", conversation], env)
    assert again.returncode == 0, again.stderr
    assert again.stdout == "You said: two\n"
    sent = [r for r in emulator.requests if r.operation_id == "chat_create"][-1]
    assert sent.query.get("conversation_id") == conversation and sent.json["user_id"] == "alice"
    stored = emulator.state.conversation(conversation).messages
    assert [m["content"] for m in stored] == ["one", "You said: one", "two", "You said: two"]


def test_json_prints_every_event_as_one_parseable_line(emulator: CozeEmulator, tmp_path: Path) -> None:
    done = coze(["chat", "b", "hello there", "--json"], environment(emulator, tmp_path))
    assert done.returncode == 0, done.stderr
    events = [json.loads(line) for line in done.stdout.splitlines()]
    assert all(set(event) == {"event", "id", "data"} for event in events)
    names = [event["event"] for event in events]
    assert names[:2] == ["conversation.chat.created", "conversation.chat.in_progress"]
    assert names[-2:] == ["conversation.chat.completed", "done"]
    deltas = [e["data"]["content"] for e in events if e["event"] == "conversation.message.delta"]
    assert len(deltas) > 1 and "".join(deltas) == "You said: hello there"
    assert events[-2]["data"]["usage"]["output_count"] == 4  # data is the event's JSON, not a string


def test_chat_on_a_terminal_shows_the_answer_live_and_the_conversation(emulator: CozeEmulator, tmp_path: Path) -> None:
    code, shown = coze_in_terminal(["chat", "b", "hello there"], environment(emulator, tmp_path))
    assert code == 0, shown
    text = ANSI.sub("", shown)
    assert "You said: hello there" in text
    conversation = next(iter(emulator.state.conversations))
    assert f"--conversation {conversation}" in text
    assert ANSI.search(shown)  # drawn by rich: cursor moves and styles
