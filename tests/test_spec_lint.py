"""The spec rules (codegen/spec_rules.py) catch what CONVENTIONS.md forbids, each at its JSON
pointer and all at once; the project spec passes them; lint_spec prints them."""

from __future__ import annotations

import copy
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "codegen"))
import lint_spec  # noqa: E402
import spec_rules  # noqa: E402
from spec_rules import check  # noqa: E402

SPEC = yaml.safe_load((ROOT / "openapi" / "coze.yaml").read_text(encoding="utf-8"))
ERRORS = {"4XX": {"$ref": "#/components/responses/Error"}, "5XX": {"$ref": "#/components/responses/Error"}}
CHAT = "/paths/~1v3~1chat/post"
WS_CHAT = "/x-coze-websockets/websockets.chat"
MESSAGES = "/paths/~1v1~1messages~1{conversation_id}/get"


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def envelope(data: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {"code": {"type": "integer"}, "msg": {"type": "string"}, "detail": ref("Detail"), "data": data},
    }


def minimal_spec() -> dict[str, Any]:
    """The smallest spec that follows every rule: a dual-mode chat and a cursor-paged list."""
    return {
        "openapi": "3.1.0",
        "info": {"title": "Coze (test)", "version": "1"},
        "paths": {
            "/v3/chat": {
                "post": {
                    "operationId": "chat_create",
                    "tags": ["chat"],
                    "summary": "Start a chat",
                    "x-coze-resource": "chat.create",
                    "x-coze-envelope": "data",
                    "x-coze-retry": "unsafe",
                    "x-coze-stream": {"method": "stream", "flag": "stream", "events": "ChatEvent"},
                    "parameters": [
                        {"name": "conversation_id", "in": "query", "description": "x", "schema": {"type": "string"}}
                    ],
                    "requestBody": {"content": {"application/json": {"schema": ref("ChatCreateRequest")}}},
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": ref("ChatCreateResponse"),
                                    "example": {"code": 0, "msg": "", "data": {"id": "c1"}},
                                },
                                "text/event-stream": {"schema": {"type": "string"}},
                            },
                        },
                        **ERRORS,
                    },
                }
            },
            "/v1/messages/{conversation_id}": {
                "get": {
                    "operationId": "messages_list",
                    "tags": ["messages"],
                    "summary": "List messages",
                    "x-coze-resource": "messages.list",
                    "x-coze-envelope": "data",
                    "x-coze-retry": "safe",
                    "x-coze-pagination": {
                        "style": "cursor",
                        "cursor_param": "after_id",
                        "next_cursor": "last_id",
                        "size_param": "limit",
                        "items": "messages",
                        "has_more": "has_more",
                    },
                    "parameters": [
                        {
                            "name": "conversation_id",
                            "in": "path",
                            "required": True,
                            "description": "x",
                            "schema": {"type": "string"},
                        },
                        {"name": "after_id", "in": "query", "description": "x", "schema": {"type": "string"}},
                        {"name": "limit", "in": "query", "description": "x", "schema": {"type": "integer"}},
                    ],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": ref("MessagesListResponse"),
                                    "example": {"code": 0, "data": {"messages": [], "has_more": False}},
                                }
                            },
                        },
                        **ERRORS,
                    },
                }
            },
        },
        "components": {
            "responses": {
                "Error": {
                    "description": "error",
                    "content": {"application/json": {"schema": envelope({"type": "object"})}},
                }
            },
            "schemas": {
                "Detail": {"type": "object", "properties": {"logid": {"type": "string"}}},
                "Chat": {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}},
                "ChatMessage": {"type": "object", "properties": {"content": {"type": ["string", "null"]}}},
                "ChatCreateRequest": {
                    "type": "object",
                    "properties": {"bot_id": {"type": "string"}, "stream": {"type": "boolean"}},
                },
                "ChatCreateResponse": envelope(ref("Chat")),
                "MessagePage": {
                    "type": "object",
                    "properties": {
                        "messages": {"type": "array", "items": ref("ChatMessage")},
                        "has_more": {"type": "boolean"},
                        "last_id": {"type": "string"},
                    },
                },
                "MessagesListResponse": envelope(ref("MessagePage")),
            },
        },
        "x-coze-event-maps": {
            "ChatEvent": {
                "enum": "ChatEventType",
                "events": {"conversation.chat.created": "Chat", "delta": "ChatMessage", "done": None},
                "terminal": ["done"],
                "errors": [],
                "message_events": ["delta"],
                "chat_events": ["conversation.chat.created"],
            },
            "WsServerEvent": {
                "kind": "websocket",
                "enum": "WsEventType",
                "prefix": "Ws",
                "events": {"chat.created": None, "conversation.message.delta": "ChatMessage"},
            },
            "WsClientEvent": {
                "kind": "websocket",
                "enum": "WsClientEventType",
                "prefix": "Ws",
                "events": {"conversation.message.create": "ChatMessage", "conversation.clear": None},
            },
        },
        "x-coze-websockets": {
            "websockets.chat": {
                "path": "/v1/chat",
                "summary": "Chat in real time",
                "parameters": [{"name": "bot_id", "in": "query", "description": "x", "schema": {"type": "string"}}],
                "upstream": "WsClientEvent",
                "downstream": "WsServerEvent",
            }
        },
        "x-coze-models": ["Detail"],
        "x-coze-excluded": [{"method": "GET", "path": "/v3/chat/retrieve", "reason": "sent as POST"}],
    }


