from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.apps_collaborators_delete_response import AppsCollaboratorsDeleteResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    app_id: str,
    user_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/apps/{app_id}/collaborators/{user_id}".format(
            app_id=quote(str(app_id), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppsCollaboratorsDeleteResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AppsCollaboratorsDeleteResponse.from_dict(response.json())

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
) -> Response[AppsCollaboratorsDeleteResponse | ErrorResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    app_id: str,
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AppsCollaboratorsDeleteResponse | ErrorResponse]:
    """Remove an app collaborator

     Removes one collaborator from a low-code app.

    Args:
        app_id (str):
        user_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppsCollaboratorsDeleteResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        user_id=user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    app_id: str,
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> AppsCollaboratorsDeleteResponse | ErrorResponse | None:
    """Remove an app collaborator

     Removes one collaborator from a low-code app.

    Args:
        app_id (str):
        user_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppsCollaboratorsDeleteResponse | ErrorResponse
    """

    return sync_detailed(
        app_id=app_id,
        user_id=user_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    app_id: str,
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AppsCollaboratorsDeleteResponse | ErrorResponse]:
    """Remove an app collaborator

     Removes one collaborator from a low-code app.

    Args:
        app_id (str):
        user_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppsCollaboratorsDeleteResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        user_id=user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_id: str,
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> AppsCollaboratorsDeleteResponse | ErrorResponse | None:
    """Remove an app collaborator

     Removes one collaborator from a low-code app.

    Args:
        app_id (str):
        user_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppsCollaboratorsDeleteResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            user_id=user_id,
            client=client,
        )
    ).parsed
