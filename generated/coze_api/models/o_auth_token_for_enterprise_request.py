from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..models.o_auth_jwt_grant_type import OAuthJwtGrantType
from ..types import UNSET, Unset

T = TypeVar("T", bound="OAuthTokenForEnterpriseRequest")


@_attrs_define(repr=False)
class OAuthTokenForEnterpriseRequest(CozeModel):
    """Body of oauth_token_for_enterprise.

    Attributes:
        grant_type (OAuthJwtGrantType): The JWT bearer grant, the only one the account and enterprise token endpoints
            take.
        duration_seconds (int | Unset): Token lifetime in seconds, at most 86399 (server default 900).
    """

    grant_type: OAuthJwtGrantType
    duration_seconds: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grant_type = self.grant_type.value

        duration_seconds = self.duration_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "grant_type": grant_type,
            }
        )
        if duration_seconds is not UNSET:
            field_dict["duration_seconds"] = duration_seconds

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.duration_seconds = UNSET if (value := get("duration_seconds")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        _grant_type_raw = d.pop("grant_type", None)
        grant_type: Any
        if _grant_type_raw is None:
            grant_type = None
        else:
            grant_type = OAuthJwtGrantType(_grant_type_raw)

        duration_seconds = d.pop("duration_seconds", UNSET)

        o_auth_token_for_enterprise_request = cls(
            grant_type=grant_type,
            duration_seconds=duration_seconds,
        )

        o_auth_token_for_enterprise_request.additional_properties = d
        return o_auth_token_for_enterprise_request

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
