from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.workspaces_members_delete_request import WorkspacesMembersDeleteRequest
from ...models.workspaces_members_delete_response import WorkspacesMembersDeleteResponse
from ...types import Response


def _get_kwargs(
    workspace_id: str,
    *,
    body: WorkspacesMembersDeleteRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/workspaces/{workspace_id}/members".format(
            workspace_id=quote(str(workspace_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | WorkspacesMembersDeleteResponse | None:
    if response.status_code == 200:
        response_200 = WorkspacesMembersDeleteResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | WorkspacesMembersDeleteResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WorkspacesMembersDeleteRequest,
) -> Response[ErrorResponse | WorkspacesMembersDeleteResponse]:
    """Remove workspace members

     Removes up to 5 members from a workspace and reports what happened to each; the owner cannot be
    removed.

    Args:
        workspace_id (str):
        body (WorkspacesMembersDeleteRequest): Body of workspaces_members_delete (sent on DELETE).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WorkspacesMembersDeleteResponse]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WorkspacesMembersDeleteRequest,
) -> ErrorResponse | WorkspacesMembersDeleteResponse | None:
    """Remove workspace members

     Removes up to 5 members from a workspace and reports what happened to each; the owner cannot be
    removed.

    Args:
        workspace_id (str):
        body (WorkspacesMembersDeleteRequest): Body of workspaces_members_delete (sent on DELETE).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WorkspacesMembersDeleteResponse
    """

    return sync_detailed(
        workspace_id=workspace_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WorkspacesMembersDeleteRequest,
) -> Response[ErrorResponse | WorkspacesMembersDeleteResponse]:
    """Remove workspace members

     Removes up to 5 members from a workspace and reports what happened to each; the owner cannot be
    removed.

    Args:
        workspace_id (str):
        body (WorkspacesMembersDeleteRequest): Body of workspaces_members_delete (sent on DELETE).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WorkspacesMembersDeleteResponse]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WorkspacesMembersDeleteRequest,
) -> ErrorResponse | WorkspacesMembersDeleteResponse | None:
    """Remove workspace members

     Removes up to 5 members from a workspace and reports what happened to each; the owner cannot be
    removed.

    Args:
        workspace_id (str):
        body (WorkspacesMembersDeleteRequest): Body of workspaces_members_delete (sent on DELETE).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WorkspacesMembersDeleteResponse
    """

    return (
        await asyncio_detailed(
            workspace_id=workspace_id,
            client=client,
            body=body,
        )
    ).parsed