def chat(spec: dict[str, Any]) -> Any:
    return spec["paths"]["/v3/chat"]["post"]


def messages(spec: dict[str, Any]) -> Any:
    return spec["paths"]["/v1/messages/{conversation_id}"]["get"]


def add_operation(spec: dict[str, Any], path: str, method: str = "get", **changes: Any) -> None:
    """A copy of the messages list at another path, with some keys changed."""
    op = {k: v for k, v in copy.deepcopy(messages(spec)).items() if k != "x-coze-pagination"}
    op["parameters"] = op["parameters"][:1]
    spec["paths"].setdefault(path, {})[method] = {**op, **changes}


def stream(spec: dict[str, Any]) -> Any:
    return chat(spec)["x-coze-stream"]


def events(spec: dict[str, Any]) -> Any:
    return spec["x-coze-event-maps"]["ChatEvent"]


def websocket(spec: dict[str, Any]) -> Any:
    return spec["x-coze-websockets"]["websockets.chat"]


def pagination(spec: dict[str, Any]) -> Any:
    return messages(spec)["x-coze-pagination"]


def schemas(spec: dict[str, Any]) -> Any:
    return spec["components"]["schemas"]


@dataclass
class Case:
    rule: str
    breakage: Callable[[dict[str, Any]], Any]
    pointer: str
    says: str


