from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audio_voiceprint_groups_update_request import AudioVoiceprintGroupsUpdateRequest
from ...models.audio_voiceprint_groups_update_response import AudioVoiceprintGroupsUpdateResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    group_id: str,
    *,
    body: AudioVoiceprintGroupsUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/audio/voiceprint_groups/{group_id}".format(
            group_id=quote(str(group_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AudioVoiceprintGroupsUpdateResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AudioVoiceprintGroupsUpdateResponse.from_dict(response.json())

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
) -> Response[AudioVoiceprintGroupsUpdateResponse | ErrorResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AudioVoiceprintGroupsUpdateRequest,
) -> Response[AudioVoiceprintGroupsUpdateResponse | ErrorResponse]:
    """Update a voiceprint group

     Changes the name or description of a voiceprint group.

    Args:
        group_id (str):
        body (AudioVoiceprintGroupsUpdateRequest): Body of audio_voiceprint_groups_update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AudioVoiceprintGroupsUpdateResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AudioVoiceprintGroupsUpdateRequest,
) -> AudioVoiceprintGroupsUpdateResponse | ErrorResponse | None:
    """Update a voiceprint group

     Changes the name or description of a voiceprint group.

    Args:
        group_id (str):
        body (AudioVoiceprintGroupsUpdateRequest): Body of audio_voiceprint_groups_update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AudioVoiceprintGroupsUpdateResponse | ErrorResponse
    """

    return sync_detailed(
        group_id=group_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AudioVoiceprintGroupsUpdateRequest,
) -> Response[AudioVoiceprintGroupsUpdateResponse | ErrorResponse]:
    """Update a voiceprint group

     Changes the name or description of a voiceprint group.

    Args:
        group_id (str):
        body (AudioVoiceprintGroupsUpdateRequest): Body of audio_voiceprint_groups_update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AudioVoiceprintGroupsUpdateResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AudioVoiceprintGroupsUpdateRequest,
) -> AudioVoiceprintGroupsUpdateResponse | ErrorResponse | None:
    """Update a voiceprint group

     Changes the name or description of a voiceprint group.

    Args:
        group_id (str):
        body (AudioVoiceprintGroupsUpdateRequest): Body of audio_voiceprint_groups_update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AudioVoiceprintGroupsUpdateResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            group_id=group_id,
            client=client,
            body=body,
        )
    ).parsed
