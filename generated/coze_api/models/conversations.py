"""Models of the `conversations` resource group.

Generated from openapi/coze.yaml by `make gen`; never edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Self

from .. import _model as _m
from .._model import CozeModel, OpenStrEnum
from ._shared import ChatMessage, ResponseDetail

__all__ = [
    "Conversation",
    "ConversationListResult",
    "ConversationMessageFeedbackType",
    "ConversationMessageOrder",
    "ConversationSection",
    "ConversationSortOrder",
    "ConversationsDeleteResponse",
    "ConversationsMessagesFeedbackCreateResponse",
    "ConversationsMessagesFeedbackDeleteResponse",
    "ConversationsMessagesListResponse",
    "ConversationsMessagesUpdateResponse",
]


class Conversation(CozeModel):
    """A conversation between a user and a bot, holding messages in context sections."""

    __slots__ = ("id", "name", "meta_data", "creator_id", "connector_id", "created_at", "updated_at", "last_section_id")
    _FIELDS = (
        ("id", "id"),
        ("name", "name"),
        ("meta_data", "meta_data"),
        ("creator_id", "creator_id"),
        ("connector_id", "connector_id"),
        ("created_at", "created_at"),
        ("updated_at", "updated_at"),
        ("last_section_id", "last_section_id"),
    )
    _KNOWN = frozenset(
        ("id", "name", "meta_data", "creator_id", "connector_id", "created_at", "updated_at", "last_section_id")
    )

    id: str
    """The conversation id."""
    name: str | None
    """The conversation's name."""
    meta_data: dict[str, str] | None
    """The caller's key-value pairs given at creation."""
    creator_id: str | None
    """Coze user id of the creator."""
    connector_id: str | None
    """Channel the conversation was created on (1024 API, 999 Chat SDK, or a custom channel id)."""
    created_at: int | None
    """When the conversation was created, in unix seconds."""
    updated_at: int | None
    """When the conversation last changed, in unix seconds."""
    last_section_id: str | None
    """The newest context section of the conversation."""

    def __init__(
        self,
        *,
        id: str,
        name: str | None = None,
        meta_data: dict[str, str] | None = None,
        creator_id: str | None = None,
        connector_id: str | None = None,
        created_at: int | None = None,
        updated_at: int | None = None,
        last_section_id: str | None = None,
    ) -> None:
        self.id = id
        self.name = name
        self.meta_data = meta_data
        self.creator_id = creator_id
        self.connector_id = connector_id
        self.created_at = created_at
        self.updated_at = updated_at
        self.last_section_id = last_section_id

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
        v = get("meta_data")
        if v is not None:
            v = _c_Conversation_meta_data(v, "meta_data")
        obj.meta_data = v
        v = get("creator_id")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "creator_id")
        obj.creator_id = v
        v = get("connector_id")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "connector_id")
        obj.connector_id = v
        v = get("created_at")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "created_at")
        obj.created_at = v
        v = get("updated_at")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "updated_at")
        obj.updated_at = v
        v = get("last_section_id")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "last_section_id")
        obj.last_section_id = v
        obj._src = src
        return obj


class ConversationListResult(CozeModel):
    """One page of conversations."""

    __slots__ = ("conversations", "has_more")
    _FIELDS = (("conversations", "conversations"), ("has_more", "has_more"))
    _KNOWN = frozenset(("conversations", "has_more"))

    conversations: list[Conversation] | None
    """The conversations on this page."""
    has_more: bool | None
    """Whether more pages follow."""

    def __init__(self, *, conversations: list[Conversation] | None = None, has_more: bool | None = None) -> None:
        self.conversations = conversations
        self.has_more = has_more

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("conversations")
        if v is not None:
            v = _c_ConversationListResult_conversations(v, "conversations")
        obj.conversations = v
        v = get("has_more")
        if v is not None and type(v) is not bool:
            v = _m.to_bool(v, "has_more")
        obj.has_more = v
        obj._src = src
        return obj


class ConversationMessageFeedbackType(OpenStrEnum):
    """The rating of a message."""

    LIKE = "like"
    UNLIKE = "unlike"


class ConversationMessageOrder(OpenStrEnum):
    """Sort direction of messages by creation time."""

    DESC = "desc"
    ASC = "asc"


class ConversationSection(CozeModel):
    """A context section of a conversation."""

    __slots__ = ("id", "conversation_id")
    _FIELDS = (("id", "id"), ("conversation_id", "conversation_id"))
    _KNOWN = frozenset(("id", "conversation_id"))

    id: str
    """The section id."""
    conversation_id: str | None
    """The conversation the section belongs to."""

    def __init__(self, *, id: str, conversation_id: str | None = None) -> None:
        self.id = id
        self.conversation_id = conversation_id

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
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "conversation_id")
        obj.conversation_id = v
        obj._src = src
        return obj


class ConversationSortOrder(OpenStrEnum):
    """Sort direction by creation time."""

    ASC = "ASC"
    DESC = "DESC"


