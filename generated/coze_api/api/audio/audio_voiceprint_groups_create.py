from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audio_voiceprint_groups_create_request import AudioVoiceprintGroupsCreateRequest
from ...models.audio_voiceprint_groups_create_response import AudioVoiceprintGroupsCreateResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: AudioVoiceprintGroupsCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/audio/voiceprint_groups",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AudioVoiceprintGroupsCreateResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AudioVoiceprintGroupsCreateResponse.from_dict(response.json())

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
) -> Response[AudioVoiceprintGroupsCreateResponse | ErrorResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AudioVoiceprintGroupsCreateRequest,
) -> Response[AudioVoiceprintGroupsCreateResponse | ErrorResponse]:
    """Create a voiceprint group

     Creates an empty voiceprint group that speaker identification searches in.

    Args:
        body (AudioVoiceprintGroupsCreateRequest): Body of audio_voiceprint_groups_create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AudioVoiceprintGroupsCreateResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: AudioVoiceprintGroupsCreateRequest,
) -> AudioVoiceprintGroupsCreateResponse | ErrorResponse | None:
    """Create a voiceprint group

     Creates an empty voiceprint group that speaker identification searches in.

    Args:
        body (AudioVoiceprintGroupsCreateRequest): Body of audio_voiceprint_groups_create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AudioVoiceprintGroupsCreateResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AudioVoiceprintGroupsCreateRequest,
) -> Response[AudioVoiceprintGroupsCreateResponse | ErrorResponse]:
    """Create a voiceprint group

     Creates an empty voiceprint group that speaker identification searches in.

    Args:
        body (AudioVoiceprintGroupsCreateRequest): Body of audio_voiceprint_groups_create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AudioVoiceprintGroupsCreateResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AudioVoiceprintGroupsCreateRequest,
) -> AudioVoiceprintGroupsCreateResponse | ErrorResponse | None:
    """Create a voiceprint group

     Creates an empty voiceprint group that speaker identification searches in.

    Args:
        body (AudioVoiceprintGroupsCreateRequest): Body of audio_voiceprint_groups_create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AudioVoiceprintGroupsCreateResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
