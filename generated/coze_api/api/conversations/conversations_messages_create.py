from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.conversations_messages_create_request import ConversationsMessagesCreateRequest
from ...models.conversations_messages_create_response import ConversationsMessagesCreateResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: ConversationsMessagesCreateRequest,
    conversation_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["conversation_id"] = conversation_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/conversation/message/create",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConversationsMessagesCreateResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ConversationsMessagesCreateResponse.from_dict(response.json())

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
) -> Response[ConversationsMessagesCreateResponse | ErrorResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ConversationsMessagesCreateRequest,
    conversation_id: str,
) -> Response[ConversationsMessagesCreateResponse | ErrorResponse]:
    """Create a message

     Adds one message to the newest context section of a conversation; messages are kept for 180 days.

    Args:
        conversation_id (str):
        body (ConversationsMessagesCreateRequest): Body of conversations_messages_create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConversationsMessagesCreateResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        conversation_id=conversation_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ConversationsMessagesCreateRequest,
    conversation_id: str,
) -> ConversationsMessagesCreateResponse | ErrorResponse | None:
    """Create a message

     Adds one message to the newest context section of a conversation; messages are kept for 180 days.

    Args:
        conversation_id (str):
        body (ConversationsMessagesCreateRequest): Body of conversations_messages_create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConversationsMessagesCreateResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        conversation_id=conversation_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ConversationsMessagesCreateRequest,
    conversation_id: str,
) -> Response[ConversationsMessagesCreateResponse | ErrorResponse]:
    """Create a message

     Adds one message to the newest context section of a conversation; messages are kept for 180 days.

    Args:
        conversation_id (str):
        body (ConversationsMessagesCreateRequest): Body of conversations_messages_create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConversationsMessagesCreateResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        conversation_id=conversation_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ConversationsMessagesCreateRequest,
    conversation_id: str,
) -> ConversationsMessagesCreateResponse | ErrorResponse | None:
    """Create a message

     Adds one message to the newest context section of a conversation; messages are kept for 180 days.

    Args:
        conversation_id (str):
        body (ConversationsMessagesCreateRequest): Body of conversations_messages_create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConversationsMessagesCreateResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            conversation_id=conversation_id,
        )
    ).parsed
