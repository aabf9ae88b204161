from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.connector_user_config import ConnectorUserConfig


T = TypeVar("T", bound="ConnectorsBindRequest")


@_attrs_define(repr=False)
class ConnectorsBindRequest(CozeModel):
    """Body of connectors_bind.

    Attributes:
        configs (list[ConnectorUserConfig]): The device configurations to bind.
        user_id (str | Unset): UID of the bot developer the devices are bound for.
    """

    configs: list[ConnectorUserConfig]
    user_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        configs = []
        for configs_item_data in self.configs:
            configs_item = configs_item_data.to_dict()
            configs.append(configs_item)

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "configs": configs,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.user_id = UNSET if (value := get("user_id")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.connector_user_config import ConnectorUserConfig  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        _configs_raw = d.pop("configs", None)
        configs: Any
        if _configs_raw is None:
            configs = None
        else:
            configs = []
            _configs = _configs_raw
            for configs_item_data in _configs:
                configs_item = ConnectorUserConfig.from_dict(configs_item_data)

                configs.append(configs_item)

        user_id = d.pop("user_id", UNSET)

        connectors_bind_request = cls(
            configs=configs,
            user_id=user_id,
        )

        connectors_bind_request.additional_properties = d
        return connectors_bind_request

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
