"""Models of the `bots` resource group.

Generated from openapi/coze.yaml by `make gen`; never edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal, Self

from .. import _model as _m
from .._model import CozeModel, OpenIntEnum, OpenStrEnum
from ..types import JsonValue
from ._shared import BotPublishStatus, ResponseDetail, UserInfo

__all__ = [
    "Bot",
    "BotBackgroundImage",
    "BotBackgroundImageInfo",
    "BotCanvasPosition",
    "BotCollaborator",
    "BotDefaultUserInputType",
    "BotGradientPosition",
    "BotKnowledge",
    "BotKnowledgeConfig",
    "BotKnowledgeConfigSearchStrategy",
    "BotKnowledgeInfo",
    "BotKnowledgeSearchStrategy",
    "BotMediaConfig",
    "BotMode",
    "BotModelInfo",
    "BotModelInfoApiMode",
    "BotModelInfoCacheType",
    "BotModelInfoResponseFormat",
    "BotOnboardingInfo",
    "BotPluginApiInfo",
    "BotPluginIdInfo",
    "BotPluginIdList",
    "BotPluginInfo",
    "BotPrefixPromptInfo",
    "BotPromptInfo",
    "BotPromptInfoPromptMode",
    "BotPublishedBotV1",
    "BotShortcutCommand",
    "BotShortcutCommandComponent",
    "BotShortcutCommandComponentType",
    "BotShortcutCommandTool",
    "BotShortcutCommandToolType",
    "BotSuggestReplyInfo",
    "BotSuggestReplyInfoReplyMode",
    "BotVariable",
    "BotVariableChannel",
    "BotVariableType",
    "BotVersion",
    "BotVoiceInfo",
    "BotWorkflowIdInfo",
    "BotWorkflowIdList",
    "BotWorkflowInfo",
    "BotsCollaborationModesUpdateResponse",
    "BotsCollaboratorsCreateResponse",
    "BotsCollaboratorsDeleteResponse",
    "BotsCreateResult",
    "BotsListResult",
    "BotsListV1Result",
    "BotsPublishResult",
    "BotsUnpublishResponse",
    "BotsUpdateResponse",
    "BotsVersionsListResult",
    "SimpleBot",
]


class Bot(CozeModel):
    """The full configuration of a bot (agent)."""

    __slots__ = (
        "bot_id",
        "name",
        "description",
        "icon_url",
        "create_time",
        "update_time",
        "version",
        "bot_mode",
        "prompt_info",
        "onboarding_info",
        "knowledge",
        "plugin_info_list",
        "model_info",
        "suggest_reply_info",
        "background_image_info",
        "variables",
        "owner_user_id",
        "voice_info_list",
        "default_user_input_type",
        "workflow_info_list",
        "shortcut_commands",
        "media_config",
        "folder_id",
    )
    _FIELDS = (
        ("bot_id", "bot_id"),
        ("name", "name"),
        ("description", "description"),
        ("icon_url", "icon_url"),
        ("create_time", "create_time"),
        ("update_time", "update_time"),
        ("version", "version"),
        ("bot_mode", "bot_mode"),
        ("prompt_info", "prompt_info"),
        ("onboarding_info", "onboarding_info"),
        ("knowledge", "knowledge"),
        ("plugin_info_list", "plugin_info_list"),
        ("model_info", "model_info"),
        ("suggest_reply_info", "suggest_reply_info"),
        ("background_image_info", "background_image_info"),
        ("variables", "variables"),
        ("owner_user_id", "owner_user_id"),
        ("voice_info_list", "voice_info_list"),
        ("default_user_input_type", "default_user_input_type"),
        ("workflow_info_list", "workflow_info_list"),
        ("shortcut_commands", "shortcut_commands"),
        ("media_config", "media_config"),
        ("folder_id", "folder_id"),
    )
    _KNOWN = frozenset(
        (
            "bot_id",
            "name",
            "description",
            "icon_url",
            "create_time",
            "update_time",
            "version",
            "bot_mode",
            "prompt_info",
            "onboarding_info",
            "knowledge",
            "plugin_info_list",
            "model_info",
            "suggest_reply_info",
            "background_image_info",
            "variables",
            "owner_user_id",
            "voice_info_list",
            "default_user_input_type",
            "workflow_info_list",
            "shortcut_commands",
            "media_config",
            "folder_id",
        )
    )

    bot_id: str
    """The bot id."""
    name: str | None
    """The bot name."""
    description: str | None
    """What the bot does."""
    icon_url: str | None
    """URL of the bot's avatar."""
    create_time: int | None
    """Creation time, unix seconds."""
    update_time: int | None
    """Last update time, unix seconds."""
    version: str | None
    """Version number of the returned configuration."""
    bot_mode: BotMode | None
    """Agent mode; 0 single agent, 1 multi agent, 2 single agent driven by a workflow."""
    prompt_info: BotPromptInfo | None
    """The bot's persona and reply logic."""
    onboarding_info: BotOnboardingInfo | None
    """Opening message and suggested first questions."""
    knowledge: BotKnowledge | None
    """Knowledge bases attached to the bot."""
    plugin_info_list: list[BotPluginInfo] | None
    """Plugins the bot uses, with their tools."""
    model_info: BotModelInfo | None
    """The model the bot uses and its settings."""
    suggest_reply_info: BotSuggestReplyInfo | None
    """Follow-up question suggestions after each reply."""
    background_image_info: BotBackgroundImageInfo | None
    """Background images of the chat page."""
    variables: list[BotVariable] | None
    """Variables defined on the bot."""
    owner_user_id: str | None
    """Coze user id of the bot's creator."""
    voice_info_list: list[BotVoiceInfo] | None
    """Voices configured for the bot."""
    default_user_input_type: BotDefaultUserInputType | None
    """How users talk to the bot by default; typing, voice input or a voice call."""
    workflow_info_list: list[BotWorkflowInfo] | None
    """Workflows the bot uses."""
    shortcut_commands: list[BotShortcutCommand] | None
    """Shortcut commands configured on the bot."""
    media_config: BotMediaConfig | None
    """Voice call settings."""
    folder_id: str | None
    """The folder the bot is in."""

    def __init__(
        self,
        *,
        bot_id: str,
        name: str | None = None,
        description: str | None = None,
        icon_url: str | None = None,
        create_time: int | None = None,
        update_time: int | None = None,
        version: str | None = None,
        bot_mode: BotMode | Literal[0, 1, 2] | None = None,
        prompt_info: BotPromptInfo | None = None,
        onboarding_info: BotOnboardingInfo | None = None,
        knowledge: BotKnowledge | None = None,
        plugin_info_list: list[BotPluginInfo] | None = None,
        model_info: BotModelInfo | None = None,
        suggest_reply_info: BotSuggestReplyInfo | None = None,
        background_image_info: BotBackgroundImageInfo | None = None,
        variables: list[BotVariable] | None = None,
        owner_user_id: str | None = None,
        voice_info_list: list[BotVoiceInfo] | None = None,
        default_user_input_type: BotDefaultUserInputType | Literal["text", "voice", "call"] | None = None,
        workflow_info_list: list[BotWorkflowInfo] | None = None,
        shortcut_commands: list[BotShortcutCommand] | None = None,
        media_config: BotMediaConfig | None = None,
        folder_id: str | None = None,
    ) -> None:
        self.bot_id = bot_id
        self.name = name
        self.description = description
        self.icon_url = icon_url
        self.create_time = create_time
        self.update_time = update_time
        self.version = version
        self.bot_mode = None if bot_mode is None else BotMode(bot_mode)
        self.prompt_info = prompt_info
        self.onboarding_info = onboarding_info
        self.knowledge = knowledge
        self.plugin_info_list = plugin_info_list
        self.model_info = model_info
        self.suggest_reply_info = suggest_reply_info
        self.background_image_info = background_image_info
        self.variables = variables
        self.owner_user_id = owner_user_id
        self.voice_info_list = voice_info_list
        self.default_user_input_type = (
            None if default_user_input_type is None else BotDefaultUserInputType(default_user_input_type)
        )
        self.workflow_info_list = workflow_info_list
        self.shortcut_commands = shortcut_commands
        self.media_config = media_config
        self.folder_id = folder_id

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("bot_id")
        if type(v) is not str:
            v = _m.to_str(v, "bot_id")
        obj.bot_id = v
        v = get("name")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "name")
        obj.name = v
        v = get("description")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "description")
        obj.description = v
        v = get("icon_url")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "icon_url")
        obj.icon_url = v
        v = get("create_time")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "create_time")
        obj.create_time = v
        v = get("update_time")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "update_time")
        obj.update_time = v
        v = get("version")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "version")
        obj.version = v
        v = get("bot_mode")
        if v is not None:
            m_bot_mode = _BotMode_values.get(v) if type(v) is int else None
            v = m_bot_mode if m_bot_mode is not None else BotMode.parse(v, "bot_mode")
        obj.bot_mode = v
        v = get("prompt_info")
        if v is not None:
            v = _m.nested(BotPromptInfo, v, "prompt_info")
        obj.prompt_info = v
        v = get("onboarding_info")
        if v is not None:
            v = _m.nested(BotOnboardingInfo, v, "onboarding_info")
        obj.onboarding_info = v
        v = get("knowledge")
        if v is not None:
            v = _m.nested(BotKnowledge, v, "knowledge")
        obj.knowledge = v
        v = get("plugin_info_list")
        if v is not None:
            v = _c_Bot_plugin_info_list(v, "plugin_info_list")
        obj.plugin_info_list = v
        v = get("model_info")
        if v is not None:
            v = _m.nested(BotModelInfo, v, "model_info")
        obj.model_info = v
        v = get("suggest_reply_info")
        if v is not None:
            v = _m.nested(BotSuggestReplyInfo, v, "suggest_reply_info")
        obj.suggest_reply_info = v
        v = get("background_image_info")
        if v is not None:
            v = _m.nested(BotBackgroundImageInfo, v, "background_image_info")
        obj.background_image_info = v
        v = get("variables")
        if v is not None:
            v = _c_Bot_variables(v, "variables")
        obj.variables = v
        v = get("owner_user_id")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "owner_user_id")
        obj.owner_user_id = v
        v = get("voice_info_list")
        if v is not None:
            v = _c_Bot_voice_info_list(v, "voice_info_list")
        obj.voice_info_list = v
        v = get("default_user_input_type")
        if v is not None:
            m_default_user_input_type = _BotDefaultUserInputType_values.get(v) if type(v) is str else None
            v = (
                m_default_user_input_type
                if m_default_user_input_type is not None
                else BotDefaultUserInputType.parse(v, "default_user_input_type")
            )
        obj.default_user_input_type = v
        v = get("workflow_info_list")
        if v is not None:
            v = _c_Bot_workflow_info_list(v, "workflow_info_list")
        obj.workflow_info_list = v
        v = get("shortcut_commands")
        if v is not None:
            v = _c_Bot_shortcut_commands(v, "shortcut_commands")
        obj.shortcut_commands = v
        v = get("media_config")
        if v is not None:
            v = _m.nested(BotMediaConfig, v, "media_config")
        obj.media_config = v
        v = get("folder_id")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "folder_id")
        obj.folder_id = v
        obj._src = src
        return obj


