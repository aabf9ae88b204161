"""Models of the `benefits` resource group.

Generated from openapi/coze.yaml by `make gen`; never edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal, Self

from .. import _model as _m
from .._model import CozeModel, OpenStrEnum
from ._shared import ResponseDetail

__all__ = [
    "BenefitBasicInfo",
    "BenefitBasicInfoUserLevel",
    "BenefitInfo",
    "BenefitItemInfo",
    "BenefitItemInfoStrategy",
    "BenefitLimitation",
    "BenefitLimitationActiveMode",
    "BenefitLimitationCreated",
    "BenefitLimitationEntityType",
    "BenefitLimitationInput",
    "BenefitLimitationList",
    "BenefitLimitationStatus",
    "BenefitLimitationTriggerUnit",
    "BenefitLimitationType",
    "BenefitOverview",
    "BenefitStatusInfo",
    "BenefitStatusInfoStatus",
    "BenefitType",
    "BenefitsLimitationsUpdateResponse",
]


class BenefitBasicInfo(CozeModel):
    """The plan the account subscribes to."""

    __slots__ = ("user_level",)
    _FIELDS = (("user_level", "user_level"),)
    _KNOWN = frozenset(("user_level",))

    user_level: BenefitBasicInfoUserLevel | None
    """The plan: free, pro_personal, team (enterprise standard) or enterprise (enterprise flagship)."""

    def __init__(
        self,
        *,
        user_level: BenefitBasicInfoUserLevel | Literal["free", "pro_personal", "team", "enterprise"] | None = None,
    ) -> None:
        self.user_level = None if user_level is None else BenefitBasicInfoUserLevel(user_level)

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("user_level")
        if v is not None:
            m_user_level = _BenefitBasicInfoUserLevel_values.get(v) if type(v) is str else None
            v = m_user_level if m_user_level is not None else BenefitBasicInfoUserLevel.parse(v, "user_level")
        obj.user_level = v
        obj._src = src
        return obj


class BenefitBasicInfoUserLevel(OpenStrEnum):
    """The plan: free, pro_personal, team (enterprise standard) or enterprise (enterprise
    flagship).
    """

    FREE = "free"
    PRO_PERSONAL = "pro_personal"
    TEAM = "team"
    ENTERPRISE = "enterprise"


class BenefitInfo(CozeModel):
    """One benefit of the plan, with its base amount, purchased extras and the amount in
    force.
    """

    __slots__ = ("resource_id", "benefit_type", "basic", "extra", "effective")
    _FIELDS = (
        ("resource_id", "resource_id"),
        ("benefit_type", "benefit_type"),
        ("basic", "basic"),
        ("extra", "extra"),
        ("effective", "effective"),
    )
    _KNOWN = frozenset(("resource_id", "benefit_type", "basic", "extra", "effective"))

    resource_id: str | None
    """The API family the benefit applies to (plugin, chat or workflow)."""
    benefit_type: BenefitType | None
    basic: BenefitStatusInfo | None
    extra: list[BenefitStatusInfo] | None
    """Purchased extensions; empty when none were bought."""
    effective: BenefitStatusInfo | None

    def __init__(
        self,
        *,
        resource_id: str | None = None,
        benefit_type: BenefitType | Literal["api_run_qps", "call_tool_limit"] | None = None,
        basic: BenefitStatusInfo | None = None,
        extra: list[BenefitStatusInfo] | None = None,
        effective: BenefitStatusInfo | None = None,
    ) -> None:
        self.resource_id = resource_id
        self.benefit_type = None if benefit_type is None else BenefitType(benefit_type)
        self.basic = basic
        self.extra = extra
        self.effective = effective

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("resource_id")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "resource_id")
        obj.resource_id = v
        v = get("benefit_type")
        if v is not None:
            m_benefit_type = _BenefitType_values.get(v) if type(v) is str else None
            v = m_benefit_type if m_benefit_type is not None else BenefitType.parse(v, "benefit_type")
        obj.benefit_type = v
        v = get("basic")
        if v is not None:
            v = _m.nested(BenefitStatusInfo, v, "basic")
        obj.basic = v
        v = get("extra")
        if v is not None:
            v = _c_BenefitInfo_extra(v, "extra")
        obj.extra = v
        v = get("effective")
        if v is not None:
            v = _m.nested(BenefitStatusInfo, v, "effective")
        obj.effective = v
        obj._src = src
        return obj


class BenefitItemInfo(CozeModel):
    """The amount, use and validity of one benefit."""

    __slots__ = ("used", "total", "start_at", "end_at", "strategy")
    _FIELDS = (
        ("used", "used"),
        ("total", "total"),
        ("start_at", "start_at"),
        ("end_at", "end_at"),
        ("strategy", "strategy"),
    )
    _KNOWN = frozenset(("used", "total", "start_at", "end_at", "strategy"))

    used: float | None
    """Amount used so far when strategy is by_quota; 0 without usage data."""
    total: float | None
    """The limit when strategy is by_quota; 1 for unlimit and forbidden."""
    start_at: int | None
    """When the benefit starts, in unix seconds."""
    end_at: int | None
    """When the benefit ends, in unix seconds."""
    strategy: BenefitItemInfoStrategy | None
    """How use is limited: unlimit, forbidden (not in this plan) or by_quota."""

    def __init__(
        self,
        *,
        used: float | None = None,
        total: float | None = None,
        start_at: int | None = None,
        end_at: int | None = None,
        strategy: BenefitItemInfoStrategy | Literal["unlimit", "forbidden", "by_quota"] | None = None,
    ) -> None:
        self.used = used
        self.total = total
        self.start_at = start_at
        self.end_at = end_at
        self.strategy = None if strategy is None else BenefitItemInfoStrategy(strategy)

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("used")
        if v is not None and type(v) is not float:
            v = _m.to_float(v, "used")
        obj.used = v
        v = get("total")
        if v is not None and type(v) is not float:
            v = _m.to_float(v, "total")
        obj.total = v
        v = get("start_at")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "start_at")
        obj.start_at = v
        v = get("end_at")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "end_at")
        obj.end_at = v
        v = get("strategy")
        if v is not None:
            m_strategy = _BenefitItemInfoStrategy_values.get(v) if type(v) is str else None
            v = m_strategy if m_strategy is not None else BenefitItemInfoStrategy.parse(v, "strategy")
        obj.strategy = v
        obj._src = src
        return obj


class BenefitItemInfoStrategy(OpenStrEnum):
    """How use is limited: unlimit, forbidden (not in this plan) or by_quota."""

    UNLIMIT = "unlimit"
    FORBIDDEN = "forbidden"
    BY_QUOTA = "by_quota"


class BenefitLimitation(CozeModel):
    """A usage quota for the enterprise's devices or custom consumers."""

    __slots__ = (
        "benefit_id",
        "entity_type",
        "entity_id",
        "benefit_type",
        "active_mode",
        "started_at",
        "ended_at",
        "limit",
        "status",
        "trigger_unit",
        "trigger_time",
    )
    _FIELDS = (
        ("benefit_id", "benefit_id"),
        ("entity_type", "entity_type"),
        ("entity_id", "entity_id"),
        ("benefit_type", "benefit_type"),
        ("active_mode", "active_mode"),
        ("started_at", "started_at"),
        ("ended_at", "ended_at"),
        ("limit", "limit"),
        ("status", "status"),
        ("trigger_unit", "trigger_unit"),
        ("trigger_time", "trigger_time"),
    )
    _KNOWN = frozenset(
        (
            "benefit_id",
            "entity_type",
            "entity_id",
            "benefit_type",
            "active_mode",
            "started_at",
            "ended_at",
            "limit",
            "status",
            "trigger_unit",
            "trigger_time",
        )
    )

    benefit_id: str | None
    """The quota id (the docs' examples show it both as a string and as a number). A number is read as its decimal string."""
    entity_type: BenefitLimitationEntityType | None
    entity_id: str | None
    """The device or custom consumer id, for single_device and single_custom_consumer quotas."""
    benefit_type: BenefitLimitationType | None
    active_mode: BenefitLimitationActiveMode | None
    started_at: int | None
    """When the quota takes effect, in unix seconds."""
    ended_at: int | None
    """When the quota stops applying, in unix seconds."""
    limit: int | None
    """The amount, in resource points or seconds."""
    status: BenefitLimitationStatus | None
    trigger_unit: BenefitLimitationTriggerUnit | None
    trigger_time: int | None
    """Reset every this many trigger_units."""

    def __init__(
        self,
        *,
        benefit_id: str | None = None,
        entity_type: BenefitLimitationEntityType
        | Literal[
            "enterprise_all_devices", "enterprise_all_custom_consumers", "single_device", "single_custom_consumer"
        ]
        | None = None,
        entity_id: str | None = None,
        benefit_type: BenefitLimitationType
        | Literal["resource_point", "voice_unified_duration_system", "voice_unified_duration_custom"]
        | None = None,
        active_mode: BenefitLimitationActiveMode | Literal["absolute_time"] | None = None,
        started_at: int | None = None,
        ended_at: int | None = None,
        limit: int | None = None,
        status: BenefitLimitationStatus | Literal["valid", "frozen"] | None = None,
        trigger_unit: BenefitLimitationTriggerUnit | Literal["never", "minute", "hour", "day"] | None = None,
        trigger_time: int | None = None,
    ) -> None:
        self.benefit_id = benefit_id
        self.entity_type = None if entity_type is None else BenefitLimitationEntityType(entity_type)
        self.entity_id = entity_id
        self.benefit_type = None if benefit_type is None else BenefitLimitationType(benefit_type)
        self.active_mode = None if active_mode is None else BenefitLimitationActiveMode(active_mode)
        self.started_at = started_at
        self.ended_at = ended_at
        self.limit = limit
        self.status = None if status is None else BenefitLimitationStatus(status)
        self.trigger_unit = None if trigger_unit is None else BenefitLimitationTriggerUnit(trigger_unit)
        self.trigger_time = trigger_time

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("benefit_id")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "benefit_id")
        obj.benefit_id = v
        v = get("entity_type")
        if v is not None:
            m_entity_type = _BenefitLimitationEntityType_values.get(v) if type(v) is str else None
            v = m_entity_type if m_entity_type is not None else BenefitLimitationEntityType.parse(v, "entity_type")
        obj.entity_type = v
        v = get("entity_id")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "entity_id")
        obj.entity_id = v
        v = get("benefit_type")
        if v is not None:
            m_benefit_type = _BenefitLimitationType_values.get(v) if type(v) is str else None
            v = m_benefit_type if m_benefit_type is not None else BenefitLimitationType.parse(v, "benefit_type")
        obj.benefit_type = v
        v = get("active_mode")
        if v is not None:
            m_active_mode = _BenefitLimitationActiveMode_values.get(v) if type(v) is str else None
            v = m_active_mode if m_active_mode is not None else BenefitLimitationActiveMode.parse(v, "active_mode")
        obj.active_mode = v
        v = get("started_at")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "started_at")
        obj.started_at = v
        v = get("ended_at")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "ended_at")
        obj.ended_at = v
        v = get("limit")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "limit")
        obj.limit = v
        v = get("status")
        if v is not None:
            m_status = _BenefitLimitationStatus_values.get(v) if type(v) is str else None
            v = m_status if m_status is not None else BenefitLimitationStatus.parse(v, "status")
        obj.status = v
        v = get("trigger_unit")
        if v is not None:
            m_trigger_unit = _BenefitLimitationTriggerUnit_values.get(v) if type(v) is str else None
            v = m_trigger_unit if m_trigger_unit is not None else BenefitLimitationTriggerUnit.parse(v, "trigger_unit")
        obj.trigger_unit = v
        v = get("trigger_time")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "trigger_time")
        obj.trigger_time = v
        obj._src = src
        return obj


