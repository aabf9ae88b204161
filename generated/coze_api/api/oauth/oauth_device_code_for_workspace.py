from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.o_auth_device_code import OAuthDeviceCode
from ...models.o_auth_device_code_for_workspace_request import OAuthDeviceCodeForWorkspaceRequest
from ...models.o_auth_error import OAuthError
from ...types import Response


def _get_kwargs(
    workspace_id: str,
    *,
    body: OAuthDeviceCodeForWorkspaceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/permission/oauth2/workspace_id/{workspace_id}/device/code".format(
            workspace_id=quote(str(workspace_id), safe=""),
        ),
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
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: OAuthDeviceCodeForWorkspaceRequest,
) -> Response[ErrorResponse | OAuthDeviceCode | OAuthError]:
    """Start a device authorization for a workspace

     Like oauth.device_code, but the token will only reach the resources of one workspace (enterprise
    editions only).

    Args:
        workspace_id (str):
        body (OAuthDeviceCodeForWorkspaceRequest): Body of oauth_device_code_for_workspace.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | OAuthDeviceCode | OAuthError]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: OAuthDeviceCodeForWorkspaceRequest,
) -> ErrorResponse | OAuthDeviceCode | OAuthError | None:
    """Start a device authorization for a workspace

     Like oauth.device_code, but the token will only reach the resources of one workspace (enterprise
    editions only).

    Args:
        workspace_id (str):
        body (OAuthDeviceCodeForWorkspaceRequest): Body of oauth_device_code_for_workspace.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | OAuthDeviceCode | OAuthError
    """

    return sync_detailed(
        workspace_id=workspace_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: OAuthDeviceCodeForWorkspaceRequest,
) -> Response[ErrorResponse | OAuthDeviceCode | OAuthError]:
    """Start a device authorization for a workspace

     Like oauth.device_code, but the token will only reach the resources of one workspace (enterprise
    editions only).

    Args:
        workspace_id (str):
        body (OAuthDeviceCodeForWorkspaceRequest): Body of oauth_device_code_for_workspace.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | OAuthDeviceCode | OAuthError]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: OAuthDeviceCodeForWorkspaceRequest,
) -> ErrorResponse | OAuthDeviceCode | OAuthError | None:
    """Start a device authorization for a workspace

     Like oauth.device_code, but the token will only reach the resources of one workspace (enterprise
    editions only).

    Args:
        workspace_id (str):
        body (OAuthDeviceCodeForWorkspaceRequest): Body of oauth_device_code_for_workspace.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | OAuthDeviceCode | OAuthError
    """

    return (
        await asyncio_detailed(
            workspace_id=workspace_id,
            client=client,
            body=body,
        )
    ).parsed
