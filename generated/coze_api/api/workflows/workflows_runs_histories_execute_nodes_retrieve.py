from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.workflows_runs_histories_execute_nodes_retrieve_response import (
    WorkflowsRunsHistoriesExecuteNodesRetrieveResponse,
)
from ...types import Response


def _get_kwargs(
    workflow_id: str,
    execute_id: str,
    node_execute_uuid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/workflows/{workflow_id}/run_histories/{execute_id}/execute_nodes/{node_execute_uuid}".format(
            workflow_id=quote(str(workflow_id), safe=""),
            execute_id=quote(str(execute_id), safe=""),
            node_execute_uuid=quote(str(node_execute_uuid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | WorkflowsRunsHistoriesExecuteNodesRetrieveResponse | None:
    if response.status_code == 200:
        response_200 = WorkflowsRunsHistoriesExecuteNodesRetrieveResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | WorkflowsRunsHistoriesExecuteNodesRetrieveResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workflow_id: str,
    execute_id: str,
    node_execute_uuid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | WorkflowsRunsHistoriesExecuteNodesRetrieveResponse]:
    """Retrieve a node's output of a workflow run

     Returns the full output of one output-node execution of a run, for outputs too large (over 1 MB) for
    the run history; kept 24 hours.

    Args:
        workflow_id (str):
        execute_id (str):
        node_execute_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WorkflowsRunsHistoriesExecuteNodesRetrieveResponse]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        execute_id=execute_id,
        node_execute_uuid=node_execute_uuid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workflow_id: str,
    execute_id: str,
    node_execute_uuid: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | WorkflowsRunsHistoriesExecuteNodesRetrieveResponse | None:
    """Retrieve a node's output of a workflow run

     Returns the full output of one output-node execution of a run, for outputs too large (over 1 MB) for
    the run history; kept 24 hours.

    Args:
        workflow_id (str):
        execute_id (str):
        node_execute_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WorkflowsRunsHistoriesExecuteNodesRetrieveResponse
    """

    return sync_detailed(
        workflow_id=workflow_id,
        execute_id=execute_id,
        node_execute_uuid=node_execute_uuid,
        client=client,
    ).parsed


async def asyncio_detailed(
    workflow_id: str,
    execute_id: str,
    node_execute_uuid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | WorkflowsRunsHistoriesExecuteNodesRetrieveResponse]:
    """Retrieve a node's output of a workflow run

     Returns the full output of one output-node execution of a run, for outputs too large (over 1 MB) for
    the run history; kept 24 hours.

    Args:
        workflow_id (str):
        execute_id (str):
        node_execute_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WorkflowsRunsHistoriesExecuteNodesRetrieveResponse]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        execute_id=execute_id,
        node_execute_uuid=node_execute_uuid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workflow_id: str,
    execute_id: str,
    node_execute_uuid: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | WorkflowsRunsHistoriesExecuteNodesRetrieveResponse | None:
    """Retrieve a node's output of a workflow run

     Returns the full output of one output-node execution of a run, for outputs too large (over 1 MB) for
    the run history; kept 24 hours.

    Args:
        workflow_id (str):
        execute_id (str):
        node_execute_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WorkflowsRunsHistoriesExecuteNodesRetrieveResponse
    """

    return (
        await asyncio_detailed(
            workflow_id=workflow_id,
            execute_id=execute_id,
            node_execute_uuid=node_execute_uuid,
            client=client,
        )
    ).parsed
