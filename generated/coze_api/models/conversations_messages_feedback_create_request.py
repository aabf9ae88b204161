from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..models.conversation_message_feedback_type import ConversationMessageFeedbackType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConversationsMessagesFeedbackCreateRequest")


@_attrs_define(repr=False)
class ConversationsMessagesFeedbackCreateRequest(CozeModel):
    """Body of conversations_messages_feedback_create.

    Attributes:
        feedback_type (ConversationMessageFeedbackType): The rating of a message.
        reason_types (list[str] | Unset): Caller-defined reason labels, at most 10 of up to 30 characters each.
        comment (str | Unset): Free-text comment, up to 250 characters.
    """

    feedback_type: ConversationMessageFeedbackType
    reason_types: list[str] | Unset = UNSET
    comment: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feedback_type = self.feedback_type.value

        reason_types: list[str] | Unset = UNSET
        if not isinstance(self.reason_types, Unset):
            reason_types = self.reason_types

        comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "feedback_type": feedback_type,
            }
        )
        if reason_types is not UNSET:
            field_dict["reason_types"] = reason_types
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.comment = UNSET if (value := get("comment")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        _feedback_type_raw = d.pop("feedback_type", None)
        feedback_type: Any
        if _feedback_type_raw is None:
            feedback_type = None
        else:
            feedback_type = ConversationMessageFeedbackType(_feedback_type_raw)

        reason_types = cast(list[str], d.pop("reason_types", UNSET))

        comment = d.pop("comment", UNSET)

        conversations_messages_feedback_create_request = cls(
            feedback_type=feedback_type,
            reason_types=reason_types,
            comment=comment,
        )

        conversations_messages_feedback_create_request.additional_properties = d
        return conversations_messages_feedback_create_request

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
