"""Models of the `oauth` resource group.

Generated from openapi/coze.yaml by `make gen`; never edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Self

from .. import _model as _m
from .._model import CozeModel, OpenStrEnum

__all__ = [
    "OAuthDeviceCode",
    "OAuthGrantType",
    "OAuthJwtGrantType",
    "OAuthScope",
    "OAuthScopeAccountPermission",
    "OAuthScopeAttributeConstraint",
    "OAuthScopeBotChatAttribute",
    "OAuthToken",
]


class OAuthDeviceCode(CozeModel):
    """The codes of a device authorization, as the raw endpoint answer."""

    __slots__ = ("device_code", "user_code", "verification_uri", "expires_in", "interval")
    _FIELDS = (
        ("device_code", "device_code"),
        ("user_code", "user_code"),
        ("verification_uri", "verification_uri"),
        ("expires_in", "expires_in"),
        ("interval", "interval"),
    )
    _KNOWN = frozenset(("device_code", "user_code", "verification_uri", "expires_in", "interval"))

    device_code: str
    """The code the device polls oauth.token with."""
    user_code: str
    """The code the user types on the verification page."""
    verification_uri: str
    """The page where the user enters user_code."""
    expires_in: int | None
    """How long both codes stay valid, in seconds (a duration, typically 300)."""
    interval: int | None
    """The shortest wait between two token polls, in seconds (typically 5)."""

    def __init__(
        self,
        *,
        device_code: str,
        user_code: str,
        verification_uri: str,
        expires_in: int | None = None,
        interval: int | None = None,
    ) -> None:
        self.device_code = device_code
        self.user_code = user_code
        self.verification_uri = verification_uri
        self.expires_in = expires_in
        self.interval = interval

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("device_code")
        if type(v) is not str:
            v = _m.to_str(v, "device_code")
        obj.device_code = v
        v = get("user_code")
        if type(v) is not str:
            v = _m.to_str(v, "user_code")
        obj.user_code = v
        v = get("verification_uri")
        if type(v) is not str:
            v = _m.to_str(v, "verification_uri")
        obj.verification_uri = v
        v = get("expires_in")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "expires_in")
        obj.expires_in = v
        v = get("interval")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "interval")
        obj.interval = v
        obj._src = src
        return obj


class OAuthGrantType(OpenStrEnum):
    """The grant: authorization_code (web and PKCE apps), refresh_token,
    urn:ietf:params:oauth:grant-type:jwt-bearer (JWT apps) or
    urn:ietf:params:oauth:grant-type:device_code (device apps).
    """

    AUTHORIZATION_CODE = "authorization_code"
    REFRESH_TOKEN = "refresh_token"
    URN_IETF_PARAMS_OAUTH_GRANT_TYPE_JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer"
    URN_IETF_PARAMS_OAUTH_GRANT_TYPE_DEVICE_CODE = "urn:ietf:params:oauth:grant-type:device_code"


class OAuthJwtGrantType(OpenStrEnum):
    """The JWT bearer grant, the only one the account and enterprise token endpoints take."""

    URN_IETF_PARAMS_OAUTH_GRANT_TYPE_JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer"


class OAuthScope(CozeModel):
    """Narrows a channel app's JWT token to some permissions and bots; without it the token
    has all granted permissions.
    """

    __slots__ = ("account_permission", "attribute_constraint")
    _FIELDS = (("account_permission", "account_permission"), ("attribute_constraint", "attribute_constraint"))
    _KNOWN = frozenset(("account_permission", "attribute_constraint"))

    account_permission: OAuthScopeAccountPermission
    attribute_constraint: OAuthScopeAttributeConstraint

    def __init__(
        self, *, account_permission: OAuthScopeAccountPermission, attribute_constraint: OAuthScopeAttributeConstraint
    ) -> None:
        self.account_permission = account_permission
        self.attribute_constraint = attribute_constraint

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("account_permission")
        v = _m.nested(OAuthScopeAccountPermission, v, "account_permission")
        obj.account_permission = v
        v = get("attribute_constraint")
        v = _m.nested(OAuthScopeAttributeConstraint, v, "attribute_constraint")
        obj.attribute_constraint = v
        obj._src = src
        return obj


class OAuthScopeAccountPermission(CozeModel):
    """The permissions a channel token is limited to."""

    __slots__ = ("permission_list",)
    _FIELDS = (("permission_list", "permission_list"),)
    _KNOWN = frozenset(("permission_list",))

    permission_list: list[str]
    """Permission names, e.g. Connector.botChat for chatting."""

    def __init__(self, *, permission_list: list[str]) -> None:
        self.permission_list = permission_list

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("permission_list")
        v = [] if v is None else _c_OAuthScopeAccountPermission_permission_list(v, "permission_list")
        obj.permission_list = v
        obj._src = src
        return obj


class OAuthScopeAttributeConstraint(CozeModel):
    """Resource limits of a channel token."""

    __slots__ = ("connector_bot_chat_attribute",)
    _FIELDS = (("connector_bot_chat_attribute", "connector_bot_chat_attribute"),)
    _KNOWN = frozenset(("connector_bot_chat_attribute",))

    connector_bot_chat_attribute: OAuthScopeBotChatAttribute

    def __init__(self, *, connector_bot_chat_attribute: OAuthScopeBotChatAttribute) -> None:
        self.connector_bot_chat_attribute = connector_bot_chat_attribute

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("connector_bot_chat_attribute")
        v = _m.nested(OAuthScopeBotChatAttribute, v, "connector_bot_chat_attribute")
        obj.connector_bot_chat_attribute = v
        obj._src = src
        return obj


class OAuthScopeBotChatAttribute(CozeModel):
    """The bots a channel token may chat with."""

    __slots__ = ("bot_id_list",)
    _FIELDS = (("bot_id_list", "bot_id_list"),)
    _KNOWN = frozenset(("bot_id_list",))

    bot_id_list: list[str]
    """Ids of bots published as an API service."""

    def __init__(self, *, bot_id_list: list[str]) -> None:
        self.bot_id_list = bot_id_list

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("bot_id_list")
        v = [] if v is None else _c_OAuthScopeBotChatAttribute_bot_id_list(v, "bot_id_list")
        obj.bot_id_list = v
        obj._src = src
        return obj


class OAuthToken(CozeModel):
    """An OAuth access token, as the raw token endpoint answer."""

    __slots__ = ("access_token", "expires_in", "refresh_token", "token_type")
    _FIELDS = (
        ("access_token", "access_token"),
        ("expires_in", "expires_in"),
        ("refresh_token", "refresh_token"),
        ("token_type", "token_type"),
    )
    _KNOWN = frozenset(("access_token", "expires_in", "refresh_token", "token_type"))

    access_token: str
    """The access token to send as a bearer token."""
    expires_in: int
    """When the access token expires, as an absolute unix time in seconds (not a duration)."""
    refresh_token: str | None
    """A single-use token for the refresh_token grant, valid for 30 days; absent for JWT tokens."""
    token_type: str | None
    """The token type, Bearer when sent."""

    def __init__(
        self, *, access_token: str, expires_in: int, refresh_token: str | None = None, token_type: str | None = None
    ) -> None:
        self.access_token = access_token
        self.expires_in = expires_in
        self.refresh_token = refresh_token
        self.token_type = token_type

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("access_token")
        if type(v) is not str:
            v = _m.to_str(v, "access_token")
        obj.access_token = v
        v = get("expires_in")
        if type(v) is not int:
            v = _m.to_int(v, "expires_in")
        obj.expires_in = v
        v = get("refresh_token")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "refresh_token")
        obj.refresh_token = v
        v = get("token_type")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "token_type")
        obj.token_type = v
        obj._src = src
        return obj


# Lookup tables and converters the parsers above use (defined last: they name classes).
_c_OAuthScopeAccountPermission_permission_list = _m.list_of(_m.to_str)
_c_OAuthScopeBotChatAttribute_bot_id_list = _m.list_of(_m.to_str)
