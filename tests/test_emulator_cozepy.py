"""A client we did not write talks to the emulator: the official Python SDK, cozepy."""

from __future__ import annotations

import warnings

import httpx
import pytest

from coze_ext.testing import CozeEmulator

# cozepy imports a deprecated authlib module, whose warning authlib forces on ("always").
with warnings.catch_warnings(record=True):
    import cozepy


def cozepy_client(emulator: CozeEmulator) -> cozepy.Coze:
    assert emulator.token is not None
    return cozepy.Coze(auth=cozepy.TokenAuth(emulator.token), base_url=emulator.base_url)


def test_cozepy_create_and_poll(emulator: CozeEmulator) -> None:
    emulator.add_bot(bot_id="7400000000000000000")
    poll = cozepy_client(emulator).chat.create_and_poll(
        bot_id="7400000000000000000",
        user_id="someone",
        additional_messages=[cozepy.Message.build_user_question_text("What is the emulator?")],
    )
    assert poll.chat.status == cozepy.ChatStatus.COMPLETED
    assert poll.chat.usage is not None and (poll.chat.usage.input_count, poll.chat.usage.output_count) == (4, 6)
    answers = [m.content for m in poll.messages if m.type == cozepy.MessageType.ANSWER]
    assert answers == ["You said: What is the emulator?"]
    # cozepy sends retrieve as a POST with query parameters, as the spec says it may.
    assert [(r.method, r.path) for r in emulator.requests] == [
        ("POST", "/v3/chat"),
        ("POST", "/v3/chat/retrieve"),
        ("GET", "/v3/chat/message/list"),
    ]


def test_cozepy_stream(emulator: CozeEmulator) -> None:
    emulator.add_bot(bot_id="7400000000000000000")
    events = list(
        cozepy_client(emulator).chat.stream(
            bot_id="7400000000000000000",
            user_id="someone",
            additional_messages=[cozepy.Message.build_user_question_text("Stream this please")],
        )
    )
    kinds = [event.event for event in events]
    assert kinds[:2] == [
        cozepy.ChatEventType.CONVERSATION_CHAT_CREATED,
        cozepy.ChatEventType.CONVERSATION_CHAT_IN_PROGRESS,
    ]
    assert kinds[-1] == cozepy.ChatEventType.CONVERSATION_CHAT_COMPLETED
    text = "".join(
        event.message.content
        for event in events
        if event.event == cozepy.ChatEventType.CONVERSATION_MESSAGE_DELTA and event.message is not None
    )
    assert text == "You said: Stream this please"
    completed = events[-1].chat
    assert completed is not None and completed.usage is not None and completed.usage.token_count == 8


def test_cozepy_waits_for_a_device_login(emulator: CozeEmulator) -> None:
    """A pending device login answers in both documented shapes: cozepy reads `error_code`."""
    app = emulator.add_oauth_app("device")
    device = cozepy.DeviceOAuthApp(client_id=app.client_id, base_url=emulator.base_url)
    code = device.get_device_code()
    with pytest.raises(cozepy.CozePKCEAuthError) as caught:
        device.get_access_token(device_code=code.device_code)
    assert caught.value.error == cozepy.CozePKCEAuthErrorType.AUTHORIZATION_PENDING
    pending = emulator.requests[-1]
    answer = httpx.post(f"{emulator.base_url}{pending.path}", json=pending.json)
    assert answer.status_code == 400
    assert answer.json() == {
        "error": "authorization_pending",
        "error_description": answer.json()["error_message"],
        "error_code": "authorization_pending",
        "error_message": answer.json()["error_description"],
    }
    emulator.approve_device(code.user_code)
    token = device.get_access_token(device_code=code.device_code)
    assert token.access_token and emulator.state.oauth.accepts(token.access_token)


def test_cozepy_reads_a_workflow_run_history(emulator: CozeEmulator) -> None:
    """cozepy requires connector_uid and logid in a history, and walks its output nodes."""
    workflow = emulator.add_workflow(run=lambda parameters: {"echo": parameters["q"]})
    coze = cozepy_client(emulator)
    run = coze.workflows.runs.create(workflow_id=workflow.workflow_id, parameters={"q": "hi"})
    history = coze.workflows.runs.run_histories.retrieve(workflow_id=workflow.workflow_id, execute_id=run.execute_id)
    assert history.execute_status == cozepy.WorkflowExecuteStatus.SUCCESS
    assert history.run_mode == cozepy.WorkflowRunMode.SYNCHRONOUS
    assert history.logid and history.connector_uid
    assert history.node_execute_status is not None
    for node in history.node_execute_status.values():
        output = coze.workflows.runs.run_histories.execute_nodes.retrieve(
            workflow_id=workflow.workflow_id, execute_id=run.execute_id, node_execute_uuid=node.node_execute_uuid
        )
        assert output.is_finish and output.node_output == history.output


def test_cozepy_reads_workflow_versions(emulator: CozeEmulator) -> None:
    """Coze sends a version's timestamps as strings of digits; cozepy takes nothing else."""
    versions = cozepy_client(emulator).workflows.versions.list(workflow_id="7501234567890123456")
    assert [(v.created_at, v.updated_at) for v in versions.items] == [("1749000000", "1749000000")]
