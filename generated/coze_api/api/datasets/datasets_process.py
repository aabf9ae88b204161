from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.datasets_process_request import DatasetsProcessRequest
from ...models.datasets_process_response import DatasetsProcessResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    dataset_id: str,
    *,
    body: DatasetsProcessRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/datasets/{dataset_id}/process".format(
            dataset_id=quote(str(dataset_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DatasetsProcessResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DatasetsProcessResponse.from_dict(response.json())

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
) -> Response[DatasetsProcessResponse | ErrorResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    dataset_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DatasetsProcessRequest,
) -> Response[DatasetsProcessResponse | ErrorResponse]:
    """Get file processing progress

     Reports how far the server has got in processing files uploaded to one knowledge base.

    Args:
        dataset_id (str):
        body (DatasetsProcessRequest): Body of datasets_process.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetsProcessResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        dataset_id=dataset_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    dataset_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DatasetsProcessRequest,
) -> DatasetsProcessResponse | ErrorResponse | None:
    """Get file processing progress

     Reports how far the server has got in processing files uploaded to one knowledge base.

    Args:
        dataset_id (str):
        body (DatasetsProcessRequest): Body of datasets_process.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetsProcessResponse | ErrorResponse
    """

    return sync_detailed(
        dataset_id=dataset_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    dataset_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DatasetsProcessRequest,
) -> Response[DatasetsProcessResponse | ErrorResponse]:
    """Get file processing progress

     Reports how far the server has got in processing files uploaded to one knowledge base.

    Args:
        dataset_id (str):
        body (DatasetsProcessRequest): Body of datasets_process.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetsProcessResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        dataset_id=dataset_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    dataset_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DatasetsProcessRequest,
) -> DatasetsProcessResponse | ErrorResponse | None:
    """Get file processing progress

     Reports how far the server has got in processing files uploaded to one knowledge base.

    Args:
        dataset_id (str):
        body (DatasetsProcessRequest): Body of datasets_process.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetsProcessResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            dataset_id=dataset_id,
            client=client,
            body=body,
        )
    ).parsed
