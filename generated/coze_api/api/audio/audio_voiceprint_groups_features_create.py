from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audio_voiceprint_groups_features_create_request import AudioVoiceprintGroupsFeaturesCreateRequest
from ...models.audio_voiceprint_groups_features_create_response import AudioVoiceprintGroupsFeaturesCreateResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    group_id: str,
    *,
    body: AudioVoiceprintGroupsFeaturesCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/audio/voiceprint_groups/{group_id}/features".format(
            group_id=quote(str(group_id), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AudioVoiceprintGroupsFeaturesCreateResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AudioVoiceprintGroupsFeaturesCreateResponse.from_dict(response.json())

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
) -> Response[AudioVoiceprintGroupsFeaturesCreateResponse | ErrorResponse]:
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
    body: AudioVoiceprintGroupsFeaturesCreateRequest,
) -> Response[AudioVoiceprintGroupsFeaturesCreateResponse | ErrorResponse]:
    """Create a voiceprint

     Adds a voiceprint, built from an uploaded recording, to a voiceprint group (at most 10 per group).

    Args:
        group_id (str):
        body (AudioVoiceprintGroupsFeaturesCreateRequest): Multipart body of
            audio_voiceprint_groups_features_create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AudioVoiceprintGroupsFeaturesCreateResponse | ErrorResponse]
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
    body: AudioVoiceprintGroupsFeaturesCreateRequest,
) -> AudioVoiceprintGroupsFeaturesCreateResponse | ErrorResponse | None:
    """Create a voiceprint

     Adds a voiceprint, built from an uploaded recording, to a voiceprint group (at most 10 per group).

    Args:
        group_id (str):
        body (AudioVoiceprintGroupsFeaturesCreateRequest): Multipart body of
            audio_voiceprint_groups_features_create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AudioVoiceprintGroupsFeaturesCreateResponse | ErrorResponse
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
    body: AudioVoiceprintGroupsFeaturesCreateRequest,
) -> Response[AudioVoiceprintGroupsFeaturesCreateResponse | ErrorResponse]:
    """Create a voiceprint

     Adds a voiceprint, built from an uploaded recording, to a voiceprint group (at most 10 per group).

    Args:
        group_id (str):
        body (AudioVoiceprintGroupsFeaturesCreateRequest): Multipart body of
            audio_voiceprint_groups_features_create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AudioVoiceprintGroupsFeaturesCreateResponse | ErrorResponse]
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
    body: AudioVoiceprintGroupsFeaturesCreateRequest,
) -> AudioVoiceprintGroupsFeaturesCreateResponse | ErrorResponse | None:
    """Create a voiceprint

     Adds a voiceprint, built from an uploaded recording, to a voiceprint group (at most 10 per group).

    Args:
        group_id (str):
        body (AudioVoiceprintGroupsFeaturesCreateRequest): Multipart body of
            audio_voiceprint_groups_features_create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AudioVoiceprintGroupsFeaturesCreateResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            group_id=group_id,
            client=client,
            body=body,
        )
    ).parsed
