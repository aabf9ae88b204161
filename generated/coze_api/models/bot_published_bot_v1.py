from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="BotPublishedBotV1")


@_attrs_define(repr=False)
class BotPublishedBotV1(CozeModel):
    """A bot published to the API channel, as the deprecated list returns it.

    Attributes:
        bot_id (str): The bot id.
        bot_name (str | Unset): The bot name.
        description (str | Unset): What the bot does.
        icon_url (str | Unset): URL of the bot's avatar.
        publish_time (str | Unset): Last publish time, unix seconds as a string of digits.
    """

    bot_id: str
    bot_name: str | Unset = UNSET
    description: str | Unset = UNSET
    icon_url: str | Unset = UNSET
    publish_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bot_id = self.bot_id

        bot_name = self.bot_name

        description = self.description

        icon_url = self.icon_url

        publish_time = self.publish_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bot_id": bot_id,
            }
        )
        if bot_name is not UNSET:
            field_dict["bot_name"] = bot_name
        if description is not UNSET:
            field_dict["description"] = description
        if icon_url is not UNSET:
            field_dict["icon_url"] = icon_url
        if publish_time is not UNSET:
            field_dict["publish_time"] = publish_time

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.bot_id = get("bot_id")
        instance.bot_name = UNSET if (value := get("bot_name")) is None else value
        instance.description = UNSET if (value := get("description")) is None else value
        instance.icon_url = UNSET if (value := get("icon_url")) is None else value
        instance.publish_time = UNSET if (value := get("publish_time")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        _bot_id_raw = d.pop("bot_id", None)
        bot_id = _bot_id_raw

        bot_name = d.pop("bot_name", UNSET)

        description = d.pop("description", UNSET)

        icon_url = d.pop("icon_url", UNSET)

        publish_time = d.pop("publish_time", UNSET)

        bot_published_bot_v1 = cls(
            bot_id=bot_id,
            bot_name=bot_name,
            description=description,
            icon_url=icon_url,
            publish_time=publish_time,
        )

        bot_published_bot_v1.additional_properties = d
        return bot_published_bot_v1

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
