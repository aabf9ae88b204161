from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel

if TYPE_CHECKING:
    from ..models.workflow_collaborator import WorkflowCollaborator


T = TypeVar("T", bound="WorkflowsCollaboratorsCreateRequest")


@_attrs_define(repr=False)
class WorkflowsCollaboratorsCreateRequest(CozeModel):
    """Body of workflows_collaborators_create.

    Attributes:
        collaborators (list[WorkflowCollaborator]): The collaborator to add; at most one per request.
    """

    collaborators: list[WorkflowCollaborator]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        collaborators = []
        for collaborators_item_data in self.collaborators:
            collaborators_item = collaborators_item_data.to_dict()
            collaborators.append(collaborators_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "collaborators": collaborators,
            }
        )

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflow_collaborator import WorkflowCollaborator  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        _collaborators_raw = d.pop("collaborators", None)
        collaborators: Any
        if _collaborators_raw is None:
            collaborators = None
        else:
            collaborators = []
            _collaborators = _collaborators_raw
            for collaborators_item_data in _collaborators:
                collaborators_item = WorkflowCollaborator.from_dict(collaborators_item_data)

                collaborators.append(collaborators_item)

        workflows_collaborators_create_request = cls(
            collaborators=collaborators,
        )

        workflows_collaborators_create_request.additional_properties = d
        return workflows_collaborators_create_request

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
