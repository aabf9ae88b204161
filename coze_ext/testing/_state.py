"""The emulator's memory: bots, conversations, messages, files, chats and workflow runs.

Plain data and rules, no I/O. A chat moves `created -> in_progress -> completed` (or
`requires_action` when its bot has a tool) as the clock advances (`Timing`), or as its
event stream is read; a stream that is cut off leaves the chat to finish by the clock, as a
real chat goes on when its client goes away. Answers come from a deterministic reply
function, and what audio says from a deterministic transcribe function, so tests can
predict them.
"""

from __future__ import annotations

import copy
import itertools
import json
import re
import threading
import time
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass, field
from typing import Any

from ._oauth import OAuthServer

__all__ = [
    "Bot",
    "ChatRun",
    "CozeFailure",
    "State",
    "StoredFile",
    "Timing",
    "Workflow",
    "WorkflowRun",
    "echo",
    "hear",
]

Reply = Callable[[str], str]
Transcribe = Callable[[bytes], str]
Payload = dict[str, Any]

# Statuses after which a chat no longer changes by itself.
CHAT_DONE = frozenset({"completed", "failed", "requires_action", "canceled"})
# The id of the emulator's first object; real Coze ids are 19-digit strings too.
_FIRST_ID = 7_400_000_000_000_000_001
# Interrupt type of a question node (the only kind the emulator raises).
QUESTION_INTERRUPT = 2
# The user the emulator's token belongs to: the id `users.me` answers (the spec's example).
TOKEN_OWNER_ID = "7401234567890177001"
# How a workflow run was started, as its run history says (`run_mode`).
RUN_SYNC, RUN_ASYNC = 0, 2
FOLLOW_UP = "What else can you do?"


def echo(text: str) -> str:
    """The default bot: repeats the question."""
    return f"You said: {text}"


def hear(audio: bytes) -> str:
    """The default speech recognition: what the audio is, by its size."""
    return f"{len(audio)} bytes of audio"


class CozeFailure(Exception):
    """A request the emulator refuses the way Coze does: a failure `code` in the body."""

    def __init__(self, code: int, msg: str, status: int = 200) -> None:
        super().__init__(f"{code}: {msg}")
        self.code = code
        self.msg = msg
        self.status = status


@dataclass
class Timing:
    """How long things take, in seconds.

    A chat that is not streamed stays `created` for `chat_created`, then `in_progress` for
    `chat_in_progress`, then ends. Streamed events are `stream_interval` apart. An
    asynchronous workflow run is `Running` for `workflow_run`.
    """

    chat_created: float = 0.0
    chat_in_progress: float = 0.3
    stream_interval: float = 0.01
    workflow_run: float = 0.3

    def __post_init__(self) -> None:
        if min(self.chat_created, self.chat_in_progress, self.stream_interval, self.workflow_run) < 0:
            raise ValueError("timings must be >= 0 seconds")


@dataclass
class Bot:
    """A bot the emulator knows. `tools` (function names) make its chats end in
    `requires_action` with a call to the first one; `reply` overrides the emulator's;
    `fail` (code, msg) makes its chats end `failed` with that `last_error`."""

    bot_id: str
    name: str
    description: str = ""
    reply: Reply | None = None
    tools: tuple[str, ...] = ()
    fail: tuple[int, str] | None = None
    workspace_id: str = ""
    created_at: int = 0
    updated_at: int = 0
    published: bool = False
    version: str = "1"
    prompt: str = ""

    def to_wire(self) -> Payload:
        return {
            "bot_id": self.bot_id,
            "name": self.name,
            "description": self.description,
            "icon_url": "",
            "create_time": self.created_at,
            "update_time": self.updated_at,
            "version": self.version,
            "prompt_info": {"prompt": self.prompt},
            "bot_mode": 0,
        }

    def to_list_item(self) -> Payload:
        return {
            "id": self.bot_id,
            "name": self.name,
            "description": self.description,
            "icon_url": "",
            "is_published": self.published,
            "updated_at": self.updated_at,
        }