class BenefitLimitationActiveMode(OpenStrEnum):
    """How the validity window is set; only absolute_time (started_at to ended_at) exists."""

    ABSOLUTE_TIME = "absolute_time"


class BenefitLimitationCreated(CozeModel):
    """The result of creating a quota."""

    __slots__ = ("benefit_info",)
    _FIELDS = (("benefit_info", "benefit_info"),)
    _KNOWN = frozenset(("benefit_info",))

    benefit_info: BenefitLimitation | None

    def __init__(self, *, benefit_info: BenefitLimitation | None = None) -> None:
        self.benefit_info = benefit_info

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("benefit_info")
        if v is not None:
            v = _m.nested(BenefitLimitation, v, "benefit_info")
        obj.benefit_info = v
        obj._src = src
        return obj


class BenefitLimitationEntityType(OpenStrEnum):
    """What a quota applies to: enterprise_all_devices, enterprise_all_custom_consumers,
    single_device or single_custom_consumer.
    """

    ENTERPRISE_ALL_DEVICES = "enterprise_all_devices"
    ENTERPRISE_ALL_CUSTOM_CONSUMERS = "enterprise_all_custom_consumers"
    SINGLE_DEVICE = "single_device"
    SINGLE_CUSTOM_CONSUMER = "single_custom_consumer"


