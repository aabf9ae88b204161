from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.datasets_images_list_response import DatasetsImagesListResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    dataset_id: str,
    *,
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    keyword: str | Unset = UNSET,
    has_caption: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page_num"] = page_num

    params["page_size"] = page_size

    params["keyword"] = keyword

    params["has_caption"] = has_caption

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/datasets/{dataset_id}/images".format(
            dataset_id=quote(str(dataset_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DatasetsImagesListResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DatasetsImagesListResponse.from_dict(response.json())

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
) -> Response[DatasetsImagesListResponse | ErrorResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    dataset_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    keyword: str | Unset = UNSET,
    has_caption: bool | Unset = UNSET,
) -> Response[DatasetsImagesListResponse | ErrorResponse]:
    """List images of a knowledge base

     Lists the images in an image knowledge base, optionally filtered by caption.

    Args:
        dataset_id (str):
        page_num (int | Unset):
        page_size (int | Unset):
        keyword (str | Unset):
        has_caption (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetsImagesListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        dataset_id=dataset_id,
        page_num=page_num,
        page_size=page_size,
        keyword=keyword,
        has_caption=has_caption,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    dataset_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    keyword: str | Unset = UNSET,
    has_caption: bool | Unset = UNSET,
) -> DatasetsImagesListResponse | ErrorResponse | None:
    """List images of a knowledge base

     Lists the images in an image knowledge base, optionally filtered by caption.

    Args:
        dataset_id (str):
        page_num (int | Unset):
        page_size (int | Unset):
        keyword (str | Unset):
        has_caption (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetsImagesListResponse | ErrorResponse
    """

    return sync_detailed(
        dataset_id=dataset_id,
        client=client,
        page_num=page_num,
        page_size=page_size,
        keyword=keyword,
        has_caption=has_caption,
    ).parsed


async def asyncio_detailed(
    dataset_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    keyword: str | Unset = UNSET,
    has_caption: bool | Unset = UNSET,
) -> Response[DatasetsImagesListResponse | ErrorResponse]:
    """List images of a knowledge base

     Lists the images in an image knowledge base, optionally filtered by caption.

    Args:
        dataset_id (str):
        page_num (int | Unset):
        page_size (int | Unset):
        keyword (str | Unset):
        has_caption (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetsImagesListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        dataset_id=dataset_id,
        page_num=page_num,
        page_size=page_size,
        keyword=keyword,
        has_caption=has_caption,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    dataset_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    keyword: str | Unset = UNSET,
    has_caption: bool | Unset = UNSET,
) -> DatasetsImagesListResponse | ErrorResponse | None:
    """List images of a knowledge base

     Lists the images in an image knowledge base, optionally filtered by caption.

    Args:
        dataset_id (str):
        page_num (int | Unset):
        page_size (int | Unset):
        keyword (str | Unset):
        has_caption (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetsImagesListResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            dataset_id=dataset_id,
            client=client,
            page_num=page_num,
            page_size=page_size,
            keyword=keyword,
            has_caption=has_caption,
        )
    ).parsed
