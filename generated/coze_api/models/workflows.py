"""Models of the `workflows` resource group.

Generated from openapi/coze.yaml by `make gen`; never edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal, Self

from .. import _model as _m
from .._model import CozeModel, OpenIntEnum, OpenStrEnum
from ..types import JsonValue
from ._shared import ResponseDetail, Usage, UserInfo

__all__ = [
    "WorkflowBasic",
    "WorkflowChatDone",
    "WorkflowCollaborator",
    "WorkflowDone",
    "WorkflowError",
    "WorkflowExecuteStatus",
    "WorkflowInfo",
    "WorkflowInput",
    "WorkflowInterrupt",
    "WorkflowInterruptData",
    "WorkflowInterruptType",
    "WorkflowListResult",
    "WorkflowMessage",
    "WorkflowMode",
    "WorkflowNodeExecuteHistory",
    "WorkflowNodeExecuteStatus",
    "WorkflowOutput",
    "WorkflowParameter",
    "WorkflowRunHistory",
    "WorkflowRunMode",
    "WorkflowRunResult",
    "WorkflowTerminatePlan",
    "WorkflowVersion",
    "WorkflowVersionListResult",
    "WorkflowsCollaborationModesUpdateResponse",
    "WorkflowsCollaboratorsCreateResponse",
    "WorkflowsCollaboratorsDeleteResponse",
]


class WorkflowBasic(CozeModel):
    """Basic information about a workflow or chatflow."""

    __slots__ = (
        "workflow_id",
        "workflow_name",
        "description",
        "icon_url",
        "app_id",
        "created_at",
        "updated_at",
        "creator",
    )
    _FIELDS = (
        ("workflow_id", "workflow_id"),
        ("workflow_name", "workflow_name"),
        ("description", "description"),
        ("icon_url", "icon_url"),
        ("app_id", "app_id"),
        ("created_at", "created_at"),
        ("updated_at", "updated_at"),
        ("creator", "creator"),
    )
    _KNOWN = frozenset(
        ("workflow_id", "workflow_name", "description", "icon_url", "app_id", "created_at", "updated_at", "creator")
    )

    workflow_id: str
    """The workflow id."""
    workflow_name: str | None
    """The workflow's name."""
    description: str | None
    """The workflow's description."""
    icon_url: str | None
    """URL of the workflow's icon."""
    app_id: str | None
    """The app the workflow belongs to; "0" when it belongs to none."""
    created_at: int | None
    """When the workflow was created, in unix seconds (sent as a number or a string of digits)."""
    updated_at: int | None
    """When the workflow was last changed, in unix seconds (sent as a number or a string of digits)."""
    creator: UserInfo | None

    def __init__(
        self,
        *,
        workflow_id: str,
        workflow_name: str | None = None,
        description: str | None = None,
        icon_url: str | None = None,
        app_id: str | None = None,
        created_at: int | None = None,
        updated_at: int | None = None,
        creator: UserInfo | None = None,
    ) -> None:
        self.workflow_id = workflow_id
        self.workflow_name = workflow_name
        self.description = description
        self.icon_url = icon_url
        self.app_id = app_id
        self.created_at = created_at
        self.updated_at = updated_at
        self.creator = creator

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("workflow_id")
        if type(v) is not str:
            v = _m.to_str(v, "workflow_id")
        obj.workflow_id = v
        v = get("workflow_name")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "workflow_name")
        obj.workflow_name = v
        v = get("description")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "description")
        obj.description = v
        v = get("icon_url")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "icon_url")
        obj.icon_url = v
        v = get("app_id")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "app_id")
        obj.app_id = v
        v = get("created_at")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "created_at")
        obj.created_at = v
        v = get("updated_at")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "updated_at")
        obj.updated_at = v
        v = get("creator")
        if v is not None:
            v = _m.nested(UserInfo, v, "creator")
        obj.creator = v
        obj._src = src
        return obj


class WorkflowChatDone(CozeModel):
    """Data of the done event that ends a chatflow stream."""

    __slots__ = ("debug_url",)
    _FIELDS = (("debug_url", "debug_url"),)
    _KNOWN = frozenset(("debug_url",))

    debug_url: str | None
    """Page showing every node's input and output, valid for 7 days."""

    def __init__(self, *, debug_url: str | None = None) -> None:
        self.debug_url = debug_url

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("debug_url")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "debug_url")
        obj.debug_url = v
        obj._src = src
        return obj


