from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..models.folder_type import FolderType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SimpleFolder")


@_attrs_define(repr=False)
class SimpleFolder(CozeModel):
    """A folder of a workspace.

    Attributes:
        id (str): The folder id.
        name (str | Unset): The folder name.
        description (str | Unset): What the folder holds.
        workspace_id (str | Unset): The workspace the folder is in.
        creator_user_id (str | Unset): Coze user id of the folder's creator.
        folder_type (FolderType | Unset): The kind of folder; development holds projects, library holds resources.
        parent_folder_id (str | Unset): The parent folder; absent for folders at the workspace root.
        children_count (int | Unset): Number of direct sub-folders.
    """

    id: str
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    workspace_id: str | Unset = UNSET
    creator_user_id: str | Unset = UNSET
    folder_type: FolderType | Unset = UNSET
    parent_folder_id: str | Unset = UNSET
    children_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        workspace_id = self.workspace_id

        creator_user_id = self.creator_user_id

        folder_type: str | Unset = UNSET
        if not isinstance(self.folder_type, Unset):
            folder_type = self.folder_type.value

        parent_folder_id = self.parent_folder_id

        children_count = self.children_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if creator_user_id is not UNSET:
            field_dict["creator_user_id"] = creator_user_id
        if folder_type is not UNSET:
            field_dict["folder_type"] = folder_type
        if parent_folder_id is not UNSET:
            field_dict["parent_folder_id"] = parent_folder_id
        if children_count is not UNSET:
            field_dict["children_count"] = children_count

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
        instance.description = UNSET if (value := get("description")) is None else value
        instance.workspace_id = UNSET if (value := get("workspace_id")) is None else value
        instance.creator_user_id = UNSET if (value := get("creator_user_id")) is None else value
        instance.parent_folder_id = UNSET if (value := get("parent_folder_id")) is None else value
        instance.children_count = UNSET if (value := get("children_count")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {k: v for k, v in src_dict.items() if v is not None}
        _id_raw = d.pop("id", None)
        id = _id_raw

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        workspace_id = d.pop("workspace_id", UNSET)

        creator_user_id = d.pop("creator_user_id", UNSET)

        _folder_type = d.pop("folder_type", UNSET)
        folder_type: FolderType | Unset
        if isinstance(_folder_type, Unset):
            folder_type = UNSET
        else:
            folder_type = FolderType(_folder_type)

        parent_folder_id = d.pop("parent_folder_id", UNSET)

        children_count = d.pop("children_count", UNSET)

        simple_folder = cls(
            id=id,
            name=name,
            description=description,
            workspace_id=workspace_id,
            creator_user_id=creator_user_id,
            folder_type=folder_type,
            parent_folder_id=parent_folder_id,
            children_count=children_count,
        )

        simple_folder.additional_properties = d
        return simple_folder

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
