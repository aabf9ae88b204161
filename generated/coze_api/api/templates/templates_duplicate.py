from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.templates_duplicate_request import TemplatesDuplicateRequest
from ...models.templates_duplicate_response import TemplatesDuplicateResponse
from ...types import Response


def _get_kwargs(
    template_id: str,
    *,
    body: TemplatesDuplicateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/templates/{template_id}/duplicate".format(
            template_id=quote(str(template_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TemplatesDuplicateResponse | None:
    if response.status_code == 200:
        response_200 = TemplatesDuplicateResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | TemplatesDuplicateResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    template_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TemplatesDuplicateRequest,
) -> Response[ErrorResponse | TemplatesDuplicateResponse]:
    """Duplicate a template

     Copies a template into a workspace and returns the id of the entity it created.

    Args:
        template_id (str):
        body (TemplatesDuplicateRequest): Body of templates_duplicate.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TemplatesDuplicateResponse]
    """

    kwargs = _get_kwargs(
        template_id=template_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    template_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TemplatesDuplicateRequest,
) -> ErrorResponse | TemplatesDuplicateResponse | None:
    """Duplicate a template

     Copies a template into a workspace and returns the id of the entity it created.

    Args:
        template_id (str):
        body (TemplatesDuplicateRequest): Body of templates_duplicate.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TemplatesDuplicateResponse
    """

    return sync_detailed(
        template_id=template_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    template_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TemplatesDuplicateRequest,
) -> Response[ErrorResponse | TemplatesDuplicateResponse]:
    """Duplicate a template

     Copies a template into a workspace and returns the id of the entity it created.

    Args:
        template_id (str):
        body (TemplatesDuplicateRequest): Body of templates_duplicate.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TemplatesDuplicateResponse]
    """

    kwargs = _get_kwargs(
        template_id=template_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    template_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TemplatesDuplicateRequest,
) -> ErrorResponse | TemplatesDuplicateResponse | None:
    """Duplicate a template

     Copies a template into a workspace and returns the id of the entity it created.

    Args:
        template_id (str):
        body (TemplatesDuplicateRequest): Body of templates_duplicate.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TemplatesDuplicateResponse
    """

    return (
        await asyncio_detailed(
            template_id=template_id,
            client=client,
            body=body,
        )
    ).parsed
