"""Models of the `entities` resource group.

Generated from openapi/coze.yaml by `make gen`; never edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal, Self

from .. import _model as _m
from .._model import CozeModel, OpenStrEnum

__all__ = [
    "EntityCopyTask",
    "EntityCopyTaskCreated",
    "EntityCopyTaskFailedReason",
    "EntityCopyTaskFailedReasonEntityType",
    "EntityCopyTaskStatus",
    "EntityCopyType",
]


class EntityCopyTask(CozeModel):
    """An asynchronous copy task."""

    __slots__ = (
        "task_id",
        "entity_type",
        "task_status",
        "failed_reasons",
        "source_entity_id",
        "target_entity_id",
        "target_workspace_id",
    )
    _FIELDS = (
        ("task_id", "task_id"),
        ("entity_type", "entity_type"),
        ("task_status", "task_status"),
        ("failed_reasons", "failed_reasons"),
        ("source_entity_id", "source_entity_id"),
        ("target_entity_id", "target_entity_id"),
        ("target_workspace_id", "target_workspace_id"),
    )
    _KNOWN = frozenset(
        (
            "task_id",
            "entity_type",
            "task_status",
            "failed_reasons",
            "source_entity_id",
            "target_entity_id",
            "target_workspace_id",
        )
    )

    task_id: str
    """The task id."""
    entity_type: EntityCopyType | None
    task_status: EntityCopyTaskStatus | None
    failed_reasons: list[EntityCopyTaskFailedReason] | None
    """Every failure, when the task failed."""
    source_entity_id: str | None
    """The resource that was copied."""
    target_entity_id: str | None
    """The copy."""
    target_workspace_id: str | None
    """The workspace the copy is in."""

    def __init__(
        self,
        *,
        task_id: str,
        entity_type: EntityCopyType | Literal["app", "bot", "workflow"] | None = None,
        task_status: EntityCopyTaskStatus | Literal["in_progress", "successful", "failed"] | None = None,
        failed_reasons: list[EntityCopyTaskFailedReason] | None = None,
        source_entity_id: str | None = None,
        target_entity_id: str | None = None,
        target_workspace_id: str | None = None,
    ) -> None:
        self.task_id = task_id
        self.entity_type = None if entity_type is None else EntityCopyType(entity_type)
        self.task_status = None if task_status is None else EntityCopyTaskStatus(task_status)
        self.failed_reasons = failed_reasons
        self.source_entity_id = source_entity_id
        self.target_entity_id = target_entity_id
        self.target_workspace_id = target_workspace_id

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("task_id")
        if type(v) is not str:
            v = _m.to_str(v, "task_id")
        obj.task_id = v
        v = get("entity_type")
        if v is not None:
            m_entity_type = _EntityCopyType_values.get(v) if type(v) is str else None
            v = m_entity_type if m_entity_type is not None else EntityCopyType.parse(v, "entity_type")
        obj.entity_type = v
        v = get("task_status")
        if v is not None:
            m_task_status = _EntityCopyTaskStatus_values.get(v) if type(v) is str else None
            v = m_task_status if m_task_status is not None else EntityCopyTaskStatus.parse(v, "task_status")
        obj.task_status = v
        v = get("failed_reasons")
        if v is not None:
            v = _c_EntityCopyTask_failed_reasons(v, "failed_reasons")
        obj.failed_reasons = v
        v = get("source_entity_id")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "source_entity_id")
        obj.source_entity_id = v
        v = get("target_entity_id")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "target_entity_id")
        obj.target_entity_id = v
        v = get("target_workspace_id")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "target_workspace_id")
        obj.target_workspace_id = v
        obj._src = src
        return obj


class EntityCopyTaskCreated(CozeModel):
    """The outcome of a copy request: a copy id when it finished at once, else a task id."""

    __slots__ = ("task_id", "copied_entity_id")
    _FIELDS = (("task_id", "task_id"), ("copied_entity_id", "copied_entity_id"))
    _KNOWN = frozenset(("task_id", "copied_entity_id"))

    task_id: str | None
    """The task to poll with entities.copy_tasks.retrieve, for asynchronous copies."""
    copied_entity_id: str | None
    """The copy's id, for a bot copied within its workspace."""

    def __init__(self, *, task_id: str | None = None, copied_entity_id: str | None = None) -> None:
        self.task_id = task_id
        self.copied_entity_id = copied_entity_id

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("task_id")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "task_id")
        obj.task_id = v
        v = get("copied_entity_id")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "copied_entity_id")
        obj.copied_entity_id = v
        obj._src = src
        return obj


