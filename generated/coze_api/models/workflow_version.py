from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_info import UserInfo
    from ..models.workflow_input import WorkflowInput
    from ..models.workflow_output import WorkflowOutput


T = TypeVar("T", bound="WorkflowVersion")


@_attrs_define(repr=False)
class WorkflowVersion(CozeModel):
    """One version of a workflow.

    Attributes:
        workflow_id (str | Unset): The workflow id.
        version (str | Unset): The version number, such as v0.0.2.
        description (str | Unset): The version's description.
        created_at (int | str | Unset): When the version was created, in unix seconds (sent as a string of digits).
        updated_at (int | str | Unset): When the version was last changed, in unix seconds (sent as a string of digits).
        creator (UserInfo | Unset): A Coze user as shown on resources they created.
        input_ (WorkflowInput | Unset): The input parameters of a workflow's start node.
        output (WorkflowOutput | Unset): What a workflow's end node returns.
    """

    workflow_id: str | Unset = UNSET
    version: str | Unset = UNSET
    description: str | Unset = UNSET
    created_at: int | str | Unset = UNSET
    updated_at: int | str | Unset = UNSET
    creator: UserInfo | Unset = UNSET
    input_: WorkflowInput | Unset = UNSET
    output: WorkflowOutput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workflow_id = self.workflow_id

        version = self.version

        description = self.description

        created_at: int | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        updated_at: int | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        creator: dict[str, Any] | Unset = UNSET
        if not isinstance(self.creator, Unset):
            creator = self.creator.to_dict()

        input_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_, Unset):
            input_ = self.input_.to_dict()

        output: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output, Unset):
            output = self.output.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if workflow_id is not UNSET:
            field_dict["workflow_id"] = workflow_id
        if version is not UNSET:
            field_dict["version"] = version
        if description is not UNSET:
            field_dict["description"] = description
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if creator is not UNSET:
            field_dict["creator"] = creator
        if input_ is not UNSET:
            field_dict["input"] = input_
        if output is not UNSET:
            field_dict["output"] = output

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.workflow_id = UNSET if (value := get("workflow_id")) is None else value
        instance.version = UNSET if (value := get("version")) is None else value
        instance.description = UNSET if (value := get("description")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_info import UserInfo  # noqa: PLC0415
        from ..models.workflow_input import WorkflowInput  # noqa: PLC0415
        from ..models.workflow_output import WorkflowOutput  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        workflow_id = d.pop("workflow_id", UNSET)

        version = d.pop("version", UNSET)

        description = d.pop("description", UNSET)

        def _parse_created_at(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        _creator = d.pop("creator", UNSET)
        creator: UserInfo | Unset
        if isinstance(_creator, Unset):
            creator = UNSET
        else:
            creator = UserInfo.from_dict(_creator)

        _input_ = d.pop("input", UNSET)
        input_: WorkflowInput | Unset
        if isinstance(_input_, Unset):
            input_ = UNSET
        else:
            input_ = WorkflowInput.from_dict(_input_)

        _output = d.pop("output", UNSET)
        output: WorkflowOutput | Unset
        if isinstance(_output, Unset):
            output = UNSET
        else:
            output = WorkflowOutput.from_dict(_output)

        workflow_version = cls(
            workflow_id=workflow_id,
            version=version,
            description=description,
            created_at=created_at,
            updated_at=updated_at,
            creator=creator,
            input_=input_,
            output=output,
        )

        workflow_version.additional_properties = d
        return workflow_version

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
