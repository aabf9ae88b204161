from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.benefit_limitation_entity_type import BenefitLimitationEntityType
from ...models.benefit_limitation_status import BenefitLimitationStatus
from ...models.benefit_limitation_type import BenefitLimitationType
from ...models.benefits_limitations_list_response import BenefitsLimitationsListResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    entity_type: BenefitLimitationEntityType,
    entity_id: str | Unset = UNSET,
    benefit_type: BenefitLimitationType,
    status: BenefitLimitationStatus | Unset = UNSET,
    page_token: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_entity_type = entity_type.value
    params["entity_type"] = json_entity_type

    params["entity_id"] = entity_id

    json_benefit_type = benefit_type.value
    params["benefit_type"] = json_benefit_type

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["page_token"] = page_token

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/commerce/benefit/limitations",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BenefitsLimitationsListResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BenefitsLimitationsListResponse.from_dict(response.json())

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
) -> Response[BenefitsLimitationsListResponse | ErrorResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    entity_type: BenefitLimitationEntityType,
    entity_id: str | Unset = UNSET,
    benefit_type: BenefitLimitationType,
    status: BenefitLimitationStatus | Unset = UNSET,
    page_token: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[BenefitsLimitationsListResponse | ErrorResponse]:
    """List device quotas

     Lists the quotas configured for one kind of target and one quota type.

    Args:
        entity_type (BenefitLimitationEntityType): What a quota applies to:
            enterprise_all_devices, enterprise_all_custom_consumers, single_device or
            single_custom_consumer.
        entity_id (str | Unset):
        benefit_type (BenefitLimitationType): The quota unit: resource_point,
            voice_unified_duration_system (call seconds, system voices) or
            voice_unified_duration_custom (call seconds, cloned voices).
        status (BenefitLimitationStatus | Unset): The quota state: valid or frozen.
        page_token (str | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BenefitsLimitationsListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        entity_type=entity_type,
        entity_id=entity_id,
        benefit_type=benefit_type,
        status=status,
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
    entity_type: BenefitLimitationEntityType,
    entity_id: str | Unset = UNSET,
    benefit_type: BenefitLimitationType,
    status: BenefitLimitationStatus | Unset = UNSET,
    page_token: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> BenefitsLimitationsListResponse | ErrorResponse | None:
    """List device quotas

     Lists the quotas configured for one kind of target and one quota type.

    Args:
        entity_type (BenefitLimitationEntityType): What a quota applies to:
            enterprise_all_devices, enterprise_all_custom_consumers, single_device or
            single_custom_consumer.
        entity_id (str | Unset):
        benefit_type (BenefitLimitationType): The quota unit: resource_point,
            voice_unified_duration_system (call seconds, system voices) or
            voice_unified_duration_custom (call seconds, cloned voices).
        status (BenefitLimitationStatus | Unset): The quota state: valid or frozen.
        page_token (str | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BenefitsLimitationsListResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        entity_type=entity_type,
        entity_id=entity_id,
        benefit_type=benefit_type,
        status=status,
        page_token=page_token,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    entity_type: BenefitLimitationEntityType,
    entity_id: str | Unset = UNSET,
    benefit_type: BenefitLimitationType,
    status: BenefitLimitationStatus | Unset = UNSET,
    page_token: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[BenefitsLimitationsListResponse | ErrorResponse]:
    """List device quotas

     Lists the quotas configured for one kind of target and one quota type.

    Args:
        entity_type (BenefitLimitationEntityType): What a quota applies to:
            enterprise_all_devices, enterprise_all_custom_consumers, single_device or
            single_custom_consumer.
        entity_id (str | Unset):
        benefit_type (BenefitLimitationType): The quota unit: resource_point,
            voice_unified_duration_system (call seconds, system voices) or
            voice_unified_duration_custom (call seconds, cloned voices).
        status (BenefitLimitationStatus | Unset): The quota state: valid or frozen.
        page_token (str | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BenefitsLimitationsListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        entity_type=entity_type,
        entity_id=entity_id,
        benefit_type=benefit_type,
        status=status,
        page_token=page_token,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    entity_type: BenefitLimitationEntityType,
    entity_id: str | Unset = UNSET,
    benefit_type: BenefitLimitationType,
    status: BenefitLimitationStatus | Unset = UNSET,
    page_token: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> BenefitsLimitationsListResponse | ErrorResponse | None:
    """List device quotas

     Lists the quotas configured for one kind of target and one quota type.

    Args:
        entity_type (BenefitLimitationEntityType): What a quota applies to:
            enterprise_all_devices, enterprise_all_custom_consumers, single_device or
            single_custom_consumer.
        entity_id (str | Unset):
        benefit_type (BenefitLimitationType): The quota unit: resource_point,
            voice_unified_duration_system (call seconds, system voices) or
            voice_unified_duration_custom (call seconds, cloned voices).
        status (BenefitLimitationStatus | Unset): The quota state: valid or frozen.
        page_token (str | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BenefitsLimitationsListResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            entity_type=entity_type,
            entity_id=entity_id,
            benefit_type=benefit_type,
            status=status,
            page_token=page_token,
            page_size=page_size,
        )
    ).parsed