CASES = [
    Case("required_keys", lambda s: chat(s).pop("x-coze-retry"), f"{CHAT}/x-coze-retry", "missing"),
    Case("operation_id_snake_case", lambda s: chat(s).update(operationId="ChatCreate"), f"{CHAT}/operationId", "snake"),
    Case(
        "operation_id_matches_resource",
        lambda s: chat(s).update(operationId="chat_start"),
        f"{CHAT}/operationId",
        "'chat_create'",
    ),
    Case(
        "operation_ids_unique",
        lambda s: add_operation(s, "/v1/other", operationId="chat_create", **{"x-coze-resource": "chat.create"}),
        "/paths/~1v1~1other/get/operationId",
        "duplicate operationId 'chat_create'",
    ),
    Case(
        "resources_unique",
        lambda s: add_operation(s, "/v1/other", operationId="chat_create", **{"x-coze-resource": "chat.create"}),
        "/paths/~1v1~1other/get/x-coze-resource",
        "declared twice",
    ),
    Case(
        "resource_names",
        lambda s: chat(s).update(operationId="chat_import", **{"x-coze-resource": "chat.import"}),
        f"{CHAT}/x-coze-resource",
        "'import' is a Python keyword",
    ),
    Case(
        "tree_methods_unique",
        lambda s: add_operation(s, "/v1/chat_stream", operationId="chat_stream", **{"x-coze-resource": "chat.stream"}),
        "/paths/~1v1~1chat_stream/get/x-coze-resource",
        "two methods named stream",
    ),
    Case(
        "tree_methods_not_groups",
        lambda s: add_operation(
            s, "/v1/chat_create_x", operationId="chat_create_get", **{"x-coze-resource": "chat.create.get"}
        ),
        f"{CHAT}/x-coze-resource",
        "chat.create is both a method and a resource group",
    ),
    Case("one_tag", lambda s: chat(s).update(tags=["chat", "bots"]), f"{CHAT}/tags", "exactly one tag"),
    Case("english_summary", lambda s: chat(s).update(summary="发起对话"), f"{CHAT}/summary", "English"),
    Case("envelope_value", lambda s: chat(s).update({"x-coze-envelope": "raw"}), f"{CHAT}/x-coze-envelope", "one of"),
    Case("retry_value", lambda s: chat(s).update({"x-coze-retry": "maybe"}), f"{CHAT}/x-coze-retry", "one of"),
    Case(
        "headers_map",
        lambda s: chat(s).update({"x-coze-headers": {"Agw-Js-Conv": 1}}),
        f"{CHAT}/x-coze-headers",
        "string values",
    ),
    Case(
        "parameter_descriptions",
        lambda s: chat(s)["parameters"][0].pop("description"),
        f"{CHAT}/parameters/0/description",
        "conversation_id has no description",
    ),
    Case(
        "request_body_shape",
        lambda s: chat(s)["requestBody"]["content"]["application/json"].update(schema={"type": "object"}),
        f"{CHAT}/requestBody/content/application~1json/schema",
        "must $ref a named schema",
    ),
    Case(
        "argument_names",
        lambda s: schemas(s)["ChatCreateRequest"]["properties"].update(conversationId={"type": "string"}),
        "/components/schemas/ChatCreateRequest/properties/conversationId",
        "collides with /paths/~1v3~1chat/post/parameters/0/name",
    ),
    Case(
        "error_responses",
        lambda s: chat(s)["responses"].pop("5XX"),
        f"{CHAT}/responses/5XX",
        "missing",
    ),
    Case(
        "success_content",
        lambda s: messages(s)["responses"]["200"].pop("content"),
        f"{MESSAGES}/responses/200/content",
        "missing 200 response content",
    ),
    Case(
        "response_named_schema",
        lambda s: chat(s)["responses"]["200"]["content"]["application/json"].update(schema={"type": "object"}),
        f"{CHAT}/responses/200/content/application~1json/schema",
        "must $ref a named schema",
    ),
    Case(
        "json_example",
        lambda s: messages(s)["responses"]["200"]["content"]["application/json"].pop("example"),
        f"{MESSAGES}/responses/200/content/application~1json/example",
        "has no example",
    ),
    Case(
        "examples_match_schemas",
        lambda s: messages(s)["responses"]["200"]["content"]["application/json"]["example"]["data"].update(
            has_more="yes"
        ),
        f"{MESSAGES}/responses/200/content/application~1json/example/data/has_more",
        "example does not match its schema",
    ),
    Case(
        "result_fields_keep_logid",
        lambda s: schemas(s)["Chat"]["properties"].update(logid={"type": "string"}),
        "/components/schemas/Chat/properties/logid",
        "would hide the response's logid every result carries: name it with x-coze-attribute",
    ),
    Case(
        "attribute_names",
        lambda s: schemas(s)["Chat"]["properties"]["id"].update({"x-coze-attribute": "Chat-Id"}),
        "/components/schemas/Chat/properties/id/x-coze-attribute",
        "is not a snake_case Python name",
    ),
    Case(
        "pagination_keys",
        lambda s: pagination(s).pop("next_cursor"),
        f"{MESSAGES}/x-coze-pagination/next_cursor",
        "style cursor needs it",
    ),
    Case(
        "pagination_arguments",
        lambda s: pagination(s).update(size_param="page_size"),
        f"{MESSAGES}/x-coze-pagination/size_param",
        "'page_size' is not a parameter",
    ),
    Case(
        "pagination_optional",
        lambda s: messages(s)["parameters"][1].update(required=True),
        f"{MESSAGES}/parameters/1/schema",
        "the page argument 'after_id' is required: give it a default",
    ),
    Case(
        "pagination_result_fields",
        lambda s: pagination(s).update(next_cursor="next_id"),
        f"{MESSAGES}/x-coze-pagination/next_cursor",
        "'next_id' is not a field of the result (/components/schemas/MessagePage)",
    ),
    Case(
        "stream_declared",
        lambda s: chat(s)["responses"]["200"]["content"].pop("text/event-stream"),
        f"{CHAT}/responses/200/content/text~1event-stream",
        "x-coze-stream needs a text/event-stream response",
    ),
    Case("stream_keys", lambda s: stream(s).update(final=["done"]), f"{CHAT}/x-coze-stream/final", "unknown"),
    Case(
        "stream_dual_mode",
        lambda s: stream(s).pop("flag"),
        f"{CHAT}/x-coze-stream/flag",
        "a dual-mode stream needs method and flag",
    ),
    Case(
        "stream_events",
        lambda s: stream(s).update(events="ChatEvents"),
        f"{CHAT}/x-coze-stream/events",
        "must name an entry of x-coze-event-maps",
    ),
    Case(
        "event_map_shape",
        lambda s: events(s)["events"].update(delta="Delta"),
        "/x-coze-event-maps/ChatEvent/events/delta",
        "unknown schema 'Delta'",
    ),
    Case(
        "event_map_roles",
        lambda s: events(s).update(terminal=["done", "end"]),
        "/x-coze-event-maps/ChatEvent/terminal/1",
        "'end' is not one of its events",
    ),
    Case(
        "event_map_kind",
        lambda s: events(s).update(kind="websocket"),
        "/x-coze-event-maps/ChatEvent/terminal",
        "a websocket event map has no role lists",
    ),
    Case(
        "event_class_names_unique",
        lambda s: s["x-coze-event-maps"]["WsServerEvent"]["events"].update(delta={"data": None, "class": "DeltaEvent"}),
        "/x-coze-event-maps/WsServerEvent/events/delta",
        "event class DeltaEvent is already defined (at /x-coze-event-maps/ChatEvent/events/delta)",
    ),
    Case("websocket_keys", lambda s: websocket(s).pop("summary"), f"{WS_CHAT}/summary", "missing"),
    Case("websocket_path", lambda s: websocket(s).update(path="v1/chat"), f"{WS_CHAT}/path", "starting with /"),
    Case(
        "websocket_resource_names",
        lambda s: s["x-coze-websockets"].update({"chat.create": s["x-coze-websockets"].pop("websockets.chat")}),
        "/x-coze-websockets/chat.create",
        "chat.create is a method of an operation",
    ),
    Case(
        "websocket_parameters",
        lambda s: websocket(s)["parameters"][0].update({"in": "header"}),
        f"{WS_CHAT}/parameters/0/in",
        "a handshake parameter is in: query",
    ),
    Case(
        "websocket_event_maps",
        lambda s: websocket(s).update(upstream="ChatEvent"),
        f"{WS_CHAT}/upstream",
        "'ChatEvent' is not an event map of kind websocket",
    ),
    Case(
        "extra_models",
        lambda s: s["x-coze-models"].append("Nothing"),
        "/x-coze-models/1",
        "'Nothing' is not a schema",
    ),
    Case(
        "schema_names",
        lambda s: schemas(s).update(chat_page={"type": "object"}),
        "/components/schemas/chat_page",
        "PascalCase",
    ),
    Case(
        "schemas_used", lambda s: schemas(s).update(Orphan={"type": "object"}), "/components/schemas/Orphan", "unused"
    ),
    Case(
        "no_inline_objects",
        lambda s: schemas(s)["Chat"]["properties"].update(usage={"type": "object", "properties": {"n": {}}}),
        "/components/schemas/Chat/properties/usage",
        "inline object",
    ),
    Case(
        "forgiving_schemas",
        lambda s: schemas(s)["Chat"]["properties"]["id"].update(format="date-time"),
        "/components/schemas/Chat/properties/id/format",
        "unix seconds",
    ),
    Case(
        "defaults_only_where_required",
        lambda s: messages(s)["parameters"][2]["schema"].update(default=20),
        f"{MESSAGES}/parameters/2/schema/default",
        "a default only on a field the server requires",
    ),
    Case(
        "integer_enum_names",
        lambda s: schemas(s)["Chat"]["properties"].update(mode={"type": "integer", "enum": [0, 1]}),
        "/components/schemas/Chat/properties/mode/x-enum-varnames",
        "an integer enum needs one member name per value [0, 1]",
    ),
    Case(
        "refs_resolve",
        lambda s: schemas(s)["MessagePage"]["properties"]["messages"].update(items=ref("Mesage")),
        "/components/schemas/MessagePage/properties/messages/items/$ref",
        "#/components/schemas/Mesage does not resolve",
    ),
    Case("excluded_entries", lambda s: s["x-coze-excluded"][0].pop("reason"), "/x-coze-excluded/0/reason", "missing"),
]


