from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowChatDoneEvent")


@_attrs_define(repr=False)
class WorkflowChatDoneEvent(CozeModel):
    """Data of the done event that ends a chatflow stream.

    Attributes:
        debug_url (str | Unset): Page showing every node's input and output, valid for 7 days.
    """

    debug_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        debug_url = self.debug_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if debug_url is not UNSET:
            field_dict["debug_url"] = debug_url

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.debug_url = UNSET if (value := get("debug_url")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        debug_url = d.pop("debug_url", UNSET)

        workflow_chat_done_event = cls(
            debug_url=debug_url,
        )

        workflow_chat_done_event.additional_properties = d
        return workflow_chat_done_event

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
