from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.voice import Voice


T = TypeVar("T", bound="VoiceListResult")


@_attrs_define(repr=False)
class VoiceListResult(CozeModel):
    """One page of voices.

    Attributes:
        voice_list (list[Voice] | Unset): The voices on this page.
        has_more (bool | Unset): Whether more voices follow this page.
    """

    voice_list: list[Voice] | Unset = UNSET
    has_more: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        voice_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.voice_list, Unset):
            voice_list = []
            for voice_list_item_data in self.voice_list:
                voice_list_item = voice_list_item_data.to_dict()
                voice_list.append(voice_list_item)

        has_more = self.has_more

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if voice_list is not UNSET:
            field_dict["voice_list"] = voice_list
        if has_more is not UNSET:
            field_dict["has_more"] = has_more

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.has_more = UNSET if (value := get("has_more")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.voice import Voice  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        _voice_list = d.pop("voice_list", UNSET)
        voice_list: list[Voice] | Unset = UNSET
        if _voice_list is not UNSET:
            voice_list = []
            for voice_list_item_data in _voice_list:
                voice_list_item = Voice.from_dict(voice_list_item_data)

                voice_list.append(voice_list_item)

        has_more = d.pop("has_more", UNSET)

        voice_list_result = cls(
            voice_list=voice_list,
            has_more=has_more,
        )

        voice_list_result.additional_properties = d
        return voice_list_result

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
