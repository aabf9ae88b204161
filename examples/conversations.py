"""Conversations and their messages: create, list every page, edit, rate, clean up."""

from __future__ import annotations

from _env import BOT_ID

from coze_ext import Coze, Message


def main() -> None:
    with Coze() as coze:
        conversation = coze.conversations.create(bot_id=BOT_ID, messages=[Message.user("Remember: I like tea.")])
        print(f"conversation {conversation.id} (logid {conversation.logid})")

        message = coze.conversations.messages.create(
            conversation_id=conversation.id, role="user", content="What do I like?", content_type="text"
        )
        coze.conversations.messages.update(
            conversation_id=conversation.id, message_id=message.id, content="What drink do I like?", content_type="text"
        )
        for item in coze.conversations.messages.list(conversation_id=conversation.id, limit=20):
            print(f"  {item.role}: {item.content}")
        coze.conversations.messages.feedback.create(
            conversation_id=conversation.id, message_id=message.id, feedback_type="like"
        )

        for listed in coze.conversations.list(bot_id=BOT_ID, page_size=20):
            print(f"bot conversation {listed.id}")
        section = coze.conversations.clear(conversation_id=conversation.id)
        print(f"context cleared, new section {section.id}")
        coze.conversations.delete(conversation_id=conversation.id)


if __name__ == "__main__":
    main()