class WorkflowCollaborator(CozeModel):
    """A user to add as collaborator."""

    __slots__ = ("user_id",)
    _FIELDS = (("user_id", "user_id"),)
    _KNOWN = frozenset(("user_id",))

    user_id: str
    """Coze user id of a member of the workflow's workspace."""

    def __init__(self, *, user_id: str) -> None:
        self.user_id = user_id

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("user_id")
        if type(v) is not str:
            v = _m.to_str(v, "user_id")
        obj.user_id = v
        obj._src = src
        return obj


class WorkflowDone(CozeModel):
    """Data of the Done event that ends a run's stream; often empty."""

    __slots__ = ("debug_url",)
    _FIELDS = (("debug_url", "debug_url"),)
    _KNOWN = frozenset(("debug_url",))

    debug_url: str | None
    """Page showing every node's input and output, when sent."""

    def __init__(self, *, debug_url: str | None = None) -> None:
        self.debug_url = debug_url

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("debug_url")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "debug_url")
        obj.debug_url = v
        obj._src = src
        return obj


class WorkflowError(CozeModel):
    """Data of an Error event."""

    __slots__ = ("error_code", "error_message")
    _FIELDS = (("error_code", "error_code"), ("error_message", "error_message"))
    _KNOWN = frozenset(("error_code", "error_message"))

    error_code: int | None
    """Coze error code."""
    error_message: str | None
    """Human-readable error message."""

    def __init__(self, *, error_code: int | None = None, error_message: str | None = None) -> None:
        self.error_code = error_code
        self.error_message = error_message

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("error_code")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "error_code")
        obj.error_code = v
        v = get("error_message")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "error_message")
        obj.error_message = v
        obj._src = src
        return obj


class WorkflowExecuteStatus(OpenStrEnum):
    """State of a run."""

    SUCCESS = "Success"
    RUNNING = "Running"
    FAIL = "Fail"


class WorkflowInfo(CozeModel):
    """A workflow's information, with its input and output shapes when they were asked for."""

    __slots__ = ("workflow_detail", "input", "output")
    _FIELDS = (("workflow_detail", "workflow_detail"), ("input", "input"), ("output", "output"))
    _KNOWN = frozenset(("workflow_detail", "input", "output"))

    workflow_detail: WorkflowBasic | None
    input: WorkflowInput | None
    output: WorkflowOutput | None

    def __init__(
        self,
        *,
        workflow_detail: WorkflowBasic | None = None,
        input: WorkflowInput | None = None,
        output: WorkflowOutput | None = None,
    ) -> None:
        self.workflow_detail = workflow_detail
        self.input = input
        self.output = output

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("workflow_detail")
        if v is not None:
            v = _m.nested(WorkflowBasic, v, "workflow_detail")
        obj.workflow_detail = v
        v = get("input")
        if v is not None:
            v = _m.nested(WorkflowInput, v, "input")
        obj.input = v
        v = get("output")
        if v is not None:
            v = _m.nested(WorkflowOutput, v, "output")
        obj.output = v
        obj._src = src
        return obj


class WorkflowInput(CozeModel):
    """The input parameters of a workflow's start node."""

    __slots__ = ("parameters",)
    _FIELDS = (("parameters", "parameters"),)
    _KNOWN = frozenset(("parameters",))

    parameters: dict[str, WorkflowParameter] | None
    """The parameters by name."""

    def __init__(self, *, parameters: dict[str, WorkflowParameter] | None = None) -> None:
        self.parameters = parameters

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("parameters")
        if v is not None:
            v = _c_WorkflowInput_parameters(v, "parameters")
        obj.parameters = v
        obj._src = src
        return obj


class WorkflowInterrupt(CozeModel):
    """Data of an Interrupt event; the run waits to be resumed."""

    __slots__ = ("interrupt_data", "node_title")
    _FIELDS = (("interrupt_data", "interrupt_data"), ("node_title", "node_title"))
    _KNOWN = frozenset(("interrupt_data", "node_title"))

    interrupt_data: WorkflowInterruptData | None
    node_title: str | None
    """Title of the node that interrupted the run."""

    def __init__(self, *, interrupt_data: WorkflowInterruptData | None = None, node_title: str | None = None) -> None:
        self.interrupt_data = interrupt_data
        self.node_title = node_title

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("interrupt_data")
        if v is not None:
            v = _m.nested(WorkflowInterruptData, v, "interrupt_data")
        obj.interrupt_data = v
        v = get("node_title")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "node_title")
        obj.node_title = v
        obj._src = src
        return obj


