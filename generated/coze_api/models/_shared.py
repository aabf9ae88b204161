"""Models used by several resource groups.

Generated from openapi/coze.yaml by `make gen`; never edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal, Self

from .. import _model as _m
from .._model import CozeModel, OpenStrEnum

__all__ = [
    "BotPublishStatus",
    "Chat",
    "ChatError",
    "ChatInsertedMessage",
    "ChatMessage",
    "ChatPendingToolCalls",
    "ChatRequiredAction",
    "ChatRequiredActionType",
    "ChatStatus",
    "ChatToolCall",
    "ChatToolCallFunction",
    "ChatToolCallType",
    "ChatToolOutput",
    "CollaborationMode",
    "EnterMessage",
    "MessageContentType",
    "MessageType",
    "ObjectStringItem",
    "ObjectStringItemType",
    "ResponseDetail",
    "RoleType",
    "Usage",
    "UserInfo",
    "VoiceEmotion",
    "WsEventDetail",
]


class BotPublishStatus(OpenStrEnum):
    """Publish state of a bot, app or workflow (or of one of their versions), and the
    filter of their lists: all, published_online (released), published_draft (released,
    with a newer draft) or unpublished_draft.
    """

    ALL = "all"
    PUBLISHED_ONLINE = "published_online"
    PUBLISHED_DRAFT = "published_draft"
    UNPUBLISHED_DRAFT = "unpublished_draft"


class Chat(CozeModel):
    """One chat turn of a bot in a conversation, with its state."""

    __slots__ = (
        "id",
        "conversation_id",
        "bot_id",
        "section_id",
        "created_at",
        "completed_at",
        "failed_at",
        "meta_data",
        "last_error",
        "status",
        "required_action",
        "usage",
        "inserted_additional_messages",
    )
    _FIELDS = (
        ("id", "id"),
        ("conversation_id", "conversation_id"),
        ("bot_id", "bot_id"),
        ("section_id", "section_id"),
        ("created_at", "created_at"),
        ("completed_at", "completed_at"),
        ("failed_at", "failed_at"),
        ("meta_data", "meta_data"),
        ("last_error", "last_error"),
        ("status", "status"),
        ("required_action", "required_action"),
        ("usage", "usage"),
        ("inserted_additional_messages", "inserted_additional_messages"),
    )
    _KNOWN = frozenset(
        (
            "id",
            "conversation_id",
            "bot_id",
            "section_id",
            "created_at",
            "completed_at",
            "failed_at",
            "meta_data",
            "last_error",
            "status",
            "required_action",
            "usage",
            "inserted_additional_messages",
        )
    )

    id: str
    """The chat id."""
    conversation_id: str
    """The conversation the chat runs in."""
    bot_id: str | None
    """The bot that answers."""
    section_id: str | None
    """The context section the chat belongs to."""
    created_at: int | None
    """When the chat was created, in unix seconds."""
    completed_at: int | None
    """When the chat finished, in unix seconds."""
    failed_at: int | None
    """When the chat failed, in unix seconds."""
    meta_data: dict[str, str] | None
    """The caller's key-value pairs given when the chat was started."""
    last_error: ChatError | None
    """The error that stopped the chat; code 0 or null while the chat is healthy."""
    status: ChatStatus | None
    required_action: ChatRequiredAction | None
    usage: Usage | None
    """Token usage so far; final once the chat has completed."""
    inserted_additional_messages: list[ChatInsertedMessage] | None
    """Ids the server gave to the additional_messages of the request."""

    def __init__(
        self,
        *,
        id: str,
        conversation_id: str,
        bot_id: str | None = None,
        section_id: str | None = None,
        created_at: int | None = None,
        completed_at: int | None = None,
        failed_at: int | None = None,
        meta_data: dict[str, str] | None = None,
        last_error: ChatError | None = None,
        status: ChatStatus
        | Literal["created", "in_progress", "completed", "failed", "requires_action", "canceled"]
        | None = None,
        required_action: ChatRequiredAction | None = None,
        usage: Usage | None = None,
        inserted_additional_messages: list[ChatInsertedMessage] | None = None,
    ) -> None:
        self.id = id
        self.conversation_id = conversation_id
        self.bot_id = bot_id
        self.section_id = section_id
        self.created_at = created_at
        self.completed_at = completed_at
        self.failed_at = failed_at
        self.meta_data = meta_data
        self.last_error = last_error
        self.status = None if status is None else ChatStatus(status)
        self.required_action = required_action
        self.usage = usage
        self.inserted_additional_messages = inserted_additional_messages

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("id")
        if type(v) is not str:
            v = _m.to_str(v, "id")
        obj.id = v
        v = get("conversation_id")
        if type(v) is not str:
            v = _m.to_str(v, "conversation_id")
        obj.conversation_id = v
        v = get("bot_id")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "bot_id")
        obj.bot_id = v
        v = get("section_id")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "section_id")
        obj.section_id = v
        v = get("created_at")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "created_at")
        obj.created_at = v
        v = get("completed_at")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "completed_at")
        obj.completed_at = v
        v = get("failed_at")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "failed_at")
        obj.failed_at = v
        v = get("meta_data")
        if v is not None:
            v = _c_Chat_meta_data(v, "meta_data")
        obj.meta_data = v
        v = get("last_error")
        if v is not None:
            v = _m.nested(ChatError, v, "last_error")
        obj.last_error = v
        v = get("status")
        if v is not None:
            m_status = _ChatStatus_values.get(v) if type(v) is str else None
            v = m_status if m_status is not None else ChatStatus.parse(v, "status")
        obj.status = v
        v = get("required_action")
        if v is not None:
            v = _m.nested(ChatRequiredAction, v, "required_action")
        obj.required_action = v
        v = get("usage")
        if v is not None:
            v = _m.nested(Usage, v, "usage")
        obj.usage = v
        v = get("inserted_additional_messages")
        if v is not None:
            v = _c_Chat_inserted_additional_messages(v, "inserted_additional_messages")
        obj.inserted_additional_messages = v
        obj._src = src
        return obj


