from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chat_submit_tool_outputs_request import ChatSubmitToolOutputsRequest
from ...models.chat_submit_tool_outputs_response import ChatSubmitToolOutputsResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: ChatSubmitToolOutputsRequest,
    conversation_id: str,
    chat_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["conversation_id"] = conversation_id

    params["chat_id"] = chat_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/chat/submit_tool_outputs",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChatSubmitToolOutputsResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ChatSubmitToolOutputsResponse.from_dict(response.json())

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
) -> Response[ChatSubmitToolOutputsResponse | ErrorResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ChatSubmitToolOutputsRequest,
    conversation_id: str,
    chat_id: str,
) -> Response[ChatSubmitToolOutputsResponse | ErrorResponse]:
    """Submit tool outputs

     Sends the results of the tool calls a chat asked for (status requires_action) so the bot can
    continue the same chat.

    Args:
        conversation_id (str):
        chat_id (str):
        body (ChatSubmitToolOutputsRequest): Body of chat_submit_tool_outputs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatSubmitToolOutputsResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        conversation_id=conversation_id,
        chat_id=chat_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ChatSubmitToolOutputsRequest,
    conversation_id: str,
    chat_id: str,
) -> ChatSubmitToolOutputsResponse | ErrorResponse | None:
    """Submit tool outputs

     Sends the results of the tool calls a chat asked for (status requires_action) so the bot can
    continue the same chat.

    Args:
        conversation_id (str):
        chat_id (str):
        body (ChatSubmitToolOutputsRequest): Body of chat_submit_tool_outputs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatSubmitToolOutputsResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        conversation_id=conversation_id,
        chat_id=chat_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ChatSubmitToolOutputsRequest,
    conversation_id: str,
    chat_id: str,
) -> Response[ChatSubmitToolOutputsResponse | ErrorResponse]:
    """Submit tool outputs

     Sends the results of the tool calls a chat asked for (status requires_action) so the bot can
    continue the same chat.

    Args:
        conversation_id (str):
        chat_id (str):
        body (ChatSubmitToolOutputsRequest): Body of chat_submit_tool_outputs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatSubmitToolOutputsResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        conversation_id=conversation_id,
        chat_id=chat_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ChatSubmitToolOutputsRequest,
    conversation_id: str,
    chat_id: str,
) -> ChatSubmitToolOutputsResponse | ErrorResponse | None:
    """Submit tool outputs

     Sends the results of the tool calls a chat asked for (status requires_action) so the bot can
    continue the same chat.

    Args:
        conversation_id (str):
        chat_id (str):
        body (ChatSubmitToolOutputsRequest): Body of chat_submit_tool_outputs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatSubmitToolOutputsResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            conversation_id=conversation_id,
            chat_id=chat_id,
        )
    ).parsed