class BotBackgroundImage(CozeModel):
    """One background image and how it is cropped and blended."""

    __slots__ = ("image_url", "origin_image_url", "theme_color", "canvas_position", "gradient_position")
    _FIELDS = (
        ("image_url", "image_url"),
        ("origin_image_url", "origin_image_url"),
        ("theme_color", "theme_color"),
        ("canvas_position", "canvas_position"),
        ("gradient_position", "gradient_position"),
    )
    _KNOWN = frozenset(("image_url", "origin_image_url", "theme_color", "canvas_position", "gradient_position"))

    image_url: str | None
    """URL of the cropped background image."""
    origin_image_url: str | None
    """URL of the original, uncropped image."""
    theme_color: str | None
    """Theme colour matching the image, as a hex code such as #FFFFFF."""
    canvas_position: BotCanvasPosition | None
    """The crop of the original image that is shown."""
    gradient_position: BotGradientPosition | None
    """Where the gradient over the image starts and ends."""

    def __init__(
        self,
        *,
        image_url: str | None = None,
        origin_image_url: str | None = None,
        theme_color: str | None = None,
        canvas_position: BotCanvasPosition | None = None,
        gradient_position: BotGradientPosition | None = None,
    ) -> None:
        self.image_url = image_url
        self.origin_image_url = origin_image_url
        self.theme_color = theme_color
        self.canvas_position = canvas_position
        self.gradient_position = gradient_position

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("image_url")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "image_url")
        obj.image_url = v
        v = get("origin_image_url")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "origin_image_url")
        obj.origin_image_url = v
        v = get("theme_color")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "theme_color")
        obj.theme_color = v
        v = get("canvas_position")
        if v is not None:
            v = _m.nested(BotCanvasPosition, v, "canvas_position")
        obj.canvas_position = v
        v = get("gradient_position")
        if v is not None:
            v = _m.nested(BotGradientPosition, v, "gradient_position")
        obj.gradient_position = v
        obj._src = src
        return obj


class BotBackgroundImageInfo(CozeModel):
    """Background images of the bot's chat page."""

    __slots__ = ("web_background_image", "mobile_background_image")
    _FIELDS = (("web_background_image", "web_background_image"), ("mobile_background_image", "mobile_background_image"))
    _KNOWN = frozenset(("web_background_image", "mobile_background_image"))

    web_background_image: BotBackgroundImage | None
    """Background for web pages."""
    mobile_background_image: BotBackgroundImage | None
    """Background for mobile pages."""

    def __init__(
        self,
        *,
        web_background_image: BotBackgroundImage | None = None,
        mobile_background_image: BotBackgroundImage | None = None,
    ) -> None:
        self.web_background_image = web_background_image
        self.mobile_background_image = mobile_background_image

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("web_background_image")
        if v is not None:
            v = _m.nested(BotBackgroundImage, v, "web_background_image")
        obj.web_background_image = v
        v = get("mobile_background_image")
        if v is not None:
            v = _m.nested(BotBackgroundImage, v, "mobile_background_image")
        obj.mobile_background_image = v
        obj._src = src
        return obj


class BotCanvasPosition(CozeModel):
    """The crop of the original image that is shown, in pixels."""

    __slots__ = ("top", "left", "width", "height")
    _FIELDS = (("top", "top"), ("left", "left"), ("width", "width"), ("height", "height"))
    _KNOWN = frozenset(("top", "left", "width", "height"))

    top: float | None
    """Offset of the crop from the top edge, in pixels."""
    left: float | None
    """Offset of the crop from the left edge, in pixels."""
    width: float | None
    """Width of the crop, in pixels."""
    height: float | None
    """Height of the crop, in pixels."""

    def __init__(
        self,
        *,
        top: float | None = None,
        left: float | None = None,
        width: float | None = None,
        height: float | None = None,
    ) -> None:
        self.top = top
        self.left = left
        self.width = width
        self.height = height

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("top")
        if v is not None and type(v) is not float:
            v = _m.to_float(v, "top")
        obj.top = v
        v = get("left")
        if v is not None and type(v) is not float:
            v = _m.to_float(v, "left")
        obj.left = v
        v = get("width")
        if v is not None and type(v) is not float:
            v = _m.to_float(v, "width")
        obj.width = v
        v = get("height")
        if v is not None and type(v) is not float:
            v = _m.to_float(v, "height")
        obj.height = v
        obj._src = src
        return obj


class BotCollaborator(CozeModel):
    """A user to add as collaborator."""

    __slots__ = ("user_id",)
    _FIELDS = (("user_id", "user_id"),)
    _KNOWN = frozenset(("user_id",))

    user_id: str
    """Coze user id of a member of the resource's workspace."""

    def __init__(self, *, user_id: str) -> None:
        self.user_id = user_id

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("user_id")
        if type(v) is not str:
            v = _m.to_str(v, "user_id")
        obj.user_id = v
        obj._src = src
        return obj


class BotDefaultUserInputType(OpenStrEnum):
    """How users talk to the bot by default; typing, voice input or a voice call."""

    TEXT = "text"
    VOICE = "voice"
    CALL = "call"


