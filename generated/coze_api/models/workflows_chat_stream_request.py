from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.enter_message import EnterMessage
    from ..models.workflows_chat_stream_request_ext import WorkflowsChatStreamRequestExt
    from ..models.workflows_chat_stream_request_parameters import WorkflowsChatStreamRequestParameters


T = TypeVar("T", bound="WorkflowsChatStreamRequest")


@_attrs_define(repr=False)
class WorkflowsChatStreamRequest(CozeModel):
    """Body of workflows_chat_stream.

    Attributes:
        workflow_id (str): The published chatflow to run.
        additional_messages (list[EnterMessage]): The conversation so far, at most 50 messages, ending with the user's
            new question (the chatflow's USER_INPUT).
        parameters (WorkflowsChatStreamRequestParameters | Unset): Values of the chatflow's custom inputs by name;
            CONVERSATION_NAME picks the conversation of an app chatflow.
        app_id (str | Unset): The app to run in; required for an app's chatflow, not together with bot_id.
        bot_id (str | Unset): The bot to run a library chatflow in; not together with app_id.
        conversation_id (str | Unset): Conversation to store the messages in; overrides CONVERSATION_NAME. With bot_id
            and none given, a new one is created.
        ext (WorkflowsChatStreamRequestExt | Unset): Extra values some plugins read; supported keys are latitude,
            longitude and user_id.
        workflow_version (str | Unset): Version of a library chatflow to run (server default the latest).
        connector_id (str | Unset): Channel to run on, such as 1024 for the API (server default 1024).
    """

    workflow_id: str
    additional_messages: list[EnterMessage]
    parameters: WorkflowsChatStreamRequestParameters | Unset = UNSET
    app_id: str | Unset = UNSET
    bot_id: str | Unset = UNSET
    conversation_id: str | Unset = UNSET
    ext: WorkflowsChatStreamRequestExt | Unset = UNSET
    workflow_version: str | Unset = UNSET
    connector_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workflow_id = self.workflow_id

        additional_messages = []
        for additional_messages_item_data in self.additional_messages:
            additional_messages_item = additional_messages_item_data.to_dict()
            additional_messages.append(additional_messages_item)

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        app_id = self.app_id

        bot_id = self.bot_id

        conversation_id = self.conversation_id

        ext: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ext, Unset):
            ext = self.ext.to_dict()

        workflow_version = self.workflow_version

        connector_id = self.connector_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflow_id": workflow_id,
                "additional_messages": additional_messages,
            }
        )
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if bot_id is not UNSET:
            field_dict["bot_id"] = bot_id
        if conversation_id is not UNSET:
            field_dict["conversation_id"] = conversation_id
        if ext is not UNSET:
            field_dict["ext"] = ext
        if workflow_version is not UNSET:
            field_dict["workflow_version"] = workflow_version
        if connector_id is not UNSET:
            field_dict["connector_id"] = connector_id

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.workflow_id = get("workflow_id")
        instance.app_id = UNSET if (value := get("app_id")) is None else value
        instance.bot_id = UNSET if (value := get("bot_id")) is None else value
        instance.conversation_id = UNSET if (value := get("conversation_id")) is None else value
        instance.workflow_version = UNSET if (value := get("workflow_version")) is None else value
        instance.connector_id = UNSET if (value := get("connector_id")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.enter_message import EnterMessage  # noqa: PLC0415
        from ..models.workflows_chat_stream_request_ext import WorkflowsChatStreamRequestExt  # noqa: PLC0415
        from ..models.workflows_chat_stream_request_parameters import WorkflowsChatStreamRequestParameters  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        _workflow_id_raw = d.pop("workflow_id", None)
        workflow_id = _workflow_id_raw

        _additional_messages_raw = d.pop("additional_messages", None)
        additional_messages: Any
        if _additional_messages_raw is None:
            additional_messages = None
        else:
            additional_messages = []
            _additional_messages = _additional_messages_raw
            for additional_messages_item_data in _additional_messages:
                additional_messages_item = EnterMessage.from_dict(additional_messages_item_data)

                additional_messages.append(additional_messages_item)

        _parameters = d.pop("parameters", UNSET)
        parameters: WorkflowsChatStreamRequestParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = WorkflowsChatStreamRequestParameters.from_dict(_parameters)

        app_id = d.pop("app_id", UNSET)

        bot_id = d.pop("bot_id", UNSET)

        conversation_id = d.pop("conversation_id", UNSET)

        _ext = d.pop("ext", UNSET)
        ext: WorkflowsChatStreamRequestExt | Unset
        if isinstance(_ext, Unset):
            ext = UNSET
        else:
            ext = WorkflowsChatStreamRequestExt.from_dict(_ext)

        workflow_version = d.pop("workflow_version", UNSET)

        connector_id = d.pop("connector_id", UNSET)

        workflows_chat_stream_request = cls(
            workflow_id=workflow_id,
            additional_messages=additional_messages,
            parameters=parameters,
            app_id=app_id,
            bot_id=bot_id,
            conversation_id=conversation_id,
            ext=ext,
            workflow_version=workflow_version,
            connector_id=connector_id,
        )

        workflows_chat_stream_request.additional_properties = d
        return workflows_chat_stream_request

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
