"""Lazily built models (the stream hot path) behave exactly like eagerly parsed ones."""

from __future__ import annotations

import pytest
from coze_api.models import ChatMessage
from coze_api.operations import OPERATIONS
from coze_api.types import UNSET
from spec_cases import ALL_CASES, Case

WITH_MODELS = [case for case in ALL_CASES if OPERATIONS[case.op_id].result is not None and case.example]


@pytest.mark.parametrize("case", WITH_MODELS, ids=[case.op_id for case in WITH_MODELS])
def test_lazy_and_eager_parse_agree_on_every_example(case: Case) -> None:
    operation = OPERATIONS[case.op_id]
    example = case.example
    payload = example.get("data") if operation.envelope == "data" else example
    eager = operation.parse(payload)
    lazy = operation.result.parse(payload, lazy=True)  # type: ignore[union-attr]
    assert lazy == eager
    assert repr(lazy) == repr(eager)


def test_lazy_model_reads_plain_fields_without_parsing_the_rest() -> None:
    raw = {"id": "m1", "conversation_id": "c1", "role": "assistant", "content": "Hi", "content_type": "text"}
    raw["novel"] = 1
    message = ChatMessage.from_dict_lazy(raw)
    assert message.content == "Hi"
    assert object.__getattribute__(message, "_raw") is raw  # nothing parsed yet
    assert message.role == "assistant"  # the first parsed field parses the whole object
    assert message.additional_properties == {"novel": 1}
    assert message.to_dict() == raw


def test_lazy_model_treats_nulls_like_the_eager_parser() -> None:
    raw = {"id": None, "content": None}
    lazy, eager = ChatMessage.from_dict_lazy(raw), ChatMessage.from_dict(raw)
    assert lazy.id is None and lazy.content is UNSET
    assert (lazy.id, lazy.content, lazy.bot_id) == (eager.id, eager.content, eager.bot_id)


def test_lazy_model_still_carries_a_logid_slot() -> None:
    message = ChatMessage.from_dict_lazy({"id": "m"})
    assert message.logid is None
    assert object.__getattribute__(message, "_raw") == {"id": "m"}  # reading logid parsed nothing