@dataclass
class Workflow:
    """A workflow the emulator knows.

    `run(parameters)` gives its output (default: the parameters themselves). With
    `interrupt`, a streamed run first asks that question and stops with an `Interrupt`
    event; `stream_resume` then runs it with the answer as `parameters["resume_data"]`.
    """

    workflow_id: str
    run: Callable[[dict[str, Any]], Any] | None = None
    interrupt: str | None = None

    def output(self, parameters: dict[str, Any]) -> Any:
        return self.run(parameters) if self.run is not None else {"output": parameters}


@dataclass
class WorkflowRun:
    """One run of a workflow, as its run history shows it: `Running` until `finishes_at`
    (by the state's clock), then `Success` with the output the workflow produced, and the
    one output node that produced it (its End node) in `node_execute_status`."""

    execute_id: str
    workflow_id: str
    output: str
    debug_url: str
    created_at: int
    finishes_at: float
    logid: str = ""
    """The logid of the request that started the run: Coze reports it as the run's own."""
    run_mode: int = RUN_SYNC
    connector_uid: str = TOKEN_OWNER_ID
    """The user_id the run was given in `ext`, else the token's owner."""
    node_execute_uuid: str = ""

    def done(self, now: float) -> bool:
        return now >= self.finishes_at

    def to_wire(self, now: float) -> Payload:
        done = self.done(now)
        words = len(self.output.split())
        history: Payload = {
            "execute_id": self.execute_id,
            "execute_status": "Success" if done else "Running",
            "bot_id": "0",
            "connector_id": "1024",
            "connector_uid": self.connector_uid,
            "run_mode": self.run_mode,
            "logid": self.logid,
            "create_time": self.created_at,
            "update_time": self.created_at,
            "output": self.output if done else "",
            "error_code": 0,
            "error_message": "",
            "debug_url": self.debug_url,
            "is_output_trimmed": False,
        }
        if done:
            history["usage"] = {"input_count": words, "output_count": words, "token_count": 2 * words}
            history["node_execute_status"] = {
                "End": {
                    "node_id": "900001",
                    "is_finish": True,
                    "update_time": self.created_at,
                    "node_execute_uuid": self.node_execute_uuid,
                }
            }
        return history

    def node_output(self, node_execute_uuid: str, now: float) -> Payload | None:
        """What `execute_nodes.retrieve` says of one of the run's node executions (None: not one of them)."""
        if node_execute_uuid != self.node_execute_uuid or not self.done(now):
            return None
        return {"is_finish": True, "node_output": self.output}


@dataclass
class StoredFile:
    id: str
    file_name: str
    content: bytes
    created_at: int

    def to_wire(self) -> Payload:
        return {"id": self.id, "bytes": len(self.content), "created_at": self.created_at, "file_name": self.file_name}


@dataclass
class Conversation:
    id: str
    bot_id: str
    created_at: int
    section_id: str
    name: str = ""
    meta_data: dict[str, str] = field(default_factory=dict)
    messages: list[Payload] = field(default_factory=list)

    def to_wire(self) -> Payload:
        return {
            "id": self.id,
            "created_at": self.created_at,
            "updated_at": self.created_at,
            "meta_data": dict(self.meta_data),
            "last_section_id": self.section_id,
            "name": self.name,
        }


@dataclass
class _Outcome:
    """How a chat ends: its status, the messages it adds, and the fields it sets."""

    status: str
    messages: list[Payload]
    answer: Payload | None = None
    required_action: Payload | None = None
    usage: Payload | None = None
    last_error: Payload | None = None


@dataclass
class ChatRun:
    """A chat and where it is on its way to the end."""

    chat: Payload
    bot: Bot
    conversation: Conversation
    question: str
    started: float
    tool_outputs: list[Payload] | None = None
    streaming: bool = False
    messages: list[Payload] = field(default_factory=list)

    @property
    def status(self) -> str:
        return str(self.chat["status"])

    @property
    def done(self) -> bool:
        return self.status in CHAT_DONE

    def to_wire(self) -> Payload:
        """The chat as the API shows it now (a copy)."""
        return copy.deepcopy(self.chat)