def broken(case: Case) -> dict[str, Any]:
    spec = minimal_spec()
    case.breakage(spec)
    return spec


def test_the_minimal_spec_is_valid_openapi_and_follows_every_rule() -> None:
    validate(minimal_spec())  # type: ignore[arg-type]
    assert check(minimal_spec()) == []


def test_the_project_spec_has_no_problems() -> None:
    assert check(SPEC) == []


def test_every_rule_has_a_case() -> None:
    assert sorted({case.rule for case in CASES}) == sorted(rule.__name__ for rule in spec_rules.RULES)


@pytest.mark.parametrize("case", CASES, ids=[case.rule for case in CASES])
def test_each_rule_fires_at_its_pointer(case: Case) -> None:
    spec = broken(case)
    (rule,) = [rule for rule in spec_rules.RULES if rule.__name__ == case.rule]
    found = [problem for problem in rule(spec_rules.Spec(spec)) if problem.pointer == case.pointer]
    assert found, list(rule(spec_rules.Spec(spec)))
    assert case.says in found[0].message
    assert found[0] in check(spec)


def test_a_default_sits_on_a_required_argument_and_has_its_type() -> None:
    spec = minimal_spec()
    limit = messages(spec)["parameters"][2]
    limit.update(required=True, schema={"type": "integer", "default": 20})
    assert check(spec) == []
    limit["schema"]["default"] = "twenty"
    assert [str(problem) for problem in check(spec)] == [
        f"{MESSAGES}/parameters/2/schema/default: "
        "the default does not match its schema: 'twenty' is not of type 'integer'"
    ]
    # A body field takes one only when the body schema lists it as required.
    body = schemas(spec)["ChatCreateRequest"]
    limit["schema"]["default"] = 20
    body["properties"]["bot_id"]["default"] = "7400000000000000001"
    assert [problem.pointer for problem in check(spec)] == [
        "/components/schemas/ChatCreateRequest/properties/bot_id/default"
    ]
    body["required"] = ["bot_id"]
    assert check(spec) == []


