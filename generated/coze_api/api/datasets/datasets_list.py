from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dataset_format_type import DatasetFormatType
from ...models.datasets_list_response import DatasetsListResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    space_id: str,
    name: str | Unset = UNSET,
    format_type: DatasetFormatType | Unset = UNSET,
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["space_id"] = space_id

    params["name"] = name

    json_format_type: int | Unset = UNSET
    if not isinstance(format_type, Unset):
        json_format_type = format_type.value

    params["format_type"] = json_format_type

    params["page_num"] = page_num

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/datasets",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DatasetsListResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DatasetsListResponse.from_dict(response.json())

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
) -> Response[DatasetsListResponse | ErrorResponse]:
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
    name: str | Unset = UNSET,
    format_type: DatasetFormatType | Unset = UNSET,
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[DatasetsListResponse | ErrorResponse]:
    """List knowledge bases

     Lists the knowledge bases in a workspace's library, whoever owns them, optionally filtered by name
    and type.

    Args:
        space_id (str):
        name (str | Unset):
        format_type (DatasetFormatType | Unset): Kind of knowledge base or file; 0 text documents
            (txt, pdf, web pages, ...), 1 tables (xls, ...), 2 images (png, ...).
        page_num (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetsListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        space_id=space_id,
        name=name,
        format_type=format_type,
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
    space_id: str,
    name: str | Unset = UNSET,
    format_type: DatasetFormatType | Unset = UNSET,
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> DatasetsListResponse | ErrorResponse | None:
    """List knowledge bases

     Lists the knowledge bases in a workspace's library, whoever owns them, optionally filtered by name
    and type.

    Args:
        space_id (str):
        name (str | Unset):
        format_type (DatasetFormatType | Unset): Kind of knowledge base or file; 0 text documents
            (txt, pdf, web pages, ...), 1 tables (xls, ...), 2 images (png, ...).
        page_num (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetsListResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        space_id=space_id,
        name=name,
        format_type=format_type,
        page_num=page_num,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    space_id: str,
    name: str | Unset = UNSET,
    format_type: DatasetFormatType | Unset = UNSET,
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[DatasetsListResponse | ErrorResponse]:
    """List knowledge bases

     Lists the knowledge bases in a workspace's library, whoever owns them, optionally filtered by name
    and type.

    Args:
        space_id (str):
        name (str | Unset):
        format_type (DatasetFormatType | Unset): Kind of knowledge base or file; 0 text documents
            (txt, pdf, web pages, ...), 1 tables (xls, ...), 2 images (png, ...).
        page_num (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetsListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        space_id=space_id,
        name=name,
        format_type=format_type,
        page_num=page_num,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    space_id: str,
    name: str | Unset = UNSET,
    format_type: DatasetFormatType | Unset = UNSET,
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> DatasetsListResponse | ErrorResponse | None:
    """List knowledge bases

     Lists the knowledge bases in a workspace's library, whoever owns them, optionally filtered by name
    and type.

    Args:
        space_id (str):
        name (str | Unset):
        format_type (DatasetFormatType | Unset): Kind of knowledge base or file; 0 text documents
            (txt, pdf, web pages, ...), 1 tables (xls, ...), 2 images (png, ...).
        page_num (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetsListResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            space_id=space_id,
            name=name,
            format_type=format_type,
            page_num=page_num,
            page_size=page_size,
        )
    ).parsed
