from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.plugins_tools_call_request import PluginsToolsCallRequest
from ...models.plugins_tools_call_response import PluginsToolsCallResponse
from ...types import Response


def _get_kwargs(
    plugin_id: str,
    *,
    body: PluginsToolsCallRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/plugins/{plugin_id}/tools/call".format(
            plugin_id=quote(str(plugin_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PluginsToolsCallResponse | None:
    if response.status_code == 200:
        response_200 = PluginsToolsCallResponse.from_dict(response.json())

        return response_200

    if 400 <= response.status_code <= 499:
        response_4xx = ErrorResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | PluginsToolsCallResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    plugin_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PluginsToolsCallRequest,
) -> Response[ErrorResponse | PluginsToolsCallResponse]:
    """Call a plugin tool

     Runs one tool of a paid plugin with the given arguments and returns its result; paid plans only.

    Args:
        plugin_id (str):
        body (PluginsToolsCallRequest): Body of plugins_tools_call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PluginsToolsCallResponse]
    """

    kwargs = _get_kwargs(
        plugin_id=plugin_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    plugin_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PluginsToolsCallRequest,
) -> ErrorResponse | PluginsToolsCallResponse | None:
    """Call a plugin tool

     Runs one tool of a paid plugin with the given arguments and returns its result; paid plans only.

    Args:
        plugin_id (str):
        body (PluginsToolsCallRequest): Body of plugins_tools_call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PluginsToolsCallResponse
    """

    return sync_detailed(
        plugin_id=plugin_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    plugin_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PluginsToolsCallRequest,
) -> Response[ErrorResponse | PluginsToolsCallResponse]:
    """Call a plugin tool

     Runs one tool of a paid plugin with the given arguments and returns its result; paid plans only.

    Args:
        plugin_id (str):
        body (PluginsToolsCallRequest): Body of plugins_tools_call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PluginsToolsCallResponse]
    """

    kwargs = _get_kwargs(
        plugin_id=plugin_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    plugin_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PluginsToolsCallRequest,
) -> ErrorResponse | PluginsToolsCallResponse | None:
    """Call a plugin tool

     Runs one tool of a paid plugin with the given arguments and returns its result; paid plans only.

    Args:
        plugin_id (str):
        body (PluginsToolsCallRequest): Body of plugins_tools_call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PluginsToolsCallResponse
    """

    return (
        await asyncio_detailed(
            plugin_id=plugin_id,
            client=client,
            body=body,
        )
    ).parsed