def test_a_page_argument_the_server_requires_is_fine_with_a_default() -> None:
    spec = minimal_spec()
    messages(spec)["parameters"][1].update(required=True, schema={"type": "string", "default": "0"})
    assert check(spec) == []


def test_integer_enum_names_are_one_unique_upper_snake_name_per_value() -> None:
    spec = minimal_spec()
    mode = {"type": "integer", "enum": [0, 1], "x-enum-varnames": ["SINGLE", "MULTI"]}
    schemas(spec)["Chat"]["properties"]["mode"] = mode
    assert check(spec) == []
    mode["x-enum-varnames"] = ["SINGLE", "single"]
    assert [str(problem) for problem in check(spec)] == [
        "/components/schemas/Chat/properties/mode/x-enum-varnames/1: 'single' is not a unique UPPER_SNAKE name"
    ]
    mode["x-enum-varnames"] = ["SINGLE"]
    assert [problem.pointer for problem in check(spec)] == ["/components/schemas/Chat/properties/mode/x-enum-varnames"]


def test_a_result_field_sent_as_logid_is_renamed_not_refused() -> None:
    spec = minimal_spec()
    schemas(spec)["Chat"]["properties"]["logid"] = {"type": "string", "x-coze-attribute": "run_logid"}
    assert check(spec) == []
    # Only results carry a response logid: a nested model may have a logid field (like Detail).
    assert "logid" in schemas(spec)["Detail"]["properties"]
    schemas(spec)["Chat"]["properties"]["id"]["x-coze-attribute"] = "run_logid"
    assert [str(problem) for problem in check(spec)] == [
        "/components/schemas/Chat/properties/id/x-coze-attribute: 'run_logid' is the attribute of another field too",
        "/components/schemas/Chat/properties/logid/x-coze-attribute: 'run_logid' is the attribute of another field too",
    ]


def test_examples_are_read_with_cozes_number_habits() -> None:
    """An example shows what Coze sends: digits for an integer, a number for an id."""
    spec = minimal_spec()
    example = messages(spec)["responses"]["200"]["content"]["application/json"]["example"]
    schemas(spec)["ChatMessage"]["properties"]["created_at"] = {"type": "integer"}
    example["data"]["messages"] = [{"content": "hi", "created_at": "1749000000"}]
    chat(spec)["responses"]["200"]["content"]["application/json"]["example"]["data"]["id"] = 7400000000000000001
    assert check(spec) == []
    example["data"]["messages"][0]["created_at"] = "yesterday"
    assert [str(problem) for problem in check(spec)] == [
        f"{MESSAGES}/responses/200/content/application~1json/example/data/messages/0/created_at: "
        "example does not match its schema: 'yesterday' is not of type 'integer'"
    ]


