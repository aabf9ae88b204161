from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_source_info import DatasetSourceInfo
    from ..models.dataset_update_rule import DatasetUpdateRule


T = TypeVar("T", bound="DatasetDocumentBase")


@_attrs_define(repr=False)
class DatasetDocumentBase(CozeModel):
    """A file to add to a knowledge base.

    Attributes:
        name (str): Name of the file in the knowledge base.
        source_info (DatasetSourceInfo): Where a new file's content comes from; set file_base64 and file_type for a
            local file, web_url and document_source 1 for a web page, or source_file_id and document_source 5 for an
            uploaded image.
        update_rule (DatasetUpdateRule | Unset): Refresh policy of a file added from a web page.
        caption (str | Unset): Caption of the image, for image knowledge bases.
    """

    name: str
    source_info: DatasetSourceInfo
    update_rule: DatasetUpdateRule | Unset = UNSET
    caption: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        source_info = self.source_info.to_dict()

        update_rule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.update_rule, Unset):
            update_rule = self.update_rule.to_dict()

        caption = self.caption

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "source_info": source_info,
            }
        )
        if update_rule is not UNSET:
            field_dict["update_rule"] = update_rule
        if caption is not UNSET:
            field_dict["caption"] = caption

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.name = get("name")
        instance.caption = UNSET if (value := get("caption")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dataset_source_info import DatasetSourceInfo  # noqa: PLC0415
        from ..models.dataset_update_rule import DatasetUpdateRule  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        _name_raw = d.pop("name", None)
        name = _name_raw

        _source_info_raw = d.pop("source_info", None)
        source_info: Any
        if _source_info_raw is None:
            source_info = None
        else:
            source_info = DatasetSourceInfo.from_dict(_source_info_raw)

        _update_rule = d.pop("update_rule", UNSET)
        update_rule: DatasetUpdateRule | Unset
        if isinstance(_update_rule, Unset):
            update_rule = UNSET
        else:
            update_rule = DatasetUpdateRule.from_dict(_update_rule)

        caption = d.pop("caption", UNSET)

        dataset_document_base = cls(
            name=name,
            source_info=source_info,
            update_rule=update_rule,
            caption=caption,
        )

        dataset_document_base.additional_properties = d
        return dataset_document_base

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
