from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bot_canvas_position import BotCanvasPosition
    from ..models.bot_gradient_position import BotGradientPosition


T = TypeVar("T", bound="BotBackgroundImage")


@_attrs_define(repr=False)
class BotBackgroundImage(CozeModel):
    """One background image and how it is cropped and blended.

    Attributes:
        image_url (str | Unset): URL of the cropped background image.
        origin_image_url (str | Unset): URL of the original, uncropped image.
        theme_color (str | Unset): Theme colour matching the image, as a hex code such as #FFFFFF.
        canvas_position (BotCanvasPosition | Unset): The crop of the original image that is shown, in pixels.
        gradient_position (BotGradientPosition | Unset): Where the background gradient starts and ends, in pixels.
    """

    image_url: str | Unset = UNSET
    origin_image_url: str | Unset = UNSET
    theme_color: str | Unset = UNSET
    canvas_position: BotCanvasPosition | Unset = UNSET
    gradient_position: BotGradientPosition | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        origin_image_url = self.origin_image_url

        theme_color = self.theme_color

        canvas_position: dict[str, Any] | Unset = UNSET
        if not isinstance(self.canvas_position, Unset):
            canvas_position = self.canvas_position.to_dict()

        gradient_position: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gradient_position, Unset):
            gradient_position = self.gradient_position.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if origin_image_url is not UNSET:
            field_dict["origin_image_url"] = origin_image_url
        if theme_color is not UNSET:
            field_dict["theme_color"] = theme_color
        if canvas_position is not UNSET:
            field_dict["canvas_position"] = canvas_position
        if gradient_position is not UNSET:
            field_dict["gradient_position"] = gradient_position

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.image_url = UNSET if (value := get("image_url")) is None else value
        instance.origin_image_url = UNSET if (value := get("origin_image_url")) is None else value
        instance.theme_color = UNSET if (value := get("theme_color")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bot_canvas_position import BotCanvasPosition  # noqa: PLC0415
        from ..models.bot_gradient_position import BotGradientPosition  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        image_url = d.pop("image_url", UNSET)

        origin_image_url = d.pop("origin_image_url", UNSET)

        theme_color = d.pop("theme_color", UNSET)

        _canvas_position = d.pop("canvas_position", UNSET)
        canvas_position: BotCanvasPosition | Unset
        if isinstance(_canvas_position, Unset):
            canvas_position = UNSET
        else:
            canvas_position = BotCanvasPosition.from_dict(_canvas_position)

        _gradient_position = d.pop("gradient_position", UNSET)
        gradient_position: BotGradientPosition | Unset
        if isinstance(_gradient_position, Unset):
            gradient_position = UNSET
        else:
            gradient_position = BotGradientPosition.from_dict(_gradient_position)

        bot_background_image = cls(
            image_url=image_url,
            origin_image_url=origin_image_url,
            theme_color=theme_color,
            canvas_position=canvas_position,
            gradient_position=gradient_position,
        )

        bot_background_image.additional_properties = d
        return bot_background_image

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
