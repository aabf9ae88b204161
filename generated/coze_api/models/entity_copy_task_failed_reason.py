from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..models.entity_copy_task_failed_reason_entity_type import EntityCopyTaskFailedReasonEntityType
from ..types import UNSET, Unset

T = TypeVar("T", bound="EntityCopyTaskFailedReason")


@_attrs_define(repr=False)
class EntityCopyTaskFailedReason(CozeModel):
    """Why one resource could not be copied.

    Attributes:
        entity_id (str | Unset): The resource that failed.
        entity_name (str | Unset): Its name.
        entity_type (EntityCopyTaskFailedReasonEntityType | Unset): Its kind: app, bot, workflow, plugin, ui, knowledge,
            database, variable, trigger, prompt or shortcut.
        failed_reason (str | Unset): What went wrong.
    """

    entity_id: str | Unset = UNSET
    entity_name: str | Unset = UNSET
    entity_type: EntityCopyTaskFailedReasonEntityType | Unset = UNSET
    failed_reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity_id = self.entity_id

        entity_name = self.entity_name

        entity_type: str | Unset = UNSET
        if not isinstance(self.entity_type, Unset):
            entity_type = self.entity_type.value

        failed_reason = self.failed_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if entity_id is not UNSET:
            field_dict["entity_id"] = entity_id
        if entity_name is not UNSET:
            field_dict["entity_name"] = entity_name
        if entity_type is not UNSET:
            field_dict["entity_type"] = entity_type
        if failed_reason is not UNSET:
            field_dict["failed_reason"] = failed_reason

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
        instance.entity_name = UNSET if (value := get("entity_name")) is None else value
        instance.failed_reason = UNSET if (value := get("failed_reason")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        entity_id = d.pop("entity_id", UNSET)

        entity_name = d.pop("entity_name", UNSET)

        _entity_type = d.pop("entity_type", UNSET)
        entity_type: EntityCopyTaskFailedReasonEntityType | Unset
        if isinstance(_entity_type, Unset):
            entity_type = UNSET
        else:
            entity_type = EntityCopyTaskFailedReasonEntityType(_entity_type)

        failed_reason = d.pop("failed_reason", UNSET)

        entity_copy_task_failed_reason = cls(
            entity_id=entity_id,
            entity_name=entity_name,
            entity_type=entity_type,
            failed_reason=failed_reason,
        )

        entity_copy_task_failed_reason.additional_properties = d
        return entity_copy_task_failed_reason

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
