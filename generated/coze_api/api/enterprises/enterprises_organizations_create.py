from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.enterprises_organizations_create_request import EnterprisesOrganizationsCreateRequest
from ...models.enterprises_organizations_create_response import EnterprisesOrganizationsCreateResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    enterprise_id: str,
    *,
    body: EnterprisesOrganizationsCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/enterprises/{enterprise_id}/organizations".format(
            enterprise_id=quote(str(enterprise_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EnterprisesOrganizationsCreateResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = EnterprisesOrganizationsCreateResponse.from_dict(response.json())

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
) -> Response[EnterprisesOrganizationsCreateResponse | ErrorResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    enterprise_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EnterprisesOrganizationsCreateRequest,
) -> Response[EnterprisesOrganizationsCreateResponse | ErrorResponse]:
    """Create an organization

     Creates an organization inside the enterprise (at most 20 per enterprise) with the given super
    admin.

    Args:
        enterprise_id (str):
        body (EnterprisesOrganizationsCreateRequest): Body of enterprises_organizations_create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnterprisesOrganizationsCreateResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    enterprise_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EnterprisesOrganizationsCreateRequest,
) -> EnterprisesOrganizationsCreateResponse | ErrorResponse | None:
    """Create an organization

     Creates an organization inside the enterprise (at most 20 per enterprise) with the given super
    admin.

    Args:
        enterprise_id (str):
        body (EnterprisesOrganizationsCreateRequest): Body of enterprises_organizations_create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnterprisesOrganizationsCreateResponse | ErrorResponse
    """

    return sync_detailed(
        enterprise_id=enterprise_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    enterprise_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EnterprisesOrganizationsCreateRequest,
) -> Response[EnterprisesOrganizationsCreateResponse | ErrorResponse]:
    """Create an organization

     Creates an organization inside the enterprise (at most 20 per enterprise) with the given super
    admin.

    Args:
        enterprise_id (str):
        body (EnterprisesOrganizationsCreateRequest): Body of enterprises_organizations_create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnterprisesOrganizationsCreateResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    enterprise_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EnterprisesOrganizationsCreateRequest,
) -> EnterprisesOrganizationsCreateResponse | ErrorResponse | None:
    """Create an organization

     Creates an organization inside the enterprise (at most 20 per enterprise) with the given super
    admin.

    Args:
        enterprise_id (str):
        body (EnterprisesOrganizationsCreateRequest): Body of enterprises_organizations_create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnterprisesOrganizationsCreateResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            enterprise_id=enterprise_id,
            client=client,
            body=body,
        )
    ).parsed
