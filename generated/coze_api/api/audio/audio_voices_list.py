from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audio_voices_list_response import AudioVoicesListResponse
from ...models.error_response import ErrorResponse
from ...models.voice_model_type import VoiceModelType
from ...models.voice_state import VoiceState
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    filter_system_voice: bool | Unset = UNSET,
    model_type: VoiceModelType | Unset = UNSET,
    voice_state: VoiceState | Unset = UNSET,
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["filter_system_voice"] = filter_system_voice

    json_model_type: str | Unset = UNSET
    if not isinstance(model_type, Unset):
        json_model_type = model_type.value

    params["model_type"] = json_model_type

    json_voice_state: str | Unset = UNSET
    if not isinstance(voice_state, Unset):
        json_voice_state = voice_state.value

    params["voice_state"] = json_voice_state

    params["page_num"] = page_num

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/audio/voices",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AudioVoicesListResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AudioVoicesListResponse.from_dict(response.json())

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
) -> Response[AudioVoicesListResponse | ErrorResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_system_voice: bool | Unset = UNSET,
    model_type: VoiceModelType | Unset = UNSET,
    voice_state: VoiceState | Unset = UNSET,
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[AudioVoicesListResponse | ErrorResponse]:
    """List voices

     Lists the voices available to the caller, both system voices and voices cloned in the caller's
    workspaces.

    Args:
        filter_system_voice (bool | Unset):
        model_type (VoiceModelType | Unset): The model family of a voice, large (`big`) or small.
        voice_state (VoiceState | Unset): The clone state of a voice; `all` is only meaningful as
            a list filter.
        page_num (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AudioVoicesListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        filter_system_voice=filter_system_voice,
        model_type=model_type,
        voice_state=voice_state,
        page_num=page_num,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    filter_system_voice: bool | Unset = UNSET,
    model_type: VoiceModelType | Unset = UNSET,
    voice_state: VoiceState | Unset = UNSET,
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> AudioVoicesListResponse | ErrorResponse | None:
    """List voices

     Lists the voices available to the caller, both system voices and voices cloned in the caller's
    workspaces.

    Args:
        filter_system_voice (bool | Unset):
        model_type (VoiceModelType | Unset): The model family of a voice, large (`big`) or small.
        voice_state (VoiceState | Unset): The clone state of a voice; `all` is only meaningful as
            a list filter.
        page_num (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AudioVoicesListResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        filter_system_voice=filter_system_voice,
        model_type=model_type,
        voice_state=voice_state,
        page_num=page_num,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_system_voice: bool | Unset = UNSET,
    model_type: VoiceModelType | Unset = UNSET,
    voice_state: VoiceState | Unset = UNSET,
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[AudioVoicesListResponse | ErrorResponse]:
    """List voices

     Lists the voices available to the caller, both system voices and voices cloned in the caller's
    workspaces.

    Args:
        filter_system_voice (bool | Unset):
        model_type (VoiceModelType | Unset): The model family of a voice, large (`big`) or small.
        voice_state (VoiceState | Unset): The clone state of a voice; `all` is only meaningful as
            a list filter.
        page_num (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AudioVoicesListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        filter_system_voice=filter_system_voice,
        model_type=model_type,
        voice_state=voice_state,
        page_num=page_num,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    filter_system_voice: bool | Unset = UNSET,
    model_type: VoiceModelType | Unset = UNSET,
    voice_state: VoiceState | Unset = UNSET,
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> AudioVoicesListResponse | ErrorResponse | None:
    """List voices

     Lists the voices available to the caller, both system voices and voices cloned in the caller's
    workspaces.

    Args:
        filter_system_voice (bool | Unset):
        model_type (VoiceModelType | Unset): The model family of a voice, large (`big`) or small.
        voice_state (VoiceState | Unset): The clone state of a voice; `all` is only meaningful as
            a list filter.
        page_num (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AudioVoicesListResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            filter_system_voice=filter_system_voice,
            model_type=model_type,
            voice_state=voice_state,
            page_num=page_num,
            page_size=page_size,
        )
    ).parsed
