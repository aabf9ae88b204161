"""The `benefits` resource group, sync and async, and its `with_raw_response` twins.

Generated from openapi/coze.yaml by `make gen`; never edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Literal

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
    from ..models import (
        BenefitLimitation,
        BenefitLimitationActiveMode,
        BenefitLimitationCreated,
        BenefitLimitationEntityType,
        BenefitLimitationInput,
        BenefitLimitationStatus,
        BenefitLimitationTriggerUnit,
        BenefitLimitationType,
        BenefitOverview,
        BenefitsLimitationsUpdateResponse,
        BenefitType,
    )
    from ..types import TimeoutInput

__all__ = [
    "AsyncBenefitsLimitationsResource",
    "AsyncBenefitsResource",
    "AsyncRawBenefitsLimitationsResource",
    "AsyncRawBenefitsResource",
    "BenefitsLimitationsResource",
    "BenefitsResource",
    "RawBenefitsLimitationsResource",
    "RawBenefitsResource",
]


class BenefitsLimitationsResource:
    """The `benefits.limitations` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        entity_type: BenefitLimitationEntityType
        | Literal[
            "enterprise_all_devices", "enterprise_all_custom_consumers", "single_device", "single_custom_consumer"
        ],
        benefit_type: BenefitLimitationType
        | Literal["resource_point", "voice_unified_duration_system", "voice_unified_duration_custom"],
        entity_id: str | None = None,
        status: BenefitLimitationStatus | Literal["valid", "frozen"] | None = None,
        page_token: str | None = None,
        page_size: int | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> SyncPage[BenefitLimitation]:
        """List device quotas.

        Lists the quotas configured for one kind of target and one quota type.

        Args:
            entity_type: The kind of target whose quotas are listed.
            entity_id: The device id or custom consumer id; only for single_device
                and single_custom_consumer.
            benefit_type: The quota type to list.
            status: Only quotas in this state (server default valid).
            page_token: The page_token of the previous page; empty for the first
                page.
            page_size: Quotas per page, 1 to 200 (server default 20).
        """
        return self._requester.paginate(
            _ops.BENEFITS_LIMITATIONS_LIST_PAGES,
            {
                "entity_type": entity_type,
                "entity_id": entity_id,
                "benefit_type": benefit_type,
                "status": status,
                "page_token": page_token,
                "page_size": page_size,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def create(
        self,
        *,
        entity_type: BenefitLimitationEntityType
        | Literal[
            "enterprise_all_devices", "enterprise_all_custom_consumers", "single_device", "single_custom_consumer"
        ],
        benefit_info: BenefitLimitationInput | Mapping[str, object],
        entity_id: str | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> BenefitLimitationCreated:
        """Create a device quota.

        Creates a usage quota (resource points or voice-call seconds) for all devices,
        all custom consumers, one device or one custom consumer of the enterprise.

        Args:
            entity_type: What a quota applies to: enterprise_all_devices,
                enterprise_all_custom_consumers, single_device or
                single_custom_consumer.
            entity_id: The device id (single_device) or custom consumer id
                (single_custom_consumer); omit for the other types.
            benefit_info: The quota to create.
        """
        return self._requester.request(
            _ops.BENEFITS_LIMITATIONS_CREATE,
            {"entity_type": entity_type, "entity_id": entity_id, "benefit_info": benefit_info},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    def update(
        self,
        *,
        benefit_id: str,
        active_mode: BenefitLimitationActiveMode | Literal["absolute_time"] | None = None,
        started_at: int | None = None,
        ended_at: int | None = None,
        limit: int | None = None,
        status: BenefitLimitationStatus | Literal["valid", "frozen"] | None = None,
        trigger_unit: BenefitLimitationTriggerUnit | Literal["never", "minute", "hour", "day"] | None = None,
        trigger_time: int | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> BenefitsLimitationsUpdateResponse:
        """Update a device quota.

        Changes the amount, validity window, reset period or state of a quota; fields
        left out stay unchanged.

        Args:
            benefit_id: The quota to update, as returned when it was created.
            active_mode: How the validity window is set; only absolute_time
                (started_at to ended_at) exists.
            started_at: When the quota takes effect, in unix seconds.
            ended_at: When the quota stops applying, in unix seconds.
            limit: The new amount.
            status: The quota state: valid or frozen.
            trigger_unit: How often the quota resets: never (a lifetime cap),
                minute, hour or day.
            trigger_time: Reset every this many trigger_units.
        """
        return self._requester.request(
            _ops.BENEFITS_LIMITATIONS_UPDATE,
            {
                "benefit_id": benefit_id,
                "active_mode": active_mode,
                "started_at": started_at,
                "ended_at": ended_at,
                "limit": limit,
                "status": status,
                "trigger_unit": trigger_unit,
                "trigger_time": trigger_time,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncBenefitsLimitationsResource:
    """The `benefits.limitations` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        entity_type: BenefitLimitationEntityType
        | Literal[
            "enterprise_all_devices", "enterprise_all_custom_consumers", "single_device", "single_custom_consumer"
        ],
        benefit_type: BenefitLimitationType
        | Literal["resource_point", "voice_unified_duration_system", "voice_unified_duration_custom"],
        entity_id: str | None = None,
        status: BenefitLimitationStatus | Literal["valid", "frozen"] | None = None,
        page_token: str | None = None,
        page_size: int | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> AsyncPage[BenefitLimitation]:
        """List device quotas.

        Lists the quotas configured for one kind of target and one quota type.

        Args:
            entity_type: The kind of target whose quotas are listed.
            entity_id: The device id or custom consumer id; only for single_device
                and single_custom_consumer.
            benefit_type: The quota type to list.
            status: Only quotas in this state (server default valid).
            page_token: The page_token of the previous page; empty for the first
                page.
            page_size: Quotas per page, 1 to 200 (server default 20).
        """
        return self._requester.paginate(
            _ops.BENEFITS_LIMITATIONS_LIST_PAGES,
            {
                "entity_type": entity_type,
                "entity_id": entity_id,
                "benefit_type": benefit_type,
                "status": status,
                "page_token": page_token,
                "page_size": page_size,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def create(
        self,
        *,
        entity_type: BenefitLimitationEntityType
        | Literal[
            "enterprise_all_devices", "enterprise_all_custom_consumers", "single_device", "single_custom_consumer"
        ],
        benefit_info: BenefitLimitationInput | Mapping[str, object],
        entity_id: str | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> BenefitLimitationCreated:
        """Create a device quota.

        Creates a usage quota (resource points or voice-call seconds) for all devices,
        all custom consumers, one device or one custom consumer of the enterprise.

        Args:
            entity_type: What a quota applies to: enterprise_all_devices,
                enterprise_all_custom_consumers, single_device or
                single_custom_consumer.
            entity_id: The device id (single_device) or custom consumer id
                (single_custom_consumer); omit for the other types.
            benefit_info: The quota to create.
        """
        return await self._requester.request(
            _ops.BENEFITS_LIMITATIONS_CREATE,
            {"entity_type": entity_type, "entity_id": entity_id, "benefit_info": benefit_info},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )

    async def update(
        self,
        *,
        benefit_id: str,
        active_mode: BenefitLimitationActiveMode | Literal["absolute_time"] | None = None,
        started_at: int | None = None,
        ended_at: int | None = None,
        limit: int | None = None,
        status: BenefitLimitationStatus | Literal["valid", "frozen"] | None = None,
        trigger_unit: BenefitLimitationTriggerUnit | Literal["never", "minute", "hour", "day"] | None = None,
        trigger_time: int | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> BenefitsLimitationsUpdateResponse:
        """Update a device quota.

        Changes the amount, validity window, reset period or state of a quota; fields
        left out stay unchanged.

        Args:
            benefit_id: The quota to update, as returned when it was created.
            active_mode: How the validity window is set; only absolute_time
                (started_at to ended_at) exists.
            started_at: When the quota takes effect, in unix seconds.
            ended_at: When the quota stops applying, in unix seconds.
            limit: The new amount.
            status: The quota state: valid or frozen.
            trigger_unit: How often the quota resets: never (a lifetime cap),
                minute, hour or day.
            trigger_time: Reset every this many trigger_units.
        """
        return await self._requester.request(
            _ops.BENEFITS_LIMITATIONS_UPDATE,
            {
                "benefit_id": benefit_id,
                "active_mode": active_mode,
                "started_at": started_at,
                "ended_at": ended_at,
                "limit": limit,
                "status": status,
                "trigger_unit": trigger_unit,
                "trigger_time": trigger_time,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class BenefitsResource:
    """The `benefits` resource group."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    @cached_property
    def limitations(self) -> BenefitsLimitationsResource:
        """The `benefits.limitations` resource group."""
        return BenefitsLimitationsResource(self._requester)

    def retrieve(
        self,
        *,
        benefit_type_list: Sequence[BenefitType | Literal["api_run_qps", "call_tool_limit"]] | None = None,
        resource_id: Literal["plugin", "chat", "workflow"] | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> BenefitOverview:
        """Retrieve plan benefits.

        Returns the account's plan level and, on request, its API QPS quotas and
        paid-plugin call limits.

        Args:
            benefit_type_list: Benefit kinds to return, sent comma-joined; empty
                returns only the plan level.
            resource_id: The API family whose QPS is asked for; needed with
                api_run_qps.
        """
        return self._requester.request(
            _ops.BENEFITS_RETRIEVE,
            {"benefit_type_list": benefit_type_list, "resource_id": resource_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class AsyncBenefitsResource:
    """The `benefits` resource group."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @cached_property
    def limitations(self) -> AsyncBenefitsLimitationsResource:
        """The `benefits.limitations` resource group."""
        return AsyncBenefitsLimitationsResource(self._requester)

    async def retrieve(
        self,
        *,
        benefit_type_list: Sequence[BenefitType | Literal["api_run_qps", "call_tool_limit"]] | None = None,
        resource_id: Literal["plugin", "chat", "workflow"] | None = None,
        timeout: TimeoutInput | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | None = None,
    ) -> BenefitOverview:
        """Retrieve plan benefits.

        Returns the account's plan level and, on request, its API QPS quotas and
        paid-plugin call limits.

        Args:
            benefit_type_list: Benefit kinds to return, sent comma-joined; empty
                returns only the plan level.
            resource_id: The API family whose QPS is asked for; needed with
                api_run_qps.
        """
        return await self._requester.request(
            _ops.BENEFITS_RETRIEVE,
            {"benefit_type_list": benefit_type_list, "resource_id": resource_id},
            RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries),
        )


class RawBenefitsLimitationsResource(RawGroup):
    """The `benefits.limitations` methods, each returning the raw HTTP answer (a
    `RawResponse`).
    """

    list = RawMethod(BenefitsLimitationsResource.list)
    create = RawMethod(BenefitsLimitationsResource.create)
    update = RawMethod(BenefitsLimitationsResource.update)


class AsyncRawBenefitsLimitationsResource(RawGroup):
    """The `benefits.limitations` methods, each returning the raw HTTP answer (a
    `RawResponse`).
    """

    list = AsyncRawPagedMethod(AsyncBenefitsLimitationsResource.list)
    create = AsyncRawMethod(AsyncBenefitsLimitationsResource.create)
    update = AsyncRawMethod(AsyncBenefitsLimitationsResource.update)


class RawBenefitsResource(RawGroup):
    """The `benefits` methods, each returning the raw HTTP answer (a `RawResponse`)."""

    @cached_property
    def limitations(self) -> RawBenefitsLimitationsResource:
        return RawBenefitsLimitationsResource(self._resource.limitations)

    retrieve = RawMethod(BenefitsResource.retrieve)


class AsyncRawBenefitsResource(RawGroup):
    """The `benefits` methods, each returning the raw HTTP answer (a `RawResponse`)."""

    @cached_property
    def limitations(self) -> AsyncRawBenefitsLimitationsResource:
        return AsyncRawBenefitsLimitationsResource(self._resource.limitations)

    retrieve = AsyncRawMethod(AsyncBenefitsResource.retrieve)