class BenefitLimitationInput(CozeModel):
    """The quota to create."""

    __slots__ = (
        "limit",
        "benefit_type",
        "active_mode",
        "started_at",
        "ended_at",
        "status",
        "trigger_unit",
        "trigger_time",
    )
    _FIELDS = (
        ("limit", "limit"),
        ("benefit_type", "benefit_type"),
        ("active_mode", "active_mode"),
        ("started_at", "started_at"),
        ("ended_at", "ended_at"),
        ("status", "status"),
        ("trigger_unit", "trigger_unit"),
        ("trigger_time", "trigger_time"),
    )
    _KNOWN = frozenset(
        ("limit", "benefit_type", "active_mode", "started_at", "ended_at", "status", "trigger_unit", "trigger_time")
    )

    limit: int
    """The amount, in resource points or in seconds for the voice quota types."""
    benefit_type: BenefitLimitationType
    active_mode: BenefitLimitationActiveMode
    started_at: int
    """When the quota takes effect, in unix seconds."""
    ended_at: int
    """When the quota stops applying, in unix seconds (253402300799 for never)."""
    status: BenefitLimitationStatus | None
    trigger_unit: BenefitLimitationTriggerUnit | None
    trigger_time: int | None
    """Reset every this many trigger_units (e.g. 1 with day resets daily); meaningless with never."""

    def __init__(
        self,
        *,
        limit: int,
        benefit_type: BenefitLimitationType
        | Literal["resource_point", "voice_unified_duration_system", "voice_unified_duration_custom"],
        active_mode: BenefitLimitationActiveMode | Literal["absolute_time"],
        started_at: int,
        ended_at: int,
        status: BenefitLimitationStatus | Literal["valid", "frozen"] | None = None,
        trigger_unit: BenefitLimitationTriggerUnit | Literal["never", "minute", "hour", "day"] | None = None,
        trigger_time: int | None = None,
    ) -> None:
        self.limit = limit
        self.benefit_type = BenefitLimitationType(benefit_type)
        self.active_mode = BenefitLimitationActiveMode(active_mode)
        self.started_at = started_at
        self.ended_at = ended_at
        self.status = None if status is None else BenefitLimitationStatus(status)
        self.trigger_unit = None if trigger_unit is None else BenefitLimitationTriggerUnit(trigger_unit)
        self.trigger_time = trigger_time

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("limit")
        if type(v) is not int:
            v = _m.to_int(v, "limit")
        obj.limit = v
        v = get("benefit_type")
        m_benefit_type = _BenefitLimitationType_values.get(v) if type(v) is str else None
        v = m_benefit_type if m_benefit_type is not None else BenefitLimitationType.parse(v, "benefit_type")
        obj.benefit_type = v
        v = get("active_mode")
        m_active_mode = _BenefitLimitationActiveMode_values.get(v) if type(v) is str else None
        v = m_active_mode if m_active_mode is not None else BenefitLimitationActiveMode.parse(v, "active_mode")
        obj.active_mode = v
        v = get("started_at")
        if type(v) is not int:
            v = _m.to_int(v, "started_at")
        obj.started_at = v
        v = get("ended_at")
        if type(v) is not int:
            v = _m.to_int(v, "ended_at")
        obj.ended_at = v
        v = get("status")
        if v is not None:
            m_status = _BenefitLimitationStatus_values.get(v) if type(v) is str else None
            v = m_status if m_status is not None else BenefitLimitationStatus.parse(v, "status")
        obj.status = v
        v = get("trigger_unit")
        if v is not None:
            m_trigger_unit = _BenefitLimitationTriggerUnit_values.get(v) if type(v) is str else None
            v = m_trigger_unit if m_trigger_unit is not None else BenefitLimitationTriggerUnit.parse(v, "trigger_unit")
        obj.trigger_unit = v
        v = get("trigger_time")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "trigger_time")
        obj.trigger_time = v
        obj._src = src
        return obj


