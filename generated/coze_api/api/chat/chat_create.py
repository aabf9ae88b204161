from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chat_create_request import ChatCreateRequest
from ...models.chat_create_response import ChatCreateResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ChatCreateRequest,
    conversation_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["conversation_id"] = conversation_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/chat",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChatCreateResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ChatCreateResponse.from_dict(response.json())

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
) -> Response[ChatCreateResponse | ErrorResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ChatCreateRequest,
    conversation_id: str | Unset = UNSET,
) -> Response[ChatCreateResponse | ErrorResponse]:
    """Start a chat

     Sends messages to a bot and starts one chat turn; without streaming the answer only holds the chat's
    state, so poll chat_retrieve and then list the chat's messages.

    Args:
        conversation_id (str | Unset):
        body (ChatCreateRequest): Body of chat_create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatCreateResponse | ErrorResponse]
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
    body: ChatCreateRequest,
    conversation_id: str | Unset = UNSET,
) -> ChatCreateResponse | ErrorResponse | None:
    """Start a chat

     Sends messages to a bot and starts one chat turn; without streaming the answer only holds the chat's
    state, so poll chat_retrieve and then list the chat's messages.

    Args:
        conversation_id (str | Unset):
        body (ChatCreateRequest): Body of chat_create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatCreateResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        conversation_id=conversation_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ChatCreateRequest,
    conversation_id: str | Unset = UNSET,
) -> Response[ChatCreateResponse | ErrorResponse]:
    """Start a chat

     Sends messages to a bot and starts one chat turn; without streaming the answer only holds the chat's
    state, so poll chat_retrieve and then list the chat's messages.

    Args:
        conversation_id (str | Unset):
        body (ChatCreateRequest): Body of chat_create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatCreateResponse | ErrorResponse]
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
    body: ChatCreateRequest,
    conversation_id: str | Unset = UNSET,
) -> ChatCreateResponse | ErrorResponse | None:
    """Start a chat

     Sends messages to a bot and starts one chat turn; without streaming the answer only holds the chat's
    state, so poll chat_retrieve and then list the chat's messages.

    Args:
        conversation_id (str | Unset):
        body (ChatCreateRequest): Body of chat_create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatCreateResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            conversation_id=conversation_id,
        )
    ).parsed
