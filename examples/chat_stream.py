"""Stream a chat: print the answer as it is written, survive a dropped connection.

Against real Coze (or an emulator you started with `python -m coze_ext.testing`):

    export COZE_API_TOKEN=pat_...            # COZE_API_BASE=https://api.coze.cn for coze.cn
    export COZE_BOT_ID=...                   # a bot published to the API channel
    python examples/chat_stream.py

Without COZE_API_TOKEN it starts a local emulator and chats with its echo bot.
"""

from __future__ import annotations

import os

from coze_ext import APIConnectionError, ChatEventType, Coze, Message, MessageType, StreamIncomplete


def chat_stream(coze: Coze, bot_id: str) -> None:
    question = Message.user("Tell me a short story about a robot.")
    with coze.chat.stream(bot_id=bot_id, user_id="example-user", additional_messages=[question]) as stream:
        try:
            for event in stream:
                # Comparing `event.event` narrows the event: `event.data` is then its model.
                if event.event == ChatEventType.CONVERSATION_MESSAGE_DELTA:
                    print(event.data.content or "", end="", flush=True)
                elif event.event == ChatEventType.CONVERSATION_CHAT_COMPLETED:
                    chat = event.data
                    tokens = chat.usage.token_count if chat.usage else "?"
                    print(f"\n\n[chat {chat.id} completed, {tokens} tokens, logid {event.logid}]")
        except (StreamIncomplete, APIConnectionError) as error:
            # The chat goes on at Coze when the connection drops: wait for it and take the answer.
            print(f"\n[stream cut off: {error}; polling the chat instead]")
            done = stream.recover()
            answers = [m.content or "" for m in done.messages if m.type == MessageType.ANSWER]
            print(f"[chat {done.chat.status}] {' '.join(answers)}")


def main() -> None:
    if os.environ.get("COZE_API_TOKEN"):
        with Coze() as coze:
            chat_stream(coze, os.environ["COZE_BOT_ID"])
        return
    from coze_ext.testing import CozeEmulator

    with CozeEmulator() as emulator, Coze(token=emulator.token, base_url=emulator.base_url) as coze:
        chat_stream(coze, emulator.add_bot("Story bot").bot_id)


if __name__ == "__main__":
    main()
