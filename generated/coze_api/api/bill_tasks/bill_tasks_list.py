from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bill_tasks_list_response import BillTasksListResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    task_ids: list[str] | Unset = UNSET,
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_task_ids: list[str] | Unset = UNSET
    if not isinstance(task_ids, Unset):
        json_task_ids = task_ids

    params["task_ids"] = json_task_ids

    params["page_num"] = page_num

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/commerce/benefit/bill_tasks",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BillTasksListResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BillTasksListResponse.from_dict(response.json())

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
) -> Response[BillTasksListResponse | ErrorResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    task_ids: list[str] | Unset = UNSET,
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[BillTasksListResponse | ErrorResponse]:
    """List bill export tasks

     Lists bill export tasks with their state and, once they succeeded, the download links (valid for 7
    days).

    Args:
        task_ids (list[str] | Unset):
        page_num (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BillTasksListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        task_ids=task_ids,
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
    task_ids: list[str] | Unset = UNSET,
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> BillTasksListResponse | ErrorResponse | None:
    """List bill export tasks

     Lists bill export tasks with their state and, once they succeeded, the download links (valid for 7
    days).

    Args:
        task_ids (list[str] | Unset):
        page_num (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BillTasksListResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        task_ids=task_ids,
        page_num=page_num,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    task_ids: list[str] | Unset = UNSET,
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[BillTasksListResponse | ErrorResponse]:
    """List bill export tasks

     Lists bill export tasks with their state and, once they succeeded, the download links (valid for 7
    days).

    Args:
        task_ids (list[str] | Unset):
        page_num (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BillTasksListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        task_ids=task_ids,
        page_num=page_num,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    task_ids: list[str] | Unset = UNSET,
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> BillTasksListResponse | ErrorResponse | None:
    """List bill export tasks

     Lists bill export tasks with their state and, once they succeeded, the download links (valid for 7
    days).

    Args:
        task_ids (list[str] | Unset):
        page_num (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BillTasksListResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            task_ids=task_ids,
            page_num=page_num,
            page_size=page_size,
        )
    ).parsed
