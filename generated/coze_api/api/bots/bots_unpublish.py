from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bots_unpublish_request import BotsUnpublishRequest
from ...models.bots_unpublish_response import BotsUnpublishResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    bot_id: str,
    *,
    body: BotsUnpublishRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/bots/{bot_id}/unpublish".format(
            bot_id=quote(str(bot_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BotsUnpublishResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BotsUnpublishResponse.from_dict(response.json())

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
) -> Response[BotsUnpublishResponse | ErrorResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    bot_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BotsUnpublishRequest,
) -> Response[BotsUnpublishResponse | ErrorResponse]:
    """Unpublish a bot

     Takes a published bot off one channel.

    Args:
        bot_id (str):
        body (BotsUnpublishRequest): Body of bots_unpublish.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BotsUnpublishResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        bot_id=bot_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    bot_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BotsUnpublishRequest,
) -> BotsUnpublishResponse | ErrorResponse | None:
    """Unpublish a bot

     Takes a published bot off one channel.

    Args:
        bot_id (str):
        body (BotsUnpublishRequest): Body of bots_unpublish.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BotsUnpublishResponse | ErrorResponse
    """

    return sync_detailed(
        bot_id=bot_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    bot_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BotsUnpublishRequest,
) -> Response[BotsUnpublishResponse | ErrorResponse]:
    """Unpublish a bot

     Takes a published bot off one channel.

    Args:
        bot_id (str):
        body (BotsUnpublishRequest): Body of bots_unpublish.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BotsUnpublishResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        bot_id=bot_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    bot_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BotsUnpublishRequest,
) -> BotsUnpublishResponse | ErrorResponse | None:
    """Unpublish a bot

     Takes a published bot off one channel.

    Args:
        bot_id (str):
        body (BotsUnpublishRequest): Body of bots_unpublish.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BotsUnpublishResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            bot_id=bot_id,
            client=client,
            body=body,
        )
    ).parsed
