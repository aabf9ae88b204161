"""The emulator's chat WebSocket (`/v1/chat`): a session with the bot of the `bot_id` query.

A user message (`conversation.message.create`, or audio appended then completed) starts a
chat in the emulator's state, so REST sees it too, and its events follow the recorded
session: the question's `conversation.message.completed`, `conversation.chat.created`,
`in_progress`, the answer's deltas and completed messages, the answer spoken
(`conversation.audio.sentence_start`, `conversation.audio.delta`s,
`conversation.audio.completed`), then `conversation.chat.completed` with usage. A bot with
tools stops at `conversation.chat.requires_action` until `conversation.chat.submit_tool_outputs`.
`chat.update` settings persist for the session; `event_subscriptions` filters what is sent
(`error` and `chat.updated` always go out).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from contextlib import closing
from typing import Any, ClassVar

from ._state import ChatRun, Conversation, CozeFailure, State, message_text
from ._ws_behaviour import INPUT_AUDIO, OUTPUT_AUDIO, Behaviour, Event, Payload, speak

__all__ = ["Chat"]

# The fields of chats and messages as the WebSocket sends them (the recorded sessions' shape).
CHAT_FIELDS = (
    "id",
    "conversation_id",
    "bot_id",
    "created_at",
    "completed_at",
    "failed_at",
    "last_error",
    "status",
    "required_action",
    "usage",
    "section_id",
)
MESSAGE_FIELDS = ("id", "conversation_id", "bot_id", "role", "type", "content", "content_type", "chat_id", "section_id")
# Why a chat stopped (conversation.chat.canceled): user speech, the client's cancel, a new message.
INTERRUPTED_BY_SPEECH, CANCELED_BY_CLIENT, REPLACED_BY_MESSAGE = 1, 2, 3
# generate_audio speaks outside any chat: its message carries zero ids, as recorded.
_NO_CHAT_MESSAGE = {
    "id": "0",
    "conversation_id": "0",
    "bot_id": "0",
    "role": "assistant",
    "type": "answer",
    "content": "",
    "content_type": "audio",
    "chat_id": "0",
    "section_id": "0",
}


class Chat(Behaviour):
    opened = "chat.created"
    defaults: ClassVar[Payload] = {
        "chat_config": {
            "conversation_id": "",
            "user_id": "",
            "meta_data": {},
            "custom_variables": {},
            "extra_params": {},
            "auto_save_history": True,
            "parameters": {},
        },
        "input_audio": INPUT_AUDIO,
        "output_audio": OUTPUT_AUDIO,
        "turn_detection": {"type": "client_interrupt"},
        "event_subscriptions": [],
        "need_play_prologue": False,
    }

    def __init__(self, state: State, query: dict[str, str]) -> None:
        super().__init__(state, query)
        self.bot_id = query.get("bot_id", "")
        self.run: ChatRun | None = None

    def answers(self) -> dict[str, Callable[[Any], Iterator[Event]]]:
        return {
            "chat.update": self.chat_update,
            "conversation.message.create": self.message_create,
            "input_audio_buffer.append": self.append_audio,
            "input_audio_buffer.complete": self.audio_complete,
            "input_audio_buffer.clear": self.clear_audio,
            "conversation.clear": self.clear,
            "conversation.chat.submit_tool_outputs": self.submit_tool_outputs,
            "conversation.chat.cancel": self.cancel,
            "input_text.generate_audio": self.generate_audio,
        }

    def delivers(self, event_type: str) -> bool:
        """Subscribed events only, when chat.update named some; errors and the confirmation
        of an update always."""
        wanted = self.settings.get("event_subscriptions") or []
        return not wanted or event_type in wanted or event_type in ("error", "chat.updated")

    # Answers. Those that stop a chat act as the frame arrives (not when their events are
    # sent), so a cancel stops the chat whose events are still going out.

    def chat_update(self, data: Any) -> Iterator[Event]:
        conversation_id = (data.get("chat_config") or {}).get("conversation_id") if isinstance(data, dict) else None
        if conversation_id:
            self.state.conversation(str(conversation_id))  # an unknown id fails with 4200
        return self.update("chat.updated", data)

    def message_create(self, data: Any) -> Iterator[Event]:
        if data["role"] != "user":  # an assistant message only joins the context
            self.state.add_message(
                self.conversation(), role=str(data["role"]), content=str(data["content"]), bot_id=self.bot_id
            )
            return iter(())
        message = {"role": "user", "content": data["content"], "content_type": data["content_type"]}
        return itertools.chain(
            self.interrupt(REPLACED_BY_MESSAGE, "a new message replaced the answer"), self.chat(message)
        )

    def audio_complete(self, data: Any) -> Iterator[Event]:
        text = self.heard()
        heard: list[Event] = [
            ("input_audio_buffer.completed", None),
            ("conversation.audio_transcript.update", {"content": text}),
            ("conversation.audio_transcript.completed", {"content": text}),
        ]
        stopped = self.interrupt(INTERRUPTED_BY_SPEECH, "the user spoke")
        return itertools.chain(heard, stopped, self.chat({"role": "user", "content": text, "content_type": "text"}))

    def clear(self, data: Any) -> Iterator[Event]:
        self.conversation().section_id = self.state.new_id()
        return iter([("conversation.cleared", None)])

    def submit_tool_outputs(self, data: Any) -> Iterator[Event]:
        chat_id = str(data["chat_id"])
        waiting = self.state.chats.get(chat_id)
        if waiting is None:
            raise CozeFailure(4200, f"chat {chat_id} not found")
        self.run = self.state.submit_tool_outputs(waiting.conversation.id, chat_id, data["tool_outputs"])
        return self.stream(self.run)

    def cancel(self, data: Any) -> Iterator[Event]:
        if self.run is None:
            raise CozeFailure(4000, "no chat to cancel")
        return iter(self.interrupt(CANCELED_BY_CLIENT, "canceled by the client", strict=True))

    def generate_audio(self, data: Any) -> Iterator[Event]:
        if not data.get("text"):
            raise CozeFailure(4000, "input_text.generate_audio: text is required with mode text")
        return self.spoken(dict(_NO_CHAT_MESSAGE), str(data["text"]))

    # Chats -------------------------------------------------------------------------------

    def interrupt(self, code: int, msg: str, *, strict: bool = False) -> list[Event]:
        """Cancel the session's chat if it is still going (`strict`: fail if it is not)."""
        run = self.run
        if run is None or (run.done and not strict):
            return []
        self.state.cancel_chat(run.conversation.id, str(run.chat["id"]))  # a finished chat fails with 4104
        return [("conversation.chat.canceled", {"code": code, "msg": msg})]

    def chat(self, message: Payload) -> Iterator[Event]:
        """A new chat with `message` as the question: its question, then its events."""
        config = self.settings["chat_config"]
        run = self.state.start_chat(
            bot=self.state.known_bot(self.bot_id),
            conversation_id=self.conversation().id,
            additional_messages=[message],
            meta_data=config.get("meta_data") or None,
            save_history=config.get("auto_save_history") is not False,
        )
        self.run = run
        question = self.question(run, message)
        return itertools.chain([("conversation.message.completed", question)], self.stream(run))

    def stream(self, run: ChatRun) -> Iterator[Event]:
        """The chat's events as the WebSocket sends them, the answer spoken before the chat
        completes; they stop where a cancel finds them."""
        answer: Payload | None = None
        with closing(self.state.chat_events(run)) as events:
            for event, data in events:
                if run.status == "canceled" or event == "done":
                    return
                if event == "conversation.chat.completed" and answer is not None:
                    yield from self.spoken(answer, str(answer["content"]))
                if event.startswith("conversation.chat."):
                    yield event, chat_wire(data)
                    continue
                message = message_wire(data)
                if event == "conversation.message.completed" and message["type"] == "answer":
                    answer = message
                yield event, message

    def spoken(self, message: Payload, text: str) -> Iterator[Event]:
        """`text` spoken as `message`'s audio: each sentence announced, then its audio deltas."""
        audio = {**message, "content_type": "audio"}
        for sentence, pieces in speak(text, self.sample_rate):
            yield "conversation.audio.sentence_start", {"text": sentence}
            for piece in pieces:
                yield "conversation.audio.delta", {**audio, "content": piece}
        yield "conversation.audio.completed", {**audio, "content": ""}

    def conversation(self) -> Conversation:
        """The session's conversation: the one chat.update named, else one made on first use."""
        config = self.settings["chat_config"]
        if config.get("conversation_id"):
            return self.state.conversation(str(config["conversation_id"]))
        conversation = self.state.create_conversation(self.bot_id)
        config["conversation_id"] = conversation.id
        return conversation

    def question(self, run: ChatRun, message: Payload) -> Payload:
        """The question as stored (or as it would have been, when history is not saved)."""
        for stored in reversed(run.conversation.messages):
            if stored["chat_id"] == run.chat["id"] and stored["role"] == "user":
                return message_wire(stored)
        made = self.state.add_message(
            run.conversation,
            role="user",
            content=message_text(str(message["content"]), str(message["content_type"])),
            chat_id=str(run.chat["id"]),
            bot_id=self.bot_id,
            store=False,
        )
        return message_wire(made)


def chat_wire(chat: Payload) -> Payload:
    wire = {key: chat[key] for key in CHAT_FIELDS if key in chat}
    if not (chat.get("last_error") or {}).get("code"):
        wire.pop("last_error", None)
    return wire


def message_wire(message: Payload) -> Payload:
    return {key: message[key] for key in MESSAGE_FIELDS if key in message}
