from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_parameter_properties import WorkflowParameterProperties


T = TypeVar("T", bound="WorkflowParameter")


@_attrs_define(repr=False)
class WorkflowParameter(CozeModel):
    """The definition of one workflow parameter.

    Attributes:
        type_ (str | Unset): The parameter's type, such as string, number, object, array or image.
        required (bool | Unset): Whether the parameter must be given.
        description (str | Unset): The parameter's description.
        default_value (str | Unset): The parameter's default value.
        items (WorkflowParameter | Unset): The definition of one workflow parameter.
        properties (WorkflowParameterProperties | Unset): For an object, its fields by name.
    """

    type_: str | Unset = UNSET
    required: bool | Unset = UNSET
    description: str | Unset = UNSET
    default_value: str | Unset = UNSET
    items: WorkflowParameter | Unset = UNSET
    properties: WorkflowParameterProperties | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        required = self.required

        description = self.description

        default_value = self.default_value

        items: dict[str, Any] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = self.items.to_dict()

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if required is not UNSET:
            field_dict["required"] = required
        if description is not UNSET:
            field_dict["description"] = description
        if default_value is not UNSET:
            field_dict["default_value"] = default_value
        if items is not UNSET:
            field_dict["items"] = items
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.type_ = UNSET if (value := get("type")) is None else value
        instance.required = UNSET if (value := get("required")) is None else value
        instance.description = UNSET if (value := get("description")) is None else value
        instance.default_value = UNSET if (value := get("default_value")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflow_parameter_properties import WorkflowParameterProperties  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        type_ = d.pop("type", UNSET)

        required = d.pop("required", UNSET)

        description = d.pop("description", UNSET)

        default_value = d.pop("default_value", UNSET)

        _items = d.pop("items", UNSET)
        items: WorkflowParameter | Unset
        if isinstance(_items, Unset):
            items = UNSET
        else:
            items = WorkflowParameter.from_dict(_items)

        _properties = d.pop("properties", UNSET)
        properties: WorkflowParameterProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = WorkflowParameterProperties.from_dict(_properties)

        workflow_parameter = cls(
            type_=type_,
            required=required,
            description=description,
            default_value=default_value,
            items=items,
            properties=properties,
        )

        workflow_parameter.additional_properties = d
        return workflow_parameter

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
