from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.enterprises_organizations_members_create_request import EnterprisesOrganizationsMembersCreateRequest
from ...models.enterprises_organizations_members_create_response import EnterprisesOrganizationsMembersCreateResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    organization_id: str,
    *,
    body: EnterprisesOrganizationsMembersCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/organizations/{organization_id}/members".format(
            organization_id=quote(str(organization_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EnterprisesOrganizationsMembersCreateResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = EnterprisesOrganizationsMembersCreateResponse.from_dict(response.json())

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
) -> Response[EnterprisesOrganizationsMembersCreateResponse | ErrorResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EnterprisesOrganizationsMembersCreateRequest,
) -> Response[EnterprisesOrganizationsMembersCreateResponse | ErrorResponse]:
    """Add an organization member

     Adds an enterprise employee or guest to an organization with a role; one user per request, and
    requests must not run concurrently.

    Args:
        organization_id (str):
        body (EnterprisesOrganizationsMembersCreateRequest): Body of
            enterprises_organizations_members_create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnterprisesOrganizationsMembersCreateResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EnterprisesOrganizationsMembersCreateRequest,
) -> EnterprisesOrganizationsMembersCreateResponse | ErrorResponse | None:
    """Add an organization member

     Adds an enterprise employee or guest to an organization with a role; one user per request, and
    requests must not run concurrently.

    Args:
        organization_id (str):
        body (EnterprisesOrganizationsMembersCreateRequest): Body of
            enterprises_organizations_members_create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnterprisesOrganizationsMembersCreateResponse | ErrorResponse
    """

    return sync_detailed(
        organization_id=organization_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EnterprisesOrganizationsMembersCreateRequest,
) -> Response[EnterprisesOrganizationsMembersCreateResponse | ErrorResponse]:
    """Add an organization member

     Adds an enterprise employee or guest to an organization with a role; one user per request, and
    requests must not run concurrently.

    Args:
        organization_id (str):
        body (EnterprisesOrganizationsMembersCreateRequest): Body of
            enterprises_organizations_members_create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnterprisesOrganizationsMembersCreateResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EnterprisesOrganizationsMembersCreateRequest,
) -> EnterprisesOrganizationsMembersCreateResponse | ErrorResponse | None:
    """Add an organization member

     Adds an enterprise employee or guest to an organization with a role; one user per request, and
    requests must not run concurrently.

    Args:
        organization_id (str):
        body (EnterprisesOrganizationsMembersCreateRequest): Body of
            enterprises_organizations_members_create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnterprisesOrganizationsMembersCreateResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            organization_id=organization_id,
            client=client,
            body=body,
        )
    ).parsed
