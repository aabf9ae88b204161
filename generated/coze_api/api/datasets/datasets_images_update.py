from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.datasets_images_update_request import DatasetsImagesUpdateRequest
from ...models.datasets_images_update_response import DatasetsImagesUpdateResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    dataset_id: str,
    document_id: str,
    *,
    body: DatasetsImagesUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/datasets/{dataset_id}/images/{document_id}".format(
            dataset_id=quote(str(dataset_id), safe=""),
            document_id=quote(str(document_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DatasetsImagesUpdateResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DatasetsImagesUpdateResponse.from_dict(response.json())

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
) -> Response[DatasetsImagesUpdateResponse | ErrorResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    dataset_id: str,
    document_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DatasetsImagesUpdateRequest,
) -> Response[DatasetsImagesUpdateResponse | ErrorResponse]:
    """Update an image caption

     Sets the caption of one image in an image knowledge base.

    Args:
        dataset_id (str):
        document_id (str):
        body (DatasetsImagesUpdateRequest): Body of datasets_images_update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetsImagesUpdateResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        dataset_id=dataset_id,
        document_id=document_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    dataset_id: str,
    document_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DatasetsImagesUpdateRequest,
) -> DatasetsImagesUpdateResponse | ErrorResponse | None:
    """Update an image caption

     Sets the caption of one image in an image knowledge base.

    Args:
        dataset_id (str):
        document_id (str):
        body (DatasetsImagesUpdateRequest): Body of datasets_images_update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetsImagesUpdateResponse | ErrorResponse
    """

    return sync_detailed(
        dataset_id=dataset_id,
        document_id=document_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    dataset_id: str,
    document_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DatasetsImagesUpdateRequest,
) -> Response[DatasetsImagesUpdateResponse | ErrorResponse]:
    """Update an image caption

     Sets the caption of one image in an image knowledge base.

    Args:
        dataset_id (str):
        document_id (str):
        body (DatasetsImagesUpdateRequest): Body of datasets_images_update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetsImagesUpdateResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        dataset_id=dataset_id,
        document_id=document_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    dataset_id: str,
    document_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DatasetsImagesUpdateRequest,
) -> DatasetsImagesUpdateResponse | ErrorResponse | None:
    """Update an image caption

     Sets the caption of one image in an image knowledge base.

    Args:
        dataset_id (str):
        document_id (str):
        body (DatasetsImagesUpdateRequest): Body of datasets_images_update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetsImagesUpdateResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            dataset_id=dataset_id,
            document_id=document_id,
            client=client,
            body=body,
        )
    ).parsed
