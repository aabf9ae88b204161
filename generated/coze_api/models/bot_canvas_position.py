from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="BotCanvasPosition")


@_attrs_define(repr=False)
class BotCanvasPosition(CozeModel):
    """The crop of the original image that is shown, in pixels.

    Attributes:
        top (float | Unset): Offset of the crop from the top edge, in pixels.
        left (float | Unset): Offset of the crop from the left edge, in pixels.
        width (float | Unset): Width of the crop, in pixels.
        height (float | Unset): Height of the crop, in pixels.
    """

    top: float | Unset = UNSET
    left: float | Unset = UNSET
    width: float | Unset = UNSET
    height: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        top = self.top

        left = self.left

        width = self.width

        height = self.height

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if top is not UNSET:
            field_dict["top"] = top
        if left is not UNSET:
            field_dict["left"] = left
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.top = UNSET if (value := get("top")) is None else value
        instance.left = UNSET if (value := get("left")) is None else value
        instance.width = UNSET if (value := get("width")) is None else value
        instance.height = UNSET if (value := get("height")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        top = d.pop("top", UNSET)

        left = d.pop("left", UNSET)

        width = d.pop("width", UNSET)

        height = d.pop("height", UNSET)

        bot_canvas_position = cls(
            top=top,
            left=left,
            width=width,
            height=height,
        )

        bot_canvas_position.additional_properties = d
        return bot_canvas_position

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
