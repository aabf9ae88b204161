"""A bot calls a tool that runs on your side: requires_action, then submit_tool_outputs.

Against real Coze (or an emulator you started with `python -m coze_ext.testing`):

    export COZE_API_TOKEN=pat_...            # COZE_API_BASE=https://api.coze.cn for coze.cn
    export COZE_BOT_ID=...                   # a bot with a client-side plugin (a "function")
    python examples/chat_tool_call.py

Without COZE_API_TOKEN it starts a local emulator with a bot that calls `get_weather`.
"""

from __future__ import annotations

import json
import os
from typing import Any

from coze_ext import ChatEventType, Coze, Message

USER_ID = "example-user"


def get_weather(arguments: dict[str, Any]) -> str:
    """The tool: whatever your application does, its result as a string."""
    return json.dumps({"forecast": "sunny", "high_c": 24, "asked": arguments})


TOOLS = {"get_weather": get_weather}


def answer(stream: Any) -> Any:
    """Print the answer deltas; return the chat if it stopped to ask for tool outputs."""
    for event in stream:
        if event.event == ChatEventType.CONVERSATION_MESSAGE_DELTA:
            print(event.message.content, end="", flush=True)
        elif event.event == ChatEventType.CONVERSATION_CHAT_REQUIRES_ACTION:
            return event.chat
        elif event.event == ChatEventType.CONVERSATION_CHAT_COMPLETED:
            print(f"\n[chat completed, logid {event.logid}]")
    return None


def chat_tool_call(coze: Coze, bot_id: str) -> None:
    question = Message.user("What is the weather in Paris tomorrow?")
    chat = answer(coze.chat.stream(bot_id=bot_id, user_id=USER_ID, additional_messages=[question]))
    while chat is not None:
        outputs = []
        for call in chat.required_action.submit_tool_outputs.tool_calls:
            arguments = json.loads(call.function.arguments or "{}")
            print(f"[the bot calls {call.function.name}({arguments})]")
            outputs.append({"tool_call_id": call.id, "output": TOOLS[call.function.name](arguments)})
        chat = answer(
            coze.chat.submit_tool_outputs_stream(
                conversation_id=chat.conversation_id, chat_id=chat.id, tool_outputs=outputs
            )
        )


def main() -> None:
    if os.environ.get("COZE_API_TOKEN"):
        with Coze() as coze:
            chat_tool_call(coze, os.environ["COZE_BOT_ID"])
        return
    from coze_ext.testing import CozeEmulator

    with CozeEmulator() as emulator, Coze(token=emulator.token, base_url=emulator.base_url) as coze:
        chat_tool_call(coze, emulator.add_bot("Weather bot", tools=["get_weather"]).bot_id)


if __name__ == "__main__":
    main()
