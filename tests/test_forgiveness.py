"""The generated models accept what real servers send: new fields, new enum values, nulls."""

from __future__ import annotations

from typing import Any

import httpx
from coze_api.models import Chat
from coze_api.models.chat_status import ChatStatus

from coze_ext import Coze, InternalServerError


def coze_answering(body: Any, status: int = 200) -> Coze:
    transport = httpx.MockTransport(lambda request: httpx.Response(status, json=body))
    return Coze("tok", http_client=httpx.Client(transport=transport), max_retries=0)


def test_unknown_fields_are_kept_and_round_trip() -> None:
    data = {"id": "1", "conversation_id": "2", "brand_new_field": {"nested": [1, 2]}}
    chat = coze_answering({"code": 0, "data": data}).chat.create(bot_id="b", user_id="u")
    assert chat.additional_properties == {"brand_new_field": {"nested": [1, 2]}}
    assert chat["brand_new_field"] == {"nested": [1, 2]}
    assert chat.to_dict() == data


def test_unknown_enum_value_parses_and_compares_as_text() -> None:
    chat = Chat.from_dict({"id": "1", "conversation_id": "2", "status": "paused_by_moon"})
    assert chat.status == "paused_by_moon"
    assert isinstance(chat.status, ChatStatus)
    assert chat.to_dict()["status"] == "paused_by_moon"
    assert ChatStatus("paused_by_moon") is ChatStatus("paused_by_moon")
    assert ChatStatus("completed") is ChatStatus.COMPLETED


def test_missing_optional_fields_are_unset() -> None:
    chat = Chat.from_dict({"id": "1", "conversation_id": "2"})
    assert not chat.status
    assert chat.to_dict() == {"id": "1", "conversation_id": "2"}


def test_unexpected_nulls_do_not_crash() -> None:
    chat = Chat.from_dict({"id": "1", "conversation_id": None, "status": None, "last_error": None, "meta_data": None})
    assert chat.conversation_id is None
    assert not chat.status
    assert not chat.last_error


def test_a_null_list_reads_as_absent_or_empty() -> None:
    from coze_api.models import ConversationListResult

    page = ConversationListResult.from_dict({"conversations": None, "has_more": False})
    assert not page.conversations
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json={"code": 0, "data": None}))
    coze = Coze("tok", http_client=httpx.Client(transport=transport), max_retries=0)
    assert list(coze.chat.messages.list(conversation_id="c", chat_id="x")) == []
    assert coze.conversations.list(bot_id="b").items == []


def test_a_missing_required_field_reads_as_none() -> None:
    chat = Chat.from_dict({"id": "1"})
    assert chat.conversation_id is None


def test_null_data_gives_an_empty_model_not_a_crash() -> None:
    chat = coze_answering({"code": 0, "msg": "", "data": None}).chat.create(bot_id="b", user_id="u")
    assert isinstance(chat, Chat)
    assert chat.id is None


def test_status_outside_the_iana_list_is_a_typed_error() -> None:
    coze = coze_answering({"code": 0}, status=520)
    try:
        coze.chat.create(bot_id="b", user_id="u")
    except InternalServerError as error:
        assert error.status_code == 520
    else:
        raise AssertionError("a 520 must raise")


def test_generated_endpoint_module_accepts_unlisted_status() -> None:
    from coze_api.api.chat import chat_create
    from coze_api.client import Client
    from coze_api.models import ChatCreateRequest

    transport = httpx.MockTransport(lambda request: httpx.Response(520, json={"code": 1, "msg": "odd"}))
    client = Client(base_url="https://api.coze.test", httpx_args={"transport": transport})
    response = chat_create.sync_detailed(client=client, body=ChatCreateRequest(bot_id="b", user_id="u"))
    assert response.status_code == 520