class ChatError(CozeModel):
    """An error code and message, as in a chat's last_error and in the data of an `error`
    stream event.
    """

    __slots__ = ("code", "msg")
    _FIELDS = (("code", "code"), ("msg", "msg"))
    _KNOWN = frozenset(("code", "msg"))

    code: int | None
    """Coze error code; 0 means no error."""
    msg: str | None
    """Human-readable error message."""

    def __init__(self, *, code: int | None = None, msg: str | None = None) -> None:
        self.code = code
        self.msg = msg

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("code")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "code")
        obj.code = v
        v = get("msg")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "msg")
        obj.msg = v
        obj._src = src
        return obj


class ChatInsertedMessage(CozeModel):
    """A message the chat request inserted into the conversation."""

    __slots__ = ("id",)
    _FIELDS = (("id", "id"),)
    _KNOWN = frozenset(("id",))

    id: str | None
    """The stored message id."""

    def __init__(self, *, id: str | None = None) -> None:
        self.id = id

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("id")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "id")
        obj.id = v
        obj._src = src
        return obj


class ChatMessage(CozeModel):
    """A message as the server returns it, in a conversation, a chat or a stream event."""

    __slots__ = (
        "id",
        "conversation_id",
        "bot_id",
        "chat_id",
        "section_id",
        "role",
        "type",
        "content",
        "content_type",
        "reasoning_content",
        "meta_data",
        "created_at",
        "updated_at",
    )
    _FIELDS = (
        ("id", "id"),
        ("conversation_id", "conversation_id"),
        ("bot_id", "bot_id"),
        ("chat_id", "chat_id"),
        ("section_id", "section_id"),
        ("role", "role"),
        ("type", "type"),
        ("content", "content"),
        ("content_type", "content_type"),
        ("reasoning_content", "reasoning_content"),
        ("meta_data", "meta_data"),
        ("created_at", "created_at"),
        ("updated_at", "updated_at"),
    )
    _KNOWN = frozenset(
        (
            "id",
            "conversation_id",
            "bot_id",
            "chat_id",
            "section_id",
            "role",
            "type",
            "content",
            "content_type",
            "reasoning_content",
            "meta_data",
            "created_at",
            "updated_at",
        )
    )

    id: str
    """The message id; stream deltas of one message share it."""
    conversation_id: str
    """The conversation the message is in."""
    bot_id: str | None
    """The bot that wrote the message; empty for messages not produced by a chat."""
    chat_id: str | None
    """The chat that produced the message; empty for messages not produced by a chat."""
    section_id: str | None
    """The context section the message belongs to."""
    role: RoleType | None
    type: MessageType | None
    content: str | None
    """The content: plain text, a JSON string (object_string, card, function calls, verbose packets) or base64 audio (audio)."""
    content_type: MessageContentType | None
    reasoning_content: str | None
    """The model's chain of thought, sent only by reasoning models with deep thinking on."""
    meta_data: dict[str, str] | None
    """The caller's key-value pairs stored with the message."""
    created_at: int | None
    """When the message was created, in unix seconds (the server sometimes sends a string of digits)."""
    updated_at: int | None
    """When the message was last changed, in unix seconds (the server sometimes sends a string of digits)."""

    def __init__(
        self,
        *,
        id: str,
        conversation_id: str,
        bot_id: str | None = None,
        chat_id: str | None = None,
        section_id: str | None = None,
        role: RoleType | Literal["user", "assistant"] | None = None,
        type: MessageType
        | Literal[
            "question", "answer", "function_call", "tool_output", "tool_response", "follow_up", "verbose", "knowledge"
        ]
        | None = None,
        content: str | None = None,
        content_type: MessageContentType | Literal["text", "object_string", "card", "audio"] | None = None,
        reasoning_content: str | None = None,
        meta_data: dict[str, str] | None = None,
        created_at: int | None = None,
        updated_at: int | None = None,
    ) -> None:
        self.id = id
        self.conversation_id = conversation_id
        self.bot_id = bot_id
        self.chat_id = chat_id
        self.section_id = section_id
        self.role = None if role is None else RoleType(role)
        self.type = None if type is None else MessageType(type)
        self.content = content
        self.content_type = None if content_type is None else MessageContentType(content_type)
        self.reasoning_content = reasoning_content
        self.meta_data = meta_data
        self.created_at = created_at
        self.updated_at = updated_at

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("id")
        if type(v) is not str:
            v = _m.to_str(v, "id")
        obj.id = v
        v = get("conversation_id")
        if type(v) is not str:
            v = _m.to_str(v, "conversation_id")
        obj.conversation_id = v
        v = get("bot_id")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "bot_id")
        obj.bot_id = v
        v = get("chat_id")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "chat_id")
        obj.chat_id = v
        v = get("section_id")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "section_id")
        obj.section_id = v
        v = get("role")
        if v is not None:
            m_role = _RoleType_values.get(v) if type(v) is str else None
            v = m_role if m_role is not None else RoleType.parse(v, "role")
        obj.role = v
        v = get("type")
        if v is not None:
            m_type = _MessageType_values.get(v) if type(v) is str else None
            v = m_type if m_type is not None else MessageType.parse(v, "type")
        obj.type = v
        v = get("content")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "content")
        obj.content = v
        v = get("content_type")
        if v is not None:
            m_content_type = _MessageContentType_values.get(v) if type(v) is str else None
            v = m_content_type if m_content_type is not None else MessageContentType.parse(v, "content_type")
        obj.content_type = v
        v = get("reasoning_content")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "reasoning_content")
        obj.reasoning_content = v
        v = get("meta_data")
        if v is not None:
            v = _c_ChatMessage_meta_data(v, "meta_data")
        obj.meta_data = v
        v = get("created_at")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "created_at")
        obj.created_at = v
        v = get("updated_at")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "updated_at")
        obj.updated_at = v
        obj._src = src
        return obj


