from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.workflows_collaborators_create_request import WorkflowsCollaboratorsCreateRequest
from ...models.workflows_collaborators_create_response import WorkflowsCollaboratorsCreateResponse
from ...types import Response


def _get_kwargs(
    workflow_id: str,
    *,
    body: WorkflowsCollaboratorsCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/workflows/{workflow_id}/collaborators".format(
            workflow_id=quote(str(workflow_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | WorkflowsCollaboratorsCreateResponse | None:
    if response.status_code == 200:
        response_200 = WorkflowsCollaboratorsCreateResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | WorkflowsCollaboratorsCreateResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workflow_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WorkflowsCollaboratorsCreateRequest,
) -> Response[ErrorResponse | WorkflowsCollaboratorsCreateResponse]:
    """Add a workflow collaborator

     Adds one workspace member as a collaborator of a workflow in collaboration mode (enterprise plans
    only).

    Args:
        workflow_id (str):
        body (WorkflowsCollaboratorsCreateRequest): Body of workflows_collaborators_create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WorkflowsCollaboratorsCreateResponse]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workflow_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WorkflowsCollaboratorsCreateRequest,
) -> ErrorResponse | WorkflowsCollaboratorsCreateResponse | None:
    """Add a workflow collaborator

     Adds one workspace member as a collaborator of a workflow in collaboration mode (enterprise plans
    only).

    Args:
        workflow_id (str):
        body (WorkflowsCollaboratorsCreateRequest): Body of workflows_collaborators_create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WorkflowsCollaboratorsCreateResponse
    """

    return sync_detailed(
        workflow_id=workflow_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    workflow_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WorkflowsCollaboratorsCreateRequest,
) -> Response[ErrorResponse | WorkflowsCollaboratorsCreateResponse]:
    """Add a workflow collaborator

     Adds one workspace member as a collaborator of a workflow in collaboration mode (enterprise plans
    only).

    Args:
        workflow_id (str):
        body (WorkflowsCollaboratorsCreateRequest): Body of workflows_collaborators_create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WorkflowsCollaboratorsCreateResponse]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workflow_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WorkflowsCollaboratorsCreateRequest,
) -> ErrorResponse | WorkflowsCollaboratorsCreateResponse | None:
    """Add a workflow collaborator

     Adds one workspace member as a collaborator of a workflow in collaboration mode (enterprise plans
    only).

    Args:
        workflow_id (str):
        body (WorkflowsCollaboratorsCreateRequest): Body of workflows_collaborators_create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WorkflowsCollaboratorsCreateResponse
    """

    return (
        await asyncio_detailed(
            workflow_id=workflow_id,
            client=client,
            body=body,
        )
    ).parsed
