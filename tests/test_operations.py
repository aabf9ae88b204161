"""Every operation of the spec, called through the resource tree, sync and async.

For each operation the expected wire request (method, path, query, body, fixed headers)
is derived from openapi/coze.yaml directly; the answer served is the spec's own example,
and the parsed result must carry every field of it.
"""

from __future__ import annotations

import functools
import json
from typing import Any

import httpx
import pytest
from coze_api.operations import OPERATIONS
from coze_api.resources import AsyncCozeResources, CozeResources
from spec_cases import ALL_CASES, SPEC, Case

from coze_ext import AsyncCoze, Coze

TOKEN = "test-token"
LOGID = "20260101000000TESTLOGID"
AUDIO = b"ID3\x04fake-mp3-bytes"


def call_modes(case: Case) -> list[tuple[str, str]]:
    """(method name, answer kind) for each method the tree generates for this operation."""
    name = case.resource.rsplit(".", 1)[1]
    stream = case.stream
    if case.op["x-coze-envelope"] == "binary":
        return [(name, "binary")]
    if stream is None:
        return [(name, "json")]
    if "application/json" in case.content:
        return [(name, "json"), (stream["method"], "stream")]
    return [(name, "stream")]


PARAMS = [
    pytest.param(case, name, kind, id=f"{case.op_id}.{name}") for case in ALL_CASES for name, kind in call_modes(case)
]


def keyword_map(case: Case) -> dict[str, str]:
    return {param.wire: param.name for param in OPERATIONS[case.op_id].params}


def bound_method(client: Any, case: Case, name: str) -> Any:
    target = client
    for group in case.resource.split(".")[:-1]:
        target = getattr(target, group)
    return getattr(target, name)


def answer(case: Case, kind: str) -> httpx.Response:
    headers = {"x-tt-logid": LOGID}
    if kind == "stream":
        return httpx.Response(200, headers={**headers, "content-type": "text/event-stream"}, content=case.sse_body())
    if kind == "binary":
        return httpx.Response(200, headers={**headers, "content-type": "audio/mpeg"}, content=AUDIO)
    return httpx.Response(200, headers=headers, json=case.example)


def wire_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def check_request(case: Case, request: httpx.Request, kind: str) -> None:
    assert request.method == case.method
    assert request.url.path == case.expected_path()
    params = {p["name"]: p for p in case.op.get("parameters", [])}
    for name, value in case.query_args.items():
        if isinstance(value, list):
            if params[name].get("explode") is False:
                assert request.url.params[name] == ",".join(wire_text(v) for v in value)
            else:
                assert request.url.params.get_list(name) == [wire_text(v) for v in value]
        else:
            assert request.url.params[name] == wire_text(value)
    assert set(request.url.params) == set(case.query_args)
    for name, value in case.header_args.items():
        assert request.headers[name] == wire_text(value)
    for name, value in (case.op.get("x-coze-headers") or {}).items():
        assert request.headers[name] == value
    if case.op.get("security") == []:
        assert "authorization" not in request.headers
    else:
        assert request.headers["authorization"] == f"Bearer {TOKEN}"
    if case.body_kind == "json":
        expected = dict(case.body_args)
        flag = (case.stream or {}).get("flag")
        if kind == "stream" and flag:
            expected[flag] = True
        assert json.loads(request.content) == expected
    elif case.body_kind == "multipart":
        assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
        content = request.content
        for name, value in case.body_args.items():
            assert f'name="{name}"'.encode() in content
            if isinstance(value, bytes):
                assert value in content
            else:
                assert wire_text(value).encode() in content
    else:
        assert request.content == b""


def plain(value: Any) -> Any:
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


def check_json_result(case: Case, result: Any) -> None:
    expected = case.expected_result()
    pagination = case.op.get("x-coze-pagination")
    if pagination:
        assert [plain(item) for item in result.items] == expected.get(pagination["items"], [])
        assert result.logid == LOGID
        return
    assert plain(result) == expected
    assert result.logid == LOGID


def expected_events(case: Case) -> list[str]:
    return [line.split(":", 1)[1] for line in case.sse_body().decode().splitlines() if line.startswith("event:")]


def check_events(case: Case, events: list[Any]) -> None:
    assert [event.event for event in events] == expected_events(case)
    schemas = (case.stream or {}).get("events") or {}
    for event in events:
        schema_name = schemas[event.event]
        if schema_name is None:  # no model: the decoded JSON
            assert event.data == json.loads(event.raw)
        else:
            assert type(event.data).__name__ == schema_name


def make_client(handler: Any) -> Coze:
    http = httpx.Client(transport=httpx.MockTransport(handler))
    return Coze(TOKEN, base_url="https://api.coze.test", http_client=http, max_retries=0)


@pytest.mark.parametrize(("case", "name", "kind"), PARAMS)
def test_operation_sync(case: Case, name: str, kind: str) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        request.read()
        seen.append(request)
        return answer(case, kind)

    coze = make_client(handler)
    result = bound_method(coze, case, name)(**case.kwargs(keyword_map(case)))
    if kind == "stream":
        with result as stream:
            check_events(case, list(stream))
    elif kind == "binary":
        assert result.read() == AUDIO
        assert result.logid == LOGID
    else:
        check_json_result(case, result)
    assert len(seen) == 1
    check_request(case, seen[0], kind)


@pytest.mark.parametrize(("case", "name", "kind"), PARAMS)
async def test_operation_async(case: Case, name: str, kind: str) -> None:
    seen: list[httpx.Request] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        await request.aread()
        seen.append(request)
        return answer(case, kind)

    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    coze = AsyncCoze(TOKEN, base_url="https://api.coze.test", http_client=http, max_retries=0)
    method = bound_method(coze, case, name)
    kwargs = case.kwargs(keyword_map(case))
    if kind == "json" and case.op.get("x-coze-pagination"):
        result = await method(**kwargs)
        check_json_result(case, result)
    elif kind == "stream":
        async with await method(**kwargs) as stream:
            check_events(case, [event async for event in stream])
    elif kind == "binary":
        result = await method(**kwargs)
        assert await result.read() == AUDIO
    else:
        check_json_result(case, await method(**kwargs))
    assert len(seen) == 1
    check_request(case, seen[0], kind)


def tree_methods(group: Any, prefix: str) -> set[str]:
    """The dotted names of every method of a generated resource group and its subgroups."""
    found: set[str] = set()
    for name, attr in vars(type(group)).items():
        if name.startswith("_"):
            continue
        if isinstance(attr, functools.cached_property):
            found |= tree_methods(getattr(group, name), f"{prefix}{name}.")
        elif callable(attr):
            found.add(prefix + name)
    return found


@pytest.mark.parametrize("root_class", [CozeResources, AsyncCozeResources])
def test_the_tree_holds_exactly_the_spec_operations(root_class: Any) -> None:
    """One method per operation (two for dual-mode streams), `connect` per WebSocket endpoint,
    and nothing the spec does not describe."""
    expected = {case.resource.rsplit(".", 1)[0] + "." + name for case in ALL_CASES for name, _ in call_modes(case)}
    expected |= {f"{resource}.connect" for resource in SPEC.get("x-coze-websockets", {})}
    assert tree_methods(root_class(requester=None), "") == expected
    assert {case.op_id for case in ALL_CASES} == set(OPERATIONS)
