from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="OAuthDeviceCode")


@_attrs_define(repr=False)
class OAuthDeviceCode(CozeModel):
    """The codes of a device authorization, as the raw endpoint answer.

    Attributes:
        device_code (str): The code the device polls oauth.token with.
        user_code (str): The code the user types on the verification page.
        verification_uri (str): The page where the user enters user_code.
        expires_in (int | Unset): How long both codes stay valid, in seconds (a duration, typically 300).
        interval (int | Unset): The shortest wait between two token polls, in seconds (typically 5).
    """

    device_code: str
    user_code: str
    verification_uri: str
    expires_in: int | Unset = UNSET
    interval: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        device_code = self.device_code

        user_code = self.user_code

        verification_uri = self.verification_uri

        expires_in = self.expires_in

        interval = self.interval

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "device_code": device_code,
                "user_code": user_code,
                "verification_uri": verification_uri,
            }
        )
        if expires_in is not UNSET:
            field_dict["expires_in"] = expires_in
        if interval is not UNSET:
            field_dict["interval"] = interval

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.device_code = get("device_code")
        instance.user_code = get("user_code")
        instance.verification_uri = get("verification_uri")
        instance.expires_in = UNSET if (value := get("expires_in")) is None else value
        instance.interval = UNSET if (value := get("interval")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        _device_code_raw = d.pop("device_code", None)
        device_code = _device_code_raw

        _user_code_raw = d.pop("user_code", None)
        user_code = _user_code_raw

        _verification_uri_raw = d.pop("verification_uri", None)
        verification_uri = _verification_uri_raw

        expires_in = d.pop("expires_in", UNSET)

        interval = d.pop("interval", UNSET)

        o_auth_device_code = cls(
            device_code=device_code,
            user_code=user_code,
            verification_uri=verification_uri,
            expires_in=expires_in,
            interval=interval,
        )

        o_auth_device_code.additional_properties = d
        return o_auth_device_code

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
