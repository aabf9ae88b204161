from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel

T = TypeVar("T", bound="RoomJoinInfo")


@_attrs_define(repr=False)
class RoomJoinInfo(CozeModel):
    """What an RTC client needs to join a room.

    Attributes:
        room_id (str): The id of the created RTC room.
        app_id (str): The RTC application id.
        token (str): Token the user presents to join the room.
        uid (str): The user id to join with; equals the uid sent, or one the server made up.
    """

    room_id: str
    app_id: str
    token: str
    uid: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        room_id = self.room_id

        app_id = self.app_id

        token = self.token

        uid = self.uid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "room_id": room_id,
                "app_id": app_id,
                "token": token,
                "uid": uid,
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
        instance.room_id = get("room_id")
        instance.app_id = get("app_id")
        instance.token = get("token")
        instance.uid = get("uid")
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        _room_id_raw = d.pop("room_id", None)
        room_id = _room_id_raw

        _app_id_raw = d.pop("app_id", None)
        app_id = _app_id_raw

        _token_raw = d.pop("token", None)
        token = _token_raw

        _uid_raw = d.pop("uid", None)
        uid = _uid_raw

        room_join_info = cls(
            room_id=room_id,
            app_id=app_id,
            token=token,
            uid=uid,
        )

        room_join_info.additional_properties = d
        return room_join_info

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
