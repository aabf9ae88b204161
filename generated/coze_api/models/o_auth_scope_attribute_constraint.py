from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel

if TYPE_CHECKING:
    from ..models.o_auth_scope_bot_chat_attribute import OAuthScopeBotChatAttribute


T = TypeVar("T", bound="OAuthScopeAttributeConstraint")


@_attrs_define(repr=False)
class OAuthScopeAttributeConstraint(CozeModel):
    """Resource limits of a channel token.

    Attributes:
        connector_bot_chat_attribute (OAuthScopeBotChatAttribute): The bots a channel token may chat with.
    """

    connector_bot_chat_attribute: OAuthScopeBotChatAttribute
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connector_bot_chat_attribute = self.connector_bot_chat_attribute.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "connector_bot_chat_attribute": connector_bot_chat_attribute,
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
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.o_auth_scope_bot_chat_attribute import OAuthScopeBotChatAttribute  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        _connector_bot_chat_attribute_raw = d.pop("connector_bot_chat_attribute", None)
        connector_bot_chat_attribute: Any
        if _connector_bot_chat_attribute_raw is None:
            connector_bot_chat_attribute = None
        else:
            connector_bot_chat_attribute = OAuthScopeBotChatAttribute.from_dict(_connector_bot_chat_attribute_raw)

        o_auth_scope_attribute_constraint = cls(
            connector_bot_chat_attribute=connector_bot_chat_attribute,
        )

        o_auth_scope_attribute_constraint.additional_properties = d
        return o_auth_scope_attribute_constraint

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