class WorkflowInterruptData(CozeModel):
    """Why a run stopped and what to send back to resume it."""

    __slots__ = ("event_id", "type", "data", "required_parameters")
    _FIELDS = (
        ("event_id", "event_id"),
        ("type", "type"),
        ("data", "data"),
        ("required_parameters", "required_parameters"),
    )
    _KNOWN = frozenset(("event_id", "type", "data", "required_parameters"))

    event_id: str | None
    """The interruption; pass it as event_id when resuming."""
    type: WorkflowInterruptType | None
    data: str | None
    """Control content of the interruption, such as the question asked, as a JSON string; may be empty."""
    required_parameters: dict[str, WorkflowParameter] | None
    """The parameters the answer must provide, by name."""

    def __init__(
        self,
        *,
        event_id: str | None = None,
        type: WorkflowInterruptType | Literal[2, 5, 6, 7] | None = None,
        data: str | None = None,
        required_parameters: dict[str, WorkflowParameter] | None = None,
    ) -> None:
        self.event_id = event_id
        self.type = None if type is None else WorkflowInterruptType(type)
        self.data = data
        self.required_parameters = required_parameters

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("event_id")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "event_id")
        obj.event_id = v
        v = get("type")
        if v is not None:
            m_type = _WorkflowInterruptType_values.get(v) if type(v) is int else None
            v = m_type if m_type is not None else WorkflowInterruptType.parse(v, "type")
        obj.type = v
        v = get("data")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "data")
        obj.data = v
        v = get("required_parameters")
        if v is not None:
            v = _c_WorkflowInterruptData_required_parameters(v, "required_parameters")
        obj.required_parameters = v
        obj._src = src
        return obj


class WorkflowInterruptType(OpenIntEnum):
    """What interrupted a run: 2 a question node, 5 an input node, 6 a client plugin, 7 an
    OAuth plugin; pass it as interrupt_type when resuming.
    """

    QUESTION = 2
    INPUT = 5
    CLIENT_PLUGIN = 6
    OAUTH_PLUGIN = 7


class WorkflowListResult(CozeModel):
    """One page of workflows."""

    __slots__ = ("items", "has_more")
    _FIELDS = (("items", "items"), ("has_more", "has_more"))
    _KNOWN = frozenset(("items", "has_more"))

    items: list[WorkflowBasic] | None
    """The workflows on this page."""
    has_more: bool | None
    """Whether more pages follow."""

    def __init__(self, *, items: list[WorkflowBasic] | None = None, has_more: bool | None = None) -> None:
        self.items = items
        self.has_more = has_more

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("items")
        if v is not None:
            v = _c_WorkflowListResult_items(v, "items")
        obj.items = v
        v = get("has_more")
        if v is not None and type(v) is not bool:
            v = _m.to_bool(v, "has_more")
        obj.has_more = v
        obj._src = src
        return obj


class WorkflowMessage(CozeModel):
    """Data of a Message event, one piece of a node's output."""

    __slots__ = (
        "content",
        "content_type",
        "node_title",
        "node_id",
        "node_execute_uuid",
        "node_seq_id",
        "node_is_finish",
        "ext",
        "usage",
        "cost",
        "token",
    )
    _FIELDS = (
        ("content", "content"),
        ("content_type", "content_type"),
        ("node_title", "node_title"),
        ("node_id", "node_id"),
        ("node_execute_uuid", "node_execute_uuid"),
        ("node_seq_id", "node_seq_id"),
        ("node_is_finish", "node_is_finish"),
        ("ext", "ext"),
        ("usage", "usage"),
        ("cost", "cost"),
        ("token", "token"),
    )
    _KNOWN = frozenset(
        (
            "content",
            "content_type",
            "node_title",
            "node_id",
            "node_execute_uuid",
            "node_seq_id",
            "node_is_finish",
            "ext",
            "usage",
            "cost",
            "token",
        )
    )

    content: str | None
    """The output text of this piece."""
    content_type: str | None
    """How to read the content, such as text."""
    node_title: str | None
    """Title of the node that produced it."""
    node_id: str | None
    """Id of the node that produced it."""
    node_execute_uuid: str | None
    """Id of this execution of the node."""
    node_seq_id: str | None
    """Position of this piece within the node's output, counting from 0."""
    node_is_finish: bool | None
    """Whether this is the node's last piece."""
    ext: dict[str, JsonValue] | None
    """Extra fields."""
    usage: Usage | None
    cost: str | None
    """Reserved."""
    token: int | None
    """Reserved."""

    def __init__(
        self,
        *,
        content: str | None = None,
        content_type: str | None = None,
        node_title: str | None = None,
        node_id: str | None = None,
        node_execute_uuid: str | None = None,
        node_seq_id: str | None = None,
        node_is_finish: bool | None = None,
        ext: dict[str, JsonValue] | None = None,
        usage: Usage | None = None,
        cost: str | None = None,
        token: int | None = None,
    ) -> None:
        self.content = content
        self.content_type = content_type
        self.node_title = node_title
        self.node_id = node_id
        self.node_execute_uuid = node_execute_uuid
        self.node_seq_id = node_seq_id
        self.node_is_finish = node_is_finish
        self.ext = ext
        self.usage = usage
        self.cost = cost
        self.token = token

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("content")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "content")
        obj.content = v
        v = get("content_type")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "content_type")
        obj.content_type = v
        v = get("node_title")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "node_title")
        obj.node_title = v
        v = get("node_id")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "node_id")
        obj.node_id = v
        v = get("node_execute_uuid")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "node_execute_uuid")
        obj.node_execute_uuid = v
        v = get("node_seq_id")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "node_seq_id")
        obj.node_seq_id = v
        v = get("node_is_finish")
        if v is not None and type(v) is not bool:
            v = _m.to_bool(v, "node_is_finish")
        obj.node_is_finish = v
        v = get("ext")
        if v is not None:
            v = _c_WorkflowMessage_ext(v, "ext")
        obj.ext = v
        v = get("usage")
        if v is not None:
            v = _m.nested(Usage, v, "usage")
        obj.usage = v
        v = get("cost")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "cost")
        obj.cost = v
        v = get("token")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "token")
        obj.token = v
        obj._src = src
        return obj


