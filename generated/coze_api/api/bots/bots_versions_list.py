from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bots_versions_list_publish_status import BotsVersionsListPublishStatus
from ...models.bots_versions_list_response import BotsVersionsListResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    bot_id: str,
    *,
    publish_status: BotsVersionsListPublishStatus | Unset = UNSET,
    connector_id: str | Unset = UNSET,
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_publish_status: str | Unset = UNSET
    if not isinstance(publish_status, Unset):
        json_publish_status = publish_status.value

    params["publish_status"] = json_publish_status

    params["connector_id"] = connector_id

    params["page_num"] = page_num

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/bots/{bot_id}/versions".format(
            bot_id=quote(str(bot_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BotsVersionsListResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BotsVersionsListResponse.from_dict(response.json())

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
) -> Response[BotsVersionsListResponse | ErrorResponse]:
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
    publish_status: BotsVersionsListPublishStatus | Unset = UNSET,
    connector_id: str | Unset = UNSET,
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[BotsVersionsListResponse | ErrorResponse]:
    """List bot versions

     Lists the versions of a bot, published ones or drafts.

    Args:
        bot_id (str):
        publish_status (BotsVersionsListPublishStatus | Unset):
        connector_id (str | Unset):
        page_num (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BotsVersionsListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        bot_id=bot_id,
        publish_status=publish_status,
        connector_id=connector_id,
        page_num=page_num,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    bot_id: str,
    *,
    client: AuthenticatedClient | Client,
    publish_status: BotsVersionsListPublishStatus | Unset = UNSET,
    connector_id: str | Unset = UNSET,
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> BotsVersionsListResponse | ErrorResponse | None:
    """List bot versions

     Lists the versions of a bot, published ones or drafts.

    Args:
        bot_id (str):
        publish_status (BotsVersionsListPublishStatus | Unset):
        connector_id (str | Unset):
        page_num (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BotsVersionsListResponse | ErrorResponse
    """

    return sync_detailed(
        bot_id=bot_id,
        client=client,
        publish_status=publish_status,
        connector_id=connector_id,
        page_num=page_num,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    bot_id: str,
    *,
    client: AuthenticatedClient | Client,
    publish_status: BotsVersionsListPublishStatus | Unset = UNSET,
    connector_id: str | Unset = UNSET,
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[BotsVersionsListResponse | ErrorResponse]:
    """List bot versions

     Lists the versions of a bot, published ones or drafts.

    Args:
        bot_id (str):
        publish_status (BotsVersionsListPublishStatus | Unset):
        connector_id (str | Unset):
        page_num (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BotsVersionsListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        bot_id=bot_id,
        publish_status=publish_status,
        connector_id=connector_id,
        page_num=page_num,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    bot_id: str,
    *,
    client: AuthenticatedClient | Client,
    publish_status: BotsVersionsListPublishStatus | Unset = UNSET,
    connector_id: str | Unset = UNSET,
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> BotsVersionsListResponse | ErrorResponse | None:
    """List bot versions

     Lists the versions of a bot, published ones or drafts.

    Args:
        bot_id (str):
        publish_status (BotsVersionsListPublishStatus | Unset):
        connector_id (str | Unset):
        page_num (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BotsVersionsListResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            bot_id=bot_id,
            client=client,
            publish_status=publish_status,
            connector_id=connector_id,
            page_num=page_num,
            page_size=page_size,
        )
    ).parsed