class ConversationsDeleteResponse(CozeModel):
    """Envelope of conversations_delete."""

    __slots__ = ("code", "msg", "detail")
    _FIELDS = (("code", "code"), ("msg", "msg"), ("detail", "detail"))
    _KNOWN = frozenset(("code", "msg", "detail"))

    code: int | None
    msg: str | None
    detail: ResponseDetail | None

    def __init__(
        self, *, code: int | None = None, msg: str | None = None, detail: ResponseDetail | None = None
    ) -> None:
        self.code = code
        self.msg = msg
        self.detail = detail

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
        v = get("detail")
        if v is not None:
            v = _m.nested(ResponseDetail, v, "detail")
        obj.detail = v
        obj._src = src
        return obj


class ConversationsMessagesFeedbackCreateResponse(CozeModel):
    """Envelope of conversations_messages_feedback_create."""

    __slots__ = ("code", "msg", "detail")
    _FIELDS = (("code", "code"), ("msg", "msg"), ("detail", "detail"))
    _KNOWN = frozenset(("code", "msg", "detail"))

    code: int | None
    msg: str | None
    detail: ResponseDetail | None

    def __init__(
        self, *, code: int | None = None, msg: str | None = None, detail: ResponseDetail | None = None
    ) -> None:
        self.code = code
        self.msg = msg
        self.detail = detail

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
        v = get("detail")
        if v is not None:
            v = _m.nested(ResponseDetail, v, "detail")
        obj.detail = v
        obj._src = src
        return obj


class ConversationsMessagesFeedbackDeleteResponse(CozeModel):
    """Envelope of conversations_messages_feedback_delete."""

    __slots__ = ("code", "msg", "detail")
    _FIELDS = (("code", "code"), ("msg", "msg"), ("detail", "detail"))
    _KNOWN = frozenset(("code", "msg", "detail"))

    code: int | None
    msg: str | None
    detail: ResponseDetail | None

    def __init__(
        self, *, code: int | None = None, msg: str | None = None, detail: ResponseDetail | None = None
    ) -> None:
        self.code = code
        self.msg = msg
        self.detail = detail

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
        v = get("detail")
        if v is not None:
            v = _m.nested(ResponseDetail, v, "detail")
        obj.detail = v
        obj._src = src
        return obj


class ConversationsMessagesListResponse(CozeModel):
    """Whole body of conversations_messages_list; the cursors sit next to data."""

    __slots__ = ("code", "msg", "detail", "data", "first_id", "last_id", "has_more")
    _FIELDS = (
        ("code", "code"),
        ("msg", "msg"),
        ("detail", "detail"),
        ("data", "data"),
        ("first_id", "first_id"),
        ("last_id", "last_id"),
        ("has_more", "has_more"),
    )
    _KNOWN = frozenset(("code", "msg", "detail", "data", "first_id", "last_id", "has_more"))

    code: int | None
    msg: str | None
    detail: ResponseDetail | None
    data: list[ChatMessage] | None
    """The messages on this page."""
    first_id: str | None
    """Id of the first message on this page."""
    last_id: str | None
    """Id of the last message on this page."""
    has_more: bool | None
    """Whether more messages follow."""

    def __init__(
        self,
        *,
        code: int | None = None,
        msg: str | None = None,
        detail: ResponseDetail | None = None,
        data: list[ChatMessage] | None = None,
        first_id: str | None = None,
        last_id: str | None = None,
        has_more: bool | None = None,
    ) -> None:
        self.code = code
        self.msg = msg
        self.detail = detail
        self.data = data
        self.first_id = first_id
        self.last_id = last_id
        self.has_more = has_more

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
        v = get("detail")
        if v is not None:
            v = _m.nested(ResponseDetail, v, "detail")
        obj.detail = v
        v = get("data")
        if v is not None:
            v = _c_ConversationsMessagesListResponse_data(v, "data")
        obj.data = v
        v = get("first_id")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "first_id")
        obj.first_id = v
        v = get("last_id")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "last_id")
        obj.last_id = v
        v = get("has_more")
        if v is not None and type(v) is not bool:
            v = _m.to_bool(v, "has_more")
        obj.has_more = v
        obj._src = src
        return obj


class ConversationsMessagesUpdateResponse(CozeModel):
    """Whole body of conversations_messages_update; the message is under `message`, not
    `data`.
    """

    __slots__ = ("code", "msg", "detail", "message")
    _FIELDS = (("code", "code"), ("msg", "msg"), ("detail", "detail"), ("message", "message"))
    _KNOWN = frozenset(("code", "msg", "detail", "message"))

    code: int | None
    msg: str | None
    detail: ResponseDetail | None
    message: ChatMessage | None

    def __init__(
        self,
        *,
        code: int | None = None,
        msg: str | None = None,
        detail: ResponseDetail | None = None,
        message: ChatMessage | None = None,
    ) -> None:
        self.code = code
        self.msg = msg
        self.detail = detail
        self.message = message

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
        v = get("detail")
        if v is not None:
            v = _m.nested(ResponseDetail, v, "detail")
        obj.detail = v
        v = get("message")
        if v is not None:
            v = _m.nested(ChatMessage, v, "message")
        obj.message = v
        obj._src = src
        return obj


# Lookup tables and converters the parsers above use (defined last: they name classes).
_c_Conversation_meta_data = _m.map_of(_m.to_str)
_c_ConversationListResult_conversations = _m.list_of(_m.model_of(Conversation))
_c_ConversationsMessagesListResponse_data = _m.list_of(_m.model_of(ChatMessage))
