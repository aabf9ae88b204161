from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.o_auth_error import OAuthError
from ...models.o_auth_token import OAuthToken
from ...models.o_auth_token_for_enterprise_request import OAuthTokenForEnterpriseRequest
from ...types import Response


def _get_kwargs(
    enterprise_id: str,
    *,
    body: OAuthTokenForEnterpriseRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/permission/oauth2/enterprise_id/{enterprise_id}/token".format(
            enterprise_id=quote(str(enterprise_id), safe=""),
        ),
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
    enterprise_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: OAuthTokenForEnterpriseRequest,
) -> Response[ErrorResponse | OAuthError | OAuthToken]:
    """Get a JWT access token for an enterprise

     Exchanges a JWT signed by an enterprise privileged app for an access token that may call the
    enterprise administration APIs.

    Args:
        enterprise_id (str):
        body (OAuthTokenForEnterpriseRequest): Body of oauth_token_for_enterprise.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | OAuthError | OAuthToken]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    enterprise_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: OAuthTokenForEnterpriseRequest,
) -> ErrorResponse | OAuthError | OAuthToken | None:
    """Get a JWT access token for an enterprise

     Exchanges a JWT signed by an enterprise privileged app for an access token that may call the
    enterprise administration APIs.

    Args:
        enterprise_id (str):
        body (OAuthTokenForEnterpriseRequest): Body of oauth_token_for_enterprise.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | OAuthError | OAuthToken
    """

    return sync_detailed(
        enterprise_id=enterprise_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    enterprise_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: OAuthTokenForEnterpriseRequest,
) -> Response[ErrorResponse | OAuthError | OAuthToken]:
    """Get a JWT access token for an enterprise

     Exchanges a JWT signed by an enterprise privileged app for an access token that may call the
    enterprise administration APIs.

    Args:
        enterprise_id (str):
        body (OAuthTokenForEnterpriseRequest): Body of oauth_token_for_enterprise.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | OAuthError | OAuthToken]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    enterprise_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: OAuthTokenForEnterpriseRequest,
) -> ErrorResponse | OAuthError | OAuthToken | None:
    """Get a JWT access token for an enterprise

     Exchanges a JWT signed by an enterprise privileged app for an access token that may call the
    enterprise administration APIs.

    Args:
        enterprise_id (str):
        body (OAuthTokenForEnterpriseRequest): Body of oauth_token_for_enterprise.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | OAuthError | OAuthToken
    """

    return (
        await asyncio_detailed(
            enterprise_id=enterprise_id,
            client=client,
            body=body,
        )
    ).parsed