class BotGradientPosition(CozeModel):
    """Where the background gradient starts and ends, in pixels."""

    __slots__ = ("left", "right")
    _FIELDS = (("left", "left"), ("right", "right"))
    _KNOWN = frozenset(("left", "right"))

    left: float | None
    """Left edge of the gradient, in pixels."""
    right: float | None
    """Right edge of the gradient, in pixels."""

    def __init__(self, *, left: float | None = None, right: float | None = None) -> None:
        self.left = left
        self.right = right

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("left")
        if v is not None and type(v) is not float:
            v = _m.to_float(v, "left")
        obj.left = v
        v = get("right")
        if v is not None and type(v) is not float:
            v = _m.to_float(v, "right")
        obj.right = v
        obj._src = src
        return obj


class BotKnowledge(CozeModel):
    """Knowledge bases attached to a bot, as the retrieve endpoints return them."""

    __slots__ = ("knowledge_infos", "dataset_ids", "auto_call", "search_strategy")
    _FIELDS = (
        ("knowledge_infos", "knowledge_infos"),
        ("dataset_ids", "dataset_ids"),
        ("auto_call", "auto_call"),
        ("search_strategy", "search_strategy"),
    )
    _KNOWN = frozenset(("knowledge_infos", "dataset_ids", "auto_call", "search_strategy"))

    knowledge_infos: list[BotKnowledgeInfo] | None
    """The attached knowledge bases."""
    dataset_ids: list[str] | None
    """Ids of the attached knowledge bases (the shape cozepy models)."""
    auto_call: bool | None
    """True if knowledge is searched on every turn, false if only when the prompt asks for it."""
    search_strategy: BotKnowledgeSearchStrategy | None
    """Search strategy; 0 semantic, 1 hybrid, 20 full text."""

    def __init__(
        self,
        *,
        knowledge_infos: list[BotKnowledgeInfo] | None = None,
        dataset_ids: list[str] | None = None,
        auto_call: bool | None = None,
        search_strategy: BotKnowledgeSearchStrategy | Literal[0, 1, 20] | None = None,
    ) -> None:
        self.knowledge_infos = knowledge_infos
        self.dataset_ids = dataset_ids
        self.auto_call = auto_call
        self.search_strategy = None if search_strategy is None else BotKnowledgeSearchStrategy(search_strategy)

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("knowledge_infos")
        if v is not None:
            v = _c_BotKnowledge_knowledge_infos(v, "knowledge_infos")
        obj.knowledge_infos = v
        v = get("dataset_ids")
        if v is not None:
            v = _c_BotKnowledge_dataset_ids(v, "dataset_ids")
        obj.dataset_ids = v
        v = get("auto_call")
        if v is not None and type(v) is not bool:
            v = _m.to_bool(v, "auto_call")
        obj.auto_call = v
        v = get("search_strategy")
        if v is not None:
            m_search_strategy = _BotKnowledgeSearchStrategy_values.get(v) if type(v) is int else None
            v = (
                m_search_strategy
                if m_search_strategy is not None
                else BotKnowledgeSearchStrategy.parse(v, "search_strategy")
            )
        obj.search_strategy = v
        obj._src = src
        return obj


class BotKnowledgeConfig(CozeModel):
    """Knowledge bases to attach to a bot; the list replaces the current one."""

    __slots__ = ("dataset_ids", "auto_call", "search_strategy")
    _FIELDS = (("dataset_ids", "dataset_ids"), ("auto_call", "auto_call"), ("search_strategy", "search_strategy"))
    _KNOWN = frozenset(("dataset_ids", "auto_call", "search_strategy"))

    dataset_ids: list[str] | None
    """Ids of Coze knowledge bases to attach, at most 150."""
    auto_call: bool | None
    """True (server default) to search knowledge on every turn, false to search only when the prompt says so."""
    search_strategy: BotKnowledgeConfigSearchStrategy | None
    """Search strategy; 0 semantic (server default), 1 hybrid, 20 full text."""

    def __init__(
        self,
        *,
        dataset_ids: list[str] | None = None,
        auto_call: bool | None = None,
        search_strategy: BotKnowledgeConfigSearchStrategy | Literal[0, 1, 20] | None = None,
    ) -> None:
        self.dataset_ids = dataset_ids
        self.auto_call = auto_call
        self.search_strategy = None if search_strategy is None else BotKnowledgeConfigSearchStrategy(search_strategy)

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("dataset_ids")
        if v is not None:
            v = _c_BotKnowledgeConfig_dataset_ids(v, "dataset_ids")
        obj.dataset_ids = v
        v = get("auto_call")
        if v is not None and type(v) is not bool:
            v = _m.to_bool(v, "auto_call")
        obj.auto_call = v
        v = get("search_strategy")
        if v is not None:
            m_search_strategy = _BotKnowledgeConfigSearchStrategy_values.get(v) if type(v) is int else None
            v = (
                m_search_strategy
                if m_search_strategy is not None
                else BotKnowledgeConfigSearchStrategy.parse(v, "search_strategy")
            )
        obj.search_strategy = v
        obj._src = src
        return obj


class BotKnowledgeConfigSearchStrategy(OpenIntEnum):
    """Search strategy; 0 semantic (server default), 1 hybrid, 20 full text."""

    SEMANTIC = 0
    HYBRID = 1
    FULL_TEXT = 20


class BotKnowledgeInfo(CozeModel):
    """One knowledge base attached to a bot."""

    __slots__ = ("id", "name")
    _FIELDS = (("id", "id"), ("name", "name"))
    _KNOWN = frozenset(("id", "name"))

    id: str
    """The knowledge base (dataset) id."""
    name: str | None
    """The knowledge base name."""

    def __init__(self, *, id: str, name: str | None = None) -> None:
        self.id = id
        self.name = name

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
        obj._src = src
        return obj


class BotKnowledgeSearchStrategy(OpenIntEnum):
    """Search strategy; 0 semantic, 1 hybrid, 20 full text."""

    SEMANTIC = 0
    HYBRID = 1
    FULL_TEXT = 20


class BotMediaConfig(CozeModel):
    """Voice call settings of a bot."""

    __slots__ = ("is_voice_call_closed",)
    _FIELDS = (("is_voice_call_closed", "is_voice_call_closed"),)
    _KNOWN = frozenset(("is_voice_call_closed",))

    is_voice_call_closed: bool | None
    """True if voice calls are turned off; false by default."""

    def __init__(self, *, is_voice_call_closed: bool | None = None) -> None:
        self.is_voice_call_closed = is_voice_call_closed

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("is_voice_call_closed")
        if v is not None and type(v) is not bool:
            v = _m.to_bool(v, "is_voice_call_closed")
        obj.is_voice_call_closed = v
        obj._src = src
        return obj


class BotMode(OpenIntEnum):
    """Agent mode; 0 single agent, 1 multi agent, 2 single agent driven by a workflow."""

    SINGLE_AGENT = 0
    MULTI_AGENT = 1
    SINGLE_AGENT_WORKFLOW = 2


