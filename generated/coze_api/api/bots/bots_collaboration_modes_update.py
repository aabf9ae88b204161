from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bots_collaboration_modes_update_request import BotsCollaborationModesUpdateRequest
from ...models.bots_collaboration_modes_update_response import BotsCollaborationModesUpdateResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    bot_id: str,
    *,
    body: BotsCollaborationModesUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/bots/{bot_id}/collaboration_mode".format(
            bot_id=quote(str(bot_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BotsCollaborationModesUpdateResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BotsCollaborationModesUpdateResponse.from_dict(response.json())

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
) -> Response[BotsCollaborationModesUpdateResponse | ErrorResponse]:
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
    body: BotsCollaborationModesUpdateRequest,
) -> Response[BotsCollaborationModesUpdateResponse | ErrorResponse]:
    """Switch a bot's collaboration mode

     Turns multi-user collaboration on or off for a bot; collaborators must be removed before switching
    back to single mode.

    Args:
        bot_id (str):
        body (BotsCollaborationModesUpdateRequest): Body of bots_collaboration_modes_update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BotsCollaborationModesUpdateResponse | ErrorResponse]
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
    body: BotsCollaborationModesUpdateRequest,
) -> BotsCollaborationModesUpdateResponse | ErrorResponse | None:
    """Switch a bot's collaboration mode

     Turns multi-user collaboration on or off for a bot; collaborators must be removed before switching
    back to single mode.

    Args:
        bot_id (str):
        body (BotsCollaborationModesUpdateRequest): Body of bots_collaboration_modes_update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BotsCollaborationModesUpdateResponse | ErrorResponse
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
    body: BotsCollaborationModesUpdateRequest,
) -> Response[BotsCollaborationModesUpdateResponse | ErrorResponse]:
    """Switch a bot's collaboration mode

     Turns multi-user collaboration on or off for a bot; collaborators must be removed before switching
    back to single mode.

    Args:
        bot_id (str):
        body (BotsCollaborationModesUpdateRequest): Body of bots_collaboration_modes_update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BotsCollaborationModesUpdateResponse | ErrorResponse]
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
    body: BotsCollaborationModesUpdateRequest,
) -> BotsCollaborationModesUpdateResponse | ErrorResponse | None:
    """Switch a bot's collaboration mode

     Turns multi-user collaboration on or off for a bot; collaborators must be removed before switching
    back to single mode.

    Args:
        bot_id (str):
        body (BotsCollaborationModesUpdateRequest): Body of bots_collaboration_modes_update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BotsCollaborationModesUpdateResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            bot_id=bot_id,
            client=client,
            body=body,
        )
    ).parsed
