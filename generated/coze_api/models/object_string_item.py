from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..models.object_string_item_type import ObjectStringItemType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ObjectStringItem")


@_attrs_define(repr=False)
class ObjectStringItem(CozeModel):
    """One part of a multimodal (object_string) message; file, image and audio parts need file_id or file_url.

    Attributes:
        type_ (ObjectStringItemType): Kind of a multimodal message part.
        text (str | Unset): The text, for a text part.
        file_id (str | Unset): Id of a file uploaded by the same account.
        file_url (str | Unset): Public URL of the file, image or audio.
    """

    type_: ObjectStringItemType
    text: str | Unset = UNSET
    file_id: str | Unset = UNSET
    file_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        text = self.text

        file_id = self.file_id

        file_url = self.file_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if file_url is not UNSET:
            field_dict["file_url"] = file_url

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.text = UNSET if (value := get("text")) is None else value
        instance.file_id = UNSET if (value := get("file_id")) is None else value
        instance.file_url = UNSET if (value := get("file_url")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        _type__raw = d.pop("type", None)
        type_: Any
        if _type__raw is None:
            type_ = None
        else:
            type_ = ObjectStringItemType(_type__raw)

        text = d.pop("text", UNSET)

        file_id = d.pop("file_id", UNSET)

        file_url = d.pop("file_url", UNSET)

        object_string_item = cls(
            type_=type_,
            text=text,
            file_id=file_id,
            file_url=file_url,
        )

        object_string_item.additional_properties = d
        return object_string_item

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
