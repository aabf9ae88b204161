from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app_publish_status import AppPublishStatus
from ...models.apps_list_response import AppsListResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    workspace_id: str,
    publish_status: AppPublishStatus | Unset = UNSET,
    connector_id: str | Unset = UNSET,
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["workspace_id"] = workspace_id

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
        "url": "/v1/apps",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppsListResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AppsListResponse.from_dict(response.json())

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
) -> Response[AppsListResponse | ErrorResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    workspace_id: str,
    publish_status: AppPublishStatus | Unset = UNSET,
    connector_id: str | Unset = UNSET,
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[AppsListResponse | ErrorResponse]:
    """List apps

     Lists the low-code apps of a workspace, drafts and published ones, filtered by publish status.

    Args:
        workspace_id (str):
        publish_status (AppPublishStatus | Unset): Publish state filter for app lists.
        connector_id (str | Unset):
        page_num (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppsListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
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
    *,
    client: AuthenticatedClient | Client,
    workspace_id: str,
    publish_status: AppPublishStatus | Unset = UNSET,
    connector_id: str | Unset = UNSET,
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> AppsListResponse | ErrorResponse | None:
    """List apps

     Lists the low-code apps of a workspace, drafts and published ones, filtered by publish status.

    Args:
        workspace_id (str):
        publish_status (AppPublishStatus | Unset): Publish state filter for app lists.
        connector_id (str | Unset):
        page_num (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppsListResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        workspace_id=workspace_id,
        publish_status=publish_status,
        connector_id=connector_id,
        page_num=page_num,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    workspace_id: str,
    publish_status: AppPublishStatus | Unset = UNSET,
    connector_id: str | Unset = UNSET,
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[AppsListResponse | ErrorResponse]:
    """List apps

     Lists the low-code apps of a workspace, drafts and published ones, filtered by publish status.

    Args:
        workspace_id (str):
        publish_status (AppPublishStatus | Unset): Publish state filter for app lists.
        connector_id (str | Unset):
        page_num (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppsListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        publish_status=publish_status,
        connector_id=connector_id,
        page_num=page_num,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    workspace_id: str,
    publish_status: AppPublishStatus | Unset = UNSET,
    connector_id: str | Unset = UNSET,
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> AppsListResponse | ErrorResponse | None:
    """List apps

     Lists the low-code apps of a workspace, drafts and published ones, filtered by publish status.

    Args:
        workspace_id (str):
        publish_status (AppPublishStatus | Unset): Publish state filter for app lists.
        connector_id (str | Unset):
        page_num (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppsListResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            workspace_id=workspace_id,
            publish_status=publish_status,
            connector_id=connector_id,
            page_num=page_num,
            page_size=page_size,
        )
    ).parsed
