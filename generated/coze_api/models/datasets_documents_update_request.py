from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_update_rule import DatasetUpdateRule


T = TypeVar("T", bound="DatasetsDocumentsUpdateRequest")


@_attrs_define(repr=False)
class DatasetsDocumentsUpdateRequest(CozeModel):
    """Body of datasets_documents_update.

    Attributes:
        document_id (str): The file to update.
        document_name (str | Unset): New name of the file.
        update_rule (DatasetUpdateRule | Unset): Refresh policy of a file added from a web page.
    """

    document_id: str
    document_name: str | Unset = UNSET
    update_rule: DatasetUpdateRule | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document_id = self.document_id

        document_name = self.document_name

        update_rule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.update_rule, Unset):
            update_rule = self.update_rule.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "document_id": document_id,
            }
        )
        if document_name is not UNSET:
            field_dict["document_name"] = document_name
        if update_rule is not UNSET:
            field_dict["update_rule"] = update_rule

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.document_id = get("document_id")
        instance.document_name = UNSET if (value := get("document_name")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dataset_update_rule import DatasetUpdateRule  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        _document_id_raw = d.pop("document_id", None)
        document_id = _document_id_raw

        document_name = d.pop("document_name", UNSET)

        _update_rule = d.pop("update_rule", UNSET)
        update_rule: DatasetUpdateRule | Unset
        if isinstance(_update_rule, Unset):
            update_rule = UNSET
        else:
            update_rule = DatasetUpdateRule.from_dict(_update_rule)

        datasets_documents_update_request = cls(
            document_id=document_id,
            document_name=document_name,
            update_rule=update_rule,
        )

        datasets_documents_update_request.additional_properties = d
        return datasets_documents_update_request

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
