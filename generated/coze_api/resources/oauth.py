"""The `oauth` resource group, sync and async, and its `with_raw_response` twins.

Generated from openapi/coze.yaml by `make gen`; never edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Literal

from .. import operations as _ops
from .._runtime import (
    AsyncRawMethod,
    AsyncRequester,
    RawGroup,
    RawMethod,
    RequestOptions,
    SyncRequester,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models import OAuthDeviceCode, OAuthGrantType, OAuthJwtGrantType, OAuthScope, OAuthToken
    from ..types import TimeoutInput

__all__ = ["AsyncOauthResource", "AsyncRawOauthResource", "OauthResource", "RawOauthResource"]


class OauthResource:
    """The `oauth` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def token(
        self,
        *,
        grant_type: OAuthGrantType
        | Literal[
            "authorization_code",
            "refresh_token",
            "urn:ietf:params:oauth:grant-type:jwt-bearer",
            "urn:ietf:params:oauth:grant-type:device_code",
        ],
        client_id: str | None = None,
        code: str | None = None,
        redirect_uri: str | None = None,
        code_verifier: str | None = None,
        refresh_token: str | None = None,
        device_code: str | None = None,
        duration_seconds: int | None = None,
        scope: OAuthScope | Mapping[str, object] | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> OAuthToken:
        """Get an OAuth access token.

        Exchanges an authorization code, a refresh token, a device code or a signed JWT
        for an access token; the body depends on grant_type.

        Args:
            grant_type: The grant: authorization_code (web and PKCE apps),
                refresh_token, urn:ietf:params:oauth:grant-type:jwt-bearer (JWT
                apps) or urn:ietf:params:oauth:grant-type:device_code (device apps).
            client_id: The OAuth app's client id (authorization_code, refresh_token
                and device_code grants).
            code: The code from the redirect after the user agreed
                (authorization_code grant).
            redirect_uri: The redirect URL registered for the app, as used in the
                authorize URL (authorization_code grant).
            code_verifier: The random verifier behind the code_challenge of the
                authorize URL (authorization_code grant, PKCE apps only).
            refresh_token: A refresh token from an earlier answer, valid for 30 days
                and used up by this call (refresh_token grant).
            device_code: The device_code from oauth.device_code (device_code grant).
            duration_seconds: Token lifetime in seconds, at most 86399 (server
                default 900; jwt-bearer grant).
            scope: Narrows a channel app's JWT token to some permissions and bots;
                without it the token has all granted permissions.
        """
        return self._requester.request(
            _ops.OAUTH_TOKEN,
            {
                "grant_type": grant_type,
                "client_id": client_id,
                "code": code,
                "redirect_uri": redirect_uri,
                "code_verifier": code_verifier,
                "refresh_token": refresh_token,
                "device_code": device_code,
                "duration_seconds": duration_seconds,
                "scope": scope,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def token_for_account(
        self,
        *,
        account_id: str,
        grant_type: OAuthJwtGrantType | Literal["urn:ietf:params:oauth:grant-type:jwt-bearer"],
        duration_seconds: int | None = None,
        scope: OAuthScope | Mapping[str, object] | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> OAuthToken:
        """Get a JWT access token for an account.

        Exchanges a signed JWT for an access token scoped to one account, an
        organization of a multi-organization enterprise or the owner of a shared
        workspace.

        Args:
            account_id: The organization id (multi-organization enterprises) or the
                UID of the workspace owner (cross-account access).
            grant_type: The JWT bearer grant, the only one the account and
                enterprise token endpoints take.
            duration_seconds: Token lifetime in seconds, at most 86399 (server
                default 900).
            scope: Narrows a channel app's JWT token to some permissions and bots;
                without it the token has all granted permissions.
        """
        return self._requester.request(
            _ops.OAUTH_TOKEN_FOR_ACCOUNT,
            {"account_id": account_id, "grant_type": grant_type, "duration_seconds": duration_seconds, "scope": scope},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def token_for_enterprise(
        self,
        *,
        enterprise_id: str,
        grant_type: OAuthJwtGrantType | Literal["urn:ietf:params:oauth:grant-type:jwt-bearer"],
        duration_seconds: int | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> OAuthToken:
        """Get a JWT access token for an enterprise.

        Exchanges a JWT signed by an enterprise privileged app for an access token that
        may call the enterprise administration APIs.

        Args:
            enterprise_id: The enterprise the token acts for (e.g.
                volcano_2101957731).
            grant_type: The JWT bearer grant, the only one the account and
                enterprise token endpoints take.
            duration_seconds: Token lifetime in seconds, at most 86399 (server
                default 900).
        """
        return self._requester.request(
            _ops.OAUTH_TOKEN_FOR_ENTERPRISE,
            {"enterprise_id": enterprise_id, "grant_type": grant_type, "duration_seconds": duration_seconds},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def device_code(
        self,
        *,
        client_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> OAuthDeviceCode:
        """Start a device authorization.

        Asks for a device code and a user code; the user enters the code at
        verification_uri while the device polls oauth.token with the device code grant.

        Args:
            client_id: The device OAuth app's client id.
        """
        return self._requester.request(
            _ops.OAUTH_DEVICE_CODE,
            {"client_id": client_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def device_code_for_workspace(
        self,
        *,
        workspace_id: str,
        client_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> OAuthDeviceCode:
        """Start a device authorization for a workspace.

        Like oauth.device_code, but the token will only reach the resources of one
        workspace (enterprise editions only).

        Args:
            workspace_id: The workspace the token will be limited to.
            client_id: The device OAuth app's client id.
        """
        return self._requester.request(
            _ops.OAUTH_DEVICE_CODE_FOR_WORKSPACE,
            {"workspace_id": workspace_id, "client_id": client_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncOauthResource:
    """The `oauth` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def token(
        self,
        *,
        grant_type: OAuthGrantType
        | Literal[
            "authorization_code",
            "refresh_token",
            "urn:ietf:params:oauth:grant-type:jwt-bearer",
            "urn:ietf:params:oauth:grant-type:device_code",
        ],
        client_id: str | None = None,
        code: str | None = None,
        redirect_uri: str | None = None,
        code_verifier: str | None = None,
        refresh_token: str | None = None,
        device_code: str | None = None,
        duration_seconds: int | None = None,
        scope: OAuthScope | Mapping[str, object] | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> OAuthToken:
        """Get an OAuth access token.

        Exchanges an authorization code, a refresh token, a device code or a signed JWT
        for an access token; the body depends on grant_type.

        Args:
            grant_type: The grant: authorization_code (web and PKCE apps),
                refresh_token, urn:ietf:params:oauth:grant-type:jwt-bearer (JWT
                apps) or urn:ietf:params:oauth:grant-type:device_code (device apps).
            client_id: The OAuth app's client id (authorization_code, refresh_token
                and device_code grants).
            code: The code from the redirect after the user agreed
                (authorization_code grant).
            redirect_uri: The redirect URL registered for the app, as used in the
                authorize URL (authorization_code grant).
            code_verifier: The random verifier behind the code_challenge of the
                authorize URL (authorization_code grant, PKCE apps only).
            refresh_token: A refresh token from an earlier answer, valid for 30 days
                and used up by this call (refresh_token grant).
            device_code: The device_code from oauth.device_code (device_code grant).
            duration_seconds: Token lifetime in seconds, at most 86399 (server
                default 900; jwt-bearer grant).
            scope: Narrows a channel app's JWT token to some permissions and bots;
                without it the token has all granted permissions.
        """
        return await self._requester.request(
            _ops.OAUTH_TOKEN,
            {
                "grant_type": grant_type,
                "client_id": client_id,
                "code": code,
                "redirect_uri": redirect_uri,
                "code_verifier": code_verifier,
                "refresh_token": refresh_token,
                "device_code": device_code,
                "duration_seconds": duration_seconds,
                "scope": scope,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def token_for_account(
        self,
        *,
        account_id: str,
        grant_type: OAuthJwtGrantType | Literal["urn:ietf:params:oauth:grant-type:jwt-bearer"],
        duration_seconds: int | None = None,
        scope: OAuthScope | Mapping[str, object] | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> OAuthToken:
        """Get a JWT access token for an account.

        Exchanges a signed JWT for an access token scoped to one account, an
        organization of a multi-organization enterprise or the owner of a shared
        workspace.

        Args:
            account_id: The organization id (multi-organization enterprises) or the
                UID of the workspace owner (cross-account access).
            grant_type: The JWT bearer grant, the only one the account and
                enterprise token endpoints take.
            duration_seconds: Token lifetime in seconds, at most 86399 (server
                default 900).
            scope: Narrows a channel app's JWT token to some permissions and bots;
                without it the token has all granted permissions.
        """
        return await self._requester.request(
            _ops.OAUTH_TOKEN_FOR_ACCOUNT,
            {"account_id": account_id, "grant_type": grant_type, "duration_seconds": duration_seconds, "scope": scope},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def token_for_enterprise(
        self,
        *,
        enterprise_id: str,
        grant_type: OAuthJwtGrantType | Literal["urn:ietf:params:oauth:grant-type:jwt-bearer"],
        duration_seconds: int | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> OAuthToken:
        """Get a JWT access token for an enterprise.

        Exchanges a JWT signed by an enterprise privileged app for an access token that
        may call the enterprise administration APIs.

        Args:
            enterprise_id: The enterprise the token acts for (e.g.
                volcano_2101957731).
            grant_type: The JWT bearer grant, the only one the account and
                enterprise token endpoints take.
            duration_seconds: Token lifetime in seconds, at most 86399 (server
                default 900).
        """
        return await self._requester.request(
            _ops.OAUTH_TOKEN_FOR_ENTERPRISE,
            {"enterprise_id": enterprise_id, "grant_type": grant_type, "duration_seconds": duration_seconds},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def device_code(
        self,
        *,
        client_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> OAuthDeviceCode:
        """Start a device authorization.

        Asks for a device code and a user code; the user enters the code at
        verification_uri while the device polls oauth.token with the device code grant.

        Args:
            client_id: The device OAuth app's client id.
        """
        return await self._requester.request(
            _ops.OAUTH_DEVICE_CODE,
            {"client_id": client_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def device_code_for_workspace(
        self,
        *,
        workspace_id: str,
        client_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> OAuthDeviceCode:
        """Start a device authorization for a workspace.

        Like oauth.device_code, but the token will only reach the resources of one
        workspace (enterprise editions only).

        Args:
            workspace_id: The workspace the token will be limited to.
            client_id: The device OAuth app's client id.
        """
        return await self._requester.request(
            _ops.OAUTH_DEVICE_CODE_FOR_WORKSPACE,
            {"workspace_id": workspace_id, "client_id": client_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class RawOauthResource(RawGroup):
    """The `oauth` methods, each returning the raw HTTP answer (a `RawResponse`)."""

    token = RawMethod(OauthResource.token)
    token_for_account = RawMethod(OauthResource.token_for_account)
    token_for_enterprise = RawMethod(OauthResource.token_for_enterprise)
    device_code = RawMethod(OauthResource.device_code)
    device_code_for_workspace = RawMethod(OauthResource.device_code_for_workspace)


class AsyncRawOauthResource(RawGroup):
    """The `oauth` methods, each returning the raw HTTP answer (a `RawResponse`)."""

    token = AsyncRawMethod(AsyncOauthResource.token)
    token_for_account = AsyncRawMethod(AsyncOauthResource.token_for_account)
    token_for_enterprise = AsyncRawMethod(AsyncOauthResource.token_for_enterprise)
    device_code = AsyncRawMethod(AsyncOauthResource.device_code)
    device_code_for_workspace = AsyncRawMethod(AsyncOauthResource.device_code_for_workspace)
