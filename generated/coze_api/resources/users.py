"""The `users` resource group, sync and async, and its `with_raw_response` twins.

Generated from openapi/coze.yaml by `make gen`; never edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from .. import operations as _ops
from .._runtime import (
    AsyncRawMethod,
    AsyncRequester,
    RawGroup,
    RawMethod,
    RequestOptions,
    SyncRequester,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models import User
    from ..types import TimeoutInput

__all__ = ["AsyncRawUsersResource", "AsyncUsersResource", "RawUsersResource", "UsersResource"]


class UsersResource:
    """The `users` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def me(
        self,
        *,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> User:
        """Retrieve the current user.

        Returns the Coze account that owns the access token.
        """
        return self._requester.request(
            _ops.USERS_ME,
            {},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncUsersResource:
    """The `users` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def me(
        self,
        *,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> User:
        """Retrieve the current user.

        Returns the Coze account that owns the access token.
        """
        return await self._requester.request(
            _ops.USERS_ME,
            {},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class RawUsersResource(RawGroup):
    """The `users` methods, each returning the raw HTTP answer (a `RawResponse`)."""

    me = RawMethod(UsersResource.me)


class AsyncRawUsersResource(RawGroup):
    """The `users` methods, each returning the raw HTTP answer (a `RawResponse`)."""

    me = AsyncRawMethod(AsyncUsersResource.me)
