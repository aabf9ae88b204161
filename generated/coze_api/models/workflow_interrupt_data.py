from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..models.workflow_interrupt_type import WorkflowInterruptType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_interrupt_data_required_parameters import WorkflowInterruptDataRequiredParameters


T = TypeVar("T", bound="WorkflowInterruptData")


@_attrs_define(repr=False)
class WorkflowInterruptData(CozeModel):
    """Why a run stopped and what to send back to resume it.

    Attributes:
        event_id (str | Unset): The interruption; pass it as event_id when resuming.
        type_ (WorkflowInterruptType | Unset): What interrupted a run: 2 a question node, 5 an input node, 6 a client
            plugin, 7 an OAuth plugin; pass it as interrupt_type when resuming.
        data (str | Unset): Control content of the interruption, such as the question asked, as a JSON string; may be
            empty.
        required_parameters (WorkflowInterruptDataRequiredParameters | Unset): The parameters the answer must provide,
            by name.
    """

    event_id: str | Unset = UNSET
    type_: WorkflowInterruptType | Unset = UNSET
    data: str | Unset = UNSET
    required_parameters: WorkflowInterruptDataRequiredParameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        type_: int | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        data = self.data

        required_parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.required_parameters, Unset):
            required_parameters = self.required_parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event_id is not UNSET:
            field_dict["event_id"] = event_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if data is not UNSET:
            field_dict["data"] = data
        if required_parameters is not UNSET:
            field_dict["required_parameters"] = required_parameters

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.event_id = UNSET if (value := get("event_id")) is None else value
        instance.data = UNSET if (value := get("data")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflow_interrupt_data_required_parameters import WorkflowInterruptDataRequiredParameters  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        event_id = d.pop("event_id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: WorkflowInterruptType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = WorkflowInterruptType(_type_)

        data = d.pop("data", UNSET)

        _required_parameters = d.pop("required_parameters", UNSET)
        required_parameters: WorkflowInterruptDataRequiredParameters | Unset
        if isinstance(_required_parameters, Unset):
            required_parameters = UNSET
        else:
            required_parameters = WorkflowInterruptDataRequiredParameters.from_dict(_required_parameters)

        workflow_interrupt_data = cls(
            event_id=event_id,
            type_=type_,
            data=data,
            required_parameters=required_parameters,
        )

        workflow_interrupt_data.additional_properties = d
        return workflow_interrupt_data

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