class ChatPendingToolCalls(CozeModel):
    """The tool calls whose outputs the caller must submit."""

    __slots__ = ("tool_calls",)
    _FIELDS = (("tool_calls", "tool_calls"),)
    _KNOWN = frozenset(("tool_calls",))

    tool_calls: list[ChatToolCall] | None
    """The pending tool calls."""

    def __init__(self, *, tool_calls: list[ChatToolCall] | None = None) -> None:
        self.tool_calls = tool_calls

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("tool_calls")
        if v is not None:
            v = _c_ChatPendingToolCalls_tool_calls(v, "tool_calls")
        obj.tool_calls = v
        obj._src = src
        return obj


class ChatRequiredAction(CozeModel):
    """What the caller must do before a requires_action chat can go on."""

    __slots__ = ("type", "submit_tool_outputs")
    _FIELDS = (("type", "type"), ("submit_tool_outputs", "submit_tool_outputs"))
    _KNOWN = frozenset(("type", "submit_tool_outputs"))

    type: ChatRequiredActionType | None
    submit_tool_outputs: ChatPendingToolCalls | None

    def __init__(
        self,
        *,
        type: ChatRequiredActionType | Literal["submit_tool_outputs"] | None = None,
        submit_tool_outputs: ChatPendingToolCalls | None = None,
    ) -> None:
        self.type = None if type is None else ChatRequiredActionType(type)
        self.submit_tool_outputs = submit_tool_outputs

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("type")
        if v is not None:
            m_type = _ChatRequiredActionType_values.get(v) if type(v) is str else None
            v = m_type if m_type is not None else ChatRequiredActionType.parse(v, "type")
        obj.type = v
        v = get("submit_tool_outputs")
        if v is not None:
            v = _m.nested(ChatPendingToolCalls, v, "submit_tool_outputs")
        obj.submit_tool_outputs = v
        obj._src = src
        return obj


