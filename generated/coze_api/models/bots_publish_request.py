from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bots_publish_request_connectors import BotsPublishRequestConnectors


T = TypeVar("T", bound="BotsPublishRequest")


@_attrs_define(repr=False)
class BotsPublishRequest(CozeModel):
    """Body of bots_publish.

    Attributes:
        bot_id (str): The bot to publish.
        connector_ids (list[str]): Channels to publish to; 1024 is the API, 999 the Chat SDK, other ids are custom
            channels.
        connectors (BotsPublishRequestConnectors | Unset): Extra settings per custom channel id, each a map of keys to
            JSON-encoded values; custom channels also need the API channel.
    """

    bot_id: str
    connector_ids: list[str]
    connectors: BotsPublishRequestConnectors | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bot_id = self.bot_id

        connector_ids = self.connector_ids

        connectors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.connectors, Unset):
            connectors = self.connectors.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bot_id": bot_id,
                "connector_ids": connector_ids,
            }
        )
        if connectors is not UNSET:
            field_dict["connectors"] = connectors

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
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bots_publish_request_connectors import BotsPublishRequestConnectors  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        _bot_id_raw = d.pop("bot_id", None)
        bot_id = _bot_id_raw

        _connector_ids_raw = d.pop("connector_ids", None)
        connector_ids: Any
        if _connector_ids_raw is None:
            connector_ids = None
        else:
            connector_ids = cast(list[str], _connector_ids_raw)

        _connectors = d.pop("connectors", UNSET)
        connectors: BotsPublishRequestConnectors | Unset
        if isinstance(_connectors, Unset):
            connectors = UNSET
        else:
            connectors = BotsPublishRequestConnectors.from_dict(_connectors)

        bots_publish_request = cls(
            bot_id=bot_id,
            connector_ids=connector_ids,
            connectors=connectors,
        )

        bots_publish_request.additional_properties = d
        return bots_publish_request

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
