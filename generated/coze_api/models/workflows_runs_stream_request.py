from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflows_runs_stream_request_parameters import WorkflowsRunsStreamRequestParameters


T = TypeVar("T", bound="WorkflowsRunsStreamRequest")


@_attrs_define(repr=False)
class WorkflowsRunsStreamRequest(CozeModel):
    """
    Attributes:
        workflow_id (str):
        parameters (WorkflowsRunsStreamRequestParameters | Unset):
    """

    workflow_id: str
    parameters: WorkflowsRunsStreamRequestParameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workflow_id = self.workflow_id

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflow_id": workflow_id,
            }
        )
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflows_runs_stream_request_parameters import WorkflowsRunsStreamRequestParameters  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        _workflow_id_raw = d.pop("workflow_id", None)
        workflow_id = _workflow_id_raw

        _parameters = d.pop("parameters", UNSET)
        parameters: WorkflowsRunsStreamRequestParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = WorkflowsRunsStreamRequestParameters.from_dict(_parameters)

        workflows_runs_stream_request = cls(
            workflow_id=workflow_id,
            parameters=parameters,
        )

        workflows_runs_stream_request.additional_properties = d
        return workflows_runs_stream_request

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
