from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audio_voices_clone_request import AudioVoicesCloneRequest
from ...models.audio_voices_clone_response import AudioVoicesCloneResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: AudioVoicesCloneRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/audio/voices/clone",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AudioVoicesCloneResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AudioVoicesCloneResponse.from_dict(response.json())

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
) -> Response[AudioVoicesCloneResponse | ErrorResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AudioVoicesCloneRequest,
) -> Response[AudioVoicesCloneResponse | ErrorResponse]:
    """Clone a voice

     Creates a custom voice from a recorded sample, or retrains an existing cloned voice when voice_id is
    given.

    Args:
        body (AudioVoicesCloneRequest): Multipart body of audio_voices_clone.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AudioVoicesCloneResponse | ErrorResponse]
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
    body: AudioVoicesCloneRequest,
) -> AudioVoicesCloneResponse | ErrorResponse | None:
    """Clone a voice

     Creates a custom voice from a recorded sample, or retrains an existing cloned voice when voice_id is
    given.

    Args:
        body (AudioVoicesCloneRequest): Multipart body of audio_voices_clone.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AudioVoicesCloneResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AudioVoicesCloneRequest,
) -> Response[AudioVoicesCloneResponse | ErrorResponse]:
    """Clone a voice

     Creates a custom voice from a recorded sample, or retrains an existing cloned voice when voice_id is
    given.

    Args:
        body (AudioVoicesCloneRequest): Multipart body of audio_voices_clone.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AudioVoicesCloneResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AudioVoicesCloneRequest,
) -> AudioVoicesCloneResponse | ErrorResponse | None:
    """Clone a voice

     Creates a custom voice from a recorded sample, or retrains an existing cloned voice when voice_id is
    given.

    Args:
        body (AudioVoicesCloneRequest): Multipart body of audio_voices_clone.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AudioVoicesCloneResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