class WorkflowMode(OpenStrEnum):
    """Kind of workflow."""

    WORKFLOW = "workflow"
    CHATFLOW = "chatflow"


class WorkflowNodeExecuteHistory(CozeModel):
    """The output of one node execution."""

    __slots__ = ("is_finish", "node_output")
    _FIELDS = (("is_finish", "is_finish"), ("node_output", "node_output"))
    _KNOWN = frozenset(("is_finish", "node_output"))

    is_finish: bool | None
    """Whether the node has finished."""
    node_output: str | None
    """The node's output."""

    def __init__(self, *, is_finish: bool | None = None, node_output: str | None = None) -> None:
        self.is_finish = is_finish
        self.node_output = node_output

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("is_finish")
        if v is not None and type(v) is not bool:
            v = _m.to_bool(v, "is_finish")
        obj.is_finish = v
        v = get("node_output")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "node_output")
        obj.node_output = v
        obj._src = src
        return obj


class WorkflowNodeExecuteStatus(CozeModel):
    """State of one node execution in a run."""

    __slots__ = (
        "node_id",
        "is_finish",
        "update_time",
        "node_execute_uuid",
        "loop_index",
        "batch_index",
        "sub_execute_id",
    )
    _FIELDS = (
        ("node_id", "node_id"),
        ("is_finish", "is_finish"),
        ("update_time", "update_time"),
        ("node_execute_uuid", "node_execute_uuid"),
        ("loop_index", "loop_index"),
        ("batch_index", "batch_index"),
        ("sub_execute_id", "sub_execute_id"),
    )
    _KNOWN = frozenset(
        ("node_id", "is_finish", "update_time", "node_execute_uuid", "loop_index", "batch_index", "sub_execute_id")
    )

    node_id: str | None
    """The node's id in the workflow."""
    is_finish: bool | None
    """Whether the node has finished."""
    update_time: int | None
    """When the node last changed, in unix seconds."""
    node_execute_uuid: str | None
    """Id of this node execution."""
    loop_index: int | None
    """Iteration of the enclosing loop node, from 0; only inside a loop without a sub-workflow."""
    batch_index: int | None
    """Item of the enclosing batch node, from 0; only inside a batch without a sub-workflow."""
    sub_execute_id: str | None
    """Run id of the sub-workflow this node ran."""

    def __init__(
        self,
        *,
        node_id: str | None = None,
        is_finish: bool | None = None,
        update_time: int | None = None,
        node_execute_uuid: str | None = None,
        loop_index: int | None = None,
        batch_index: int | None = None,
        sub_execute_id: str | None = None,
    ) -> None:
        self.node_id = node_id
        self.is_finish = is_finish
        self.update_time = update_time
        self.node_execute_uuid = node_execute_uuid
        self.loop_index = loop_index
        self.batch_index = batch_index
        self.sub_execute_id = sub_execute_id

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("node_id")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "node_id")
        obj.node_id = v
        v = get("is_finish")
        if v is not None and type(v) is not bool:
            v = _m.to_bool(v, "is_finish")
        obj.is_finish = v
        v = get("update_time")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "update_time")
        obj.update_time = v
        v = get("node_execute_uuid")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "node_execute_uuid")
        obj.node_execute_uuid = v
        v = get("loop_index")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "loop_index")
        obj.loop_index = v
        v = get("batch_index")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "batch_index")
        obj.batch_index = v
        v = get("sub_execute_id")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "sub_execute_id")
        obj.sub_execute_id = v
        obj._src = src
        return obj


