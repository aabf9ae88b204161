from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..models.bots_collaboration_modes_update_request_collaboration_mode import (
    BotsCollaborationModesUpdateRequestCollaborationMode,
)

T = TypeVar("T", bound="BotsCollaborationModesUpdateRequest")


@_attrs_define(repr=False)
class BotsCollaborationModesUpdateRequest(CozeModel):
    """Body of bots_collaboration_modes_update.

    Attributes:
        collaboration_mode (BotsCollaborationModesUpdateRequestCollaborationMode): single for one developer,
            collaboration for multi-user editing.
    """

    collaboration_mode: BotsCollaborationModesUpdateRequestCollaborationMode
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        collaboration_mode = self.collaboration_mode.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "collaboration_mode": collaboration_mode,
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
        d = {k: v for k, v in src_dict.items() if v is not None}
        _collaboration_mode_raw = d.pop("collaboration_mode", None)
        collaboration_mode: Any
        if _collaboration_mode_raw is None:
            collaboration_mode = None
        else:
            collaboration_mode = BotsCollaborationModesUpdateRequestCollaborationMode(_collaboration_mode_raw)

        bots_collaboration_modes_update_request = cls(
            collaboration_mode=collaboration_mode,
        )

        bots_collaboration_modes_update_request.additional_properties = d
        return bots_collaboration_modes_update_request

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
