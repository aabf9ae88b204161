from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..models.workspace_joined_status import WorkspaceJoinedStatus
from ..models.workspace_role_type import WorkspaceRoleType
from ..models.workspace_workspace_type import WorkspaceWorkspaceType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Workspace")


@_attrs_define(repr=False)
class Workspace(CozeModel):
    """A workspace the user created or joined.

    Attributes:
        id (str): The workspace id.
        name (str | Unset): The workspace name.
        icon_url (str | Unset): URL of the workspace icon.
        role_type (WorkspaceRoleType | Unset): A user's role in a workspace.
        workspace_type (WorkspaceWorkspaceType | Unset): personal for the user's own space, team for a shared one.
        enterprise_id (str | Unset): The enterprise the workspace belongs to; empty for personal accounts.
        owner_uid (str | Unset): Coze user id of the owner.
        admin_uids (list[str] | Unset): Coze user ids of the administrators.
        description (str | Unset): What the workspace is for.
        joined_status (WorkspaceJoinedStatus | Unset): The user's membership state.
    """

    id: str
    name: str | Unset = UNSET
    icon_url: str | Unset = UNSET
    role_type: WorkspaceRoleType | Unset = UNSET
    workspace_type: WorkspaceWorkspaceType | Unset = UNSET
    enterprise_id: str | Unset = UNSET
    owner_uid: str | Unset = UNSET
    admin_uids: list[str] | Unset = UNSET
    description: str | Unset = UNSET
    joined_status: WorkspaceJoinedStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        icon_url = self.icon_url

        role_type: str | Unset = UNSET
        if not isinstance(self.role_type, Unset):
            role_type = self.role_type.value

        workspace_type: str | Unset = UNSET
        if not isinstance(self.workspace_type, Unset):
            workspace_type = self.workspace_type.value

        enterprise_id = self.enterprise_id

        owner_uid = self.owner_uid

        admin_uids: list[str] | Unset = UNSET
        if not isinstance(self.admin_uids, Unset):
            admin_uids = self.admin_uids

        description = self.description

        joined_status: str | Unset = UNSET
        if not isinstance(self.joined_status, Unset):
            joined_status = self.joined_status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if icon_url is not UNSET:
            field_dict["icon_url"] = icon_url
        if role_type is not UNSET:
            field_dict["role_type"] = role_type
        if workspace_type is not UNSET:
            field_dict["workspace_type"] = workspace_type
        if enterprise_id is not UNSET:
            field_dict["enterprise_id"] = enterprise_id
        if owner_uid is not UNSET:
            field_dict["owner_uid"] = owner_uid
        if admin_uids is not UNSET:
            field_dict["admin_uids"] = admin_uids
        if description is not UNSET:
            field_dict["description"] = description
        if joined_status is not UNSET:
            field_dict["joined_status"] = joined_status

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.id = get("id")
        instance.name = UNSET if (value := get("name")) is None else value
        instance.icon_url = UNSET if (value := get("icon_url")) is None else value
        instance.enterprise_id = UNSET if (value := get("enterprise_id")) is None else value
        instance.owner_uid = UNSET if (value := get("owner_uid")) is None else value
        instance.description = UNSET if (value := get("description")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        _id_raw = d.pop("id", None)
        id = _id_raw

        name = d.pop("name", UNSET)

        icon_url = d.pop("icon_url", UNSET)

        _role_type = d.pop("role_type", UNSET)
        role_type: WorkspaceRoleType | Unset
        if isinstance(_role_type, Unset):
            role_type = UNSET
        else:
            role_type = WorkspaceRoleType(_role_type)

        _workspace_type = d.pop("workspace_type", UNSET)
        workspace_type: WorkspaceWorkspaceType | Unset
        if isinstance(_workspace_type, Unset):
            workspace_type = UNSET
        else:
            workspace_type = WorkspaceWorkspaceType(_workspace_type)

        enterprise_id = d.pop("enterprise_id", UNSET)

        owner_uid = d.pop("owner_uid", UNSET)

        admin_uids = cast(list[str], d.pop("admin_uids", UNSET))

        description = d.pop("description", UNSET)

        _joined_status = d.pop("joined_status", UNSET)
        joined_status: WorkspaceJoinedStatus | Unset
        if isinstance(_joined_status, Unset):
            joined_status = UNSET
        else:
            joined_status = WorkspaceJoinedStatus(_joined_status)

        workspace = cls(
            id=id,
            name=name,
            icon_url=icon_url,
            role_type=role_type,
            workspace_type=workspace_type,
            enterprise_id=enterprise_id,
            owner_uid=owner_uid,
            admin_uids=admin_uids,
            description=description,
            joined_status=joined_status,
        )

        workspace.additional_properties = d
        return workspace

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
