from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.benefits_limitations_update_request import BenefitsLimitationsUpdateRequest
from ...models.benefits_limitations_update_response import BenefitsLimitationsUpdateResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    benefit_id: str,
    *,
    body: BenefitsLimitationsUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/commerce/benefit/limitations/{benefit_id}".format(
            benefit_id=quote(str(benefit_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BenefitsLimitationsUpdateResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BenefitsLimitationsUpdateResponse.from_dict(response.json())

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
) -> Response[BenefitsLimitationsUpdateResponse | ErrorResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    benefit_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BenefitsLimitationsUpdateRequest,
) -> Response[BenefitsLimitationsUpdateResponse | ErrorResponse]:
    """Update a device quota

     Changes the amount, validity window, reset period or state of a quota; fields left out stay
    unchanged.

    Args:
        benefit_id (str):
        body (BenefitsLimitationsUpdateRequest): Body of benefits_limitations_update; fields left
            out stay unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BenefitsLimitationsUpdateResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        benefit_id=benefit_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    benefit_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BenefitsLimitationsUpdateRequest,
) -> BenefitsLimitationsUpdateResponse | ErrorResponse | None:
    """Update a device quota

     Changes the amount, validity window, reset period or state of a quota; fields left out stay
    unchanged.

    Args:
        benefit_id (str):
        body (BenefitsLimitationsUpdateRequest): Body of benefits_limitations_update; fields left
            out stay unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BenefitsLimitationsUpdateResponse | ErrorResponse
    """

    return sync_detailed(
        benefit_id=benefit_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    benefit_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BenefitsLimitationsUpdateRequest,
) -> Response[BenefitsLimitationsUpdateResponse | ErrorResponse]:
    """Update a device quota

     Changes the amount, validity window, reset period or state of a quota; fields left out stay
    unchanged.

    Args:
        benefit_id (str):
        body (BenefitsLimitationsUpdateRequest): Body of benefits_limitations_update; fields left
            out stay unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BenefitsLimitationsUpdateResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        benefit_id=benefit_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    benefit_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BenefitsLimitationsUpdateRequest,
) -> BenefitsLimitationsUpdateResponse | ErrorResponse | None:
    """Update a device quota

     Changes the amount, validity window, reset period or state of a quota; fields left out stay
    unchanged.

    Args:
        benefit_id (str):
        body (BenefitsLimitationsUpdateRequest): Body of benefits_limitations_update; fields left
            out stay unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BenefitsLimitationsUpdateResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            benefit_id=benefit_id,
            client=client,
            body=body,
        )
    ).parsed
