from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.enterprises_members_create_request import EnterprisesMembersCreateRequest
from ...models.enterprises_members_create_response import EnterprisesMembersCreateResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    enterprise_id: str,
    *,
    body: EnterprisesMembersCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/enterprises/{enterprise_id}/members".format(
            enterprise_id=quote(str(enterprise_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EnterprisesMembersCreateResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = EnterprisesMembersCreateResponse.from_dict(response.json())

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
) -> Response[EnterprisesMembersCreateResponse | ErrorResponse]:
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
    body: EnterprisesMembersCreateRequest,
) -> Response[EnterprisesMembersCreateResponse | ErrorResponse]:
    """Add an enterprise member

     Adds an existing Volcengine sub-user to the enterprise with the given role; one user per request,
    and requests must not run concurrently.

    Args:
        enterprise_id (str):
        body (EnterprisesMembersCreateRequest): Body of enterprises_members_create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnterprisesMembersCreateResponse | ErrorResponse]
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
    body: EnterprisesMembersCreateRequest,
) -> EnterprisesMembersCreateResponse | ErrorResponse | None:
    """Add an enterprise member

     Adds an existing Volcengine sub-user to the enterprise with the given role; one user per request,
    and requests must not run concurrently.

    Args:
        enterprise_id (str):
        body (EnterprisesMembersCreateRequest): Body of enterprises_members_create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnterprisesMembersCreateResponse | ErrorResponse
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
    body: EnterprisesMembersCreateRequest,
) -> Response[EnterprisesMembersCreateResponse | ErrorResponse]:
    """Add an enterprise member

     Adds an existing Volcengine sub-user to the enterprise with the given role; one user per request,
    and requests must not run concurrently.

    Args:
        enterprise_id (str):
        body (EnterprisesMembersCreateRequest): Body of enterprises_members_create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnterprisesMembersCreateResponse | ErrorResponse]
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
    body: EnterprisesMembersCreateRequest,
) -> EnterprisesMembersCreateResponse | ErrorResponse | None:
    """Add an enterprise member

     Adds an existing Volcengine sub-user to the enterprise with the given role; one user per request,
    and requests must not run concurrently.

    Args:
        enterprise_id (str):
        body (EnterprisesMembersCreateRequest): Body of enterprises_members_create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnterprisesMembersCreateResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            enterprise_id=enterprise_id,
            client=client,
            body=body,
        )
    ).parsed
