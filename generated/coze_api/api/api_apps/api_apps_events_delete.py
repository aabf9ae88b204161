from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_apps_events_delete_request import ApiAppsEventsDeleteRequest
from ...models.api_apps_events_delete_response import ApiAppsEventsDeleteResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    api_app_id: str,
    *,
    body: ApiAppsEventsDeleteRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/api_apps/{api_app_id}/events".format(
            api_app_id=quote(str(api_app_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiAppsEventsDeleteResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ApiAppsEventsDeleteResponse.from_dict(response.json())

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
) -> Response[ApiAppsEventsDeleteResponse | ErrorResponse]:
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
    body: ApiAppsEventsDeleteRequest,
) -> Response[ApiAppsEventsDeleteResponse | ErrorResponse]:
    """Unsubscribe from events

     Stops delivering the given event types to a callback app.

    Args:
        api_app_id (str):
        body (ApiAppsEventsDeleteRequest): Body of api_apps_events_delete.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiAppsEventsDeleteResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        api_app_id=api_app_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    api_app_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ApiAppsEventsDeleteRequest,
) -> ApiAppsEventsDeleteResponse | ErrorResponse | None:
    """Unsubscribe from events

     Stops delivering the given event types to a callback app.

    Args:
        api_app_id (str):
        body (ApiAppsEventsDeleteRequest): Body of api_apps_events_delete.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiAppsEventsDeleteResponse | ErrorResponse
    """

    return sync_detailed(
        api_app_id=api_app_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    api_app_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ApiAppsEventsDeleteRequest,
) -> Response[ApiAppsEventsDeleteResponse | ErrorResponse]:
    """Unsubscribe from events

     Stops delivering the given event types to a callback app.

    Args:
        api_app_id (str):
        body (ApiAppsEventsDeleteRequest): Body of api_apps_events_delete.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiAppsEventsDeleteResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        api_app_id=api_app_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    api_app_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ApiAppsEventsDeleteRequest,
) -> ApiAppsEventsDeleteResponse | ErrorResponse | None:
    """Unsubscribe from events

     Stops delivering the given event types to a callback app.

    Args:
        api_app_id (str):
        body (ApiAppsEventsDeleteRequest): Body of api_apps_events_delete.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiAppsEventsDeleteResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            api_app_id=api_app_id,
            client=client,
            body=body,
        )
    ).parsed
