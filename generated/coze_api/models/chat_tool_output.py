from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel

T = TypeVar("T", bound="ChatToolOutput")


@_attrs_define(repr=False)
class ChatToolOutput(CozeModel):
    """The result of one tool call.

    Attributes:
        tool_call_id (str): The id of the tool call from required_action.
        output (str): The tool's result as a string; file arguments are passed as JSON with a file_id.
    """

    tool_call_id: str
    output: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tool_call_id = self.tool_call_id

        output = self.output

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tool_call_id": tool_call_id,
                "output": output,
            }
        )

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.tool_call_id = get("tool_call_id")
        instance.output = get("output")
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        _tool_call_id_raw = d.pop("tool_call_id", None)
        tool_call_id = _tool_call_id_raw

        _output_raw = d.pop("output", None)
        output = _output_raw

        chat_tool_output = cls(
            tool_call_id=tool_call_id,
            output=output,
        )

        chat_tool_output.additional_properties = d
        return chat_tool_output

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
