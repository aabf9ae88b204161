from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..models.entity_copy_type import EntityCopyType
from ..types import UNSET, Unset

T = TypeVar("T", bound="EntitiesCopyTasksCreateRequest")


@_attrs_define(repr=False)
class EntitiesCopyTasksCreateRequest(CozeModel):
    """Body of entities_copy_tasks_create.

    Attributes:
        entity_id (str | Unset): The id of the resource to copy, of the kind given in entity_type.
        entity_type (EntityCopyType | Unset): A copyable resource kind: app, bot or workflow.
        to_workspace_id (str | Unset): The workspace to copy into, in the same enterprise or team; the source workspace
            when absent.
    """

    entity_id: str | Unset = UNSET
    entity_type: EntityCopyType | Unset = UNSET
    to_workspace_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity_id = self.entity_id

        entity_type: str | Unset = UNSET
        if not isinstance(self.entity_type, Unset):
            entity_type = self.entity_type.value

        to_workspace_id = self.to_workspace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if entity_id is not UNSET:
            field_dict["entity_id"] = entity_id
        if entity_type is not UNSET:
            field_dict["entity_type"] = entity_type
        if to_workspace_id is not UNSET:
            field_dict["to_workspace_id"] = to_workspace_id

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.entity_id = UNSET if (value := get("entity_id")) is None else value
        instance.to_workspace_id = UNSET if (value := get("to_workspace_id")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        entity_id = d.pop("entity_id", UNSET)

        _entity_type = d.pop("entity_type", UNSET)
        entity_type: EntityCopyType | Unset
        if isinstance(_entity_type, Unset):
            entity_type = UNSET
        else:
            entity_type = EntityCopyType(_entity_type)

        to_workspace_id = d.pop("to_workspace_id", UNSET)

        entities_copy_tasks_create_request = cls(
            entity_id=entity_id,
            entity_type=entity_type,
            to_workspace_id=to_workspace_id,
        )

        entities_copy_tasks_create_request.additional_properties = d
        return entities_copy_tasks_create_request

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
