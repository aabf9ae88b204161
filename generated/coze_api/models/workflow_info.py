from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_basic import WorkflowBasic
    from ..models.workflow_input import WorkflowInput
    from ..models.workflow_output import WorkflowOutput


T = TypeVar("T", bound="WorkflowInfo")


@_attrs_define(repr=False)
class WorkflowInfo(CozeModel):
    """A workflow's information, with its input and output shapes when they were asked for.

    Attributes:
        workflow_detail (WorkflowBasic | Unset): Basic information about a workflow or chatflow.
        input_ (WorkflowInput | Unset): The input parameters of a workflow's start node.
        output (WorkflowOutput | Unset): What a workflow's end node returns.
    """

    workflow_detail: WorkflowBasic | Unset = UNSET
    input_: WorkflowInput | Unset = UNSET
    output: WorkflowOutput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workflow_detail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workflow_detail, Unset):
            workflow_detail = self.workflow_detail.to_dict()

        input_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_, Unset):
            input_ = self.input_.to_dict()

        output: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output, Unset):
            output = self.output.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if workflow_detail is not UNSET:
            field_dict["workflow_detail"] = workflow_detail
        if input_ is not UNSET:
            field_dict["input"] = input_
        if output is not UNSET:
            field_dict["output"] = output

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflow_basic import WorkflowBasic  # noqa: PLC0415
        from ..models.workflow_input import WorkflowInput  # noqa: PLC0415
        from ..models.workflow_output import WorkflowOutput  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        _workflow_detail = d.pop("workflow_detail", UNSET)
        workflow_detail: WorkflowBasic | Unset
        if isinstance(_workflow_detail, Unset):
            workflow_detail = UNSET
        else:
            workflow_detail = WorkflowBasic.from_dict(_workflow_detail)

        _input_ = d.pop("input", UNSET)
        input_: WorkflowInput | Unset
        if isinstance(_input_, Unset):
            input_ = UNSET
        else:
            input_ = WorkflowInput.from_dict(_input_)

        _output = d.pop("output", UNSET)
        output: WorkflowOutput | Unset
        if isinstance(_output, Unset):
            output = UNSET
        else:
            output = WorkflowOutput.from_dict(_output)

        workflow_info = cls(
            workflow_detail=workflow_detail,
            input_=input_,
            output=output,
        )

        workflow_info.additional_properties = d
        return workflow_info

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