class WorkflowOutput(CozeModel):
    """What a workflow's end node returns."""

    __slots__ = ("terminate_plan", "content", "parameters")
    _FIELDS = (("terminate_plan", "terminate_plan"), ("content", "content"), ("parameters", "parameters"))
    _KNOWN = frozenset(("terminate_plan", "content", "parameters"))

    terminate_plan: WorkflowTerminatePlan | None
    content: str | None
    """Template of the answer text, only with terminate_plan use_answer_content."""
    parameters: dict[str, WorkflowParameter] | None
    """The output variables by name."""

    def __init__(
        self,
        *,
        terminate_plan: WorkflowTerminatePlan | Literal["return_variables", "use_answer_content"] | None = None,
        content: str | None = None,
        parameters: dict[str, WorkflowParameter] | None = None,
    ) -> None:
        self.terminate_plan = None if terminate_plan is None else WorkflowTerminatePlan(terminate_plan)
        self.content = content
        self.parameters = parameters

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("terminate_plan")
        if v is not None:
            m_terminate_plan = _WorkflowTerminatePlan_values.get(v) if type(v) is str else None
            v = m_terminate_plan if m_terminate_plan is not None else WorkflowTerminatePlan.parse(v, "terminate_plan")
        obj.terminate_plan = v
        v = get("content")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "content")
        obj.content = v
        v = get("parameters")
        if v is not None:
            v = _c_WorkflowOutput_parameters(v, "parameters")
        obj.parameters = v
        obj._src = src
        return obj


class WorkflowParameter(CozeModel):
    """The definition of one workflow parameter."""

    __slots__ = ("type", "required", "description", "default_value", "items", "properties")
    _FIELDS = (
        ("type", "type"),
        ("required", "required"),
        ("description", "description"),
        ("default_value", "default_value"),
        ("items", "items"),
        ("properties", "properties"),
    )
    _KNOWN = frozenset(("type", "required", "description", "default_value", "items", "properties"))

    type: str | None
    """The parameter's type, such as string, number, object, array or image."""
    required: bool | None
    """Whether the parameter must be given."""
    description: str | None
    """The parameter's description."""
    default_value: str | None
    """The parameter's default value."""
    items: WorkflowParameter | None
    properties: dict[str, WorkflowParameter] | None
    """For an object, its fields by name."""

    def __init__(
        self,
        *,
        type: str | None = None,
        required: bool | None = None,
        description: str | None = None,
        default_value: str | None = None,
        items: WorkflowParameter | None = None,
        properties: dict[str, WorkflowParameter] | None = None,
    ) -> None:
        self.type = type
        self.required = required
        self.description = description
        self.default_value = default_value
        self.items = items
        self.properties = properties

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("type")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "type")
        obj.type = v
        v = get("required")
        if v is not None and type(v) is not bool:
            v = _m.to_bool(v, "required")
        obj.required = v
        v = get("description")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "description")
        obj.description = v
        v = get("default_value")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "default_value")
        obj.default_value = v
        v = get("items")
        if v is not None:
            v = _m.nested(WorkflowParameter, v, "items")
        obj.items = v
        v = get("properties")
        if v is not None:
            v = _c_WorkflowParameter_properties(v, "properties")
        obj.properties = v
        obj._src = src
        return obj


