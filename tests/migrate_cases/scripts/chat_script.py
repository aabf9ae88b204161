"""A cozepy script: ask a bot, stream the answer, then poll a chat and read the history."""

import os

from cozepy import (
    COZE_CN_BASE_URL,
    ChatEventType,
    ChatStatus,
    Coze,
    Message,
    MessageRole,
    MessageType,
    TokenAuth,
)

coze = Coze(auth=TokenAuth(token=os.environ["COZE_API_TOKEN"]), base_url=os.getenv("COZE_API_BASE") or COZE_CN_BASE_URL)
bot_id = os.environ["COZE_BOT_ID"]

stream = coze.chat.stream(
    bot_id=bot_id,
    user_id="script",
    additional_messages=[Message.build_user_question_text("Tell me a story")],
)
print("stream has a logid:", bool(stream.response.logid))
answer = ""
for event in stream:
    if event.event == ChatEventType.CONVERSATION_MESSAGE_DELTA:
        answer += event.message.content
    elif event.event == ChatEventType.CONVERSATION_CHAT_COMPLETED:
        print("tokens:", event.chat.usage.token_count)
    elif event.event == ChatEventType.CONVERSATION_CHAT_FAILED:
        print("failed:", event.chat.last_error)
print("answer:", answer)

poll = coze.chat.create_and_poll(
    bot_id=bot_id,
    user_id="script",
    additional_messages=[
        Message.build_user_question_text("First question"),
        Message.build_assistant_answer("First answer"),
        Message.build_user_question_text("Second question"),
    ],
)
print("status:", poll.chat.status == ChatStatus.COMPLETED)
for message in poll.messages:
    if message.type == MessageType.ANSWER and message.role == MessageRole.ASSISTANT:
        print("polled answer:", message.content)

conversation = coze.conversations.create(bot_id=bot_id)
coze.conversations.messages.create(
    conversation_id=conversation.id, role=MessageRole.USER, content="Saved for later", content_type="text"
)
for message in coze.conversations.messages.list(conversation_id=conversation.id):
    print("saved:", message.content)
