"""Hand-written behaviour, keyed by operationId.

A handler applies as soon as its operation is in the spec; an operation without one is
answered from the spec's example (`spec_answer`). Adding behaviour is one function:

    @handles("files_retrieve")
    def files_retrieve(call: Call) -> Answer:
        return ok(call.state.file(call.require("file_id")).to_wire())
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable
from typing import Any

from ._answers import Answer, Call, JSONAnswer, StreamAnswer, ok
from ._oauth import OAuthFailure
from ._state import Bot, CozeFailure

__all__ = ["DEVICE_PAGE", "HANDLERS", "device_form", "handles"]

Handler = Callable[[Call], Answer]
# The page where a user enters a device login's code (served by the emulator's server).
DEVICE_PAGE = "/open/oauth/device"
HANDLERS: dict[str, Handler] = {}
_DEVICE_FORM = """<!doctype html>
<html><head><meta charset="utf-8"><title>Coze emulator: device login</title></head>
<body>
<h1>Allow a device to sign in?</h1>
<form method="post">
<label>Code shown on the device: <input name="user_code" value="{code}"></label>
<button type="submit">Allow</button>
<button type="submit" name="deny" value="1">Deny</button>
</form>
</body></html>
"""


def device_form(user_code: str) -> str:
    """The device verification page: a form that posts the code to allow or deny."""
    return _DEVICE_FORM.format(code=html.escape(user_code, quote=True))


def handles(*operation_ids: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        for operation_id in operation_ids:
            HANDLERS[operation_id] = handler
        return handler

    return register


def _int(value: Any, default: int, name: str) -> int:
    if value is None:
        return default
    try:
        return int(value)
    except (TypeError, ValueError):
        raise CozeFailure(4000, f"{name} must be an integer", status=400) from None


def _page(items: list[Any], call: Call, default_size: int, *number_params: str) -> tuple[list[Any], bool]:
    page_size = max(_int(call.param("page_size"), default_size, "page_size"), 1)
    number = next((call.param(name) for name in number_params if call.param(name) is not None), None)
    page_num = max(_int(number, 1, number_params[0]), 1)
    start = (page_num - 1) * page_size
    return items[start : start + page_size], start + page_size < len(items)


# Chat ---------------------------------------------------------------------------------


@handles("chat_create")
def chat_create(call: Call) -> Answer:
    run = call.state.start_chat(
        bot=call.state.known_bot(call.require("bot_id")),
        conversation_id=call.query.get("conversation_id") or None,
        additional_messages=list(call.body_field("additional_messages") or []),
        meta_data=call.body_field("meta_data"),
        save_history=call.body_field("auto_save_history", True) is not False,
    )
    if call.streaming:
        return StreamAnswer(call.state.chat_events(run))
    return ok(run.to_wire())


@handles("chat_retrieve")
def chat_retrieve(call: Call) -> Answer:
    run = call.state.chat(call.require("conversation_id"), call.require("chat_id"))
    return ok(run.to_wire())


@handles("chat_cancel")
def chat_cancel(call: Call) -> Answer:
    run = call.state.cancel_chat(call.require("conversation_id"), call.require("chat_id"))
    return ok(run.to_wire())


@handles("chat_submit_tool_outputs")
def chat_submit_tool_outputs(call: Call) -> Answer:
    outputs = call.body_field("tool_outputs") or []
    run = call.state.submit_tool_outputs(call.require("conversation_id"), call.require("chat_id"), list(outputs))
    if call.streaming:
        return StreamAnswer(call.state.chat_events(run))
    return ok(run.to_wire())


@handles("chat_messages_list")
def chat_messages_list(call: Call) -> Answer:
    run = call.state.chat(call.require("conversation_id"), call.require("chat_id"))
    return ok(list(run.messages))


# Conversations and their messages -----------------------------------------------------


@handles("conversations_create")
def conversations_create(call: Call) -> Answer:
    state = call.state
    conversation = state.create_conversation(
        str(call.param("bot_id") or ""), name=str(call.param("name") or ""), meta_data=call.body_field("meta_data")
    )
    for message in call.body_field("messages") or []:
        state.add_message(
            conversation,
            role=str(message.get("role") or "user"),
            content=str(message.get("content") or ""),
            content_type=str(message.get("content_type") or "text"),
            type_=message.get("type") or None,
            meta_data=message.get("meta_data") or None,
        )
    return ok(conversation.to_wire())


@handles("conversations_retrieve")
def conversations_retrieve(call: Call) -> Answer:
    return ok(call.state.conversation(call.require("conversation_id")).to_wire())


@handles("conversations_list")
def conversations_list(call: Call) -> Answer:
    bot_id = call.require("bot_id")
    with call.state.lock:
        found = [c for c in call.state.conversations.values() if c.bot_id == bot_id]
    found.sort(key=lambda c: int(c.id), reverse=call.param("sort_order") != "ASC")
    page, has_more = _page([c.to_wire() for c in found], call, 50, "page_num")
    return ok({"conversations": page, "has_more": has_more})


@handles("conversations_update")
def conversations_update(call: Call) -> Answer:
    conversation = call.state.conversation(call.require("conversation_id"))
    conversation.name = str(call.param("name") or conversation.name)
    return ok(conversation.to_wire())


@handles("conversations_delete")
def conversations_delete(call: Call) -> Answer:
    conversation_id = call.require("conversation_id")
    with call.state.lock:
        call.state.conversation(conversation_id)
        del call.state.conversations[conversation_id]
    return ok()


@handles("conversations_clear")
def conversations_clear(call: Call) -> Answer:
    conversation = call.state.conversation(call.require("conversation_id"))
    conversation.section_id = call.state.new_id()
    return ok({"id": conversation.section_id, "conversation_id": conversation.id})


@handles("conversations_messages_create")
def conversations_messages_create(call: Call) -> Answer:
    conversation = call.state.conversation(call.require("conversation_id"))
    message = call.state.add_message(
        conversation,
        role=call.require("role"),
        content=call.require("content"),
        content_type=str(call.param("content_type") or "text"),
        meta_data=call.body_field("meta_data"),
    )
    return ok(message)


@handles("conversations_messages_retrieve")
def conversations_messages_retrieve(call: Call) -> Answer:
    return ok(call.state.message(call.require("conversation_id"), call.require("message_id")))


@handles("conversations_messages_update")
def conversations_messages_update(call: Call) -> Answer:
    message = call.state.message(call.require("conversation_id"), call.require("message_id"))
    for name in ("content", "content_type", "meta_data"):
        if call.body_field(name) is not None:
            message[name] = call.body_field(name)
    message["updated_at"] = call.state.now()
    # Coze puts this one answer under a top-level `message`, not `data`.
    return ok(message=message)


@handles("conversations_messages_delete")
def conversations_messages_delete(call: Call) -> Answer:
    conversation_id, message_id = call.require("conversation_id"), call.require("message_id")
    with call.state.lock:
        message = call.state.message(conversation_id, message_id)
        call.state.conversation(conversation_id).messages.remove(message)
    return ok(message)


@handles("conversations_messages_list")
def conversations_messages_list(call: Call) -> Answer:
    conversation = call.state.conversation(call.require("conversation_id"))
    chat_id = call.param("chat_id")
    with call.state.lock:
        ordered = [m for m in conversation.messages if not chat_id or m["chat_id"] == chat_id]
    if call.param("order") != "asc":
        ordered.reverse()
    limit = min(max(_int(call.param("limit"), 50, "limit"), 1), 50)
    ids = [m["id"] for m in ordered]
    after, before = call.param("after_id"), call.param("before_id")
    # after_id pages forward from a page's last_id, before_id back from its first_id.
    if after and after != "0":
        start = ids.index(after) + 1 if after in ids else len(ids)
        page, has_more = ordered[start : start + limit], start + limit < len(ordered)
    elif before and before != "0":
        end = ids.index(before) if before in ids else 0
        page, has_more = ordered[max(end - limit, 0) : end], end - limit > 0
    else:
        page, has_more = ordered[:limit], limit < len(ordered)
    first_id = page[0]["id"] if page else ""
    last_id = page[-1]["id"] if page else ""
    return ok(page, first_id=first_id, last_id=last_id, has_more=has_more)


# Files --------------------------------------------------------------------------------


@handles("files_upload")
def files_upload(call: Call) -> Answer:
    upload = call.files.get("file")
    if upload is None:
        raise CozeFailure(4000, "file is required (a multipart part named 'file')", status=400)
    return ok(call.state.add_file(upload.filename, upload.content).to_wire())


@handles("files_retrieve")
def files_retrieve(call: Call) -> Answer:
    return ok(call.state.file(call.require("file_id")).to_wire())


# Bots ---------------------------------------------------------------------------------


@handles("bots_create")
def bots_create(call: Call) -> Answer:
    bot = call.state.add_bot(
        call.require("name"),
        description=str(call.param("description") or ""),
        workspace_id=str(call.param("space_id") or call.param("workspace_id") or ""),
    )
    bot.prompt = str((call.body_field("prompt_info") or {}).get("prompt") or "")
    return ok({"bot_id": bot.bot_id})


@handles("bots_update")
def bots_update(call: Call) -> Answer:
    bot = call.state.known_bot(call.require("bot_id"))
    bot.name = str(call.param("name") or bot.name)
    bot.description = str(call.param("description") or bot.description)
    bot.prompt = str((call.body_field("prompt_info") or {}).get("prompt") or bot.prompt)
    bot.updated_at = call.state.now()
    return ok()


@handles("bots_publish")
def bots_publish(call: Call) -> Answer:
    bot = call.state.known_bot(call.require("bot_id"))
    bot.published = True
    bot.version = str(int(bot.version) + 1)
    return ok({"bot_id": bot.bot_id, "version": bot.version})


@handles("bots_retrieve", "bots_retrieve_v1")
def bots_retrieve(call: Call) -> Answer:
    return ok(call.state.known_bot(call.require("bot_id")).to_wire())


@handles("bots_list")
def bots_list(call: Call) -> Answer:
    workspace_id = call.param("workspace_id") or call.param("space_id")
    with call.state.lock:
        bots = [b for b in call.state.bots.values() if not workspace_id or b.workspace_id == workspace_id]
    page, _ = _page([b.to_list_item() for b in bots], call, 20, "page_num", "page_index")
    return ok({"items": page, "total": len(bots)})


# Workflows ----------------------------------------------------------------------------


def _parameters(call: Call) -> dict[str, Any]:
    parameters = call.body_field("parameters") or {}
    if isinstance(parameters, str):  # some clients send the parameters JSON-encoded
        parameters = json.loads(parameters or "{}")
    return dict(parameters)


def _debug_url(execute_id: str, workflow_id: str) -> str:
    return f"https://www.coze.com/work_flow?execute_id={execute_id}&workflow_id={workflow_id}"


@handles("workflows_runs_create")
def workflows_runs_create(call: Call) -> Answer:
    workflow = call.state.workflow(call.require("workflow_id"))
    execute_id = call.state.new_id()
    debug_url = _debug_url(execute_id, workflow.workflow_id)
    output = json.dumps(workflow.output(_parameters(call)), ensure_ascii=False)
    is_async = call.body_field("is_async") is True
    ext = call.body_field("ext")
    user_id = str(ext.get("user_id") or "") if isinstance(ext, dict) else ""
    run = call.state.start_run(
        workflow, execute_id, output, debug_url, is_async=is_async, logid=call.logid, user_id=user_id
    )
    if is_async:
        return JSONAnswer({"code": 0, "msg": "", "execute_id": execute_id, "debug_url": debug_url})
    usage = run.to_wire(call.state.clock())["usage"]
    return ok(output, execute_id=execute_id, debug_url=debug_url, usage=usage)


@handles("workflows_runs_histories_retrieve")
def workflows_runs_histories_retrieve(call: Call) -> Answer:
    """The run as it is now: Running, then Success with what the workflow produced."""
    return ok([call.state.run_history(call.require("workflow_id"), call.require("execute_id"))])


@handles("workflows_runs_histories_execute_nodes_retrieve")
def workflows_runs_histories_execute_nodes_retrieve(call: Call) -> Answer:
    """The output of a node execution the run history listed."""
    return ok(
        call.state.node_execution(
            call.require("workflow_id"), call.require("execute_id"), call.require("node_execute_uuid")
        )
    )


@handles("workflows_runs_stream")
def workflows_runs_stream(call: Call) -> Answer:
    workflow = call.state.workflow(call.require("workflow_id"))
    return StreamAnswer(call.state.workflow_events(workflow, _parameters(call)), style="workflow")


@handles("workflows_runs_resume")
def workflows_runs_resume(call: Call) -> Answer:
    events = call.state.resume(
        call.require("workflow_id"),
        call.require("event_id"),
        _int(call.param("interrupt_type"), 0, "interrupt_type"),
        str(call.param("resume_data") or ""),
    )
    return StreamAnswer(events, style="workflow")


@handles("workflows_chat_stream")
def workflows_chat_stream(call: Call) -> Answer:
    """A chatflow answers like a chat, its `done` event carrying the run's debug URL."""
    workflow_id = call.state.workflow(call.require("workflow_id")).workflow_id
    # The chatflow answers; the bot or app it runs for is only named.
    bot = Bot(str(call.param("bot_id") or call.param("app_id") or workflow_id), f"Chatflow {workflow_id}")
    run = call.state.start_chat(
        bot=bot,
        conversation_id=call.param("conversation_id"),
        additional_messages=list(call.body_field("additional_messages") or []),
    )
    done = {"debug_url": _debug_url(call.state.new_id(), workflow_id)}
    return StreamAnswer(call.state.chat_events(run, done=done))


# OAuth: raw OAuth JSON, not the envelope --------------------------------------------------


@handles("oauth_token", "oauth_token_for_account", "oauth_token_for_enterprise")
def oauth_token(call: Call) -> Answer:
    # A JWT's `aud` must name the host the request was sent to, as Coze's names its own.
    audience = call.headers.get("host", "")
    try:
        return JSONAnswer(call.state.oauth.token(call.body or {}, call.headers.get("authorization", ""), audience))
    except OAuthFailure as failure:
        return JSONAnswer(failure.body(), failure.status)


@handles("oauth_device_code", "oauth_device_code_for_workspace")
def oauth_device_code(call: Call) -> Answer:
    verification_uri = f"{call.origin}{DEVICE_PAGE}"
    try:
        return JSONAnswer(call.state.oauth.start_device(call.body_field("client_id"), verification_uri))
    except OAuthFailure as failure:
        return JSONAnswer(failure.body(), failure.status)
