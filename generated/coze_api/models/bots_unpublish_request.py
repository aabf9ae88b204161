from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="BotsUnpublishRequest")


@_attrs_define(repr=False)
class BotsUnpublishRequest(CozeModel):
    """Body of bots_unpublish.

    Attributes:
        connector_id (str): The channel to unpublish from, e.g. 1024 (API), 999 (Chat SDK) or a custom channel id.
        unpublish_reason (str | Unset): Why the bot is unpublished, up to 1024 characters; shown in the workspace's
            publish page.
    """

    connector_id: str
    unpublish_reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connector_id = self.connector_id

        unpublish_reason = self.unpublish_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "connector_id": connector_id,
            }
        )
        if unpublish_reason is not UNSET:
            field_dict["unpublish_reason"] = unpublish_reason

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.connector_id = get("connector_id")
        instance.unpublish_reason = UNSET if (value := get("unpublish_reason")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        _connector_id_raw = d.pop("connector_id", None)
        connector_id = _connector_id_raw

        unpublish_reason = d.pop("unpublish_reason", UNSET)

        bots_unpublish_request = cls(
            connector_id=connector_id,
            unpublish_reason=unpublish_reason,
        )

        bots_unpublish_request.additional_properties = d
        return bots_unpublish_request

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
