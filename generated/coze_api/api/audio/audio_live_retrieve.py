from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audio_live_retrieve_response import AudioLiveRetrieveResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    live_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/audio/live/{live_id}".format(
            live_id=quote(str(live_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AudioLiveRetrieveResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AudioLiveRetrieveResponse.from_dict(response.json())

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
) -> Response[AudioLiveRetrieveResponse | ErrorResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    live_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AudioLiveRetrieveResponse | ErrorResponse]:
    """Retrieve a live session

     Returns the RTC app id and the audio streams (original and translated) of a live session.

    Args:
        live_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AudioLiveRetrieveResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        live_id=live_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    live_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> AudioLiveRetrieveResponse | ErrorResponse | None:
    """Retrieve a live session

     Returns the RTC app id and the audio streams (original and translated) of a live session.

    Args:
        live_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AudioLiveRetrieveResponse | ErrorResponse
    """

    return sync_detailed(
        live_id=live_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    live_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AudioLiveRetrieveResponse | ErrorResponse]:
    """Retrieve a live session

     Returns the RTC app id and the audio streams (original and translated) of a live session.

    Args:
        live_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AudioLiveRetrieveResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        live_id=live_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    live_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> AudioLiveRetrieveResponse | ErrorResponse | None:
    """Retrieve a live session

     Returns the RTC app id and the audio streams (original and translated) of a live session.

    Args:
        live_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AudioLiveRetrieveResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            live_id=live_id,
            client=client,
        )
    ).parsed