def test_every_example_of_the_project_spec_is_checked_against_its_schema() -> None:
    """The spec's examples are what the emulator answers: each one is a value of its schema
    (checked by examples_match_schemas, which test_the_project_spec_has_no_problems runs)."""

    def count(node: Any) -> int:
        if isinstance(node, dict):
            own = ("example" in node) + len(node.get("examples") or {}) if "schema" in node else 0
            return own + sum(count(value) for key, value in node.items() if key not in ("example", "examples"))
        if isinstance(node, list):
            return sum(count(value) for value in node)
        return 0

    checked = [where for _, _, where in spec_rules.examples(spec_rules.Spec(SPEC))]
    assert len([where for where in checked if where.startswith("/paths/")]) == count(SPEC["paths"]) >= 120
    assert not list(spec_rules.examples_match_schemas(spec_rules.Spec(SPEC)))


def test_problems_are_reported_together_and_sorted() -> None:
    spec = minimal_spec()
    chat(spec).update(tags=[], summary="")
    pagination(spec).update(style="offset")
    stream(spec).pop("method")
    schemas(spec).update(Orphan={"type": "object"})
    problems = check(spec)
    assert [problem.pointer for problem in problems] == [
        "/components/schemas/Orphan",
        f"{MESSAGES}/x-coze-pagination/style",
        f"{CHAT}/summary",
        f"{CHAT}/tags",
        f"{CHAT}/x-coze-stream/method",
    ]
    assert problems == sorted(problems)
    assert spec_rules.format_problems(problems).splitlines()[0] == "/components/schemas/Orphan: unused schema"


def test_a_spec_of_the_wrong_shapes_is_reported_not_crashed_on() -> None:
    spec = minimal_spec()
    chat(spec)["x-coze-stream"] = ["done"]
    chat(spec)["parameters"] = {"conversation_id": {}}
    chat(spec)["x-coze-resource"] = 3
    messages(spec)["x-coze-pagination"] = "cursor"
    messages(spec)["responses"]["200"]["content"]["application/json"]["schema"] = ref("Missing")
    pointers = {problem.pointer for problem in check(spec)}
    assert {
        f"{CHAT}/x-coze-stream",
        f"{CHAT}/x-coze-resource",
        f"{MESSAGES}/x-coze-pagination",
        f"{MESSAGES}/responses/200/content/application~1json/schema/$ref",
    } <= pointers


def test_websocket_entries_of_the_wrong_shapes_are_reported_not_crashed_on() -> None:
    spec = minimal_spec()
    spec["x-coze-websockets"]["websockets.audio"] = "speech"
    websocket(spec).update(parameters={"bot_id": {}}, path=7, downstream="Nowhere")
    spec["x-coze-event-maps"]["WsServerEvent"]["kind"] = "grpc"
    pointers = {problem.pointer for problem in check(spec)}
    assert {
        "/x-coze-websockets/websockets.audio",
        f"{WS_CHAT}/parameters",
        f"{WS_CHAT}/path",
        f"{WS_CHAT}/downstream",
        "/x-coze-event-maps/WsServerEvent/kind",
    } <= pointers


def test_an_sse_operation_cannot_stream_a_websocket_map() -> None:
    spec = minimal_spec()
    stream(spec).update(events="WsServerEvent")
    assert [str(problem) for problem in check(spec)] == [
        f"{CHAT}/x-coze-stream/events: 'WsServerEvent' is not an event map of kind sse"
    ]


def test_the_linter_prints_every_problem_with_its_pointer(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = minimal_spec()
    chat(spec).pop("operationId")
    chat(spec)["responses"]["200"]["description"] = 5  # breaks OpenAPI itself
    (tmp_path / "spec.yaml").write_text(yaml.safe_dump(spec), encoding="utf-8")
    assert lint_spec.main([str(tmp_path / "spec.yaml")]) == 1
    out = capsys.readouterr().out.splitlines()
    assert f"spec.yaml: {CHAT}/operationId: missing (every operation needs it)" in out
    assert any(line.startswith(f"spec.yaml: {CHAT}/responses/200/description: OpenAPI 3.1:") for line in out)
    assert out[-1] == "2 problem(s) in 2 operations"
