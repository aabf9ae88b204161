from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..models.bot_bot_mode import BotBotMode
from ..models.bot_default_user_input_type import BotDefaultUserInputType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bot_background_image_info import BotBackgroundImageInfo
    from ..models.bot_knowledge import BotKnowledge
    from ..models.bot_media_config import BotMediaConfig
    from ..models.bot_model_info import BotModelInfo
    from ..models.bot_onboarding_info import BotOnboardingInfo
    from ..models.bot_plugin_info import BotPluginInfo
    from ..models.bot_prompt_info import BotPromptInfo
    from ..models.bot_shortcut_command import BotShortcutCommand
    from ..models.bot_suggest_reply_info import BotSuggestReplyInfo
    from ..models.bot_variable import BotVariable
    from ..models.bot_voice_info import BotVoiceInfo
    from ..models.bot_workflow_info import BotWorkflowInfo


T = TypeVar("T", bound="Bot")


@_attrs_define(repr=False)
class Bot(CozeModel):
    """The full configuration of a bot (agent).

    Attributes:
        bot_id (str): The bot id.
        name (str | Unset): The bot name.
        description (str | Unset): What the bot does.
        icon_url (str | Unset): URL of the bot's avatar.
        create_time (int | Unset): Creation time, unix seconds.
        update_time (int | Unset): Last update time, unix seconds.
        version (str | Unset): Version number of the returned configuration.
        bot_mode (BotBotMode | Unset): Agent mode; 0 single agent, 1 multi agent, 2 single agent driven by a workflow.
        prompt_info (BotPromptInfo | Unset): The bot's persona and reply logic (system prompt).
        onboarding_info (BotOnboardingInfo | Unset): What the bot shows when a conversation starts.
        knowledge (BotKnowledge | Unset): Knowledge bases attached to a bot, as the retrieve endpoints return them.
        plugin_info_list (list[BotPluginInfo] | Unset): Plugins the bot uses, with their tools.
        model_info (BotModelInfo | Unset): The model a bot uses and its generation settings; supported settings and
            ranges vary by model.
        suggest_reply_info (BotSuggestReplyInfo | Unset): Whether the bot suggests follow-up questions after replying.
        background_image_info (BotBackgroundImageInfo | Unset): Background images of the bot's chat page.
        variables (list[BotVariable] | Unset): Variables defined on the bot.
        owner_user_id (str | Unset): Coze user id of the bot's creator.
        voice_info_list (list[BotVoiceInfo] | Unset): Voices configured for the bot.
        default_user_input_type (BotDefaultUserInputType | Unset): How users talk to the bot by default; typing, voice
            input or a voice call.
        workflow_info_list (list[BotWorkflowInfo] | Unset): Workflows the bot uses.
        shortcut_commands (list[BotShortcutCommand] | Unset): Shortcut commands configured on the bot.
        media_config (BotMediaConfig | Unset): Voice call settings of a bot.
        folder_id (str | Unset): The folder the bot is in.
    """

    bot_id: str
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    icon_url: str | Unset = UNSET
    create_time: int | Unset = UNSET
    update_time: int | Unset = UNSET
    version: str | Unset = UNSET
    bot_mode: BotBotMode | Unset = UNSET
    prompt_info: BotPromptInfo | Unset = UNSET
    onboarding_info: BotOnboardingInfo | Unset = UNSET
    knowledge: BotKnowledge | Unset = UNSET
    plugin_info_list: list[BotPluginInfo] | Unset = UNSET
    model_info: BotModelInfo | Unset = UNSET
    suggest_reply_info: BotSuggestReplyInfo | Unset = UNSET
    background_image_info: BotBackgroundImageInfo | Unset = UNSET
    variables: list[BotVariable] | Unset = UNSET
    owner_user_id: str | Unset = UNSET
    voice_info_list: list[BotVoiceInfo] | Unset = UNSET
    default_user_input_type: BotDefaultUserInputType | Unset = UNSET
    workflow_info_list: list[BotWorkflowInfo] | Unset = UNSET
    shortcut_commands: list[BotShortcutCommand] | Unset = UNSET
    media_config: BotMediaConfig | Unset = UNSET
    folder_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bot_id = self.bot_id

        name = self.name

        description = self.description

        icon_url = self.icon_url

        create_time = self.create_time

        update_time = self.update_time

        version = self.version

        bot_mode: int | Unset = UNSET
        if not isinstance(self.bot_mode, Unset):
            bot_mode = self.bot_mode.value

        prompt_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prompt_info, Unset):
            prompt_info = self.prompt_info.to_dict()

        onboarding_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.onboarding_info, Unset):
            onboarding_info = self.onboarding_info.to_dict()

        knowledge: dict[str, Any] | Unset = UNSET
        if not isinstance(self.knowledge, Unset):
            knowledge = self.knowledge.to_dict()

        plugin_info_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.plugin_info_list, Unset):
            plugin_info_list = []
            for plugin_info_list_item_data in self.plugin_info_list:
                plugin_info_list_item = plugin_info_list_item_data.to_dict()
                plugin_info_list.append(plugin_info_list_item)

        model_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.model_info, Unset):
            model_info = self.model_info.to_dict()

        suggest_reply_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.suggest_reply_info, Unset):
            suggest_reply_info = self.suggest_reply_info.to_dict()

        background_image_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.background_image_info, Unset):
            background_image_info = self.background_image_info.to_dict()

        variables: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.variables, Unset):
            variables = []
            for variables_item_data in self.variables:
                variables_item = variables_item_data.to_dict()
                variables.append(variables_item)

        owner_user_id = self.owner_user_id

        voice_info_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.voice_info_list, Unset):
            voice_info_list = []
            for voice_info_list_item_data in self.voice_info_list:
                voice_info_list_item = voice_info_list_item_data.to_dict()
                voice_info_list.append(voice_info_list_item)

        default_user_input_type: str | Unset = UNSET
        if not isinstance(self.default_user_input_type, Unset):
            default_user_input_type = self.default_user_input_type.value

        workflow_info_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.workflow_info_list, Unset):
            workflow_info_list = []
            for workflow_info_list_item_data in self.workflow_info_list:
                workflow_info_list_item = workflow_info_list_item_data.to_dict()
                workflow_info_list.append(workflow_info_list_item)

        shortcut_commands: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.shortcut_commands, Unset):
            shortcut_commands = []
            for shortcut_commands_item_data in self.shortcut_commands:
                shortcut_commands_item = shortcut_commands_item_data.to_dict()
                shortcut_commands.append(shortcut_commands_item)

        media_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.media_config, Unset):
            media_config = self.media_config.to_dict()

        folder_id = self.folder_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bot_id": bot_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if icon_url is not UNSET:
            field_dict["icon_url"] = icon_url
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if update_time is not UNSET:
            field_dict["update_time"] = update_time
        if version is not UNSET:
            field_dict["version"] = version
        if bot_mode is not UNSET:
            field_dict["bot_mode"] = bot_mode
        if prompt_info is not UNSET:
            field_dict["prompt_info"] = prompt_info
        if onboarding_info is not UNSET:
            field_dict["onboarding_info"] = onboarding_info
        if knowledge is not UNSET:
            field_dict["knowledge"] = knowledge
        if plugin_info_list is not UNSET:
            field_dict["plugin_info_list"] = plugin_info_list
        if model_info is not UNSET:
            field_dict["model_info"] = model_info
        if suggest_reply_info is not UNSET:
            field_dict["suggest_reply_info"] = suggest_reply_info
        if background_image_info is not UNSET:
            field_dict["background_image_info"] = background_image_info
        if variables is not UNSET:
            field_dict["variables"] = variables
        if owner_user_id is not UNSET:
            field_dict["owner_user_id"] = owner_user_id
        if voice_info_list is not UNSET:
            field_dict["voice_info_list"] = voice_info_list
        if default_user_input_type is not UNSET:
            field_dict["default_user_input_type"] = default_user_input_type
        if workflow_info_list is not UNSET:
            field_dict["workflow_info_list"] = workflow_info_list
        if shortcut_commands is not UNSET:
            field_dict["shortcut_commands"] = shortcut_commands
        if media_config is not UNSET:
            field_dict["media_config"] = media_config
        if folder_id is not UNSET:
            field_dict["folder_id"] = folder_id

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
        instance.name = UNSET if (value := get("name")) is None else value
        instance.description = UNSET if (value := get("description")) is None else value
        instance.icon_url = UNSET if (value := get("icon_url")) is None else value
        instance.create_time = UNSET if (value := get("create_time")) is None else value
        instance.update_time = UNSET if (value := get("update_time")) is None else value
        instance.version = UNSET if (value := get("version")) is None else value
        instance.owner_user_id = UNSET if (value := get("owner_user_id")) is None else value
        instance.folder_id = UNSET if (value := get("folder_id")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bot_background_image_info import BotBackgroundImageInfo  # noqa: PLC0415
        from ..models.bot_knowledge import BotKnowledge  # noqa: PLC0415
        from ..models.bot_media_config import BotMediaConfig  # noqa: PLC0415
        from ..models.bot_model_info import BotModelInfo  # noqa: PLC0415
        from ..models.bot_onboarding_info import BotOnboardingInfo  # noqa: PLC0415
        from ..models.bot_plugin_info import BotPluginInfo  # noqa: PLC0415
        from ..models.bot_prompt_info import BotPromptInfo  # noqa: PLC0415
        from ..models.bot_shortcut_command import BotShortcutCommand  # noqa: PLC0415
        from ..models.bot_suggest_reply_info import BotSuggestReplyInfo  # noqa: PLC0415
        from ..models.bot_variable import BotVariable  # noqa: PLC0415
        from ..models.bot_voice_info import BotVoiceInfo  # noqa: PLC0415
        from ..models.bot_workflow_info import BotWorkflowInfo  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        _bot_id_raw = d.pop("bot_id", None)
        bot_id = _bot_id_raw

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        icon_url = d.pop("icon_url", UNSET)

        create_time = d.pop("create_time", UNSET)

        update_time = d.pop("update_time", UNSET)

        version = d.pop("version", UNSET)

        _bot_mode = d.pop("bot_mode", UNSET)
        bot_mode: BotBotMode | Unset
        if isinstance(_bot_mode, Unset):
            bot_mode = UNSET
        else:
            bot_mode = BotBotMode(_bot_mode)

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

        _knowledge = d.pop("knowledge", UNSET)
        knowledge: BotKnowledge | Unset
        if isinstance(_knowledge, Unset):
            knowledge = UNSET
        else:
            knowledge = BotKnowledge.from_dict(_knowledge)

        _plugin_info_list = d.pop("plugin_info_list", UNSET)
        plugin_info_list: list[BotPluginInfo] | Unset = UNSET
        if _plugin_info_list is not UNSET:
            plugin_info_list = []
            for plugin_info_list_item_data in _plugin_info_list:
                plugin_info_list_item = BotPluginInfo.from_dict(plugin_info_list_item_data)

                plugin_info_list.append(plugin_info_list_item)

        _model_info = d.pop("model_info", UNSET)
        model_info: BotModelInfo | Unset
        if isinstance(_model_info, Unset):
            model_info = UNSET
        else:
            model_info = BotModelInfo.from_dict(_model_info)

        _suggest_reply_info = d.pop("suggest_reply_info", UNSET)
        suggest_reply_info: BotSuggestReplyInfo | Unset
        if isinstance(_suggest_reply_info, Unset):
            suggest_reply_info = UNSET
        else:
            suggest_reply_info = BotSuggestReplyInfo.from_dict(_suggest_reply_info)

        _background_image_info = d.pop("background_image_info", UNSET)
        background_image_info: BotBackgroundImageInfo | Unset
        if isinstance(_background_image_info, Unset):
            background_image_info = UNSET
        else:
            background_image_info = BotBackgroundImageInfo.from_dict(_background_image_info)

        _variables = d.pop("variables", UNSET)
        variables: list[BotVariable] | Unset = UNSET
        if _variables is not UNSET:
            variables = []
            for variables_item_data in _variables:
                variables_item = BotVariable.from_dict(variables_item_data)

                variables.append(variables_item)

        owner_user_id = d.pop("owner_user_id", UNSET)

        _voice_info_list = d.pop("voice_info_list", UNSET)
        voice_info_list: list[BotVoiceInfo] | Unset = UNSET
        if _voice_info_list is not UNSET:
            voice_info_list = []
            for voice_info_list_item_data in _voice_info_list:
                voice_info_list_item = BotVoiceInfo.from_dict(voice_info_list_item_data)

                voice_info_list.append(voice_info_list_item)

        _default_user_input_type = d.pop("default_user_input_type", UNSET)
        default_user_input_type: BotDefaultUserInputType | Unset
        if isinstance(_default_user_input_type, Unset):
            default_user_input_type = UNSET
        else:
            default_user_input_type = BotDefaultUserInputType(_default_user_input_type)

        _workflow_info_list = d.pop("workflow_info_list", UNSET)
        workflow_info_list: list[BotWorkflowInfo] | Unset = UNSET
        if _workflow_info_list is not UNSET:
            workflow_info_list = []
            for workflow_info_list_item_data in _workflow_info_list:
                workflow_info_list_item = BotWorkflowInfo.from_dict(workflow_info_list_item_data)

                workflow_info_list.append(workflow_info_list_item)

        _shortcut_commands = d.pop("shortcut_commands", UNSET)
        shortcut_commands: list[BotShortcutCommand] | Unset = UNSET
        if _shortcut_commands is not UNSET:
            shortcut_commands = []
            for shortcut_commands_item_data in _shortcut_commands:
                shortcut_commands_item = BotShortcutCommand.from_dict(shortcut_commands_item_data)

                shortcut_commands.append(shortcut_commands_item)

        _media_config = d.pop("media_config", UNSET)
        media_config: BotMediaConfig | Unset
        if isinstance(_media_config, Unset):
            media_config = UNSET
        else:
            media_config = BotMediaConfig.from_dict(_media_config)

        folder_id = d.pop("folder_id", UNSET)

        bot = cls(
            bot_id=bot_id,
            name=name,
            description=description,
            icon_url=icon_url,
            create_time=create_time,
            update_time=update_time,
            version=version,
            bot_mode=bot_mode,
            prompt_info=prompt_info,
            onboarding_info=onboarding_info,
            knowledge=knowledge,
            plugin_info_list=plugin_info_list,
            model_info=model_info,
            suggest_reply_info=suggest_reply_info,
            background_image_info=background_image_info,
            variables=variables,
            owner_user_id=owner_user_id,
            voice_info_list=voice_info_list,
            default_user_input_type=default_user_input_type,
            workflow_info_list=workflow_info_list,
            shortcut_commands=shortcut_commands,
            media_config=media_config,
            folder_id=folder_id,
        )

        bot.additional_properties = d
        return bot

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