class WorkflowRunHistory(CozeModel):
    """The state and result of one workflow run."""

    __slots__ = (
        "execute_id",
        "execute_status",
        "bot_id",
        "connector_id",
        "connector_uid",
        "run_mode",
        "run_logid",
        "create_time",
        "update_time",
        "output",
        "error_code",
        "error_message",
        "debug_url",
        "usage",
        "is_output_trimmed",
        "node_execute_status",
        "interrupt_data",
        "cost",
        "token",
    )
    _FIELDS = (
        ("execute_id", "execute_id"),
        ("execute_status", "execute_status"),
        ("bot_id", "bot_id"),
        ("connector_id", "connector_id"),
        ("connector_uid", "connector_uid"),
        ("run_mode", "run_mode"),
        ("run_logid", "logid"),
        ("create_time", "create_time"),
        ("update_time", "update_time"),
        ("output", "output"),
        ("error_code", "error_code"),
        ("error_message", "error_message"),
        ("debug_url", "debug_url"),
        ("usage", "usage"),
        ("is_output_trimmed", "is_output_trimmed"),
        ("node_execute_status", "node_execute_status"),
        ("interrupt_data", "interrupt_data"),
        ("cost", "cost"),
        ("token", "token"),
    )
    _KNOWN = frozenset(
        (
            "execute_id",
            "execute_status",
            "bot_id",
            "connector_id",
            "connector_uid",
            "run_mode",
            "logid",
            "create_time",
            "update_time",
            "output",
            "error_code",
            "error_message",
            "debug_url",
            "usage",
            "is_output_trimmed",
            "node_execute_status",
            "interrupt_data",
            "cost",
            "token",
        )
    )

    execute_id: str
    """The run's id."""
    execute_status: WorkflowExecuteStatus | None
    bot_id: str | None
    """The bot the run was tied to; "0" for none."""
    connector_id: str | None
    """Channel of the run, 1024 for the API."""
    connector_uid: str | None
    """The user_id given in ext, or else the Coze user id of the token's owner."""
    run_mode: WorkflowRunMode | None
    run_logid: str | None
    """Log id of the run itself (not of the request that read its history), to quote when asking for support about the run."""
    create_time: int | None
    """When the run started, in unix seconds."""
    update_time: int | None
    """When the run last changed (for example was resumed), in unix seconds."""
    output: str | None
    """The run's output, usually a JSON-encoded string keyed by end node (Output) and output node names."""
    error_code: int | None
    """Error code of a failed run; 0 when there is none (the server may send an empty string, read as absent)."""
    error_message: str | None
    """Error message of a failed run."""
    debug_url: str | None
    """Page showing every node's input and output, valid for 7 days."""
    usage: Usage | None
    is_output_trimmed: bool | None
    """Whether output was cut because it was too large."""
    node_execute_status: dict[str, WorkflowNodeExecuteStatus] | None
    """State of the output nodes, by node key; read large outputs node by node with workflows.runs.histories.execute_nodes.retrieve."""
    interrupt_data: WorkflowInterruptData | None
    cost: str | None
    """Reserved."""
    token: int | None
    """Reserved."""

    def __init__(
        self,
        *,
        execute_id: str,
        execute_status: WorkflowExecuteStatus | Literal["Success", "Running", "Fail"] | None = None,
        bot_id: str | None = None,
        connector_id: str | None = None,
        connector_uid: str | None = None,
        run_mode: WorkflowRunMode | Literal[0, 1, 2] | None = None,
        run_logid: str | None = None,
        create_time: int | None = None,
        update_time: int | None = None,
        output: str | None = None,
        error_code: int | None = None,
        error_message: str | None = None,
        debug_url: str | None = None,
        usage: Usage | None = None,
        is_output_trimmed: bool | None = None,
        node_execute_status: dict[str, WorkflowNodeExecuteStatus] | None = None,
        interrupt_data: WorkflowInterruptData | None = None,
        cost: str | None = None,
        token: int | None = None,
    ) -> None:
        self.execute_id = execute_id
        self.execute_status = None if execute_status is None else WorkflowExecuteStatus(execute_status)
        self.bot_id = bot_id
        self.connector_id = connector_id
        self.connector_uid = connector_uid
        self.run_mode = None if run_mode is None else WorkflowRunMode(run_mode)
        self.run_logid = run_logid
        self.create_time = create_time
        self.update_time = update_time
        self.output = output
        self.error_code = error_code
        self.error_message = error_message
        self.debug_url = debug_url
        self.usage = usage
        self.is_output_trimmed = is_output_trimmed
        self.node_execute_status = node_execute_status
        self.interrupt_data = interrupt_data
        self.cost = cost
        self.token = token

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("execute_id")
        if type(v) is not str:
            v = _m.to_str(v, "execute_id")
        obj.execute_id = v
        v = get("execute_status")
        if v is not None:
            m_execute_status = _WorkflowExecuteStatus_values.get(v) if type(v) is str else None
            v = m_execute_status if m_execute_status is not None else WorkflowExecuteStatus.parse(v, "execute_status")
        obj.execute_status = v
        v = get("bot_id")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "bot_id")
        obj.bot_id = v
        v = get("connector_id")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "connector_id")
        obj.connector_id = v
        v = get("connector_uid")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "connector_uid")
        obj.connector_uid = v
        v = get("run_mode")
        if v is not None:
            m_run_mode = _WorkflowRunMode_values.get(v) if type(v) is int else None
            v = m_run_mode if m_run_mode is not None else WorkflowRunMode.parse(v, "run_mode")
        obj.run_mode = v
        v = get("logid")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "logid")
        obj.run_logid = v
        v = get("create_time")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "create_time")
        obj.create_time = v
        v = get("update_time")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "update_time")
        obj.update_time = v
        v = get("output")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "output")
        obj.output = v
        v = get("error_code")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "error_code")
        obj.error_code = v
        v = get("error_message")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "error_message")
        obj.error_message = v
        v = get("debug_url")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "debug_url")
        obj.debug_url = v
        v = get("usage")
        if v is not None:
            v = _m.nested(Usage, v, "usage")
        obj.usage = v
        v = get("is_output_trimmed")
        if v is not None and type(v) is not bool:
            v = _m.to_bool(v, "is_output_trimmed")
        obj.is_output_trimmed = v
        v = get("node_execute_status")
        if v is not None:
            v = _c_WorkflowRunHistory_node_execute_status(v, "node_execute_status")
        obj.node_execute_status = v
        v = get("interrupt_data")
        if v is not None:
            v = _m.nested(WorkflowInterruptData, v, "interrupt_data")
        obj.interrupt_data = v
        v = get("cost")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "cost")
        obj.cost = v
        v = get("token")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "token")
        obj.token = v
        obj._src = src
        return obj


