from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.workflows_retrieve_response import WorkflowsRetrieveResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    workflow_id: str,
    *,
    include_input_output: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_input_output"] = include_input_output

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/workflows/{workflow_id}".format(
            workflow_id=quote(str(workflow_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | WorkflowsRetrieveResponse | None:
    if response.status_code == 200:
        response_200 = WorkflowsRetrieveResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | WorkflowsRetrieveResponse]:
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
    include_input_output: bool | Unset = UNSET,
) -> Response[ErrorResponse | WorkflowsRetrieveResponse]:
    """Retrieve a workflow

     Returns a workflow's basic information and, on request, the shape of its inputs and outputs.

    Args:
        workflow_id (str):
        include_input_output (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WorkflowsRetrieveResponse]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        include_input_output=include_input_output,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workflow_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_input_output: bool | Unset = UNSET,
) -> ErrorResponse | WorkflowsRetrieveResponse | None:
    """Retrieve a workflow

     Returns a workflow's basic information and, on request, the shape of its inputs and outputs.

    Args:
        workflow_id (str):
        include_input_output (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WorkflowsRetrieveResponse
    """

    return sync_detailed(
        workflow_id=workflow_id,
        client=client,
        include_input_output=include_input_output,
    ).parsed


async def asyncio_detailed(
    workflow_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_input_output: bool | Unset = UNSET,
) -> Response[ErrorResponse | WorkflowsRetrieveResponse]:
    """Retrieve a workflow

     Returns a workflow's basic information and, on request, the shape of its inputs and outputs.

    Args:
        workflow_id (str):
        include_input_output (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WorkflowsRetrieveResponse]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        include_input_output=include_input_output,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workflow_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_input_output: bool | Unset = UNSET,
) -> ErrorResponse | WorkflowsRetrieveResponse | None:
    """Retrieve a workflow

     Returns a workflow's basic information and, on request, the shape of its inputs and outputs.

    Args:
        workflow_id (str):
        include_input_output (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WorkflowsRetrieveResponse
    """

    return (
        await asyncio_detailed(
            workflow_id=workflow_id,
            client=client,
            include_input_output=include_input_output,
        )
    ).parsed
