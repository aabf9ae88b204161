from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="OAuthError")


@_attrs_define(repr=False)
class OAuthError(CozeModel):
    """An OAuth error body, either {error_code, error_message} or {error, error_description}; codes include
    invalid_request, invalid_client, unsupported_grant_type, access_deny, internal_error and, while polling a device
    code, authorization_pending, slow_down, access_denied and expired_token.

        Attributes:
            error_code (str | Unset): The error code, in the error_code/error_message shape.
            error_message (str | Unset): Human-readable detail, in the error_code/error_message shape.
            error (str | Unset): The error code, in the error/error_description shape.
            error_description (str | Unset): Human-readable detail, in the error/error_description shape.
    """

    error_code: str | Unset = UNSET
    error_message: str | Unset = UNSET
    error: str | Unset = UNSET
    error_description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_code = self.error_code

        error_message = self.error_message

        error = self.error

        error_description = self.error_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if error is not UNSET:
            field_dict["error"] = error
        if error_description is not UNSET:
            field_dict["error_description"] = error_description

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.error_code = UNSET if (value := get("error_code")) is None else value
        instance.error_message = UNSET if (value := get("error_message")) is None else value
        instance.error = UNSET if (value := get("error")) is None else value
        instance.error_description = UNSET if (value := get("error_description")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        error_code = d.pop("error_code", UNSET)

        error_message = d.pop("error_message", UNSET)

        error = d.pop("error", UNSET)

        error_description = d.pop("error_description", UNSET)

        o_auth_error = cls(
            error_code=error_code,
            error_message=error_message,
            error=error,
            error_description=error_description,
        )

        o_auth_error.additional_properties = d
        return o_auth_error

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
