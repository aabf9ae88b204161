from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.plugins_categories_list_entity_type import PluginsCategoriesListEntityType
from ...models.plugins_categories_list_response import PluginsCategoriesListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    entity_type: PluginsCategoriesListEntityType,
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_entity_type = entity_type.value
    params["entity_type"] = json_entity_type

    params["page_num"] = page_num

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/stores/categories",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PluginsCategoriesListResponse | None:
    if response.status_code == 200:
        response_200 = PluginsCategoriesListResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | PluginsCategoriesListResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    entity_type: PluginsCategoriesListEntityType,
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[ErrorResponse | PluginsCategoriesListResponse]:
    """List store categories

     Lists the categories of the plugin store, whose ids filter plugins.list.

    Args:
        entity_type (PluginsCategoriesListEntityType):
        page_num (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PluginsCategoriesListResponse]
    """

    kwargs = _get_kwargs(
        entity_type=entity_type,
        page_num=page_num,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    entity_type: PluginsCategoriesListEntityType,
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> ErrorResponse | PluginsCategoriesListResponse | None:
    """List store categories

     Lists the categories of the plugin store, whose ids filter plugins.list.

    Args:
        entity_type (PluginsCategoriesListEntityType):
        page_num (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PluginsCategoriesListResponse
    """

    return sync_detailed(
        client=client,
        entity_type=entity_type,
        page_num=page_num,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    entity_type: PluginsCategoriesListEntityType,
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[ErrorResponse | PluginsCategoriesListResponse]:
    """List store categories

     Lists the categories of the plugin store, whose ids filter plugins.list.

    Args:
        entity_type (PluginsCategoriesListEntityType):
        page_num (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PluginsCategoriesListResponse]
    """

    kwargs = _get_kwargs(
        entity_type=entity_type,
        page_num=page_num,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    entity_type: PluginsCategoriesListEntityType,
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> ErrorResponse | PluginsCategoriesListResponse | None:
    """List store categories

     Lists the categories of the plugin store, whose ids filter plugins.list.

    Args:
        entity_type (PluginsCategoriesListEntityType):
        page_num (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PluginsCategoriesListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            entity_type=entity_type,
            page_num=page_num,
            page_size=page_size,
        )
    ).parsed
