from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..models.workflow_terminate_plan import WorkflowTerminatePlan
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_output_parameters import WorkflowOutputParameters


T = TypeVar("T", bound="WorkflowOutput")


@_attrs_define(repr=False)
class WorkflowOutput(CozeModel):
    """What a workflow's end node returns.

    Attributes:
        terminate_plan (WorkflowTerminatePlan | Unset): How an end node answers, with variables or with text.
        content (str | Unset): Template of the answer text, only with terminate_plan use_answer_content.
        parameters (WorkflowOutputParameters | Unset): The output variables by name.
    """

    terminate_plan: WorkflowTerminatePlan | Unset = UNSET
    content: str | Unset = UNSET
    parameters: WorkflowOutputParameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        terminate_plan: str | Unset = UNSET
        if not isinstance(self.terminate_plan, Unset):
            terminate_plan = self.terminate_plan.value

        content = self.content

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if terminate_plan is not UNSET:
            field_dict["terminate_plan"] = terminate_plan
        if content is not UNSET:
            field_dict["content"] = content
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.content = UNSET if (value := get("content")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflow_output_parameters import WorkflowOutputParameters  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        _terminate_plan = d.pop("terminate_plan", UNSET)
        terminate_plan: WorkflowTerminatePlan | Unset
        if isinstance(_terminate_plan, Unset):
            terminate_plan = UNSET
        else:
            terminate_plan = WorkflowTerminatePlan(_terminate_plan)

        content = d.pop("content", UNSET)

        _parameters = d.pop("parameters", UNSET)
        parameters: WorkflowOutputParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = WorkflowOutputParameters.from_dict(_parameters)

        workflow_output = cls(
            terminate_plan=terminate_plan,
            content=content,
            parameters=parameters,
        )

        workflow_output.additional_properties = d
        return workflow_output

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
