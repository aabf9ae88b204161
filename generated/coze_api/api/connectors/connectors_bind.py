from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.connectors_bind_request import ConnectorsBindRequest
from ...models.connectors_bind_response import ConnectorsBindResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    connector_id: str,
    *,
    body: ConnectorsBindRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/connectors/{connector_id}/user_configs".format(
            connector_id=quote(str(connector_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConnectorsBindResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ConnectorsBindResponse.from_dict(response.json())

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
) -> Response[ConnectorsBindResponse | ErrorResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    connector_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ConnectorsBindRequest,
) -> Response[ConnectorsBindResponse | ErrorResponse]:
    """Bind devices to a channel

     Binds a batch of the enterprise's hardware devices to a custom channel, so developers can pick them
    when publishing there; the channel must first be enabled for this by Coze.

    Args:
        connector_id (str):
        body (ConnectorsBindRequest): Body of connectors_bind.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConnectorsBindResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        connector_id=connector_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    connector_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ConnectorsBindRequest,
) -> ConnectorsBindResponse | ErrorResponse | None:
    """Bind devices to a channel

     Binds a batch of the enterprise's hardware devices to a custom channel, so developers can pick them
    when publishing there; the channel must first be enabled for this by Coze.

    Args:
        connector_id (str):
        body (ConnectorsBindRequest): Body of connectors_bind.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConnectorsBindResponse | ErrorResponse
    """

    return sync_detailed(
        connector_id=connector_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    connector_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ConnectorsBindRequest,
) -> Response[ConnectorsBindResponse | ErrorResponse]:
    """Bind devices to a channel

     Binds a batch of the enterprise's hardware devices to a custom channel, so developers can pick them
    when publishing there; the channel must first be enabled for this by Coze.

    Args:
        connector_id (str):
        body (ConnectorsBindRequest): Body of connectors_bind.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConnectorsBindResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        connector_id=connector_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    connector_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ConnectorsBindRequest,
) -> ConnectorsBindResponse | ErrorResponse | None:
    """Bind devices to a channel

     Binds a batch of the enterprise's hardware devices to a custom channel, so developers can pick them
    when publishing there; the channel must first be enabled for this by Coze.

    Args:
        connector_id (str):
        body (ConnectorsBindRequest): Body of connectors_bind.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConnectorsBindResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            connector_id=connector_id,
            client=client,
            body=body,
        )
    ).parsed
