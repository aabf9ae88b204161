from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..models.chat_status import ChatStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_error import ChatError
    from ..models.chat_inserted_message import ChatInsertedMessage
    from ..models.chat_meta_data import ChatMetaData
    from ..models.chat_required_action import ChatRequiredAction
    from ..models.usage import Usage


T = TypeVar("T", bound="Chat")


@_attrs_define(repr=False)
class Chat(CozeModel):
    """One chat turn of a bot in a conversation, with its state.

    Attributes:
        id (str): The chat id.
        conversation_id (str): The conversation the chat runs in.
        bot_id (str | Unset): The bot that answers.
        section_id (str | Unset): The context section the chat belongs to.
        created_at (int | Unset): When the chat was created, in unix seconds.
        completed_at (int | None | Unset): When the chat finished, in unix seconds.
        failed_at (int | None | Unset): When the chat failed, in unix seconds.
        meta_data (ChatMetaData | Unset): The caller's key-value pairs given when the chat was started.
        last_error (ChatError | None | Unset): The error that stopped the chat; code 0 or null while the chat is
            healthy.
        status (ChatStatus | Unset): Chat state: created, in_progress, then completed, failed, requires_action or
            canceled.
        required_action (ChatRequiredAction | Unset): What the caller must do before a requires_action chat can go on.
        usage (None | Unset | Usage): Token usage so far; final once the chat has completed.
        inserted_additional_messages (list[ChatInsertedMessage] | Unset): Ids the server gave to the additional_messages
            of the request.
    """

    id: str
    conversation_id: str
    bot_id: str | Unset = UNSET
    section_id: str | Unset = UNSET
    created_at: int | Unset = UNSET
    completed_at: int | None | Unset = UNSET
    failed_at: int | None | Unset = UNSET
    meta_data: ChatMetaData | Unset = UNSET
    last_error: ChatError | None | Unset = UNSET
    status: ChatStatus | Unset = UNSET
    required_action: ChatRequiredAction | Unset = UNSET
    usage: None | Unset | Usage = UNSET
    inserted_additional_messages: list[ChatInsertedMessage] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.chat_error import ChatError  # noqa: PLC0415
        from ..models.usage import Usage  # noqa: PLC0415

        id = self.id

        conversation_id = self.conversation_id

        bot_id = self.bot_id

        section_id = self.section_id

        created_at = self.created_at

        completed_at: int | None | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = self.completed_at

        failed_at: int | None | Unset
        if isinstance(self.failed_at, Unset):
            failed_at = UNSET
        else:
            failed_at = self.failed_at

        meta_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta_data, Unset):
            meta_data = self.meta_data.to_dict()

        last_error: dict[str, Any] | None | Unset
        if isinstance(self.last_error, Unset):
            last_error = UNSET
        elif isinstance(self.last_error, ChatError):
            last_error = self.last_error.to_dict()
        else:
            last_error = self.last_error

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        required_action: dict[str, Any] | Unset = UNSET
        if not isinstance(self.required_action, Unset):
            required_action = self.required_action.to_dict()

        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, Usage):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        inserted_additional_messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inserted_additional_messages, Unset):
            inserted_additional_messages = []
            for inserted_additional_messages_item_data in self.inserted_additional_messages:
                inserted_additional_messages_item = inserted_additional_messages_item_data.to_dict()
                inserted_additional_messages.append(inserted_additional_messages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "conversation_id": conversation_id,
            }
        )
        if bot_id is not UNSET:
            field_dict["bot_id"] = bot_id
        if section_id is not UNSET:
            field_dict["section_id"] = section_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if failed_at is not UNSET:
            field_dict["failed_at"] = failed_at
        if meta_data is not UNSET:
            field_dict["meta_data"] = meta_data
        if last_error is not UNSET:
            field_dict["last_error"] = last_error
        if status is not UNSET:
            field_dict["status"] = status
        if required_action is not UNSET:
            field_dict["required_action"] = required_action
        if usage is not UNSET:
            field_dict["usage"] = usage
        if inserted_additional_messages is not UNSET:
            field_dict["inserted_additional_messages"] = inserted_additional_messages

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.id = get("id")
        instance.conversation_id = get("conversation_id")
        instance.bot_id = UNSET if (value := get("bot_id")) is None else value
        instance.section_id = UNSET if (value := get("section_id")) is None else value
        instance.created_at = UNSET if (value := get("created_at")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_error import ChatError  # noqa: PLC0415
        from ..models.chat_inserted_message import ChatInsertedMessage  # noqa: PLC0415
        from ..models.chat_meta_data import ChatMetaData  # noqa: PLC0415
        from ..models.chat_required_action import ChatRequiredAction  # noqa: PLC0415
        from ..models.usage import Usage  # noqa: PLC0415

        d = {
            k: v
            for k, v in src_dict.items()
            if v is not None
            or k
            in (
                "completed_at",
                "failed_at",
                "last_error",
                "usage",
            )
        }
        _id_raw = d.pop("id", None)
        id = _id_raw

        _conversation_id_raw = d.pop("conversation_id", None)
        conversation_id = _conversation_id_raw

        bot_id = d.pop("bot_id", UNSET)

        section_id = d.pop("section_id", UNSET)

        created_at = d.pop("created_at", UNSET)

        def _parse_completed_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

        def _parse_failed_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        failed_at = _parse_failed_at(d.pop("failed_at", UNSET))

        _meta_data = d.pop("meta_data", UNSET)
        meta_data: ChatMetaData | Unset
        if isinstance(_meta_data, Unset):
            meta_data = UNSET
        else:
            meta_data = ChatMetaData.from_dict(_meta_data)

        def _parse_last_error(data: object) -> ChatError | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                last_error_type_0 = ChatError.from_dict(data)

                return last_error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChatError | None | Unset, data)

        last_error = _parse_last_error(d.pop("last_error", UNSET))

        _status = d.pop("status", UNSET)
        status: ChatStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ChatStatus(_status)

        _required_action = d.pop("required_action", UNSET)
        required_action: ChatRequiredAction | Unset
        if isinstance(_required_action, Unset):
            required_action = UNSET
        else:
            required_action = ChatRequiredAction.from_dict(_required_action)

        def _parse_usage(data: object) -> None | Unset | Usage:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                usage_type_0 = Usage.from_dict(data)

                return usage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | Usage, data)

        usage = _parse_usage(d.pop("usage", UNSET))

        _inserted_additional_messages = d.pop("inserted_additional_messages", UNSET)
        inserted_additional_messages: list[ChatInsertedMessage] | Unset = UNSET
        if _inserted_additional_messages is not UNSET:
            inserted_additional_messages = []
            for inserted_additional_messages_item_data in _inserted_additional_messages:
                inserted_additional_messages_item = ChatInsertedMessage.from_dict(
                    inserted_additional_messages_item_data
                )

                inserted_additional_messages.append(inserted_additional_messages_item)

        chat = cls(
            id=id,
            conversation_id=conversation_id,
            bot_id=bot_id,
            section_id=section_id,
            created_at=created_at,
            completed_at=completed_at,
            failed_at=failed_at,
            meta_data=meta_data,
            last_error=last_error,
            status=status,
            required_action=required_action,
            usage=usage,
            inserted_additional_messages=inserted_additional_messages,
        )

        chat.additional_properties = d
        return chat

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
