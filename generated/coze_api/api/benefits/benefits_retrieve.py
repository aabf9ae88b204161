from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.benefit_type import BenefitType
from ...models.benefits_retrieve_resource_id import BenefitsRetrieveResourceId
from ...models.benefits_retrieve_response import BenefitsRetrieveResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    benefit_type_list: list[BenefitType] | Unset = UNSET,
    resource_id: BenefitsRetrieveResourceId | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_benefit_type_list: list[str] | Unset = UNSET
    if not isinstance(benefit_type_list, Unset):
        json_benefit_type_list = []
        for benefit_type_list_item_data in benefit_type_list:
            benefit_type_list_item = benefit_type_list_item_data.value
            json_benefit_type_list.append(benefit_type_list_item)

    params["benefit_type_list"] = json_benefit_type_list

    json_resource_id: str | Unset = UNSET
    if not isinstance(resource_id, Unset):
        json_resource_id = resource_id.value

    params["resource_id"] = json_resource_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/commerce/benefit/benefits/get",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BenefitsRetrieveResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BenefitsRetrieveResponse.from_dict(response.json())

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
) -> Response[BenefitsRetrieveResponse | ErrorResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    benefit_type_list: list[BenefitType] | Unset = UNSET,
    resource_id: BenefitsRetrieveResourceId | Unset = UNSET,
) -> Response[BenefitsRetrieveResponse | ErrorResponse]:
    """Retrieve plan benefits

     Returns the account's plan level and, on request, its API QPS quotas and paid-plugin call limits.

    Args:
        benefit_type_list (list[BenefitType] | Unset):
        resource_id (BenefitsRetrieveResourceId | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BenefitsRetrieveResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        benefit_type_list=benefit_type_list,
        resource_id=resource_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    benefit_type_list: list[BenefitType] | Unset = UNSET,
    resource_id: BenefitsRetrieveResourceId | Unset = UNSET,
) -> BenefitsRetrieveResponse | ErrorResponse | None:
    """Retrieve plan benefits

     Returns the account's plan level and, on request, its API QPS quotas and paid-plugin call limits.

    Args:
        benefit_type_list (list[BenefitType] | Unset):
        resource_id (BenefitsRetrieveResourceId | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BenefitsRetrieveResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        benefit_type_list=benefit_type_list,
        resource_id=resource_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    benefit_type_list: list[BenefitType] | Unset = UNSET,
    resource_id: BenefitsRetrieveResourceId | Unset = UNSET,
) -> Response[BenefitsRetrieveResponse | ErrorResponse]:
    """Retrieve plan benefits

     Returns the account's plan level and, on request, its API QPS quotas and paid-plugin call limits.

    Args:
        benefit_type_list (list[BenefitType] | Unset):
        resource_id (BenefitsRetrieveResourceId | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BenefitsRetrieveResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        benefit_type_list=benefit_type_list,
        resource_id=resource_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    benefit_type_list: list[BenefitType] | Unset = UNSET,
    resource_id: BenefitsRetrieveResourceId | Unset = UNSET,
) -> BenefitsRetrieveResponse | ErrorResponse | None:
    """Retrieve plan benefits

     Returns the account's plan level and, on request, its API QPS quotas and paid-plugin call limits.

    Args:
        benefit_type_list (list[BenefitType] | Unset):
        resource_id (BenefitsRetrieveResourceId | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BenefitsRetrieveResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            benefit_type_list=benefit_type_list,
            resource_id=resource_id,
        )
    ).parsed