class ChatRequiredActionType(OpenStrEnum):
    """Kind of required action; the server sends an empty string when there is none."""

    SUBMIT_TOOL_OUTPUTS = "submit_tool_outputs"


class ChatStatus(OpenStrEnum):
    """Chat state: created, in_progress, then completed, failed, requires_action or
    canceled.
    """

    CREATED = "created"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    FAILED = "failed"
    REQUIRES_ACTION = "requires_action"
    CANCELED = "canceled"


class ChatToolCall(CozeModel):
    """One tool call the bot wants the caller to run."""

    __slots__ = ("id", "type", "function")
    _FIELDS = (("id", "id"), ("type", "type"), ("function", "function"))
    _KNOWN = frozenset(("id", "type", "function"))

    id: str | None
    """Id to quote as tool_call_id when submitting the output."""
    type: ChatToolCallType | None
    function: ChatToolCallFunction | None

    def __init__(
        self,
        *,
        id: str | None = None,
        type: ChatToolCallType | Literal["function", "reply_message"] | None = None,
        function: ChatToolCallFunction | None = None,
    ) -> None:
        self.id = id
        self.type = None if type is None else ChatToolCallType(type)
        self.function = function

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("id")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "id")
        obj.id = v
        v = get("type")
        if v is not None:
            m_type = _ChatToolCallType_values.get(v) if type(v) is str else None
            v = m_type if m_type is not None else ChatToolCallType.parse(v, "type")
        obj.type = v
        v = get("function")
        if v is not None:
            v = _m.nested(ChatToolCallFunction, v, "function")
        obj.function = v
        obj._src = src
        return obj


