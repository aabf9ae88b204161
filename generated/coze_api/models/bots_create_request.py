from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bot_model_info import BotModelInfo
    from ..models.bot_onboarding_info import BotOnboardingInfo
    from ..models.bot_plugin_id_list import BotPluginIdList
    from ..models.bot_prompt_info import BotPromptInfo
    from ..models.bot_suggest_reply_info import BotSuggestReplyInfo
    from ..models.bot_workflow_id_list import BotWorkflowIdList


T = TypeVar("T", bound="BotsCreateRequest")


@_attrs_define(repr=False)
class BotsCreateRequest(CozeModel):
    """Body of bots_create.

    Attributes:
        space_id (str): The workspace to create the bot in.
        name (str): The bot name, 1 to 20 characters.
        description (str | Unset): What the bot does, up to 500 characters.
        icon_file_id (str | Unset): Id of an uploaded file to use as avatar; a default avatar is used when omitted.
        prompt_info (BotPromptInfo | Unset): The bot's persona and reply logic (system prompt).
        onboarding_info (BotOnboardingInfo | Unset): What the bot shows when a conversation starts.
        suggest_reply_info (BotSuggestReplyInfo | Unset): Whether the bot suggests follow-up questions after replying.
        model_info_config (BotModelInfo | Unset): The model a bot uses and its generation settings; supported settings
            and ranges vary by model.
        plugin_id_list (BotPluginIdList | Unset): Plugin tools to bind to a bot.
        workflow_id_list (BotWorkflowIdList | Unset): Workflows to bind to a bot.
    """

    space_id: str
    name: str
    description: str | Unset = UNSET
    icon_file_id: str | Unset = UNSET
    prompt_info: BotPromptInfo | Unset = UNSET
    onboarding_info: BotOnboardingInfo | Unset = UNSET
    suggest_reply_info: BotSuggestReplyInfo | Unset = UNSET
    model_info_config: BotModelInfo | Unset = UNSET
    plugin_id_list: BotPluginIdList | Unset = UNSET
    workflow_id_list: BotWorkflowIdList | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        space_id = self.space_id

        name = self.name

        description = self.description

        icon_file_id = self.icon_file_id

        prompt_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prompt_info, Unset):
            prompt_info = self.prompt_info.to_dict()

        onboarding_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.onboarding_info, Unset):
            onboarding_info = self.onboarding_info.to_dict()

        suggest_reply_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.suggest_reply_info, Unset):
            suggest_reply_info = self.suggest_reply_info.to_dict()

        model_info_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.model_info_config, Unset):
            model_info_config = self.model_info_config.to_dict()

        plugin_id_list: dict[str, Any] | Unset = UNSET
        if not isinstance(self.plugin_id_list, Unset):
            plugin_id_list = self.plugin_id_list.to_dict()

        workflow_id_list: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workflow_id_list, Unset):
            workflow_id_list = self.workflow_id_list.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "space_id": space_id,
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if icon_file_id is not UNSET:
            field_dict["icon_file_id"] = icon_file_id
        if prompt_info is not UNSET:
            field_dict["prompt_info"] = prompt_info
        if onboarding_info is not UNSET:
            field_dict["onboarding_info"] = onboarding_info
        if suggest_reply_info is not UNSET:
            field_dict["suggest_reply_info"] = suggest_reply_info
        if model_info_config is not UNSET:
            field_dict["model_info_config"] = model_info_config
        if plugin_id_list is not UNSET:
            field_dict["plugin_id_list"] = plugin_id_list
        if workflow_id_list is not UNSET:
            field_dict["workflow_id_list"] = workflow_id_list

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.space_id = get("space_id")
        instance.name = get("name")
        instance.description = UNSET if (value := get("description")) is None else value
        instance.icon_file_id = UNSET if (value := get("icon_file_id")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bot_model_info import BotModelInfo  # noqa: PLC0415
        from ..models.bot_onboarding_info import BotOnboardingInfo  # noqa: PLC0415
        from ..models.bot_plugin_id_list import BotPluginIdList  # noqa: PLC0415
        from ..models.bot_prompt_info import BotPromptInfo  # noqa: PLC0415
        from ..models.bot_suggest_reply_info import BotSuggestReplyInfo  # noqa: PLC0415
        from ..models.bot_workflow_id_list import BotWorkflowIdList  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        _space_id_raw = d.pop("space_id", None)
        space_id = _space_id_raw

        _name_raw = d.pop("name", None)
        name = _name_raw

        description = d.pop("description", UNSET)

        icon_file_id = d.pop("icon_file_id", UNSET)

        _prompt_info = d.pop("prompt_info", UNSET)
        prompt_info: BotPromptInfo | Unset
        if isinstance(_prompt_info, Unset):
            prompt_info = UNSET
        else:
            prompt_info = BotPromptInfo.from_dict(_prompt_info)

        _onboarding_info = d.pop("onboarding_info", UNSET)
        onboarding_info: BotOnboardingInfo | Unset
        if isinstance(_onboarding_info, Unset):
            onboarding_info = UNSET
        else:
            onboarding_info = BotOnboardingInfo.from_dict(_onboarding_info)

        _suggest_reply_info = d.pop("suggest_reply_info", UNSET)
        suggest_reply_info: BotSuggestReplyInfo | Unset
        if isinstance(_suggest_reply_info, Unset):
            suggest_reply_info = UNSET
        else:
            suggest_reply_info = BotSuggestReplyInfo.from_dict(_suggest_reply_info)

        _model_info_config = d.pop("model_info_config", UNSET)
        model_info_config: BotModelInfo | Unset
        if isinstance(_model_info_config, Unset):
            model_info_config = UNSET
        else:
            model_info_config = BotModelInfo.from_dict(_model_info_config)

        _plugin_id_list = d.pop("plugin_id_list", UNSET)
        plugin_id_list: BotPluginIdList | Unset
        if isinstance(_plugin_id_list, Unset):
            plugin_id_list = UNSET
        else:
            plugin_id_list = BotPluginIdList.from_dict(_plugin_id_list)

        _workflow_id_list = d.pop("workflow_id_list", UNSET)
        workflow_id_list: BotWorkflowIdList | Unset
        if isinstance(_workflow_id_list, Unset):
            workflow_id_list = UNSET
        else:
            workflow_id_list = BotWorkflowIdList.from_dict(_workflow_id_list)

        bots_create_request = cls(
            space_id=space_id,
            name=name,
            description=description,
            icon_file_id=icon_file_id,
            prompt_info=prompt_info,
            onboarding_info=onboarding_info,
            suggest_reply_info=suggest_reply_info,
            model_info_config=model_info_config,
            plugin_id_list=plugin_id_list,
            workflow_id_list=workflow_id_list,
        )

        bots_create_request.additional_properties = d
        return bots_create_request

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
