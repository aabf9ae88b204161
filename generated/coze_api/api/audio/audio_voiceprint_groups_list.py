from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audio_voiceprint_groups_list_response import AudioVoiceprintGroupsListResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    name: str | Unset = UNSET,
    group_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    coze_account_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page_num"] = page_num

    params["page_size"] = page_size

    params["name"] = name

    params["group_id"] = group_id

    params["user_id"] = user_id

    params["coze_account_id"] = coze_account_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/audio/voiceprint_groups",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AudioVoiceprintGroupsListResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AudioVoiceprintGroupsListResponse.from_dict(response.json())

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
) -> Response[AudioVoiceprintGroupsListResponse | ErrorResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    name: str | Unset = UNSET,
    group_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    coze_account_id: str | Unset = UNSET,
) -> Response[AudioVoiceprintGroupsListResponse | ErrorResponse]:
    """List voiceprint groups

     Lists the voiceprint groups of the team or enterprise, optionally filtered by name prefix, group or
    creator.

    Args:
        page_num (int | Unset):
        page_size (int | Unset):
        name (str | Unset):
        group_id (str | Unset):
        user_id (str | Unset):
        coze_account_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AudioVoiceprintGroupsListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        page_num=page_num,
        page_size=page_size,
        name=name,
        group_id=group_id,
        user_id=user_id,
        coze_account_id=coze_account_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    name: str | Unset = UNSET,
    group_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    coze_account_id: str | Unset = UNSET,
) -> AudioVoiceprintGroupsListResponse | ErrorResponse | None:
    """List voiceprint groups

     Lists the voiceprint groups of the team or enterprise, optionally filtered by name prefix, group or
    creator.

    Args:
        page_num (int | Unset):
        page_size (int | Unset):
        name (str | Unset):
        group_id (str | Unset):
        user_id (str | Unset):
        coze_account_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AudioVoiceprintGroupsListResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        page_num=page_num,
        page_size=page_size,
        name=name,
        group_id=group_id,
        user_id=user_id,
        coze_account_id=coze_account_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    name: str | Unset = UNSET,
    group_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    coze_account_id: str | Unset = UNSET,
) -> Response[AudioVoiceprintGroupsListResponse | ErrorResponse]:
    """List voiceprint groups

     Lists the voiceprint groups of the team or enterprise, optionally filtered by name prefix, group or
    creator.

    Args:
        page_num (int | Unset):
        page_size (int | Unset):
        name (str | Unset):
        group_id (str | Unset):
        user_id (str | Unset):
        coze_account_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AudioVoiceprintGroupsListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        page_num=page_num,
        page_size=page_size,
        name=name,
        group_id=group_id,
        user_id=user_id,
        coze_account_id=coze_account_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    name: str | Unset = UNSET,
    group_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    coze_account_id: str | Unset = UNSET,
) -> AudioVoiceprintGroupsListResponse | ErrorResponse | None:
    """List voiceprint groups

     Lists the voiceprint groups of the team or enterprise, optionally filtered by name prefix, group or
    creator.

    Args:
        page_num (int | Unset):
        page_size (int | Unset):
        name (str | Unset):
        group_id (str | Unset):
        user_id (str | Unset):
        coze_account_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AudioVoiceprintGroupsListResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page_num=page_num,
            page_size=page_size,
            name=name,
            group_id=group_id,
            user_id=user_id,
            coze_account_id=coze_account_id,
        )
    ).parsed
