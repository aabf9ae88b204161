from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..models.workflow_interrupt_type import WorkflowInterruptType

T = TypeVar("T", bound="WorkflowsRunsResumeNonstreamRequest")


@_attrs_define(repr=False)
class WorkflowsRunsResumeNonstreamRequest(CozeModel):
    """Body of workflows_runs_resume_nonstream.

    Attributes:
        workflow_id (str): The workflow of the interrupted run.
        event_id (str): event_id of the run's interrupt_data.
        resume_data (str): The answer to the interruption; files as a JSON string with a file_id.
        interrupt_type (WorkflowInterruptType): What interrupted a run: 2 a question node, 5 an input node, 6 a client
            plugin, 7 an OAuth plugin; pass it as interrupt_type when resuming.
    """

    workflow_id: str
    event_id: str
    resume_data: str
    interrupt_type: WorkflowInterruptType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workflow_id = self.workflow_id

        event_id = self.event_id

        resume_data = self.resume_data

        interrupt_type = self.interrupt_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflow_id": workflow_id,
                "event_id": event_id,
                "resume_data": resume_data,
                "interrupt_type": interrupt_type,
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
        get = src_dict.get
        instance.workflow_id = get("workflow_id")
        instance.event_id = get("event_id")
        instance.resume_data = get("resume_data")
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        _workflow_id_raw = d.pop("workflow_id", None)
        workflow_id = _workflow_id_raw

        _event_id_raw = d.pop("event_id", None)
        event_id = _event_id_raw

        _resume_data_raw = d.pop("resume_data", None)
        resume_data = _resume_data_raw

        _interrupt_type_raw = d.pop("interrupt_type", None)
        interrupt_type: Any
        if _interrupt_type_raw is None:
            interrupt_type = None
        else:
            interrupt_type = WorkflowInterruptType(_interrupt_type_raw)

        workflows_runs_resume_nonstream_request = cls(
            workflow_id=workflow_id,
            event_id=event_id,
            resume_data=resume_data,
            interrupt_type=interrupt_type,
        )

        workflows_runs_resume_nonstream_request.additional_properties = d
        return workflows_runs_resume_nonstream_request

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
