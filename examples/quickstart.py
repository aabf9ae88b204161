"""Quick start: chat with a bot (polled, then streamed), stream a workflow, upload a file.

Runs against real Coze with your own credentials:

    export COZE_API_TOKEN=pat_...           # a personal access token
    export COZE_API_BASE=https://api.coze.cn  # for coze.cn accounts (default: api.coze.com)
    export COZE_BOT_ID=...                  # a bot published to the API channel
    export COZE_WORKFLOW_ID=...             # optional: a published workflow
    python examples/quickstart.py

or against the local emulator with `make demo` (examples/demo.py sets all of that up).
"""

from __future__ import annotations

import os
import sys
from typing import Any

from coze_ext import ChatEventType, Coze, Message

USER_ID = "quickstart-user"


def tokens(chat: Any) -> str:
    usage = chat.to_dict().get("usage") or {}
    return f", {usage['token_count']} tokens" if "token_count" in usage else ""


def chat_and_poll(coze: Coze, bot_id: str) -> None:
    print("\n1. A chat, polled until the bot has answered")
    question = "What can you do?"
    print(f"   you: {question}")
    done = coze.chat.create_and_poll(bot_id=bot_id, user_id=USER_ID, additional_messages=[Message.user(question)])
    for message in done.messages:
        if message.type == "answer":
            print(f"   bot: {message.content}")
    print(f"   chat {done.chat.id}: {done.chat.status}{tokens(done.chat)} (logid {done.chat.logid})")


def chat_streamed(coze: Coze, bot_id: str) -> None:
    print("\n2. A chat, streamed as the bot writes")
    question = "Tell me a short story about a robot."
    print(f"   you: {question}")
    print("   bot: ", end="", flush=True)
    stream = coze.chat.stream(bot_id=bot_id, user_id=USER_ID, additional_messages=[Message.user(question)])
    with stream:
        for event in stream:
            # `event.message` / `event.chat` are None on other events, which type checkers know.
            message, chat = event.message, event.chat
            if event.event == ChatEventType.CONVERSATION_MESSAGE_DELTA and message and message.type == "answer":
                print(message.content, end="", flush=True)
            elif event.event == ChatEventType.CONVERSATION_CHAT_COMPLETED and chat:
                print(f"\n   chat {chat.id}: completed{tokens(chat)}")
    print(f"   (stream logid {stream.logid})")


def workflow_streamed(coze: Coze, workflow_id: str | None) -> None:
    print("\n3. A workflow run, streamed")
    if not workflow_id:
        print("   skipped: set COZE_WORKFLOW_ID to a published workflow to run one")
        return
    stream = coze.workflows.runs.stream(workflow_id=workflow_id, parameters={"input": "Hello, workflow!"})
    with stream:
        for event in stream:
            print(f"   [{event.id}] {event.event}: {event.raw}")


def upload_file(coze: Coze) -> None:
    print("\n4. A file upload")
    uploaded = coze.files.upload(file=("hello.txt", b"Hello from the Coze quick start!\n", "text/plain"))
    print(f"   uploaded {uploaded.file_name}: {uploaded.bytes} bytes, file id {uploaded.id}")


def main() -> None:
    bot_id = os.environ.get("COZE_BOT_ID")
    if not os.environ.get("COZE_API_TOKEN") or not bot_id:
        sys.exit("Set COZE_API_TOKEN and COZE_BOT_ID (or run `make demo` to use the local emulator).")
    with Coze() as coze:  # COZE_API_TOKEN and COZE_API_BASE from the environment
        print(f"Talking to {coze.base_url} as {USER_ID}, bot {bot_id}")
        chat_and_poll(coze, bot_id)
        chat_streamed(coze, bot_id)
        workflow_streamed(coze, os.environ.get("COZE_WORKFLOW_ID"))
        upload_file(coze)
    print("\nDone.")


if __name__ == "__main__":
    main()
