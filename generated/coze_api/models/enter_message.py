from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..models.enter_message_role import EnterMessageRole
from ..types import UNSET, Unset

T = TypeVar("T", bound="EnterMessage")


@_attrs_define(repr=False)
class EnterMessage(CozeModel):
    """
    Attributes:
        role (EnterMessageRole):
        content (str | Unset):
        content_type (str | Unset):
    """

    role: EnterMessageRole
    content: str | Unset = UNSET
    content_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role = self.role.value

        content = self.content

        content_type = self.content_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if content_type is not UNSET:
            field_dict["content_type"] = content_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        _role_raw = d.pop("role", None)
        role: Any
        if _role_raw is None:
            role = None
        else:
            role = EnterMessageRole(_role_raw)

        content = d.pop("content", UNSET)

        content_type = d.pop("content_type", UNSET)

        enter_message = cls(
            role=role,
            content=content,
            content_type=content_type,
        )

        enter_message.additional_properties = d
        return enter_message

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
