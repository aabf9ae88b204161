from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.enterprises_organizations_members_update_request import EnterprisesOrganizationsMembersUpdateRequest
from ...models.enterprises_organizations_members_update_response import EnterprisesOrganizationsMembersUpdateResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    organization_id: str,
    user_id: str,
    *,
    body: EnterprisesOrganizationsMembersUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/organizations/{organization_id}/members/{user_id}".format(
            organization_id=quote(str(organization_id), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EnterprisesOrganizationsMembersUpdateResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = EnterprisesOrganizationsMembersUpdateResponse.from_dict(response.json())

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
) -> Response[EnterprisesOrganizationsMembersUpdateResponse | ErrorResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    organization_id: str,
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EnterprisesOrganizationsMembersUpdateRequest,
) -> Response[EnterprisesOrganizationsMembersUpdateResponse | ErrorResponse]:
    """Change an organization member's role

     Changes the role of an organization member; guests stay guests and employees cannot become guests.

    Args:
        organization_id (str):
        user_id (str):
        body (EnterprisesOrganizationsMembersUpdateRequest): Body of
            enterprises_organizations_members_update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnterprisesOrganizationsMembersUpdateResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        user_id=user_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organization_id: str,
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EnterprisesOrganizationsMembersUpdateRequest,
) -> EnterprisesOrganizationsMembersUpdateResponse | ErrorResponse | None:
    """Change an organization member's role

     Changes the role of an organization member; guests stay guests and employees cannot become guests.

    Args:
        organization_id (str):
        user_id (str):
        body (EnterprisesOrganizationsMembersUpdateRequest): Body of
            enterprises_organizations_members_update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnterprisesOrganizationsMembersUpdateResponse | ErrorResponse
    """

    return sync_detailed(
        organization_id=organization_id,
        user_id=user_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    organization_id: str,
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EnterprisesOrganizationsMembersUpdateRequest,
) -> Response[EnterprisesOrganizationsMembersUpdateResponse | ErrorResponse]:
    """Change an organization member's role

     Changes the role of an organization member; guests stay guests and employees cannot become guests.

    Args:
        organization_id (str):
        user_id (str):
        body (EnterprisesOrganizationsMembersUpdateRequest): Body of
            enterprises_organizations_members_update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnterprisesOrganizationsMembersUpdateResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        user_id=user_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_id: str,
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EnterprisesOrganizationsMembersUpdateRequest,
) -> EnterprisesOrganizationsMembersUpdateResponse | ErrorResponse | None:
    """Change an organization member's role

     Changes the role of an organization member; guests stay guests and employees cannot become guests.

    Args:
        organization_id (str):
        user_id (str):
        body (EnterprisesOrganizationsMembersUpdateRequest): Body of
            enterprises_organizations_members_update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnterprisesOrganizationsMembersUpdateResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            organization_id=organization_id,
            user_id=user_id,
            client=client,
            body=body,
        )
    ).parsed
