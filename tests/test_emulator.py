"""The emulator as a server: routing from the spec, auth, request validation, logids,
the request log, answers from spec examples, start-up from the command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from coze_ext import AuthenticationError, BadRequestError, Coze
from coze_ext.testing import CozeEmulator, default_spec_path
from coze_ext.testing._handlers import HANDLERS

HELLO = [{"role": "user", "content": "hello", "content_type": "text"}]


def auth(emulator: CozeEmulator) -> dict[str, str]:
    return {"Authorization": f"Bearer {emulator.token}"}


def test_context_manager_serves_on_a_free_loopback_port() -> None:
    with CozeEmulator() as first, CozeEmulator() as second:
        assert first.base_url.startswith("http://127.0.0.1:")
        assert first.port != second.port
        response = httpx.get(f"{first.base_url}/v1/conversations", params={"bot_id": "b"}, headers=auth(first))
        assert response.status_code == 200
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{first.base_url}/v1/conversations", params={"bot_id": "b"}, headers=auth(first))


def test_the_spec_is_the_repository_one_in_a_checkout() -> None:
    assert default_spec_path() == Path(__file__).resolve().parents[1] / "openapi" / "coze.yaml"


def test_every_answer_carries_a_logid(emulator: CozeEmulator) -> None:
    with httpx.Client(base_url=emulator.base_url) as http:
        answers = [
            http.get("/v1/conversations", params={"bot_id": "b"}, headers=auth(emulator)),
            http.get("/v1/conversations", params={"bot_id": "b"}),  # no token
            http.get("/v1/conversations", headers=auth(emulator)),  # breaks the spec
            http.get("/v1/no/such/thing", headers=auth(emulator)),
            http.post("/v1/workflow/stream_run", json={"workflow_id": "w"}, headers=auth(emulator)),
        ]
    logids = [answer.headers["x-tt-logid"] for answer in answers]
    assert all(len(logid) == 32 for logid in logids) and len(set(logids)) == len(logids)
    for answer in answers[:4]:
        assert answer.json()["detail"]["logid"] == answer.headers["x-tt-logid"]


def test_a_wrong_or_missing_token_is_refused(emulator: CozeEmulator) -> None:
    with pytest.raises(AuthenticationError) as caught:
        Coze(base_url=emulator.base_url, token="pat_wrong").conversations.list(bot_id="b")
    assert (caught.value.status_code, caught.value.code) == (401, 4100)
    answer = httpx.get(f"{emulator.base_url}/v1/conversations", params={"bot_id": "b"})
    assert answer.status_code == 401 and answer.json()["code"] == 4100


def test_any_bearer_token_when_token_is_none() -> None:
    with CozeEmulator(token=None) as emulator:
        assert list(Coze(base_url=emulator.base_url, token="anything").conversations.list(bot_id="b")) == []
        answer = httpx.get(f"{emulator.base_url}/v1/conversations", params={"bot_id": "b"})
        assert answer.status_code == 401


def test_requests_that_break_the_spec_get_a_4000_naming_the_problem(emulator: CozeEmulator) -> None:
    with httpx.Client(base_url=emulator.base_url, headers=auth(emulator)) as http:
        missing = http.post("/v3/chat", json={"user_id": "u"})
        wrong = http.post("/v3/chat", json={"bot_id": 7, "user_id": "u", "additional_messages": [{"role": "robot"}]})
        no_query = http.get("/v1/conversations")
        not_json = http.post("/v3/chat", content=b"{", headers={"content-type": "application/json"})
    assert {missing.status_code, wrong.status_code, no_query.status_code, not_json.status_code} == {400}
    assert missing.json()["code"] == 4000 and "'bot_id' is a required property" in missing.json()["msg"]
    assert "bot_id: 7 is not of type 'string'" in wrong.json()["msg"]
    assert "additional_messages.0.role" in wrong.json()["msg"]
    assert "bot_id" in no_query.json()["msg"]
    assert not_json.json()["code"] == 4000
    with pytest.raises(BadRequestError) as caught:
        Coze(base_url=emulator.base_url, token=emulator.token).chat.create(
            bot_id="b", user_id="u", extra_body={"additional_messages": "not a list"}
        )
    assert caught.value.code == 4000 and "additional_messages" in str(caught.value.msg)
    assert emulator.state.chats == {}


def test_validation_can_be_switched_off() -> None:
    with CozeEmulator(validate=False) as emulator:
        emulator.add_bot(bot_id="b")
        answer = httpx.post(
            f"{emulator.base_url}/v3/chat",
            json={"bot_id": "b", "user_id": 7, "additional_messages": HELLO},
            headers=auth(emulator),
        )
    assert answer.status_code == 200 and answer.json()["data"]["status"] in ("created", "in_progress")


def test_unknown_paths_and_methods(emulator: CozeEmulator) -> None:
    with httpx.Client(base_url=emulator.base_url, headers=auth(emulator)) as http:
        unknown = http.get("/v9/nothing")
        wrong_method = http.delete("/v3/chat")
    assert (unknown.status_code, unknown.json()["code"]) == (404, 4200)
    assert (wrong_method.status_code, wrong_method.json()["code"]) == (405, 4000)


def test_the_request_log(emulator: CozeEmulator) -> None:
    coze = Coze(base_url=emulator.base_url, token=emulator.token)
    coze.chat.create(bot_id="b", user_id="u", additional_messages=HELLO)
    coze.files.upload(file=("notes.txt", b"some notes"))
    chat, upload = emulator.requests
    assert (chat.method, chat.path, chat.operation_id) == ("POST", "/v3/chat", "chat_create")
    assert chat.json == {"bot_id": "b", "user_id": "u", "additional_messages": HELLO}
    assert chat.headers["authorization"] == f"Bearer {emulator.token}"
    assert chat.headers["user-agent"].startswith("coze-ext/")
    assert (upload.operation_id, upload.json) == ("files_upload", None)
    assert b'filename="notes.txt"' in upload.body and b"some notes" in upload.body
    emulator.reset()
    assert emulator.requests == [] and emulator.state.files == {}


# A spec with operations the emulator has never heard of: they are served all the same.
EXTRA_PATHS: dict[str, Any] = {
    "/v1/emulator_probe/things/{thing_id}": {
        "get": {
            "operationId": "probe_things_retrieve",
            "parameters": [
                {"name": "thing_id", "in": "path", "required": True, "schema": {"type": "string"}},
                {"name": "size", "in": "query", "schema": {"type": "integer"}},
            ],
            "responses": {
                "200": {
                    "description": "ok",
                    "content": {"application/json": {"example": {"code": 0, "msg": "", "data": {"name": "thing"}}}},
                }
            },
        }
    },
    "/v1/emulator_probe/speech": {
        "post": {
            "operationId": "probe_speech_create",
            "x-coze-envelope": "binary",
            "responses": {"200": {"description": "ok", "content": {"audio/mpeg": {"schema": {"type": "string"}}}}},
        }
    },
    "/v1/emulator_probe/events": {
        "post": {
            "operationId": "probe_events",
            "x-coze-stream": {"events": {"Message": None, "Done": None}, "terminal": ["Done"]},
            "responses": {
                "200": {"description": "ok", "content": {"text/event-stream": {"schema": {"type": "string"}}}}
            },
        }
    },
    "/v1/emulator_probe/public": {
        "get": {
            "operationId": "probe_public",
            "security": [],
            "responses": {
                "200": {"description": "ok", "content": {"application/json": {"example": {"access_token": "t"}}}}
            },
        }
    },
}


@pytest.fixture(scope="module")
def probe_emulator(tmp_path_factory: pytest.TempPathFactory) -> Any:
    document = yaml.load(default_spec_path().read_bytes(), Loader=yaml.CSafeLoader)
    document["paths"].update(EXTRA_PATHS)
    path = tmp_path_factory.mktemp("spec") / "coze.yaml"
    path.write_text(json.dumps(document))  # JSON is YAML, and much faster to write
    with CozeEmulator(spec=path) as emulator:
        yield emulator


def test_operations_without_behaviour_answer_their_spec_example(probe_emulator: CozeEmulator) -> None:
    with httpx.Client(base_url=probe_emulator.base_url, headers=auth(probe_emulator)) as http:
        thing = http.get("/v1/emulator_probe/things/42", params={"size": "3"})
        bad = http.get("/v1/emulator_probe/things/42", params={"size": "big"})
    assert thing.status_code == 200
    assert thing.json() == {
        "code": 0,
        "msg": "",
        "data": {"name": "thing"},
        "detail": {"logid": thing.headers["x-tt-logid"]},
    }
    assert bad.status_code == 400 and "size" in bad.json()["msg"]
    assert probe_emulator.requests[0].operation_id == "probe_things_retrieve"


def test_binary_operations_answer_audio(probe_emulator: CozeEmulator) -> None:
    answer = httpx.post(f"{probe_emulator.base_url}/v1/emulator_probe/speech", headers=auth(probe_emulator))
    assert answer.headers["content-type"] == "audio/mpeg"
    assert answer.content.startswith(b"RIFF") and len(answer.content) > 1000


def test_stream_operations_without_behaviour_end_properly(probe_emulator: CozeEmulator) -> None:
    answer = httpx.post(f"{probe_emulator.base_url}/v1/emulator_probe/events", headers=auth(probe_emulator))
    assert answer.headers["content-type"].startswith("text/event-stream")
    assert answer.text == "event:Done\ndata:{}\n\n"


def test_operations_without_security_need_no_token(probe_emulator: CozeEmulator) -> None:
    answer = httpx.get(f"{probe_emulator.base_url}/v1/emulator_probe/public")
    assert answer.status_code == 200 and answer.json()["access_token"] == "t"


def test_every_spec_operation_is_routed(emulator: CozeEmulator) -> None:
    for operation in emulator.spec.operations.values():
        path = operation.template.replace("{", "").replace("}", "")
        matched = emulator.spec.match(operation.method, path)
        assert matched is not None and matched[0] is operation


def test_hand_written_behaviour_is_keyed_by_operation_id() -> None:
    assert {"chat_create", "chat_retrieve", "files_upload", "workflows_runs_stream"} <= set(HANDLERS)
    assert all("_" in operation_id and operation_id.islower() for operation_id in HANDLERS)


def test_command_line() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "coze_ext.testing", "--port", "0", "--token", "pat_cli"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        banner = process.stdout.readline()
        base_url = banner.split(" on ")[1].strip()
        answer = httpx.get(
            f"{base_url}/v1/conversations", params={"bot_id": "b"}, headers={"Authorization": "Bearer pat_cli"}
        )
        assert answer.status_code == 200 and answer.json()["code"] == 0
    finally:
        process.terminate()
        process.wait(timeout=10)
