from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel

if TYPE_CHECKING:
    from ..models.connector_user_config_enum import ConnectorUserConfigEnum


T = TypeVar("T", bound="ConnectorUserConfig")


@_attrs_define(repr=False)
class ConnectorUserConfig(CozeModel):
    """A set of devices under one configuration key.

    Attributes:
        key (str): The configuration key agreed with Coze for the channel (e.g. device_id).
        enums (list[ConnectorUserConfigEnum]): The devices to bind.
    """

    key: str
    enums: list[ConnectorUserConfigEnum]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        enums = []
        for enums_item_data in self.enums:
            enums_item = enums_item_data.to_dict()
            enums.append(enums_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "enums": enums,
            }
        )

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.key = get("key")
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.connector_user_config_enum import ConnectorUserConfigEnum  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        _key_raw = d.pop("key", None)
        key = _key_raw

        _enums_raw = d.pop("enums", None)
        enums: Any
        if _enums_raw is None:
            enums = None
        else:
            enums = []
            _enums = _enums_raw
            for enums_item_data in _enums:
                enums_item = ConnectorUserConfigEnum.from_dict(enums_item_data)

                enums.append(enums_item)

        connector_user_config = cls(
            key=key,
            enums=enums,
        )

        connector_user_config.additional_properties = d
        return connector_user_config

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
