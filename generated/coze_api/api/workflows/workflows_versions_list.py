from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.workflow_publish_status import WorkflowPublishStatus
from ...models.workflows_versions_list_response import WorkflowsVersionsListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    workflow_id: str,
    *,
    publish_status: WorkflowPublishStatus | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    include_input_output: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_publish_status: str | Unset = UNSET
    if not isinstance(publish_status, Unset):
        json_publish_status = publish_status.value

    params["publish_status"] = json_publish_status

    params["page_size"] = page_size

    params["page_token"] = page_token

    params["include_input_output"] = include_input_output

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/workflows/{workflow_id}/versions".format(
            workflow_id=quote(str(workflow_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | WorkflowsVersionsListResponse | None:
    if response.status_code == 200:
        response_200 = WorkflowsVersionsListResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | WorkflowsVersionsListResponse]:
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
    publish_status: WorkflowPublishStatus | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    include_input_output: bool | Unset = UNSET,
) -> Response[ErrorResponse | WorkflowsVersionsListResponse]:
    """List a workflow's versions

     Lists the versions of a workflow, newest first, with page tokens.

    Args:
        workflow_id (str):
        publish_status (WorkflowPublishStatus | Unset): Publish state filter: all,
            published_online (the released version) or unpublished_draft.
        page_size (int | Unset):
        page_token (str | Unset):
        include_input_output (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WorkflowsVersionsListResponse]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        publish_status=publish_status,
        page_size=page_size,
        page_token=page_token,
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
    publish_status: WorkflowPublishStatus | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    include_input_output: bool | Unset = UNSET,
) -> ErrorResponse | WorkflowsVersionsListResponse | None:
    """List a workflow's versions

     Lists the versions of a workflow, newest first, with page tokens.

    Args:
        workflow_id (str):
        publish_status (WorkflowPublishStatus | Unset): Publish state filter: all,
            published_online (the released version) or unpublished_draft.
        page_size (int | Unset):
        page_token (str | Unset):
        include_input_output (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WorkflowsVersionsListResponse
    """

    return sync_detailed(
        workflow_id=workflow_id,
        client=client,
        publish_status=publish_status,
        page_size=page_size,
        page_token=page_token,
        include_input_output=include_input_output,
    ).parsed


async def asyncio_detailed(
    workflow_id: str,
    *,
    client: AuthenticatedClient | Client,
    publish_status: WorkflowPublishStatus | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    include_input_output: bool | Unset = UNSET,
) -> Response[ErrorResponse | WorkflowsVersionsListResponse]:
    """List a workflow's versions

     Lists the versions of a workflow, newest first, with page tokens.

    Args:
        workflow_id (str):
        publish_status (WorkflowPublishStatus | Unset): Publish state filter: all,
            published_online (the released version) or unpublished_draft.
        page_size (int | Unset):
        page_token (str | Unset):
        include_input_output (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WorkflowsVersionsListResponse]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        publish_status=publish_status,
        page_size=page_size,
        page_token=page_token,
        include_input_output=include_input_output,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workflow_id: str,
    *,
    client: AuthenticatedClient | Client,
    publish_status: WorkflowPublishStatus | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    include_input_output: bool | Unset = UNSET,
) -> ErrorResponse | WorkflowsVersionsListResponse | None:
    """List a workflow's versions

     Lists the versions of a workflow, newest first, with page tokens.

    Args:
        workflow_id (str):
        publish_status (WorkflowPublishStatus | Unset): Publish state filter: all,
            published_online (the released version) or unpublished_draft.
        page_size (int | Unset):
        page_token (str | Unset):
        include_input_output (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WorkflowsVersionsListResponse
    """

    return (
        await asyncio_detailed(
            workflow_id=workflow_id,
            client=client,
            publish_status=publish_status,
            page_size=page_size,
            page_token=page_token,
            include_input_output=include_input_output,
        )
    ).parsed
