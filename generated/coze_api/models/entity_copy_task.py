from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..models.entity_copy_task_status import EntityCopyTaskStatus
from ..models.entity_copy_type import EntityCopyType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.entity_copy_task_failed_reason import EntityCopyTaskFailedReason


T = TypeVar("T", bound="EntityCopyTask")


@_attrs_define(repr=False)
class EntityCopyTask(CozeModel):
    """An asynchronous copy task.

    Attributes:
        task_id (str): The task id.
        entity_type (EntityCopyType | Unset): A copyable resource kind: app, bot or workflow.
        task_status (EntityCopyTaskStatus | Unset): The task state: in_progress, successful or failed.
        failed_reasons (list[EntityCopyTaskFailedReason] | Unset): Every failure, when the task failed.
        source_entity_id (str | Unset): The resource that was copied.
        target_entity_id (str | Unset): The copy.
        target_workspace_id (str | Unset): The workspace the copy is in.
    """

    task_id: str
    entity_type: EntityCopyType | Unset = UNSET
    task_status: EntityCopyTaskStatus | Unset = UNSET
    failed_reasons: list[EntityCopyTaskFailedReason] | Unset = UNSET
    source_entity_id: str | Unset = UNSET
    target_entity_id: str | Unset = UNSET
    target_workspace_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        entity_type: str | Unset = UNSET
        if not isinstance(self.entity_type, Unset):
            entity_type = self.entity_type.value

        task_status: str | Unset = UNSET
        if not isinstance(self.task_status, Unset):
            task_status = self.task_status.value

        failed_reasons: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.failed_reasons, Unset):
            failed_reasons = []
            for failed_reasons_item_data in self.failed_reasons:
                failed_reasons_item = failed_reasons_item_data.to_dict()
                failed_reasons.append(failed_reasons_item)

        source_entity_id = self.source_entity_id

        target_entity_id = self.target_entity_id

        target_workspace_id = self.target_workspace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_id": task_id,
            }
        )
        if entity_type is not UNSET:
            field_dict["entity_type"] = entity_type
        if task_status is not UNSET:
            field_dict["task_status"] = task_status
        if failed_reasons is not UNSET:
            field_dict["failed_reasons"] = failed_reasons
        if source_entity_id is not UNSET:
            field_dict["source_entity_id"] = source_entity_id
        if target_entity_id is not UNSET:
            field_dict["target_entity_id"] = target_entity_id
        if target_workspace_id is not UNSET:
            field_dict["target_workspace_id"] = target_workspace_id

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.task_id = get("task_id")
        instance.source_entity_id = UNSET if (value := get("source_entity_id")) is None else value
        instance.target_entity_id = UNSET if (value := get("target_entity_id")) is None else value
        instance.target_workspace_id = UNSET if (value := get("target_workspace_id")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.entity_copy_task_failed_reason import EntityCopyTaskFailedReason  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        _task_id_raw = d.pop("task_id", None)
        task_id = _task_id_raw

        _entity_type = d.pop("entity_type", UNSET)
        entity_type: EntityCopyType | Unset
        if isinstance(_entity_type, Unset):
            entity_type = UNSET
        else:
            entity_type = EntityCopyType(_entity_type)

        _task_status = d.pop("task_status", UNSET)
        task_status: EntityCopyTaskStatus | Unset
        if isinstance(_task_status, Unset):
            task_status = UNSET
        else:
            task_status = EntityCopyTaskStatus(_task_status)

        _failed_reasons = d.pop("failed_reasons", UNSET)
        failed_reasons: list[EntityCopyTaskFailedReason] | Unset = UNSET
        if _failed_reasons is not UNSET:
            failed_reasons = []
            for failed_reasons_item_data in _failed_reasons:
                failed_reasons_item = EntityCopyTaskFailedReason.from_dict(failed_reasons_item_data)

                failed_reasons.append(failed_reasons_item)

        source_entity_id = d.pop("source_entity_id", UNSET)

        target_entity_id = d.pop("target_entity_id", UNSET)

        target_workspace_id = d.pop("target_workspace_id", UNSET)

        entity_copy_task = cls(
            task_id=task_id,
            entity_type=entity_type,
            task_status=task_status,
            failed_reasons=failed_reasons,
            source_entity_id=source_entity_id,
            target_entity_id=target_entity_id,
            target_workspace_id=target_workspace_id,
        )

        entity_copy_task.additional_properties = d
        return entity_copy_task

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