class BotModelInfo(CozeModel):
    """The model a bot uses and its generation settings; supported settings and ranges vary
    by model.
    """

    __slots__ = (
        "model_id",
        "model_name",
        "temperature",
        "top_k",
        "top_p",
        "max_tokens",
        "context_round",
        "response_format",
        "presence_penalty",
        "frequency_penalty",
        "cache_type",
        "api_mode",
        "sp_anti_leak",
        "sp_current_time",
        "parameters",
    )
    _FIELDS = (
        ("model_id", "model_id"),
        ("model_name", "model_name"),
        ("temperature", "temperature"),
        ("top_k", "top_k"),
        ("top_p", "top_p"),
        ("max_tokens", "max_tokens"),
        ("context_round", "context_round"),
        ("response_format", "response_format"),
        ("presence_penalty", "presence_penalty"),
        ("frequency_penalty", "frequency_penalty"),
        ("cache_type", "cache_type"),
        ("api_mode", "api_mode"),
        ("sp_anti_leak", "sp_anti_leak"),
        ("sp_current_time", "sp_current_time"),
        ("parameters", "parameters"),
    )
    _KNOWN = frozenset(
        (
            "model_id",
            "model_name",
            "temperature",
            "top_k",
            "top_p",
            "max_tokens",
            "context_round",
            "response_format",
            "presence_penalty",
            "frequency_penalty",
            "cache_type",
            "api_mode",
            "sp_anti_leak",
            "sp_current_time",
            "parameters",
        )
    )

    model_id: str
    """The model id."""
    model_name: str | None
    """The model's display name (returned only)."""
    temperature: float | None
    """Sampling randomness."""
    top_k: int | None
    """Number of candidate tokens sampled from."""
    top_p: float | None
    """Cumulative probability cut-off for sampling, 0 to 1."""
    max_tokens: int | None
    """Maximum length of a reply, in tokens."""
    context_round: int | None
    """Number of previous conversation rounds sent to the model."""
    response_format: BotModelInfoResponseFormat | None
    """Output format of replies."""
    presence_penalty: float | None
    """Penalty for returning to topics already covered."""
    frequency_penalty: float | None
    """Penalty for repeating the same words."""
    cache_type: BotModelInfoCacheType | None
    """Prefix caching; closed (server default) or prefix."""
    api_mode: BotModelInfoApiMode | None
    """Model protocol; chat_api (server default) or responses_api."""
    sp_anti_leak: bool | None
    """When true the bot refuses to reveal its system prompt; the server default is false."""
    sp_current_time: bool | None
    """When true the current time is added to the system prompt; the server default is false."""
    parameters: dict[str, JsonValue] | None
    """Extra model settings such as thinking_type or responses_api caching options (cozepy types the values as strings; the docs show nested values)."""

    def __init__(
        self,
        *,
        model_id: str,
        model_name: str | None = None,
        temperature: float | None = None,
        top_k: int | None = None,
        top_p: float | None = None,
        max_tokens: int | None = None,
        context_round: int | None = None,
        response_format: BotModelInfoResponseFormat | Literal["text", "markdown", "json"] | None = None,
        presence_penalty: float | None = None,
        frequency_penalty: float | None = None,
        cache_type: BotModelInfoCacheType | Literal["closed", "prefix"] | None = None,
        api_mode: BotModelInfoApiMode | Literal["chat_api", "responses_api"] | None = None,
        sp_anti_leak: bool | None = None,
        sp_current_time: bool | None = None,
        parameters: dict[str, JsonValue] | None = None,
    ) -> None:
        self.model_id = model_id
        self.model_name = model_name
        self.temperature = temperature
        self.top_k = top_k
        self.top_p = top_p
        self.max_tokens = max_tokens
        self.context_round = context_round
        self.response_format = None if response_format is None else BotModelInfoResponseFormat(response_format)
        self.presence_penalty = presence_penalty
        self.frequency_penalty = frequency_penalty
        self.cache_type = None if cache_type is None else BotModelInfoCacheType(cache_type)
        self.api_mode = None if api_mode is None else BotModelInfoApiMode(api_mode)
        self.sp_anti_leak = sp_anti_leak
        self.sp_current_time = sp_current_time
        self.parameters = parameters

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("model_id")
        if type(v) is not str:
            v = _m.to_str(v, "model_id")
        obj.model_id = v
        v = get("model_name")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "model_name")
        obj.model_name = v
        v = get("temperature")
        if v is not None and type(v) is not float:
            v = _m.to_float(v, "temperature")
        obj.temperature = v
        v = get("top_k")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "top_k")
        obj.top_k = v
        v = get("top_p")
        if v is not None and type(v) is not float:
            v = _m.to_float(v, "top_p")
        obj.top_p = v
        v = get("max_tokens")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "max_tokens")
        obj.max_tokens = v
        v = get("context_round")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "context_round")
        obj.context_round = v
        v = get("response_format")
        if v is not None:
            m_response_format = _BotModelInfoResponseFormat_values.get(v) if type(v) is str else None
            v = (
                m_response_format
                if m_response_format is not None
                else BotModelInfoResponseFormat.parse(v, "response_format")
            )
        obj.response_format = v
        v = get("presence_penalty")
        if v is not None and type(v) is not float:
            v = _m.to_float(v, "presence_penalty")
        obj.presence_penalty = v
        v = get("frequency_penalty")
        if v is not None and type(v) is not float:
            v = _m.to_float(v, "frequency_penalty")
        obj.frequency_penalty = v
        v = get("cache_type")
        if v is not None:
            m_cache_type = _BotModelInfoCacheType_values.get(v) if type(v) is str else None
            v = m_cache_type if m_cache_type is not None else BotModelInfoCacheType.parse(v, "cache_type")
        obj.cache_type = v
        v = get("api_mode")
        if v is not None:
            m_api_mode = _BotModelInfoApiMode_values.get(v) if type(v) is str else None
            v = m_api_mode if m_api_mode is not None else BotModelInfoApiMode.parse(v, "api_mode")
        obj.api_mode = v
        v = get("sp_anti_leak")
        if v is not None and type(v) is not bool:
            v = _m.to_bool(v, "sp_anti_leak")
        obj.sp_anti_leak = v
        v = get("sp_current_time")
        if v is not None and type(v) is not bool:
            v = _m.to_bool(v, "sp_current_time")
        obj.sp_current_time = v
        v = get("parameters")
        if v is not None:
            v = _c_BotModelInfo_parameters(v, "parameters")
        obj.parameters = v
        obj._src = src
        return obj


class BotModelInfoApiMode(OpenStrEnum):
    """Model protocol; chat_api (server default) or responses_api."""

    CHAT_API = "chat_api"
    RESPONSES_API = "responses_api"


class BotModelInfoCacheType(OpenStrEnum):
    """Prefix caching; closed (server default) or prefix."""

    CLOSED = "closed"
    PREFIX = "prefix"


class BotModelInfoResponseFormat(OpenStrEnum):
    """Output format of replies."""

    TEXT = "text"
    MARKDOWN = "markdown"
    JSON = "json"


class BotOnboardingInfo(CozeModel):
    """What the bot shows when a conversation starts."""

    __slots__ = ("prologue", "suggested_questions")
    _FIELDS = (("prologue", "prologue"), ("suggested_questions", "suggested_questions"))
    _KNOWN = frozenset(("prologue", "suggested_questions"))

    prologue: str | None
    """Opening message, up to 300 characters; a {{user_name}} placeholder is left for the caller to fill."""
    suggested_questions: list[str] | None
    """Suggested first questions, up to 50 characters each."""

    def __init__(self, *, prologue: str | None = None, suggested_questions: list[str] | None = None) -> None:
        self.prologue = prologue
        self.suggested_questions = suggested_questions

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("prologue")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "prologue")
        obj.prologue = v
        v = get("suggested_questions")
        if v is not None:
            v = _c_BotOnboardingInfo_suggested_questions(v, "suggested_questions")
        obj.suggested_questions = v
        obj._src = src
        return obj


class BotPluginApiInfo(CozeModel):
    """One tool of a plugin."""

    __slots__ = ("api_id", "name", "description")
    _FIELDS = (("api_id", "api_id"), ("name", "name"), ("description", "description"))
    _KNOWN = frozenset(("api_id", "name", "description"))

    api_id: str | None
    """The tool id."""
    name: str | None
    """The tool name."""
    description: str | None
    """What the tool does."""

    def __init__(self, *, api_id: str | None = None, name: str | None = None, description: str | None = None) -> None:
        self.api_id = api_id
        self.name = name
        self.description = description

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("api_id")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "api_id")
        obj.api_id = v
        v = get("name")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "name")
        obj.name = v
        v = get("description")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "description")
        obj.description = v
        obj._src = src
        return obj


class BotPluginIdInfo(CozeModel):
    """One plugin tool to bind."""

    __slots__ = ("plugin_id", "api_id")
    _FIELDS = (("plugin_id", "plugin_id"), ("api_id", "api_id"))
    _KNOWN = frozenset(("plugin_id", "api_id"))

    plugin_id: str
    """The plugin id."""
    api_id: str
    """The id of the tool within the plugin."""

    def __init__(self, *, plugin_id: str, api_id: str) -> None:
        self.plugin_id = plugin_id
        self.api_id = api_id

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("plugin_id")
        if type(v) is not str:
            v = _m.to_str(v, "plugin_id")
        obj.plugin_id = v
        v = get("api_id")
        if type(v) is not str:
            v = _m.to_str(v, "api_id")
        obj.api_id = v
        obj._src = src
        return obj


