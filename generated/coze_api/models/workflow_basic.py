from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_info import UserInfo


T = TypeVar("T", bound="WorkflowBasic")


@_attrs_define(repr=False)
class WorkflowBasic(CozeModel):
    """Basic information about a workflow or chatflow.

    Attributes:
        workflow_id (str): The workflow id.
        workflow_name (str | Unset): The workflow's name.
        description (str | Unset): The workflow's description.
        icon_url (str | Unset): URL of the workflow's icon.
        app_id (str | Unset): The app the workflow belongs to; "0" when it belongs to none.
        created_at (int | str | Unset): When the workflow was created, in unix seconds (sent as a number or a string of
            digits).
        updated_at (int | str | Unset): When the workflow was last changed, in unix seconds (sent as a number or a
            string of digits).
        creator (UserInfo | Unset): A Coze user as shown on resources they created.
    """

    workflow_id: str
    workflow_name: str | Unset = UNSET
    description: str | Unset = UNSET
    icon_url: str | Unset = UNSET
    app_id: str | Unset = UNSET
    created_at: int | str | Unset = UNSET
    updated_at: int | str | Unset = UNSET
    creator: UserInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workflow_id = self.workflow_id

        workflow_name = self.workflow_name

        description = self.description

        icon_url = self.icon_url

        app_id = self.app_id

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflow_id": workflow_id,
            }
        )
        if workflow_name is not UNSET:
            field_dict["workflow_name"] = workflow_name
        if description is not UNSET:
            field_dict["description"] = description
        if icon_url is not UNSET:
            field_dict["icon_url"] = icon_url
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if creator is not UNSET:
            field_dict["creator"] = creator

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.workflow_id = get("workflow_id")
        instance.workflow_name = UNSET if (value := get("workflow_name")) is None else value
        instance.description = UNSET if (value := get("description")) is None else value
        instance.icon_url = UNSET if (value := get("icon_url")) is None else value
        instance.app_id = UNSET if (value := get("app_id")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_info import UserInfo  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        _workflow_id_raw = d.pop("workflow_id", None)
        workflow_id = _workflow_id_raw

        workflow_name = d.pop("workflow_name", UNSET)

        description = d.pop("description", UNSET)

        icon_url = d.pop("icon_url", UNSET)

        app_id = d.pop("app_id", UNSET)

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

        workflow_basic = cls(
            workflow_id=workflow_id,
            workflow_name=workflow_name,
            description=description,
            icon_url=icon_url,
            app_id=app_id,
            created_at=created_at,
            updated_at=updated_at,
            creator=creator,
        )

        workflow_basic.additional_properties = d
        return workflow_basic

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
