from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowNodeExecuteStatus")


@_attrs_define(repr=False)
class WorkflowNodeExecuteStatus(CozeModel):
    """State of one node execution in a run.

    Attributes:
        node_id (str | Unset): The node's id in the workflow.
        is_finish (bool | Unset): Whether the node has finished.
        update_time (int | Unset): When the node last changed, in unix seconds.
        node_execute_uuid (str | Unset): Id of this node execution.
        loop_index (int | Unset): Iteration of the enclosing loop node, from 0; only inside a loop without a sub-
            workflow.
        batch_index (int | Unset): Item of the enclosing batch node, from 0; only inside a batch without a sub-workflow.
        sub_execute_id (str | Unset): Run id of the sub-workflow this node ran.
    """

    node_id: str | Unset = UNSET
    is_finish: bool | Unset = UNSET
    update_time: int | Unset = UNSET
    node_execute_uuid: str | Unset = UNSET
    loop_index: int | Unset = UNSET
    batch_index: int | Unset = UNSET
    sub_execute_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        node_id = self.node_id

        is_finish = self.is_finish

        update_time = self.update_time

        node_execute_uuid = self.node_execute_uuid

        loop_index = self.loop_index

        batch_index = self.batch_index

        sub_execute_id = self.sub_execute_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if node_id is not UNSET:
            field_dict["node_id"] = node_id
        if is_finish is not UNSET:
            field_dict["is_finish"] = is_finish
        if update_time is not UNSET:
            field_dict["update_time"] = update_time
        if node_execute_uuid is not UNSET:
            field_dict["node_execute_uuid"] = node_execute_uuid
        if loop_index is not UNSET:
            field_dict["loop_index"] = loop_index
        if batch_index is not UNSET:
            field_dict["batch_index"] = batch_index
        if sub_execute_id is not UNSET:
            field_dict["sub_execute_id"] = sub_execute_id

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.node_id = UNSET if (value := get("node_id")) is None else value
        instance.is_finish = UNSET if (value := get("is_finish")) is None else value
        instance.update_time = UNSET if (value := get("update_time")) is None else value
        instance.node_execute_uuid = UNSET if (value := get("node_execute_uuid")) is None else value
        instance.loop_index = UNSET if (value := get("loop_index")) is None else value
        instance.batch_index = UNSET if (value := get("batch_index")) is None else value
        instance.sub_execute_id = UNSET if (value := get("sub_execute_id")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        node_id = d.pop("node_id", UNSET)

        is_finish = d.pop("is_finish", UNSET)

        update_time = d.pop("update_time", UNSET)

        node_execute_uuid = d.pop("node_execute_uuid", UNSET)

        loop_index = d.pop("loop_index", UNSET)

        batch_index = d.pop("batch_index", UNSET)

        sub_execute_id = d.pop("sub_execute_id", UNSET)

        workflow_node_execute_status = cls(
            node_id=node_id,
            is_finish=is_finish,
            update_time=update_time,
            node_execute_uuid=node_execute_uuid,
            loop_index=loop_index,
            batch_index=batch_index,
            sub_execute_id=sub_execute_id,
        )

        workflow_node_execute_status.additional_properties = d
        return workflow_node_execute_status

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