class EntityCopyTaskFailedReason(CozeModel):
    """Why one resource could not be copied."""

    __slots__ = ("entity_id", "entity_name", "entity_type", "failed_reason")
    _FIELDS = (
        ("entity_id", "entity_id"),
        ("entity_name", "entity_name"),
        ("entity_type", "entity_type"),
        ("failed_reason", "failed_reason"),
    )
    _KNOWN = frozenset(("entity_id", "entity_name", "entity_type", "failed_reason"))

    entity_id: str | None
    """The resource that failed."""
    entity_name: str | None
    """Its name."""
    entity_type: EntityCopyTaskFailedReasonEntityType | None
    """Its kind: app, bot, workflow, plugin, ui, knowledge, database, variable, trigger, prompt or shortcut."""
    failed_reason: str | None
    """What went wrong."""

    def __init__(
        self,
        *,
        entity_id: str | None = None,
        entity_name: str | None = None,
        entity_type: EntityCopyTaskFailedReasonEntityType
        | Literal[
            "app",
            "bot",
            "workflow",
            "plugin",
            "ui",
            "knowledge",
            "database",
            "variable",
            "trigger",
            "prompt",
            "shortcut",
        ]
        | None = None,
        failed_reason: str | None = None,
    ) -> None:
        self.entity_id = entity_id
        self.entity_name = entity_name
        self.entity_type = None if entity_type is None else EntityCopyTaskFailedReasonEntityType(entity_type)
        self.failed_reason = failed_reason

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("entity_id")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "entity_id")
        obj.entity_id = v
        v = get("entity_name")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "entity_name")
        obj.entity_name = v
        v = get("entity_type")
        if v is not None:
            m_entity_type = _EntityCopyTaskFailedReasonEntityType_values.get(v) if type(v) is str else None
            v = (
                m_entity_type
                if m_entity_type is not None
                else EntityCopyTaskFailedReasonEntityType.parse(v, "entity_type")
            )
        obj.entity_type = v
        v = get("failed_reason")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "failed_reason")
        obj.failed_reason = v
        obj._src = src
        return obj


class EntityCopyTaskFailedReasonEntityType(OpenStrEnum):
    """Its kind: app, bot, workflow, plugin, ui, knowledge, database, variable, trigger,
    prompt or shortcut.
    """

    APP = "app"
    BOT = "bot"
    WORKFLOW = "workflow"
    PLUGIN = "plugin"
    UI = "ui"
    KNOWLEDGE = "knowledge"
    DATABASE = "database"
    VARIABLE = "variable"
    TRIGGER = "trigger"
    PROMPT = "prompt"
    SHORTCUT = "shortcut"


class EntityCopyTaskStatus(OpenStrEnum):
    """The task state: in_progress, successful or failed."""

    IN_PROGRESS = "in_progress"
    SUCCESSFUL = "successful"
    FAILED = "failed"


class EntityCopyType(OpenStrEnum):
    """A copyable resource kind: app, bot or workflow."""

    APP = "app"
    BOT = "bot"
    WORKFLOW = "workflow"


# Lookup tables and converters the parsers above use (defined last: they name classes).
_EntityCopyTaskFailedReasonEntityType_values = EntityCopyTaskFailedReasonEntityType.value_map()
_EntityCopyTaskStatus_values = EntityCopyTaskStatus.value_map()
_EntityCopyType_values = EntityCopyType.value_map()
_c_EntityCopyTask_failed_reasons = _m.list_of(_m.model_of(EntityCopyTaskFailedReason))
