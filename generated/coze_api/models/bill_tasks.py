"""Models of the `bill_tasks` resource group.

Generated from openapi/coze.yaml by `make gen`; never edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal, Self

from .. import _model as _m
from .._model import CozeModel, OpenStrEnum

__all__ = ["BillTask", "BillTaskList", "BillTaskStatus"]


class BillTask(CozeModel):
    """A bill export task."""

    __slots__ = ("task_id", "status", "started_at", "ended_at", "created_at", "expires_at", "file_urls")
    _FIELDS = (
        ("task_id", "task_id"),
        ("status", "status"),
        ("started_at", "started_at"),
        ("ended_at", "ended_at"),
        ("created_at", "created_at"),
        ("expires_at", "expires_at"),
        ("file_urls", "file_urls"),
    )
    _KNOWN = frozenset(("task_id", "status", "started_at", "ended_at", "created_at", "expires_at", "file_urls"))

    task_id: str | None
    """The task id (typed as a string by the docs, shown as a number in their examples). A number is read as its decimal string."""
    status: BillTaskStatus | None
    started_at: int | None
    """Start of the billed period, in unix seconds."""
    ended_at: int | None
    """End of the billed period, in unix seconds."""
    created_at: int | None
    """When the task was created, in unix seconds."""
    expires_at: int | None
    """When the files stop being downloadable (7 days after creation), in unix seconds."""
    file_urls: list[str] | str | None
    """Download links of the CSV files (at most 500,000 rows each), once status is succeed; may be an empty string before that."""

    def __init__(
        self,
        *,
        task_id: str | None = None,
        status: BillTaskStatus | Literal["init", "running", "succeed", "failed"] | None = None,
        started_at: int | None = None,
        ended_at: int | None = None,
        created_at: int | None = None,
        expires_at: int | None = None,
        file_urls: list[str] | str | None = None,
    ) -> None:
        self.task_id = task_id
        self.status = None if status is None else BillTaskStatus(status)
        self.started_at = started_at
        self.ended_at = ended_at
        self.created_at = created_at
        self.expires_at = expires_at
        self.file_urls = file_urls

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("task_id")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "task_id")
        obj.task_id = v
        v = get("status")
        if v is not None:
            m_status = _BillTaskStatus_values.get(v) if type(v) is str else None
            v = m_status if m_status is not None else BillTaskStatus.parse(v, "status")
        obj.status = v
        v = get("started_at")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "started_at")
        obj.started_at = v
        v = get("ended_at")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "ended_at")
        obj.ended_at = v
        v = get("created_at")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "created_at")
        obj.created_at = v
        v = get("expires_at")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "expires_at")
        obj.expires_at = v
        v = get("file_urls")
        if v is not None:
            v = _c_BillTask_file_urls(v, "file_urls")
        obj.file_urls = v
        obj._src = src
        return obj


class BillTaskList(CozeModel):
    """One page of bill export tasks."""

    __slots__ = ("task_infos", "total")
    _FIELDS = (("task_infos", "task_infos"), ("total", "total"))
    _KNOWN = frozenset(("task_infos", "total"))

    task_infos: list[BillTask] | None
    """The tasks on this page."""
    total: int | None
    """How many tasks match."""

    def __init__(self, *, task_infos: list[BillTask] | None = None, total: int | None = None) -> None:
        self.task_infos = task_infos
        self.total = total

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("task_infos")
        if v is not None:
            v = _c_BillTaskList_task_infos(v, "task_infos")
        obj.task_infos = v
        v = get("total")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "total")
        obj.total = v
        obj._src = src
        return obj


class BillTaskStatus(OpenStrEnum):
    """The export state: init, running, succeed (files ready) or failed."""

    INIT = "init"
    RUNNING = "running"
    SUCCEED = "succeed"
    FAILED = "failed"


# Lookup tables and converters the parsers above use (defined last: they name classes).
_BillTaskStatus_values = BillTaskStatus.value_map()
_c_BillTask_file_urls = _m.any_of(_m.list_of(_m.to_str), _m.to_str, expected="list[str] or str")
_c_BillTaskList_task_infos = _m.list_of(_m.model_of(BillTask))
