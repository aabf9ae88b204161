from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_app_type import ApiAppType
from ...models.api_apps_list_response import ApiAppsListResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    app_type: ApiAppType | Unset = UNSET,
    page_token: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_app_type: str | Unset = UNSET
    if not isinstance(app_type, Unset):
        json_app_type = app_type.value

    params["app_type"] = json_app_type

    params["page_token"] = page_token

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/api_apps",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiAppsListResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ApiAppsListResponse.from_dict(response.json())

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
) -> Response[ApiAppsListResponse | ErrorResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    app_type: ApiAppType | Unset = UNSET,
    page_token: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[ApiAppsListResponse | ErrorResponse]:
    """List callback apps

     Lists the callback apps the caller may manage.

    Args:
        app_type (ApiAppType | Unset): A callback app kind: normal, or connector (receives the
            events of one channel).
        page_token (str | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiAppsListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        app_type=app_type,
        page_token=page_token,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    app_type: ApiAppType | Unset = UNSET,
    page_token: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> ApiAppsListResponse | ErrorResponse | None:
    """List callback apps

     Lists the callback apps the caller may manage.

    Args:
        app_type (ApiAppType | Unset): A callback app kind: normal, or connector (receives the
            events of one channel).
        page_token (str | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiAppsListResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        app_type=app_type,
        page_token=page_token,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    app_type: ApiAppType | Unset = UNSET,
    page_token: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[ApiAppsListResponse | ErrorResponse]:
    """List callback apps

     Lists the callback apps the caller may manage.

    Args:
        app_type (ApiAppType | Unset): A callback app kind: normal, or connector (receives the
            events of one channel).
        page_token (str | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiAppsListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        app_type=app_type,
        page_token=page_token,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    app_type: ApiAppType | Unset = UNSET,
    page_token: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> ApiAppsListResponse | ErrorResponse | None:
    """List callback apps

     Lists the callback apps the caller may manage.

    Args:
        app_type (ApiAppType | Unset): A callback app kind: normal, or connector (receives the
            events of one channel).
        page_token (str | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiAppsListResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            app_type=app_type,
            page_token=page_token,
            page_size=page_size,
        )
    ).parsed
