"""Checked by mypy in `make lint`, never run: the user contract type-checks as promised.

mypy runs with warn_unused_ignores, so each `type: ignore` below proves that the mistake on
its line is caught.
"""

from __future__ import annotations

from typing import assert_type

from coze_api.models import Bot, Chat, ChatMessage, File, SimpleBot, WorkflowMessageEvent

from coze_ext import AsyncCoze, Coze, Message


def sync_contract(coze: Coze) -> None:
    assert_type(coze.bots.retrieve(bot_id="b"), Bot)
    for bot in coze.bots.list(workspace_id="w"):
        assert_type(bot, SimpleBot)
    assert_type(coze.files.upload(file=b"x"), File)
    for event in coze.chat.stream(bot_id="b", user_id="u", additional_messages=[Message.user("hi")]):
        assert_type(event.message, ChatMessage | None)
        assert_type(event.chat, Chat | None)
        assert_type(event.logid, str | None)
    for step in coze.workflows.runs.stream(workflow_id="w"):
        assert_type(step.message, WorkflowMessageEvent | None)
    done = coze.chat.create_and_poll(bot_id="b", user_id="u")
    assert_type(done.chat, Chat)


async def async_contract(coze: AsyncCoze) -> None:
    assert_type(await coze.bots.retrieve(bot_id="b"), Bot)
    async for bot in coze.bots.list(workspace_id="w"):
        assert_type(bot, SimpleBot)
    async for event in await coze.chat.stream(bot_id="b", user_id="u"):
        assert_type(event.message, ChatMessage | None)


def typed_wrappers(coze: Coze) -> None:
    # create_and_poll takes create's arguments, typed (a TypedDict generated per operation).
    coze.chat.create_and_poll(bot_id="b", user_id="u", additional_messages=[Message.user("hi")], poll_timeout=5)
    coze.chat.create_and_poll(bot_id="b", user_id="u", bot_version=3)  # type: ignore[arg-type]
    coze.chat.create_and_poll(user_id="u")  # type: ignore[call-arg]
    assert_type(coze.workflows.runs.create_and_poll(workflow_id="w").execute_id, str)


def raw_answers(coze: Coze) -> None:
    raw = coze.with_raw_response.bots.retrieve(bot_id="b")
    assert_type(raw.status_code, int)
    assert_type(raw.parse(), Bot)


async def async_raw_answers(coze: AsyncCoze) -> None:
    raw = await coze.with_raw_response.bots.retrieve(bot_id="b")
    assert_type(raw.parse(), Bot)
