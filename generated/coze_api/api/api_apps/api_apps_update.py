from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_apps_update_request import ApiAppsUpdateRequest
from ...models.api_apps_update_response import ApiAppsUpdateResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    api_app_id: str,
    *,
    body: ApiAppsUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/api_apps/{api_app_id}".format(
            api_app_id=quote(str(api_app_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiAppsUpdateResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ApiAppsUpdateResponse.from_dict(response.json())

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
) -> Response[ApiAppsUpdateResponse | ErrorResponse]:
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
    body: ApiAppsUpdateRequest,
) -> Response[ApiAppsUpdateResponse | ErrorResponse]:
    """Update a callback app

     Renames a callback app or changes its callback URL; Coze verifies a new URL with a challenge request
    that must be echoed within 3 seconds.

    Args:
        api_app_id (str):
        body (ApiAppsUpdateRequest): Body of api_apps_update; fields left out stay unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiAppsUpdateResponse | ErrorResponse]
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
    body: ApiAppsUpdateRequest,
) -> ApiAppsUpdateResponse | ErrorResponse | None:
    """Update a callback app

     Renames a callback app or changes its callback URL; Coze verifies a new URL with a challenge request
    that must be echoed within 3 seconds.

    Args:
        api_app_id (str):
        body (ApiAppsUpdateRequest): Body of api_apps_update; fields left out stay unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiAppsUpdateResponse | ErrorResponse
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
    body: ApiAppsUpdateRequest,
) -> Response[ApiAppsUpdateResponse | ErrorResponse]:
    """Update a callback app

     Renames a callback app or changes its callback URL; Coze verifies a new URL with a challenge request
    that must be echoed within 3 seconds.

    Args:
        api_app_id (str):
        body (ApiAppsUpdateRequest): Body of api_apps_update; fields left out stay unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiAppsUpdateResponse | ErrorResponse]
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
    body: ApiAppsUpdateRequest,
) -> ApiAppsUpdateResponse | ErrorResponse | None:
    """Update a callback app

     Renames a callback app or changes its callback URL; Coze verifies a new URL with a challenge request
    that must be echoed within 3 seconds.

    Args:
        api_app_id (str):
        body (ApiAppsUpdateRequest): Body of api_apps_update; fields left out stay unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiAppsUpdateResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            api_app_id=api_app_id,
            client=client,
            body=body,
        )
    ).parsed
