from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.plugins_list_response import PluginsListResponse
from ...models.plugins_list_sort_type import PluginsListSortType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    keyword: str | Unset = UNSET,
    is_official: bool | Unset = UNSET,
    category_ids: list[str] | Unset = UNSET,
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort_type: PluginsListSortType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["keyword"] = keyword

    params["is_official"] = is_official

    json_category_ids: list[str] | Unset = UNSET
    if not isinstance(category_ids, Unset):
        json_category_ids = category_ids

    params["category_ids"] = json_category_ids

    params["page_num"] = page_num

    params["page_size"] = page_size

    json_sort_type: str | Unset = UNSET
    if not isinstance(sort_type, Unset):
        json_sort_type = sort_type.value

    params["sort_type"] = json_sort_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/stores/plugins",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PluginsListResponse | None:
    if response.status_code == 200:
        response_200 = PluginsListResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | PluginsListResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    keyword: str | Unset = UNSET,
    is_official: bool | Unset = UNSET,
    category_ids: list[str] | Unset = UNSET,
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort_type: PluginsListSortType | Unset = UNSET,
) -> Response[ErrorResponse | PluginsListResponse]:
    """List store plugins

     Lists the paid plugins of the plugin store, official and third-party, optionally filtered by keyword
    or category.

    Args:
        keyword (str | Unset):
        is_official (bool | Unset):
        category_ids (list[str] | Unset):
        page_num (int | Unset):
        page_size (int | Unset):
        sort_type (PluginsListSortType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PluginsListResponse]
    """

    kwargs = _get_kwargs(
        keyword=keyword,
        is_official=is_official,
        category_ids=category_ids,
        page_num=page_num,
        page_size=page_size,
        sort_type=sort_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    keyword: str | Unset = UNSET,
    is_official: bool | Unset = UNSET,
    category_ids: list[str] | Unset = UNSET,
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort_type: PluginsListSortType | Unset = UNSET,
) -> ErrorResponse | PluginsListResponse | None:
    """List store plugins

     Lists the paid plugins of the plugin store, official and third-party, optionally filtered by keyword
    or category.

    Args:
        keyword (str | Unset):
        is_official (bool | Unset):
        category_ids (list[str] | Unset):
        page_num (int | Unset):
        page_size (int | Unset):
        sort_type (PluginsListSortType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PluginsListResponse
    """

    return sync_detailed(
        client=client,
        keyword=keyword,
        is_official=is_official,
        category_ids=category_ids,
        page_num=page_num,
        page_size=page_size,
        sort_type=sort_type,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    keyword: str | Unset = UNSET,
    is_official: bool | Unset = UNSET,
    category_ids: list[str] | Unset = UNSET,
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort_type: PluginsListSortType | Unset = UNSET,
) -> Response[ErrorResponse | PluginsListResponse]:
    """List store plugins

     Lists the paid plugins of the plugin store, official and third-party, optionally filtered by keyword
    or category.

    Args:
        keyword (str | Unset):
        is_official (bool | Unset):
        category_ids (list[str] | Unset):
        page_num (int | Unset):
        page_size (int | Unset):
        sort_type (PluginsListSortType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PluginsListResponse]
    """

    kwargs = _get_kwargs(
        keyword=keyword,
        is_official=is_official,
        category_ids=category_ids,
        page_num=page_num,
        page_size=page_size,
        sort_type=sort_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    keyword: str | Unset = UNSET,
    is_official: bool | Unset = UNSET,
    category_ids: list[str] | Unset = UNSET,
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort_type: PluginsListSortType | Unset = UNSET,
) -> ErrorResponse | PluginsListResponse | None:
    """List store plugins

     Lists the paid plugins of the plugin store, official and third-party, optionally filtered by keyword
    or category.

    Args:
        keyword (str | Unset):
        is_official (bool | Unset):
        category_ids (list[str] | Unset):
        page_num (int | Unset):
        page_size (int | Unset):
        sort_type (PluginsListSortType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PluginsListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            keyword=keyword,
            is_official=is_official,
            category_ids=category_ids,
            page_num=page_num,
            page_size=page_size,
            sort_type=sort_type,
        )
    ).parsed
