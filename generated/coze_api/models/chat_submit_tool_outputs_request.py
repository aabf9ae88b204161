from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_tool_output import ChatToolOutput


T = TypeVar("T", bound="ChatSubmitToolOutputsRequest")


@_attrs_define(repr=False)
class ChatSubmitToolOutputsRequest(CozeModel):
    """Body of chat_submit_tool_outputs.

    Attributes:
        tool_outputs (list[ChatToolOutput]): One output per pending tool call.
        stream (bool | Unset): Continue with server-sent events instead of JSON (server default false); set by the SDK
            method used.
    """

    tool_outputs: list[ChatToolOutput]
    stream: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tool_outputs = []
        for tool_outputs_item_data in self.tool_outputs:
            tool_outputs_item = tool_outputs_item_data.to_dict()
            tool_outputs.append(tool_outputs_item)

        stream = self.stream

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tool_outputs": tool_outputs,
            }
        )
        if stream is not UNSET:
            field_dict["stream"] = stream

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.stream = UNSET if (value := get("stream")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_tool_output import ChatToolOutput  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        _tool_outputs_raw = d.pop("tool_outputs", None)
        tool_outputs: Any
        if _tool_outputs_raw is None:
            tool_outputs = None
        else:
            tool_outputs = []
            _tool_outputs = _tool_outputs_raw
            for tool_outputs_item_data in _tool_outputs:
                tool_outputs_item = ChatToolOutput.from_dict(tool_outputs_item_data)

                tool_outputs.append(tool_outputs_item)

        stream = d.pop("stream", UNSET)

        chat_submit_tool_outputs_request = cls(
            tool_outputs=tool_outputs,
            stream=stream,
        )

        chat_submit_tool_outputs_request.additional_properties = d
        return chat_submit_tool_outputs_request

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
