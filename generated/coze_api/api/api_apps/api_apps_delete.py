from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_apps_delete_response import ApiAppsDeleteResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    api_app_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/api_apps/{api_app_id}".format(
            api_app_id=quote(str(api_app_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiAppsDeleteResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ApiAppsDeleteResponse.from_dict(response.json())

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
) -> Response[ApiAppsDeleteResponse | ErrorResponse]:
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
) -> Response[ApiAppsDeleteResponse | ErrorResponse]:
    """Delete a callback app

     Deletes a callback app; its subscribed events are no longer delivered.

    Args:
        api_app_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiAppsDeleteResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        api_app_id=api_app_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    api_app_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ApiAppsDeleteResponse | ErrorResponse | None:
    """Delete a callback app

     Deletes a callback app; its subscribed events are no longer delivered.

    Args:
        api_app_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiAppsDeleteResponse | ErrorResponse
    """

    return sync_detailed(
        api_app_id=api_app_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    api_app_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiAppsDeleteResponse | ErrorResponse]:
    """Delete a callback app

     Deletes a callback app; its subscribed events are no longer delivered.

    Args:
        api_app_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiAppsDeleteResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        api_app_id=api_app_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    api_app_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ApiAppsDeleteResponse | ErrorResponse | None:
    """Delete a callback app

     Deletes a callback app; its subscribed events are no longer delivered.

    Args:
        api_app_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiAppsDeleteResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            api_app_id=api_app_id,
            client=client,
        )
    ).parsed
