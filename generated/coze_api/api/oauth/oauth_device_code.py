from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.o_auth_device_code import OAuthDeviceCode
from ...models.o_auth_device_code_request import OAuthDeviceCodeRequest
from ...models.o_auth_error import OAuthError
from ...types import Response


def _get_kwargs(
    *,
    body: OAuthDeviceCodeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/permission/oauth2/device/code",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | OAuthDeviceCode | OAuthError | None:
    if response.status_code == 200:
        response_200 = OAuthDeviceCode.from_dict(response.json())

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
) -> Response[ErrorResponse | OAuthDeviceCode | OAuthError]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OAuthDeviceCodeRequest,
) -> Response[ErrorResponse | OAuthDeviceCode | OAuthError]:
    """Start a device authorization

     Asks for a device code and a user code; the user enters the code at verification_uri while the
    device polls oauth.token with the device code grant.

    Args:
        body (OAuthDeviceCodeRequest): Body of oauth_device_code.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | OAuthDeviceCode | OAuthError]
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
    body: OAuthDeviceCodeRequest,
) -> ErrorResponse | OAuthDeviceCode | OAuthError | None:
    """Start a device authorization

     Asks for a device code and a user code; the user enters the code at verification_uri while the
    device polls oauth.token with the device code grant.

    Args:
        body (OAuthDeviceCodeRequest): Body of oauth_device_code.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | OAuthDeviceCode | OAuthError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OAuthDeviceCodeRequest,
) -> Response[ErrorResponse | OAuthDeviceCode | OAuthError]:
    """Start a device authorization

     Asks for a device code and a user code; the user enters the code at verification_uri while the
    device polls oauth.token with the device code grant.

    Args:
        body (OAuthDeviceCodeRequest): Body of oauth_device_code.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | OAuthDeviceCode | OAuthError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OAuthDeviceCodeRequest,
) -> ErrorResponse | OAuthDeviceCode | OAuthError | None:
    """Start a device authorization

     Asks for a device code and a user code; the user enters the code at verification_uri while the
    device polls oauth.token with the device code grant.

    Args:
        body (OAuthDeviceCodeRequest): Body of oauth_device_code.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | OAuthDeviceCode | OAuthError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
