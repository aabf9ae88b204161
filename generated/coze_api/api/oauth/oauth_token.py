from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.o_auth_error import OAuthError
from ...models.o_auth_token import OAuthToken
from ...models.o_auth_token_request import OAuthTokenRequest
from ...types import Response


def _get_kwargs(
    *,
    body: OAuthTokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/permission/oauth2/token",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | OAuthError | OAuthToken | None:
    if response.status_code == 200:
        response_200 = OAuthToken.from_dict(response.json())

        return response_200

    if 400 <= response.status_code <= 499:
        response_4xx = OAuthError.from_dict(response.json())

        return response_4xx

    if 500 <= response.status_code <= 599:
        response_5xx = ErrorResponse.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | OAuthError | OAuthToken]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OAuthTokenRequest,
) -> Response[ErrorResponse | OAuthError | OAuthToken]:
    """Get an OAuth access token

     Exchanges an authorization code, a refresh token, a device code or a signed JWT for an access token;
    the body depends on grant_type.

    Args:
        body (OAuthTokenRequest): Body of oauth_token. authorization_code needs client_id, code,
            redirect_uri (and code_verifier for PKCE); refresh_token needs client_id, refresh_token;
            device_code needs client_id, device_code; jwt-bearer takes duration_seconds and scope.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | OAuthError | OAuthToken]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: OAuthTokenRequest,
) -> ErrorResponse | OAuthError | OAuthToken | None:
    """Get an OAuth access token

     Exchanges an authorization code, a refresh token, a device code or a signed JWT for an access token;
    the body depends on grant_type.

    Args:
        body (OAuthTokenRequest): Body of oauth_token. authorization_code needs client_id, code,
            redirect_uri (and code_verifier for PKCE); refresh_token needs client_id, refresh_token;
            device_code needs client_id, device_code; jwt-bearer takes duration_seconds and scope.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | OAuthError | OAuthToken
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OAuthTokenRequest,
) -> Response[ErrorResponse | OAuthError | OAuthToken]:
    """Get an OAuth access token

     Exchanges an authorization code, a refresh token, a device code or a signed JWT for an access token;
    the body depends on grant_type.

    Args:
        body (OAuthTokenRequest): Body of oauth_token. authorization_code needs client_id, code,
            redirect_uri (and code_verifier for PKCE); refresh_token needs client_id, refresh_token;
            device_code needs client_id, device_code; jwt-bearer takes duration_seconds and scope.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | OAuthError | OAuthToken]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OAuthTokenRequest,
) -> ErrorResponse | OAuthError | OAuthToken | None:
    """Get an OAuth access token

     Exchanges an authorization code, a refresh token, a device code or a signed JWT for an access token;
    the body depends on grant_type.

    Args:
        body (OAuthTokenRequest): Body of oauth_token. authorization_code needs client_id, code,
            redirect_uri (and code_verifier for PKCE); refresh_token needs client_id, refresh_token;
            device_code needs client_id, device_code; jwt-bearer takes duration_seconds and scope.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | OAuthError | OAuthToken
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
