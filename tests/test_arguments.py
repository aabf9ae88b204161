"""Bad arguments fail before anything is sent; integer ids go out as decimal strings.

Every check runs against a real loopback server, which records what (if anything) arrived.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from loopback import LoopbackServer, data_reply
from runtime_support import make, resolve

from coze_ext import AsyncCoze, Coze

MODES = ["sync", "async"]
BIG_ID = 7400000000000000001


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with LoopbackServer() as running:
        # Enough of every answer these tests get for it to parse: they look at the requests.
        running.fallback = lambda request: data_reply({"id": "x", "bot_id": "x", "conversation_id": "x"})
        yield running


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("bad", ["", " ", ".", "..", "../c2", "c/2", "c?x=1", "c#top"])
async def test_path_ids_that_would_change_the_url_are_refused_before_sending(
    mode: str, bad: str, server: LoopbackServer
) -> None:
    coze = make(mode, server.base_url)
    with pytest.raises(ValueError, match="message_id"):
        # `..` would turn DELETE .../messages/../feedback into DELETE /v1/conversations/c1/feedback.
        await resolve(coze.conversations.messages.feedback.delete(conversation_id="c1", message_id=bad))
    with pytest.raises(ValueError, match="conversation_id"):
        await resolve(coze.conversations.delete(conversation_id=bad))
    assert server.requests == []


@pytest.mark.parametrize("mode", MODES)
async def test_integer_ids_are_sent_as_decimal_strings(mode: str, server: LoopbackServer) -> None:
    coze = make(mode, server.base_url)
    await resolve(coze.bots.retrieve(bot_id=BIG_ID))  # type: ignore[arg-type]
    await resolve(coze.conversations.retrieve(conversation_id=BIG_ID))  # type: ignore[arg-type]
    await resolve(coze.chat.create(bot_id=BIG_ID, user_id=42))  # type: ignore[arg-type]
    await resolve(coze.datasets.documents.delete(document_ids=[BIG_ID, "7400000000000000002"]))  # type: ignore[list-item]
    path, query, chat, documents = server.requests
    assert path.path == f"/v1/bots/{BIG_ID}"
    assert query.query == {"conversation_id": str(BIG_ID)}
    assert chat.body == {"bot_id": str(BIG_ID), "user_id": "42"}
    assert documents.body["document_ids"] == [str(BIG_ID), "7400000000000000002"]


@pytest.mark.parametrize("mode", MODES)
async def test_other_wrong_types_are_still_refused(mode: str, server: LoopbackServer) -> None:
    coze = make(mode, server.base_url)
    with pytest.raises(TypeError, match="bot_id"):
        await resolve(coze.bots.retrieve(bot_id=True))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="bot_id"):
        await resolve(coze.bots.retrieve(bot_id=1.5))  # type: ignore[arg-type]
    assert server.requests == []


@pytest.mark.parametrize("cls", [Coze, AsyncCoze])
@pytest.mark.parametrize(
    ("timeout", "error"), [("30", TypeError), (True, TypeError), ([30], TypeError), (-1, ValueError)]
)
def test_a_timeout_of_the_wrong_type_fails_at_construction(cls: Any, timeout: Any, error: type[Exception]) -> None:
    with pytest.raises(error, match="timeout"):
        cls(token="t", timeout=timeout)


@pytest.mark.parametrize("mode", MODES)
async def test_a_call_timeout_of_the_wrong_type_fails_before_sending(mode: str, server: LoopbackServer) -> None:
    coze = make(mode, server.base_url)
    with pytest.raises(TypeError, match="timeout"):
        await resolve(coze.bots.retrieve(bot_id="b", timeout="30"))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="timeout"):
        coze.with_options(timeout="30")  # type: ignore[arg-type]
    await resolve(coze.bots.retrieve(bot_id="b", timeout=httpx.Timeout(5)))
    assert len(server.requests) == 1


@pytest.mark.parametrize("base_url", ["http://api.coze.com:port", "https://[::1"])
def test_a_malformed_base_url_fails_at_construction(base_url: str) -> None:
    with pytest.raises(ValueError, match="base_url"):
        Coze(token="t", base_url=base_url)
