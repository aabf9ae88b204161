from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkspacesMembersDeleteResult")


@_attrs_define(repr=False)
class WorkspacesMembersDeleteResult(CozeModel):
    """What happened to each user of workspaces_members_delete.

    Attributes:
        removed_success_user_ids (list[str] | Unset): Users removed.
        not_in_workspace_user_ids (list[str] | Unset): Users who were not members; nothing was done for them.
        not_in_space_user_ids (list[str] | Unset): Same as not_in_workspace_user_ids, under the name the docs' example
            uses.
        owner_not_support_remove_user_ids (list[str] | Unset): Users not removed because they own the workspace.
    """

    removed_success_user_ids: list[str] | Unset = UNSET
    not_in_workspace_user_ids: list[str] | Unset = UNSET
    not_in_space_user_ids: list[str] | Unset = UNSET
    owner_not_support_remove_user_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        removed_success_user_ids: list[str] | Unset = UNSET
        if not isinstance(self.removed_success_user_ids, Unset):
            removed_success_user_ids = self.removed_success_user_ids

        not_in_workspace_user_ids: list[str] | Unset = UNSET
        if not isinstance(self.not_in_workspace_user_ids, Unset):
            not_in_workspace_user_ids = self.not_in_workspace_user_ids

        not_in_space_user_ids: list[str] | Unset = UNSET
        if not isinstance(self.not_in_space_user_ids, Unset):
            not_in_space_user_ids = self.not_in_space_user_ids

        owner_not_support_remove_user_ids: list[str] | Unset = UNSET
        if not isinstance(self.owner_not_support_remove_user_ids, Unset):
            owner_not_support_remove_user_ids = self.owner_not_support_remove_user_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if removed_success_user_ids is not UNSET:
            field_dict["removed_success_user_ids"] = removed_success_user_ids
        if not_in_workspace_user_ids is not UNSET:
            field_dict["not_in_workspace_user_ids"] = not_in_workspace_user_ids
        if not_in_space_user_ids is not UNSET:
            field_dict["not_in_space_user_ids"] = not_in_space_user_ids
        if owner_not_support_remove_user_ids is not UNSET:
            field_dict["owner_not_support_remove_user_ids"] = owner_not_support_remove_user_ids

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
        removed_success_user_ids = cast(list[str], d.pop("removed_success_user_ids", UNSET))

        not_in_workspace_user_ids = cast(list[str], d.pop("not_in_workspace_user_ids", UNSET))

        not_in_space_user_ids = cast(list[str], d.pop("not_in_space_user_ids", UNSET))

        owner_not_support_remove_user_ids = cast(list[str], d.pop("owner_not_support_remove_user_ids", UNSET))

        workspaces_members_delete_result = cls(
            removed_success_user_ids=removed_success_user_ids,
            not_in_workspace_user_ids=not_in_workspace_user_ids,
            not_in_space_user_ids=not_in_space_user_ids,
            owner_not_support_remove_user_ids=owner_not_support_remove_user_ids,
        )

        workspaces_members_delete_result.additional_properties = d
        return workspaces_members_delete_result

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
