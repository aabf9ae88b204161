from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..models.api_app_event_type import ApiAppEventType

T = TypeVar("T", bound="ApiAppsEventsDeleteRequest")


@_attrs_define(repr=False)
class ApiAppsEventsDeleteRequest(CozeModel):
    """Body of api_apps_events_delete.

    Attributes:
        event_types (list[ApiAppEventType]): The event kinds to stop receiving.
    """

    event_types: list[ApiAppEventType]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_types = []
        for event_types_item_data in self.event_types:
            event_types_item = event_types_item_data.value
            event_types.append(event_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_types": event_types,
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
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        _event_types_raw = d.pop("event_types", None)
        event_types: Any
        if _event_types_raw is None:
            event_types = None
        else:
            event_types = []
            _event_types = _event_types_raw
            for event_types_item_data in _event_types:
                event_types_item = ApiAppEventType(event_types_item_data)

                event_types.append(event_types_item)

        api_apps_events_delete_request = cls(
            event_types=event_types,
        )

        api_apps_events_delete_request.additional_properties = d
        return api_apps_events_delete_request

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