class BenefitLimitationList(CozeModel):
    """One page of quotas."""

    __slots__ = ("benefit_infos", "has_more", "page_token")
    _FIELDS = (("benefit_infos", "benefit_infos"), ("has_more", "has_more"), ("page_token", "page_token"))
    _KNOWN = frozenset(("benefit_infos", "has_more", "page_token"))

    benefit_infos: list[BenefitLimitation] | None
    """The quotas on this page."""
    has_more: bool | None
    """Whether more pages follow."""
    page_token: str | None
    """Token of the next page; pass it as page_token."""

    def __init__(
        self,
        *,
        benefit_infos: list[BenefitLimitation] | None = None,
        has_more: bool | None = None,
        page_token: str | None = None,
    ) -> None:
        self.benefit_infos = benefit_infos
        self.has_more = has_more
        self.page_token = page_token

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("benefit_infos")
        if v is not None:
            v = _c_BenefitLimitationList_benefit_infos(v, "benefit_infos")
        obj.benefit_infos = v
        v = get("has_more")
        if v is not None and type(v) is not bool:
            v = _m.to_bool(v, "has_more")
        obj.has_more = v
        v = get("page_token")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "page_token")
        obj.page_token = v
        obj._src = src
        return obj


class BenefitLimitationStatus(OpenStrEnum):
    """The quota state: valid or frozen."""

    VALID = "valid"
    FROZEN = "frozen"


