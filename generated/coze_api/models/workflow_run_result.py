from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_detail import ResponseDetail
    from ..models.usage import Usage
    from ..models.workflow_interrupt_data import WorkflowInterruptData


T = TypeVar("T", bound="WorkflowRunResult")


@_attrs_define(repr=False)
class WorkflowRunResult(CozeModel):
    """The whole body of a non-streaming run or resume; data holds the output of a synchronous run.

    Attributes:
        code (int | Unset): 0 on success.
        msg (str | Unset): Error message; empty on success.
        detail (ResponseDetail | Unset): Diagnostic details attached to every response.
        data (str | Unset): The workflow's output, usually a JSON-encoded string; empty for an asynchronous run.
        execute_id (str | Unset): Id of the run, returned for asynchronous runs; poll workflows.runs.histories.retrieve
            with it.
        debug_url (str | Unset): Page showing every node's input and output, valid for 7 days.
        usage (Usage | Unset): Token counts of a chat.
        interrupt_data (WorkflowInterruptData | Unset): Why a run stopped and what to send back to resume it.
        cost (str | Unset): Reserved.
        token (int | str | Unset): Reserved.
    """

    code: int | Unset = UNSET
    msg: str | Unset = UNSET
    detail: ResponseDetail | Unset = UNSET
    data: str | Unset = UNSET
    execute_id: str | Unset = UNSET
    debug_url: str | Unset = UNSET
    usage: Usage | Unset = UNSET
    interrupt_data: WorkflowInterruptData | Unset = UNSET
    cost: str | Unset = UNSET
    token: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        msg = self.msg

        detail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.detail, Unset):
            detail = self.detail.to_dict()

        data = self.data

        execute_id = self.execute_id

        debug_url = self.debug_url

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

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
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if msg is not UNSET:
            field_dict["msg"] = msg
        if detail is not UNSET:
            field_dict["detail"] = detail
        if data is not UNSET:
            field_dict["data"] = data
        if execute_id is not UNSET:
            field_dict["execute_id"] = execute_id
        if debug_url is not UNSET:
            field_dict["debug_url"] = debug_url
        if usage is not UNSET:
            field_dict["usage"] = usage
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
        instance.code = UNSET if (value := get("code")) is None else value
        instance.msg = UNSET if (value := get("msg")) is None else value
        instance.data = UNSET if (value := get("data")) is None else value
        instance.execute_id = UNSET if (value := get("execute_id")) is None else value
        instance.debug_url = UNSET if (value := get("debug_url")) is None else value
        instance.cost = UNSET if (value := get("cost")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.response_detail import ResponseDetail  # noqa: PLC0415
        from ..models.usage import Usage  # noqa: PLC0415
        from ..models.workflow_interrupt_data import WorkflowInterruptData  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        code = d.pop("code", UNSET)

        msg = d.pop("msg", UNSET)

        _detail = d.pop("detail", UNSET)
        detail: ResponseDetail | Unset
        if isinstance(_detail, Unset):
            detail = UNSET
        else:
            detail = ResponseDetail.from_dict(_detail)

        data = d.pop("data", UNSET)

        execute_id = d.pop("execute_id", UNSET)

        debug_url = d.pop("debug_url", UNSET)

        _usage = d.pop("usage", UNSET)
        usage: Usage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = Usage.from_dict(_usage)

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

        workflow_run_result = cls(
            code=code,
            msg=msg,
            detail=detail,
            data=data,
            execute_id=execute_id,
            debug_url=debug_url,
            usage=usage,
            interrupt_data=interrupt_data,
            cost=cost,
            token=token,
        )

        workflow_run_result.additional_properties = d
        return workflow_run_result

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
