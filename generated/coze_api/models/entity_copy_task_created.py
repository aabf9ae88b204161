from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="EntityCopyTaskCreated")


@_attrs_define(repr=False)
class EntityCopyTaskCreated(CozeModel):
    """The outcome of a copy request: a copy id when it finished at once, else a task id.

    Attributes:
        task_id (str | Unset): The task to poll with entities.copy_tasks.retrieve, for asynchronous copies.
        copied_entity_id (str | Unset): The copy's id, for a bot copied within its workspace.
    """

    task_id: str | Unset = UNSET
    copied_entity_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        copied_entity_id = self.copied_entity_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if copied_entity_id is not UNSET:
            field_dict["copied_entity_id"] = copied_entity_id

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.task_id = UNSET if (value := get("task_id")) is None else value
        instance.copied_entity_id = UNSET if (value := get("copied_entity_id")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        task_id = d.pop("task_id", UNSET)

        copied_entity_id = d.pop("copied_entity_id", UNSET)

        entity_copy_task_created = cls(
            task_id=task_id,
            copied_entity_id=copied_entity_id,
        )

        entity_copy_task_created.additional_properties = d
        return entity_copy_task_created

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
