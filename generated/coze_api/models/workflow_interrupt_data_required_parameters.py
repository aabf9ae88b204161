from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel

if TYPE_CHECKING:
    from ..models.workflow_parameter import WorkflowParameter


T = TypeVar("T", bound="WorkflowInterruptDataRequiredParameters")


@_attrs_define(repr=False)
class WorkflowInterruptDataRequiredParameters(CozeModel):
    """The parameters the answer must provide, by name."""

    additional_properties: dict[str, WorkflowParameter] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

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
        from ..models.workflow_parameter import WorkflowParameter  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        workflow_interrupt_data_required_parameters = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = WorkflowParameter.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        workflow_interrupt_data_required_parameters.additional_properties = additional_properties
        return workflow_interrupt_data_required_parameters

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> WorkflowParameter:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: WorkflowParameter) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
