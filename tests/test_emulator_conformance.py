"""The answers of the emulator's hand-written behaviour conform to the spec.

A scenario calls every hand-written operation the spec has (requests built from the spec:
each argument goes to the path, the query or the body as the operation declares it), and
openapi-core validates every response against the operation's responses.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from openapi_schema_validator import OAS31Validator
from werkzeug.datastructures import Headers

from coze_ext._sse import SSEDecoder
from coze_ext.auth._grants import DEVICE_GRANT, JWT_GRANT
from coze_ext.auth._jwt import load_private_key, sign_jwt
from coze_ext.testing import CozeEmulator, Timing
from coze_ext.testing._handlers import HANDLERS
from coze_ext.testing._spec import SpecOperation
from coze_ext.testing._validate import CoreRequest, CoreResponse

HELLO = [{"role": "user", "content": "hello", "content_type": "text"}]


class FakeClock:
    now = 0.0

    def __call__(self) -> float:
        return self.now


@dataclass
class Exchange:
    operation: SpecOperation
    request: httpx.Request
    response: httpx.Response


@dataclass
class Scenario:
    emulator: CozeEmulator
    clock: FakeClock
    http: httpx.Client
    ids: dict[str, Any] = field(default_factory=dict)
    exchanges: list[Exchange] = field(default_factory=list)

    def call(
        self,
        operation_id: str,
        files: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
        **args: Any,
    ) -> Any:
        """Call the operation if the spec has it; return its decoded JSON (None for streams)."""
        operation = self.emulator.spec.operations.get(operation_id)
        if operation is None:
            return None
        declared = {p["name"]: p["in"] for p in operation.raw.get("parameters") or [] if isinstance(p, dict)}
        path = operation.template
        query: dict[str, Any] = {}
        body: dict[str, Any] = {}
        for name, value in args.items():
            if "{" + name + "}" in path:
                path = path.replace("{" + name + "}", str(value))
            elif declared.get(name) == "query":
                query[name] = value
            else:
                body[name] = value
        request = self.http.build_request(
            operation.method,
            path,
            params=query,
            json=body if body and not files else None,
            files=files,
            headers=headers,
        )
        request.read()  # keep the (multipart) body for validating the exchange
        response = self.http.send(request)
        self.exchanges.append(Exchange(operation, request, response))
        assert response.status_code == 200, response.text
        if response.headers["content-type"].startswith("application/json"):
            decoded = response.json()
            assert decoded.get("code") in (0, None), decoded
            return decoded
        return None

    def data(self, operation_id: str, key: str, files: dict[str, Any] | None = None, **args: Any) -> Any:
        answer = self.call(operation_id, files, **args)
        return answer["data"][key] if answer else None


def play(s: Scenario) -> None:
    bot_id = s.data("bots_create", "bot_id", space_id="w1", name="Conformance bot") or "b1"
    s.call("bots_update", bot_id=bot_id, name="Renamed")
    s.call("bots_publish", bot_id=bot_id, connector_ids=["1024"])
    s.call("bots_retrieve", bot_id=bot_id)
    s.call("bots_retrieve_v1", bot_id=bot_id)
    s.call("bots_list", workspace_id="w1")

    conversation_id = s.data("conversations_create", "id", bot_id=bot_id, messages=HELLO, meta_data={"k": "v"})
    if conversation_id is None:
        conversation_id = s.emulator.state.create_conversation(bot_id).id
    s.call("conversations_retrieve", conversation_id=conversation_id)
    s.call("conversations_list", bot_id=bot_id)
    s.call("conversations_update", conversation_id=conversation_id, name="Renamed")
    message_id = s.data(
        "conversations_messages_create",
        "id",
        conversation_id=conversation_id,
        role="user",
        content="hi",
        content_type="text",
    )
    if message_id is not None:
        s.call("conversations_messages_retrieve", conversation_id=conversation_id, message_id=message_id)
        s.call(
            "conversations_messages_update",
            conversation_id=conversation_id,
            message_id=message_id,
            content="hey",
            content_type="text",
        )
    s.call("conversations_messages_list", conversation_id=conversation_id, order="asc", limit=10)

    chat = {"bot_id": bot_id, "user_id": "u", "additional_messages": HELLO}
    chat_id = s.data("chat_create", "id", conversation_id=conversation_id, **chat)
    s.call("chat_create", conversation_id=conversation_id, stream=True, **chat)
    s.call("chat_retrieve", conversation_id=conversation_id, chat_id=chat_id)
    s.clock.now += 10
    s.call("chat_retrieve", conversation_id=conversation_id, chat_id=chat_id)
    s.call("chat_messages_list", conversation_id=conversation_id, chat_id=chat_id)
    to_cancel = s.data("chat_create", "id", **chat)
    if to_cancel is not None:
        s.call(
            "chat_cancel", conversation_id=s.emulator.state.chats[to_cancel].chat["conversation_id"], chat_id=to_cancel
        )

    tool_bot = s.emulator.add_bot("Tool bot", tools=["lookup"]).bot_id
    for stream in (False, True):
        tool_chat = s.data("chat_create", "id", **{**chat, "bot_id": tool_bot})
        run = s.emulator.state.chats[tool_chat]
        s.clock.now += 10
        s.call("chat_retrieve", conversation_id=run.chat["conversation_id"], chat_id=tool_chat)
        call_id = run.chat["required_action"]["submit_tool_outputs"]["tool_calls"][0]["id"]
        s.call(
            "chat_submit_tool_outputs",
            conversation_id=run.chat["conversation_id"],
            chat_id=tool_chat,
            tool_outputs=[{"tool_call_id": call_id, "output": "42"}],
            stream=stream,
        )

    if message_id is not None:
        s.call("conversations_messages_delete", conversation_id=conversation_id, message_id=message_id)
    s.call("conversations_clear", conversation_id=conversation_id)
    s.call("conversations_delete", conversation_id=conversation_id)

    file_id = s.data("files_upload", "id", files={"file": ("a.txt", b"abc", "text/plain")})
    if file_id is not None:
        s.call("files_retrieve", file_id=file_id)

    workflow = s.emulator.add_workflow(interrupt="Which city?")
    ran = s.call("workflows_runs_create", workflow_id=workflow.workflow_id, parameters={"q": "x"})
    if ran is not None:
        ids = {"workflow_id": workflow.workflow_id, "execute_id": ran["execute_id"]}
        history = s.data("workflows_runs_histories_retrieve", 0, **ids)
        for node in (history or {}).get("node_execute_status", {}).values():
            s.call(
                "workflows_runs_histories_execute_nodes_retrieve", node_execute_uuid=node["node_execute_uuid"], **ids
            )
    run = s.call("workflows_runs_create", workflow_id=workflow.workflow_id, parameters={"q": "y"}, is_async=True)
    if run is not None:
        s.call("workflows_runs_histories_retrieve", workflow_id=workflow.workflow_id, execute_id=run["execute_id"])
    s.call("workflows_runs_stream", workflow_id=workflow.workflow_id, parameters={"q": "x"})
    s.call("workflows_chat_stream", workflow_id=workflow.workflow_id, bot_id=bot_id, additional_messages=HELLO)
    if s.emulator.state.interrupts:
        event_id = next(iter(s.emulator.state.interrupts))
        s.call(
            "workflows_runs_resume",
            workflow_id=workflow.workflow_id,
            event_id=event_id,
            interrupt_type=2,
            resume_data="Paris",
        )

    play_oauth(s)


def play_oauth(s: Scenario) -> None:
    """A login of each kind: web (and its refresh), device (both endpoints), JWT (all three)."""
    oauth = s.emulator.oauth
    web = s.emulator.add_oauth_app("web")
    secret = {"Authorization": f"Bearer {web.client_secret}"}
    code = oauth.authorize(web.client_id, "http://127.0.0.1/cb")
    grant = {"grant_type": "authorization_code", "client_id": web.client_id, "redirect_uri": "http://127.0.0.1/cb"}
    token = s.call("oauth_token", headers=secret, code=code, **grant)
    refresh = {"grant_type": "refresh_token", "client_id": web.client_id, "refresh_token": token["refresh_token"]}
    s.call("oauth_token", headers=secret, **refresh)

    device = s.emulator.add_oauth_app("device")
    for operation_id, where in (("oauth_device_code", {}), ("oauth_device_code_for_workspace", {"workspace_id": "w1"})):
        started = s.call(operation_id, client_id=device.client_id, **where)
        s.emulator.approve_device(started["user_code"])
        s.call("oauth_token", grant_type=DEVICE_GRANT, client_id=device.client_id, device_code=started["device_code"])

    service = s.emulator.add_oauth_app("jwt")
    key = load_private_key(service.private_key or "")
    for operation_id, where in (
        ("oauth_token", {}),
        ("oauth_token_for_account", {"account_id": "a1"}),
        ("oauth_token_for_enterprise", {"enterprise_id": "e1"}),
    ):
        signed = sign_jwt(
            key,
            client_id=service.client_id,
            public_key_id=service.public_key_id or "",
            audience=httpx.URL(s.emulator.base_url).netloc.decode(),
            ttl=600,
            now=int(time.time()),
        )
        bearer = {"Authorization": f"Bearer {signed}"}
        s.call(operation_id, headers=bearer, grant_type=JWT_GRANT, duration_seconds=900, **where)


@pytest.fixture(scope="module")
def scenario() -> Iterator[Scenario]:
    clock = FakeClock()
    with CozeEmulator(clock=clock, timing=Timing(stream_interval=0)) as emulator:
        headers = {"Authorization": f"Bearer {emulator.token}"}
        with httpx.Client(base_url=emulator.base_url, headers=headers) as http:
            s = Scenario(emulator, clock, http)
            play(s)
            yield s


def test_the_scenario_covers_every_hand_written_operation_in_the_spec(scenario: Scenario) -> None:
    served = set(HANDLERS) & set(scenario.emulator.spec.operations)
    assert served, "the spec has none of the operations the emulator implements"
    assert {exchange.operation.id for exchange in scenario.exchanges} == served


def test_every_hand_written_answer_conforms_to_the_spec(scenario: Scenario) -> None:
    validator = scenario.emulator.validator
    problems: list[str] = []
    for exchange in scenario.exchanges:
        request, response = exchange.request, exchange.response
        core_request = CoreRequest.build(
            validator.spec,
            exchange.operation,
            path=request.url.path,
            path_params=_path_params(exchange),
            query=list(request.url.params.multi_items()),
            headers=list(request.headers.items()),
            body=request.content,
        )
        core_response = CoreResponse(
            status_code=response.status_code,
            content_type=response.headers["content-type"].lower(),
            data=response.content,
            headers=Headers(list(response.headers.items())),
        )
        for problem in validator.response_errors(core_request, core_response):
            problems.append(f"{exchange.operation.route}: {problem}")
    assert problems == []


def test_every_streamed_event_conforms_to_its_schema(scenario: Scenario) -> None:
    document = scenario.emulator.spec.document
    problems: list[str] = []
    streams = [e for e in scenario.exchanges if e.response.headers["content-type"].startswith("text/event-stream")]
    assert {e.operation.id for e in streams} >= {"chat_create", "workflows_runs_stream"}
    for exchange in streams:
        schemas = (exchange.operation.stream or {})["events"]
        decoder = SSEDecoder()
        events = decoder.feed(exchange.response.content) + decoder.flush()
        assert events and events[-1].event in exchange.operation.stream["terminal"]  # type: ignore[index]
        for event in events:
            assert event.event in schemas, f"{exchange.operation.id}: unknown event {event.event}"
            if schemas[event.event] is None:
                continue
            schema = {"$ref": f"#/components/schemas/{schemas[event.event]}", "components": document["components"]}
            for error in OAS31Validator(schema).iter_errors(json.loads(event.data)):
                problems.append(f"{exchange.operation.id} {event.event}: {error.message}")
    assert problems == []


def test_a_broken_answer_is_caught(scenario: Scenario) -> None:
    # The check itself works: the same exchange with a wrong body does not conform.
    exchange = next(e for e in scenario.exchanges if e.operation.id == "conversations_list")
    request = CoreRequest.build(
        scenario.emulator.validator.spec,
        exchange.operation,
        path=exchange.request.url.path,
        path_params={},
        query=list(exchange.request.url.params.multi_items()),
        headers=list(exchange.request.headers.items()),
        body=None,
    )
    broken = CoreResponse(200, "application/json", b'{"code": "zero", "data": {"conversations": [{"id": 5}]}}')
    assert scenario.emulator.validator.response_errors(request, broken)


def _path_params(exchange: Exchange) -> dict[str, str]:
    matched = exchange.operation.pattern.fullmatch(exchange.request.url.path)
    assert matched is not None
    return matched.groupdict()
