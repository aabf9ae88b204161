from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_apps_events_list_response import ApiAppsEventsListResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    api_app_id: str,
    *,
    page_token: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page_token"] = page_token

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/api_apps/{api_app_id}/events".format(
            api_app_id=quote(str(api_app_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiAppsEventsListResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ApiAppsEventsListResponse.from_dict(response.json())

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
) -> Response[ApiAppsEventsListResponse | ErrorResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    api_app_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_token: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[ApiAppsEventsListResponse | ErrorResponse]:
    """List subscribed events

     Lists the event types a callback app is subscribed to.

    Args:
        api_app_id (str):
        page_token (str | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiAppsEventsListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        api_app_id=api_app_id,
        page_token=page_token,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    api_app_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_token: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> ApiAppsEventsListResponse | ErrorResponse | None:
    """List subscribed events

     Lists the event types a callback app is subscribed to.

    Args:
        api_app_id (str):
        page_token (str | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiAppsEventsListResponse | ErrorResponse
    """

    return sync_detailed(
        api_app_id=api_app_id,
        client=client,
        page_token=page_token,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    api_app_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_token: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[ApiAppsEventsListResponse | ErrorResponse]:
    """List subscribed events

     Lists the event types a callback app is subscribed to.

    Args:
        api_app_id (str):
        page_token (str | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiAppsEventsListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        api_app_id=api_app_id,
        page_token=page_token,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    api_app_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_token: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> ApiAppsEventsListResponse | ErrorResponse | None:
    """List subscribed events

     Lists the event types a callback app is subscribed to.

    Args:
        api_app_id (str):
        page_token (str | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiAppsEventsListResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            api_app_id=api_app_id,
            client=client,
            page_token=page_token,
            page_size=page_size,
        )
    ).parsed