class BenefitLimitationTriggerUnit(OpenStrEnum):
    """How often the quota resets: never (a lifetime cap), minute, hour or day."""

    NEVER = "never"
    MINUTE = "minute"
    HOUR = "hour"
    DAY = "day"


class BenefitLimitationType(OpenStrEnum):
    """The quota unit: resource_point, voice_unified_duration_system (call seconds, system
    voices) or voice_unified_duration_custom (call seconds, cloned voices).
    """

    RESOURCE_POINT = "resource_point"
    VOICE_UNIFIED_DURATION_SYSTEM = "voice_unified_duration_system"
    VOICE_UNIFIED_DURATION_CUSTOM = "voice_unified_duration_custom"


class BenefitOverview(CozeModel):
    """The account's plan and the benefits asked for."""

    __slots__ = ("basic_info", "benefit_info")
    _FIELDS = (("basic_info", "basic_info"), ("benefit_info", "benefit_info"))
    _KNOWN = frozenset(("basic_info", "benefit_info"))

    basic_info: BenefitBasicInfo | None
    benefit_info: list[BenefitInfo] | None
    """The requested benefits; absent when benefit_type_list was empty."""

    def __init__(
        self, *, basic_info: BenefitBasicInfo | None = None, benefit_info: list[BenefitInfo] | None = None
    ) -> None:
        self.basic_info = basic_info
        self.benefit_info = benefit_info

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("basic_info")
        if v is not None:
            v = _m.nested(BenefitBasicInfo, v, "basic_info")
        obj.basic_info = v
        v = get("benefit_info")
        if v is not None:
            v = _c_BenefitOverview_benefit_info(v, "benefit_info")
        obj.benefit_info = v
        obj._src = src
        return obj


