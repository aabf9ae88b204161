"""Every resource-tree method, sync and async, against the emulator, which validates each
request against openapi/coze.yaml with openapi-core (an independent check of the wire)."""

from __future__ import annotations

from typing import Any

import pytest
from coze_api.operations import OPERATIONS
from spec_cases import Case
from test_operations import PARAMS, bound_method, keyword_map

from coze_ext import APIError, AsyncCoze, Coze
from coze_ext.testing import CozeEmulator


def check_refusal(error: APIError) -> None:
    """Stateful routes refuse ids they never issued (HTTP 200 with a Coze code, like Coze),
    OAuth endpoints the client credentials they never issued (HTTP 401, invalid_client);
    a spec violation is HTTP 400, and that is what must never happen."""
    if error.status_code == 400:
        pytest.fail(f"the emulator rejected the request as breaking the spec: {error}")
    if isinstance(error.body, dict) and error.body.get("error_code") == "invalid_client":
        assert error.status_code == 401
        return
    assert error.status_code == 200 and error.code in (4000, 4200)


def check_result(case: Case, result: Any) -> None:
    """A JSON answer parsed into the model the spec names (a page holds that model's items),
    carrying the logid of the emulator's answer."""
    operation = OPERATIONS[case.op_id]
    if operation.pagination is not None:
        result = result.result
    if operation.result is not None:
        model = operation.result.load()
        items = result if operation.result.many else [result]
        assert all(type(item) is model for item in items), (case.op_id, result)
    assert getattr(result, "logid", None), case.op_id


def consume(case: Case, result: Any, kind: str) -> None:
    if kind == "stream":
        with result as stream:
            events = list(stream)
        assert events and all(event.logid for event in events)
    elif kind == "binary":
        assert result.read() and result.logid
    else:
        check_result(case, result)


@pytest.mark.parametrize(("case", "name", "kind"), PARAMS)
def test_request_conforms_to_the_spec(emulator: CozeEmulator, case: Case, name: str, kind: str) -> None:
    coze = Coze(emulator.token, base_url=emulator.base_url, max_retries=0)
    try:
        consume(case, bound_method(coze, case, name)(**case.kwargs(keyword_map(case))), kind)
    except APIError as error:
        check_refusal(error)
    finally:
        coze.close()
    assert emulator.requests[-1].operation_id == case.op_id


@pytest.mark.parametrize(("case", "name", "kind"), PARAMS)
async def test_request_conforms_to_the_spec_async(emulator: CozeEmulator, case: Case, name: str, kind: str) -> None:
    coze = AsyncCoze(emulator.token, base_url=emulator.base_url, max_retries=0)
    method = bound_method(coze, case, name)
    kwargs = case.kwargs(keyword_map(case))
    try:
        if kind == "stream":
            async with await method(**kwargs) as stream:
                assert [event async for event in stream]
        elif kind == "binary":
            assert await (await method(**kwargs)).read()
        else:
            check_result(case, await method(**kwargs))
    except APIError as error:
        check_refusal(error)
    finally:
        await coze.close()
    assert emulator.requests[-1].operation_id == case.op_id
