from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="Usage")


@_attrs_define(repr=False)
class Usage(CozeModel):
    """Token counts of a chat.

    Attributes:
        token_count (int | Unset): Total tokens, input plus output.
        output_count (int | Unset): Tokens the model produced.
        input_count (int | Unset): Tokens sent to the model (context, prompt and query).
    """

    token_count: int | Unset = UNSET
    output_count: int | Unset = UNSET
    input_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token_count = self.token_count

        output_count = self.output_count

        input_count = self.input_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if token_count is not UNSET:
            field_dict["token_count"] = token_count
        if output_count is not UNSET:
            field_dict["output_count"] = output_count
        if input_count is not UNSET:
            field_dict["input_count"] = input_count

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.token_count = UNSET if (value := get("token_count")) is None else value
        instance.output_count = UNSET if (value := get("output_count")) is None else value
        instance.input_count = UNSET if (value := get("input_count")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        token_count = d.pop("token_count", UNSET)

        output_count = d.pop("output_count", UNSET)

        input_count = d.pop("input_count", UNSET)

        usage = cls(
            token_count=token_count,
            output_count=output_count,
            input_count=input_count,
        )

        usage.additional_properties = d
        return usage

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