class BenefitStatusInfo(CozeModel):
    """A benefit amount with its state."""

    __slots__ = ("status", "item_info")
    _FIELDS = (("status", "status"), ("item_info", "item_info"))
    _KNOWN = frozenset(("status", "item_info"))

    status: BenefitStatusInfoStatus | None
    """The state: valid, frozen, cancel, pending, invalid, auditing or expired (may be empty)."""
    item_info: BenefitItemInfo | None

    def __init__(
        self,
        *,
        status: BenefitStatusInfoStatus
        | Literal["valid", "frozen", "cancel", "pending", "invalid", "auditing", "expired"]
        | None = None,
        item_info: BenefitItemInfo | None = None,
    ) -> None:
        self.status = None if status is None else BenefitStatusInfoStatus(status)
        self.item_info = item_info

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("status")
        if v is not None:
            m_status = _BenefitStatusInfoStatus_values.get(v) if type(v) is str else None
            v = m_status if m_status is not None else BenefitStatusInfoStatus.parse(v, "status")
        obj.status = v
        v = get("item_info")
        if v is not None:
            v = _m.nested(BenefitItemInfo, v, "item_info")
        obj.item_info = v
        obj._src = src
        return obj


class BenefitStatusInfoStatus(OpenStrEnum):
    """The state: valid, frozen, cancel, pending, invalid, auditing or expired (may be
    empty).
    """

    VALID = "valid"
    FROZEN = "frozen"
    CANCEL = "cancel"
    PENDING = "pending"
    INVALID = "invalid"
    AUDITING = "auditing"
    EXPIRED = "expired"


class BenefitType(OpenStrEnum):
    """A benefit kind: api_run_qps (API QPS, base and purchased) or call_tool_limit
    (paid-plugin calls over MCP).
    """

    API_RUN_QPS = "api_run_qps"
    CALL_TOOL_LIMIT = "call_tool_limit"


class BenefitsLimitationsUpdateResponse(CozeModel):
    """Envelope of benefits_limitations_update."""

    __slots__ = ("code", "msg", "detail")
    _FIELDS = (("code", "code"), ("msg", "msg"), ("detail", "detail"))
    _KNOWN = frozenset(("code", "msg", "detail"))

    code: int | None
    msg: str | None
    detail: ResponseDetail | None

    def __init__(
        self, *, code: int | None = None, msg: str | None = None, detail: ResponseDetail | None = None
    ) -> None:
        self.code = code
        self.msg = msg
        self.detail = detail

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("code")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "code")
        obj.code = v
        v = get("msg")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "msg")
        obj.msg = v
        v = get("detail")
        if v is not None:
            v = _m.nested(ResponseDetail, v, "detail")
        obj.detail = v
        obj._src = src
        return obj


# Lookup tables and converters the parsers above use (defined last: they name classes).
_BenefitBasicInfoUserLevel_values = BenefitBasicInfoUserLevel.value_map()
_BenefitItemInfoStrategy_values = BenefitItemInfoStrategy.value_map()
_BenefitLimitationActiveMode_values = BenefitLimitationActiveMode.value_map()
_BenefitLimitationEntityType_values = BenefitLimitationEntityType.value_map()
_BenefitLimitationStatus_values = BenefitLimitationStatus.value_map()
_BenefitLimitationTriggerUnit_values = BenefitLimitationTriggerUnit.value_map()
_BenefitLimitationType_values = BenefitLimitationType.value_map()
_BenefitStatusInfoStatus_values = BenefitStatusInfoStatus.value_map()
_BenefitType_values = BenefitType.value_map()
_c_BenefitInfo_extra = _m.list_of(_m.model_of(BenefitStatusInfo))
_c_BenefitLimitationList_benefit_infos = _m.list_of(_m.model_of(BenefitLimitation))
_c_BenefitOverview_benefit_info = _m.list_of(_m.model_of(BenefitInfo))
