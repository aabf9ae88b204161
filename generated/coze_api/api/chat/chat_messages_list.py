from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chat_messages_list_response import ChatMessagesListResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    conversation_id: str,
    chat_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["conversation_id"] = conversation_id

    params["chat_id"] = chat_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/chat/message/list",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChatMessagesListResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ChatMessagesListResponse.from_dict(response.json())

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
) -> Response[ChatMessagesListResponse | ErrorResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    conversation_id: str,
    chat_id: str,
) -> Response[ChatMessagesListResponse | ErrorResponse]:
    """List the messages of a chat

     Returns every message a chat produced (answers, tool calls, tool responses, follow-ups, verbose
    packets) except the user's query; call it once the chat has finished.

    Args:
        conversation_id (str):
        chat_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatMessagesListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
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
    conversation_id: str,
    chat_id: str,
) -> ChatMessagesListResponse | ErrorResponse | None:
    """List the messages of a chat

     Returns every message a chat produced (answers, tool calls, tool responses, follow-ups, verbose
    packets) except the user's query; call it once the chat has finished.

    Args:
        conversation_id (str):
        chat_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatMessagesListResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        conversation_id=conversation_id,
        chat_id=chat_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    conversation_id: str,
    chat_id: str,
) -> Response[ChatMessagesListResponse | ErrorResponse]:
    """List the messages of a chat

     Returns every message a chat produced (answers, tool calls, tool responses, follow-ups, verbose
    packets) except the user's query; call it once the chat has finished.

    Args:
        conversation_id (str):
        chat_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatMessagesListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        chat_id=chat_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    conversation_id: str,
    chat_id: str,
) -> ChatMessagesListResponse | ErrorResponse | None:
    """List the messages of a chat

     Returns every message a chat produced (answers, tool calls, tool responses, follow-ups, verbose
    packets) except the user's query; call it once the chat has finished.

    Args:
        conversation_id (str):
        chat_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatMessagesListResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            conversation_id=conversation_id,
            chat_id=chat_id,
        )
    ).parsed
