from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_shortcut_command_parameters import ChatShortcutCommandParameters


T = TypeVar("T", bound="ChatShortcutCommand")


@_attrs_define(repr=False)
class ChatShortcutCommand(CozeModel):
    """A shortcut command of the bot to run in this chat; it builds the user's query.

    Attributes:
        command_id (str): Id of a shortcut command bound to the bot.
        parameters (ChatShortcutCommandParameters | Unset): Values of the command's components by component name, each a
            JSON-encoded array of ObjectStringItem.
    """

    command_id: str
    parameters: ChatShortcutCommandParameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        command_id = self.command_id

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "command_id": command_id,
            }
        )
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.command_id = get("command_id")
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_shortcut_command_parameters import ChatShortcutCommandParameters  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        _command_id_raw = d.pop("command_id", None)
        command_id = _command_id_raw

        _parameters = d.pop("parameters", UNSET)
        parameters: ChatShortcutCommandParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = ChatShortcutCommandParameters.from_dict(_parameters)

        chat_shortcut_command = cls(
            command_id=command_id,
            parameters=parameters,
        )

        chat_shortcut_command.additional_properties = d
        return chat_shortcut_command

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
