from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.conversation_sort_order import ConversationSortOrder
from ...models.conversations_list_response import ConversationsListResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    bot_id: str,
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort_order: ConversationSortOrder | Unset = UNSET,
    connector_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["bot_id"] = bot_id

    params["page_num"] = page_num

    params["page_size"] = page_size

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order.value

    params["sort_order"] = json_sort_order

    params["connector_id"] = connector_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/conversations",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConversationsListResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ConversationsListResponse.from_dict(response.json())

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
) -> Response[ConversationsListResponse | ErrorResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    bot_id: str,
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort_order: ConversationSortOrder | Unset = UNSET,
    connector_id: str | Unset = UNSET,
) -> Response[ConversationsListResponse | ErrorResponse]:
    """List conversations

     Lists the caller's conversations with one bot on the API or Chat SDK channel, page by page.

    Args:
        bot_id (str):
        page_num (int | Unset):
        page_size (int | Unset):
        sort_order (ConversationSortOrder | Unset): Sort direction by creation time.
        connector_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConversationsListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        bot_id=bot_id,
        page_num=page_num,
        page_size=page_size,
        sort_order=sort_order,
        connector_id=connector_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    bot_id: str,
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort_order: ConversationSortOrder | Unset = UNSET,
    connector_id: str | Unset = UNSET,
) -> ConversationsListResponse | ErrorResponse | None:
    """List conversations

     Lists the caller's conversations with one bot on the API or Chat SDK channel, page by page.

    Args:
        bot_id (str):
        page_num (int | Unset):
        page_size (int | Unset):
        sort_order (ConversationSortOrder | Unset): Sort direction by creation time.
        connector_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConversationsListResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        bot_id=bot_id,
        page_num=page_num,
        page_size=page_size,
        sort_order=sort_order,
        connector_id=connector_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    bot_id: str,
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort_order: ConversationSortOrder | Unset = UNSET,
    connector_id: str | Unset = UNSET,
) -> Response[ConversationsListResponse | ErrorResponse]:
    """List conversations

     Lists the caller's conversations with one bot on the API or Chat SDK channel, page by page.

    Args:
        bot_id (str):
        page_num (int | Unset):
        page_size (int | Unset):
        sort_order (ConversationSortOrder | Unset): Sort direction by creation time.
        connector_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConversationsListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        bot_id=bot_id,
        page_num=page_num,
        page_size=page_size,
        sort_order=sort_order,
        connector_id=connector_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    bot_id: str,
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort_order: ConversationSortOrder | Unset = UNSET,
    connector_id: str | Unset = UNSET,
) -> ConversationsListResponse | ErrorResponse | None:
    """List conversations

     Lists the caller's conversations with one bot on the API or Chat SDK channel, page by page.

    Args:
        bot_id (str):
        page_num (int | Unset):
        page_size (int | Unset):
        sort_order (ConversationSortOrder | Unset): Sort direction by creation time.
        connector_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConversationsListResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            bot_id=bot_id,
            page_num=page_num,
            page_size=page_size,
            sort_order=sort_order,
            connector_id=connector_id,
        )
    ).parsed