class BotPluginIdList(CozeModel):
    """Plugin tools to bind to a bot."""

    __slots__ = ("id_list",)
    _FIELDS = (("id_list", "id_list"),)
    _KNOWN = frozenset(("id_list",))

    id_list: list[BotPluginIdInfo] | None
    """The plugin tools."""

    def __init__(self, *, id_list: list[BotPluginIdInfo] | None = None) -> None:
        self.id_list = id_list

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("id_list")
        if v is not None:
            v = _c_BotPluginIdList_id_list(v, "id_list")
        obj.id_list = v
        obj._src = src
        return obj


class BotPluginInfo(CozeModel):
    """A plugin a bot uses."""

    __slots__ = ("plugin_id", "name", "description", "icon_url", "api_info_list")
    _FIELDS = (
        ("plugin_id", "plugin_id"),
        ("name", "name"),
        ("description", "description"),
        ("icon_url", "icon_url"),
        ("api_info_list", "api_info_list"),
    )
    _KNOWN = frozenset(("plugin_id", "name", "description", "icon_url", "api_info_list"))

    plugin_id: str
    """The plugin id."""
    name: str | None
    """The plugin name."""
    description: str | None
    """What the plugin does."""
    icon_url: str | None
    """URL of the plugin's icon."""
    api_info_list: list[BotPluginApiInfo] | None
    """The plugin's tools that the bot uses."""

    def __init__(
        self,
        *,
        plugin_id: str,
        name: str | None = None,
        description: str | None = None,
        icon_url: str | None = None,
        api_info_list: list[BotPluginApiInfo] | None = None,
    ) -> None:
        self.plugin_id = plugin_id
        self.name = name
        self.description = description
        self.icon_url = icon_url
        self.api_info_list = api_info_list

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("plugin_id")
        if type(v) is not str:
            v = _m.to_str(v, "plugin_id")
        obj.plugin_id = v
        v = get("name")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "name")
        obj.name = v
        v = get("description")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "description")
        obj.description = v
        v = get("icon_url")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "icon_url")
        obj.icon_url = v
        v = get("api_info_list")
        if v is not None:
            v = _c_BotPluginInfo_api_info_list(v, "api_info_list")
        obj.api_info_list = v
        obj._src = src
        return obj


class BotPrefixPromptInfo(CozeModel):
    """The prompt split into a cached and a per-request part, used when prefix caching is
    on.
    """

    __slots__ = ("prefix_prompt", "dynamic_prompt")
    _FIELDS = (("prefix_prompt", "prefix_prompt"), ("dynamic_prompt", "dynamic_prompt"))
    _KNOWN = frozenset(("prefix_prompt", "dynamic_prompt"))

    prefix_prompt: str | None
    """Stable instructions that the model may cache and reuse."""
    dynamic_prompt: str | None
    """Per-request text that is never cached."""

    def __init__(self, *, prefix_prompt: str | None = None, dynamic_prompt: str | None = None) -> None:
        self.prefix_prompt = prefix_prompt
        self.dynamic_prompt = dynamic_prompt

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("prefix_prompt")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "prefix_prompt")
        obj.prefix_prompt = v
        v = get("dynamic_prompt")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "dynamic_prompt")
        obj.dynamic_prompt = v
        obj._src = src
        return obj


class BotPromptInfo(CozeModel):
    """The bot's persona and reply logic (system prompt)."""

    __slots__ = ("prompt", "prompt_mode", "prefix_prompt_info")
    _FIELDS = (("prompt", "prompt"), ("prompt_mode", "prompt_mode"), ("prefix_prompt_info", "prefix_prompt_info"))
    _KNOWN = frozenset(("prompt", "prompt_mode", "prefix_prompt_info"))

    prompt: str | None
    """The prompt text, up to 20,000 characters; not used in prefix mode."""
    prompt_mode: BotPromptInfoPromptMode | None
    """standard (server default) uses prompt; prefix splits the prompt for prefix caching."""
    prefix_prompt_info: BotPrefixPromptInfo | None
    """The cached and per-request parts of the prompt, used in prefix mode."""

    def __init__(
        self,
        *,
        prompt: str | None = None,
        prompt_mode: BotPromptInfoPromptMode | Literal["standard", "prefix"] | None = None,
        prefix_prompt_info: BotPrefixPromptInfo | None = None,
    ) -> None:
        self.prompt = prompt
        self.prompt_mode = None if prompt_mode is None else BotPromptInfoPromptMode(prompt_mode)
        self.prefix_prompt_info = prefix_prompt_info

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("prompt")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "prompt")
        obj.prompt = v
        v = get("prompt_mode")
        if v is not None:
            m_prompt_mode = _BotPromptInfoPromptMode_values.get(v) if type(v) is str else None
            v = m_prompt_mode if m_prompt_mode is not None else BotPromptInfoPromptMode.parse(v, "prompt_mode")
        obj.prompt_mode = v
        v = get("prefix_prompt_info")
        if v is not None:
            v = _m.nested(BotPrefixPromptInfo, v, "prefix_prompt_info")
        obj.prefix_prompt_info = v
        obj._src = src
        return obj


class BotPromptInfoPromptMode(OpenStrEnum):
    """standard (server default) uses prompt; prefix splits the prompt for prefix caching."""

    STANDARD = "standard"
    PREFIX = "prefix"


class BotPublishedBotV1(CozeModel):
    """A bot published to the API channel, as the deprecated list returns it."""

    __slots__ = ("bot_id", "bot_name", "description", "icon_url", "publish_time")
    _FIELDS = (
        ("bot_id", "bot_id"),
        ("bot_name", "bot_name"),
        ("description", "description"),
        ("icon_url", "icon_url"),
        ("publish_time", "publish_time"),
    )
    _KNOWN = frozenset(("bot_id", "bot_name", "description", "icon_url", "publish_time"))

    bot_id: str
    """The bot id."""
    bot_name: str | None
    """The bot name."""
    description: str | None
    """What the bot does."""
    icon_url: str | None
    """URL of the bot's avatar."""
    publish_time: str | None
    """Last publish time, unix seconds as a string of digits."""

    def __init__(
        self,
        *,
        bot_id: str,
        bot_name: str | None = None,
        description: str | None = None,
        icon_url: str | None = None,
        publish_time: str | None = None,
    ) -> None:
        self.bot_id = bot_id
        self.bot_name = bot_name
        self.description = description
        self.icon_url = icon_url
        self.publish_time = publish_time

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("bot_id")
        if type(v) is not str:
            v = _m.to_str(v, "bot_id")
        obj.bot_id = v
        v = get("bot_name")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "bot_name")
        obj.bot_name = v
        v = get("description")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "description")
        obj.description = v
        v = get("icon_url")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "icon_url")
        obj.icon_url = v
        v = get("publish_time")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "publish_time")
        obj.publish_time = v
        obj._src = src
        return obj


