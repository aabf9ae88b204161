from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..models.workflow_execute_status import WorkflowExecuteStatus
from ..models.workflow_run_mode import WorkflowRunMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.usage import Usage
    from ..models.workflow_interrupt_data import WorkflowInterruptData
    from ..models.workflow_run_history_node_execute_status import WorkflowRunHistoryNodeExecuteStatus


T = TypeVar("T", bound="WorkflowRunHistory")


@_attrs_define(repr=False)
class WorkflowRunHistory(CozeModel):
    """The state and result of one workflow run.

    Attributes:
        execute_id (str): The run's id.
        execute_status (WorkflowExecuteStatus | Unset): State of a run.
        bot_id (str | Unset): The bot the run was tied to; "0" for none.
        connector_id (str | Unset): Channel of the run, 1024 for the API.
        connector_uid (str | Unset): The user_id given in ext, or else the Coze user id of the token's owner.
        run_mode (WorkflowRunMode | Unset): How a run was started: 0 synchronous, 1 streaming, 2 asynchronous.
        logid (str | Unset): Log id of the run, to quote when asking for support.
        create_time (int | Unset): When the run started, in unix seconds.
        update_time (int | Unset): When the run last changed (for example was resumed), in unix seconds.
        output (str | Unset): The run's output, usually a JSON-encoded string keyed by end node (Output) and output node
            names.
        error_code (int | str | Unset): Error code of a failed run; 0 or an empty string when there is none.
        error_message (str | Unset): Error message of a failed run.
        debug_url (str | Unset): Page showing every node's input and output, valid for 7 days.
        usage (Usage | Unset): Token counts of a chat.
        is_output_trimmed (bool | Unset): Whether output was cut because it was too large.
        node_execute_status (WorkflowRunHistoryNodeExecuteStatus | Unset): State of the output nodes, by node key; read
            large outputs node by node with workflows.runs.histories.execute_nodes.retrieve.
        interrupt_data (WorkflowInterruptData | Unset): Why a run stopped and what to send back to resume it.
        cost (str | Unset): Reserved.
        token (int | str | Unset): Reserved.
    """

    execute_id: str
    execute_status: WorkflowExecuteStatus | Unset = UNSET
    bot_id: str | Unset = UNSET
    connector_id: str | Unset = UNSET
    connector_uid: str | Unset = UNSET
    run_mode: WorkflowRunMode | Unset = UNSET
    logid: str | Unset = UNSET
    create_time: int | Unset = UNSET
    update_time: int | Unset = UNSET
    output: str | Unset = UNSET
    error_code: int | str | Unset = UNSET
    error_message: str | Unset = UNSET
    debug_url: str | Unset = UNSET
    usage: Usage | Unset = UNSET
    is_output_trimmed: bool | Unset = UNSET
    node_execute_status: WorkflowRunHistoryNodeExecuteStatus | Unset = UNSET
    interrupt_data: WorkflowInterruptData | Unset = UNSET
    cost: str | Unset = UNSET
    token: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        execute_id = self.execute_id

        execute_status: str | Unset = UNSET
        if not isinstance(self.execute_status, Unset):
            execute_status = self.execute_status.value

        bot_id = self.bot_id

        connector_id = self.connector_id

        connector_uid = self.connector_uid

        run_mode: int | Unset = UNSET
        if not isinstance(self.run_mode, Unset):
            run_mode = self.run_mode.value

        logid = self.logid

        create_time = self.create_time

        update_time = self.update_time

        output = self.output

        error_code: int | str | Unset
        if isinstance(self.error_code, Unset):
            error_code = UNSET
        else:
            error_code = self.error_code

        error_message = self.error_message

        debug_url = self.debug_url

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        is_output_trimmed = self.is_output_trimmed

        node_execute_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.node_execute_status, Unset):
            node_execute_status = self.node_execute_status.to_dict()

        interrupt_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.interrupt_data, Unset):
            interrupt_data = self.interrupt_data.to_dict()

        cost = self.cost

        token: int | str | Unset
        if isinstance(self.token, Unset):
            token = UNSET
        else:
            token = self.token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "execute_id": execute_id,
            }
        )
        if execute_status is not UNSET:
            field_dict["execute_status"] = execute_status
        if bot_id is not UNSET:
            field_dict["bot_id"] = bot_id
        if connector_id is not UNSET:
            field_dict["connector_id"] = connector_id
        if connector_uid is not UNSET:
            field_dict["connector_uid"] = connector_uid
        if run_mode is not UNSET:
            field_dict["run_mode"] = run_mode
        if logid is not UNSET:
            field_dict["logid"] = logid
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if update_time is not UNSET:
            field_dict["update_time"] = update_time
        if output is not UNSET:
            field_dict["output"] = output
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if debug_url is not UNSET:
            field_dict["debug_url"] = debug_url
        if usage is not UNSET:
            field_dict["usage"] = usage
        if is_output_trimmed is not UNSET:
            field_dict["is_output_trimmed"] = is_output_trimmed
        if node_execute_status is not UNSET:
            field_dict["node_execute_status"] = node_execute_status
        if interrupt_data is not UNSET:
            field_dict["interrupt_data"] = interrupt_data
        if cost is not UNSET:
            field_dict["cost"] = cost
        if token is not UNSET:
            field_dict["token"] = token

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.execute_id = get("execute_id")
        instance.bot_id = UNSET if (value := get("bot_id")) is None else value
        instance.connector_id = UNSET if (value := get("connector_id")) is None else value
        instance.connector_uid = UNSET if (value := get("connector_uid")) is None else value
        instance.logid = UNSET if (value := get("logid")) is None else value
        instance.create_time = UNSET if (value := get("create_time")) is None else value
        instance.update_time = UNSET if (value := get("update_time")) is None else value
        instance.output = UNSET if (value := get("output")) is None else value
        instance.error_message = UNSET if (value := get("error_message")) is None else value
        instance.debug_url = UNSET if (value := get("debug_url")) is None else value
        instance.is_output_trimmed = UNSET if (value := get("is_output_trimmed")) is None else value
        instance.cost = UNSET if (value := get("cost")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.usage import Usage  # noqa: PLC0415
        from ..models.workflow_interrupt_data import WorkflowInterruptData  # noqa: PLC0415
        from ..models.workflow_run_history_node_execute_status import WorkflowRunHistoryNodeExecuteStatus  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        _execute_id_raw = d.pop("execute_id", None)
        execute_id = _execute_id_raw

        _execute_status = d.pop("execute_status", UNSET)
        execute_status: WorkflowExecuteStatus | Unset
        if isinstance(_execute_status, Unset):
            execute_status = UNSET
        else:
            execute_status = WorkflowExecuteStatus(_execute_status)

        bot_id = d.pop("bot_id", UNSET)

        connector_id = d.pop("connector_id", UNSET)

        connector_uid = d.pop("connector_uid", UNSET)

        _run_mode = d.pop("run_mode", UNSET)
        run_mode: WorkflowRunMode | Unset
        if isinstance(_run_mode, Unset):
            run_mode = UNSET
        else:
            run_mode = WorkflowRunMode(_run_mode)

        logid = d.pop("logid", UNSET)

        create_time = d.pop("create_time", UNSET)

        update_time = d.pop("update_time", UNSET)

        output = d.pop("output", UNSET)

        def _parse_error_code(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        error_code = _parse_error_code(d.pop("error_code", UNSET))

        error_message = d.pop("error_message", UNSET)

        debug_url = d.pop("debug_url", UNSET)

        _usage = d.pop("usage", UNSET)
        usage: Usage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = Usage.from_dict(_usage)

        is_output_trimmed = d.pop("is_output_trimmed", UNSET)

        _node_execute_status = d.pop("node_execute_status", UNSET)
        node_execute_status: WorkflowRunHistoryNodeExecuteStatus | Unset
        if isinstance(_node_execute_status, Unset):
            node_execute_status = UNSET
        else:
            node_execute_status = WorkflowRunHistoryNodeExecuteStatus.from_dict(_node_execute_status)

        _interrupt_data = d.pop("interrupt_data", UNSET)
        interrupt_data: WorkflowInterruptData | Unset
        if isinstance(_interrupt_data, Unset):
            interrupt_data = UNSET
        else:
            interrupt_data = WorkflowInterruptData.from_dict(_interrupt_data)

        cost = d.pop("cost", UNSET)

        def _parse_token(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        token = _parse_token(d.pop("token", UNSET))

        workflow_run_history = cls(
            execute_id=execute_id,
            execute_status=execute_status,
            bot_id=bot_id,
            connector_id=connector_id,
            connector_uid=connector_uid,
            run_mode=run_mode,
            logid=logid,
            create_time=create_time,
            update_time=update_time,
            output=output,
            error_code=error_code,
            error_message=error_message,
            debug_url=debug_url,
            usage=usage,
            is_output_trimmed=is_output_trimmed,
            node_execute_status=node_execute_status,
            interrupt_data=interrupt_data,
            cost=cost,
            token=token,
        )

        workflow_run_history.additional_properties = d
        return workflow_run_history

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
