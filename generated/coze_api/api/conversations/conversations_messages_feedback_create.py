from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.conversations_messages_feedback_create_request import ConversationsMessagesFeedbackCreateRequest
from ...models.conversations_messages_feedback_create_response import ConversationsMessagesFeedbackCreateResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    conversation_id: str,
    message_id: str,
    *,
    body: ConversationsMessagesFeedbackCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/conversations/{conversation_id}/messages/{message_id}/feedback".format(
            conversation_id=quote(str(conversation_id), safe=""),
            message_id=quote(str(message_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConversationsMessagesFeedbackCreateResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ConversationsMessagesFeedbackCreateResponse.from_dict(response.json())

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
) -> Response[ConversationsMessagesFeedbackCreateResponse | ErrorResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    conversation_id: str,
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ConversationsMessagesFeedbackCreateRequest,
) -> Response[ConversationsMessagesFeedbackCreateResponse | ErrorResponse]:
    """Rate a message

     Records a like or unlike, with optional reasons and comment, on a bot answer; a later rating of the
    same message replaces the earlier one.

    Args:
        conversation_id (str):
        message_id (str):
        body (ConversationsMessagesFeedbackCreateRequest): Body of
            conversations_messages_feedback_create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConversationsMessagesFeedbackCreateResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        message_id=message_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    conversation_id: str,
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ConversationsMessagesFeedbackCreateRequest,
) -> ConversationsMessagesFeedbackCreateResponse | ErrorResponse | None:
    """Rate a message

     Records a like or unlike, with optional reasons and comment, on a bot answer; a later rating of the
    same message replaces the earlier one.

    Args:
        conversation_id (str):
        message_id (str):
        body (ConversationsMessagesFeedbackCreateRequest): Body of
            conversations_messages_feedback_create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConversationsMessagesFeedbackCreateResponse | ErrorResponse
    """

    return sync_detailed(
        conversation_id=conversation_id,
        message_id=message_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    conversation_id: str,
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ConversationsMessagesFeedbackCreateRequest,
) -> Response[ConversationsMessagesFeedbackCreateResponse | ErrorResponse]:
    """Rate a message

     Records a like or unlike, with optional reasons and comment, on a bot answer; a later rating of the
    same message replaces the earlier one.

    Args:
        conversation_id (str):
        message_id (str):
        body (ConversationsMessagesFeedbackCreateRequest): Body of
            conversations_messages_feedback_create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConversationsMessagesFeedbackCreateResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        message_id=message_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    conversation_id: str,
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ConversationsMessagesFeedbackCreateRequest,
) -> ConversationsMessagesFeedbackCreateResponse | ErrorResponse | None:
    """Rate a message

     Records a like or unlike, with optional reasons and comment, on a bot answer; a later rating of the
    same message replaces the earlier one.

    Args:
        conversation_id (str):
        message_id (str):
        body (ConversationsMessagesFeedbackCreateRequest): Body of
            conversations_messages_feedback_create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConversationsMessagesFeedbackCreateResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            conversation_id=conversation_id,
            message_id=message_id,
            client=client,
            body=body,
        )
    ).parsed
