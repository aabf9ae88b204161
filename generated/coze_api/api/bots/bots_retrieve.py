from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bots_retrieve_response import BotsRetrieveResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    bot_id: str,
    *,
    is_published: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["is_published"] = is_published

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/bots/{bot_id}".format(
            bot_id=quote(str(bot_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BotsRetrieveResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BotsRetrieveResponse.from_dict(response.json())

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
) -> Response[BotsRetrieveResponse | ErrorResponse]:
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
    is_published: bool | Unset = UNSET,
) -> Response[BotsRetrieveResponse | ErrorResponse]:
    """Retrieve a bot

     Returns the full configuration of a bot, either its published version or its current draft.

    Args:
        bot_id (str):
        is_published (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BotsRetrieveResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        bot_id=bot_id,
        is_published=is_published,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    bot_id: str,
    *,
    client: AuthenticatedClient | Client,
    is_published: bool | Unset = UNSET,
) -> BotsRetrieveResponse | ErrorResponse | None:
    """Retrieve a bot

     Returns the full configuration of a bot, either its published version or its current draft.

    Args:
        bot_id (str):
        is_published (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BotsRetrieveResponse | ErrorResponse
    """

    return sync_detailed(
        bot_id=bot_id,
        client=client,
        is_published=is_published,
    ).parsed


async def asyncio_detailed(
    bot_id: str,
    *,
    client: AuthenticatedClient | Client,
    is_published: bool | Unset = UNSET,
) -> Response[BotsRetrieveResponse | ErrorResponse]:
    """Retrieve a bot

     Returns the full configuration of a bot, either its published version or its current draft.

    Args:
        bot_id (str):
        is_published (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BotsRetrieveResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        bot_id=bot_id,
        is_published=is_published,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    bot_id: str,
    *,
    client: AuthenticatedClient | Client,
    is_published: bool | Unset = UNSET,
) -> BotsRetrieveResponse | ErrorResponse | None:
    """Retrieve a bot

     Returns the full configuration of a bot, either its published version or its current draft.

    Args:
        bot_id (str):
        is_published (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BotsRetrieveResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            bot_id=bot_id,
            client=client,
            is_published=is_published,
        )
    ).parsed