class ChatToolCallFunction(CozeModel):
    """The function to run."""

    __slots__ = ("name", "arguments")
    _FIELDS = (("name", "name"), ("arguments", "arguments"))
    _KNOWN = frozenset(("name", "arguments"))

    name: str | None
    """Function name."""
    arguments: str | None
    """The arguments as a JSON string."""

    def __init__(self, *, name: str | None = None, arguments: str | None = None) -> None:
        self.name = name
        self.arguments = arguments

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("name")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "name")
        obj.name = v
        v = get("arguments")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "arguments")
        obj.arguments = v
        obj._src = src
        return obj


class ChatToolCallType(OpenStrEnum):
    """function for a client-side plugin, reply_message for a workflow question node."""

    FUNCTION = "function"
    REPLY_MESSAGE = "reply_message"


class ChatToolOutput(CozeModel):
    """The result of one tool call."""

    __slots__ = ("tool_call_id", "output")
    _FIELDS = (("tool_call_id", "tool_call_id"), ("output", "output"))
    _KNOWN = frozenset(("tool_call_id", "output"))

    tool_call_id: str
    """The id of the tool call from required_action."""
    output: str
    """The tool's result as a string; file arguments are passed as JSON with a file_id."""

    def __init__(self, *, tool_call_id: str, output: str) -> None:
        self.tool_call_id = tool_call_id
        self.output = output

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("tool_call_id")
        if type(v) is not str:
            v = _m.to_str(v, "tool_call_id")
        obj.tool_call_id = v
        v = get("output")
        if type(v) is not str:
            v = _m.to_str(v, "output")
        obj.output = v
        obj._src = src
        return obj


class CollaborationMode(OpenStrEnum):
    """Who edits a bot or workflow: single for one developer, collaboration for several."""

    SINGLE = "single"
    COLLABORATION = "collaboration"


class EnterMessage(CozeModel):
    """A message sent to the server, as chat context, conversation seed or the user's
    query.
    """

    __slots__ = ("role", "type", "content", "content_type", "meta_data")
    _FIELDS = (
        ("role", "role"),
        ("type", "type"),
        ("content", "content"),
        ("content_type", "content_type"),
        ("meta_data", "meta_data"),
    )
    _KNOWN = frozenset(("role", "type", "content", "content_type", "meta_data"))

    role: RoleType
    type: MessageType | None
    """Type of the sent message (server default question); question only with role user. With auto_save_history=false chat also accepts function_call, tool_output and tool_response."""
    content: str | None
    """Plain text, or for object_string a JSON-encoded array of ObjectStringItem."""
    content_type: MessageContentType | None
    """How the server should read the content: text, or object_string for a JSON array of ObjectStringItem; required when content is set."""
    meta_data: dict[str, str] | None
    """Key-value pairs stored with the message, at most 16 (keys 1-64 chars, values 1-512 chars)."""

    def __init__(
        self,
        *,
        role: RoleType | Literal["user", "assistant"],
        type: MessageType
        | Literal[
            "question", "answer", "function_call", "tool_output", "tool_response", "follow_up", "verbose", "knowledge"
        ]
        | None = None,
        content: str | None = None,
        content_type: MessageContentType | Literal["text", "object_string", "card", "audio"] | None = None,
        meta_data: dict[str, str] | None = None,
    ) -> None:
        self.role = RoleType(role)
        self.type = None if type is None else MessageType(type)
        self.content = content
        self.content_type = None if content_type is None else MessageContentType(content_type)
        self.meta_data = meta_data

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("role")
        m_role = _RoleType_values.get(v) if type(v) is str else None
        v = m_role if m_role is not None else RoleType.parse(v, "role")
        obj.role = v
        v = get("type")
        if v is not None:
            m_type = _MessageType_values.get(v) if type(v) is str else None
            v = m_type if m_type is not None else MessageType.parse(v, "type")
        obj.type = v
        v = get("content")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "content")
        obj.content = v
        v = get("content_type")
        if v is not None:
            m_content_type = _MessageContentType_values.get(v) if type(v) is str else None
            v = m_content_type if m_content_type is not None else MessageContentType.parse(v, "content_type")
        obj.content_type = v
        v = get("meta_data")
        if v is not None:
            v = _c_EnterMessage_meta_data(v, "meta_data")
        obj.meta_data = v
        obj._src = src
        return obj


