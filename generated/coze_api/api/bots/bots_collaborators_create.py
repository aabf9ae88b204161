from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bots_collaborators_create_request import BotsCollaboratorsCreateRequest
from ...models.bots_collaborators_create_response import BotsCollaboratorsCreateResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    bot_id: str,
    *,
    body: BotsCollaboratorsCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/bots/{bot_id}/collaborators".format(
            bot_id=quote(str(bot_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BotsCollaboratorsCreateResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BotsCollaboratorsCreateResponse.from_dict(response.json())

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
) -> Response[BotsCollaboratorsCreateResponse | ErrorResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    bot_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BotsCollaboratorsCreateRequest,
) -> Response[BotsCollaboratorsCreateResponse | ErrorResponse]:
    """Add a bot collaborator

     Adds a member of the bot's workspace as a collaborator; the bot must be in collaboration mode.

    Args:
        bot_id (str):
        body (BotsCollaboratorsCreateRequest): Body of bots_collaborators_create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BotsCollaboratorsCreateResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        bot_id=bot_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    bot_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BotsCollaboratorsCreateRequest,
) -> BotsCollaboratorsCreateResponse | ErrorResponse | None:
    """Add a bot collaborator

     Adds a member of the bot's workspace as a collaborator; the bot must be in collaboration mode.

    Args:
        bot_id (str):
        body (BotsCollaboratorsCreateRequest): Body of bots_collaborators_create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BotsCollaboratorsCreateResponse | ErrorResponse
    """

    return sync_detailed(
        bot_id=bot_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    bot_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BotsCollaboratorsCreateRequest,
) -> Response[BotsCollaboratorsCreateResponse | ErrorResponse]:
    """Add a bot collaborator

     Adds a member of the bot's workspace as a collaborator; the bot must be in collaboration mode.

    Args:
        bot_id (str):
        body (BotsCollaboratorsCreateRequest): Body of bots_collaborators_create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BotsCollaboratorsCreateResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        bot_id=bot_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    bot_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BotsCollaboratorsCreateRequest,
) -> BotsCollaboratorsCreateResponse | ErrorResponse | None:
    """Add a bot collaborator

     Adds a member of the bot's workspace as a collaborator; the bot must be in collaboration mode.

    Args:
        bot_id (str):
        body (BotsCollaboratorsCreateRequest): Body of bots_collaborators_create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BotsCollaboratorsCreateResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            bot_id=bot_id,
            client=client,
            body=body,
        )
    ).parsed
