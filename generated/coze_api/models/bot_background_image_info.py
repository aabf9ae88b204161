from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bot_background_image import BotBackgroundImage


T = TypeVar("T", bound="BotBackgroundImageInfo")


@_attrs_define(repr=False)
class BotBackgroundImageInfo(CozeModel):
    """Background images of the bot's chat page.

    Attributes:
        web_background_image (BotBackgroundImage | Unset): One background image and how it is cropped and blended.
        mobile_background_image (BotBackgroundImage | Unset): One background image and how it is cropped and blended.
    """

    web_background_image: BotBackgroundImage | Unset = UNSET
    mobile_background_image: BotBackgroundImage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        web_background_image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.web_background_image, Unset):
            web_background_image = self.web_background_image.to_dict()

        mobile_background_image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mobile_background_image, Unset):
            mobile_background_image = self.mobile_background_image.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if web_background_image is not UNSET:
            field_dict["web_background_image"] = web_background_image
        if mobile_background_image is not UNSET:
            field_dict["mobile_background_image"] = mobile_background_image

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bot_background_image import BotBackgroundImage  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        _web_background_image = d.pop("web_background_image", UNSET)
        web_background_image: BotBackgroundImage | Unset
        if isinstance(_web_background_image, Unset):
            web_background_image = UNSET
        else:
            web_background_image = BotBackgroundImage.from_dict(_web_background_image)

        _mobile_background_image = d.pop("mobile_background_image", UNSET)
        mobile_background_image: BotBackgroundImage | Unset
        if isinstance(_mobile_background_image, Unset):
            mobile_background_image = UNSET
        else:
            mobile_background_image = BotBackgroundImage.from_dict(_mobile_background_image)

        bot_background_image_info = cls(
            web_background_image=web_background_image,
            mobile_background_image=mobile_background_image,
        )

        bot_background_image_info.additional_properties = d
        return bot_background_image_info

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
