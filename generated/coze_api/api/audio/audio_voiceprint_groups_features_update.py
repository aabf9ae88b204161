from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audio_voiceprint_groups_features_update_request import AudioVoiceprintGroupsFeaturesUpdateRequest
from ...models.audio_voiceprint_groups_features_update_response import AudioVoiceprintGroupsFeaturesUpdateResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    group_id: str,
    feature_id: str,
    *,
    body: AudioVoiceprintGroupsFeaturesUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/audio/voiceprint_groups/{group_id}/features/{feature_id}".format(
            group_id=quote(str(group_id), safe=""),
            feature_id=quote(str(feature_id), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AudioVoiceprintGroupsFeaturesUpdateResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AudioVoiceprintGroupsFeaturesUpdateResponse.from_dict(response.json())

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
) -> Response[AudioVoiceprintGroupsFeaturesUpdateResponse | ErrorResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    group_id: str,
    feature_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AudioVoiceprintGroupsFeaturesUpdateRequest,
) -> Response[AudioVoiceprintGroupsFeaturesUpdateResponse | ErrorResponse]:
    """Update a voiceprint

     Renames a voiceprint or replaces its recording; only its creator may do this.

    Args:
        group_id (str):
        feature_id (str):
        body (AudioVoiceprintGroupsFeaturesUpdateRequest): Multipart body of
            audio_voiceprint_groups_features_update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AudioVoiceprintGroupsFeaturesUpdateResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        feature_id=feature_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    group_id: str,
    feature_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AudioVoiceprintGroupsFeaturesUpdateRequest,
) -> AudioVoiceprintGroupsFeaturesUpdateResponse | ErrorResponse | None:
    """Update a voiceprint

     Renames a voiceprint or replaces its recording; only its creator may do this.

    Args:
        group_id (str):
        feature_id (str):
        body (AudioVoiceprintGroupsFeaturesUpdateRequest): Multipart body of
            audio_voiceprint_groups_features_update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AudioVoiceprintGroupsFeaturesUpdateResponse | ErrorResponse
    """

    return sync_detailed(
        group_id=group_id,
        feature_id=feature_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    group_id: str,
    feature_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AudioVoiceprintGroupsFeaturesUpdateRequest,
) -> Response[AudioVoiceprintGroupsFeaturesUpdateResponse | ErrorResponse]:
    """Update a voiceprint

     Renames a voiceprint or replaces its recording; only its creator may do this.

    Args:
        group_id (str):
        feature_id (str):
        body (AudioVoiceprintGroupsFeaturesUpdateRequest): Multipart body of
            audio_voiceprint_groups_features_update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AudioVoiceprintGroupsFeaturesUpdateResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        feature_id=feature_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    group_id: str,
    feature_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AudioVoiceprintGroupsFeaturesUpdateRequest,
) -> AudioVoiceprintGroupsFeaturesUpdateResponse | ErrorResponse | None:
    """Update a voiceprint

     Renames a voiceprint or replaces its recording; only its creator may do this.

    Args:
        group_id (str):
        feature_id (str):
        body (AudioVoiceprintGroupsFeaturesUpdateRequest): Multipart body of
            audio_voiceprint_groups_features_update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AudioVoiceprintGroupsFeaturesUpdateResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            group_id=group_id,
            feature_id=feature_id,
            client=client,
            body=body,
        )
    ).parsed
