from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.variables_retrieve_response import VariablesRetrieveResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    connector_uid: str,
    keywords: list[str] | Unset = UNSET,
    app_id: str | Unset = UNSET,
    bot_id: str | Unset = UNSET,
    connector_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["connector_uid"] = connector_uid

    json_keywords: list[str] | Unset = UNSET
    if not isinstance(keywords, Unset):
        json_keywords = keywords

    params["keywords"] = json_keywords

    params["app_id"] = app_id

    params["bot_id"] = bot_id

    params["connector_id"] = connector_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/variables",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | VariablesRetrieveResponse | None:
    if response.status_code == 200:
        response_200 = VariablesRetrieveResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | VariablesRetrieveResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    connector_uid: str,
    keywords: list[str] | Unset = UNSET,
    app_id: str | Unset = UNSET,
    bot_id: str | Unset = UNSET,
    connector_id: str | Unset = UNSET,
) -> Response[ErrorResponse | VariablesRetrieveResponse]:
    """Retrieve user variable values

     Returns the values one end user has for the user variables of a bot or an app.

    Args:
        connector_uid (str):
        keywords (list[str] | Unset):
        app_id (str | Unset):
        bot_id (str | Unset):
        connector_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | VariablesRetrieveResponse]
    """

    kwargs = _get_kwargs(
        connector_uid=connector_uid,
        keywords=keywords,
        app_id=app_id,
        bot_id=bot_id,
        connector_id=connector_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    connector_uid: str,
    keywords: list[str] | Unset = UNSET,
    app_id: str | Unset = UNSET,
    bot_id: str | Unset = UNSET,
    connector_id: str | Unset = UNSET,
) -> ErrorResponse | VariablesRetrieveResponse | None:
    """Retrieve user variable values

     Returns the values one end user has for the user variables of a bot or an app.

    Args:
        connector_uid (str):
        keywords (list[str] | Unset):
        app_id (str | Unset):
        bot_id (str | Unset):
        connector_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | VariablesRetrieveResponse
    """

    return sync_detailed(
        client=client,
        connector_uid=connector_uid,
        keywords=keywords,
        app_id=app_id,
        bot_id=bot_id,
        connector_id=connector_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    connector_uid: str,
    keywords: list[str] | Unset = UNSET,
    app_id: str | Unset = UNSET,
    bot_id: str | Unset = UNSET,
    connector_id: str | Unset = UNSET,
) -> Response[ErrorResponse | VariablesRetrieveResponse]:
    """Retrieve user variable values

     Returns the values one end user has for the user variables of a bot or an app.

    Args:
        connector_uid (str):
        keywords (list[str] | Unset):
        app_id (str | Unset):
        bot_id (str | Unset):
        connector_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | VariablesRetrieveResponse]
    """

    kwargs = _get_kwargs(
        connector_uid=connector_uid,
        keywords=keywords,
        app_id=app_id,
        bot_id=bot_id,
        connector_id=connector_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    connector_uid: str,
    keywords: list[str] | Unset = UNSET,
    app_id: str | Unset = UNSET,
    bot_id: str | Unset = UNSET,
    connector_id: str | Unset = UNSET,
) -> ErrorResponse | VariablesRetrieveResponse | None:
    """Retrieve user variable values

     Returns the values one end user has for the user variables of a bot or an app.

    Args:
        connector_uid (str):
        keywords (list[str] | Unset):
        app_id (str | Unset):
        bot_id (str | Unset):
        connector_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | VariablesRetrieveResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            connector_uid=connector_uid,
            keywords=keywords,
            app_id=app_id,
            bot_id=bot_id,
            connector_id=connector_id,
        )
    ).parsed
