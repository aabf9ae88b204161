from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..models.template_duplicate_result_entity_type import TemplateDuplicateResultEntityType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TemplateDuplicateResult")


@_attrs_define(repr=False)
class TemplateDuplicateResult(CozeModel):
    """The entity created from a template.

    Attributes:
        entity_id (str): The id of the created entity.
        entity_type (TemplateDuplicateResultEntityType | Unset): What kind of entity was created.
    """

    entity_id: str
    entity_type: TemplateDuplicateResultEntityType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity_id = self.entity_id

        entity_type: str | Unset = UNSET
        if not isinstance(self.entity_type, Unset):
            entity_type = self.entity_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entity_id": entity_id,
            }
        )
        if entity_type is not UNSET:
            field_dict["entity_type"] = entity_type

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.entity_id = get("entity_id")
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        _entity_id_raw = d.pop("entity_id", None)
        entity_id = _entity_id_raw

        _entity_type = d.pop("entity_type", UNSET)
        entity_type: TemplateDuplicateResultEntityType | Unset
        if isinstance(_entity_type, Unset):
            entity_type = UNSET
        else:
            entity_type = TemplateDuplicateResultEntityType(_entity_type)

        template_duplicate_result = cls(
            entity_id=entity_id,
            entity_type=entity_type,
        )

        template_duplicate_result.additional_properties = d
        return template_duplicate_result

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
