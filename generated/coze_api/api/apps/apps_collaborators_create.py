from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.apps_collaborators_create_request import AppsCollaboratorsCreateRequest
from ...models.apps_collaborators_create_response import AppsCollaboratorsCreateResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    app_id: str,
    *,
    body: AppsCollaboratorsCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/apps/{app_id}/collaborators".format(
            app_id=quote(str(app_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppsCollaboratorsCreateResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AppsCollaboratorsCreateResponse.from_dict(response.json())

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
) -> Response[AppsCollaboratorsCreateResponse | ErrorResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AppsCollaboratorsCreateRequest,
) -> Response[AppsCollaboratorsCreateResponse | ErrorResponse]:
    """Add an app collaborator

     Adds a member of the app's workspace as a collaborator of a low-code app.

    Args:
        app_id (str):
        body (AppsCollaboratorsCreateRequest): Body of apps_collaborators_create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppsCollaboratorsCreateResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AppsCollaboratorsCreateRequest,
) -> AppsCollaboratorsCreateResponse | ErrorResponse | None:
    """Add an app collaborator

     Adds a member of the app's workspace as a collaborator of a low-code app.

    Args:
        app_id (str):
        body (AppsCollaboratorsCreateRequest): Body of apps_collaborators_create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppsCollaboratorsCreateResponse | ErrorResponse
    """

    return sync_detailed(
        app_id=app_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AppsCollaboratorsCreateRequest,
) -> Response[AppsCollaboratorsCreateResponse | ErrorResponse]:
    """Add an app collaborator

     Adds a member of the app's workspace as a collaborator of a low-code app.

    Args:
        app_id (str):
        body (AppsCollaboratorsCreateRequest): Body of apps_collaborators_create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppsCollaboratorsCreateResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AppsCollaboratorsCreateRequest,
) -> AppsCollaboratorsCreateResponse | ErrorResponse | None:
    """Add an app collaborator

     Adds a member of the app's workspace as a collaborator of a low-code app.

    Args:
        app_id (str):
        body (AppsCollaboratorsCreateRequest): Body of apps_collaborators_create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppsCollaboratorsCreateResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            client=client,
            body=body,
        )
    ).parsed
