from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..models.api_app_type import ApiAppType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiAppsCreateRequest")


@_attrs_define(repr=False)
class ApiAppsCreateRequest(CozeModel):
    """Body of api_apps_create.

    Attributes:
        app_type (ApiAppType): A callback app kind: normal, or connector (receives the events of one channel).
        name (str | Unset): The app name, at most 128 characters; needed for normal apps.
        connector_id (str | Unset): The channel id; needed for connector apps.
    """

    app_type: ApiAppType
    name: str | Unset = UNSET
    connector_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_type = self.app_type.value

        name = self.name

        connector_id = self.connector_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app_type": app_type,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if connector_id is not UNSET:
            field_dict["connector_id"] = connector_id

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.name = UNSET if (value := get("name")) is None else value
        instance.connector_id = UNSET if (value := get("connector_id")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        _app_type_raw = d.pop("app_type", None)
        app_type: Any
        if _app_type_raw is None:
            app_type = None
        else:
            app_type = ApiAppType(_app_type_raw)

        name = d.pop("name", UNSET)

        connector_id = d.pop("connector_id", UNSET)

        api_apps_create_request = cls(
            app_type=app_type,
            name=name,
            connector_id=connector_id,
        )

        api_apps_create_request.additional_properties = d
        return api_apps_create_request

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
