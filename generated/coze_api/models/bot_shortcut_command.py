from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bot_shortcut_command_component import BotShortcutCommandComponent
    from ..models.bot_shortcut_command_tool import BotShortcutCommandTool


T = TypeVar("T", bound="BotShortcutCommand")


@_attrs_define(repr=False)
class BotShortcutCommand(CozeModel):
    """A shortcut command shown to users of a bot.

    Attributes:
        id (str): The shortcut command id.
        name (str | Unset): Label of the shortcut button.
        command (str | Unset): The command text, e.g. /weekend.
        description (str | Unset): What the command does.
        query_template (str | Unset): The query sent when the command is used.
        icon_url (str | Unset): URL of the command's icon.
        agent_id (str | Unset): For multi-agent bots, the node that answers the command.
        tool (BotShortcutCommandTool | Unset): The tool a shortcut command calls.
        components (list[BotShortcutCommandComponent] | Unset): Inputs the user fills in when using the command.
    """

    id: str
    name: str | Unset = UNSET
    command: str | Unset = UNSET
    description: str | Unset = UNSET
    query_template: str | Unset = UNSET
    icon_url: str | Unset = UNSET
    agent_id: str | Unset = UNSET
    tool: BotShortcutCommandTool | Unset = UNSET
    components: list[BotShortcutCommandComponent] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        command = self.command

        description = self.description

        query_template = self.query_template

        icon_url = self.icon_url

        agent_id = self.agent_id

        tool: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tool, Unset):
            tool = self.tool.to_dict()

        components: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.components, Unset):
            components = []
            for components_item_data in self.components:
                components_item = components_item_data.to_dict()
                components.append(components_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if command is not UNSET:
            field_dict["command"] = command
        if description is not UNSET:
            field_dict["description"] = description
        if query_template is not UNSET:
            field_dict["query_template"] = query_template
        if icon_url is not UNSET:
            field_dict["icon_url"] = icon_url
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if tool is not UNSET:
            field_dict["tool"] = tool
        if components is not UNSET:
            field_dict["components"] = components

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
        instance.name = UNSET if (value := get("name")) is None else value
        instance.command = UNSET if (value := get("command")) is None else value
        instance.description = UNSET if (value := get("description")) is None else value
        instance.query_template = UNSET if (value := get("query_template")) is None else value
        instance.icon_url = UNSET if (value := get("icon_url")) is None else value
        instance.agent_id = UNSET if (value := get("agent_id")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bot_shortcut_command_component import BotShortcutCommandComponent  # noqa: PLC0415
        from ..models.bot_shortcut_command_tool import BotShortcutCommandTool  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        _id_raw = d.pop("id", None)
        id = _id_raw

        name = d.pop("name", UNSET)

        command = d.pop("command", UNSET)

        description = d.pop("description", UNSET)

        query_template = d.pop("query_template", UNSET)

        icon_url = d.pop("icon_url", UNSET)

        agent_id = d.pop("agent_id", UNSET)

        _tool = d.pop("tool", UNSET)
        tool: BotShortcutCommandTool | Unset
        if isinstance(_tool, Unset):
            tool = UNSET
        else:
            tool = BotShortcutCommandTool.from_dict(_tool)

        _components = d.pop("components", UNSET)
        components: list[BotShortcutCommandComponent] | Unset = UNSET
        if _components is not UNSET:
            components = []
            for components_item_data in _components:
                components_item = BotShortcutCommandComponent.from_dict(components_item_data)

                components.append(components_item)

        bot_shortcut_command = cls(
            id=id,
            name=name,
            command=command,
            description=description,
            query_template=query_template,
            icon_url=icon_url,
            agent_id=agent_id,
            tool=tool,
            components=components,
        )

        bot_shortcut_command.additional_properties = d
        return bot_shortcut_command

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
