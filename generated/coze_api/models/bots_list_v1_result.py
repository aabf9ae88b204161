from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bot_published_bot_v1 import BotPublishedBotV1


T = TypeVar("T", bound="BotsListV1Result")


@_attrs_define(repr=False)
class BotsListV1Result(CozeModel):
    """One page of bots_list_v1.

    Attributes:
        space_bots (list[BotPublishedBotV1] | Unset): The published bots on this page, newest publish first.
        total (int | Unset): Number of bots published to the API channel.
    """

    space_bots: list[BotPublishedBotV1] | Unset = UNSET
    total: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        space_bots: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.space_bots, Unset):
            space_bots = []
            for space_bots_item_data in self.space_bots:
                space_bots_item = space_bots_item_data.to_dict()
                space_bots.append(space_bots_item)

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if space_bots is not UNSET:
            field_dict["space_bots"] = space_bots
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.total = UNSET if (value := get("total")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bot_published_bot_v1 import BotPublishedBotV1  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        _space_bots = d.pop("space_bots", UNSET)
        space_bots: list[BotPublishedBotV1] | Unset = UNSET
        if _space_bots is not UNSET:
            space_bots = []
            for space_bots_item_data in _space_bots:
                space_bots_item = BotPublishedBotV1.from_dict(space_bots_item_data)

                space_bots.append(space_bots_item)

        total = d.pop("total", UNSET)

        bots_list_v1_result = cls(
            space_bots=space_bots,
            total=total,
        )

        bots_list_v1_result.additional_properties = d
        return bots_list_v1_result

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
