from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..models.chat_publish_status import ChatPublishStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_create_request_custom_variables import ChatCreateRequestCustomVariables
    from ..models.chat_create_request_extra_params import ChatCreateRequestExtraParams
    from ..models.chat_create_request_meta_data import ChatCreateRequestMetaData
    from ..models.chat_create_request_parameters import ChatCreateRequestParameters
    from ..models.chat_shortcut_command import ChatShortcutCommand
    from ..models.enter_message import EnterMessage


T = TypeVar("T", bound="ChatCreateRequest")


@_attrs_define(repr=False)
class ChatCreateRequest(CozeModel):
    """Body of chat_create.

    Attributes:
        bot_id (str): The bot to chat with.
        user_id (str): Caller-chosen id of the end user; conversation memory is kept apart per user_id.
        additional_messages (list[EnterMessage] | Unset): Up to 100 messages appended to the conversation for this chat;
            the last one is the query and should have role user.
        stream (bool | Unset): Answer with server-sent events instead of JSON (server default false); set by the SDK
            method used.
        custom_variables (ChatCreateRequestCustomVariables | Unset): Values for the {{variables}} of the bot's prompt
            (Jinja2 allowed); not passed to workflows.
        auto_save_history (bool | Unset): Store the chat's messages in the conversation (server default true); must stay
            true for non-streaming chats and client plugins.
        meta_data (ChatCreateRequestMetaData | Unset): Key-value pairs echoed back on the chat, at most 16 (keys 1-64
            chars, values 1-512 chars).
        extra_params (ChatCreateRequestExtraParams | Unset): Extra inputs for the model; the keys latitude and longitude
            are supported.
        shortcut_command (ChatShortcutCommand | Unset): A shortcut command of the bot to run in this chat; it builds the
            user's query.
        parameters (ChatCreateRequestParameters | Unset): Values for the custom input parameters of a chatflow bot's
            start node.
        enable_card (bool | Unset): Return question-node content as cards (server default false).
        publish_status (ChatPublishStatus | Unset): Which version of the bot to talk to.
        bot_version (str | Unset): Chat with this published version of the bot (server default the latest); not allowed
            with unpublished_draft.
    """

    bot_id: str
    user_id: str
    additional_messages: list[EnterMessage] | Unset = UNSET
    stream: bool | Unset = UNSET
    custom_variables: ChatCreateRequestCustomVariables | Unset = UNSET
    auto_save_history: bool | Unset = UNSET
    meta_data: ChatCreateRequestMetaData | Unset = UNSET
    extra_params: ChatCreateRequestExtraParams | Unset = UNSET
    shortcut_command: ChatShortcutCommand | Unset = UNSET
    parameters: ChatCreateRequestParameters | Unset = UNSET
    enable_card: bool | Unset = UNSET
    publish_status: ChatPublishStatus | Unset = UNSET
    bot_version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bot_id = self.bot_id

        user_id = self.user_id

        additional_messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.additional_messages, Unset):
            additional_messages = []
            for additional_messages_item_data in self.additional_messages:
                additional_messages_item = additional_messages_item_data.to_dict()
                additional_messages.append(additional_messages_item)

        stream = self.stream

        custom_variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_variables, Unset):
            custom_variables = self.custom_variables.to_dict()

        auto_save_history = self.auto_save_history

        meta_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta_data, Unset):
            meta_data = self.meta_data.to_dict()

        extra_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extra_params, Unset):
            extra_params = self.extra_params.to_dict()

        shortcut_command: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shortcut_command, Unset):
            shortcut_command = self.shortcut_command.to_dict()

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        enable_card = self.enable_card

        publish_status: str | Unset = UNSET
        if not isinstance(self.publish_status, Unset):
            publish_status = self.publish_status.value

        bot_version = self.bot_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bot_id": bot_id,
                "user_id": user_id,
            }
        )
        if additional_messages is not UNSET:
            field_dict["additional_messages"] = additional_messages
        if stream is not UNSET:
            field_dict["stream"] = stream
        if custom_variables is not UNSET:
            field_dict["custom_variables"] = custom_variables
        if auto_save_history is not UNSET:
            field_dict["auto_save_history"] = auto_save_history
        if meta_data is not UNSET:
            field_dict["meta_data"] = meta_data
        if extra_params is not UNSET:
            field_dict["extra_params"] = extra_params
        if shortcut_command is not UNSET:
            field_dict["shortcut_command"] = shortcut_command
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if enable_card is not UNSET:
            field_dict["enable_card"] = enable_card
        if publish_status is not UNSET:
            field_dict["publish_status"] = publish_status
        if bot_version is not UNSET:
            field_dict["bot_version"] = bot_version

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.bot_id = get("bot_id")
        instance.user_id = get("user_id")
        instance.stream = UNSET if (value := get("stream")) is None else value
        instance.auto_save_history = UNSET if (value := get("auto_save_history")) is None else value
        instance.enable_card = UNSET if (value := get("enable_card")) is None else value
        instance.bot_version = UNSET if (value := get("bot_version")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_create_request_custom_variables import ChatCreateRequestCustomVariables  # noqa: PLC0415
        from ..models.chat_create_request_extra_params import ChatCreateRequestExtraParams  # noqa: PLC0415
        from ..models.chat_create_request_meta_data import ChatCreateRequestMetaData  # noqa: PLC0415
        from ..models.chat_create_request_parameters import ChatCreateRequestParameters  # noqa: PLC0415
        from ..models.chat_shortcut_command import ChatShortcutCommand  # noqa: PLC0415
        from ..models.enter_message import EnterMessage  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        _bot_id_raw = d.pop("bot_id", None)
        bot_id = _bot_id_raw

        _user_id_raw = d.pop("user_id", None)
        user_id = _user_id_raw

        _additional_messages = d.pop("additional_messages", UNSET)
        additional_messages: list[EnterMessage] | Unset = UNSET
        if _additional_messages is not UNSET:
            additional_messages = []
            for additional_messages_item_data in _additional_messages:
                additional_messages_item = EnterMessage.from_dict(additional_messages_item_data)

                additional_messages.append(additional_messages_item)

        stream = d.pop("stream", UNSET)

        _custom_variables = d.pop("custom_variables", UNSET)
        custom_variables: ChatCreateRequestCustomVariables | Unset
        if isinstance(_custom_variables, Unset):
            custom_variables = UNSET
        else:
            custom_variables = ChatCreateRequestCustomVariables.from_dict(_custom_variables)

        auto_save_history = d.pop("auto_save_history", UNSET)

        _meta_data = d.pop("meta_data", UNSET)
        meta_data: ChatCreateRequestMetaData | Unset
        if isinstance(_meta_data, Unset):
            meta_data = UNSET
        else:
            meta_data = ChatCreateRequestMetaData.from_dict(_meta_data)

        _extra_params = d.pop("extra_params", UNSET)
        extra_params: ChatCreateRequestExtraParams | Unset
        if isinstance(_extra_params, Unset):
            extra_params = UNSET
        else:
            extra_params = ChatCreateRequestExtraParams.from_dict(_extra_params)

        _shortcut_command = d.pop("shortcut_command", UNSET)
        shortcut_command: ChatShortcutCommand | Unset
        if isinstance(_shortcut_command, Unset):
            shortcut_command = UNSET
        else:
            shortcut_command = ChatShortcutCommand.from_dict(_shortcut_command)

        _parameters = d.pop("parameters", UNSET)
        parameters: ChatCreateRequestParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = ChatCreateRequestParameters.from_dict(_parameters)

        enable_card = d.pop("enable_card", UNSET)

        _publish_status = d.pop("publish_status", UNSET)
        publish_status: ChatPublishStatus | Unset
        if isinstance(_publish_status, Unset):
            publish_status = UNSET
        else:
            publish_status = ChatPublishStatus(_publish_status)

        bot_version = d.pop("bot_version", UNSET)

        chat_create_request = cls(
            bot_id=bot_id,
            user_id=user_id,
            additional_messages=additional_messages,
            stream=stream,
            custom_variables=custom_variables,
            auto_save_history=auto_save_history,
            meta_data=meta_data,
            extra_params=extra_params,
            shortcut_command=shortcut_command,
            parameters=parameters,
            enable_card=enable_card,
            publish_status=publish_status,
            bot_version=bot_version,
        )

        chat_create_request.additional_properties = d
        return chat_create_request

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
