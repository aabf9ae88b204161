"""The generated models: forgiving where real servers are sloppy, strict where they are wrong.

Forgiving: unknown fields are kept, unknown enum values parse, null and missing optional
fields are None, numbers sent as strings (and ids sent as numbers) are absorbed. Strict:
a value of the wrong type, a missing required field, or `data` of the wrong shape raises
`ResponseValidationError` naming the field, with the logid and the body.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from coze_api._model import MAX_UNKNOWN_ENUM_VALUES
from coze_api._runtime import RequestOptions
from coze_api.operations import OPERATIONS
from spec_cases import ALL_CASES, Case

from coze_ext import AsyncCoze, ChatStatus, Coze, InternalServerError, ResponseValidationError
from coze_ext.types import Chat, ChatMessage, DatasetFormatType, EnterMessage, WorkflowRunHistory

LOGID = "20260101000000MODELS"


def answering(body: Any, status: int = 200) -> Coze:
    transport = httpx.MockTransport(lambda request: httpx.Response(status, json=body, headers={"x-tt-logid": LOGID}))
    return Coze("tok", http_client=httpx.Client(transport=transport), max_retries=0)


def chat_answer(**fields: Any) -> Coze:
    return answering({"code": 0, "data": {"id": "c1", "conversation_id": "v1", **fields}})


def test_unknown_fields_are_kept_and_round_trip() -> None:
    data = {"id": "1", "conversation_id": "2", "brand_new_field": {"nested": [1, 2]}}
    chat = answering({"code": 0, "data": data}).chat.create(bot_id="b", user_id="u")
    assert chat.additional_properties == {"brand_new_field": {"nested": [1, 2]}}
    assert chat.to_dict() == data
    assert Chat.from_dict(chat.to_dict()) == chat


def test_unknown_enum_values_parse_compare_as_text_and_are_cached() -> None:
    chat = Chat.from_dict({"id": "1", "conversation_id": "2", "status": "paused_by_moon"})
    assert chat.status == "paused_by_moon"
    assert isinstance(chat.status, ChatStatus)
    assert chat.to_dict()["status"] == "paused_by_moon"
    assert ChatStatus("paused_by_moon") is ChatStatus("paused_by_moon")
    assert ChatStatus("completed") is ChatStatus.COMPLETED


def test_the_unknown_enum_cache_is_bounded() -> None:
    for n in range(MAX_UNKNOWN_ENUM_VALUES + 50):
        assert DatasetFormatType(1000 + n) == 1000 + n  # every value still parses
    assert len(DatasetFormatType.value_map()) <= len(DatasetFormatType.__members__) + MAX_UNKNOWN_ENUM_VALUES


def test_missing_and_null_optional_fields_are_none() -> None:
    chat = Chat.from_dict({"id": "1", "conversation_id": "2", "status": None, "last_error": None, "meta_data": None})
    assert (chat.status, chat.last_error, chat.meta_data, chat.usage) == (None, None, None, None)
    assert chat.to_dict() == {"id": "1", "conversation_id": "2"}


def test_numbers_in_strings_and_ids_as_numbers_are_absorbed() -> None:
    message = ChatMessage.from_dict({"id": 7, "conversation_id": "2", "created_at": "1749600003", "updated_at": ""})
    assert (message.id, message.created_at, message.updated_at) == ("7", 1749600003, None)
    history = WorkflowRunHistory.from_dict({"execute_id": "e", "error_code": ""})
    assert history.error_code is None


def test_a_null_list_reads_as_empty() -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json={"code": 0, "data": None}))
    coze = Coze("tok", http_client=httpx.Client(transport=transport), max_retries=0)
    assert coze.chat.messages.list(conversation_id="c", chat_id="x") == []


@pytest.mark.parametrize(
    ("body", "field", "says"),
    [
        ({"code": 0, "data": {"id": "1", "conversation_id": "2", "status": 5}}, "data.status", "number 5"),
        ({"code": 0, "data": {"id": "1", "conversation_id": "2", "created_at": "abc"}}, "data.created_at", "integer"),
        ({"code": 0, "data": {"id": "1"}}, "data.conversation_id", "got null"),
        ({"code": 0, "data": None}, "data", "an object (Chat)"),
        ({"code": 0, "data": [{"id": "1", "conversation_id": "2"}]}, "data", "an array"),
        (
            {"code": 0, "data": {"id": "1", "conversation_id": "2", "usage": {"token_count": "many"}}},
            "data.usage.token_count",
            "integer",
        ),
        (
            {"code": 0, "data": {"id": "1", "conversation_id": "2", "meta_data": {"k": [1]}}},
            "data.meta_data.k",
            "array",
        ),
    ],
)
def test_a_body_that_breaks_the_spec_raises_naming_the_field(body: Any, field: str, says: str) -> None:
    with pytest.raises(ResponseValidationError) as caught:
        answering(body).chat.retrieve(conversation_id="c", chat_id="x")
    error = caught.value
    assert error.field == field
    assert says in str(error) and field in str(error)
    assert error.logid == LOGID and error.body == body
    assert error.status_code == 200


def test_a_wrong_item_in_a_list_is_named_by_its_index() -> None:
    good = {"id": "m", "conversation_id": "c"}
    body = {"code": 0, "data": [good, good, {**good, "role": ["user"]}]}
    with pytest.raises(ResponseValidationError) as caught:
        answering(body).chat.messages.list(conversation_id="c", chat_id="x")
    assert caught.value.field == "data[2].role"


def test_values_never_appear_in_the_error_message() -> None:
    body = {"code": 0, "data": {"id": "1", "conversation_id": "2", "created_at": "sk-secret-token-value"}}
    with pytest.raises(ResponseValidationError) as caught:
        answering(body).chat.retrieve(conversation_id="c", chat_id="x")
    assert "sk-secret" not in str(caught.value)
    assert "a string of 21 characters" in str(caught.value)


async def test_deeply_nested_json_is_a_typed_error_not_a_crash() -> None:
    deep = b'{"code": 0, "data": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=deep, headers={"content-type": "application/json", "x-tt-logid": LOGID})

    coze = Coze("tok", http_client=httpx.Client(transport=httpx.MockTransport(handler)), max_retries=0)
    with pytest.raises(ResponseValidationError, match="nested too deeply") as caught:
        coze.chat.retrieve(conversation_id="c", chat_id="x")
    assert caught.value.logid == LOGID
    async_coze = AsyncCoze("tok", http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)))
    with pytest.raises(ResponseValidationError):
        await async_coze.chat.retrieve(conversation_id="c", chat_id="x")


def test_status_outside_the_iana_list_is_a_typed_error() -> None:
    with pytest.raises(InternalServerError) as caught:
        answering({"code": 0}, status=520).chat.create(bot_id="b", user_id="u")
    assert caught.value.status_code == 520


def test_request_models_take_plain_values_and_serialise_by_wire_name() -> None:
    message = EnterMessage(role="user", type="question", content="hi", content_type="text", meta_data={"k": "v"})
    assert message.role == "user" and message.role.__class__.__name__ == "RoleType"
    assert message.to_dict() == {
        "role": "user",
        "type": "question",
        "content": "hi",
        "content_type": "text",
        "meta_data": {"k": "v"},
    }
    assert EnterMessage.from_dict(message.to_dict()) == message
    assert "role=<RoleType.USER: 'user'>" in repr(message) and "None" not in repr(message)


WITH_EXAMPLES = [case for case in ALL_CASES if OPERATIONS[case.op_id].result is not None and case.example]


@pytest.mark.parametrize("case", WITH_EXAMPLES, ids=[case.op_id for case in WITH_EXAMPLES])
def test_every_spec_example_parses_and_round_trips(case: Case) -> None:
    """Each example answer parses into its model, and `to_dict()` gives back what the SDK read."""
    example = case.example
    coze = answering(example)
    operation = OPERATIONS[case.op_id]
    keywords = {param.wire: param.name for param in operation.params}
    result = coze._runtime.request(operation, case.kwargs(keywords), RequestOptions())
    items = result if isinstance(result, list) else [result]
    expected = case.expected_result()
    expected_items = expected if isinstance(expected, list) else [expected]
    assert [item.to_dict() for item in items] == expected_items
    assert all(type(item).from_dict(item.to_dict()) == item for item in items)
    assert json.loads(json.dumps([item.to_dict() for item in items])) == expected_items