class MessageContentType(OpenStrEnum):
    """How to read a message's content."""

    TEXT = "text"
    OBJECT_STRING = "object_string"
    CARD = "card"
    AUDIO = "audio"


class MessageType(OpenStrEnum):
    """What a message is: the user's question, an answer, an intermediate step
    (function_call, tool_output, tool_response, knowledge, verbose) or a suggested
    follow_up.
    """

    QUESTION = "question"
    ANSWER = "answer"
    FUNCTION_CALL = "function_call"
    TOOL_OUTPUT = "tool_output"
    TOOL_RESPONSE = "tool_response"
    FOLLOW_UP = "follow_up"
    VERBOSE = "verbose"
    KNOWLEDGE = "knowledge"


class ObjectStringItem(CozeModel):
    """One part of a multimodal (object_string) message; file, image and audio parts need
    file_id or file_url.
    """

    __slots__ = ("type", "text", "file_id", "file_url")
    _FIELDS = (("type", "type"), ("text", "text"), ("file_id", "file_id"), ("file_url", "file_url"))
    _KNOWN = frozenset(("type", "text", "file_id", "file_url"))

    type: ObjectStringItemType
    text: str | None
    """The text, for a text part."""
    file_id: str | None
    """Id of a file uploaded by the same account."""
    file_url: str | None
    """Public URL of the file, image or audio."""

    def __init__(
        self,
        *,
        type: ObjectStringItemType | Literal["text", "file", "image", "audio"],
        text: str | None = None,
        file_id: str | None = None,
        file_url: str | None = None,
    ) -> None:
        self.type = ObjectStringItemType(type)
        self.text = text
        self.file_id = file_id
        self.file_url = file_url

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("type")
        m_type = _ObjectStringItemType_values.get(v) if type(v) is str else None
        v = m_type if m_type is not None else ObjectStringItemType.parse(v, "type")
        obj.type = v
        v = get("text")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "text")
        obj.text = v
        v = get("file_id")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "file_id")
        obj.file_id = v
        v = get("file_url")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "file_url")
        obj.file_url = v
        obj._src = src
        return obj


class ObjectStringItemType(OpenStrEnum):
    """Kind of a multimodal message part."""

    TEXT = "text"
    FILE = "file"
    IMAGE = "image"
    AUDIO = "audio"


class ResponseDetail(CozeModel):
    """Diagnostic details attached to every response."""

    __slots__ = ("logid",)
    _FIELDS = (("logid", "logid"),)
    _KNOWN = frozenset(("logid",))

    logid: str | None
    """The id of this request in Coze's logs; quote it when asking for support."""

    def __init__(self, *, logid: str | None = None) -> None:
        self.logid = logid

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("logid")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "logid")
        obj.logid = v
        obj._src = src
        return obj


class RoleType(OpenStrEnum):
    """Who sent a message."""

    USER = "user"
    ASSISTANT = "assistant"


class Usage(CozeModel):
    """Token counts of a chat."""

    __slots__ = ("token_count", "output_count", "input_count")
    _FIELDS = (("token_count", "token_count"), ("output_count", "output_count"), ("input_count", "input_count"))
    _KNOWN = frozenset(("token_count", "output_count", "input_count"))

    token_count: int | None
    """Total tokens, input plus output."""
    output_count: int | None
    """Tokens the model produced."""
    input_count: int | None
    """Tokens sent to the model (context, prompt and query)."""

    def __init__(
        self, *, token_count: int | None = None, output_count: int | None = None, input_count: int | None = None
    ) -> None:
        self.token_count = token_count
        self.output_count = output_count
        self.input_count = input_count

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("token_count")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "token_count")
        obj.token_count = v
        v = get("output_count")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "output_count")
        obj.output_count = v
        v = get("input_count")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "input_count")
        obj.input_count = v
        obj._src = src
        return obj


