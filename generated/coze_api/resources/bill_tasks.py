"""The `bill_tasks` resource group, sync and async, and its `with_raw_response` twins.

Generated from openapi/coze.yaml by `make gen`; never edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from .. import operations as _ops
from .._runtime import (
    AsyncRawMethod,
    AsyncRawPagedMethod,
    AsyncRequester,
    RawGroup,
    RawMethod,
    RequestOptions,
    SyncRequester,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .._runtime import AsyncPage, SyncPage
    from ..models import BillTask
    from ..types import TimeoutInput

__all__ = ["AsyncBillTasksResource", "AsyncRawBillTasksResource", "BillTasksResource", "RawBillTasksResource"]


class BillTasksResource:
    """The `bill_tasks` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        task_ids: Sequence[str] | None = None,
        page_num: int | None = None,
        page_size: int | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> SyncPage[BillTask]:
        """List bill export tasks.

        Lists bill export tasks with their state and, once they succeeded, the download
        links (valid for 7 days).

        Args:
            task_ids: Up to 100 task ids, sent comma-joined; without them the tasks
                of the last 7 days are returned.
            page_num: Page number, starting at 1 (server default 1).
            page_size: Tasks per page, 1 to 200 (server default 20).
        """
        return self._requester.paginate(
            _ops.BILL_TASKS_LIST_PAGES,
            {"task_ids": task_ids, "page_num": page_num, "page_size": page_size},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def create(
        self,
        *,
        started_at: int | None = None,
        ended_at: int | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> BillTask:
        """Export end-user bills.

        Starts an asynchronous export of the end users' usage bill for whole days; poll
        bill_tasks.list for the file links.

        Args:
            started_at: First day to export, in unix seconds; moved to 00:00:00 of
                that day, not today and not before 2025-03-13.
            ended_at: Last day to export, in unix seconds; moved to 23:59:59 of that
                day, not today.
        """
        return self._requester.request(
            _ops.BILL_TASKS_CREATE,
            {"started_at": started_at, "ended_at": ended_at},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncBillTasksResource:
    """The `bill_tasks` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        task_ids: Sequence[str] | None = None,
        page_num: int | None = None,
        page_size: int | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> AsyncPage[BillTask]:
        """List bill export tasks.

        Lists bill export tasks with their state and, once they succeeded, the download
        links (valid for 7 days).

        Args:
            task_ids: Up to 100 task ids, sent comma-joined; without them the tasks
                of the last 7 days are returned.
            page_num: Page number, starting at 1 (server default 1).
            page_size: Tasks per page, 1 to 200 (server default 20).
        """
        return self._requester.paginate(
            _ops.BILL_TASKS_LIST_PAGES,
            {"task_ids": task_ids, "page_num": page_num, "page_size": page_size},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def create(
        self,
        *,
        started_at: int | None = None,
        ended_at: int | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> BillTask:
        """Export end-user bills.

        Starts an asynchronous export of the end users' usage bill for whole days; poll
        bill_tasks.list for the file links.

        Args:
            started_at: First day to export, in unix seconds; moved to 00:00:00 of
                that day, not today and not before 2025-03-13.
            ended_at: Last day to export, in unix seconds; moved to 23:59:59 of that
                day, not today.
        """
        return await self._requester.request(
            _ops.BILL_TASKS_CREATE,
            {"started_at": started_at, "ended_at": ended_at},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class RawBillTasksResource(RawGroup):
    """The `bill_tasks` methods, each returning the raw HTTP answer (a `RawResponse`)."""

    list = RawMethod(BillTasksResource.list)
    create = RawMethod(BillTasksResource.create)


class AsyncRawBillTasksResource(RawGroup):
    """The `bill_tasks` methods, each returning the raw HTTP answer (a `RawResponse`)."""

    list = AsyncRawPagedMethod(AsyncBillTasksResource.list)
    create = AsyncRawMethod(AsyncBillTasksResource.create)
