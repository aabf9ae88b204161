from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkspacesMembersCreateResult")


@_attrs_define(repr=False)
class WorkspacesMembersCreateResult(CozeModel):
    """What happened to each user of workspaces_members_create.

    Attributes:
        added_success_user_ids (list[str] | Unset): Users added directly (enterprise workspaces).
        invited_success_user_ids (list[str] | Unset): Users invited (personal-plan workspaces add users only after they
            accept).
        not_exist_user_ids (list[str] | Unset): Ids that match no Coze user.
        already_joined_user_ids (list[str] | Unset): Users already in the workspace.
        already_invited_user_ids (list[str] | Unset): Users with a pending invitation.
    """

    added_success_user_ids: list[str] | Unset = UNSET
    invited_success_user_ids: list[str] | Unset = UNSET
    not_exist_user_ids: list[str] | Unset = UNSET
    already_joined_user_ids: list[str] | Unset = UNSET
    already_invited_user_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        added_success_user_ids: list[str] | Unset = UNSET
        if not isinstance(self.added_success_user_ids, Unset):
            added_success_user_ids = self.added_success_user_ids

        invited_success_user_ids: list[str] | Unset = UNSET
        if not isinstance(self.invited_success_user_ids, Unset):
            invited_success_user_ids = self.invited_success_user_ids

        not_exist_user_ids: list[str] | Unset = UNSET
        if not isinstance(self.not_exist_user_ids, Unset):
            not_exist_user_ids = self.not_exist_user_ids

        already_joined_user_ids: list[str] | Unset = UNSET
        if not isinstance(self.already_joined_user_ids, Unset):
            already_joined_user_ids = self.already_joined_user_ids

        already_invited_user_ids: list[str] | Unset = UNSET
        if not isinstance(self.already_invited_user_ids, Unset):
            already_invited_user_ids = self.already_invited_user_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if added_success_user_ids is not UNSET:
            field_dict["added_success_user_ids"] = added_success_user_ids
        if invited_success_user_ids is not UNSET:
            field_dict["invited_success_user_ids"] = invited_success_user_ids
        if not_exist_user_ids is not UNSET:
            field_dict["not_exist_user_ids"] = not_exist_user_ids
        if already_joined_user_ids is not UNSET:
            field_dict["already_joined_user_ids"] = already_joined_user_ids
        if already_invited_user_ids is not UNSET:
            field_dict["already_invited_user_ids"] = already_invited_user_ids

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
        added_success_user_ids = cast(list[str], d.pop("added_success_user_ids", UNSET))

        invited_success_user_ids = cast(list[str], d.pop("invited_success_user_ids", UNSET))

        not_exist_user_ids = cast(list[str], d.pop("not_exist_user_ids", UNSET))

        already_joined_user_ids = cast(list[str], d.pop("already_joined_user_ids", UNSET))

        already_invited_user_ids = cast(list[str], d.pop("already_invited_user_ids", UNSET))

        workspaces_members_create_result = cls(
            added_success_user_ids=added_success_user_ids,
            invited_success_user_ids=invited_success_user_ids,
            not_exist_user_ids=not_exist_user_ids,
            already_joined_user_ids=already_joined_user_ids,
            already_invited_user_ids=already_invited_user_ids,
        )

        workspaces_members_create_result.additional_properties = d
        return workspaces_members_create_result

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