class State:
    """Everything the emulator remembers. Guard compound use with `lock`."""

    def __init__(
        self,
        *,
        reply: Reply = echo,
        transcribe: Transcribe = hear,
        timing: Timing | None = None,
        clock: Callable[[], float] = time.monotonic,
    ):
        self.reply = reply
        self.transcribe = transcribe
        self.timing = timing or Timing()
        self.clock = clock
        self.lock = threading.RLock()
        self._ids = itertools.count(_FIRST_ID)
        self.bots: dict[str, Bot] = {}
        self.workflows: dict[str, Workflow] = {}
        self.conversations: dict[str, Conversation] = {}
        self.chats: dict[str, ChatRun] = {}
        self.files: dict[str, StoredFile] = {}
        # Interrupted streamed workflow runs: event_id -> (workflow, parameters).
        self.interrupts: dict[str, tuple[Workflow, dict[str, Any]]] = {}
        self.oauth = OAuthServer()
        # Workflow runs by execute_id, for their run histories.
        self.runs: dict[str, WorkflowRun] = {}

    def new_id(self) -> str:
        with self.lock:
            return str(next(self._ids))

    @staticmethod
    def now() -> int:
        return int(time.time())

    # Bots and workflows -------------------------------------------------------------

    def add_bot(
        self,
        name: str = "Echo bot",
        *,
        bot_id: str | None = None,
        reply: Reply | None = None,
        tools: tuple[str, ...] | list[str] = (),
        description: str = "",
        workspace_id: str = "",
        fail: tuple[int, str] | None = None,
    ) -> Bot:
        with self.lock:
            now = self.now()
            bot = Bot(
                bot_id=bot_id or self.new_id(),
                name=name,
                description=description,
                reply=reply,
                tools=tuple(tools),
                fail=fail,
                workspace_id=workspace_id,
                created_at=now,
                updated_at=now,
            )
            self.bots[bot.bot_id] = bot
            return bot

    def known_bot(self, bot_id: str) -> Bot:
        """The bot with this id; like Coze, an id it does not know fails with code 4200."""
        with self.lock:
            if bot_id not in self.bots:
                raise CozeFailure(4200, f"bot {bot_id} not found, or not published to the API channel")
            return self.bots[bot_id]

    def add_workflow(
        self,
        *,
        workflow_id: str | None = None,
        run: Callable[[dict[str, Any]], Any] | None = None,
        interrupt: str | None = None,
    ) -> Workflow:
        with self.lock:
            workflow = Workflow(workflow_id or self.new_id(), run, interrupt)
            self.workflows[workflow.workflow_id] = workflow
            return workflow

    def workflow(self, workflow_id: str) -> Workflow:
        """The workflow with this id; like Coze, one it does not know (or an unpublished one)
        fails with code 4200."""
        with self.lock:
            if workflow_id not in self.workflows:
                raise CozeFailure(4200, f"workflow {workflow_id} not found, or not published")
            return self.workflows[workflow_id]

    def start_run(
        self,
        workflow: Workflow,
        execute_id: str,
        output: str,
        debug_url: str,
        *,
        is_async: bool,
        logid: str = "",
        user_id: str = "",
    ) -> WorkflowRun:
        """Record a run with its output; an asynchronous one shows `Running` for `Timing.workflow_run`.
        `logid` is the one of the request that started it, `user_id` the `ext` user_id it was given."""
        with self.lock:
            finishes_at = self.clock() + (self.timing.workflow_run if is_async else 0.0)
            run = WorkflowRun(
                execute_id,
                workflow.workflow_id,
                output,
                debug_url,
                self.now(),
                finishes_at,
                logid=logid,
                run_mode=RUN_ASYNC if is_async else RUN_SYNC,
                connector_uid=user_id or TOKEN_OWNER_ID,
                node_execute_uuid=self.new_id(),
            )
            self.runs[execute_id] = run
            return run

    def _run(self, workflow_id: str, execute_id: str) -> WorkflowRun:
        run = self.runs.get(execute_id)
        if run is None or run.workflow_id != workflow_id:
            raise CozeFailure(4200, f"no run {execute_id} of workflow {workflow_id}")
        return run

    def run_history(self, workflow_id: str, execute_id: str) -> Payload:
        with self.lock:
            return self._run(workflow_id, execute_id).to_wire(self.clock())

    def node_execution(self, workflow_id: str, execute_id: str, node_execute_uuid: str) -> Payload:
        """The output of one node execution of a run, as `node_execute_status` named it."""
        with self.lock:
            found = self._run(workflow_id, execute_id).node_output(node_execute_uuid, self.clock())
            if found is None:
                raise CozeFailure(4200, f"no finished node execution {node_execute_uuid} in run {execute_id}")
            return found

    # Conversations and messages -----------------------------------------------------

    def create_conversation(
        self, bot_id: str = "", *, name: str = "", meta_data: dict[str, str] | None = None
    ) -> Conversation:
        with self.lock:
            conversation = Conversation(
                id=self.new_id(),
                bot_id=bot_id,
                created_at=self.now(),
                section_id=self.new_id(),
                name=name,
                meta_data=dict(meta_data or {}),
            )
            self.conversations[conversation.id] = conversation
            return conversation

    def conversation(self, conversation_id: str) -> Conversation:
        with self.lock:
            if conversation_id not in self.conversations:
                raise CozeFailure(4200, f"conversation {conversation_id} not found")
            return self.conversations[conversation_id]

    def add_message(
        self,
        conversation: Conversation,
        *,
        role: str,
        content: str,
        content_type: str = "text",
        type_: str | None = None,
        chat_id: str = "",
        bot_id: str = "",
        meta_data: dict[str, str] | None = None,
        store: bool = True,
    ) -> Payload:
        now = self.now()
        message = {
            "id": self.new_id(),
            "conversation_id": conversation.id,
            "bot_id": bot_id or conversation.bot_id,
            "chat_id": chat_id,
            "section_id": conversation.section_id,
            "role": role,
            "type": type_ or ("question" if role == "user" else "answer"),
            "content": content,
            "content_type": content_type,
            "meta_data": dict(meta_data or {}),
            "created_at": now,
            "updated_at": now,
        }
        if store:
            with self.lock:
                conversation.messages.append(message)
        return message

    def message(self, conversation_id: str, message_id: str) -> Payload:
        with self.lock:
            for message in self.conversation(conversation_id).messages:
                if message["id"] == message_id:
                    return message
        raise CozeFailure(4200, f"message {message_id} not found in conversation {conversation_id}")

    # Chats ----------------------------------------------------------------------------

    def start_chat(
        self,
        *,
        bot: Bot,
        conversation_id: str | None,
        additional_messages: list[Payload],
        meta_data: dict[str, str] | None = None,
        save_history: bool = True,
    ) -> ChatRun:
        with self.lock:
            bot_id = bot.bot_id
            conversation = self.conversation(conversation_id) if conversation_id else self.create_conversation(bot_id)
            chat_id = self.new_id()
            question = ""
            for entry in additional_messages:
                role = str(entry.get("role") or "user")
                content = str(entry.get("content") or "")
                content_type = str(entry.get("content_type") or "text")
                self.add_message(
                    conversation,
                    role=role,
                    content=content,
                    content_type=content_type,
                    type_=entry.get("type") or None,
                    chat_id=chat_id,
                    bot_id=bot_id,
                    meta_data=entry.get("meta_data") or None,
                    store=save_history,
                )
                if role == "user":
                    question = message_text(content, content_type)
            chat = {
                "id": chat_id,
                "conversation_id": conversation.id,
                "bot_id": bot_id,
                "created_at": self.now(),
                "last_error": {"code": 0, "msg": ""},
                "meta_data": dict(meta_data or {}),
                "status": "created",
                "section_id": conversation.section_id,
                "usage": {"token_count": 0, "output_count": 0, "input_count": 0},
            }
            run = ChatRun(chat=chat, bot=bot, conversation=conversation, question=question, started=self.clock())
            self.chats[chat_id] = run
            self.advance(run)
            return run

    def chat(self, conversation_id: str, chat_id: str) -> ChatRun:
        """The chat, moved along to where the clock says it is."""
        with self.lock:
            run = self.chats.get(chat_id)
            if run is None or run.chat["conversation_id"] != conversation_id:
                raise CozeFailure(4200, f"chat {chat_id} not found in conversation {conversation_id}")
            self.advance(run)
            return run

    def advance(self, run: ChatRun) -> None:
        """Move a chat that no stream is driving along its timeline."""
        if run.streaming or run.done:
            return
        elapsed = self.clock() - run.started
        if elapsed >= self.timing.chat_created + self.timing.chat_in_progress:
            self._finish(run, self._outcome(run))
        elif elapsed >= self.timing.chat_created:
            run.chat["status"] = "in_progress"

    def cancel_chat(self, conversation_id: str, chat_id: str) -> ChatRun:
        with self.lock:
            run = self.chat(conversation_id, chat_id)
            if run.done:
                raise CozeFailure(4104, f"chat {chat_id} is {run.status} and can no longer be canceled")
            run.chat["status"] = "canceled"
            run.chat["completed_at"] = self.now()
            return run

    def submit_tool_outputs(self, conversation_id: str, chat_id: str, tool_outputs: list[Payload]) -> ChatRun:
        with self.lock:
            run = self.chat(conversation_id, chat_id)
            if run.status != "requires_action":
                raise CozeFailure(4000, f"chat {chat_id} is {run.status}, not requires_action: nothing to submit")
            pending = {call["id"] for call in run.chat["required_action"]["submit_tool_outputs"]["tool_calls"]}
            given = {str(output.get("tool_call_id")) for output in tool_outputs}
            if given != pending:
                raise CozeFailure(4000, f"tool_outputs must answer exactly the tool calls {sorted(pending)}")
            run.tool_outputs = tool_outputs
            run.chat.pop("required_action", None)
            run.chat["status"] = "in_progress"
            # Go on from `in_progress`, as if created just now.
            run.started = self.clock() - self.timing.chat_created
            return run

    def chat_events(self, run: ChatRun, done: Any = "[DONE]") -> Generator[tuple[str, Any], None, None]:
        """The chat's event stream as (event, data) pairs, ending with `done`; reading it
        drives the chat. Iterate under `lock`. Closing it early leaves the chat to finish by
        the clock.
        """
        run.streaming = True
        try:
            run.chat["status"] = "created" if run.tool_outputs is None else "in_progress"
            yield "conversation.chat.created", run.to_wire()
            run.chat["status"] = "in_progress"
            yield "conversation.chat.in_progress", run.to_wire()
            outcome = self._outcome(run)
            if outcome.answer is not None:
                for piece in words(outcome.answer["content"]):
                    yield "conversation.message.delta", _delta(outcome.answer, piece)
            if run.done:  # canceled while it was streaming
                yield "done", done
                return
            self._finish(run, outcome)
            for message in outcome.messages:
                yield "conversation.message.completed", message
            yield f"conversation.chat.{run.status}", run.to_wire()
            yield "done", done
        finally:
            run.streaming = False
            if not run.done:
                run.started = self.clock() - self.timing.chat_created

    def _outcome(self, run: ChatRun) -> _Outcome:
        """What the chat ends with (not applied yet)."""
        conversation = run.conversation
        ids = {"chat_id": run.chat["id"], "bot_id": run.bot.bot_id, "store": False}
        if run.bot.fail is not None:
            code, msg = run.bot.fail
            return _Outcome("failed", [], last_error={"code": code, "msg": msg})
        if run.bot.tools and run.tool_outputs is None:
            call = {
                "id": f"call_{run.chat['id']}",
                "type": "function",
                "function": {"name": run.bot.tools[0], "arguments": json.dumps({"question": run.question})},
            }
            message = self.add_message(
                conversation, role="assistant", type_="function_call", content=json.dumps(call), **ids
            )
            action = {"type": "submit_tool_outputs", "submit_tool_outputs": {"tool_calls": [call]}}
            return _Outcome("requires_action", [message], required_action=action)
        messages = []
        prompt = run.question
        if run.tool_outputs is not None:
            prompt = "\n".join(str(output.get("output", "")) for output in run.tool_outputs)
            messages.append(
                self.add_message(conversation, role="assistant", type_="tool_response", content=prompt, **ids)
            )
        text = (run.bot.reply or self.reply)(prompt)
        answer = self.add_message(conversation, role="assistant", type_="answer", content=text, **ids)
        finish = _compact({"msg_type": "generate_answer_finish", "data": "", "from_module": None, "from_unit": None})
        messages += [
            answer,
            self.add_message(conversation, role="assistant", type_="verbose", content=finish, **ids),
            self.add_message(conversation, role="assistant", type_="follow_up", content=FOLLOW_UP, **ids),
        ]
        input_count, output_count = len(prompt.split()), len(text.split())
        usage = {"token_count": input_count + output_count, "output_count": output_count, "input_count": input_count}
        return _Outcome("completed", messages, answer=answer, usage=usage)

    def _finish(self, run: ChatRun, outcome: _Outcome) -> None:
        conversation = run.conversation
        run.messages += outcome.messages
        conversation.messages += [
            m for m in outcome.messages if m["type"] in ("answer", "function_call", "tool_response")
        ]
        run.chat["status"] = outcome.status
        if outcome.required_action is not None:
            run.chat["required_action"] = outcome.required_action
        if outcome.usage is not None:
            run.chat["usage"] = outcome.usage
            run.chat["completed_at"] = self.now()
        if outcome.last_error is not None:
            run.chat["last_error"] = outcome.last_error
            run.chat["failed_at"] = self.now()

    # Files ----------------------------------------------------------------------------

    def add_file(self, file_name: str, content: bytes) -> StoredFile:
        with self.lock:
            stored = StoredFile(self.new_id(), file_name, content, self.now())
            self.files[stored.id] = stored
            return stored

    def file(self, file_id: str) -> StoredFile:
        with self.lock:
            if file_id not in self.files:
                raise CozeFailure(4200, f"file {file_id} not found")
            return self.files[file_id]

    # Workflows ------------------------------------------------------------------------

    def workflow_events(self, workflow: Workflow, parameters: dict[str, Any]) -> Iterator[tuple[str, Any]]:
        """A streamed workflow run as (event, data) pairs: its output, or its question and an
        `Interrupt` to resume with `stream_resume`; then `Done`."""
        if workflow.interrupt is not None and "resume_data" not in parameters:
            yield "Message", _node_message(workflow.interrupt, "Question")
            event_id = f"{self.new_id()}/{self.new_id()}"
            with self.lock:
                self.interrupts[event_id] = (workflow, parameters)
            interrupt = {"event_id": event_id, "type": QUESTION_INTERRUPT, "data": ""}
            yield "Interrupt", {"interrupt_data": interrupt, "node_title": "Question"}
        else:
            yield "Message", _node_message(_compact(workflow.output(parameters)), "End")
        yield "Done", {}

    def resume(
        self, workflow_id: str, event_id: str, interrupt_type: int, resume_data: str
    ) -> Iterator[tuple[str, Any]]:
        with self.lock:
            entry = self.interrupts.get(event_id)
            if entry is None or entry[0].workflow_id != workflow_id:
                raise CozeFailure(4000, f"no interrupted run of workflow {workflow_id} with event_id {event_id}")
            if interrupt_type != QUESTION_INTERRUPT:
                raise CozeFailure(
                    4000, f"interrupt_type {interrupt_type} does not match the interrupt ({QUESTION_INTERRUPT})"
                )
            del self.interrupts[event_id]
        workflow, parameters = entry
        return self.workflow_events(workflow, {**parameters, "resume_data": resume_data})


def words(text: str) -> list[str]:
    """`text` in word-sized pieces that join back to it exactly."""
    return re.findall(r"\s*\S+\s*", text) or [text]


def message_text(content: str, content_type: str) -> str:
    """The text of a message: its content, or the text parts of a multimodal one."""
    if content_type != "object_string":
        return content
    try:
        parts = json.loads(content)
    except ValueError:
        return content
    if not isinstance(parts, list):
        return content
    return " ".join(str(p.get("text", "")) for p in parts if isinstance(p, dict) and p.get("type") == "text")


def _delta(answer: Payload, piece: str) -> Payload:
    keys = ("id", "conversation_id", "bot_id", "chat_id", "section_id", "role", "type", "content_type")
    return {**{key: answer[key] for key in keys}, "content": piece}


def _node_message(content: str, node_title: str) -> Payload:
    return {
        "content": content,
        "content_type": "text",
        "node_is_finish": True,
        "node_seq_id": "0",
        "node_title": node_title,
    }


def _compact(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
