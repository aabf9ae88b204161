from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.conversations_messages_update_request import ConversationsMessagesUpdateRequest
from ...models.conversations_messages_update_response import ConversationsMessagesUpdateResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: ConversationsMessagesUpdateRequest,
    conversation_id: str,
    message_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["conversation_id"] = conversation_id

    params["message_id"] = message_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/conversation/message/modify",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConversationsMessagesUpdateResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ConversationsMessagesUpdateResponse.from_dict(response.json())

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
) -> Response[ConversationsMessagesUpdateResponse | ErrorResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ConversationsMessagesUpdateRequest,
    conversation_id: str,
    message_id: str,
) -> Response[ConversationsMessagesUpdateResponse | ErrorResponse]:
    """Modify a message

     Replaces the content and/or the metadata of a message.

    Args:
        conversation_id (str):
        message_id (str):
        body (ConversationsMessagesUpdateRequest): Body of conversations_messages_update; content
            and meta_data may not both be empty.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConversationsMessagesUpdateResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        conversation_id=conversation_id,
        message_id=message_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ConversationsMessagesUpdateRequest,
    conversation_id: str,
    message_id: str,
) -> ConversationsMessagesUpdateResponse | ErrorResponse | None:
    """Modify a message

     Replaces the content and/or the metadata of a message.

    Args:
        conversation_id (str):
        message_id (str):
        body (ConversationsMessagesUpdateRequest): Body of conversations_messages_update; content
            and meta_data may not both be empty.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConversationsMessagesUpdateResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        conversation_id=conversation_id,
        message_id=message_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ConversationsMessagesUpdateRequest,
    conversation_id: str,
    message_id: str,
) -> Response[ConversationsMessagesUpdateResponse | ErrorResponse]:
    """Modify a message

     Replaces the content and/or the metadata of a message.

    Args:
        conversation_id (str):
        message_id (str):
        body (ConversationsMessagesUpdateRequest): Body of conversations_messages_update; content
            and meta_data may not both be empty.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConversationsMessagesUpdateResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        conversation_id=conversation_id,
        message_id=message_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ConversationsMessagesUpdateRequest,
    conversation_id: str,
    message_id: str,
) -> ConversationsMessagesUpdateResponse | ErrorResponse | None:
    """Modify a message

     Replaces the content and/or the metadata of a message.

    Args:
        conversation_id (str):
        message_id (str):
        body (ConversationsMessagesUpdateRequest): Body of conversations_messages_update; content
            and meta_data may not both be empty.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConversationsMessagesUpdateResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            conversation_id=conversation_id,
            message_id=message_id,
        )
    ).parsed
