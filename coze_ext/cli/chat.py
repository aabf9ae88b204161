"""`coze chat BOT_ID MESSAGE`: send a bot one message and stream its answer."""

from __future__ import annotations

import click

from .. import ChatEventType, Coze, Message
from ._connect import with_client
from ._output import answer_output, note, print_json_events

DEFAULT_USER = "coze-cli"


@click.command("chat")
@click.argument("bot_id")
@click.argument("message")
@click.option("--user", default=DEFAULT_USER, show_default=True, help="The user id the bot sees.")
@click.option("--conversation", metavar="ID", help="Continue this conversation (default: start a new one).")
@click.option("--json", "as_json", is_flag=True, help="Print every event as one JSON line instead of the answer.")
@with_client
def command(coze: Coze, bot_id: str, message: str, user: str, conversation: str | None, as_json: bool) -> None:
    """Send a bot a message and stream its answer.

    Sends MESSAGE to the bot BOT_ID and prints the answer as it arrives.
    """
    stream = coze.chat.stream(
        bot_id=bot_id, user_id=user, conversation_id=conversation, additional_messages=[Message.user(message)]
    )
    with stream:
        if as_json:
            print_json_events(stream)
            return
        conversation_id = conversation
        with answer_output() as write:
            for event in stream:
                if event.event == ChatEventType.CONVERSATION_MESSAGE_DELTA:
                    write(event.data.content or "")
                elif event.event == ChatEventType.CONVERSATION_CHAT_CREATED:
                    conversation_id = event.data.conversation_id
    if conversation_id:
        note(f"conversation {conversation_id} (continue it with --conversation {conversation_id})")
