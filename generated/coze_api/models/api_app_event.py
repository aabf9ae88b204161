from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..models.api_app_event_type import ApiAppEventType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiAppEvent")


@_attrs_define(repr=False)
class ApiAppEvent(CozeModel):
    """An event kind a callback app is subscribed to.

    Attributes:
        api_app_id (str): The callback app id.
        event_type (ApiAppEventType): An event kind: bot.published, bot.deleted, bot.unpublished, benefit.usage (bill
            delivery), benefit.plugin.scale.requested or benefit.plugin.scale.expired.
        name (str | Unset): The callback app name.
        description (str | Unset): What the event means.
    """

    api_app_id: str
    event_type: ApiAppEventType
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_app_id = self.api_app_id

        event_type = self.event_type.value

        name = self.name

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_app_id": api_app_id,
                "event_type": event_type,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.api_app_id = get("api_app_id")
        instance.name = UNSET if (value := get("name")) is None else value
        instance.description = UNSET if (value := get("description")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        _api_app_id_raw = d.pop("api_app_id", None)
        api_app_id = _api_app_id_raw

        _event_type_raw = d.pop("event_type", None)
        event_type: Any
        if _event_type_raw is None:
            event_type = None
        else:
            event_type = ApiAppEventType(_event_type_raw)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        api_app_event = cls(
            api_app_id=api_app_id,
            event_type=event_type,
            name=name,
            description=description,
        )

        api_app_event.additional_properties = d
        return api_app_event

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