class BotShortcutCommand(CozeModel):
    """A shortcut command shown to users of a bot."""

    __slots__ = ("id", "name", "command", "description", "query_template", "icon_url", "agent_id", "tool", "components")
    _FIELDS = (
        ("id", "id"),
        ("name", "name"),
        ("command", "command"),
        ("description", "description"),
        ("query_template", "query_template"),
        ("icon_url", "icon_url"),
        ("agent_id", "agent_id"),
        ("tool", "tool"),
        ("components", "components"),
    )
    _KNOWN = frozenset(
        ("id", "name", "command", "description", "query_template", "icon_url", "agent_id", "tool", "components")
    )

    id: str
    """The shortcut command id."""
    name: str | None
    """Label of the shortcut button."""
    command: str | None
    """The command text, e.g. /weekend."""
    description: str | None
    """What the command does."""
    query_template: str | None
    """The query sent when the command is used."""
    icon_url: str | None
    """URL of the command's icon."""
    agent_id: str | None
    """For multi-agent bots, the node that answers the command."""
    tool: BotShortcutCommandTool | None
    """The tool the command calls."""
    components: list[BotShortcutCommandComponent] | None
    """Inputs the user fills in when using the command."""

    def __init__(
        self,
        *,
        id: str,
        name: str | None = None,
        command: str | None = None,
        description: str | None = None,
        query_template: str | None = None,
        icon_url: str | None = None,
        agent_id: str | None = None,
        tool: BotShortcutCommandTool | None = None,
        components: list[BotShortcutCommandComponent] | None = None,
    ) -> None:
        self.id = id
        self.name = name
        self.command = command
        self.description = description
        self.query_template = query_template
        self.icon_url = icon_url
        self.agent_id = agent_id
        self.tool = tool
        self.components = components

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
        v = get("command")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "command")
        obj.command = v
        v = get("description")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "description")
        obj.description = v
        v = get("query_template")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "query_template")
        obj.query_template = v
        v = get("icon_url")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "icon_url")
        obj.icon_url = v
        v = get("agent_id")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "agent_id")
        obj.agent_id = v
        v = get("tool")
        if v is not None:
            v = _m.nested(BotShortcutCommandTool, v, "tool")
        obj.tool = v
        v = get("components")
        if v is not None:
            v = _c_BotShortcutCommand_components(v, "components")
        obj.components = v
        obj._src = src
        return obj


class BotShortcutCommandComponent(CozeModel):
    """One input of a shortcut command."""

    __slots__ = ("name", "description", "type", "tool_parameter", "default_value", "is_hide", "options")
    _FIELDS = (
        ("name", "name"),
        ("description", "description"),
        ("type", "type"),
        ("tool_parameter", "tool_parameter"),
        ("default_value", "default_value"),
        ("is_hide", "is_hide"),
        ("options", "options"),
    )
    _KNOWN = frozenset(("name", "description", "type", "tool_parameter", "default_value", "is_hide", "options"))

    name: str | None
    """The input name."""
    description: str | None
    """What the input is for."""
    type: BotShortcutCommandComponentType | None
    """Kind of input control."""
    tool_parameter: str | None
    """The tool parameter the input fills."""
    default_value: str | None
    """Value used when the user gives none."""
    is_hide: bool | None
    """Whether the input is hidden from the user."""
    options: list[str] | None
    """Choices of a select input."""

    def __init__(
        self,
        *,
        name: str | None = None,
        description: str | None = None,
        type: BotShortcutCommandComponentType | Literal["text", "select", "file"] | None = None,
        tool_parameter: str | None = None,
        default_value: str | None = None,
        is_hide: bool | None = None,
        options: list[str] | None = None,
    ) -> None:
        self.name = name
        self.description = description
        self.type = None if type is None else BotShortcutCommandComponentType(type)
        self.tool_parameter = tool_parameter
        self.default_value = default_value
        self.is_hide = is_hide
        self.options = options

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("name")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "name")
        obj.name = v
        v = get("description")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "description")
        obj.description = v
        v = get("type")
        if v is not None:
            m_type = _BotShortcutCommandComponentType_values.get(v) if type(v) is str else None
            v = m_type if m_type is not None else BotShortcutCommandComponentType.parse(v, "type")
        obj.type = v
        v = get("tool_parameter")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "tool_parameter")
        obj.tool_parameter = v
        v = get("default_value")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "default_value")
        obj.default_value = v
        v = get("is_hide")
        if v is not None and type(v) is not bool:
            v = _m.to_bool(v, "is_hide")
        obj.is_hide = v
        v = get("options")
        if v is not None:
            v = _c_BotShortcutCommandComponent_options(v, "options")
        obj.options = v
        obj._src = src
        return obj


class BotShortcutCommandComponentType(OpenStrEnum):
    """Kind of input control."""

    TEXT = "text"
    SELECT = "select"
    FILE = "file"


class BotShortcutCommandTool(CozeModel):
    """The tool a shortcut command calls."""

    __slots__ = ("name", "type")
    _FIELDS = (("name", "name"), ("type", "type"))
    _KNOWN = frozenset(("name", "type"))

    name: str | None
    """The tool name."""
    type: BotShortcutCommandToolType | None
    """Whether the tool is a plugin or a workflow."""

    def __init__(
        self, *, name: str | None = None, type: BotShortcutCommandToolType | Literal["plugin", "workflow"] | None = None
    ) -> None:
        self.name = name
        self.type = None if type is None else BotShortcutCommandToolType(type)

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("name")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "name")
        obj.name = v
        v = get("type")
        if v is not None:
            m_type = _BotShortcutCommandToolType_values.get(v) if type(v) is str else None
            v = m_type if m_type is not None else BotShortcutCommandToolType.parse(v, "type")
        obj.type = v
        obj._src = src
        return obj


class BotShortcutCommandToolType(OpenStrEnum):
    """Whether the tool is a plugin or a workflow."""

    PLUGIN = "plugin"
    WORKFLOW = "workflow"


class BotSuggestReplyInfo(CozeModel):
    """Whether the bot suggests follow-up questions after replying."""

    __slots__ = ("reply_mode", "customized_prompt")
    _FIELDS = (("reply_mode", "reply_mode"), ("customized_prompt", "customized_prompt"))
    _KNOWN = frozenset(("reply_mode", "customized_prompt"))

    reply_mode: BotSuggestReplyInfoReplyMode | None
    """enable offers up to 3 suggestions, disable none, customized uses customized_prompt."""
    customized_prompt: str | None
    """Prompt used to generate suggestions in customized mode."""

    def __init__(
        self,
        *,
        reply_mode: BotSuggestReplyInfoReplyMode | Literal["enable", "disable", "customized"] | None = None,
        customized_prompt: str | None = None,
    ) -> None:
        self.reply_mode = None if reply_mode is None else BotSuggestReplyInfoReplyMode(reply_mode)
        self.customized_prompt = customized_prompt

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("reply_mode")
        if v is not None:
            m_reply_mode = _BotSuggestReplyInfoReplyMode_values.get(v) if type(v) is str else None
            v = m_reply_mode if m_reply_mode is not None else BotSuggestReplyInfoReplyMode.parse(v, "reply_mode")
        obj.reply_mode = v
        v = get("customized_prompt")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "customized_prompt")
        obj.customized_prompt = v
        obj._src = src
        return obj


class BotSuggestReplyInfoReplyMode(OpenStrEnum):
    """enable offers up to 3 suggestions, disable none, customized uses customized_prompt."""

    ENABLE = "enable"
    DISABLE = "disable"
    CUSTOMIZED = "customized"


class BotVariable(CozeModel):
    """A variable defined on a bot."""

    __slots__ = ("keyword", "default_value", "variable_type", "channel", "description", "enable", "prompt_enable")
    _FIELDS = (
        ("keyword", "keyword"),
        ("default_value", "default_value"),
        ("variable_type", "variable_type"),
        ("channel", "channel"),
        ("description", "description"),
        ("enable", "enable"),
        ("prompt_enable", "prompt_enable"),
    )
    _KNOWN = frozenset(
        ("keyword", "default_value", "variable_type", "channel", "description", "enable", "prompt_enable")
    )

    keyword: str
    """The variable name."""
    default_value: str | None
    """Value used until one is set."""
    variable_type: BotVariableType | None
    """A single value or a list."""
    channel: BotVariableChannel | None
    """Where the variable comes from; the API currently shows only custom ones."""
    description: str | None
    """What the variable holds."""
    enable: bool | None
    """Whether the variable is enabled."""
    prompt_enable: bool | None
    """Whether prompts may read the variable (otherwise only workflows can)."""

    def __init__(
        self,
        *,
        keyword: str,
        default_value: str | None = None,
        variable_type: BotVariableType | Literal["KVVariable", "ListVariable"] | None = None,
        channel: BotVariableChannel | Literal["custom", "system", "location", "feishu", "app"] | None = None,
        description: str | None = None,
        enable: bool | None = None,
        prompt_enable: bool | None = None,
    ) -> None:
        self.keyword = keyword
        self.default_value = default_value
        self.variable_type = None if variable_type is None else BotVariableType(variable_type)
        self.channel = None if channel is None else BotVariableChannel(channel)
        self.description = description
        self.enable = enable
        self.prompt_enable = prompt_enable

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("keyword")
        if type(v) is not str:
            v = _m.to_str(v, "keyword")
        obj.keyword = v
        v = get("default_value")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "default_value")
        obj.default_value = v
        v = get("variable_type")
        if v is not None:
            m_variable_type = _BotVariableType_values.get(v) if type(v) is str else None
            v = m_variable_type if m_variable_type is not None else BotVariableType.parse(v, "variable_type")
        obj.variable_type = v
        v = get("channel")
        if v is not None:
            m_channel = _BotVariableChannel_values.get(v) if type(v) is str else None
            v = m_channel if m_channel is not None else BotVariableChannel.parse(v, "channel")
        obj.channel = v
        v = get("description")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "description")
        obj.description = v
        v = get("enable")
        if v is not None and type(v) is not bool:
            v = _m.to_bool(v, "enable")
        obj.enable = v
        v = get("prompt_enable")
        if v is not None and type(v) is not bool:
            v = _m.to_bool(v, "prompt_enable")
        obj.prompt_enable = v
        obj._src = src
        return obj


