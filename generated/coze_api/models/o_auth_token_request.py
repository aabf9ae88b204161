from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..models.o_auth_grant_type import OAuthGrantType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.o_auth_scope import OAuthScope


T = TypeVar("T", bound="OAuthTokenRequest")


@_attrs_define(repr=False)
class OAuthTokenRequest(CozeModel):
    """Body of oauth_token. authorization_code needs client_id, code, redirect_uri (and code_verifier for PKCE);
    refresh_token needs client_id, refresh_token; device_code needs client_id, device_code; jwt-bearer takes
    duration_seconds and scope.

        Attributes:
            grant_type (OAuthGrantType): The grant: authorization_code (web and PKCE apps), refresh_token,
                urn:ietf:params:oauth:grant-type:jwt-bearer (JWT apps) or urn:ietf:params:oauth:grant-type:device_code (device
                apps).
            client_id (str | Unset): The OAuth app's client id (authorization_code, refresh_token and device_code grants).
            code (str | Unset): The code from the redirect after the user agreed (authorization_code grant).
            redirect_uri (str | Unset): The redirect URL registered for the app, as used in the authorize URL
                (authorization_code grant).
            code_verifier (str | Unset): The random verifier behind the code_challenge of the authorize URL
                (authorization_code grant, PKCE apps only).
            refresh_token (str | Unset): A refresh token from an earlier answer, valid for 30 days and used up by this call
                (refresh_token grant).
            device_code (str | Unset): The device_code from oauth.device_code (device_code grant).
            duration_seconds (int | Unset): Token lifetime in seconds, at most 86399 (server default 900; jwt-bearer grant).
            scope (OAuthScope | Unset): Narrows a channel app's JWT token to some permissions and bots; without it the token
                has all granted permissions.
    """

    grant_type: OAuthGrantType
    client_id: str | Unset = UNSET
    code: str | Unset = UNSET
    redirect_uri: str | Unset = UNSET
    code_verifier: str | Unset = UNSET
    refresh_token: str | Unset = UNSET
    device_code: str | Unset = UNSET
    duration_seconds: int | Unset = UNSET
    scope: OAuthScope | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grant_type = self.grant_type.value

        client_id = self.client_id

        code = self.code

        redirect_uri = self.redirect_uri

        code_verifier = self.code_verifier

        refresh_token = self.refresh_token

        device_code = self.device_code

        duration_seconds = self.duration_seconds

        scope: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = self.scope.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "grant_type": grant_type,
            }
        )
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if code is not UNSET:
            field_dict["code"] = code
        if redirect_uri is not UNSET:
            field_dict["redirect_uri"] = redirect_uri
        if code_verifier is not UNSET:
            field_dict["code_verifier"] = code_verifier
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token
        if device_code is not UNSET:
            field_dict["device_code"] = device_code
        if duration_seconds is not UNSET:
            field_dict["duration_seconds"] = duration_seconds
        if scope is not UNSET:
            field_dict["scope"] = scope

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.client_id = UNSET if (value := get("client_id")) is None else value
        instance.code = UNSET if (value := get("code")) is None else value
        instance.redirect_uri = UNSET if (value := get("redirect_uri")) is None else value
        instance.code_verifier = UNSET if (value := get("code_verifier")) is None else value
        instance.refresh_token = UNSET if (value := get("refresh_token")) is None else value
        instance.device_code = UNSET if (value := get("device_code")) is None else value
        instance.duration_seconds = UNSET if (value := get("duration_seconds")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.o_auth_scope import OAuthScope  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        _grant_type_raw = d.pop("grant_type", None)
        grant_type: Any
        if _grant_type_raw is None:
            grant_type = None
        else:
            grant_type = OAuthGrantType(_grant_type_raw)

        client_id = d.pop("client_id", UNSET)

        code = d.pop("code", UNSET)

        redirect_uri = d.pop("redirect_uri", UNSET)

        code_verifier = d.pop("code_verifier", UNSET)

        refresh_token = d.pop("refresh_token", UNSET)

        device_code = d.pop("device_code", UNSET)

        duration_seconds = d.pop("duration_seconds", UNSET)

        _scope = d.pop("scope", UNSET)
        scope: OAuthScope | Unset
        if isinstance(_scope, Unset):
            scope = UNSET
        else:
            scope = OAuthScope.from_dict(_scope)

        o_auth_token_request = cls(
            grant_type=grant_type,
            client_id=client_id,
            code=code,
            redirect_uri=redirect_uri,
            code_verifier=code_verifier,
            refresh_token=refresh_token,
            device_code=device_code,
            duration_seconds=duration_seconds,
            scope=scope,
        )

        o_auth_token_request.additional_properties = d
        return o_auth_token_request

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