class UserInfo(CozeModel):
    """A Coze user as shown on resources they created."""

    __slots__ = ("id", "name", "nickname", "avatar_url")
    _FIELDS = (("id", "id"), ("name", "name"), ("nickname", "nickname"), ("avatar_url", "avatar_url"))
    _KNOWN = frozenset(("id", "name", "nickname", "avatar_url"))

    id: str
    """The Coze user id."""
    name: str | None
    """The user name."""
    nickname: str | None
    """The display name."""
    avatar_url: str | None
    """URL of the user's avatar."""

    def __init__(
        self, *, id: str, name: str | None = None, nickname: str | None = None, avatar_url: str | None = None
    ) -> None:
        self.id = id
        self.name = name
        self.nickname = nickname
        self.avatar_url = avatar_url

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("id")
        if type(v) is not str:
            v = _m.to_str(v, "id")
        obj.id = v
        v = get("name")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "name")
        obj.name = v
        v = get("nickname")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "nickname")
        obj.nickname = v
        v = get("avatar_url")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "avatar_url")
        obj.avatar_url = v
        obj._src = src
        return obj


class VoiceEmotion(OpenStrEnum):
    """An emotion a multi-emotion voice can speak with."""

    HAPPY = "happy"
    SAD = "sad"
    ANGRY = "angry"
    SURPRISED = "surprised"
    FEAR = "fear"
    HATE = "hate"
    EXCITED = "excited"
    COLDNESS = "coldness"
    NEUTRAL = "neutral"


class WsEventDetail(CozeModel):
    """The `detail` of every frame the server sends on a WebSocket."""

    __slots__ = ("logid", "respond_at", "origin_message")
    _FIELDS = (("logid", "logid"), ("respond_at", "respond_at"), ("origin_message", "origin_message"))
    _KNOWN = frozenset(("logid", "respond_at", "origin_message"))

    logid: str | None
    """The id of the session in Coze's logs (the same for every frame of a connection); quote it when asking for support."""
    respond_at: int | None
    """When the server sent the frame, in unix milliseconds (sent as a string of digits)."""
    origin_message: str | None
    """On an `error` event, the client frame that caused it, as the text that was sent."""

    def __init__(
        self, *, logid: str | None = None, respond_at: int | None = None, origin_message: str | None = None
    ) -> None:
        self.logid = logid
        self.respond_at = respond_at
        self.origin_message = origin_message

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("logid")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "logid")
        obj.logid = v
        v = get("respond_at")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "respond_at")
        obj.respond_at = v
        v = get("origin_message")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "origin_message")
        obj.origin_message = v
        obj._src = src
        return obj


# Lookup tables and converters the parsers above use (defined last: they name classes).
_ChatRequiredActionType_values = ChatRequiredActionType.value_map()
_ChatStatus_values = ChatStatus.value_map()
_ChatToolCallType_values = ChatToolCallType.value_map()
_MessageContentType_values = MessageContentType.value_map()
_MessageType_values = MessageType.value_map()
_ObjectStringItemType_values = ObjectStringItemType.value_map()
_RoleType_values = RoleType.value_map()
_c_Chat_meta_data = _m.map_of(_m.to_str)
_c_Chat_inserted_additional_messages = _m.list_of(_m.model_of(ChatInsertedMessage))
_c_ChatMessage_meta_data = _m.map_of(_m.to_str)
_c_ChatPendingToolCalls_tool_calls = _m.list_of(_m.model_of(ChatToolCall))
_c_EnterMessage_meta_data = _m.map_of(_m.to_str)