class BotVariableChannel(OpenStrEnum):
    """Where the variable comes from; the API currently shows only custom ones."""

    CUSTOM = "custom"
    SYSTEM = "system"
    LOCATION = "location"
    FEISHU = "feishu"
    APP = "app"


class BotVariableType(OpenStrEnum):
    """A single value or a list."""

    KVVARIABLE = "KVVariable"
    LISTVARIABLE = "ListVariable"


class BotVersion(CozeModel):
    """One version of a bot."""

    __slots__ = ("version", "changelog", "description", "publish_status", "created_at", "updated_at", "creator")
    _FIELDS = (
        ("version", "version"),
        ("changelog", "changelog"),
        ("description", "description"),
        ("publish_status", "publish_status"),
        ("created_at", "created_at"),
        ("updated_at", "updated_at"),
        ("creator", "creator"),
    )
    _KNOWN = frozenset(("version", "changelog", "description", "publish_status", "created_at", "updated_at", "creator"))

    version: str
    """The version number."""
    changelog: str | None
    """Release notes entered when the version was published."""
    description: str | None
    """Description of the version (the field cozepy reads)."""
    publish_status: BotPublishStatus | None
    """Whether this is a published version (published_online) or a draft (unpublished_draft)."""
    created_at: int | None
    """Creation time, unix seconds (the docs send a number, cozepy expects a string of digits)."""
    updated_at: int | None
    """Last update time, unix seconds (a number or a string of digits)."""
    creator: UserInfo | None
    """The user who created the version."""

    def __init__(
        self,
        *,
        version: str,
        changelog: str | None = None,
        description: str | None = None,
        publish_status: BotPublishStatus
        | Literal["all", "published_online", "published_draft", "unpublished_draft"]
        | None = None,
        created_at: int | None = None,
        updated_at: int | None = None,
        creator: UserInfo | None = None,
    ) -> None:
        self.version = version
        self.changelog = changelog
        self.description = description
        self.publish_status = None if publish_status is None else BotPublishStatus(publish_status)
        self.created_at = created_at
        self.updated_at = updated_at
        self.creator = creator

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("version")
        if type(v) is not str:
            v = _m.to_str(v, "version")
        obj.version = v
        v = get("changelog")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "changelog")
        obj.changelog = v
        v = get("description")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "description")
        obj.description = v
        v = get("publish_status")
        if v is not None:
            m_publish_status = _BotPublishStatus_values.get(v) if type(v) is str else None
            v = m_publish_status if m_publish_status is not None else BotPublishStatus.parse(v, "publish_status")
        obj.publish_status = v
        v = get("created_at")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "created_at")
        obj.created_at = v
        v = get("updated_at")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "updated_at")
        obj.updated_at = v
        v = get("creator")
        if v is not None:
            v = _m.nested(UserInfo, v, "creator")
        obj.creator = v
        obj._src = src
        return obj


class BotVoiceInfo(CozeModel):
    """A voice configured for a bot."""

    __slots__ = ("voice_id", "language_code")
    _FIELDS = (("voice_id", "voice_id"), ("language_code", "language_code"))
    _KNOWN = frozenset(("voice_id", "language_code"))

    voice_id: str
    """The voice id."""
    language_code: str | None
    """Language code of the voice, e.g. zh."""

    def __init__(self, *, voice_id: str, language_code: str | None = None) -> None:
        self.voice_id = voice_id
        self.language_code = language_code

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("voice_id")
        if type(v) is not str:
            v = _m.to_str(v, "voice_id")
        obj.voice_id = v
        v = get("language_code")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "language_code")
        obj.language_code = v
        obj._src = src
        return obj


class BotWorkflowIdInfo(CozeModel):
    """One workflow to bind."""

    __slots__ = ("id",)
    _FIELDS = (("id", "id"),)
    _KNOWN = frozenset(("id",))

    id: str
    """The workflow id."""

    def __init__(self, *, id: str) -> None:
        self.id = id

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("id")
        if type(v) is not str:
            v = _m.to_str(v, "id")
        obj.id = v
        obj._src = src
        return obj


class BotWorkflowIdList(CozeModel):
    """Workflows to bind to a bot."""

    __slots__ = ("ids",)
    _FIELDS = (("ids", "ids"),)
    _KNOWN = frozenset(("ids",))

    ids: list[BotWorkflowIdInfo] | None
    """The workflows."""

    def __init__(self, *, ids: list[BotWorkflowIdInfo] | None = None) -> None:
        self.ids = ids

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("ids")
        if v is not None:
            v = _c_BotWorkflowIdList_ids(v, "ids")
        obj.ids = v
        obj._src = src
        return obj


class BotWorkflowInfo(CozeModel):
    """A workflow a bot uses."""

    __slots__ = ("id", "name", "description", "icon_url")
    _FIELDS = (("id", "id"), ("name", "name"), ("description", "description"), ("icon_url", "icon_url"))
    _KNOWN = frozenset(("id", "name", "description", "icon_url"))

    id: str
    """The workflow id."""
    name: str | None
    """The workflow name."""
    description: str | None
    """What the workflow does."""
    icon_url: str | None
    """URL of the workflow's icon."""

    def __init__(
        self, *, id: str, name: str | None = None, description: str | None = None, icon_url: str | None = None
    ) -> None:
        self.id = id
        self.name = name
        self.description = description
        self.icon_url = icon_url

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
        v = get("description")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "description")
        obj.description = v
        v = get("icon_url")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "icon_url")
        obj.icon_url = v
        obj._src = src
        return obj


class BotsCollaborationModesUpdateResponse(CozeModel):
    """Envelope of bots_collaboration_modes_update."""

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


class BotsCollaboratorsCreateResponse(CozeModel):
    """Envelope of bots_collaborators_create."""

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


class BotsCollaboratorsDeleteResponse(CozeModel):
    """Envelope of bots_collaborators_delete."""

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


class BotsCreateResult(CozeModel):
    """The bot created by bots_create."""

    __slots__ = ("bot_id",)
    _FIELDS = (("bot_id", "bot_id"),)
    _KNOWN = frozenset(("bot_id",))

    bot_id: str
    """The id of the new bot."""

    def __init__(self, *, bot_id: str) -> None:
        self.bot_id = bot_id

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("bot_id")
        if type(v) is not str:
            v = _m.to_str(v, "bot_id")
        obj.bot_id = v
        obj._src = src
        return obj


class BotsListResult(CozeModel):
    """One page of bots_list."""

    __slots__ = ("items", "total")
    _FIELDS = (("items", "items"), ("total", "total"))
    _KNOWN = frozenset(("items", "total"))

    items: list[SimpleBot] | None
    """The bots on this page."""
    total: int | None
    """Number of bots matching the filter."""

    def __init__(self, *, items: list[SimpleBot] | None = None, total: int | None = None) -> None:
        self.items = items
        self.total = total

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("items")
        if v is not None:
            v = _c_BotsListResult_items(v, "items")
        obj.items = v
        v = get("total")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "total")
        obj.total = v
        obj._src = src
        return obj


