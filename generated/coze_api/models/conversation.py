from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.conversation_meta_data import ConversationMetaData


T = TypeVar("T", bound="Conversation")


@_attrs_define(repr=False)
class Conversation(CozeModel):
    """A conversation between a user and a bot, holding messages in context sections.

    Attributes:
        id (str): The conversation id.
        name (str | Unset): The conversation's name.
        meta_data (ConversationMetaData | Unset): The caller's key-value pairs given at creation.
        creator_id (str | Unset): Coze user id of the creator.
        connector_id (str | Unset): Channel the conversation was created on (1024 API, 999 Chat SDK, or a custom channel
            id).
        created_at (int | Unset): When the conversation was created, in unix seconds.
        updated_at (int | Unset): When the conversation last changed, in unix seconds.
        last_section_id (str | Unset): The newest context section of the conversation.
    """

    id: str
    name: str | Unset = UNSET
    meta_data: ConversationMetaData | Unset = UNSET
    creator_id: str | Unset = UNSET
    connector_id: str | Unset = UNSET
    created_at: int | Unset = UNSET
    updated_at: int | Unset = UNSET
    last_section_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        meta_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta_data, Unset):
            meta_data = self.meta_data.to_dict()

        creator_id = self.creator_id

        connector_id = self.connector_id

        created_at = self.created_at

        updated_at = self.updated_at

        last_section_id = self.last_section_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if meta_data is not UNSET:
            field_dict["meta_data"] = meta_data
        if creator_id is not UNSET:
            field_dict["creator_id"] = creator_id
        if connector_id is not UNSET:
            field_dict["connector_id"] = connector_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if last_section_id is not UNSET:
            field_dict["last_section_id"] = last_section_id

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
        instance.creator_id = UNSET if (value := get("creator_id")) is None else value
        instance.connector_id = UNSET if (value := get("connector_id")) is None else value
        instance.created_at = UNSET if (value := get("created_at")) is None else value
        instance.updated_at = UNSET if (value := get("updated_at")) is None else value
        instance.last_section_id = UNSET if (value := get("last_section_id")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.conversation_meta_data import ConversationMetaData  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        _id_raw = d.pop("id", None)
        id = _id_raw

        name = d.pop("name", UNSET)

        _meta_data = d.pop("meta_data", UNSET)
        meta_data: ConversationMetaData | Unset
        if isinstance(_meta_data, Unset):
            meta_data = UNSET
        else:
            meta_data = ConversationMetaData.from_dict(_meta_data)

        creator_id = d.pop("creator_id", UNSET)

        connector_id = d.pop("connector_id", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        last_section_id = d.pop("last_section_id", UNSET)

        conversation = cls(
            id=id,
            name=name,
            meta_data=meta_data,
            creator_id=creator_id,
            connector_id=connector_id,
            created_at=created_at,
            updated_at=updated_at,
            last_section_id=last_section_id,
        )

        conversation.additional_properties = d
        return conversation

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
