from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..models.dataset_chunk_strategy_caption_type import DatasetChunkStrategyCaptionType
from ..models.dataset_chunk_strategy_chunk_type import DatasetChunkStrategyChunkType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DatasetChunkStrategy")


@_attrs_define(repr=False)
class DatasetChunkStrategy(CozeModel):
    """How files are split into chunks (text) or captioned (images).

    Attributes:
        chunk_type (DatasetChunkStrategyChunkType | Unset): 0 automatic splitting and cleaning with Coze's preset rules,
            1 custom rules given by the other fields.
        separator (str | Unset): Text at which chunks are split; required when chunk_type is 1.
        max_tokens (int | Unset): Maximum chunk length in tokens, 100 to 2000; required when chunk_type is 1.
        remove_extra_spaces (bool | Unset): Whether runs of spaces, line breaks and tabs are removed (custom rules
            only); the server default is false.
        remove_urls_emails (bool | Unset): Whether URLs and email addresses are removed (custom rules only); the server
            default is false.
        caption_type (DatasetChunkStrategyCaptionType | Unset): How images are captioned; 0 automatically by the server
            (the default), 1 manually with datasets.images.update. Must be given on the first upload to an empty image
            knowledge base.
    """

    chunk_type: DatasetChunkStrategyChunkType | Unset = UNSET
    separator: str | Unset = UNSET
    max_tokens: int | Unset = UNSET
    remove_extra_spaces: bool | Unset = UNSET
    remove_urls_emails: bool | Unset = UNSET
    caption_type: DatasetChunkStrategyCaptionType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chunk_type: int | Unset = UNSET
        if not isinstance(self.chunk_type, Unset):
            chunk_type = self.chunk_type.value

        separator = self.separator

        max_tokens = self.max_tokens

        remove_extra_spaces = self.remove_extra_spaces

        remove_urls_emails = self.remove_urls_emails

        caption_type: int | Unset = UNSET
        if not isinstance(self.caption_type, Unset):
            caption_type = self.caption_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if chunk_type is not UNSET:
            field_dict["chunk_type"] = chunk_type
        if separator is not UNSET:
            field_dict["separator"] = separator
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if remove_extra_spaces is not UNSET:
            field_dict["remove_extra_spaces"] = remove_extra_spaces
        if remove_urls_emails is not UNSET:
            field_dict["remove_urls_emails"] = remove_urls_emails
        if caption_type is not UNSET:
            field_dict["caption_type"] = caption_type

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.separator = UNSET if (value := get("separator")) is None else value
        instance.max_tokens = UNSET if (value := get("max_tokens")) is None else value
        instance.remove_extra_spaces = UNSET if (value := get("remove_extra_spaces")) is None else value
        instance.remove_urls_emails = UNSET if (value := get("remove_urls_emails")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        _chunk_type = d.pop("chunk_type", UNSET)
        chunk_type: DatasetChunkStrategyChunkType | Unset
        if isinstance(_chunk_type, Unset):
            chunk_type = UNSET
        else:
            chunk_type = DatasetChunkStrategyChunkType(_chunk_type)

        separator = d.pop("separator", UNSET)

        max_tokens = d.pop("max_tokens", UNSET)

        remove_extra_spaces = d.pop("remove_extra_spaces", UNSET)

        remove_urls_emails = d.pop("remove_urls_emails", UNSET)

        _caption_type = d.pop("caption_type", UNSET)
        caption_type: DatasetChunkStrategyCaptionType | Unset
        if isinstance(_caption_type, Unset):
            caption_type = UNSET
        else:
            caption_type = DatasetChunkStrategyCaptionType(_caption_type)

        dataset_chunk_strategy = cls(
            chunk_type=chunk_type,
            separator=separator,
            max_tokens=max_tokens,
            remove_extra_spaces=remove_extra_spaces,
            remove_urls_emails=remove_urls_emails,
            caption_type=caption_type,
        )

        dataset_chunk_strategy.additional_properties = d
        return dataset_chunk_strategy

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