class WorkflowRunMode(OpenIntEnum):
    """How a run was started: 0 synchronous, 1 streaming, 2 asynchronous."""

    SYNCHRONOUS = 0
    STREAMING = 1
    ASYNCHRONOUS = 2


class WorkflowRunResult(CozeModel):
    """The whole body of a non-streaming run or resume; data holds the output of a
    synchronous run.
    """

    __slots__ = ("code", "msg", "detail", "data", "execute_id", "debug_url", "usage", "interrupt_data", "cost", "token")
    _FIELDS = (
        ("code", "code"),
        ("msg", "msg"),
        ("detail", "detail"),
        ("data", "data"),
        ("execute_id", "execute_id"),
        ("debug_url", "debug_url"),
        ("usage", "usage"),
        ("interrupt_data", "interrupt_data"),
        ("cost", "cost"),
        ("token", "token"),
    )
    _KNOWN = frozenset(
        ("code", "msg", "detail", "data", "execute_id", "debug_url", "usage", "interrupt_data", "cost", "token")
    )

    code: int | None
    """0 on success."""
    msg: str | None
    """Error message; empty on success."""
    detail: ResponseDetail | None
    data: str | None
    """The workflow's output, usually a JSON-encoded string; empty for an asynchronous run."""
    execute_id: str | None
    """Id of the run, returned for asynchronous runs; poll workflows.runs.histories.retrieve with it."""
    debug_url: str | None
    """Page showing every node's input and output, valid for 7 days."""
    usage: Usage | None
    interrupt_data: WorkflowInterruptData | None
    cost: str | None
    """Reserved."""
    token: int | None
    """Reserved."""

    def __init__(
        self,
        *,
        code: int | None = None,
        msg: str | None = None,
        detail: ResponseDetail | None = None,
        data: str | None = None,
        execute_id: str | None = None,
        debug_url: str | None = None,
        usage: Usage | None = None,
        interrupt_data: WorkflowInterruptData | None = None,
        cost: str | None = None,
        token: int | None = None,
    ) -> None:
        self.code = code
        self.msg = msg
        self.detail = detail
        self.data = data
        self.execute_id = execute_id
        self.debug_url = debug_url
        self.usage = usage
        self.interrupt_data = interrupt_data
        self.cost = cost
        self.token = token

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
        v = get("data")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "data")
        obj.data = v
        v = get("execute_id")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "execute_id")
        obj.execute_id = v
        v = get("debug_url")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "debug_url")
        obj.debug_url = v
        v = get("usage")
        if v is not None:
            v = _m.nested(Usage, v, "usage")
        obj.usage = v
        v = get("interrupt_data")
        if v is not None:
            v = _m.nested(WorkflowInterruptData, v, "interrupt_data")
        obj.interrupt_data = v
        v = get("cost")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "cost")
        obj.cost = v
        v = get("token")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "token")
        obj.token = v
        obj._src = src
        return obj


class WorkflowTerminatePlan(OpenStrEnum):
    """How an end node answers, with variables or with text."""

    RETURN_VARIABLES = "return_variables"
    USE_ANSWER_CONTENT = "use_answer_content"


