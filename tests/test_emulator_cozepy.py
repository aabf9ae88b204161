"""A client we did not write talks to the emulator: the official Python SDK, cozepy."""

from __future__ import annotations

import warnings

from coze_ext.testing import CozeEmulator

# cozepy imports a deprecated authlib module, whose warning authlib forces on ("always").
with warnings.catch_warnings(record=True):
    import cozepy


def cozepy_client(emulator: CozeEmulator) -> cozepy.Coze:
    assert emulator.token is not None
    return cozepy.Coze(auth=cozepy.TokenAuth(emulator.token), base_url=emulator.base_url)


def test_cozepy_create_and_poll(emulator: CozeEmulator) -> None:
    emulator.add_bot(bot_id="7400000000000000000")
    poll = cozepy_client(emulator).chat.create_and_poll(
        bot_id="7400000000000000000",
        user_id="someone",
        additional_messages=[cozepy.Message.build_user_question_text("What is the emulator?")],
    )
    assert poll.chat.status == cozepy.ChatStatus.COMPLETED
    assert poll.chat.usage is not None and (poll.chat.usage.input_count, poll.chat.usage.output_count) == (4, 6)
    answers = [m.content for m in poll.messages if m.type == cozepy.MessageType.ANSWER]
    assert answers == ["You said: What is the emulator?"]
    # cozepy sends retrieve as a POST with query parameters, as the spec says it may.
    assert [(r.method, r.path) for r in emulator.requests] == [
        ("POST", "/v3/chat"),
        ("POST", "/v3/chat/retrieve"),
        ("GET", "/v3/chat/message/list"),
    ]


def test_cozepy_stream(emulator: CozeEmulator) -> None:
    emulator.add_bot(bot_id="7400000000000000000")
    events = list(
        cozepy_client(emulator).chat.stream(
            bot_id="7400000000000000000",
            user_id="someone",
            additional_messages=[cozepy.Message.build_user_question_text("Stream this please")],
        )
    )
    kinds = [event.event for event in events]
    assert kinds[:2] == [
        cozepy.ChatEventType.CONVERSATION_CHAT_CREATED,
        cozepy.ChatEventType.CONVERSATION_CHAT_IN_PROGRESS,
    ]
    assert kinds[-1] == cozepy.ChatEventType.CONVERSATION_CHAT_COMPLETED
    text = "".join(
        event.message.content
        for event in events
        if event.event == cozepy.ChatEventType.CONVERSATION_MESSAGE_DELTA and event.message is not None
    )
    assert text == "You said: Stream this please"
    completed = events[-1].chat
    assert completed is not None and completed.usage is not None and completed.usage.token_count == 8