class BotsListV1Result(CozeModel):
    """One page of bots_list_v1."""

    __slots__ = ("space_bots", "total")
    _FIELDS = (("space_bots", "space_bots"), ("total", "total"))
    _KNOWN = frozenset(("space_bots", "total"))

    space_bots: list[BotPublishedBotV1] | None
    """The published bots on this page, newest publish first."""
    total: int | None
    """Number of bots published to the API channel."""

    def __init__(self, *, space_bots: list[BotPublishedBotV1] | None = None, total: int | None = None) -> None:
        self.space_bots = space_bots
        self.total = total

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("space_bots")
        if v is not None:
            v = _c_BotsListV1Result_space_bots(v, "space_bots")
        obj.space_bots = v
        v = get("total")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "total")
        obj.total = v
        obj._src = src
        return obj


class BotsPublishResult(CozeModel):
    """The outcome of bots_publish."""

    __slots__ = ("bot_id", "version")
    _FIELDS = (("bot_id", "bot_id"), ("version", "version"))
    _KNOWN = frozenset(("bot_id", "version"))

    bot_id: str
    """The published bot."""
    version: str | None
    """The version number created by this publish."""

    def __init__(self, *, bot_id: str, version: str | None = None) -> None:
        self.bot_id = bot_id
        self.version = version

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("bot_id")
        if type(v) is not str:
            v = _m.to_str(v, "bot_id")
        obj.bot_id = v
        v = get("version")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "version")
        obj.version = v
        obj._src = src
        return obj


class BotsUnpublishResponse(CozeModel):
    """Envelope of bots_unpublish."""

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


class BotsUpdateResponse(CozeModel):
    """Envelope of bots_update."""

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


class BotsVersionsListResult(CozeModel):
    """One page of bots_versions_list."""

    __slots__ = ("items", "has_more", "total")
    _FIELDS = (("items", "items"), ("has_more", "has_more"), ("total", "total"))
    _KNOWN = frozenset(("items", "has_more", "total"))

    items: list[BotVersion] | None
    """The versions on this page."""
    has_more: bool | None
    """Whether more versions follow."""
    total: int | None
    """Number of versions matching the filter."""

    def __init__(
        self, *, items: list[BotVersion] | None = None, has_more: bool | None = None, total: int | None = None
    ) -> None:
        self.items = items
        self.has_more = has_more
        self.total = total

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("items")
        if v is not None:
            v = _c_BotsVersionsListResult_items(v, "items")
        obj.items = v
        v = get("has_more")
        if v is not None and type(v) is not bool:
            v = _m.to_bool(v, "has_more")
        obj.has_more = v
        v = get("total")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "total")
        obj.total = v
        obj._src = src
        return obj


class SimpleBot(CozeModel):
    """A bot as it appears in a bot list."""

    __slots__ = (
        "id",
        "name",
        "description",
        "icon_url",
        "is_published",
        "updated_at",
        "published_at",
        "owner_user_id",
        "folder_id",
    )
    _FIELDS = (
        ("id", "id"),
        ("name", "name"),
        ("description", "description"),
        ("icon_url", "icon_url"),
        ("is_published", "is_published"),
        ("updated_at", "updated_at"),
        ("published_at", "published_at"),
        ("owner_user_id", "owner_user_id"),
        ("folder_id", "folder_id"),
    )
    _KNOWN = frozenset(
        (
            "id",
            "name",
            "description",
            "icon_url",
            "is_published",
            "updated_at",
            "published_at",
            "owner_user_id",
            "folder_id",
        )
    )

    id: str
    """The bot id."""
    name: str | None
    """The bot name."""
    description: str | None
    """What the bot does."""
    icon_url: str | None
    """URL of the bot's avatar."""
    is_published: bool | None
    """Whether the bot has been published."""
    updated_at: int | None
    """Last update time, unix seconds."""
    published_at: int | None
    """Last publish time, unix seconds; empty for bots never published."""
    owner_user_id: str | None
    """Coze user id of the bot's creator."""
    folder_id: str | None
    """The folder the bot is in."""

    def __init__(
        self,
        *,
        id: str,
        name: str | None = None,
        description: str | None = None,
        icon_url: str | None = None,
        is_published: bool | None = None,
        updated_at: int | None = None,
        published_at: int | None = None,
        owner_user_id: str | None = None,
        folder_id: str | None = None,
    ) -> None:
        self.id = id
        self.name = name
        self.description = description
        self.icon_url = icon_url
        self.is_published = is_published
        self.updated_at = updated_at
        self.published_at = published_at
        self.owner_user_id = owner_user_id
        self.folder_id = folder_id

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
        v = get("description")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "description")
        obj.description = v
        v = get("icon_url")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "icon_url")
        obj.icon_url = v
        v = get("is_published")
        if v is not None and type(v) is not bool:
            v = _m.to_bool(v, "is_published")
        obj.is_published = v
        v = get("updated_at")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "updated_at")
        obj.updated_at = v
        v = get("published_at")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "published_at")
        obj.published_at = v
        v = get("owner_user_id")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "owner_user_id")
        obj.owner_user_id = v
        v = get("folder_id")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "folder_id")
        obj.folder_id = v
        obj._src = src
        return obj


# Lookup tables and converters the parsers above use (defined last: they name classes).
_BotDefaultUserInputType_values = BotDefaultUserInputType.value_map()
_BotKnowledgeConfigSearchStrategy_values = BotKnowledgeConfigSearchStrategy.value_map()
_BotKnowledgeSearchStrategy_values = BotKnowledgeSearchStrategy.value_map()
_BotMode_values = BotMode.value_map()
_BotModelInfoApiMode_values = BotModelInfoApiMode.value_map()
_BotModelInfoCacheType_values = BotModelInfoCacheType.value_map()
_BotModelInfoResponseFormat_values = BotModelInfoResponseFormat.value_map()
_BotPromptInfoPromptMode_values = BotPromptInfoPromptMode.value_map()
_BotPublishStatus_values = BotPublishStatus.value_map()
_BotShortcutCommandComponentType_values = BotShortcutCommandComponentType.value_map()
_BotShortcutCommandToolType_values = BotShortcutCommandToolType.value_map()
_BotSuggestReplyInfoReplyMode_values = BotSuggestReplyInfoReplyMode.value_map()
_BotVariableChannel_values = BotVariableChannel.value_map()
_BotVariableType_values = BotVariableType.value_map()
_c_Bot_plugin_info_list = _m.list_of(_m.model_of(BotPluginInfo))
_c_Bot_variables = _m.list_of(_m.model_of(BotVariable))
_c_Bot_voice_info_list = _m.list_of(_m.model_of(BotVoiceInfo))
_c_Bot_workflow_info_list = _m.list_of(_m.model_of(BotWorkflowInfo))
_c_Bot_shortcut_commands = _m.list_of(_m.model_of(BotShortcutCommand))
_c_BotKnowledge_knowledge_infos = _m.list_of(_m.model_of(BotKnowledgeInfo))
_c_BotKnowledge_dataset_ids = _m.list_of(_m.to_str)
_c_BotKnowledgeConfig_dataset_ids = _m.list_of(_m.to_str)
_c_BotModelInfo_parameters = _m.json_object
_c_BotOnboardingInfo_suggested_questions = _m.list_of(_m.to_str)
_c_BotPluginIdList_id_list = _m.list_of(_m.model_of(BotPluginIdInfo))
_c_BotPluginInfo_api_info_list = _m.list_of(_m.model_of(BotPluginApiInfo))
_c_BotShortcutCommand_components = _m.list_of(_m.model_of(BotShortcutCommandComponent))
_c_BotShortcutCommandComponent_options = _m.list_of(_m.to_str)
_c_BotWorkflowIdList_ids = _m.list_of(_m.model_of(BotWorkflowIdInfo))
_c_BotsListResult_items = _m.list_of(_m.model_of(SimpleBot))
_c_BotsListV1Result_space_bots = _m.list_of(_m.model_of(BotPublishedBotV1))
_c_BotsVersionsListResult_items = _m.list_of(_m.model_of(BotVersion))
