from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.workflow_mode import WorkflowMode
from ...models.workflow_publish_status import WorkflowPublishStatus
from ...models.workflows_list_response import WorkflowsListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    workspace_id: str,
    page_num: int,
    page_size: int | Unset = UNSET,
    workflow_mode: WorkflowMode | Unset = UNSET,
    app_id: str | Unset = UNSET,
    publish_status: WorkflowPublishStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["workspace_id"] = workspace_id

    params["page_num"] = page_num

    params["page_size"] = page_size

    json_workflow_mode: str | Unset = UNSET
    if not isinstance(workflow_mode, Unset):
        json_workflow_mode = workflow_mode.value

    params["workflow_mode"] = json_workflow_mode

    params["app_id"] = app_id

    json_publish_status: str | Unset = UNSET
    if not isinstance(publish_status, Unset):
        json_publish_status = publish_status.value

    params["publish_status"] = json_publish_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/workflows",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | WorkflowsListResponse | None:
    if response.status_code == 200:
        response_200 = WorkflowsListResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | WorkflowsListResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    workspace_id: str,
    page_num: int,
    page_size: int | Unset = UNSET,
    workflow_mode: WorkflowMode | Unset = UNSET,
    app_id: str | Unset = UNSET,
    publish_status: WorkflowPublishStatus | Unset = UNSET,
) -> Response[ErrorResponse | WorkflowsListResponse]:
    """List workflows

     Lists the workflows and chatflows of a workspace, or of one app in it, page by page.

    Args:
        workspace_id (str):
        page_num (int):
        page_size (int | Unset):
        workflow_mode (WorkflowMode | Unset): Kind of workflow.
        app_id (str | Unset):
        publish_status (WorkflowPublishStatus | Unset): Publish state filter: all,
            published_online (the released version) or unpublished_draft.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WorkflowsListResponse]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        page_num=page_num,
        page_size=page_size,
        workflow_mode=workflow_mode,
        app_id=app_id,
        publish_status=publish_status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    workspace_id: str,
    page_num: int,
    page_size: int | Unset = UNSET,
    workflow_mode: WorkflowMode | Unset = UNSET,
    app_id: str | Unset = UNSET,
    publish_status: WorkflowPublishStatus | Unset = UNSET,
) -> ErrorResponse | WorkflowsListResponse | None:
    """List workflows

     Lists the workflows and chatflows of a workspace, or of one app in it, page by page.

    Args:
        workspace_id (str):
        page_num (int):
        page_size (int | Unset):
        workflow_mode (WorkflowMode | Unset): Kind of workflow.
        app_id (str | Unset):
        publish_status (WorkflowPublishStatus | Unset): Publish state filter: all,
            published_online (the released version) or unpublished_draft.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WorkflowsListResponse
    """

    return sync_detailed(
        client=client,
        workspace_id=workspace_id,
        page_num=page_num,
        page_size=page_size,
        workflow_mode=workflow_mode,
        app_id=app_id,
        publish_status=publish_status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    workspace_id: str,
    page_num: int,
    page_size: int | Unset = UNSET,
    workflow_mode: WorkflowMode | Unset = UNSET,
    app_id: str | Unset = UNSET,
    publish_status: WorkflowPublishStatus | Unset = UNSET,
) -> Response[ErrorResponse | WorkflowsListResponse]:
    """List workflows

     Lists the workflows and chatflows of a workspace, or of one app in it, page by page.

    Args:
        workspace_id (str):
        page_num (int):
        page_size (int | Unset):
        workflow_mode (WorkflowMode | Unset): Kind of workflow.
        app_id (str | Unset):
        publish_status (WorkflowPublishStatus | Unset): Publish state filter: all,
            published_online (the released version) or unpublished_draft.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WorkflowsListResponse]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        page_num=page_num,
        page_size=page_size,
        workflow_mode=workflow_mode,
        app_id=app_id,
        publish_status=publish_status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    workspace_id: str,
    page_num: int,
    page_size: int | Unset = UNSET,
    workflow_mode: WorkflowMode | Unset = UNSET,
    app_id: str | Unset = UNSET,
    publish_status: WorkflowPublishStatus | Unset = UNSET,
) -> ErrorResponse | WorkflowsListResponse | None:
    """List workflows

     Lists the workflows and chatflows of a workspace, or of one app in it, page by page.

    Args:
        workspace_id (str):
        page_num (int):
        page_size (int | Unset):
        workflow_mode (WorkflowMode | Unset): Kind of workflow.
        app_id (str | Unset):
        publish_status (WorkflowPublishStatus | Unset): Publish state filter: all,
            published_online (the released version) or unpublished_draft.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WorkflowsListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            workspace_id=workspace_id,
            page_num=page_num,
            page_size=page_size,
            workflow_mode=workflow_mode,
            app_id=app_id,
            publish_status=publish_status,
        )
    ).parsed
