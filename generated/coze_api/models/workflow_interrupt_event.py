from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_interrupt_data import WorkflowInterruptData


T = TypeVar("T", bound="WorkflowInterruptEvent")


@_attrs_define(repr=False)
class WorkflowInterruptEvent(CozeModel):
    """Data of an Interrupt event; the run waits to be resumed.

    Attributes:
        interrupt_data (WorkflowInterruptData | Unset): Why a run stopped and what to send back to resume it.
        node_title (str | Unset): Title of the node that interrupted the run.
    """

    interrupt_data: WorkflowInterruptData | Unset = UNSET
    node_title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        interrupt_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.interrupt_data, Unset):
            interrupt_data = self.interrupt_data.to_dict()

        node_title = self.node_title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if interrupt_data is not UNSET:
            field_dict["interrupt_data"] = interrupt_data
        if node_title is not UNSET:
            field_dict["node_title"] = node_title

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.node_title = UNSET if (value := get("node_title")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflow_interrupt_data import WorkflowInterruptData  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        _interrupt_data = d.pop("interrupt_data", UNSET)
        interrupt_data: WorkflowInterruptData | Unset
        if isinstance(_interrupt_data, Unset):
            interrupt_data = UNSET
        else:
            interrupt_data = WorkflowInterruptData.from_dict(_interrupt_data)

        node_title = d.pop("node_title", UNSET)

        workflow_interrupt_event = cls(
            interrupt_data=interrupt_data,
            node_title=node_title,
        )

        workflow_interrupt_event.additional_properties = d
        return workflow_interrupt_event

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
