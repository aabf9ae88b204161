from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bots_list_v1_response import BotsListV1Response
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    space_id: str,
    page_index: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["space_id"] = space_id

    params["page_index"] = page_index

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/space/published_bots_list",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BotsListV1Response | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BotsListV1Response.from_dict(response.json())

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
) -> Response[BotsListV1Response | ErrorResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    space_id: str,
    page_index: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[BotsListV1Response | ErrorResponse]:
    """List bots published to the API (deprecated)

     Lists the bots of a workspace that are published to the API channel; superseded by bots.list.

    Args:
        space_id (str):
        page_index (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BotsListV1Response | ErrorResponse]
    """

    kwargs = _get_kwargs(
        space_id=space_id,
        page_index=page_index,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    space_id: str,
    page_index: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> BotsListV1Response | ErrorResponse | None:
    """List bots published to the API (deprecated)

     Lists the bots of a workspace that are published to the API channel; superseded by bots.list.

    Args:
        space_id (str):
        page_index (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BotsListV1Response | ErrorResponse
    """

    return sync_detailed(
        client=client,
        space_id=space_id,
        page_index=page_index,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    space_id: str,
    page_index: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[BotsListV1Response | ErrorResponse]:
    """List bots published to the API (deprecated)

     Lists the bots of a workspace that are published to the API channel; superseded by bots.list.

    Args:
        space_id (str):
        page_index (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BotsListV1Response | ErrorResponse]
    """

    kwargs = _get_kwargs(
        space_id=space_id,
        page_index=page_index,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    space_id: str,
    page_index: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> BotsListV1Response | ErrorResponse | None:
    """List bots published to the API (deprecated)

     Lists the bots of a workspace that are published to the API channel; superseded by bots.list.

    Args:
        space_id (str):
        page_index (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BotsListV1Response | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            space_id=space_id,
            page_index=page_index,
            page_size=page_size,
        )
    ).parsed
