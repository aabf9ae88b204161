"""The `entities` resource group, sync and async, and its `with_raw_response` twins.

Generated from openapi/coze.yaml by `make gen`; never edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Literal

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
    from ..models import EntityCopyTask, EntityCopyTaskCreated, EntityCopyType
    from ..types import TimeoutInput

__all__ = [
    "AsyncEntitiesCopyTasksResource",
    "AsyncEntitiesResource",
    "AsyncRawEntitiesCopyTasksResource",
    "AsyncRawEntitiesResource",
    "EntitiesCopyTasksResource",
    "EntitiesResource",
    "RawEntitiesCopyTasksResource",
    "RawEntitiesResource",
]


class EntitiesCopyTasksResource:
    """The `entities.copy_tasks` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def create(
        self,
        *,
        entity_id: str | None = None,
        entity_type: EntityCopyType | Literal["app", "bot", "workflow"] | None = None,
        to_workspace_id: str | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> EntityCopyTaskCreated:
        """Copy a bot, app or workflow.

        Copies a bot, app or workflow within its workspace or into another workspace of
        the same enterprise or team; bot copies in place finish at once, the rest run as
        a task.

        Args:
            entity_id: The id of the resource to copy, of the kind given in
                entity_type.
            entity_type: A copyable resource kind: app, bot or workflow.
            to_workspace_id: The workspace to copy into, in the same enterprise or
                team; the source workspace when absent.
        """
        return self._requester.request(
            _ops.ENTITIES_COPY_TASKS_CREATE,
            {"entity_id": entity_id, "entity_type": entity_type, "to_workspace_id": to_workspace_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def retrieve(
        self,
        *,
        task_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> EntityCopyTask:
        """Retrieve a copy task.

        Returns the state of an asynchronous copy task and, when done, the id of the
        copy or why it failed.

        Args:
            task_id: The task id returned by entities.copy_tasks.create.
        """
        return self._requester.request(
            _ops.ENTITIES_COPY_TASKS_RETRIEVE,
            {"task_id": task_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncEntitiesCopyTasksResource:
    """The `entities.copy_tasks` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def create(
        self,
        *,
        entity_id: str | None = None,
        entity_type: EntityCopyType | Literal["app", "bot", "workflow"] | None = None,
        to_workspace_id: str | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> EntityCopyTaskCreated:
        """Copy a bot, app or workflow.

        Copies a bot, app or workflow within its workspace or into another workspace of
        the same enterprise or team; bot copies in place finish at once, the rest run as
        a task.

        Args:
            entity_id: The id of the resource to copy, of the kind given in
                entity_type.
            entity_type: A copyable resource kind: app, bot or workflow.
            to_workspace_id: The workspace to copy into, in the same enterprise or
                team; the source workspace when absent.
        """
        return await self._requester.request(
            _ops.ENTITIES_COPY_TASKS_CREATE,
            {"entity_id": entity_id, "entity_type": entity_type, "to_workspace_id": to_workspace_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def retrieve(
        self,
        *,
        task_id: str,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> EntityCopyTask:
        """Retrieve a copy task.

        Returns the state of an asynchronous copy task and, when done, the id of the
        copy or why it failed.

        Args:
            task_id: The task id returned by entities.copy_tasks.create.
        """
        return await self._requester.request(
            _ops.ENTITIES_COPY_TASKS_RETRIEVE,
            {"task_id": task_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class EntitiesResource:
    """The `entities` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    @cached_property
    def copy_tasks(self) -> EntitiesCopyTasksResource:
        """The `entities.copy_tasks` resource group."""
        return EntitiesCopyTasksResource(self._requester)


class AsyncEntitiesResource:
    """The `entities` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @cached_property
    def copy_tasks(self) -> AsyncEntitiesCopyTasksResource:
        """The `entities.copy_tasks` resource group."""
        return AsyncEntitiesCopyTasksResource(self._requester)


class RawEntitiesCopyTasksResource(RawGroup):
    """The `entities.copy_tasks` methods, each returning the raw HTTP answer (a
    `RawResponse`).
    """

    create = RawMethod(EntitiesCopyTasksResource.create)
    retrieve = RawMethod(EntitiesCopyTasksResource.retrieve)


class AsyncRawEntitiesCopyTasksResource(RawGroup):
    """The `entities.copy_tasks` methods, each returning the raw HTTP answer (a
    `RawResponse`).
    """

    create = AsyncRawMethod(AsyncEntitiesCopyTasksResource.create)
    retrieve = AsyncRawMethod(AsyncEntitiesCopyTasksResource.retrieve)


class RawEntitiesResource(RawGroup):
    """The `entities` methods, each returning the raw HTTP answer (a `RawResponse`)."""

    @cached_property
    def copy_tasks(self) -> RawEntitiesCopyTasksResource:
        return RawEntitiesCopyTasksResource(self._resource.copy_tasks)


class AsyncRawEntitiesResource(RawGroup):
    """The `entities` methods, each returning the raw HTTP answer (a `RawResponse`)."""

    @cached_property
    def copy_tasks(self) -> AsyncRawEntitiesCopyTasksResource:
        return AsyncRawEntitiesCopyTasksResource(self._resource.copy_tasks)
