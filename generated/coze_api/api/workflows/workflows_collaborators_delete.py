from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.workflows_collaborators_delete_response import WorkflowsCollaboratorsDeleteResponse
from ...types import Response


def _get_kwargs(
    workflow_id: str,
    user_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/workflows/{workflow_id}/collaborators/{user_id}".format(
            workflow_id=quote(str(workflow_id), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | WorkflowsCollaboratorsDeleteResponse | None:
    if response.status_code == 200:
        response_200 = WorkflowsCollaboratorsDeleteResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | WorkflowsCollaboratorsDeleteResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workflow_id: str,
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | WorkflowsCollaboratorsDeleteResponse]:
    """Remove a workflow collaborator

     Removes one collaborator from a workflow.

    Args:
        workflow_id (str):
        user_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WorkflowsCollaboratorsDeleteResponse]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        user_id=user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workflow_id: str,
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | WorkflowsCollaboratorsDeleteResponse | None:
    """Remove a workflow collaborator

     Removes one collaborator from a workflow.

    Args:
        workflow_id (str):
        user_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WorkflowsCollaboratorsDeleteResponse
    """

    return sync_detailed(
        workflow_id=workflow_id,
        user_id=user_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    workflow_id: str,
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | WorkflowsCollaboratorsDeleteResponse]:
    """Remove a workflow collaborator

     Removes one collaborator from a workflow.

    Args:
        workflow_id (str):
        user_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WorkflowsCollaboratorsDeleteResponse]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        user_id=user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workflow_id: str,
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | WorkflowsCollaboratorsDeleteResponse | None:
    """Remove a workflow collaborator

     Removes one collaborator from a workflow.

    Args:
        workflow_id (str):
        user_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WorkflowsCollaboratorsDeleteResponse
    """

    return (
        await asyncio_detailed(
            workflow_id=workflow_id,
            user_id=user_id,
            client=client,
        )
    ).parsed
