from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowNodeExecuteHistory")


@_attrs_define(repr=False)
class WorkflowNodeExecuteHistory(CozeModel):
    """The output of one node execution.

    Attributes:
        is_finish (bool | Unset): Whether the node has finished.
        node_output (str | Unset): The node's output.
    """

    is_finish: bool | Unset = UNSET
    node_output: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_finish = self.is_finish

        node_output = self.node_output

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_finish is not UNSET:
            field_dict["is_finish"] = is_finish
        if node_output is not UNSET:
            field_dict["node_output"] = node_output

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.is_finish = UNSET if (value := get("is_finish")) is None else value
        instance.node_output = UNSET if (value := get("node_output")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        is_finish = d.pop("is_finish", UNSET)

        node_output = d.pop("node_output", UNSET)

        workflow_node_execute_history = cls(
            is_finish=is_finish,
            node_output=node_output,
        )

        workflow_node_execute_history.additional_properties = d
        return workflow_node_execute_history

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