class WorkflowVersion(CozeModel):
    """One version of a workflow."""

    __slots__ = ("workflow_id", "version", "description", "created_at", "updated_at", "creator", "input", "output")
    _FIELDS = (
        ("workflow_id", "workflow_id"),
        ("version", "version"),
        ("description", "description"),
        ("created_at", "created_at"),
        ("updated_at", "updated_at"),
        ("creator", "creator"),
        ("input", "input"),
        ("output", "output"),
    )
    _KNOWN = frozenset(
        ("workflow_id", "version", "description", "created_at", "updated_at", "creator", "input", "output")
    )

    workflow_id: str | None
    """The workflow id."""
    version: str | None
    """The version number, such as v0.0.2."""
    description: str | None
    """The version's description."""
    created_at: int | None
    """When the version was created, in unix seconds (sent as a string of digits)."""
    updated_at: int | None
    """When the version was last changed, in unix seconds (sent as a string of digits)."""
    creator: UserInfo | None
    input: WorkflowInput | None
    output: WorkflowOutput | None

    def __init__(
        self,
        *,
        workflow_id: str | None = None,
        version: str | None = None,
        description: str | None = None,
        created_at: int | None = None,
        updated_at: int | None = None,
        creator: UserInfo | None = None,
        input: WorkflowInput | None = None,
        output: WorkflowOutput | None = None,
    ) -> None:
        self.workflow_id = workflow_id
        self.version = version
        self.description = description
        self.created_at = created_at
        self.updated_at = updated_at
        self.creator = creator
        self.input = input
        self.output = output

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("workflow_id")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "workflow_id")
        obj.workflow_id = v
        v = get("version")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "version")
        obj.version = v
        v = get("description")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "description")
        obj.description = v
        v = get("created_at")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "created_at")
        obj.created_at = v
        v = get("updated_at")
        if v is not None and type(v) is not int:
            v = _m.to_int_or_none(v, "updated_at")
        obj.updated_at = v
        v = get("creator")
        if v is not None:
            v = _m.nested(UserInfo, v, "creator")
        obj.creator = v
        v = get("input")
        if v is not None:
            v = _m.nested(WorkflowInput, v, "input")
        obj.input = v
        v = get("output")
        if v is not None:
            v = _m.nested(WorkflowOutput, v, "output")
        obj.output = v
        obj._src = src
        return obj


class WorkflowVersionListResult(CozeModel):
    """One page of workflow versions."""

    __slots__ = ("items", "has_more", "next_page_token")
    _FIELDS = (("items", "items"), ("has_more", "has_more"), ("next_page_token", "next_page_token"))
    _KNOWN = frozenset(("items", "has_more", "next_page_token"))

    items: list[WorkflowVersion] | None
    """The versions on this page."""
    has_more: bool | None
    """Whether more pages follow."""
    next_page_token: str | None
    """Token to request the next page with."""

    def __init__(
        self,
        *,
        items: list[WorkflowVersion] | None = None,
        has_more: bool | None = None,
        next_page_token: str | None = None,
    ) -> None:
        self.items = items
        self.has_more = has_more
        self.next_page_token = next_page_token

    @classmethod
    def from_dict(cls, src: Mapping[str, object]) -> Self:
        """Build the model from its JSON object, checking every field."""
        obj = object.__new__(cls)
        get = src.get
        v = get("items")
        if v is not None:
            v = _c_WorkflowVersionListResult_items(v, "items")
        obj.items = v
        v = get("has_more")
        if v is not None and type(v) is not bool:
            v = _m.to_bool(v, "has_more")
        obj.has_more = v
        v = get("next_page_token")
        if v is not None and type(v) is not str:
            v = _m.to_str(v, "next_page_token")
        obj.next_page_token = v
        obj._src = src
        return obj


class WorkflowsCollaborationModesUpdateResponse(CozeModel):
    """Envelope of workflows_collaboration_modes_update."""

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


class WorkflowsCollaboratorsCreateResponse(CozeModel):
    """Envelope of workflows_collaborators_create."""

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


class WorkflowsCollaboratorsDeleteResponse(CozeModel):
    """Envelope of workflows_collaborators_delete."""

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
_WorkflowExecuteStatus_values = WorkflowExecuteStatus.value_map()
_WorkflowInterruptType_values = WorkflowInterruptType.value_map()
_WorkflowRunMode_values = WorkflowRunMode.value_map()
_WorkflowTerminatePlan_values = WorkflowTerminatePlan.value_map()
_c_WorkflowInput_parameters = _m.map_of(_m.model_of(WorkflowParameter))
_c_WorkflowInterruptData_required_parameters = _m.map_of(_m.model_of(WorkflowParameter))
_c_WorkflowListResult_items = _m.list_of(_m.model_of(WorkflowBasic))
_c_WorkflowMessage_ext = _m.json_object
_c_WorkflowOutput_parameters = _m.map_of(_m.model_of(WorkflowParameter))
_c_WorkflowParameter_properties = _m.map_of(_m.model_of(WorkflowParameter))
_c_WorkflowRunHistory_node_execute_status = _m.map_of(_m.model_of(WorkflowNodeExecuteStatus))
_c_WorkflowVersionListResult_items = _m.list_of(_m.model_of(WorkflowVersion))
